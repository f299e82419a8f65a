"""German wording for the timeline and the exports: UI labels from a YAML table, dates through babel.

The labels live in ``chrono/lang/de/labels.yaml``; dates are formatted by babel's CLDR data, so
"Mittwoch, 12. Januar 2022" and "1.–10. Dez. 2021" come from the library, not from a hand-made table.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from importlib import resources
from typing import Any

from babel.dates import format_date, format_interval, format_time

from chrono.lang.data import language_data, load_yaml

PART_OF_DAY = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")


@functools.cache
def labels(language: str = "de") -> dict[str, Any]:
    """The label table of ``language`` (only German ships today)."""
    text = resources.files("chrono").joinpath(f"lang/{language}/labels.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


def label(key: str, language: str = "de", **fields: Any) -> str:
    """A label by dotted key (``page.title``), with ``{fields}`` filled in."""
    node: Any = labels(language)
    for part in key.split("."):
        node = node[part]
    return str(node).format(**fields) if fields else str(node)


def locale(language: str = "de") -> str:
    return str(labels(language).get("locale", language))


def parse_moment(value: str | None) -> dt.datetime | None:
    """An ISO date or datetime from the chronology as a naive datetime; None when absent or unreadable."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=None)


def has_clock_time(value: str | None) -> bool:
    return bool(value and "T" in value)


def format_day(day: dt.date, language: str = "de") -> str:
    """``Mittwoch, 12. Januar 2022``."""
    return format_date(day, "full", locale=locale(language))


def format_short_day(day: dt.date, language: str = "de") -> str:
    """``12.01.2022``."""
    return format_date(day, "medium", locale=locale(language))


def format_published(value: str | None, language: str = "de") -> str:
    """A publication date at its own precision (``12.01.2022``, ``Januar 2022``, ``2022``)."""
    if not value:
        return label("page.source_unknown_date", language)
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return str(int(parts[0]))
        if len(parts) == 2:
            return format_date(dt.date(int(parts[0]), int(parts[1]), 1), "MMMM y", locale=locale(language))
    except ValueError:
        return value
    moment = parse_moment(value)
    return format_short_day(moment.date(), language) if moment else value


def _is_whole_year(start: dt.date, end: dt.date) -> bool:
    return (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)


def _is_whole_month(start: dt.date, end: dt.date) -> bool:
    last = calendar.monthrange(end.year, end.month)[1]
    return start.day == 1 and end.day == last


def format_span(start: dt.date, end: dt.date, language: str = "de") -> str:
    """An inclusive span of days as briefly as it is exact: ``2011–2018``, ``September–November 2021``,
    ``Dezember 2021``, ``1.–10. Dez. 2021``, or a single day."""
    loc = locale(language)
    if start == end:
        return format_day(start, language)
    if _is_whole_year(start, end):
        return str(start.year) if start.year == end.year else format_interval(start, end, "y", locale=loc)
    if _is_whole_month(start, end):
        if (start.year, start.month) == (end.year, end.month):
            return format_date(start, "MMMM y", locale=loc)
        return format_interval(start, end, "yMMMM", locale=loc)
    return format_interval(start, end, "yMMMd", locale=loc)


def _clock(moment: dt.datetime, language: str) -> str:
    return f"{format_time(moment.time(), 'HH:mm', locale=locale(language))} {label('date.time_suffix', language)}"


_UNIT_PATTERNS = (
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
    ("week", re.compile(r"^(\d{4})-W(\d{2})$")),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("half", re.compile(r"^(\d{4})-H([12])$")),
    ("season", re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")),
    ("year", re.compile(r"^(\d{4})$")),
)


def describe_unit(value: str, language: str = "de") -> str | None:
    """The calendar unit a TIMEX3 value names, in words (``Dezember 2021``, ``Herbst 2021``, ``KW 50/2021``)."""
    for unit, pattern in _UNIT_PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        year, part = int(match.group(1)), match.group(match.lastindex or 1)
        if unit == "month":
            return format_date(dt.date(year, int(part), 1), "MMMM y", locale=locale(language))
        if unit == "season":
            return f"{label('date.season.' + part, language)} {year}"
        if unit == "year":
            return str(year)
        return label(f"date.{unit}", language, year=year, **{unit: int(part)})
    return None


def describe_date(date: dict[str, Any], language: str = "de") -> str:
    """How the page names an event's date: the day in full, with the clock time or part of day where
    known; for anything coarser the unit that was said (with Anfang/Mitte/Ende) and the span of days."""
    earliest, latest = parse_moment(date.get("earliest")), parse_moment(date.get("latest"))
    value = str(date.get("value") or "")
    if earliest is None:
        refs = labels(language)["date"]["ref"]
        return refs.get(value) or describe_unit(value, language) or label("date.undated", language)
    latest = latest or earliest
    part = PART_OF_DAY.search(value)
    if part and earliest.date() == latest.date():
        return f"{format_day(earliest.date(), language)}, {label('date.partofday.' + part.group(1), language)}"
    if has_clock_time(date.get("earliest")) and earliest == latest:
        return f"{format_day(earliest.date(), language)}, {_clock(earliest, language)}"
    span = format_span(earliest.date(), latest.date(), language)
    if earliest.date() == latest.date():
        return span
    unit = describe_unit(value, language)
    mod = date.get("mod")
    mods = labels(language)["date"]["mod"]
    if mod in ("START", "MID", "END") and unit:
        return f"{mods[mod]} {unit} ({span})"
    text = f"{unit} ({span})" if unit and unit != span else span
    return f"{text}, {mods[mod]}" if mod in mods else text


def _number(amount: float, language: str) -> str:
    data = language_data(language, "findings")
    whole, half = int(amount), abs(amount - int(amount) - 0.5) < 1e-9
    if half and whole == 1:
        return data["one_and_a_half"]
    if amount == whole and 1 < whole < len(data["numbers"]):
        return data["numbers"][whole]
    if half and 1 < whole < len(data["numbers"]):
        return data["numbers"][whole] + data["half"]
    return f"{amount:g}".replace(".", ",")


def duration_words(value: str, mod: str | None = None, text: str = "", language: str = "de") -> str:
    """A TIMEX3 duration in words: ``PT5H`` with "fast" in the text -> "fast fünf Stunden"."""
    match = _DURATION.match(value or "")
    if not match or not any(match.groups()):
        return value
    amount, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    if match.group(3) and unit == "M":
        unit = "MIN"
    data = language_data(language, "findings")
    number = float(amount)
    singular, plural = data["units"][unit]
    phrase = f"{data['one'][unit]} {singular}" if number == 1 else f"{_number(number, language)} {plural}"
    said = set(re.findall(r"\w+", (text or "").lower()))
    events = language_data(language, "events")
    qualifiers = data["qualifiers"]
    if said & set(events["nearly"]):
        return f"{qualifiers['nearly']} {phrase}"
    if said & set(events["approx"]):
        return f"{qualifiers['approx']} {phrase}"
    return f"{qualifiers[mod]} {phrase}" if mod in qualifiers else phrase


def value_words(value: str | None, language: str = "de") -> str:
    """A TIMEX3 value as a reader says it: ``PT5H (LESS_THAN)`` -> "weniger als fünf Stunden",
    ``2022-01-10`` -> "Montag, 10. Januar 2022", ``2022-W02`` -> "KW 2/2022"."""
    text = str(value or "").strip()
    match = re.match(r"^(P\S+)(?: \((\w+)\))?$", text)
    if match:
        return duration_words(match.group(1), match.group(2), "", language)
    part = PART_OF_DAY.search(text)
    day_only = parse_moment(text[:10]) if part else None
    if day_only is not None and part is not None:
        return f"{format_day(day_only.date(), language)}, {label('date.partofday.' + part.group(1), language)}"
    moment = parse_moment(text) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else None
    if moment is not None:
        day = format_day(moment.date(), language)
        return f"{day}, {_clock(moment, language)}" if "T" in text and ":" in text else day
    return describe_date({"value": text}, language) if text else ""


def is_known_span(date: dict[str, Any]) -> bool:
    """True when a date is a stretch said from start to end ("von 2011 bis 2018"), not a vague one."""
    return "/" in str(date.get("value") or "")


def is_point(date: dict[str, Any]) -> bool:
    """True when an event is drawn as a marker: its date is one day or a clock time within one day."""
    earliest, latest = parse_moment(date.get("earliest")), parse_moment(date.get("latest"))
    if earliest is None:
        return False
    if latest is None or latest == earliest:
        return True
    if PART_OF_DAY.search(str(date.get("value") or "")):
        return False
    return not has_clock_time(date.get("earliest")) and earliest.date() == latest.date()


def plotly_locale(language: str = "de") -> dict[str, Any]:
    """A plotly.js locale object (months, weekdays, number format, toolbar strings) from CLDR and the table."""
    from babel import Locale

    cldr = Locale.parse(locale(language))
    months = [cldr.months["format"]["wide"][m] for m in range(1, 13)]
    short_months = [cldr.months["format"]["abbreviated"][m].rstrip(".") for m in range(1, 13)]
    # plotly counts weekdays from Sunday, CLDR from Monday (0) to Sunday (6)
    order = [6, 0, 1, 2, 3, 4, 5]
    days = [cldr.days["format"]["wide"][d] for d in order]
    short_days = [cldr.days["format"]["abbreviated"][d].rstrip(".") for d in order]
    return {
        "moduleType": "locale",
        "name": language,
        "dictionary": {k: v for k, v in labels(language)["toolbar"].items() if v},
        "format": {
            "days": days,
            "shortDays": short_days,
            "months": months,
            "shortMonths": short_months,
            "date": "%d.%m.%Y",
            "decimal": cldr.number_symbols["latn"]["decimal"],
            "thousands": cldr.number_symbols["latn"]["group"],
        },
    }
