"""Clock times that belong to no single day: "jeweils 20 Uhr", "wochentags von 14 bis 18 Uhr",
"am 25. und 26. August von 10 bis 18 Uhr". Such a time is said of every day in view, so it takes
no date: TIMEX3 ``T20:00``, as annotated corpora (KRAUTS) write it.

Reads the matches the rules kept (:class:`~chrono.temporal.rules.Found`, in text order) and the
text; adds :func:`mark_dayless`, which gives those clock times a :class:`~chrono.temporal.expr.DaylessClock`,
and :func:`before_publication`: a past-tense time later than the moment of publication was the day before;
:func:`hour_in_part_of_day` puts a clock hour said with an evening part of the day past noon. For a
clock time said without a day, :func:`day_named_by` gives the day an earlier mention names and
:func:`in_a_report_clause` tells a mention that only dates a statement.
"""
from __future__ import annotations

import datetime as dt
import re

from chrono.model import Mention
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found, Language

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# words right before a clock time that say it holds on each of several days
_EACH_DAY = re.compile(r"(?<![\w])(?:jeweils|wochentags|werktags|täglich|montags|dienstags|mittwochs|donnerstags|"
                       r"freitags|samstags|sonntags)\s+(?:(?:von|ab|um|bis|zwischen)\s+)?$", re.IGNORECASE)
_LIST_JOINER = re.compile(r"\s*(?:,|und|sowie|,\s*und)\s*(?:am\s+)?", re.IGNORECASE)
_TIME_JOINER = re.compile(r"\s*,?\s*(?:(?:von|ab|um|bis|zwischen|jeweils)\s+)*", re.IGNORECASE)
_RANGE_JOINER = re.compile(r"\s*(?:-|–|bis|und)\s*", re.IGNORECASE)


def before_publication(f: Found, tense: str | None, moment: dt.datetime | None) -> Found:
    """A past-tense clock time with no day in view, later in the day than the moment of publication
    ("Stand: 07:40 Uhr ... Gegen 22.45 Uhr wurde die Feuerwehr alarmiert"), was the evening before."""
    e = f.expr
    if (tense == "past" and moment is not None and isinstance(e, ex.Clock) and e.base is None
            and (e.hour, e.minute) > (moment.hour, moment.minute)):
        return Found(f.start, f.end, ex.Clock(e.hour, e.minute, ex.DayShift(-1)), f.mod, f.signal)
    return f


def _free_clock(e: ex.Expr) -> bool:
    return isinstance(e, ex.Clock) and e.base is None


def _one_day(e: ex.Expr) -> bool:
    return isinstance(e, ex.Date) and e.day is not None


def mark_dayless(text: str, founds: list[Found]) -> list[Found]:
    """``founds`` with each clock time that is said of several days made day-less."""
    out = list(founds)
    for i, f in enumerate(out):
        if not _free_clock(f.expr):
            continue
        before = text[max(0, f.start - 30):f.start]
        previous = out[i - 1] if i else None
        gap = text[previous.end:f.start] if previous else before
        dayless = bool(_EACH_DAY.search(before))
        if previous is not None and not dayless:
            if isinstance(previous.expr, ex.Recurrence) and _TIME_JOINER.fullmatch(gap):
                dayless = True  # "wochentags von 14 Uhr", "jeden Montag um 19 Uhr"
            elif isinstance(previous.expr, ex.DaylessClock) and _RANGE_JOINER.fullmatch(gap):
                dayless = True  # the end of a range whose start has no day
            elif (i >= 2 and _one_day(previous.expr) and _one_day(out[i - 2].expr)
                  and _LIST_JOINER.fullmatch(text[out[i - 2].end:previous.start]) and _TIME_JOINER.fullmatch(gap)):
                dayless = True  # "am 25. und 26. August von 10 bis 18 Uhr": on each of the days
        if dayless:
            out[i] = Found(f.start, f.end, ex.DaylessClock(f.expr.hour, f.expr.minute), f.mod, f.signal)  # type: ignore[attr-defined]
    return out


def hour_in_part_of_day(hour: int, day: ex.Expr) -> int:
    """A clock hour said with an afternoon, evening or late-night part of the day is past noon:
    "kurz nach neun Uhr am Dienstagabend" is 21:00, "Mittwochnacht um 10 Uhr" 22:00; in the small
    hours of a night ("in der Nacht auf Mittwoch gegen 2 Uhr") and in the morning it stays."""
    part = day.part if isinstance(day, ex.PartOfDay) else None
    if 1 <= hour <= 11 and (part in ("AF", "EV") or (part == "NI" and hour >= 8)):
        return hour + 12
    return hour


def day_named_by(m: Mention) -> ex.Expr:
    """The expression of the day a mention names ("Samstag" in "am Samstagabend"), so that what is dated
    by it stays as relative as it is; a fixed date where it has none."""
    e = m.expr
    while isinstance(e, (ex.PartOfDay, ex.Clock)) and e.base is not None:
        e = e.base
    if e is None or isinstance(e, (ex.PartOfDay, ex.Clock)):
        named = m.value if m.value and _ISO_DAY.match(m.value) else m.earliest
        day = dt.date.fromisoformat(named[:10])  # type: ignore[index]  # "T24:00" belongs to its own day
        return ex.Date(day.year, day.month, day.day)
    return e


def in_a_report_clause(lg: Language, text: str, m: Mention) -> bool:
    """Whether the mention dates a statement ("wie die Polizei am Montagmorgen mitteilte")."""
    if lg.reporting_verb is None:
        return False
    lo = max(text.rfind(",", 0, m.start), text.rfind(".", 0, m.start), m.start - 60) + 1
    hi_candidates = [i for i in (text.find(",", m.end), text.find(".", m.end)) if i != -1]
    hi = min(hi_candidates + [m.end + 60])
    return bool(lg.reporting_verb.search(text, lo, hi))
