"""German rules for single days: written, numeric and ISO dates and their ranges, weekdays, feasts,
and the relative forms of each ("vergangenen Mittwoch", "heute vor einem Jahr").

Reads a match of a rule in :mod:`chrono.lang.de.rules_days` and the words of :mod:`chrono.lang.de.words`;
adds the builders that turn the match into a symbolic expression.
"""
from __future__ import annotations

import re

from chrono.lang.de.words import (
    DIRECTION_OFFSET,
    day_ordinals,
    direction_of,
    found,
    holiday_expr,
    month_of,
    neighbours,
    parse_number,
    tables,
    valid_date,
    weekday_of,
    year_of,
)
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found

_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def build_textual_date(m: re.Match[str], text: str) -> Found | None:
    day, year = int(m["d"]), year_of(m["y"])
    month = month_of(m["mon"])
    if not 1 <= day <= 31:
        return None
    if not valid_date(year or 2000, month, day):  # "31. Februar 2022", "31. April": no such day
        return Found(m.start(), m.end(), ex.NotTemporal())  # and not the month it names either
    start = m.start()
    if m["wd"] and m["wd"][0].islower():  # "so 12. Mai": not a weekday abbreviation
        start = m.start("d")
    end = m.end()
    if "(" in text[m.start():m.start("d")] and text[end:end + 1] == ")":  # "Donnerstag (13. Januar)"
        end += 1
    year_offset = DIRECTION_OFFSET[direction_of(m["yrel"]) or "this"] if m["yrel"] else None
    dow = weekday_of(m["wd"]) if m["wd"] and m["wd"][0].isupper() else None
    if m["wrel"] and m["wd"]:
        start = m.start("wrel")  # "kommendem Montag, 30. März"
    return Found(start, end, ex.Date(year, month, day, year_offset=year_offset, weekday=dow))


def build_ordinal_word_date(m: re.Match[str], text: str) -> Found | None:
    day = day_ordinals()[m["dw"].lower()]
    year = int(m["y"]) if m["y"] else None
    if not valid_date(year or 2000, month_of(m["mon"]), day):  # 2000 is a leap year: 29 February exists
        return found(m, ex.NotTemporal())
    return found(m, ex.Date(year, month_of(m["mon"]), day))


def build_shifted_day(m: re.Match[str], text: str) -> Found | None:
    """"heute vor einem Jahr", "Mittwoch in einer Woche", "Dienstag vor einer Woche": a day."""
    amount = parse_number(m["num"])
    if amount is None:
        return None
    base_word = m["base"].lower()
    base = ex.DayShift(tables()["day_words"][base_word]) if base_word in tables()["day_words"] \
        else ex.Weekday(weekday_of(m["base"]), "this")
    unit = {"w": "W", "j": "Y", "m": "M", "t": "D"}[m["unit"][0].lower()]
    sign = -1 if m["dir"].lower() == "vor" else 1
    day: ex.Expr
    if m["about"] or amount != int(amount):
        if unit != "W" or not isinstance(base, ex.Weekday):
            return None  # "heute vor gut einem Jahr": no particular day
        # "am Montag vor knapp zwei Wochen", "am Sonntag vor eineinhalb Wochen": the Monday nearest to
        # about fourteen days back, the Sunday nearest to ten, not a day of a calendar week
        day = ex.Offset(base, sign * round(7 * amount), "D", day_grain=True, counted_back=True)
    else:
        day = ex.Offset(base, sign * int(amount), unit, day_grain=True,
                        counted_back=unit == "D" and isinstance(base, ex.Weekday))
    if m["pod"]:  # "am Sonntagabend vor eineinhalb Wochen": the evening of that day
        day = ex.PartOfDay(day, tables()["parts_of_day"][m["pod"].lower()])
    return found(m, day)


def build_textual_range(m: re.Match[str], text: str) -> list[Found] | None:
    d1, d2 = int(m["d1"]), int(m["d2"])
    m2 = month_of(m["mon2"])
    m1 = month_of(m["mon1"]) if m["mon1"] else m2
    y2 = year_of(m["y2"])
    y1 = year_of(m["y1"]) or (y2 if (m1, d1) <= (m2, d2) else (y2 - 1 if y2 else None))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    first_end = m.end("y1") if m["y1"] else m.end("mon1") if m["mon1"] else m.start("d1") + len(m["d1"]) + 1
    first = ex.Date(y1, m1, d1, until=None if y1 else (m2, d2))
    second = ex.Date(y2, m2, d2) if y2 else ex.RangeEnd(first, m2, d2)
    separator = (m.groupdict().get("sep") or "-").lower()
    signal = None if separator in ("und", "/") else "bis"  # "am 12. und 13. Januar" is no range
    return [Found(m.start("d1"), first_end, first), Found(m.start("d2"), m.end(), second, signal=signal)]


def build_weekday_range(m: re.Match[str], text: str) -> list[Found]:
    group = "wd1" if m["wd1"] else "wd1b"
    first = ex.Weekday(weekday_of(m[group]))
    return [Found(m.start(group), m.end(group), first, signal="von" if group == "wd1" else "zwischen"),
            Found(m.start("wd2"), m.end("wd2"), ex.RangeEnd(first, dow=weekday_of(m["wd2"])), signal="bis")]


def build_numeric_date(m: re.Match[str], text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), year_of(m["y"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year and not valid_date(year, month, day):
        return None
    if not year and neighbours(m, text, before=False, count=1) and _DIGIT.match(text[m.end():m.end() + 1] or " "):
        return None
    start = m.start() if not (m["wd"] and m["wd"][0].islower()) else m.start("d")
    two_digit = bool(m["y"]) and len(m["y"].strip("'’")) == 2
    return Found(start, m.end(), ex.Date(year, month, day, two_digit_year=two_digit))


def build_numeric_range(m: re.Match[str], text: str) -> list[Found] | None:
    d1, d2, month2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
    month1 = int(m["m1"]) if m["m1"] else month2
    year = year_of(m["y"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= month1 <= 12 and 1 <= month2 <= 12):
        return None
    first_end = m.end("m1") + 1 if m["m1"] else m.start("d1") + len(m["d1"]) + 1
    first = ex.Date(year, month1, d1, until=None if year else (month2, d2))
    second = ex.Date(year, month2, d2) if year else ex.RangeEnd(first, month2, d2)
    separator = (m.groupdict().get("sep") or "-").lower()
    signal = None if separator in ("und", "/") else "bis"  # "am 12. und 13. Januar" is no range
    return [Found(m.start("d1"), first_end, first), Found(m.start("d2"), m.end(), second, signal=signal)]


def build_iso_date(m: re.Match[str], text: str) -> Found | None:
    year, month = int(m["y"]), int(m["m"])
    if not 1 <= month <= 12:
        return None
    if m["d"] is None:
        if month == (year + 1) % 100:  # "2011-12" is a span of years, not December 2011
            return None
        return Found(m.start(), m.end(), ex.Date(year, month))
    day = int(m["d"])
    return Found(m.start(), m.end(), ex.Date(year, month, day)) if valid_date(year, month, day) else None


INDEFINITE_ARTICLES = frozenset({"ein", "einem", "einen", "eines"})


def build_weekday(m: re.Match[str], text: str) -> Found | None:
    previous = neighbours(m, text, before=True, count=1)
    if previous and previous[-1] in tables()["name_titles"]:  # "Herr Freitag"
        return None
    direction = direction_of(m["rel"])
    if direction in ("after_next", "before_last"):  # "übernächsten Montag", "vorletzten Freitag"
        near = ex.Weekday(weekday_of(m["wd"]), "next" if direction == "after_next" else "last")
        return found(m, ex.Offset(near, 7 if direction == "after_next" else -7, "D"))
    direction = direction if direction in ("last", "next") else None  # "diesem Donnerstag" is a bare weekday
    part = m["pod"] or m["pod2"]
    if direction is None and not m["wk"] and previous and previous[-1] in INDEFINITE_ARTICLES:
        # "an einem Dienstag im März", "Es war ein Dienstag, der 27. Februar": some Tuesday, not
        # the last or next one (TimeML: XXXX-WXX-2)
        code = f"XXXX-WXX-{weekday_of(m['wd'])}"
        return found(m, ex.Ref(code + (f"T{tables()['parts_of_day'][part.lower()]}" if part else "")))
    week = DIRECTION_OFFSET[direction_of(m["wkrel"]) or "this"] if m["wk"] else None
    base: ex.Expr = ex.Weekday(weekday_of(m["wd"]), None if week is not None else direction, week)
    if part:
        base = ex.PartOfDay(base, tables()["parts_of_day"][part.lower()])
    return found(m, base)


def build_weekday_compound(m: re.Match[str], text: str) -> Found:
    """"am Abstimmungssonntag": the Sunday of the vote, a weekday like any other."""
    return found(m, ex.Weekday(weekday_of(m["wd"])))


AMBIGUOUS_HOLIDAYS = {"auffahrt", "silvester", "nationalfeiertag", "halloween", "himmelfahrt", "nikolaus"}


NAME_LIKE_HOLIDAYS = {"silvester", "nikolaus"}  # also first names: "Silvester Stallone"


def build_holiday(m: re.Match[str], text: str) -> Found | None:
    name = _SPACES.sub(" ", m["h"].lower())
    if name in AMBIGUOUS_HOLIDAYS and not (m["pre"] or m["y"] or m["det"]):
        return None
    following = neighbours(m, text, before=False, count=1)
    if name in NAME_LIKE_HOLIDAYS and following and following[0][0].isupper() and not m["y"]:
        return None
    if name == "heiligen abend" and not (m["det"] or m["pre"]):
        return None
    holiday = holiday_expr(m["h"], int(m["y"]) if m["y"] else None)
    rule = tables()["holidays"][name]
    if rule.get("whole_week"):  # "in der Karwoche": the week of Good Friday
        return found(m, ex.WeekOf(holiday, 0))
    part = rule.get("part")
    return found(m, ex.PartOfDay(holiday, part) if part else holiday)


def build_week_around_holiday(m: re.Match[str], text: str) -> Found:
    holiday = holiday_expr(m["h"], int(m["y"]) if m["y"] else None)
    return found(m, ex.WeekOf(holiday, -1 if m["dir"].lower() == "vor" else 1))


def build_offset_holiday(m: re.Match[str], text: str) -> Found | None:
    amount = parse_number(m["num"])
    if amount is None or amount != int(amount):
        return None
    unit = "W" if m["unit"].lower().startswith("woche") else "D"
    sign = -1 if m["dir"].lower() == "vor" else 1
    return found(m, ex.Offset(holiday_expr(m["h"], int(m["y"]) if m["y"] else None), sign * int(amount), unit))
