"""The ``chrono`` command line: reads the global options and the arguments, runs the commands (each
only calls library functions), and adds the conventions of a command line: ``--version``, one-line
usage errors and exit code 2, exit code 130 after Ctrl-C, and one line for an unexpected error
(``--debug`` shows its traceback)."""
from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Sequence
from typing import Annotated, Any

import typer

from chrono.commands import _common, chronology, dates, render, temporal
from chrono.version import __version__

app = typer.Typer(
    name="chrono",
    help="Turn news articles into a checked chronology: find and resolve temporal expressions, "
    "work out publication dates, merge events across sources, report disagreements, draw a timeline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

GLOBAL_FLAGS = ("--quiet", "-q", "--verbose", "-v", "--debug")
EXIT_INTERRUPTED = 130


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"chrono {__version__}")
        raise typer.Exit(0)


@app.callback()
def options(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print chrono's version and exit.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only warnings and errors on stderr.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also say what each stage does.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an error.")] = False,
) -> None:
    """Turn news articles into a checked chronology. Results go to standard output or the files named,
    messages to standard error; bad input is one line naming the file and the fix, exit code 2."""
    _common.configure(quiet=quiet, verbose=verbose, debug=debug)


for module in (temporal, dates, chronology, render):
    module.register(app)


def _lift_global_flags(args: list[str], group: Any) -> list[str]:
    """``chrono build seeds/ --quiet`` means ``chrono --quiet build seeds/``: global flags after the
    command move before it, unless that command has an option of the same name."""
    names = [i for i, a in enumerate(args) if a in group.commands]
    if not names:
        return args
    at = names[0]
    command = group.commands[args[at]]
    own = {opt for param in command.params for opt in getattr(param, "opts", [])}
    rest = args[at + 1:]
    end = rest.index("--") if "--" in rest else len(rest)
    lifted = [a for a in rest[:end] if a in GLOBAL_FLAGS and a not in own]
    kept = [a for a in rest[:end] if a not in lifted] + rest[end:]
    return lifted + args[:at + 1] + kept


def _is_usage_error(exc: Exception) -> bool:
    """Whether ``exc`` is one of click's errors (typer runs on click, or on its own copy of it)."""
    return callable(getattr(exc, "format_message", None)) and isinstance(getattr(exc, "exit_code", None), int)


def _usage_error(exc: Any) -> int:
    where = exc.ctx.command_path if getattr(exc, "ctx", None) else "chrono"
    message = exc.format_message().strip().splitlines()[0] if exc.format_message().strip() else "bad usage"
    typer.echo(f"chrono: error: {message} (see '{where} --help')", err=True)
    return int(exc.exit_code) or 2


class Interrupted(BaseException):
    """Ctrl-C, raised past every handler of the libraries (typer turns a KeyboardInterrupt into a
    silent exit) so that it ends the run with one line."""


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: the process's arguments); returns the exit code."""
    previous = signal.signal(signal.SIGINT, _interrupt)
    try:
        return _run(argv)
    finally:
        signal.signal(signal.SIGINT, previous)


def _run(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        args = ["--help"]
    try:
        group = typer.main.get_command(app)  # inside: building it takes a moment a Ctrl-C may hit
        code = group.main(_lift_global_flags(args, group), prog_name="chrono", standalone_mode=False)
    except (KeyboardInterrupt, Interrupted, typer.Abort):
        typer.echo("chrono: interrupted", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # "chrono dates seeds/ | head": the reader has gone, nothing more to say
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the last guard: one line instead of a traceback
        if _is_usage_error(exc):  # click's (inside typer): a wrong option or a missing argument
            return _usage_error(exc)
        # a bug: one line, the traceback only with --debug
        if _common.settings.debug:
            traceback.print_exc(file=sys.stderr)
        typer.echo(f"chrono: error: unexpected {type(exc).__name__}: {exc} (this is a bug in chrono; "
                   "run again with --debug for the traceback and report it)", err=True)
        return 1
    return code if isinstance(code, int) else 0
