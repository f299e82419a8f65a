"""Resolution: a pure function of (symbolic expression, reference date, tense) -> TimeValue.

Nothing here reads the clock. ``tense`` is "past", "present", "future" or None; an expression
whose direction is open (a bare weekday, a month without a year) looks backwards unless the
sentence speaks of the future (or, in the present tense, of what is about to happen).
"""
from __future__ import annotations

import datetime as dt
from functools import singledispatch

from dateutil.relativedelta import relativedelta

from chrono.errors import ResolutionError
from chrono.model import TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal import expr as ex

Anchor = dt.date | dt.datetime | str

UNIT_GRAIN = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second",
              "DE": "decade", "CE": "century"}
SMALLER_UNIT = {"Y": ("M", 12), "DE": ("Y", 10), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
TIME_UNITS = {"H", "MIN", "S"}


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


def looks_ahead(tense: str | None) -> bool:
    return tense in ("future", "present")


def resolve(expression: ex.Expr, anchor: Anchor, tense: str | None = None) -> TimeValue:
    """Resolve ``expression`` against the reference date ``anchor`` for a sentence in ``tense``."""
    day, moment = as_anchor(anchor)
    return _resolve(expression, _Context(day, moment, tense))


class _Context:
    __slots__ = ("day", "moment", "tense")

    def __init__(self, day: dt.date, moment: dt.datetime | None, tense: str | None):
        self.day, self.moment, self.tense = day, moment, tense

    @property
    def ahead(self) -> bool:
        return looks_ahead(self.tense)


def _date_value(value: str, grain: str, start: dt.date, end: dt.date, mod: str | None = None) -> TimeValue:
    return TimeValue("DATE", value, grain, mod, start.isoformat(), end.isoformat())


def _pick(candidates: list[tuple[dt.date, dt.date]], ctx: _Context) -> tuple[dt.date, dt.date]:
    """Among spans, the latest that has begun by the reference day, or (looking ahead) the
    earliest that has not ended before it; with no tense at all, the nearest."""
    candidates = sorted(candidates)
    if ctx.tense is None:
        return min(candidates, key=lambda c: max((c[0] - ctx.day).days, (ctx.day - c[1]).days, 0))
    if ctx.ahead:
        return next((c for c in candidates if c[1] >= ctx.day), candidates[-1])
    return next((c for c in reversed(candidates) if c[0] <= ctx.day), candidates[0])


@singledispatch
def _resolve(expression: ex.Expr, ctx: _Context) -> TimeValue:
    raise ResolutionError(f"cannot resolve {expression!r}")


@_resolve.register
def _(e: ex.Date, ctx: _Context) -> TimeValue:
    year = e.year if e.year is not None else (ctx.day.year + e.year_offset if e.year_offset is not None else None)
    if year is None and e.direction == "this":
        year = ctx.day.year
    if year is not None:
        if e.month is None:
            start, end = cal.year_span(year)
            return _date_value(f"{year:04d}", "year", start, end)
        if e.day is None:
            start, end = cal.month_span(year, e.month)
            return _date_value(f"{year:04d}-{e.month:02d}", "month", start, end)
        day = dt.date(year, e.month, e.day)
        return _date_value(day.isoformat(), "day", day, day)
    years = range(ctx.day.year - 1, ctx.day.year + 2)
    if e.direction in ("last", "next") and e.day is None and e.month is not None:
        spans = sorted(cal.month_span(y, e.month) for y in years)
        this_month = ctx.day.replace(day=1)
        if e.direction == "last":
            start, end = max(s for s in spans if s[0] < this_month)
        else:
            start, end = min(s for s in spans if s[0] > this_month)
        return _date_value(f"{start.year:04d}-{start.month:02d}", "month", start, end)
    if e.month is None:  # a day of the month alone: "am 10."
        months = [ctx.day + relativedelta(months=k) for k in (-1, 0, 1)]
        spans = [(d.replace(day=e.day),) * 2 for d in months if e.day <= cal.month_end(d.year, d.month).day]
        start, _ = _pick(spans, ctx)
        return _date_value(start.isoformat(), "day", start, start)
    if e.day is None:
        start, end = _pick([cal.month_span(y, e.month) for y in years], ctx)
        return _date_value(f"{start.year:04d}-{start.month:02d}", "month", start, end)
    spans = []
    for y in years:
        try:
            first = dt.date(y, e.month, e.day)
        except ValueError:
            continue
        last = first
        if e.until is not None:  # the whole range decides: one that holds the reference day is current
            last = dt.date(y + (1 if e.until < (e.month, e.day) else 0), *e.until)
        spans.append((first, last))
    if e.weekday is not None:  # "Freitag, dem 13. Oktober": only a year in which it is a Friday
        spans = [s for s in spans if s[0].isoweekday() == e.weekday] or spans
    start, _ = _pick(spans, ctx)
    return _date_value(start.isoformat(), "day", start, start)


@_resolve.register
def _(e: ex.RangeEnd, ctx: _Context) -> TimeValue:
    first = dt.date.fromisoformat(_resolve(e.start, ctx).earliest[:10])
    if e.dow is not None:
        day = first + dt.timedelta(days=(e.dow - first.isoweekday()) % 7)
        return _date_value(day.isoformat(), "day", day, day)
    assert e.month is not None
    year = first.year + (1 if (e.month, e.day or 31) < (first.month, first.day) else 0)
    return _resolve(ex.Date(year, e.month, e.day), ctx)


@_resolve.register
def _(e: ex.DayShift, ctx: _Context) -> TimeValue:
    day = ctx.day + dt.timedelta(days=e.days)
    return _date_value(day.isoformat(), "day", day, day)


def weekday_date(e: ex.Weekday, ctx: _Context) -> dt.date:
    today = ctx.day.isoweekday()
    if e.week is not None:
        return cal.week_monday(ctx.day) + dt.timedelta(weeks=e.week, days=e.dow - 1)
    if e.direction == "this":
        return cal.week_monday(ctx.day) + dt.timedelta(days=e.dow - 1)
    back = (today - e.dow) % 7
    ahead = (e.dow - today) % 7
    if e.direction == "last":
        return ctx.day - dt.timedelta(days=back or 7)
    if e.direction == "next":
        return ctx.day + dt.timedelta(days=ahead or 7)
    if ctx.ahead:
        return ctx.day + dt.timedelta(days=ahead)
    return ctx.day - dt.timedelta(days=back)


@_resolve.register
def _(e: ex.Weekday, ctx: _Context) -> TimeValue:
    day = weekday_date(e, ctx)
    return _date_value(day.isoformat(), "day", day, day)


def _weekend(e: ex.Unit, ctx: _Context) -> TimeValue:
    this_saturday = cal.week_monday(ctx.day) + dt.timedelta(days=5)
    in_weekend = ctx.day >= this_saturday
    if e.direction == "last":
        saturday = this_saturday - dt.timedelta(weeks=1)
    elif e.direction == "next":
        saturday = this_saturday + dt.timedelta(weeks=1 if in_weekend else 0)
    elif e.direction == "this" or ctx.ahead or in_weekend:
        saturday = this_saturday + dt.timedelta(weeks=e.offset)
    else:
        saturday = this_saturday - dt.timedelta(weeks=1)
    return _date_value(f"{cal.week_value(saturday)}-WE", "weekend", saturday, saturday + dt.timedelta(days=1))


def unit_value(unit: str, offset: int, day: dt.date) -> TimeValue:
    """The week/month/year/quarter/half holding ``day``, moved by ``offset`` units."""
    if unit == "week":
        start, end = cal.week_span(day + dt.timedelta(weeks=offset))
        return _date_value(cal.week_value(start), "week", start, end)
    if unit == "month":
        first = day.replace(day=1) + relativedelta(months=offset)
        start, end = cal.month_span(first.year, first.month)
        return _date_value(f"{start.year:04d}-{start.month:02d}", "month", start, end)
    if unit == "year":
        start, end = cal.year_span(day.year + offset)
        return _date_value(f"{start.year:04d}", "year", start, end)
    if unit == "quarter":
        index = day.year * 4 + (day.month - 1) // 3 + offset
        year, quarter = divmod(index, 4)
        start, end = cal.quarter_span(year, quarter + 1)
        return _date_value(f"{year:04d}-Q{quarter + 1}", "quarter", start, end)
    if unit == "decade":
        first = (day.year // 10 + offset) * 10
        return _date_value(f"{first // 10:03d}", "decade", dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
    if unit == "half":
        index = day.year * 2 + (day.month - 1) // 6 + offset
        year, half = divmod(index, 2)
        start, end = cal.half_span(year, half + 1)
        return _date_value(f"{year:04d}-H{half + 1}", "half", start, end)
    raise ResolutionError(f"unknown unit {unit!r}")


@_resolve.register
def _(e: ex.Unit, ctx: _Context) -> TimeValue:
    if e.unit == "weekend":
        return _weekend(e, ctx)
    return unit_value(e.unit, e.offset, ctx.day)


def _season_spans(season: str, ctx: _Context) -> list[tuple[int, dt.date, dt.date]]:
    return [(y, *cal.season_span(y, season)) for y in range(ctx.day.year - 2, ctx.day.year + 2)]


@_resolve.register
def _(e: ex.Season, ctx: _Context) -> TimeValue:
    if e.year is not None or e.year_offset is not None:
        year = e.year if e.year is not None else ctx.day.year + e.year_offset
    else:
        spans = _season_spans(e.season, ctx)
        if e.offset is None:
            start, _ = _pick([(s, t) for _, s, t in spans], ctx)
            year = next(y for y, s, _ in spans if s == start)
        elif e.offset < 0:
            year = max(y for y, _, t in spans if t < ctx.day)
        elif e.offset > 0:
            year = min(y for y, s, _ in spans if s > ctx.day)
        else:
            current = [y for y, s, t in spans if s <= ctx.day <= t]
            year = current[0] if current else (ctx.day.year - 1 if e.season == "WI" and ctx.day.month <= 2
                                                else ctx.day.year)
    start, end = cal.season_span(year, e.season)
    return _date_value(f"{year:04d}-{e.season}", "season", start, end)


@_resolve.register
def _(e: ex.Part, ctx: _Context) -> TimeValue:
    span = cal.quarter_span if e.kind == "quarter" else cal.half_span
    letter = "Q" if e.kind == "quarter" else "H"
    if e.year is not None or e.year_offset is not None:
        year = e.year if e.year is not None else ctx.day.year + e.year_offset
    elif ctx.tense == "past":  # a quarter or half reported in the past is one that has ended
        year = max(y for y in range(ctx.day.year - 2, ctx.day.year + 1) if span(y, e.number)[1] < ctx.day)
    else:
        spans = {span(y, e.number): y for y in range(ctx.day.year - 1, ctx.day.year + 2)}
        year = spans[_pick(list(spans), ctx)]
    start, end = span(year, e.number)
    return _date_value(f"{year:04d}-{letter}{e.number}", e.kind, start, end)


@_resolve.register
def _(e: ex.Decade, ctx: _Context) -> TimeValue:
    digits = e.digits
    if len(digits) < 3:  # "die 90er": the latest such decade that has begun
        decade = int(digits) // 10
        century = ctx.day.year // 100
        if century * 100 + decade * 10 > ctx.day.year:
            century -= 1
        elif ctx.tense == "past" and century * 100 + decade * 10 > ctx.day.year - 10:
            century -= 1  # "In den Zwanzigerjahren war Berlin ...": not the decade still running
        digits = f"{century:02d}{decade}"
    first = int(digits) * 10
    return _date_value(digits, "decade", dt.date(first, 1, 1), dt.date(first + 9, 12, 31))


@_resolve.register
def _(e: ex.Century, ctx: _Context) -> TimeValue:
    first = (e.number - 1) * 100
    return _date_value(f"{e.number - 1:02d}", "century", dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31))


def _holiday_day(e: ex.Holiday, ctx: _Context, rule: tuple[tuple[str, int], ...] | None = None) -> dt.date:
    rule_map = dict(rule or e.rule)
    if e.year is not None or e.year_offset is not None:
        return cal.feast(e.year if e.year is not None else ctx.day.year + e.year_offset, rule_map)
    # Which year's feast the sentence means is decided on the feast itself, not on a derived day.
    main = dict(e.rule)
    spans = {(cal.feast(y, main),) * 2: y for y in range(ctx.day.year - 1, ctx.day.year + 2)}
    year = spans[_pick(list(spans), ctx)]
    return cal.feast(year, rule_map)


@_resolve.register
def _(e: ex.Holiday, ctx: _Context) -> TimeValue:
    day = _holiday_day(e, ctx)
    return _date_value(day.isoformat(), "day", day, day)


def _point(e: ex.Expr, ctx: _Context) -> dt.date:
    """The single day an expression stands for (its first day when it spans more)."""
    return dt.date.fromisoformat(_resolve(e, ctx).earliest[:10])


@_resolve.register
def _(e: ex.WeekOf, ctx: _Context) -> TimeValue:
    if isinstance(e.base, ex.Holiday) and e.base.week_rule:
        day = _holiday_day(e.base, ctx, e.base.week_rule)
    else:
        day = _point(e.base, ctx)
    return unit_value("week", e.offset, day)


def _split_amount(amount: float, unit: str) -> tuple[float, str]:
    """2.5 years -> (30, "M"); whole amounts stay in their unit; 1.5 months stay 1.5 months."""
    while not float(amount).is_integer() and unit in SMALLER_UNIT:
        unit, factor = SMALLER_UNIT[unit]
        amount *= factor
    return amount, unit


@_resolve.register
def _(e: ex.Ahead, ctx: _Context) -> TimeValue:
    if ctx.tense == "past":  # "in zwei Wochen wurden ..." = within two weeks
        return _resolve(ex.Duration(e.amount, e.unit), ctx)
    if e.amount is None:
        return TimeValue("DATE", "FUTURE_REF")
    return _resolve(ex.Shift(e.amount, e.unit), ctx)


@_resolve.register
def _(e: ex.Shift, ctx: _Context) -> TimeValue:
    if e.amount is None:
        return TimeValue("DATE", "PAST_REF")
    exact, unit = _split_amount(e.amount, e.unit)
    amount = round(exact)
    if unit in TIME_UNITS:
        if ctx.moment is None:
            return _date_value(ctx.day.isoformat(), "day", ctx.day, ctx.day)
        step = {"H": dt.timedelta(hours=amount), "MIN": dt.timedelta(minutes=amount),
                "S": dt.timedelta(seconds=amount)}[unit]
        moment = ctx.moment + step
        text = moment.strftime("%Y-%m-%dT%H:%M" if unit != "H" else "%Y-%m-%dT%H")
        return TimeValue("TIME", text, UNIT_GRAIN[unit], None, moment.isoformat(timespec="minutes"),
                         moment.isoformat(timespec="minutes"))
    if unit in ("DE", "CE"):
        amount, unit = amount * (10 if unit == "DE" else 100), "Y"
    day = cal.shift(ctx.day, amount, unit)
    grain = {"Y": "year", "M": "month", "W": "week", "D": "day"}[unit]
    return unit_value(grain, 0, day) if grain != "day" else _date_value(day.isoformat(), "day", day, day)


@_resolve.register
def _(e: ex.Anaphor, ctx: _Context) -> TimeValue:
    if e.previous is None:
        raise ResolutionError("an anaphor needs the date mentioned before it")
    if e.keep_grain and e.unit == "Y" and e.previous_value and e.previous_value[:4].isdigit():
        return _shift_years(e.previous_value, e.amount, ctx)
    if e.weekday is not None:
        day = e.previous + dt.timedelta(days=(e.weekday - e.previous.isoweekday()) % 7 or 7)
        return _date_value(day.isoformat(), "day", day, day)
    day = cal.shift(e.previous, e.amount, "D" if e.unit == "W" else e.unit) if e.unit != "W" else \
        e.previous + dt.timedelta(weeks=e.amount)
    if e.unit in ("D", "W"):
        return _date_value(day.isoformat(), "day", day, day)
    return unit_value({"M": "month", "Y": "year"}[e.unit], 0, day)


def _shift_years(value: str, years: int, ctx: _Context) -> TimeValue:
    """A value moved by whole years, as precise as it was: 2024-06 -> 2023-06, 2024-Q2 -> 2023-Q2."""
    year = int(value[:4]) + years
    rest = value[4:]
    if rest.startswith(("-Q", "-H")):
        return _resolve(ex.Part("quarter" if rest[1] == "Q" else "half", int(rest[2]), year), ctx)
    if rest.startswith("-W") and rest[2:4].isdigit():
        start = dt.date.fromisocalendar(year, min(int(rest[2:4]), 52), 1)
        return unit_value("week", 0, start)
    parts = [int(p) for p in rest.split("-")[1:3] if p.isdigit()]
    return _resolve(ex.Date(year, *parts), ctx)


@_resolve.register
def _(e: ex.Offset, ctx: _Context) -> TimeValue:
    day = cal.shift(_point(e.base, ctx), e.amount, e.unit)
    if e.unit == "D" or e.day_grain:
        return _date_value(day.isoformat(), "day", day, day)
    return unit_value({"W": "week", "M": "month", "Y": "year"}[e.unit], 0, day)


@_resolve.register
def _(e: ex.PartOfDay, ctx: _Context) -> TimeValue:
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
def _(e: ex.Clock, ctx: _Context) -> TimeValue:
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
def _(e: ex.WeekNumber, ctx: _Context) -> TimeValue:
    def monday(year: int) -> dt.date:
        return dt.date.fromisocalendar(year, e.week, 1)

    years = [y for y in range(ctx.day.year - 1, ctx.day.year + 2) if e.week <= dt.date(y, 12, 28).isocalendar()[1]]
    if e.year is not None:
        year = e.year
    else:
        spans = {(monday(y), monday(y) + dt.timedelta(days=6)): y for y in years}
        year = spans[_pick(list(spans), ctx)]
    start = monday(year)
    return _date_value(f"{year:04d}-W{e.week:02d}", "week", start, start + dt.timedelta(days=6))


@_resolve.register
def _(e: ex.Modified, ctx: _Context) -> TimeValue:
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
    return _date_value(base.value, base.grain, start, end, e.mod)


def _modified_span(base: TimeValue, mod: str) -> tuple[dt.date, dt.date]:
    start = dt.date.fromisoformat(base.earliest[:10])
    end = dt.date.fromisoformat(base.latest[:10])
    return cal.sub_interval(start, end, mod, base.grain)


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: (2.5, "Y") -> "P30M"; (None, "D") -> "PXD"; (4, "H") -> "PT4H"."""
    if amount is None:
        return ("PTX" if unit in TIME_UNITS else "PX") + ("M" if unit == "MIN" else unit)
    number, unit = _split_amount(amount, unit)
    number_text = f"{number:g}"
    letter = "M" if unit == "MIN" else unit
    return f"PT{number_text}{letter}" if unit in TIME_UNITS else f"P{number_text}{letter}"


@_resolve.register
def _(e: ex.Duration, ctx: _Context) -> TimeValue:
    return TimeValue("DURATION", duration_value(e.amount, e.unit), UNIT_GRAIN.get(e.unit, e.unit))


@_resolve.register
def _(e: ex.CompoundDuration, ctx: _Context) -> TimeValue:
    date_part = "".join(f"{amount:g}{unit}" for amount, unit in e.parts if unit not in TIME_UNITS)
    time_part = "".join(f"{amount:g}{'M' if unit == 'MIN' else unit}" for amount, unit in e.parts if unit in TIME_UNITS)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return TimeValue("DURATION", value, UNIT_GRAIN.get(e.parts[-1][1], e.parts[-1][1]))


@_resolve.register
def _(e: ex.Recurrence, ctx: _Context) -> TimeValue:
    return TimeValue("SET", e.value)


@_resolve.register
def _(e: ex.Ref, ctx: _Context) -> TimeValue:
    return TimeValue("DATE", e.value, None)
