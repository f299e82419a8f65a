"""Sentences and clauses: reads an article's text and adds the spans of its sentences (with their
paragraphs, not cut inside a date such as "am 12. Januar") and of the clause around an expression.
"""
from __future__ import annotations

import re

from chrono.events.cues import cues


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, using syntok's German-aware segmenter."""
    return [(start, end) for start, end, _ in sentence_spans_with_paragraphs(text)]


def sentence_spans_with_paragraphs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of every sentence."""
    from syntok import segmenter

    spans: list[tuple[int, int, int]] = []
    for number, paragraph in enumerate(segmenter.analyze(text)):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            while len(tokens) > 1 and tokens[0].value in ("-", "–", "—"):
                tokens = tokens[1:]  # the dash after a dateline ("Saarbrücken (paw) - Nach ...")
            if not tokens:
                continue
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            if spans and spans[-1][2] == number and _ordinal_split(text, spans[-1][1], tokens[0].value):
                start = spans.pop()[0]  # "am 12. Januar": an ordinal, not the end of a sentence
            spans.append((start, end, number))
    return spans


_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _ordinal_split(text: str, end: int, next_word: str) -> bool:
    """Whether a sentence ending "... 12." was cut inside a date ("12. Januar", "3. bis 5. Mai")
    or after an ordinal that an article announces ("der 1. FC Nürnberg", "in der 71. Minute")."""
    match = _ORDINAL_END.search(text, 0, end)
    if not match:
        return False
    before = re.findall(r"[\wäöüß]+", text[max(0, match.start() - 12):match.start()].lower())
    return (next_word[:1].islower() or next_word.lower() in cues()["months"]
            or bool(before and before[-1] in cues()["ordinal_determiners"]))


_BOUNDARY = re.compile(r"[,;:«»„“”\"()]|\s[-–]\s")
# Not clause boundaries: a comma or colon between digits ("61,2 Prozent", "mit 2:1"), quotes
# around a name of up to three words ("Sturmtief „Hedda“"), and the commas around a name in
# apposition ("der Vorsitzende der FDP, Jürgen Mahler, trat zurück").
_NUMBER_PUNCTUATION = re.compile(r"(?<=\d)[,:](?=\d)")
_QUOTED_NAME = re.compile(r"[„“”\"«»](?:[A-ZÄÖÜ0-9][\w.-]*)(?:[ ][A-ZÄÖÜ0-9][\w.-]*){0,2}[“”\"«»]")
_APPOSITION = re.compile(r",[ ](?:[A-ZÄÖÜ][\w.-]+)(?:[ ](?:(?:der|des|von|van|de|zu|für|und)[ ])*[A-ZÄÖÜ][\w.-]+){1,3},")
# a short aside in brackets: a party, an age, an agency ("Olaf Scholz (SPD)", "Ein Lenker (45)")
_SHORT_ASIDE = re.compile(r"\((?:[\w./-]+)(?:[ ,][ ]?[\w./-]+){0,2}\)")


def _masked(sentence: str) -> str:
    """``sentence`` with the punctuation that does not separate clauses replaced (same length)."""
    masked = _NUMBER_PUNCTUATION.sub("0", sentence)
    for pattern in (_QUOTED_NAME, _APPOSITION, _SHORT_ASIDE):
        masked = pattern.sub(lambda m: "_" + m.group(0)[1:-1] + "_", masked)
    return masked


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around [start, end): between commas, colons, quotes, dashes."""
    masked = _masked(sentence)
    left = max((m.end() for m in _BOUNDARY.finditer(masked, 0, start)), default=0)
    right_match = _BOUNDARY.search(masked, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right
