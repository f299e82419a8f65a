"""A chronology in other tools' formats: TimelineJS3 JSON, CSV (one row per event and source), iCalendar.

Reads a chronology dict; adds :func:`export` and one function per format. Sources are named by outlet,
else title, else a short file name (:mod:`chrono.render.names`); findings appear in words.

TimelineJS renders headlines and texts as HTML, so article text is escaped there too. The CSV starts with
a UTF-8 byte order mark (so spreadsheet programs read it as UTF-8) and keeps the text as written, except
that a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe
so that a spreadsheet shows it rather than running it as a formula. In the calendar, clock times are
local times in Europe/Berlin (zoneinfo, with the VTIMEZONE included); a fuzzy date longer than a couple
of weeks becomes one all-day entry on its first day with a note, not a years-long event.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from chrono.render.labels import describe_date, format_published, has_clock_time, label, labels, parse_moment
from chrono.render.layout import source_sentences
from chrono.render.names import document_label, source_label
from chrono.render.safe_text import csv_cell, visible_everywhere

FORMATS = ("timelinejs", "csv", "ics")
CSV_COLUMNS = (
    "event_id", "date_value", "date_type", "grain", "mod", "earliest", "latest", "date_text", "status", "title",
    "places", "actors", "findings", "document", "outlet", "published", "words", "mention_value", "dated_by",
    "sentence", "url",
)
BOM = "\ufeff"
TIMEZONE = "Europe/Berlin"
LONGEST_CALENDAR_SPAN = 14  # days; a fuzzier date becomes one all-day entry on its first day


def export(chronology: dict[str, Any], fmt: str, *, language: str = "de") -> str | bytes:
    """The chronology in ``fmt`` (timelinejs, csv: text; ics: bytes); control and direction-override
    characters of the articles are made visible first."""
    chronology = visible_everywhere(chronology)
    if fmt == "timelinejs":
        return json.dumps(to_timelinejs(chronology, language=language), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(chronology, language=language)
    if fmt == "ics":
        return to_ics(chronology, language=language)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _places(event: dict[str, Any]) -> list[str]:
    return [str(loc["name"]) for loc in event.get("locations") or [] if loc and loc.get("name")]


def _documents(chronology: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(d.get("id")): d for d in chronology.get("documents") or []}


def _outlet(source: dict[str, Any], documents: dict[str, dict[str, Any]], language: str) -> str:
    return source_label(source, documents.get(str(source.get("document"))), language)


def _url(source: dict[str, Any], documents: dict[str, dict[str, Any]]) -> str:
    url = str((documents.get(str(source.get("document"))) or {}).get("url") or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


def _finding_lines(event: dict[str, Any], findings: dict[str, dict[str, Any]], language: str) -> list[str]:
    """The event's findings in words: kind and explanation."""
    kinds = labels(language)["finding_kind"]
    lines = []
    for finding_id in event.get("findings") or []:
        finding = findings.get(finding_id) or {}
        kind = kinds.get(finding.get("kind"), finding.get("kind") or finding_id)
        lines.append(f"{kind}: {finding.get('explanation') or ''}".strip())
    return lines


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


def _tl_text(event: dict[str, Any], documents: dict[str, dict[str, Any]], findings: dict[str, dict[str, Any]],
             language: str) -> str:
    parts = []
    for source in _sentences(event):
        words = (source.get("mention") or {}).get("text") or ""
        published = format_published(source.get("published"), language)
        url = _url(source, documents)
        link = f' <a href="{html.escape(url)}">{html.escape(label("page.source_open", language))}</a>' if url else ""
        parts.append(f"<li><b>{html.escape(_outlet(source, documents, language))}</b> ({html.escape(published)}): "
                     f"„{html.escape(words)}“ – {html.escape(str(source.get('sentence') or ''))}{link}</li>")
    text = f"<p>{html.escape(label('exports.sources', language))}:</p><ul>{''.join(parts)}</ul>"
    lines = _finding_lines(event, findings, language)
    if lines:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        text += f"<p>⚠ {html.escape(label('exports.findings', language))}:</p><ul>{items}</ul>"
    return text


def _tl_event(event: dict[str, Any], documents: dict[str, dict[str, Any]], findings: dict[str, dict[str, Any]],
              language: str) -> dict[str, Any] | None:
    date = event.get("date") or {}
    earliest, latest = parse_moment(date.get("earliest")), parse_moment(date.get("latest"))
    if earliest is None:
        return None
    with_time = has_clock_time(date.get("earliest"))
    display = describe_date(date, language)
    item: dict[str, Any] = {
        "unique_id": str(event.get("id")),
        "start_date": _tl_date(earliest, with_time, display),
        "text": {"headline": html.escape(str(event.get("title") or "")), "text": _tl_text(event, documents, findings, language)},
        "group": _places(event)[0] if _places(event) else label("lanes.no_place", language),
        "display_date": display,
    }
    if latest is not None and latest != earliest:
        item["end_date"] = _tl_date(latest, has_clock_time(date.get("latest")))
    return item


def to_timelinejs(chronology: dict[str, Any], *, language: str = "de") -> dict[str, Any]:
    """TimelineJS3 JSON: one slide per dated event, grouped by place, the title slide naming the sources."""
    documents, findings = _documents(chronology), {str(f.get("id")): f for f in chronology.get("findings") or []}
    events = [e for e in (_tl_event(ev, documents, findings, language) for ev in chronology.get("events") or [])
              if e]
    names = sorted({document_label(d, language) for d in documents.values()}, key=str.casefold)
    counts = label("exports.title_counts", language, events=len(events), documents=len(documents),
                   findings=len(findings))
    text = (f"<p>{html.escape(counts)}</p><p>{html.escape(label('exports.sources', language))}: "
            f"{html.escape(', '.join(names))}</p>")
    return {"title": {"text": {"headline": html.escape(label("page.title", language)), "text": text}},
            "events": events}


# ---------------------------------------------------------------- CSV

def _cell(value: Any) -> str:
    return csv_cell(value)


def csv_rows(chronology: dict[str, Any], *, language: str = "de") -> list[dict[str, str]]:
    """The CSV's rows: one per event and source sentence, a source's nested statements included
    (an event without sources gets one row)."""
    documents = _documents(chronology)
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
            row = dict(base, document=source.get("document"),
                       outlet=_outlet(source, documents, language) if source else "",
                       published=source.get("published"), words=mention.get("text"),
                       mention_value=mention.get("value"), dated_by=source.get("dated_by"),
                       sentence=source.get("sentence"), url=_url(source, documents))
            rows.append({column: _cell(row.get(column)) for column in CSV_COLUMNS})
    return rows


def to_csv(chronology: dict[str, Any], *, language: str = "de") -> str:
    """The CSV text, starting with a byte order mark."""
    buffer = io.StringIO(newline="")
    buffer.write(BOM)
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


def _description(event: dict[str, Any], documents: dict[str, dict[str, Any]], findings: dict[str, dict[str, Any]],
                 language: str, long: bool) -> str:
    date = event.get("date") or {}
    lines = []
    earliest, latest = date.get("earliest"), date.get("latest")
    if long:
        lines.append(label("exports.long_note", language, span=describe_date(date, language)))
    elif earliest != latest and not has_clock_time(earliest):
        lines.append(label("exports.approximate_note", language, span=describe_date(date, language)))
    lines.append(f"{label('exports.sources', language)}:")
    for source in _sentences(event):
        words = (source.get("mention") or {}).get("text") or ""
        published = format_published(source.get("published"), language)
        url = _url(source, documents)
        lines.append(f"- {_outlet(source, documents, language)} ({published}): „{words}“ – "
                     f"{source.get('sentence') or ''}" + (f" <{url}>" if url else ""))
    finding_lines = _finding_lines(event, findings, language)
    if finding_lines:
        lines.append(f"{label('exports.findings', language)}:")
        lines += [f"- {line}" for line in finding_lines]
    return "\n".join(lines)


def _vevent(event: dict[str, Any], stamp: dt.datetime, documents: dict[str, dict[str, Any]],
            findings: dict[str, dict[str, Any]], language: str) -> Event | None:
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
    long = (latest.date() - earliest.date()).days + 1 > LONGEST_CALENDAR_SPAN
    if has_clock_time(date.get("earliest")) and not long:
        zone = ZoneInfo(TIMEZONE)
        item.add("dtstart", earliest.replace(tzinfo=zone))
        if latest > earliest:
            item.add("dtend", latest.replace(tzinfo=zone))
    elif long:
        item.add("dtstart", earliest.date())
        item.add("dtend", earliest.date() + dt.timedelta(days=1))
    else:
        item.add("dtstart", earliest.date())
        item.add("dtend", latest.date() + dt.timedelta(days=1))
    if _places(event):
        item.add("location", ", ".join(_places(event)))
    urls = list(dict.fromkeys(u for u in (_url(s, documents) for s in _sentences(event)) if u))
    if urls:
        item.add("url", urls[0])
    item.add("description", _description(event, documents, findings, language, long))
    item.add("status", "TENTATIVE" if status in ("planned", "expected") else "CONFIRMED")
    return item


def to_ics(chronology: dict[str, Any], *, language: str = "de") -> bytes:
    """iCalendar: one VEVENT per dated event; all-day (DATE values) unless a clock time is known, which
    is local time in Europe/Berlin."""
    calendar = Calendar()
    calendar.add("prodid", f"-//chrono//chrono {(chronology.get('generator') or {}).get('version', '')}//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", label("exports.calendar_name", language))
    calendar.add("x-wr-timezone", TIMEZONE)
    stamp = _stamp(chronology)
    documents, findings = _documents(chronology), {str(f.get("id")): f for f in chronology.get("findings") or []}
    for event in chronology.get("events") or []:
        item = _vevent(event, stamp, documents, findings, language)
        if item is not None:
            calendar.add_component(item)
    moments = [parse_moment((e.get("date") or {}).get("earliest")) for e in chronology.get("events") or []
               if has_clock_time((e.get("date") or {}).get("earliest"))]
    clocked = [moment for moment in moments if moment is not None]
    if clocked:
        calendar.add_missing_timezones(first_date=dt.date(min(clocked).year, 1, 1),
                                       last_date=dt.date(max(clocked).year + 1, 1, 1))
        for zone in calendar.walk("VTIMEZONE"):
            zone.pop("COMMENT", None)
    return calendar.to_ical()
