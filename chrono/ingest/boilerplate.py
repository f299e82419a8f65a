"""Boilerplate: reads an article's text and the cue lists of ``chrono/lang/<language>/boilerplate.yaml``
and adds the spans that are web-page furniture (labels, credits, bylines, link lists, cookie and
login lines) and the publication-date line ("Stand: 12.01.2022 14:35 Uhr") at the start of a line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from chrono.ingest.stamps import stamp_spans
from chrono.lang.data import language_data


@lru_cache(maxsize=8)
def boilerplate_cues(language: str = "de") -> dict[str, list[str]]:
    """The cue lists of ``chrono/lang/<language>/boilerplate.yaml`` (German when the language has none)."""
    data = language_data(language, "boilerplate", fallback="de") or {}
    return {key: [str(v) for v in values] for key, values in data.items()}


@lru_cache(maxsize=8)
def _patterns(language: str) -> dict[str, Any]:
    cues = boilerplate_cues(language)
    alternatives = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    ui = [w.lower() for w in cues.get("ui_words", [])]
    return {
        "label": re.compile(rf"(?:{alternatives(cues.get('label_lines', []))})\s*:?", re.IGNORECASE),
        "credit": re.compile(rf"(?:(?<=\s)|^)(?:{alternatives(cues.get('credit_prefixes', []))})", re.IGNORECASE | re.MULTILINE),
        "credit_end": re.compile(rf"(?:{alternatives(cues.get('credit_suffixes', []))})\s*$", re.IGNORECASE),
        "byline": re.compile(rf"(?:{alternatives(cues.get('byline_prefixes', []))})\s+"
                             r"(?:[A-ZÄÖÜ][\w.'-]*\s*){1,4}(?:(?:,|und)\s*[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,3})*"),
        "date_label": re.compile(rf"\s*(?:{alternatives(cues.get('date_labels', []))})(?:\s*:\s*|\s+)(?=\S*\d)", re.IGNORECASE),
        "ui_whole": re.compile(rf"(?<![\w-])(?:{alternatives(ui)})(?![\w-])"),
        "ui_parts": re.compile(alternatives([w for w in ui if len(w) >= 6])),
    }


TOKEN = re.compile(r"[\wÄÖÜäöüß-]+")
FULL_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\.\s?[A-ZÄÖÜ][a-zäöü]{2,9}\.?\s(?:19|20)\d{2}\b")
# "Brüssel, 12.01.2022", "WIEN (APA) 02.05.2025 -", "(dpa) 02.05.2025": a place, an agency or both
DATELINE = re.compile(r"(?:[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,40}?(?:,|\s*\([^()\n]{1,30}\)\s*[,:]?)"
                      r"|\([^()\n]{1,30}\)\s*[,:]?)\s*(?=\d)")
# a dateline's date before the text of its paragraph, ended by a dash or a colon ("Brüssel,
# 12.01.2022 - Die Minister ..."); "Am Mittwoch, 12.01.2022, trafen sich ..." is article text
DATELINE_END = re.compile(r"(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*(?:[-–—:](?=\s)|$)")
STRONG_UI_CUES = 2  # distinct furniture words that make a paragraph boilerplate by themselves
SHORT_LINE_TOKENS = 12  # a line this short with one furniture word is boilerplate next to other boilerplate
LABEL_TOKENS = 3  # a line this short inside a trailing run of furniture is part of it


def find_boilerplate(text: str, language: str = "de") -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``text`` that are web-page furniture, not article text.

    General rules over the cue lists of ``chrono/lang/<language>/boilerplate.yaml``:

    * a line that is only a label ("Sie sind hier:", "Datum:", "Interview", "Mehr zum Thema") or any
      line of at most three words ending in a colon and nothing else;
    * a credit: from "Foto:", "Bild:", "Quelle:", "©" ... to the end of its line, and a short line
      ending in "via Getty Images", "picture alliance" ...;
    * a byline line ("Von Vorname Nachname, Ort") and a publication-date line ("Stand: 12.01.2022");
    * every stamp of the page (:func:`chrono.ingest.stamps.stamp_spans`), wherever it stands;
    * a line dense in site-furniture words (cookie, login, Merkliste, Datenschutzeinstellungen,
      Altersprüfung ...): two distinct ones make it boilerplate; a short line with one is boilerplate
      when it stands next to boilerplate, and so is every line of at most three words in a run of
      boilerplate that reaches the end of the text.
    """
    pats = _patterns(language)
    lines = _lines(text)
    spans: list[tuple[int, int]] = []
    cue_counts = [_ui_count(text[start:end], pats) for start, end in lines]
    furniture = [count >= STRONG_UI_CUES for count in cue_counts]
    for start, end in lines:
        spans.extend(_line_spans(text[start:end], start, pats))
    spans.extend(stamp_spans(text, language))
    _grow_furniture(text, lines, furniture, cue_counts)
    spans.extend(lines[i] for i, is_furniture in enumerate(furniture) if is_furniture)
    return _merge(text, spans)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, end excluding the newline."""
    result, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            result.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return result


def _line_spans(line: str, offset: int, pats: dict[str, Any]) -> list[tuple[int, int]]:
    words = TOKEN.findall(line)
    if pats["label"].fullmatch(line) or (len(words) <= 3 and line.endswith(":")):
        return [(offset, offset + len(line))]
    if pats["byline"].fullmatch(line):
        return [(offset, offset + len(line))]
    spans = []
    dateline = DATELINE.match(line)
    full = FULL_DATE.match(line, dateline.end()) if dateline else None
    after = DATELINE_END.match(line, full.end()) if full else None
    if after:  # a dateline's date is where the text was written, not what it reports
        spans.append((offset + full.start(), offset + after.end()))  # type: ignore[union-attr]
    date_line = find_date_line(line, pats)
    if date_line:
        spans.append((offset + date_line[0], offset + date_line[2]))
    credit = _credit(line, pats)
    if credit:
        spans.append((offset + credit.start(), offset + len(line)))
    elif len(words) <= SHORT_LINE_TOKENS and pats["credit_end"].search(line) and not line.endswith("."):
        spans.append((offset + (date_line[2] if date_line else 0), offset + len(line)))
    return spans


CREDIT_AFTER = ".!?\"“”»«)|–-"  # what a credit follows within a line: the end of a caption's sentence


def _credit(line: str, pats: dict[str, Any]) -> re.Match[str] | None:
    """The first credit cue of ``line`` that opens it or follows the end of a caption's sentence
    ("Jens Stoltenberg. Foto: dpa"); after a word ("Hofbauer zu BILD: „...“") it names an outlet
    being quoted, not a credit."""
    for m in pats["credit"].finditer(line):
        before = line[:m.start()].rstrip()
        if not before or before[-1] in CREDIT_AFTER:
            return m
    return None


DATE_WORD = re.compile(r"[\d.,:/-]*\d[\d.,:/-]*|[^\W\d_]{2,10}\.?,?")


def find_date_line(line: str, pats: dict[str, Any] | None = None, language: str = "de") -> tuple[int, int, int] | None:
    """A publication-date line ("Stand: 12.01.2022 14:35 Uhr", "date 2022-01") at the start of ``line``.

    Returns (label start, date start, date end) as offsets into ``line``, or None.
    """
    pats = pats or _patterns(language)
    label = pats["date_label"].match(line)
    if label is None:
        return None
    end = pos = label.end()
    for _ in range(6):
        word = DATE_WORD.match(line, pos)
        if word is None or word.group().endswith(":"):
            break
        if any(ch.isdigit() for ch in word.group()) or word.group().rstrip(".,").lower() == "uhr":
            end = word.end()
        pos = word.end() + len(line[word.end():]) - len(line[word.end():].lstrip(" "))
        if pos == word.end() and pos < len(line):
            break
    if end == label.end():
        return None
    return len(line) - len(line.lstrip()), label.end(), len(line[:end].rstrip(" .,"))


def _ui_count(line: str, pats: dict[str, Any]) -> int:
    """How many distinct furniture words the line holds (whole words, or parts of compounds)."""
    lowered = line.lower()
    return len(set(pats["ui_whole"].findall(lowered)) | set(pats["ui_parts"].findall(lowered)))


def _grow_furniture(text: str, lines: list[tuple[int, int]], furniture: list[bool], cue_counts: list[int]) -> None:
    """Extend furniture to short neighbouring lines with a furniture word, and to a trailing run."""
    short = [len(TOKEN.findall(text[s:e])) <= SHORT_LINE_TOKENS for s, e in lines]
    weak = [count >= 1 for count in cue_counts]
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if not furniture[i] and short[i] and weak[i] and any(furniture[j] for j in neighbours):
                furniture[i] = changed = True
    # a run of furniture and label-like lines that reaches the end of the text is furniture as a whole
    label_like = [len(TOKEN.findall(text[s:e])) <= LABEL_TOKENS for s, e in lines]
    i = len(lines) - 1
    while i >= 0 and (furniture[i] or (label_like[i] and any(furniture[i + 1:]))):
        i -= 1
    if any(furniture[i + 1:]):
        for j in range(i + 1, len(lines)):
            furniture[j] = True


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, joined where they overlap or only whitespace lies between them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
