"""Build the multipolar pipeline: the spaCy model plus multipolar's registered components.

Components are registered one way: each is a ``@Language.factory`` in its own module
(``actors/component.py``, ``events/component.py``, ``places/component.py``, ``tone/component.py``),
and ``pyproject.toml`` declares those modules as ``spacy_factories`` entry points, so spaCy imports
them whenever a pipeline names the component (``nlp.add_pipe("multipolar_events")``, ``spacy.load``
of a saved pipeline). Nothing here imports them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.nlp import extensions as _extensions  # noqa: F401  (declares Doc._ attributes)
from multipolar.nlp.loader import load_model
from multipolar.records import Document

#: Parts of the English model multipolar does not use.
UNUSED_MODEL_PARTS: tuple[str, ...] = ()


@dataclass(frozen=True)
class PipelineConfig:
    """Serialisable settings of the coding pipeline."""

    include_negated: bool = False  # also emit negated/hypothetical events, flagged
    use_classifier: bool = True  # back the lexicon with the shipped event-class model where it exists
    locate_places: bool = True  # give events action and actor locations (multipolar_places)
    score_tone: bool = True  # give events their document's tone (multipolar_tone)
    batch_size: int = 64
    n_process: int = 1

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def build_pipeline(config: PipelineConfig | None = None) -> Language:
    """The English model with ``multipolar_actors``, ``multipolar_events`` and (as configured)
    ``multipolar_places`` and ``multipolar_tone`` added by name."""
    config = config or PipelineConfig()
    nlp = load_model(exclude=UNUSED_MODEL_PARTS)
    nlp.add_pipe("multipolar_actors")
    nlp.add_pipe(
        "multipolar_events",
        config={"include_negated": config.include_negated, "use_classifier": config.use_classifier},
    )
    if config.locate_places:
        nlp.add_pipe("multipolar_places")
    if config.score_tone:
        nlp.add_pipe("multipolar_tone")
    return nlp


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise a document and attach its id, date and metadata for the components."""
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    doc._.date = document.date
    doc._.meta = document
    return doc


def resolve_processes(n_process: int) -> int:
    """``-j 0`` or a negative number means all cores."""
    if n_process <= 0:
        return max(1, os.cpu_count() or 1)
    return n_process


def parse_documents(nlp: Language, documents: Iterable[Document], batch_size: int = 64) -> Iterator[Doc]:
    """Run the pipeline over documents in this process with ``nlp.pipe`` (batched)."""
    docs = (make_doc(nlp, d) for d in documents)
    yield from nlp.pipe(docs, batch_size=batch_size)
