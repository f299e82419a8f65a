"""Calendar periods: the day, week, month, quarter, season, year or longer period a symbolic date
stands for, counted from a reference day.

Reads an expression of :mod:`chrono.temporal.expr` that needs nothing resolved before it, and a
:class:`Reference` (the reference day, its time if known, and the tense of the sentence); adds its
:class:`~chrono.model.TimeValue`, and the calendar arithmetic (weeks, units, feasts) that
:mod:`chrono.temporal.resolve` builds on.
"""
from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from chrono.errors import ResolutionError
from chrono.model import TimeValue
from chrono.temporal import calendar as cal
from chrono.temporal import expr as ex
from chrono.temporal.durations import TIME_UNITS, UNIT_GRAIN, split_amount


def looks_ahead(tense: str | None) -> bool:
    return tense in ("future", "present")


class Reference:
    """What an expression is resolved against: the reference day, its moment (if given) and the tense."""

    __slots__ = ("day", "moment", "tense")

    def __init__(self, day: dt.date, moment: dt.datetime | None, tense: str | None):
        self.day, self.moment, self.tense = day, moment, tense

    @property
    def ahead(self) -> bool:
        return looks_ahead(self.tense)


def years_around(day: dt.date, before: int, after: int) -> range:
    """The years from ``before`` years before ``day``'s to ``after`` years after it, within 1..9999."""
    return range(max(dt.MINYEAR, day.year - before), min(dt.MAXYEAR, day.year + after) + 1)


def date_value(value: str, grain: str | None, start: dt.date, end: dt.date, mod: str | None = None) -> TimeValue:
    return TimeValue("DATE", value, grain, mod, start.isoformat(), end.isoformat())


# The tense is evidence, not proof: a reading this close to the reference day on the other side
# beats one this far away on the tense's side ("war für den 20. Februar angesetzt", said on 9 February).
NEAR_OTHER_SIDE_DAYS = 45
FAR_TENSE_SIDE_DAYS = 240
NEAR_BEFORE_A_PLAN_DAYS = 10  # a plan or the present ("soll am 20. Dezember") looks back only days, not weeks


def _distance(span: tuple[dt.date, dt.date], day: dt.date) -> int:
    return max((span[0] - day).days, (day - span[1]).days, 0)


def _pick(candidates: list[tuple[dt.date, dt.date]], ctx: Reference) -> tuple[dt.date, dt.date]:
    """Among spans, the latest that has begun by the reference day, or (looking ahead) the
    earliest that has not ended before it; with no tense at all, the nearest. A reading the tense
    puts most of a year away gives way to one a few weeks away on the other side (the verb dates
    the report: "Die Termine am 8. Jänner standen fest"); in a plan or the present, to one a few days back."""
    candidates = sorted(candidates)
    nearest = min(candidates, key=lambda c: _distance(c, ctx.day))
    if ctx.tense is None:
        return nearest
    if ctx.ahead:
        chosen = next((c for c in candidates if c[1] >= ctx.day), candidates[-1])
    else:
        chosen = next((c for c in reversed(candidates) if c[0] <= ctx.day), candidates[0])
    near = NEAR_OTHER_SIDE_DAYS if ctx.tense == "past" else NEAR_BEFORE_A_PLAN_DAYS
    if (_distance(nearest, ctx.day) <= near
            and _distance(chosen, ctx.day) >= FAR_TENSE_SIDE_DAYS):
        return nearest
    return chosen


def resolve_date(e: ex.Date, ctx: Reference) -> TimeValue:
    year = e.year if e.year is not None else (ctx.day.year + (e.year_offset or 0) if e.year_offset is not None else None)
    if e.two_digit_year and year is not None and year > ctx.day.year + 1:
        year -= 100  # "ein Foto vom 20.7.44", written in 2025: 1944
    if year is None and e.direction == "this":
        year = ctx.day.year
    if year is not None:
        if e.month is None:
            start, end = cal.year_span(year)
            return date_value(f"{year:04d}", "year", start, end)
        if e.day is None:
            start, end = cal.month_span(year, e.month)
            return date_value(f"{year:04d}-{e.month:02d}", "month", start, end)
        day = dt.date(year, e.month, e.day)
        return date_value(day.isoformat(), "day", day, day)
    years = years_around(ctx.day, 1, 1)
    if e.direction in ("last", "next") and e.day is None and e.month is not None:
        spans = sorted(cal.month_span(y, e.month) for y in years)
        this_month = ctx.day.replace(day=1)
        if e.direction == "last":
            start, end = max(s for s in spans if s[0] < this_month)
        else:
            start, end = min(s for s in spans if s[0] > this_month)
        return date_value(f"{start.year:04d}-{start.month:02d}", "month", start, end)
    if e.month is None:  # a day of the month alone: "am 10."
        assert e.day is not None  # a Date names a year, a month or a day
        months = [ctx.day + relativedelta(months=k) for k in (-1, 0, 1)]
        spans = [(d.replace(day=e.day),) * 2 for d in months if e.day <= cal.month_end(d.year, d.month).day]
        start, _ = _pick(spans, ctx)
        return date_value(start.isoformat(), "day", start, start)
    if e.day is None:
        start, end = _pick([cal.month_span(y, e.month) for y in years], ctx)
        return date_value(f"{start.year:04d}-{start.month:02d}", "month", start, end)
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
    return date_value(start.isoformat(), "day", start, start)


def resolve_day_shift(e: ex.DayShift, ctx: Reference) -> TimeValue:
    day = ctx.day + dt.timedelta(days=e.days)
    return date_value(day.isoformat(), "day", day, day)


def weekday_date(e: ex.Weekday, ctx: Reference) -> dt.date:
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


def resolve_weekday(e: ex.Weekday, ctx: Reference) -> TimeValue:
    day = weekday_date(e, ctx)
    return date_value(day.isoformat(), "day", day, day)


def _weekend(e: ex.Unit, ctx: Reference) -> TimeValue:
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
    return date_value(f"{cal.week_value(saturday)}-WE", "weekend", saturday, saturday + dt.timedelta(days=1))


def unit_value(unit: str, offset: int, day: dt.date) -> TimeValue:
    """The week/month/year/quarter/half holding ``day``, moved by ``offset`` units."""
    if unit == "week":
        start, end = cal.week_span(day + dt.timedelta(weeks=offset))
        return date_value(cal.week_value(start), "week", start, end)
    if unit == "month":
        first = day.replace(day=1) + relativedelta(months=offset)
        start, end = cal.month_span(first.year, first.month)
        return date_value(f"{start.year:04d}-{start.month:02d}", "month", start, end)
    if unit == "year":
        start, end = cal.year_span(day.year + offset)
        return date_value(f"{start.year:04d}", "year", start, end)
    if unit == "quarter":
        index = day.year * 4 + (day.month - 1) // 3 + offset
        year, quarter = divmod(index, 4)
        start, end = cal.quarter_span(year, quarter + 1)
        return date_value(f"{year:04d}-Q{quarter + 1}", "quarter", start, end)
    if unit == "decade":
        decade = (day.year // 10 + offset) * 10
        return date_value(f"{decade // 10:03d}", "decade", dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31))
    if unit == "half":
        index = day.year * 2 + (day.month - 1) // 6 + offset
        year, half = divmod(index, 2)
        start, end = cal.half_span(year, half + 1)
        return date_value(f"{year:04d}-H{half + 1}", "half", start, end)
    raise ResolutionError(f"unknown unit {unit!r}")


def resolve_unit(e: ex.Unit, ctx: Reference) -> TimeValue:
    if e.unit == "weekend":
        return _weekend(e, ctx)
    return unit_value(e.unit, e.offset, ctx.day)


def _season_spans(season: str, ctx: Reference) -> list[tuple[int, dt.date, dt.date]]:
    return [(y, *cal.season_span(y, season)) for y in years_around(ctx.day, 2, 1)]


def resolve_season(e: ex.Season, ctx: Reference) -> TimeValue:
    if e.year is not None or e.year_offset is not None:
        year = e.year if e.year is not None else ctx.day.year + (e.year_offset or 0)
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
    return date_value(f"{year:04d}-{e.season}", "season", start, end)


def resolve_part(e: ex.Part, ctx: Reference) -> TimeValue:
    span = cal.quarter_span if e.kind == "quarter" else cal.half_span
    letter = "Q" if e.kind == "quarter" else "H"
    if e.year is not None or e.year_offset is not None:
        year = e.year if e.year is not None else ctx.day.year + (e.year_offset or 0)
    elif ctx.tense == "past":  # a quarter or half reported in the past is one that has ended
        year = max(y for y in years_around(ctx.day, 2, 0) if span(y, e.number)[1] < ctx.day)
    else:
        spans = {span(y, e.number): y for y in years_around(ctx.day, 1, 1)}
        year = spans[_pick(list(spans), ctx)]
    start, end = span(year, e.number)
    return date_value(f"{year:04d}-{letter}{e.number}", e.kind, start, end)


def resolve_decade(e: ex.Decade, ctx: Reference) -> TimeValue:
    digits = e.digits
    if e.offset is not None:  # "im vergangenen Jahrzehnt"
        digits = f"{ctx.day.year // 10 + e.offset:03d}"
    elif len(digits) < 3:  # "die 90er": the latest such decade that has begun
        decade = int(digits) // 10
        century = ctx.day.year // 100
        if century * 100 + decade * 10 > ctx.day.year:
            century -= 1
        elif ctx.tense == "past" and century * 100 + decade * 10 > ctx.day.year - 10:
            century -= 1  # "In den Zwanzigerjahren war Berlin ...": not the decade still running
        digits = f"{century:02d}{decade}"
    first = int(digits) * 10
    return date_value(digits, "decade", dt.date(first, 1, 1), dt.date(first + 9, 12, 31))


def resolve_century(e: ex.Century, ctx: Reference) -> TimeValue:
    number = e.number if e.number is not None else ctx.day.year // 100 + 1 + e.offset
    first = (number - 1) * 100
    return date_value(f"{number - 1:02d}", "century", dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31))


def resolve_millennium(e: ex.Millennium, ctx: Reference) -> TimeValue:
    first = (e.number - 1) * 1000
    return date_value(f"{e.number - 1}", "millennium", dt.date(max(first, 1), 1, 1), dt.date(first + 999, 12, 31))


def holiday_day(e: ex.Holiday, ctx: Reference, rule: tuple[tuple[str, int], ...] | None = None) -> dt.date:
    rule_map = dict(rule or e.rule)
    if e.year is not None or e.year_offset is not None:
        return cal.feast(e.year if e.year is not None else ctx.day.year + (e.year_offset or 0), rule_map)
    # Which year's feast the sentence means is decided on the feast itself, not on a derived day.
    main = dict(e.rule)
    spans = {(cal.feast(y, main),) * 2: y for y in years_around(ctx.day, 1, 1)}
    year = spans[_pick(list(spans), ctx)]
    return cal.feast(year, rule_map)


def resolve_holiday(e: ex.Holiday, ctx: Reference) -> TimeValue:
    day = holiday_day(e, ctx)
    return date_value(day.isoformat(), "day", day, day)


def resolve_shift(e: ex.Shift, ctx: Reference) -> TimeValue:
    if e.amount is None:
        return TimeValue("DATE", "PAST_REF")
    # "vor eineinhalb Wochen": ten days back, not 252 hours
    exact, unit = split_amount(e.amount, e.unit, finest=None if e.unit in TIME_UNITS else "D")
    amount = round(exact)
    if unit in TIME_UNITS:
        if ctx.moment is None:
            return date_value(ctx.day.isoformat(), "day", ctx.day, ctx.day)
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
    return unit_value(grain, 0, day) if grain != "day" else date_value(day.isoformat(), "day", day, day)


def resolve_week_number(e: ex.WeekNumber, ctx: Reference) -> TimeValue:
    def monday(year: int) -> dt.date:
        return dt.date.fromisocalendar(year, e.week, 1)

    years = [y for y in years_around(ctx.day, 1, 1) if e.week <= dt.date(y, 12, 28).isocalendar()[1]]
    if e.year is not None:
        year = e.year
    else:
        spans = {(monday(y), monday(y) + dt.timedelta(days=6)): y for y in years}
        year = spans[_pick(list(spans), ctx)]
    start = monday(year)
    return date_value(f"{year:04d}-W{e.week:02d}", "week", start, start + dt.timedelta(days=6))
