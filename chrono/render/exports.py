"""A chronology in other tools' formats: TimelineJS3 JSON, CSV (one row per event and source), iCalendar.

TimelineJS renders headlines and texts as HTML, so article text is escaped there too. The CSV keeps the
text as written, except that a cell starting with ``=``, ``+``, ``-`` or ``@`` gets a leading apostrophe
so that a spreadsheet shows it rather than running it as a formula.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import json
from typing import Any

from icalendar import Calendar, Event

from chrono.render.labels import describe_date, format_published, has_clock_time, label, parse_moment
from chrono.render.layout import source_sentences

FORMATS = ("timelinejs", "csv", "ics")
CSV_COLUMNS = (
    "event_id", "date_value", "date_type", "grain", "mod", "earliest", "latest", "date_text", "status", "title",
    "places", "actors", "findings", "document", "outlet", "published", "words", "mention_value", "dated_by",
    "sentence",
)
_FORMULA_STARTS = ("=", "+", "-", "@")


def export(chronology: dict[str, Any], fmt: str, *, language: str = "de") -> str | bytes:
    """The chronology in ``fmt`` (timelinejs, csv: text; ics: bytes)."""
    if fmt == "timelinejs":
        return json.dumps(to_timelinejs(chronology, language=language), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(chronology, language=language)
    if fmt == "ics":
        return to_ics(chronology, language=language)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _places(event: dict[str, Any]) -> list[str]:
    return [str(loc["name"]) for loc in event.get("locations") or [] if loc and loc.get("name")]


def _outlet(source: dict[str, Any], language: str) -> str:
    return str(source.get("outlet") or label("page.source_unknown_outlet", language))


# ---------------------------------------------------------------- TimelineJS3

def _tl_date(moment: dt.datetime, with_time: bool, display: str | None = None) -> dict[str, Any]:
    date: dict[str, Any] = {"year": moment.year, "month": moment.month, "day": moment.day}
    if with_time:
        date.update(hour=moment.hour, minute=moment.minute)
    if display:
        date["display_date"] = display
    return date


def _sentences(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Every sentence that reports the event: each source entry and the statements nested under it."""
    return [s for source in event.get("sources") or [] for s in source_sentences(source)]


def _tl_text(event: dict[str, Any], language: str) -> str:
    parts = []
    for source in _sentences(event):
        words = (source.get("mention") or {}).get("text") or ""
        published = format_published(source.get("published"), language)
        parts.append(f"<li><b>{html.escape(_outlet(source, language))}</b> ({html.escape(published)}): "
                     f"„{html.escape(words)}“ – {html.escape(str(source.get('sentence') or ''))}</li>")
    text = f"<p>{html.escape(label('exports.sources', language))}:</p><ul>{''.join(parts)}</ul>"
    if event.get("findings"):
        text += f"<p>⚠ {html.escape(label('exports.findings', language))}: {html.escape(', '.join(event['findings']))}</p>"
    return text


def _tl_event(event: dict[str, Any], language: str) -> dict[str, Any] | None:
    date = event.get("date") or {}
    earliest, latest = parse_moment(date.get("earliest")), parse_moment(date.get("latest"))
    if earliest is None:
        return None
    with_time = has_clock_time(date.get("earliest"))
    display = describe_date(date, language)
    item: dict[str, Any] = {
        "unique_id": str(event.get("id")),
        "start_date": _tl_date(earliest, with_time, display),
        "text": {"headline": html.escape(str(event.get("title") or "")), "text": _tl_text(event, language)},
        "group": _places(event)[0] if _places(event) else label("lanes.no_place", language),
        "display_date": display,
    }
    if latest is not None and latest != earliest:
        item["end_date"] = _tl_date(latest, has_clock_time(date.get("latest")))
    return item


def to_timelinejs(chronology: dict[str, Any], *, language: str = "de") -> dict[str, Any]:
    """TimelineJS3 JSON: one slide per dated event, grouped by place, the title slide naming the sources."""
    events = [e for e in (_tl_event(ev, language) for ev in chronology.get("events") or []) if e]
    outlets = sorted({str(d.get("source")) for d in chronology.get("documents") or [] if d.get("source")}, key=str.casefold)
    return {
        "title": {"text": {"headline": html.escape(label("page.title", language)),
                           "text": html.escape(", ".join(outlets))}},
        "events": events,
    }


# ---------------------------------------------------------------- CSV

def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_rows(chronology: dict[str, Any], *, language: str = "de") -> list[dict[str, str]]:
    """The CSV's rows: one per event and source sentence, a source's nested statements included
    (an event without sources gets one row)."""
    rows = []
    for event in chronology.get("events") or []:
        date = event.get("date") or {}
        base = {
            "event_id": event.get("id"), "date_value": date.get("value"), "date_type": date.get("type"),
            "grain": date.get("grain"), "mod": date.get("mod"), "earliest": date.get("earliest"),
            "latest": date.get("latest"), "date_text": describe_date(date, language), "status": event.get("status"),
            "title": event.get("title"), "places": "; ".join(_places(event)),
            "actors": "; ".join(str(a.get("name")) for a in event.get("actors") or [] if a and a.get("name")),
            "findings": "; ".join(event.get("findings") or []),
        }
        for source in _sentences(event) or [{}]:
            mention = source.get("mention") or {}
            row = dict(base, document=source.get("document"), outlet=source.get("outlet"),
                       published=source.get("published"), words=mention.get("text"),
                       mention_value=mention.get("value"), dated_by=source.get("dated_by"),
                       sentence=source.get("sentence"))
            rows.append({column: _cell(row.get(column)) for column in CSV_COLUMNS})
    return rows


def to_csv(chronology: dict[str, Any], *, language: str = "de") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_rows(chronology, language=language))
    return buffer.getvalue()


# ---------------------------------------------------------------- iCalendar

def _stamp(chronology: dict[str, Any]) -> dt.datetime:
    """DTSTAMP from the data, not the clock, so the same chronology always gives the same file:
    the latest publication date among the documents, else the latest event date."""
    published = [parse_moment((d.get("published") or {}).get("value")) for d in chronology.get("documents") or []]
    dated = [parse_moment((e.get("date") or {}).get("latest")) for e in chronology.get("events") or []]
    known = [m for m in published if m is not None] or [m for m in dated if m is not None]
    return (max(known) if known else dt.datetime(1970, 1, 1)).replace(tzinfo=dt.UTC)


def _uid(event: dict[str, Any]) -> str:
    digest = hashlib.sha1(json.dumps([event.get("id"), event.get("title"), event.get("date")],
                                     sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
    return f"{event.get('id')}-{digest}@chrono"


def _description(event: dict[str, Any], language: str) -> str:
    date = event.get("date") or {}
    lines = []
    earliest, latest = date.get("earliest"), date.get("latest")
    if earliest != latest:
        lines.append(label("exports.approximate_note", language, span=describe_date(date, language)))
    lines.append(f"{label('exports.sources', language)}:")
    for source in _sentences(event):
        words = (source.get("mention") or {}).get("text") or ""
        published = format_published(source.get("published"), language)
        lines.append(f"- {_outlet(source, language)} ({published}): „{words}“ – {source.get('sentence') or ''}")
    if event.get("findings"):
        lines.append(f"{label('exports.findings', language)}: {', '.join(event['findings'])}")
    return "\n".join(lines)


def _vevent(event: dict[str, Any], stamp: dt.datetime, language: str) -> Event | None:
    date = event.get("date") or {}
    earliest, latest = parse_moment(date.get("earliest")), parse_moment(date.get("latest"))
    if earliest is None:
        return None
    latest = max(latest or earliest, earliest)
    item = Event()
    item.add("uid", _uid(event))
    item.add("dtstamp", stamp)
    status = event.get("status")
    prefix = f"({label('status.' + status, language)}) " if status in ("planned", "expected") else ""
    item.add("summary", prefix + str(event.get("title") or ""))
    if has_clock_time(date.get("earliest")):
        item.add("dtstart", earliest)
        if latest > earliest:
            item.add("dtend", latest)
    else:
        item.add("dtstart", earliest.date())
        item.add("dtend", latest.date() + dt.timedelta(days=1))
    if _places(event):
        item.add("location", ", ".join(_places(event)))
    item.add("description", _description(event, language))
    item.add("status", "TENTATIVE" if status in ("planned", "expected") else "CONFIRMED")
    return item


def to_ics(chronology: dict[str, Any], *, language: str = "de") -> bytes:
    """iCalendar: one VEVENT per dated event; all-day (DATE values) unless a clock time is known."""
    calendar = Calendar()
    calendar.add("prodid", f"-//chrono//chrono {(chronology.get('generator') or {}).get('version', '')}//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", label("exports.calendar_name", language))
    stamp = _stamp(chronology)
    for event in chronology.get("events") or []:
        item = _vevent(event, stamp, language)
        if item is not None:
            calendar.add_component(item)
    return calendar.to_ical()
