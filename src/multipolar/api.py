"""The Python API: code text or documents into event records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache, partial

from spacy.language import Language

from multipolar.nlp.parallel import map_batches
from multipolar.nlp.pipeline import (
    PipelineConfig,
    build_pipeline,
    make_doc,
    parse_documents,
    resolve_processes,
)
from multipolar.records import ActorMention, Document, Event


@lru_cache(maxsize=4)
def get_pipeline(config: PipelineConfig | None = None) -> Language:
    """A pipeline per configuration, built once per process."""
    return build_pipeline(config or PipelineConfig())


def code_text(
    text: str, date: str | None = None, doc_id: str = "text", include_negated: bool = False
) -> list[Event]:
    """Code one text into events. ``date`` (YYYY-MM-DD) drives tenure-aware actor resolution."""
    nlp = get_pipeline(PipelineConfig(include_negated=include_negated))
    doc = nlp(make_doc(nlp, Document(id=doc_id, text=text, date=date)))
    return list(doc._.events or [])


def resolve_actors(text: str, date: str | None = None) -> list[ActorMention]:
    """The actor mentions multipolar finds in a text."""
    nlp = get_pipeline(PipelineConfig())
    with nlp.select_pipes(disable=["multipolar_events"]):
        doc = nlp(make_doc(nlp, Document(id="text", text=text, date=date)))
    return list(doc._.actors or [])


def _code_batch(nlp: Language, batch: list[Document], batch_size: int) -> list[tuple[Document, list[Event]]]:
    return [
        (doc._.meta, list(doc._.events or [])) for doc in parse_documents(nlp, batch, batch_size=batch_size)
    ]


def _pipeline_for(config: PipelineConfig) -> Language:
    return get_pipeline(PipelineConfig(include_negated=config.include_negated,
                                       use_classifier=config.use_classifier,
                                       locate_places=config.locate_places, score_tone=config.score_tone))


def code_documents(
    documents: Iterable[Document], config: PipelineConfig | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents in batches on ``config.n_process`` processes (0 = all cores), in input order."""
    config = config or PipelineConfig()
    yield from map_batches(
        partial(_pipeline_for, config),
        _code_batch,
        documents,
        n_process=resolve_processes(config.n_process),
        batch_size=config.batch_size,
    )
