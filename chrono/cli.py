"""The ``chrono`` command line. Every command only calls library functions."""
from __future__ import annotations

import typer

from chrono.commands import chronology, dates, render, temporal

app = typer.Typer(
    name="chrono",
    help="Turn news articles into a checked chronology: find and resolve temporal expressions, "
    "work out publication dates, merge events across sources, report disagreements, draw a timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (temporal, dates, chronology, render):
    module.register(app)


def main() -> None:  # pragma: no cover - console entry point
    app()
