"""The ``multipolar`` command line: a thin layer over the subpackages' command functions."""

from __future__ import annotations

import typer

from multipolar.events.commands import code_command

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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
