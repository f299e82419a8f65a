"""The data the timeline page script reads: events with their sources and quoted sentences,
findings, lanes, labels and the plotly figure, as plain JSON.

Reads the chronology dict and the events as placed on the timeline (:mod:`chrono.render.layout`);
adds :func:`page_data` and :func:`json_for_script`, which writes it so that it cannot end or break
out of the ``<script type="application/json">`` block it sits in. Article text stays text: the page
script only ever puts it into the page with ``textContent``.
"""
from __future__ import annotations

import json
from typing import Any

from chrono.render.context_axis import broken_axis
from chrono.render.figure import focus_range, full_range
from chrono.render.labels import (
    PART_OF_DAY,
    describe_date,
    describe_unit,
    format_day,
    format_published,
    label,
    parse_moment,
    plotly_locale,
    value_words,
)
from chrono.render.labels import labels as label_table
from chrono.render.layout import (
    Placed,
    document_name,
    lane_of,
    source_groups,
    source_name,
)
from chrono.render.page_parts import safe_url

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(data: Any) -> str:
    """JSON that cannot end or break out of the ``<script>`` element it is placed in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _mark(source: dict[str, Any]) -> list[int] | None:
    """Where the date expression sits in the source sentence, as offsets into the sentence."""
    sentence = str(source.get("sentence") or "")
    mention = source.get("mention") or {}
    words = str(mention.get("text") or "")
    start, base = mention.get("start"), source.get("sentence_start")
    if isinstance(start, int) and isinstance(base, int) and words:
        offset = start - base
        if offset >= 0 and sentence[offset: offset + len(words)] == words:
            return [offset, offset + len(words)]
    found = sentence.find(words) if words else -1
    return [found, found + len(words)] if found >= 0 else None


def _resolved(value: str | None, language: str) -> str:
    """A mention's TIMEX3 value in words where it is a plain date or unit, else as written."""
    if not value:
        return ""
    part = PART_OF_DAY.search(value)
    day = parse_moment(value[:10]) if part else None
    if part and day is not None:
        return f"{format_day(day.date(), language)}, {label('date.partofday.' + part.group(1), language)}"
    moment = parse_moment(value)
    if moment is not None and len(value) >= 10:
        shown = format_day(moment.date(), language)
        return f"{shown}, {moment:%H:%M} {label('date.time_suffix', language)}" if "T" in value else shown
    return describe_unit(value, language) or value_words(value, language) or value


def _quote_data(source: dict[str, Any], event_status: Any, language: str) -> dict[str, Any]:
    """One sentence of a source. A sentence that announced what the event says happened is marked."""
    mention = source.get("mention") or {}
    status = source.get("status")
    announced = status in ("planned", "expected") and status != event_status
    context = (source.get("context") or {}) if source.get("dated_by") == "context" else None
    return {
        "statusLabel": label(f"status.{status}", language) if announced else "",
        "words": mention.get("text") or "",
        "resolved": _resolved(mention.get("value"), language),
        "fromContext": context is not None,
        "contextWords": (context or {}).get("text") or "",
        "contextResolved": _resolved((context or {}).get("value"), language),
        "sentence": source.get("sentence") or "",
        "mark": _mark(source),
    }


def _source_data(group: list[dict[str, Any]], docs: dict[str, dict[str, Any]], event_status: Any,
                 language: str) -> dict[str, Any]:
    """One source article of an event, with every sentence of it that reports the event."""
    first = group[0]
    doc = docs.get(str(first.get("document")), {})
    return {
        "document": first.get("document"),
        "outlet": source_name(first, doc, language),
        "documentTitle": doc.get("title") or first.get("document"),
        "published": format_published(first.get("published"), language),
        "url": safe_url(doc.get("url")),
        "quotes": [_quote_data(s, event_status, language) for s in group],
    }


def _actor_text(actor: dict[str, Any]) -> str:
    role = actor.get("role")
    return f"{actor.get('name')} ({role})" if role else str(actor.get("name"))


def _event_data(event: dict[str, Any], docs: dict[str, dict[str, Any]], language: str) -> dict[str, Any]:
    status = event.get("status")
    return {
        "id": event.get("id"),
        "title": event.get("title") or "",
        "date": describe_date(event.get("date") or {}, language),
        "status": status,
        "statusLabel": label(f"status.{status}", language) if status in ("planned", "expected") else "",
        "lane": lane_of(event, language),
        "places": [str(loc.get("name")) for loc in event.get("locations") or [] if loc and loc.get("name")],
        "actors": [_actor_text(a) for a in event.get("actors") or [] if a and a.get("name")],
        "findings": list(event.get("findings") or []),
        "documents": sorted({str(s.get("document")) for s in event.get("sources") or []}),
        "sources": [_source_data(g, docs, status, language) for g in source_groups(event)],
    }


def _finding_data(finding: dict[str, Any], docs: dict[str, dict[str, Any]], language: str) -> dict[str, Any]:
    severity, kind = finding.get("severity"), finding.get("kind")
    table = label_table(language)
    return {
        "id": finding.get("id"),
        "severity": severity,
        "severityLabel": table["severity"].get(severity, severity or ""),
        "kindLabel": table["finding_kind"].get(kind, kind or ""),
        "event": finding.get("event"),
        "explanation": finding.get("explanation") or "",
        "sources": [
            {"outlet": document_name(docs.get(str(s.get("document")), {"id": s.get("document")}), language),
             "quote": s.get("quote") or "", "value": value_words(s.get("value"), language)}
            for s in finding.get("sources") or []
        ],
    }


def _page_labels(language: str) -> dict[str, str]:
    page = label_table(language)["page"]
    keys = ("visible_count", "details_empty", "details_close", "findings_heading", "sources_count",
            "source_single", "source_words", "source_context", "source_published", "source_open", "actors",
            "download_image", "chart_cursor", "print_chart_alt", "cluster", "cluster_hint")
    return {key: str(page[key]) for key in keys}


def page_data(chronology: dict[str, Any], placed: list[Placed], lanes: list[Any], figure: Any,
              language: str, *, title: str = "", credit: str = "") -> dict[str, Any]:
    """Everything the page script needs, as plain JSON; ``title`` and ``credit`` (the source line)
    go on the downloaded picture of the chart."""
    docs = {str(d.get("id")): d for d in chronology.get("documents") or []}
    focus = focus_range(placed)
    return {
        "imageTitle": title,
        "imageCredit": credit,
        "events": [_event_data(e, docs, language) for e in chronology.get("events") or []],
        "findings": {str(f.get("id")): _finding_data(f, docs, language) for f in chronology.get("findings") or []},
        "lanes": [lane.name for lane in lanes],
        "noPlace": label("lanes.no_place", language),
        "focus": focus,
        "fullRange": full_range(placed),
        "broken": broken_axis(placed, language),
        "labels": _page_labels(language),
        "figure": figure.to_plotly_json(),
        "locale": plotly_locale(language),
    }
