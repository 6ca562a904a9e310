"""The Python API: code text or documents into event records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache, partial

from spacy.language import Language

from multipolar.ingest.decode import clean_string
from multipolar.nlp.chunks import shift_mention, split_text
from multipolar.nlp.parallel import map_batches
from multipolar.nlp.pipeline import (
    DEFAULT_CHUNK_CHARS,
    PipelineConfig,
    build_pipeline,
    code_parsed,
    make_doc,
    piece_limit,
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
    """Code one text (any length) into events.

    ``date`` (YYYY-MM-DD) drives tenure-aware actor resolution; without it the text is undated
    and leaders and titles resolve without tenure (the same output on any day).
    """
    nlp = get_pipeline(PipelineConfig(include_negated=include_negated))
    text, _ = clean_string(text)  # an unpaired surrogate ("\ud800") cannot be parsed; same offsets
    ((_, events),) = code_parsed(nlp, [Document(id=doc_id, text=text, date=date)])
    return events


def resolve_actors(text: str, date: str | None = None) -> list[ActorMention]:
    """The actor mentions multipolar finds in a text (any length; offsets are the whole text's)."""
    nlp = get_pipeline(PipelineConfig())
    limit = piece_limit(nlp)
    text, _ = clean_string(text)
    mentions: list[ActorMention] = []
    tokens = 0
    with nlp.select_pipes(disable=["multipolar_events"]):
        for offset, piece in split_text(text, limit):
            doc = nlp(make_doc(nlp, Document(id="text", text=piece, date=date)))
            mentions.extend(shift_mention(m, offset, tokens) for m in doc._.actors or [])
            tokens += len(doc)
    return mentions


def _code_batch(
    nlp: Language, batch: list[Document], batch_size: int, max_chunk_chars: int = DEFAULT_CHUNK_CHARS
) -> list[tuple[Document, list[Event]]]:
    return list(code_parsed(nlp, batch, batch_size=batch_size, max_chunk_chars=max_chunk_chars))


def _pipeline_for(config: PipelineConfig) -> Language:
    return get_pipeline(PipelineConfig(include_negated=config.include_negated,
                                       use_classifier=config.use_classifier,
                                       second_opinion=config.second_opinion,
                                       locate_places=config.locate_places, score_tone=config.score_tone,
                                       annotate_models=config.annotate_models))


def code_documents(
    documents: Iterable[Document], config: PipelineConfig | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents in batches on ``config.n_process`` processes (0 = all cores), in input order."""
    config = config or PipelineConfig()
    yield from map_batches(
        partial(_pipeline_for, config),
        partial(_code_batch, max_chunk_chars=config.max_chunk_chars),
        documents,
        n_process=resolve_processes(config.n_process),
        batch_size=config.batch_size,
    )
