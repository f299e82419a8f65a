"""Resolution: a pure function of (symbolic expression, reference date, tense) -> TimeValue.

Nothing here reads the clock. ``tense`` is "past", "present", "future" or None; an expression
whose direction is open (a bare weekday, a month without a year) looks backwards unless the
sentence speaks of the future (or, in the present tense, of what is about to happen).

Reads an expression of :mod:`chrono.temporal.expr` and a reference date (:data:`Anchor`); adds
:func:`resolve`, which sends each kind of expression to its resolver. Periods counted from the
reference day alone come from :mod:`chrono.temporal.periods`, duration values from
:mod:`chrono.temporal.durations`; the expressions built on another one (range ends, offsets,
anaphors, weeks of, parts of day, clock times, modifiers) are resolved here.
"""
from __future__ import annotations

import datetime as dt
from functools import singledispatch

from chrono.errors import ResolutionError
from chrono.model import TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal import expr as ex
from chrono.temporal.durations import UNIT_GRAIN, compound_duration_value, duration_value
from chrono.temporal.periods import (
    Reference,
    date_value,
    holiday_day,
    resolve_century,
    resolve_date,
    resolve_day_shift,
    resolve_decade,
    resolve_holiday,
    resolve_millennium,
    resolve_part,
    resolve_season,
    resolve_shift,
    resolve_unit,
    resolve_week_number,
    resolve_weekday,
    unit_value,
)

Anchor = dt.date | dt.datetime | str


def as_anchor(anchor: Anchor) -> tuple[dt.date, dt.datetime | None]:
    """Split a reference date into its day and, where one was given, its time."""
    if isinstance(anchor, str):
        try:
            anchor = dt.datetime.fromisoformat(anchor) if "T" in anchor else dt.date.fromisoformat(anchor)
        except ValueError:
            raise ResolutionError(f"not an ISO date: {anchor!r}", fix="give the reference date as YYYY-MM-DD") from None
    if isinstance(anchor, dt.datetime):
        return anchor.date(), anchor
    if isinstance(anchor, dt.date):
        return anchor, None
    raise ResolutionError(f"not a date: {anchor!r}", fix="give the reference date as YYYY-MM-DD")


def resolve(expression: ex.Expr, anchor: Anchor, tense: str | None = None) -> TimeValue:
    """Resolve ``expression`` against the reference date ``anchor`` for a sentence in ``tense``."""
    day, moment = as_anchor(anchor)
    try:
        return _resolve(expression, Reference(day, moment, tense))
    except (ValueError, OverflowError, IndexError):  # "30.2.", a weekday before 1 January of year 1
        raise ResolutionError(f"{expression!r} names no day of the calendar for the reference {day}") from None


@singledispatch
def _resolve(expression: ex.Expr, ctx: Reference) -> TimeValue:
    raise ResolutionError(f"cannot resolve {expression!r}")


# expressions that need nothing resolved before them: periods counted from the reference day
_resolve.register(ex.Date, resolve_date)
_resolve.register(ex.DayShift, resolve_day_shift)
_resolve.register(ex.Weekday, resolve_weekday)
_resolve.register(ex.Unit, resolve_unit)
_resolve.register(ex.Season, resolve_season)
_resolve.register(ex.Part, resolve_part)
_resolve.register(ex.Decade, resolve_decade)
_resolve.register(ex.Century, resolve_century)
_resolve.register(ex.Millennium, resolve_millennium)
_resolve.register(ex.Holiday, resolve_holiday)
_resolve.register(ex.Shift, resolve_shift)
_resolve.register(ex.WeekNumber, resolve_week_number)


@_resolve.register
def _(e: ex.RangeEnd, ctx: Reference) -> TimeValue:
    first = _first_day(_resolve(e.start, ctx))
    if e.dow is not None:
        day = first + dt.timedelta(days=(e.dow - first.isoweekday()) % 7)
        return date_value(day.isoformat(), "day", day, day)
    assert e.month is not None
    year = first.year + (1 if (e.month, e.day or 31) < (first.month, first.day) else 0)
    return _resolve(ex.Date(year, e.month, e.day), ctx)


def _point(e: ex.Expr, ctx: Reference) -> dt.date:
    """The single day an expression stands for (its first day when it spans more)."""
    return _first_day(_resolve(e, ctx))


@_resolve.register
def _(e: ex.WeekOf, ctx: Reference) -> TimeValue:
    if isinstance(e.base, ex.Holiday) and e.base.week_rule:
        day = holiday_day(e.base, ctx, e.base.week_rule)
    else:
        day = _point(e.base, ctx)
    return unit_value("week", e.offset, day)


@_resolve.register
def _(e: ex.Ahead, ctx: Reference) -> TimeValue:
    if ctx.tense == "past":  # "in zwei Wochen wurden ..." = within two weeks
        return _resolve(ex.Duration(e.amount, e.unit), ctx)
    if e.amount is None:
        return TimeValue("DATE", "FUTURE_REF")
    return _resolve(ex.Shift(e.amount, e.unit), ctx)


@_resolve.register
def _(e: ex.Anaphor, ctx: Reference) -> TimeValue:
    if e.previous is None:
        raise ResolutionError("an anaphor needs the date mentioned before it")
    if e.keep_grain and e.unit == "Y" and e.previous_value and e.previous_value[:4].isdigit():
        return _shift_years(e.previous_value, e.amount, ctx)
    if e.weekday is not None:
        day = e.previous + dt.timedelta(days=(e.weekday - e.previous.isoweekday()) % 7 or 7)
        return date_value(day.isoformat(), "day", day, day)
    day = cal.shift(e.previous, e.amount, "D" if e.unit == "W" else e.unit) if e.unit != "W" else \
        e.previous + dt.timedelta(weeks=e.amount)
    if e.unit in ("D", "W"):
        return date_value(day.isoformat(), "day", day, day)
    return unit_value({"M": "month", "Y": "year"}[e.unit], 0, day)


def _shift_years(value: str, years: int, ctx: Reference) -> TimeValue:
    """A value moved by whole years, as precise as it was: 2024-06 -> 2023-06, 2024-Q2 -> 2023-Q2."""
    year = int(value[:4]) + years
    rest = value[4:]
    if rest.startswith(("-Q", "-H")):
        return _resolve(ex.Part("quarter" if rest[1] == "Q" else "half", int(rest[2]), year), ctx)
    if rest.startswith("-W") and rest[2:4].isdigit():
        start = dt.date.fromisocalendar(year, min(int(rest[2:4]), 52), 1)
        return unit_value("week", 0, start)
    parts = [int(p) for p in rest.split("-")[1:3] if p.isdigit()]
    month, day = (parts + [None, None])[:2]
    return _resolve(ex.Date(year, month, day), ctx)


@_resolve.register
def _(e: ex.Offset, ctx: Reference) -> TimeValue:
    if e.counted_back and isinstance(e.base, ex.Weekday):
        # "am Dienstag vor zwölf Tagen": the day that many days back, the named weekday nearest to it
        back = cal.shift(ctx.day, e.amount, "D")
        day = back + dt.timedelta(days=(e.base.dow - back.isoweekday() + 3) % 7 - 3)
        return date_value(day.isoformat(), "day", day, day)
    day = cal.shift(_point(e.base, ctx), e.amount, e.unit)
    if e.unit == "D" or e.day_grain:
        return date_value(day.isoformat(), "day", day, day)
    return unit_value({"W": "week", "M": "month", "Y": "year"}[e.unit], 0, day)


@_resolve.register
def _(e: ex.PartOfDay, ctx: Reference) -> TimeValue:
    if e.base is None:
        day = ctx.day - dt.timedelta(days=1) if e.part == "NI" and ctx.tense == "past" else ctx.day
    else:
        day = _point(e.base, ctx)
    first, last = cal.PARTS_OF_DAY[e.part]
    start = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=first)
    end = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=last, minutes=59)
    return TimeValue("TIME", f"{day.isoformat()}T{e.part}", "partofday", None,
                     start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes"))


@_resolve.register
def _(e: ex.Clock, ctx: Reference) -> TimeValue:
    day = ctx.day if e.base is None else _point(e.base, ctx)
    if e.hour == 24:  # midnight at the end of the day: "T24:00", the first minute of the next day
        start = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).isoformat(timespec="minutes")
        return TimeValue("TIME", f"{day.isoformat()}T24:00", "minute", None, start, start)
    if e.next_day:
        day += dt.timedelta(days=1)
    moment = dt.datetime.combine(day, dt.time(e.hour, e.minute))
    text = moment.isoformat(timespec="minutes")
    return TimeValue("TIME", text, "minute", None, text, text)


@_resolve.register
def _(e: ex.DaylessClock, ctx: Reference) -> TimeValue:
    return TimeValue("TIME", f"T{e.hour:02d}:{e.minute:02d}", "minute")


@_resolve.register
def _(e: ex.Modified, ctx: Reference) -> TimeValue:
    base = _resolve(e.base, ctx)
    start, end = _modified_span(base, e.mod)
    # "Ende des Jahres" said in a past sentence early in a year means the year before; a plan for
    # "Anfang des Monats" made late in a month means the next one.
    if isinstance(e.base, ex.Unit) and e.base.unit != "weekend" and e.base.offset == 0:
        step = -1 if (not ctx.ahead and ctx.tense and start > ctx.day) else 1 if (ctx.ahead and end < ctx.day) else 0
        if step:
            base = unit_value(e.base.unit, e.base.offset + step, ctx.day)
            start, end = _modified_span(base, e.mod)
    if base.type == "TIME":
        return TimeValue(base.type, base.value, base.grain, e.mod, base.earliest, base.latest)
    return date_value(base.value, base.grain, start, end, e.mod)


def _first_day(value: TimeValue) -> dt.date:
    if value.earliest is None:
        raise ResolutionError(f"{value.value} has no first day")
    return dt.date.fromisoformat(value.earliest[:10])


def _last_day(value: TimeValue) -> dt.date:
    if value.latest is None:
        raise ResolutionError(f"{value.value} has no last day")
    return dt.date.fromisoformat(value.latest[:10])


def _modified_span(base: TimeValue, mod: str) -> tuple[dt.date, dt.date]:
    start, end = _first_day(base), _last_day(base)
    return cal.sub_interval(start, end, mod, base.grain)


@_resolve.register
def _(e: ex.Duration, ctx: Reference) -> TimeValue:
    return TimeValue("DURATION", duration_value(e.amount, e.unit), UNIT_GRAIN.get(e.unit, e.unit))


@_resolve.register
def _(e: ex.CompoundDuration, ctx: Reference) -> TimeValue:
    last_unit = e.parts[-1][1]
    return TimeValue("DURATION", compound_duration_value(e.parts), UNIT_GRAIN.get(last_unit, last_unit))


@_resolve.register
def _(e: ex.Recurrence, ctx: Reference) -> TimeValue:
    return TimeValue("SET", e.value)


@_resolve.register
def _(e: ex.Ref, ctx: Reference) -> TimeValue:
    return TimeValue("DATE", e.value, None)
