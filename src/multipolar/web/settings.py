"""What a running server is allowed to do, and its limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: Most events in one JSON page of GET /api/events.
PAGE_SIZE_CAP = 500
#: Most evidence events in GET /api/relations.
EVIDENCE_CAP = 50


@dataclass(frozen=True)
class ServeSettings:
    """Settings of one app: the database, write permission, request limits and CORS."""

    db: Path
    allow_ingest: bool = False  # POST /api/documents stores documents only when True
    max_body_bytes: int = 1_000_000  # larger request bodies get 413
    max_code_chars: int = 20_000  # POST /api/code text limit
    download_cap: int = 100_000  # rows of a CSV / Parquet download
    cache_size: int = 512  # answers kept until the database changes (0: no cache)
    query_workers: int = field(default_factory=lambda: max(2, os.cpu_count() or 2))  # queries at once
    db_wait_s: float = 10.0  # how long a request waits for a writer (another process) to let go
    cors_origins: tuple[str, ...] = field(default=())  # empty: no CORS headers at all
