"""GET /api/documents/{id} (text with event spans) and POST /api/documents (store, with --allow-ingest)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request, Response

from multipolar.analysis.documents import document
from multipolar.web.deps import Settings, StoreDep
from multipolar.web.schemas import ERRORS, DocumentView, ErrorBody, IngestResult

router = APIRouter(tags=["documents"], responses=ERRORS)


@router.get("/api/documents/{doc_id:path}", response_model=DocumentView, summary="A document with its events")
async def get_document(store: StoreDep, doc_id: Annotated[str, Path(max_length=1000)]) -> Response:
    """The stored document: its fields, text, and every event mention with the trigger span and the
    source/target spans (character offsets into ``text``)."""
    def found(con: Any) -> dict[str, Any]:
        view = document(con, doc_id)
        if view is None:
            raise HTTPException(404, f"unknown document {doc_id!r}")
        return view

    return await store.json(found)


@router.post(
    "/api/documents",
    response_model=IngestResult,
    responses={403: {"model": ErrorBody, "description": "The server is read-only."}},
    openapi_extra={"requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {
        "type": "string", "description": 'JSON Lines: one {"id", "text", "date", "publisher", "url", "title"} a line.'
    }}}}},
    summary="Code and store documents (server started with --allow-ingest)",
)
async def post_documents(request: Request, config: Settings) -> dict[str, Any]:
    """Code the JSON Lines documents of the body and store them (as ``multipolar ingest``). Refused
    (403) unless the server was started with ``--allow-ingest``; bodies over the limit get 413."""
    if not config.allow_ingest:
        raise HTTPException(403, "this server is read-only; start it with --allow-ingest to store documents")
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, f"body is not UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise HTTPException(400, 'empty body: send JSON Lines, one {"id": ..., "text": ...} a line')
    from starlette.concurrency import run_in_threadpool

    from multipolar.web.coding import store_jsonl

    return await run_in_threadpool(store_jsonl, config, text)
