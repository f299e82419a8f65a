"""``python -m chrono`` and the ``chrono`` console script: reads the process's arguments and runs
the command line; Ctrl-C, even while the libraries are still loading, ends with one line and exit
code 130."""
from __future__ import annotations

import os
import signal
import sys


def main() -> int:
    """Load the command line and run it; an interrupt at any moment is one line, exit code 130."""
    try:
        from chrono.cli import main as run_cli

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
