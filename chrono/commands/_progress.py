"""A progress bar for long runs: reads the pipeline's reports (stage, articles done, total) and adds
a rich bar on stderr with the stage, the articles done and the articles per second.

It appears only once a run has taken a couple of seconds, never with ``--quiet``, and never when
stderr is no terminal (a log file or a pipe gets nothing). rich is imported only when the bar
appears. The bar redraws when a report arrives (no drawing thread, so that forked workers inherit
no lock).
"""
from __future__ import annotations

import sys
import time
from typing import Any, Self

DELAY = 2.0  # seconds before the bar appears


class ProgressBar:
    """Call it as ``bar(stage, done, total)``; use it as a context manager so that it is removed."""

    def __init__(self, quiet: bool = False, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.stage, self.done, self.stage_started = "", 0, self.started
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if stage != self.stage:
            self.stage, self.done, self.stage_started = stage, 0, now
        self.done += done
        if self._progress is None:
            if now - self.started < DELAY:
                return
            self._start()
        rate = self.done / max(now - self.stage_started, 1e-6)
        self._progress.update(self._task, description=self.stage, completed=self.done, total=total,
                              rate=f"{rate:,.0f} articles/s" if self.done else "")
        self._progress.refresh()

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                  console=Console(file=self.stream), auto_refresh=False, transient=True)
        self._task = self._progress.add_task(self.stage, total=None, rate="")
        self._progress.start()
