"""Request and response models of the HTTP API (they make the OpenAPI schema at /openapi.json)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from multipolar.web.deps import Day


class ErrorBody(BaseModel):
    """Every error response: a one-line message (and, for invalid parameters, the details)."""

    detail: str
    errors: list[dict[str, Any]] | None = None


class EventRow(BaseModel):
    event_id: int
    date: str | None
    source: str | None
    target: str | None
    cameo: str
    label: str | None
    root: str
    quad: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    num_mentions: int
    num_documents: int
    num_sources: int
    confidence: float
    source_name: str | None
    target_name: str | None
    first_doc_id: str
    url: str | None
    country: str | None = None
    place: str | None = None


class EventsPage(BaseModel):
    total: int = Field(description="Events matching the filters.")
    page: int
    page_size: int
    events: list[EventRow]


class DyadRow(BaseModel):
    period: str
    source: str
    target: str
    events: int
    mentions: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float
    goldstein_sum_weighted: float | None
    goldstein_mean_weighted: float | None


class Dyad(BaseModel):
    a: str
    b: str
    freq: str
    periods: list[DyadRow]


class GraphNode(BaseModel):
    id: str
    name: str
    events: int
    events_out: int
    events_in: int
    bloc: int | None = Field(description="Bloc among the pairs shown (1 = largest), found as by GET /api/blocs.")
    x: float
    y: float


class GraphEdge(BaseModel):
    source: str
    target: str
    events: int = Field(description="Weight: events in both directions.")
    mentions: int
    cooperation: int
    conflict: int
    goldstein_mean: float = Field(description="Sign of the edge: mean Goldstein score per event.")


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class PlaceRow(BaseModel):
    period: str | None = None
    country: str
    country_name: str | None = None
    adm1: str | None = None
    name: str | None = None
    full_name: str | None = None
    type: str | None = None
    events: int
    mentions: int
    material_conflict: int
    goldstein: float | None = None
    tone: float | None = None
    lat: float | None = None
    lon: float | None = None


class BlocRow(BaseModel):
    bloc: int
    actor: str
    name: str
    internal: float
    external: float


class Actor(BaseModel):
    code: str
    name: str
    events: int
    events_out: int
    events_in: int


class OtherCoder(BaseModel):
    coder: str
    documents: int


class Coders(BaseModel):
    """The stored documents by the coder that coded them (stamps, see multipolar.coder_stamp)."""

    current: str = Field(description="Stamp of the coder this server runs.")
    documents_current: int
    documents_other: int = Field(description="Coded by another (older) coder: `multipolar recode` updates them.")
    documents_unknown: int = Field(description="Stored before coder stamps: coder unknown.")
    other: list[OtherCoder]


class Overview(BaseModel):
    events: int
    mentions: int
    documents: int
    actors: int
    first_date: str | None
    last_date: str | None
    coders: Coders


class Mention(BaseModel):
    mention_index: int
    event_id: int
    sentence_index: int
    sentence: str | None
    sentence_start: int
    trigger: str | None
    trigger_span: list[int | None]
    source: str | None
    source_text: str | None
    source_span: list[int] | None
    target: str | None
    target_text: str | None
    target_span: list[int] | None
    cameo: str
    label: str | None
    plover: str | None
    quad: int
    goldstein: float
    date: str | None
    rule: str | None
    confidence: float
    negated: bool
    modality: str | None
    counted: bool


class DocumentView(BaseModel):
    doc_id: str
    date: str | None
    publisher: str | None
    url: str | None
    title: str | None
    n_chars: int
    num_events: int
    origin: str | None
    text: str | None = Field(description="The stored text (None for databases that keep no text).")
    coder: str | None = Field(None, description="Stamp of the coder that coded it (None: stored before stamps).")
    mentions: list[Mention]


class CodeRequest(BaseModel):
    model_config = ConfigDict(strict=True)

    text: str = Field(min_length=1, pattern=r"\S", description="Text to code (size-capped; not only whitespace).")
    date: Annotated[Day | None, Field(strict=False, description="Document date YYYY-MM-DD (leaders by tenure).")] = None
    explain: bool = Field(default=True, description="Also return the `multipolar explain` lines.")
    include_negated: bool = False


class CodedEvent(BaseModel):
    sentence_index: int
    sentence: str
    sentence_start: int
    trigger: str
    char_start: int
    char_end: int
    source: str | None
    target: str | None
    source_text: str | None
    target_text: str | None
    cameo: str
    label: str | None
    plover: str | None
    quad: int
    goldstein: float
    date: str | None
    rule: str
    confidence: float
    negated: bool
    modality: str | None


class CodeResult(BaseModel):
    events: list[CodedEvent]
    explain: list[str] | None


class IngestResult(BaseModel):
    read: int
    stored: int
    replaced: int
    unchanged: int
    mentions: int
    errors: list[str]
    summary: str


#: Error responses every API route may give (documented in the OpenAPI schema).
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad parameter value (e.g. 'from' after 'to')."},
    404: {"model": ErrorBody, "description": "Unknown actor or document."},
    413: {"model": ErrorBody, "description": "Request body over the limit."},
    422: {"model": ErrorBody, "description": "Invalid parameter (type, range, pattern)."},
    500: {"model": ErrorBody, "description": "The database cannot be read."},
    503: {"model": ErrorBody, "description": "Another process is writing the database; retry shortly."},
}
