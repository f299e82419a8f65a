"""The tense of the clause a mention stands in, from the language's cue words."""
from __future__ import annotations

from chrono.temporal.rules import Language
from chrono.temporal.sentences import clause_span


def _cues(language: Language, text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(position, tense) of every cue in text[start:end]."""
    found: list[tuple[int, str]] = []
    segment = text[start:end]
    for tense in ("future", "present", "past"):
        for m in language.tense_cues[tense].finditer(segment):
            found.append((start + m.start(), tense))
    if language.participle is not None and language.tense_cues["auxiliary"].search(segment):
        for m in language.participle.finditer(segment):
            if not language.tense_cues["future"].fullmatch(m.group()):
                found.append((start + m.start(), "past"))
    return found


def _nearest(cues: list[tuple[int, str]], start: int, end: int) -> str:
    def distance(cue: tuple[int, str]) -> int:
        pos = cue[0]
        return start - pos if pos < start else max(0, pos - end)

    return min(cues, key=distance)[1]


def tense_of(language: Language, text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """"past", "present", "future" or None for the mention text[start:end] in ``sentence``.

    The clause around the mention decides where it holds a cue, else the whole sentence; among
    several cues the nearest wins, except that a past auxiliary ("wurde ... erwartet") keeps a
    future cue in the past.
    """
    clause = clause_span(text, sentence, start, end)
    for lo, hi in (clause, sentence):
        cues = [c for c in _cues(language, text, lo, hi) if not start <= c[0] < end]
        if not cues:
            continue
        kinds = {k for _, k in cues}
        if "future" in kinds and "past" in kinds and language.tense_cues["past_over_future"].search(text[lo:hi]):
            return "past"
        return _nearest(cues, start, end)
    return None
