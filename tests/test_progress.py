"""The progress bar: on a terminal after a couple of seconds, never with --quiet or into a pipe."""
from __future__ import annotations

import io

from chrono.commands import _progress
from chrono.commands._progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_bar(stream, quiet: bool = False, started_ago: float = 10.0) -> str:
    with ProgressBar(quiet, stream=stream) as bar:
        bar.started -= started_ago
        bar("tag", 0, None)
        for _ in range(5):
            bar("tag", 16, 80)
        output = stream.getvalue()
    return output


def test_a_long_run_on_a_terminal_shows_articles_per_second():
    shown = run_bar(Terminal())
    assert "tag" in shown and "80/80" in shown and "articles/s" in shown


def test_a_short_run_shows_nothing():
    assert run_bar(Terminal(), started_ago=0.0) == ""


def test_quiet_and_pipes_get_nothing():
    assert run_bar(Terminal(), quiet=True) == ""
    assert run_bar(io.StringIO()) == ""


def test_the_delay_is_a_couple_of_seconds():
    assert 1.0 <= _progress.DELAY <= 3.0
