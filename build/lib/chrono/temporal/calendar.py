"""Calendar arithmetic: ISO weeks, months, seasons, quarters, movable feasts, parts of the day.

Everything here is pure: dates in, dates out.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

Day = dt.date

# Seasons as (first month, number of months); winter starts in December of its year.
SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Parts of the day: (first hour, last hour) on the day itself; a night runs into the next day.
PARTS_OF_DAY = {"MO": (6, 11), "MI": (11, 13), "AF": (12, 17), "EV": (18, 23), "NI": (22, 29), "DT": (8, 18)}


def month_end(year: int, month: int) -> Day:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[Day, Day]:
    return dt.date(year, month, 1), month_end(year, month)


def year_span(year: int) -> tuple[Day, Day]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def iso_week(day: Day) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


def week_monday(day: Day) -> Day:
    return day - dt.timedelta(days=day.weekday())


def week_span(day: Day) -> tuple[Day, Day]:
    monday = week_monday(day)
    return monday, monday + dt.timedelta(days=6)


def week_value(day: Day) -> str:
    year, week = iso_week(day)
    return f"{year}-W{week:02d}"


def season_span(year: int, season: str) -> tuple[Day, Day]:
    first = SEASONS[season]
    start = dt.date(year, first, 1)
    last = start + relativedelta(months=3) - dt.timedelta(days=1)
    return start, last


def quarter_span(year: int, quarter: int) -> tuple[Day, Day]:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


def half_span(year: int, half: int) -> tuple[Day, Day]:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))


def feast(year: int, rule: dict) -> Day:
    """A holiday in ``year`` from its rule: a fixed day ``{"month", "day"}``, an Easter offset
    ``{"easter"}``, the n-th weekday of a month ``{"month", "weekday", "nth"}`` (plus ``"offset"`` days:
    Black Friday is the day after the fourth Thursday of November), or ``{"advent": n}``."""
    if "easter" in rule:
        return easter(year) + dt.timedelta(days=int(rule["easter"]))
    if "advent" in rule:  # the fourth Advent is the last Sunday before Christmas Day
        christmas = dt.date(year, 12, 25)
        fourth = christmas - dt.timedelta(days=christmas.isoweekday() % 7 or 7)
        return fourth - dt.timedelta(weeks=4 - int(rule["advent"]))
    if "nth" in rule:
        first = dt.date(year, int(rule["month"]), 1)
        day = first + dt.timedelta(days=(int(rule["weekday"]) - first.isoweekday()) % 7, weeks=int(rule["nth"]) - 1)
        return day + dt.timedelta(days=int(rule.get("offset", 0)))
    return dt.date(year, int(rule["month"]), int(rule["day"]))


def sub_interval(start: Day, end: Day, mod: str, unit: str | None = None) -> tuple[Day, Day]:
    """The part of [start, end] that "Anfang" (START), "Mitte" (MID) or "Ende" (END) refers to.

    A month splits at the 10th and 20th; a year into thirds by month (Jan-Apr, May-Aug, Sep-Dec);
    anything else into thirds by day.
    """
    if unit == "month":
        cuts = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}
        first, last = cuts[mod]
        return start.replace(day=first), start.replace(day=last)
    if unit == "year":
        months = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return dt.date(start.year, months[0], 1), month_end(start.year, months[1])
    days = (end - start).days + 1
    third = max(1, -(-days // 3))
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "END":
        return end - dt.timedelta(days=third - 1), end
    inner = days // 3
    return start + dt.timedelta(days=inner), end - dt.timedelta(days=inner)


def shift(day: Day, amount: int, unit: str) -> Day:
    """Move ``day`` by ``amount`` units (Y, M, W, D)."""
    if unit == "Y":
        return day + relativedelta(years=amount)
    if unit == "M":
        return day + relativedelta(months=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit == "D":
        return day + dt.timedelta(days=amount)
    raise ValueError(unit)
