"""What every command shares: turning a ChronoError into one line on stderr and exit code 2."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

import typer

from chrono.errors import ChronoError, InputError

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


class Format(str, Enum):
    """How a command prints its result."""

    json = "json"
    table = "table"


def parse_day(value: str | None, option: str = "--published") -> dt.date | None:
    """The date of an option such as --published (YYYY-MM-DD), or None when it was not given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r} is not a date", fix=f"write {option} YYYY-MM-DD") from None
