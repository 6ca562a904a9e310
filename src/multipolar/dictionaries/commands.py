"""``multipolar dictionaries import DIR``: rebuild the generated tables from the PETRARCH2 dictionaries."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

dictionaries_app = typer.Typer(help="Import the PETRARCH2/Phoenix dictionaries as multipolar tables.",
                               no_args_is_help=True)


@dictionaries_app.command("import")
def import_command(
    directory: Annotated[Path, typer.Argument(help="Folder with CAMEO.2.0.txt and the Phoenix.*.txt files.")],
    scope: Annotated[str, typer.Option(help="Verbs a pattern applies to: origin (the verbs named in its "
                                            "comment) or block (every verb of its block).")] = "origin",
    bare_verbs: Annotated[bool, typer.Option(help="Also write bare-verb tables (verbs-NN.tsv; off: they "
                                                  "did not help both agnews_dev halves).")] = False,
) -> None:
    """Read the dictionaries and write the generated tables (sorted, deterministic); print the counts."""
    from multipolar.dictionaries.importer import MissingDictionary, import_all

    if scope not in ("origin", "block"):
        raise typer.BadParameter("must be origin or block", param_hint="--scope")
    try:
        report = import_all(directory, scope=scope, bare_verbs=bare_verbs)
    except MissingDictionary as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo("\n".join(report))


@dictionaries_app.command("judgments")
def judgments_command(
    lexicon: Annotated[Path | None, typer.Argument(help="A VADER vader_lexicon.txt (default: the installed "
                                                        "vaderSentiment package's).")] = None,
) -> None:
    """Derive the judgment word table from VADER's lexicon (sorted, deterministic); print the counts."""
    from multipolar.dictionaries.importer import PACKAGE
    from multipolar.dictionaries.judgment_words import import_judgments

    text = lexicon.read_text(encoding="utf-8") if lexicon is not None else None
    try:
        report = import_judgments(PACKAGE, text)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo("\n".join(report))
