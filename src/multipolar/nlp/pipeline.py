"""Build the multipolar pipeline: the spaCy model plus multipolar's registered components.

Components are registered one way: each is a ``@Language.factory`` (or ``@Language.component``) in
its own module (``nlp/paragraphs.py``, ``actors/component.py``, ``events/component.py``,
``places/component.py``, ``tone/component.py``),
and ``pyproject.toml`` declares those modules as ``spacy_factories`` entry points, so spaCy imports
them whenever a pipeline names the component (``nlp.add_pipe("multipolar_events")``, ``spacy.load``
of a saved pipeline). Nothing here imports them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from multipolar.build_cache import collector_paused
from multipolar.nlp import extensions as _extensions  # noqa: F401  (declares Doc._ attributes)
from multipolar.nlp.chunks import shift_event, split_text
from multipolar.nlp.loader import load_model
from multipolar.nlp.normalise import normalise
from multipolar.records import Document, Event

#: Longest piece of a document parsed at once (spaCy's parser needs memory in proportion).
DEFAULT_CHUNK_CHARS = 100_000

#: Characters of a long document's pieces parsed in one ``nlp.pipe`` batch.
LONG_BATCH_CHARS = 1_000_000

#: Parts of the English model multipolar does not use.
UNUSED_MODEL_PARTS: tuple[str, ...] = ()


@dataclass(frozen=True)
class PipelineConfig:
    """Serialisable settings of the coding pipeline."""

    include_negated: bool = False  # also emit negated/hypothetical events, flagged
    use_classifier: bool = True  # back the lexicon with the shipped event-class model where it exists
    second_opinion: bool = True  # the event-type model vetoes and recovers events (multipolar_second_opinion)
    locate_places: bool = True  # give events action and actor locations (multipolar_places)
    score_tone: bool = True  # give events their document's tone (multipolar_tone)
    # also set the learned models' sentence scores where they change no event (doc._.sentence_penta,
    # doc._.sentence_types; explain shows them): a model pass per sentence that coding does not need
    annotate_models: bool = False
    batch_size: int = 64
    n_process: int = 1
    max_chunk_chars: int = DEFAULT_CHUNK_CHARS  # longer documents are parsed in pieces (nlp/chunks.py)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def build_pipeline(config: PipelineConfig | None = None) -> Language:
    """The English model with ``multipolar_paragraphs`` (before the parser), ``multipolar_actors``,
    ``multipolar_events`` and (as configured)
    ``multipolar_second_opinion``, ``multipolar_places`` and ``multipolar_tone`` added by name."""
    config = config or PipelineConfig()
    # the build makes long-lived objects: collections during it would walk them again and again for little
    # garbage (what there is goes at the first collection after it)
    with collector_paused():
        return _build(config)



def _build(config: PipelineConfig) -> Language:
    nlp = load_model(exclude=UNUSED_MODEL_PARTS)
    nlp.add_pipe("multipolar_paragraphs", before="parser")
    nlp.add_pipe("multipolar_actors")
    nlp.add_pipe(
        "multipolar_events",
        config={"include_negated": config.include_negated, "use_classifier": config.use_classifier,
                "sentence_penta": config.annotate_models},
    )
    if config.second_opinion:
        nlp.add_pipe("multipolar_second_opinion", config={"annotate": config.annotate_models})
    if config.locate_places:
        nlp.add_pipe("multipolar_places")
    if config.score_tone:
        nlp.add_pipe("multipolar_tone")
    return nlp


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise a document (its same-length normalised text: nlp/normalise.py) and attach its id, date
    and metadata (the original text) for the components."""
    doc = nlp.make_doc(normalise(document.text))
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


def piece_limit(nlp: Language, max_chunk_chars: int = DEFAULT_CHUNK_CHARS) -> int:
    """Longest piece to parse: ``max_chunk_chars``, and always below the model's ``max_length``."""
    return max(1, min(max_chunk_chars, nlp.max_length - 1))


def _code_whole(nlp: Language, documents: list[Document], batch_size: int) -> Iterator[tuple[Document, list[Event]]]:
    for doc in parse_documents(nlp, documents, batch_size=batch_size):
        yield doc._.meta, list(doc._.events or [])


def _code_in_pieces(nlp: Language, document: Document, limit: int) -> list[Event]:
    """Events of a long document coded piece by piece, at document-level offsets and sentence indexes."""
    parts = split_text(document.text, limit)
    pieces = [replace(document, text=text) for _, text in parts]
    events: list[Event] = []
    sentences = 0
    # at most about LONG_BATCH_CHARS characters are parsed at once, whatever the document's length
    batch = max(1, LONG_BATCH_CHARS // limit)
    for (offset, _), doc in zip(parts, parse_documents(nlp, pieces, batch_size=batch), strict=True):
        events.extend(shift_event(event, offset, sentences) for event in doc._.events or [])
        sentences += sum(1 for _ in doc.sents)
    return events


def code_parsed(
    nlp: Language, documents: Iterable[Document], batch_size: int = 64, max_chunk_chars: int = DEFAULT_CHUNK_CHARS
) -> Iterator[tuple[Document, list[Event]]]:
    """``(document, events)`` for each document, in order; long documents are parsed in pieces.

    Each piece of a document longer than the piece limit is coded on its own and its events are
    shifted to document-level character offsets and sentence indexes, so a document of any length
    is coded whole, no length limit is hit, and memory stays bounded.
    """
    limit = piece_limit(nlp, max_chunk_chars)
    short: list[Document] = []
    for document in documents:
        if len(document.text) <= limit:
            short.append(document)
            if len(short) >= batch_size:
                yield from _code_whole(nlp, short, batch_size)
                short = []
            continue
        yield from _code_whole(nlp, short, batch_size)
        short = []
        yield document, _code_in_pieces(nlp, document, limit)
    yield from _code_whole(nlp, short, batch_size)
