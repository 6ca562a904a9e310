"""``multipolar serve``: the HTTP API and the dashboard over a database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from multipolar.store.database import DEFAULT_DB, StoreError


def serve_command(
    db: Annotated[str, typer.Option("--db", help="DuckDB database written by `multipolar ingest`.")] = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to bind (another host exposes the API).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Let POST /api/documents code and store documents.")
    ] = False,
    cors: Annotated[
        list[str] | None, typer.Option("--cors-origin", help="Allow browser calls from this origin (repeatable).")
    ] = None,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body, bytes.")] = 1_000_000,
    cache: Annotated[
        int, typer.Option("--cache", min=0, help="Answers kept until the database changes (0: none).")
    ] = 512,
) -> None:
    """Serve the JSON API (/api, schema at /openapi.json, docs at /docs) and the dashboard (/)."""
    import uvicorn

    from multipolar.web.app import create_app
    from multipolar.web.database import reading
    from multipolar.web.settings import ServeSettings

    err = Console(stderr=True, soft_wrap=True)
    try:
        with reading(db, wait=10.0):
            pass
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    settings = ServeSettings(db=Path(db), allow_ingest=allow_ingest, max_body_bytes=max_body,
                             cors_origins=tuple(cors or ()), cache_size=cache)
    mode = "read-write (--allow-ingest)" if allow_ingest else "read-only"
    err.print(f"multipolar serve: {db} {mode} on http://{host}:{port}/ (API docs /docs; Ctrl-C stops)",
              markup=False, highlight=False)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", timeout_keep_alive=30)
