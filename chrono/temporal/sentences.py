"""Sentence spans of running news text, good enough to find the verbs that set a mention's tense."""
from __future__ import annotations

import re

# A sentence ends at . ! ? (with closing quotes) before whitespace and a capital or an opening quote,
# unless the full stop ends a number ("am 12. Januar") or a common abbreviation; a blank line or a
# line break after a short heading ends one too.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'“”»«)]*\s+(?=[\"'„“«»(]?[A-ZÄÖÜ])|\n\s*\n|\n(?=[A-ZÄÖÜ„\"«])")
_NO_END = re.compile(r"(?:\d|\b(?:Nr|Dr|Prof|St|bzw|ca|vgl|z\.B|u\.a|Abs|Art|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|"
                     r"Okt|Nov|Dez|Mio|Mrd|Hr|Fr|Hrsg|inkl|evtl|sog|bspw|etc))\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, covering the text without gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[max(start, m.start() - 8):m.start()]
        if before.endswith(".") and _NO_END.search(before.rstrip("\"'“”»«)")):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def clause_span(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around [start, end): cut at , ; : dashes, brackets and quotes."""
    s, e = sentence
    left = max((m.end() for m in re.finditer(r"[,;:(\"„“”«»–—]|\s-\s", text[s:start])), default=0)
    right = re.search(r"[,;:)\"„“”«»–—]|\s-\s", text[end:e])
    return s + left, end + right.start() if right else e
