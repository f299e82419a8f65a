"""What every command shares: turning a ChronoError into one line on stderr and exit code 2."""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

import typer

from chrono.errors import ChronoError

F = TypeVar("F", bound=Callable)


def reports_errors(func: F) -> F:
    """Print a ChronoError as ``chrono: error: <path>: <message> (<fix>)`` and exit 2, no traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ChronoError as exc:
            typer.echo(f"chrono: error: {exc}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]
