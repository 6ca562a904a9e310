"""The ``multipolar`` command line: a thin layer over the subpackages' command functions."""

from __future__ import annotations

import typer

from multipolar.actors.commands import actors_command
from multipolar.analysis.commands import (
    blocs_command,
    dyad_command,
    events_command,
    export_command,
    graph_command,
    places_command,
    relations_command,
    status_command,
)
from multipolar.dictionaries.commands import dictionaries_app
from multipolar.events.commands import code_command
from multipolar.events.evaluate import evaluate_command
from multipolar.events.explain import explain_command
from multipolar.events.train import train_command
from multipolar.store.commands import lake_app
from multipolar.web.commands import serve_command
from multipolar.workflow.commands import ingest_command, recode_command

app = typer.Typer(
    name="multipolar",
    help="Read the news and map the relations between states (CAMEO/PLOVER event data with evidence).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """multipolar: news in, evidence-linked event data out."""


# Each subpackage owns its commands; register them here, one line each.
app.command("code")(code_command)
app.command("evaluate")(evaluate_command)
app.command("train")(train_command)
app.command("explain")(explain_command)
app.command("actors")(actors_command)
app.command("ingest")(ingest_command)
app.command("recode")(recode_command)
app.command("status")(status_command)
app.command("events")(events_command)
app.command("dyad")(dyad_command)
app.command("relations")(relations_command)
app.command("graph")(graph_command)
app.command("blocs")(blocs_command)
app.command("places")(places_command)
app.command("export")(export_command)
app.add_typer(dictionaries_app, name="dictionaries")
app.command("serve")(serve_command)
app.add_typer(lake_app, name="lake")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
