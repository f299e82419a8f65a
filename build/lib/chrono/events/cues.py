"""Language data for finding events: reads ``chrono/lang/<language>/events.yaml`` (cue words for
dates, status and headlines) and ``actors.yaml`` (roles, organisations, name particles), and adds
them as cached lookups shared by the event modules, with the word splitter their cues are matched by.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from chrono.lang.data import language_data


@functools.lru_cache(maxsize=4)
def cues(language: str = "de") -> dict[str, Any]:
    return language_data(language, "events")


@functools.lru_cache(maxsize=4)
def actor_data(language: str = "de") -> dict[str, Any]:
    return language_data(language, "actors")


def lower_words(text: str) -> list[str]:
    """The words of ``text`` in lower case."""
    return re.findall(r"[\wäöüßÄÖÜ]+", text.lower())
