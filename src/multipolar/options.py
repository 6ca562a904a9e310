"""Command-line option parsing shared by several commands."""

from __future__ import annotations

import typer

from multipolar.ingest import normalise_date


def parse_date_option(value: str | None) -> str | None:
    """Validate a ``--date`` option into YYYY-MM-DD (a usage error, exit 2, when malformed)."""
    try:
        return normalise_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date") from None
