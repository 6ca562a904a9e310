"""POST /api/code: code a pasted text and return its events (and the explain lines), storing nothing."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from multipolar.web.coding import code
from multipolar.web.deps import Settings
from multipolar.web.schemas import ERRORS, CodeRequest, CodeResult

router = APIRouter(tags=["coding"], responses=ERRORS)


@router.post("/api/code", response_model=CodeResult,
             summary="Code a text without storing it")
def post_code(request: CodeRequest, config: Settings) -> dict[str, Any]:
    """The events multipolar codes in ``text`` and, with ``explain``, the ``multipolar explain`` lines
    (parse, actors, trigger candidates and rules). Texts over the server's limit get 413."""
    if len(request.text) > config.max_code_chars:
        raise HTTPException(413, f"text of {len(request.text)} characters; this server codes at most "
                                 f"{config.max_code_chars} per request")
    day = request.date.isoformat() if request.date else None
    return code(request.text, day, request.explain, request.include_negated)
