"""The tense of the clause a mention stands in, from the language's cue words.

The cues of a text are found once, in the tagger's single pass over its words, as a list of
(position, kinds) sorted by position; here they are read for one mention.
"""
from __future__ import annotations

import bisect

from chrono.temporal.sentences import clause_span

TENSES = ("future", "present", "past")
Cue = tuple[int, tuple[str, ...]]


def _in(cues: list[Cue], positions: list[int], lo: int, hi: int) -> list[Cue]:
    return cues[bisect.bisect_left(positions, lo):bisect.bisect_left(positions, hi)]


def _tense_cues(window: list[Cue], start: int, end: int) -> list[tuple[int, str]]:
    """(position, tense) of the cues outside the mention itself; a participle counts as past
    where an auxiliary stands in the same stretch."""
    has_auxiliary = any("auxiliary" in kinds for _, kinds in window)
    out = []
    for pos, kinds in window:
        if start <= pos < end:
            continue
        for kind in kinds:
            if kind in TENSES:
                out.append((pos, kind))
            elif kind == "participle" and has_auxiliary:
                out.append((pos, "past"))
    return out


def _nearest(cues: list[tuple[int, str]], start: int, end: int) -> str:
    def distance(cue: tuple[int, str]) -> int:
        pos = cue[0]
        return start - pos if pos < start else max(0, pos - end)

    return min(cues, key=distance)[1]


def tense_of(cues: list[Cue], positions: list[int], text: str, sentence: tuple[int, int],
             start: int, end: int) -> str | None:
    """"past", "present", "future" or None for the mention text[start:end] in ``sentence``.

    The clause around the mention decides where it holds a cue, else the whole sentence; among
    several cues the nearest wins, except that a past auxiliary ("wurde ... erwartet") keeps a
    future cue in the past.
    """
    for lo, hi in (clause_span(text, sentence, start, end), sentence):
        window = _in(cues, positions, lo, hi)
        found = _tense_cues(window, start, end)
        if not found:
            continue
        kinds = {k for _, k in found}
        if "future" in kinds and "past" in kinds and any("past_over_future" in k for _, k in window):
            return "past"
        return _nearest(found, start, end)
    return None
