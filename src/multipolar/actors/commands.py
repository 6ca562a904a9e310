"""``multipolar actors``: show the actor mentions found in a text and what resolved each."""

from __future__ import annotations

from typing import Annotated

import typer

from multipolar.options import parse_date_option


def actors_command(
    text: Annotated[str, typer.Argument(help="The text to resolve (quote it).")],
    date: Annotated[str | None, typer.Option(help="Document date (YYYY-MM-DD) for tenure-aware resolution.")] = None,
) -> None:
    """Print each actor mention with its code, sector, kind and the table entry or rule that resolved it."""
    from multipolar.api import resolve_actors

    date = parse_date_option(date)
    mentions = resolve_actors(text, date=date)
    if not mentions:
        typer.echo("no actors found")
        return
    for m in mentions:
        code = m.code + (f" [{'+'.join(m.members)}]" if m.members else "")
        name = f" ({m.name})" if m.name else ""
        typer.echo(f"{m.start_char}-{m.end_char}\t{m.text!r}\t{code}\t{m.sector or '-'}\t{m.kind}{name}\t{m.rule}")
