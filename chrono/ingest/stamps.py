"""Stamps: reads an article's text and the cue words of ``chrono/lang/<language>/stamps.yaml`` and
adds the stamps a page carries, wherever they stand (top, bottom, beside the byline): when it was
first published and when it was last changed, each with its day and, where given, its clock time.

Forms read (the labels are language data):

* a label and a date: "Stand: 14.03.2025 18:42 Uhr", "Veröffentlicht am 3. Oktober 2025",
  "Aktualisiert: 04.10.2025, 10:15", "Erstellt: ...", "zuletzt aktualisiert am ..."; several on one
  line, apart by "|", "/", "·" ...;
* a date (and time) on a line of its own: "21.09.2025, 09:12 Uhr", "Freitag, 14. März 2025";
* a byline with a date: "Von Anna Muster, 02.05.2025";
* an agency mark with a date: "(dpa) 02.05.2025";
* a weekday with its date in brackets in the running text: "am Freitag (14.03.2025)". This one is
  the date of what the sentence reports, not a stamp of the page: it stays article text and dates
  the article only as the day of its news (kind ``weekday``).

Every form but the last is page metadata: :func:`stamp_spans` gives its spans for the boilerplate.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from chrono.lang.data import language_data
from chrono.temporal.written import parse_written_date

FIRST = ("published", "plain", "byline", "agency")  # kinds that say when the page first appeared
UPDATE = ("updated",)
MAX_REST_WORDS = 4  # words that may follow the stamps of a line ("Lesedauer 3 Minuten")

DATE = (r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}"
        r"|(?:19|20)\d{2}-\d{2}-\d{2}"
        r"|\d{1,2}\.\s?[A-ZÄÖÜa-zäöü][a-zäöü]{2,9}\.?\s(?:19|20)\d{2})")
# a day without its year ("14.03.", "14. März"): the year comes from the other evidence
PARTIAL = (r"\d{1,2}\.\s?\d{1,2}\.(?!\s?(?:19|20)\d{2}\b|\d)"
           r"|\d{1,2}\.\s?[A-ZÄÖÜa-zäöü][a-zäöü]{2,9}\.?(?!\s?(?:19|20)\d{2}\b)")
TIME = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"


@dataclass(frozen=True, slots=True)
class Stamp:
    """One stamp: its kind (see the module docstring), span in the text, day and clock time."""

    kind: str  # published | updated | plain | byline | agency | weekday
    start: int
    end: int
    day: dt.date | None  # None for a day written without its year (see ``month_day``)
    time: str | None  # "HH:MM" where the stamp gives one
    text: str
    month_day: tuple[int, int] | None = None  # (month, day) of a day written without its year

    @property
    def first(self) -> bool:
        """Whether the stamp tells the first publication (else a later change or a reported day)."""
        return self.kind in FIRST

    @property
    def datetime(self) -> str:
        """The ISO day, or day and time ("2025-03-14T18:42") where a time is given ("--03-14" without a year)."""
        day = self.day.isoformat() if self.day else f"--{self.month_day[0]:02d}-{self.month_day[1]:02d}"  # type: ignore[index]
        return day + (f"T{self.time}" if self.time else "")


@lru_cache(maxsize=8)
def stamp_cues(language: str = "de") -> dict[str, list[str]]:
    """The cue lists of ``chrono/lang/<language>/stamps.yaml`` (German when the language has none)."""
    data = language_data(language, "stamps", fallback="de") or {}
    return {key: [str(v) for v in values] for key, values in data.items()}


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def _patterns(language: str) -> dict[str, Any]:
    cues = stamp_cues(language)
    times = _alternatives(cues.get("time_words", []))
    seps = "".join(re.escape(s) for s in cues.get("separators", []))
    weekday = rf"(?:{_alternatives(cues.get('weekdays', []))})"
    full_weekday = rf"(?:{_alternatives([w for w in cues.get('weekdays', []) if len(w) > 3])})"
    moment = (rf"(?:(?P<date>{DATE})|(?P<partial>{PARTIAL}))"
              rf"(?:\s*[,|·•–-]?\s*(?:(?:{times})\s+)?{TIME}(?:\s*(?:{times})\b\.?)?)?")
    labels = {"published": cues.get("published", []), "updated": cues.get("updated", [])}
    bylines = (language_data(language, "boilerplate", fallback="de") or {}).get("byline_prefixes", [])
    byline = _alternatives([str(b) for b in bylines])
    return {
        "labelled": re.compile(rf"(?P<label>{_alternatives(labels['published'] + labels['updated'])})"
                               rf"(?:\s*:\s*|\s+)(?:am\s+|vom\s+)?(?:{weekday}\w*,?\s+)?{moment}", re.IGNORECASE),
        "updated": re.compile(rf"(?:{_alternatives(labels['updated'])})$", re.IGNORECASE),
        "plain": re.compile(rf"(?:{weekday}\w*,?\s+)?{moment}", re.IGNORECASE),
        "byline": re.compile(rf"(?:{byline})\s+[^\d,|\n]{{2,60}}?\s*[,|]\s*(?:[^\d,|\n]{{2,40}}[,|]\s*)?{moment}"),
        "agency": re.compile(rf"\(\s*[A-Za-zÄÖÜäöü][\w/ -]{{0,14}}\)\s*[-–,]?\s*{moment}"),
        "weekday": re.compile(rf"\b{full_weekday}\w*\s*\(\s*(?P<date>{DATE})\s*\)", re.IGNORECASE),
        "rest": re.compile(rf"[\s{seps},.:–-]*"),
        "separators": tuple(cues.get("separators", [])),
        "time_words": re.compile(rf"\s*(?:{times})\b\.?", re.IGNORECASE),
    }


def find_stamps(text: str, language: str = "de") -> list[Stamp]:
    """Every stamp of ``text`` in text order (see the module docstring for the forms)."""
    pats = _patterns(language)
    stamps: list[Stamp] = []
    pos = 0
    for line in text.split("\n"):
        stamps.extend(_line_stamps(line, pos, pats))
        pos += len(line) + 1
    covered = [(s.start, s.end) for s in stamps]
    for match in pats["weekday"].finditer(text):
        if any(a <= match.start() < b for a, b in covered):
            continue
        stamp = _stamp("weekday", match, 0, text)
        if stamp is not None:
            stamps.append(stamp)
    return sorted(stamps, key=lambda s: s.start)


def stamp_spans(text: str, language: str = "de") -> list[tuple[int, int]]:
    """Spans of the stamps that are page metadata (every kind but ``weekday``); stamps of one line
    make one span with what stands between them ("Erstellt: ... | Aktualisiert: ...")."""
    spans: list[tuple[int, int]] = []
    for stamp in find_stamps(text, language):
        if stamp.kind == "weekday":
            continue
        if spans and "\n" not in text[spans[-1][1]:stamp.start]:
            spans[-1] = (spans[-1][0], stamp.end)
        else:
            spans.append((stamp.start, stamp.end))
    return spans


def _line_stamps(line: str, offset: int, pats: dict[str, Any]) -> list[Stamp]:
    """The stamps of one line, when the line is made of stamps (and a byline) and nothing else."""
    lead = len(line) - len(line.lstrip())
    found: list[Stamp] = []
    pos = lead
    for kind in ("byline", "agency"):
        match = pats[kind].match(line, pos)
        if match:
            stamp = _stamp(kind, match, offset, line)
            if stamp is None:
                return []
            pos = _after_time_words(line, match.end(), pats)
            found.append(_extended(stamp, line, offset, pos))
            break
    while True:
        gap = pats["rest"].match(line, pos)
        separated = any(ch in gap.group() for ch in pats["separators"])
        pos = gap.end()
        if pos >= len(line.rstrip()):
            break
        match = pats["labelled"].match(line, pos)
        kind = "labelled"
        if match is None and not found:
            match, kind = pats["plain"].match(line, pos), "plain"
        if match is None:
            # after a stamp, a short remainder set apart ("| Lesedauer 3 Minuten") is page furniture;
            # anything else makes the line running text
            rest = line[pos:].strip()
            if found and (len(rest.split()) <= MAX_REST_WORDS or separated):
                break
            return []
        if kind == "labelled":
            label = re.sub(r"\s+", " ", match.group("label"))
            kind = "updated" if pats["updated"].fullmatch(label) else "published"
        stamp = _stamp(kind, match, offset, line)
        if stamp is None:
            return []
        pos = _after_time_words(line, match.end(), pats)
        found.append(_extended(stamp, line, offset, pos))
    return found


def _extended(stamp: Stamp, line: str, offset: int, end: int) -> Stamp:
    """The stamp with the time words after it ("Uhr")."""
    end = len(line[:end].rstrip())
    return replace(stamp, end=offset + end, text=line[stamp.start - offset:end])


def _after_time_words(line: str, pos: int, pats: dict[str, Any]) -> int:
    words = pats["time_words"].match(line, pos)
    return words.end() if words else pos


def _stamp(kind: str, match: re.Match, offset: int, text: str, language: str = "de") -> Stamp | None:
    groups = match.groupdict()
    time = None
    if groups.get("hour") is not None:
        time = f"{int(groups['hour']):02d}:{groups['minute']}"
    end = match.end()
    if groups.get("partial"):
        month_day = _month_day(groups["partial"], language)
        if month_day is None or (kind == "plain" and time is None):
            return None  # "14. März" alone on a line may be a heading; with a time it is a stamp
        return Stamp(kind, offset + match.start(), offset + end, None, time, text[match.start():end], month_day)
    parsed = parse_written_date(match.group("date"))
    if parsed is None or parsed[1] != "day":
        return None
    return Stamp(kind, offset + match.start(), offset + end, parsed[0], time, text[match.start():end])


def _month_day(written: str, language: str) -> tuple[int, int] | None:
    """(month, day) of "14.03." or "14. März", when it is a day of the calendar."""
    found = re.match(r"(\d{1,2})\.\s?(?:(\d{1,2})\.|([^\W\d_]+))", written)
    if found is None:
        return None
    months = (language_data(language, "tables", fallback="de") or {}).get("months", {})
    month = int(found.group(2)) if found.group(2) else months.get(found.group(3).lower())
    day = int(found.group(1))
    try:
        dt.date(2000, int(month), day)  # a leap year: 29 February is a day
    except (TypeError, ValueError):
        return None
    return int(month), day


def first_and_update(stamps: list[Stamp]) -> tuple[Stamp | None, Stamp | None]:
    """The page's first publication (its earliest first-kind stamp) and last change (its latest
    update stamp, when later than the first publication)."""
    pages = [s for s in stamps if s.kind != "weekday" and s.day is not None]
    firsts = sorted((s for s in pages if s.first), key=lambda s: s.datetime)
    updates = sorted((s for s in pages if s.kind in UPDATE), key=lambda s: s.datetime)
    first = firsts[0] if firsts else None
    update = updates[-1] if updates else None
    if first is not None and update is not None and update.datetime <= first.datetime:
        update = None
    return first, update
