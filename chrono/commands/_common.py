"""What every command shares: reads the global options (``--quiet``, ``--verbose``, ``--debug``)
and adds the conventions of the command line: a ChronoError becomes one line on stderr and exit
code 2 (``--debug`` adds the traceback), messages go to stderr and results to stdout, and the
options every command names the same way."""
from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from chrono.errors import ChronoError, InputError

F = TypeVar("F", bound=Callable[..., Any])

# The names every command uses for the same thing.
OUT_OPTION = ("--out", "-o")
FORMAT_OPTION = ("--format", "-f")
MANIFEST_OPTION = ("--manifest", "-m")
STDIN = "-"  # where a file is expected, "-" reads standard input

INPUTS_HELP = ("Article files (.txt, .md, with or without front matter), folders of them, "
               ".jsonl corpora (one article per line), or - for a JSONL corpus on standard input.")
Inputs = Annotated[list[Path], typer.Argument(metavar="INPUT...", help=INPUTS_HELP)]
Manifest = Annotated[Path | None, typer.Option(
    *MANIFEST_OPTION, help="CSV or JSON file mapping file name -> published, source, url, title.")]
Published = Annotated[str | None, typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) of a single article file.")]
SkipBad = Annotated[bool, typer.Option(
    "--skip-bad", help="Skip a malformed JSONL line with a warning instead of stopping.")]


@dataclass
class Settings:
    """The global options of one run of the command line."""

    quiet: bool = False  # only warnings and errors on stderr
    verbose: bool = False  # also what each stage does
    debug: bool = False  # tracebacks for errors


settings = Settings()
logger = logging.getLogger("chrono")


class _OneLine(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        kind = {logging.WARNING: "warning", logging.ERROR: "error"}.get(record.levelno, "note")
        return f"chrono: {kind}: {record.getMessage()}"


def configure(quiet: bool = False, verbose: bool = False, debug: bool = False) -> None:
    """Set the global options and send chrono's log (warnings, and with --verbose notes) to stderr."""
    settings.quiet, settings.verbose, settings.debug = quiet, verbose and not quiet, debug
    for handler in list(logger.handlers):
        if getattr(handler, "chrono_cli", False):
            logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.chrono_cli = True  # type: ignore[attr-defined]
    handler.setFormatter(_OneLine())
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO if settings.verbose else logging.WARNING)


def note(message: str) -> None:
    """A message for the user (what was written, a summary) on stderr; --quiet hides it."""
    if not settings.quiet:
        typer.echo(message, err=True)


def detail(message: str) -> None:
    """A message only --verbose shows."""
    if settings.verbose:
        typer.echo(message, err=True)


def reports_errors(func: F) -> F:
    """Print a ChronoError as ``chrono: error: <path>: <message> (<fix>)`` and exit 2, no traceback
    (with --debug, the traceback first)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ChronoError as exc:
            if settings.debug:
                traceback.print_exc(file=sys.stderr)
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
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, and only warnings and errors on stderr.")]


def quiet_run(quiet: bool) -> bool:
    """A command's own --quiet (no progress bar) also quiets its messages, as the global one does."""
    if quiet:
        settings.quiet = True
    return settings.quiet


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
