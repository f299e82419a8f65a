"""One segmentation of a text, used by every stage: paragraphs, sentences and clauses, with offsets.

Reads a text and adds ``(start, end)`` spans that index it as given. One compiled scan finds the
candidate boundaries; a boundary after a full stop is kept unless the stop ends an abbreviation
or a day ordinal that goes on ("am 12. Januar", "vom 3. bis 5. Mai", "der 1. FC"). A line break
ends a sentence (a heading, a date line, a caption), and a blank line ends a paragraph. A dash
after a dateline ("Genf (dpa) - Nach ...") is not part of the sentence that follows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from chrono.lang.data import language_data

# A boundary: . ! ? (closing quotes and brackets after it) then whitespace; a line break; or the
# dash after a dateline's bracket ("Genf (dpa) - ").
# The look-ahead names the characters a boundary can begin with, so that other positions fail at once.
_BOUNDARY = re.compile(r"(?=[.!?…\n \t])(?:[.!?…][\"'“”»«)\]]*([ \t\r\f\v\u00a0]+)(?=\S)|([ \t]*\n\s*)"
                       r"|(?<=\))([ \t]+[-–—][ \t]+)(?=\S))")
_NUMBER_STOP = re.compile(r"(?<![\d.:,/])\d{1,2}\.$")
_DATELINE = re.compile(r"[A-ZÄÖÜ][\w./-]*(?:[ /-][A-ZÄÖÜ][\w.-]*){0,3}[ \t]*\([^()\n]{1,30}\)$")
# A line this long that ends without punctuation goes on in the next line (hard-wrapped text).
_WRAPPED_LINE = 60
_LINE_END = frozenset(".!?:;\"“”»«)…")
_LEADING_DASH = re.compile(r"[-–—][ \t]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]``, in paragraph number ``paragraph`` (counted from 0)."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class _Cues:
    abbreviations: frozenset[str]
    months: frozenset[str]
    ordinal_determiners: frozenset[str]


@cache
def segment_cues(language: str) -> _Cues:
    """The abbreviations, months and ordinal determiners that decide a full stop, read once."""
    data = language_data(language, "segments", fallback="de") or {}
    return _Cues(frozenset(data.get("abbreviations", [])), frozenset(data.get("months", [])),
                 frozenset(data.get("ordinal_determiners", [])))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: text between blank lines, without surrounding space."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [_stripped(text, s, e) for s, e in spans if text[s:e].strip()]


def sentences(text: str, language: str = "de", until: int | None = None) -> list[Sentence]:
    """Every sentence of ``text`` in order, without surrounding space; none is empty. With ``until``,
    only those up to the first that begins after that offset: the same as the first of all, since
    a boundary is decided by the text around it and the sentences before it."""
    cues = segment_cues(language)
    found: list[Sentence] = []
    paragraph, start = 0, 0
    for match in _BOUNDARY.finditer(text):
        after_stop, line_break, after_dateline = match.group(1, 2, 3)
        end = match.start(1) if after_stop else match.start()
        if line_break:
            if line_break.count("\n") == 1 and _wrapped(text, start, end):
                continue
        elif after_dateline:
            if not _DATELINE.fullmatch(text, _stripped(text, start, end)[0], end):
                continue
        elif not _ends_sentence(text, start, match.start() + 1, match.end(), cues):
            continue
        _add(found, text, start, end, paragraph)
        if until is not None and found and found[-1].start > until:
            return found
        if line_break and line_break.count("\n") > 1 and found:
            paragraph += 1
        start = match.end()
    _add(found, text, start, len(text), paragraph)
    return found


def sentence_spans(text: str, language: str = "de", until: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text`` (with ``until``: as :func:`sentences`)."""
    return [(s.start, s.end) for s in sentences(text, language, until)]


def _add(found: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    start, end = _stripped(text, start, end)
    dash = _LEADING_DASH.match(text, start, end)
    if dash and dash.end() < end:
        start = dash.end()
    if start < end:
        found.append(Sentence(start, end, paragraph))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _wrapped(text: str, start: int, end: int) -> bool:
    """Whether the line that ends at ``end`` is a hard-wrapped piece of a longer sentence."""
    line_start = max(start, text.rfind("\n", 0, end) + 1)
    line = text[line_start:end].rstrip()
    return len(line) >= _WRAPPED_LINE and line[-1:] not in _LINE_END


def _ends_sentence(text: str, start: int, stop: int, after: int, cues: _Cues) -> bool:
    """Whether the punctuation before ``stop`` ends the sentence that began at ``start``."""
    following = text[after:after + 1]
    if following.islower() and text[stop - 1] == ".":
        return False  # "ca. zehn", "3. bis 5. Mai"
    last = text[max(start, stop - 40):stop]
    if not last.endswith("."):
        return True
    words = last[:-1].split()
    if not words:
        return True
    word = words[-1].lstrip("(\"'„“«»")
    if word.lower() in cues.abbreviations or (len(word) == 1 and word.isalpha()):
        return False  # "Dr. Müller", "z. B.", "Olaf S. Mahler"
    number = _NUMBER_STOP.search(last) if last[-2:-1].isdigit() else None
    if number:
        next_word = _WORD.match(text, after, after + 30)
        if next_word and next_word.group(0).lower() in cues.months:
            return False  # "am 12. Januar"
        before = last[:number.start()].rstrip()
        if not before or before[-1] in "(,":
            return False  # "(1. Durchgang 17.45 Uhr, 2. Durchgang ..."
        if before.split()[-1].lower().strip("(\"'„“«»") in cues.ordinal_determiners:
            return False  # "der 1. FC", "in der 71. Minute"
    return True


# ---------------------------------------------------------------- clauses

_CLAUSE_BOUNDARY = re.compile(r"[,;:«»„“”\"()]|\s[-–—]\s")
# Not clause boundaries: a comma or colon between digits ("61,2 Prozent", "mit 2:1"), quotes
# around a name of up to three words ("Sturmtief „Hedda“"), and the commas around a name in
# apposition ("der Vorsitzende der FDP, Jürgen Mahler, trat zurück"), and around a date in
# apposition to its weekday ("am Montag, 2. Januar, sind ... eingebrochen").
_NUMBER_PUNCTUATION = re.compile(r"(?<=\d)[,:](?=\d)")
_QUOTED_NAME = re.compile(r"[„“”\"«»](?:[A-ZÄÖÜ0-9][\w.-]*)(?:[ ][A-ZÄÖÜ0-9][\w.-]*){0,2}[“”\"«»]")
_APPOSITION = re.compile(r",[ ](?:[A-ZÄÖÜ][\w.-]+)(?:[ ](?:(?:der|des|von|van|de|zu|für|und)[ ])*[A-ZÄÖÜ][\w.-]+){1,3},")
# a short aside in brackets: a party, an age, an agency ("Olaf Scholz (SPD)", "Ein Lenker (45)")
_SHORT_ASIDE = re.compile(r"\((?:[\w./-]+)(?:[ ,][ ]?[\w./-]+){0,2}\)")


@cache
def _date_apposition(language: str = "de") -> re.Pattern[str]:
    """The commas around a date in apposition to a weekday ("am Montag, 2. Januar, sind ...")."""
    months = "|".join(sorted(segment_cues(language).months, key=len, reverse=True))
    return re.compile(rf",[ ](?:(?:dem|den)[ ])?\d{{1,2}}\.[ ]?(?:{months})(?:[ ]\d{{4}})?,", re.IGNORECASE)


@lru_cache(maxsize=64)  # the clauses of one sentence are asked for one mention after another
def masked(sentence: str) -> str:
    """``sentence`` with the punctuation that does not separate clauses replaced (same length)."""
    result = _NUMBER_PUNCTUATION.sub("0", sentence)
    for pattern in (_QUOTED_NAME, _APPOSITION, _date_apposition(), _SHORT_ASIDE):
        result = pattern.sub(lambda m: "_" + m.group(0)[1:-1] + "_", result)
    return result


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around [start, end): between commas, colons, quotes, dashes,
    brackets; offsets into ``sentence``."""
    text = masked(sentence)
    left = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_BOUNDARY.search(text, end)
    return left, right_match.start() if right_match else len(sentence)


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end] inside ``sentence`` (offsets into ``text``)."""
    s, e = sentence
    left, right = clause_span(text[s:e], start - s, end - s)
    return s + left, s + right


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end], as (start, end) offsets into ``text``."""
    pieces, pos = [], start
    for match in re.finditer(r"\n", text[start:end]):
        pieces.append((pos, start + match.start()))
        pos = start + match.end()
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]
