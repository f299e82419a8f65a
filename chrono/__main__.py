"""``python -m chrono`` and the ``chrono`` console script: reads the process's arguments and runs
the command line; Ctrl-C, even while the libraries are still loading, ends with one line and exit
code 130."""
from __future__ import annotations

import os
import signal
import sys


def _interrupted_while_loading(signum: int, frame: object) -> None:
    """Nothing is written yet: end at once. (An interrupt raised inside the libraries' import can
    reach us wrapped in another error, e.g. while a dataclass is being built.)"""
    os.write(2, b"chrono: interrupted\n")
    os._exit(130)


def main() -> int:
    """Load the command line and run it; an interrupt at any moment is one line, exit code 130."""
    signal.signal(signal.SIGINT, _interrupted_while_loading)
    try:
        from chrono.cli import main as run_cli

        signal.signal(signal.SIGINT, signal.default_int_handler)  # the run cleans up after itself
        code = run_cli()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the work is done: a late Ctrl-C changes nothing
    except KeyboardInterrupt:
        sys.stderr.write("chrono: interrupted\n")
        return 130
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader has gone: nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return code


if __name__ == "__main__":
    sys.exit(main())
