"""Document mode: whether a text is news, told from its publication date, or a narrative that tells
the past year by year (a history, a portrait), and what that changes.

Reads the mentions found so far (:class:`~chrono.model.Mention`) and one just found
(:class:`~chrono.temporal.rules.Found`); adds :func:`choose_mode` (``auto`` decides from the years
a text names) and :func:`in_view_of_named_year` (a date without a year takes the year the text
last named: in a narrative wherever it was named, in news inside the same sentence).
"""
from __future__ import annotations

import datetime as dt
import re

from chrono.model import Mention
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found

MODES = ("news", "narrative", "auto")
# a narrative names at least this many years, two thirds of them this far before the publication date
NARRATIVE_MIN_YEARS = 4
NARRATIVE_YEARS_BACK = 10
_YEAR = re.compile(r"^(\d{4})")


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    return mode


def named_years(mentions: list[Mention]) -> list[int]:
    """The years the text names itself ("1956", "15. Juni 1956", "1921-2009"), in text order; a
    season across two years ("die Saison 2014/15") names neither."""
    out = []
    for m in mentions:
        if m.type == "DATE" and m.value and m.expr is not None and not m.expr.relative and "/" not in m.text:
            match = _YEAR.match(m.value)
            if match:
                out.append(int(match.group(1)))
    return out


def choose_mode(mentions: list[Mention], published: dt.date | None) -> tuple[str, str]:
    """``narrative`` when the text names several years and two thirds lie far before its publication
    date (or it has none), else ``news``; with the reason, in words."""
    years = named_years(mentions)
    if len(years) < NARRATIVE_MIN_YEARS:
        return "news", f"it names {len(years)} year(s); a narrative names at least {NARRATIVE_MIN_YEARS}"
    if published is None:
        return "narrative", f"it names {len(years)} years and has no publication date"
    far = [y for y in years if y <= published.year - NARRATIVE_YEARS_BACK]
    if 3 * len(far) > 2 * len(years):
        return "narrative", (f"{len(far)} of the {len(years)} years it names lie {NARRATIVE_YEARS_BACK} or more "
                             f"years before its publication date")
    return "news", (f"only {len(far)} of the {len(years)} years it names lie {NARRATIVE_YEARS_BACK} or more "
                    f"years before its publication date")


def _last_named(before: list[Mention], since: int) -> tuple[int, int | None] | None:
    """(year, month or None) of the last point in time the text named with its year, from ``since`` on."""
    for m in reversed(before):
        if m.start < since:
            return None
        if m.value in ("PRESENT_REF", "FUTURE_REF"):
            return None  # "bis heute": the text has come to the present
        if m.signal in ("seit", "bis"):
            continue  # "Seit 2019 ..., im März", "bis 2027": the year bounds a span, it dates nothing after it
        if m.type in ("DURATION", "SET") or m.value == "PAST_REF":
            continue  # "Vier Jahre lang", "täglich", "damals": no new point in time
        years = named_years([m])
        # the last date named decides: a year, or something else ("am Freitag", "bis heute", "die
        # 1980er-Jahre") after which that year is no longer in view
        if not years or m.grain not in ("year", "month", "day", "partofday", "minute", "season", "quarter", "half"):
            return None
        month = int(m.value[5:7]) if m.value and len(m.value) >= 7 and m.value[5:7].isdigit() else None
        return years[0], month
    return None


def _anchored(e: ex.Expr, year: int, month: int | None, narrative: bool) -> ex.Expr | None:
    """``e`` with the named year (and month) put where it said none, or None where it needs none."""
    if (isinstance(e, ex.Date) and e.year is None and e.month is not None and e.direction is None
            and e.year_offset is None and not e.two_digit_year):
        return ex.Date(year, e.month, e.day, until=e.until, weekday=e.weekday)
    if isinstance(e, ex.Season) and e.year is None and e.year_offset is None and e.offset is None:
        return ex.Season(e.season, year=year)
    if isinstance(e, (ex.Modified, ex.PartOfDay, ex.Clock, ex.Offset)) and e.base is not None:
        base = _anchored(e.base, year, month, narrative)  # "Ende Juni", "am Morgen des 6. Juni"
        if base is None:
            return None
        if isinstance(e, ex.Modified):
            return ex.Modified(base, e.mod)
        if isinstance(e, ex.Offset):
            return ex.Offset(base, e.amount, e.unit, e.day_grain)
        if isinstance(e, ex.PartOfDay):
            return ex.PartOfDay(base, e.part)
        return ex.Clock(e.hour, e.minute, base, e.next_day)
    if narrative and isinstance(e, ex.Unit) and e.direction is None:
        if e.unit == "year":  # "Ende des Jahres", "im folgenden Jahr": counted from the year in view
            return ex.Date(year + e.offset)
        if e.unit == "month" and e.offset == 0 and month is not None:  # "Ende des Monats"
            return ex.Date(year, month)
    return None


def in_view_of_named_year(f: Found, before: list[Mention], mode: str, sentence_start: int,
                          tense: str | None = None) -> Found | None:
    """A date without a year (day and month, month, season, and what is said of one: "Ende Juni",
    "am Morgen des 6. Juni") takes the year the text last named: in a narrative wherever it was
    named (where "Ende des Jahres", "im folgenden Jahr" and "Ende des Monats" count from it too;
    a plan, in the future tense, is told from the publication date, and "heute" set against the
    past is nowadays), in news only inside the same sentence ("den letzten Titel gab es 2011, als am
    14. Mai ...")."""
    e = f.expr
    if isinstance(e, ex.Date) and e.narrative_only and mode != "narrative":
        return None  # "1600" is a year where a history tells it ("Kepler ging 1600 nach Prag"), else a count
    if mode == "narrative" and tense == "future":
        mode = "news"
    if mode == "narrative" and isinstance(e, ex.DayShift) and e.days == 0:
        return Found(f.start, f.end, ex.Ref("PRESENT_REF"), f.mod, f.signal)  # "Heute trägt ein Hörsaal ihren Namen"
    if isinstance(e, (ex.Date, ex.Season)) and not e.relative:
        return f
    narrative = mode == "narrative"
    named = _last_named(before, 0 if narrative else sentence_start)
    if named is None:
        return f
    anchored = _anchored(e, named[0], named[1], narrative)
    return f if anchored is None else Found(f.start, f.end, anchored, f.mod, f.signal)
