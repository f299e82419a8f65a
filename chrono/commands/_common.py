"""What every command shares: turning a ChronoError into one line on stderr and exit code 2."""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from enum import Enum
from typing import Annotated, TypeVar

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


class EngineName(str, Enum):
    """Where the per-article work runs."""

    local = "local"
    dask = "dask"


Jobs = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, help="Processes for the per-article work (tagging, events); default: all cores.")]
Engine = Annotated[EngineName, typer.Option(
    "--engine", help="local (a process pool on this machine) or dask (a Dask cluster).")]
Scheduler = Annotated[str | None, typer.Option(
    "--scheduler", help="With --engine dask: the scheduler address (tcp://host:8786); without it a LocalCluster.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


def make_engine(engine: EngineName, jobs: int | None, scheduler: str | None):
    """The engine the options ask for (see chrono.engines); --scheduler needs --engine dask."""
    from chrono.engines import make_engine as make

    if scheduler and engine is not EngineName.dask:
        raise InputError(f"--scheduler {scheduler} needs the Dask engine", fix="add --engine dask")
    if engine is EngineName.dask:
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            raise InputError("the Dask engine needs dask.distributed", fix='pip install "chrono[dask]"') from None
    return make(engine.value, jobs, scheduler)
