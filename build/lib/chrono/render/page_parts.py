"""The HTML pieces of the timeline page: subtitle, legend, filter menus, range buttons, the list of
findings, the vertical timeline for phones and the table of events that works without the script
(in print with every source sentence and link).

Reads the chronology dict and the events as placed on the timeline (:mod:`chrono.render.layout`);
adds each piece as an HTML string. All article text in them goes through :func:`escape`.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Any

from chrono.render.labels import (
    describe_date,
    format_published,
    format_span,
    label,
)
from chrono.render.labels import labels as label_table
from chrono.render.layout import (
    Placed,
    date_words,
    document_name,
    focus_week,
    source_groups,
    source_name,
    time_bounds,
)


def escape(text: Any) -> str:
    """Text as HTML, quotes too; None as nothing."""
    return html.escape("" if text is None else str(text), quote=True)


def _overall_span(placed: list[Placed], language: str) -> str:
    """The time the chronology covers, in whole years or months when it is long."""
    bounds = time_bounds(placed)
    if not bounds:
        return ""
    first, last = bounds[0].date(), (bounds[1] - dt.timedelta(seconds=1)).date()
    if (last - first).days >= 365:
        first, last = first.replace(month=1, day=1), last.replace(month=12, day=31)
    elif (last - first).days >= 60:
        first = first.replace(day=1)
        last = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return format_span(first, last, language)


def subtitle(chronology: dict[str, Any], placed: list[Placed], language: str) -> str:
    span = _overall_span(placed, language)
    text = label("page.subtitle", language, events=_count("events", len(chronology.get("events") or []), language),
                 documents=_count("documents", len(chronology.get("documents") or []), language))
    return f"{text} · {span}" if span else text


def _count(what: str, n: int, language: str) -> str:
    return label(f"page.{what}_one", language) if n == 1 else label(f"page.{what}_many", language, n=n)


def _checkbox_list(name: str, options: list[tuple[str, str, int]]) -> str:
    items = []
    for value, text, count in options:
        items.append(
            f'<label class="opt"><input type="checkbox" name="{escape(name)}" value="{escape(value)}" checked>'
            f' <span>{escape(text)}</span> <span class="count">{count}</span></label>'
        )
    return "\n".join(items)


def filter_menu(name: str, title: str, options: list[tuple[str, str, int]], language: str) -> str:
    return (
        f'<details class="filter" data-filter="{escape(name)}"><summary>{escape(title)} '
        f'<span class="filter-state">{len(options)}/{len(options)}</span></summary>'
        f'<div class="filter-body"><div class="filter-actions">'
        f'<button type="button" data-select="all">{escape(label("page.all", language))}</button>'
        f'<button type="button" data-select="none">{escape(label("page.none", language))}</button></div>'
        f"{_checkbox_list(name, options)}</div></details>"
    )


def document_options(chronology: dict[str, Any], language: str) -> list[tuple[str, str, int]]:
    counts: dict[str, int] = {}
    for event in chronology.get("events") or []:
        for doc in {str(s.get("document")) for s in event.get("sources") or []}:
            counts[doc] = counts.get(doc, 0) + 1
    options = []
    for doc in chronology.get("documents") or []:
        doc_id = str(doc.get("id"))
        published = (doc.get("published") or {}).get("value")
        text = f"{document_name(doc, language)} · {format_published(published, language)}"
        if doc.get("source") and doc.get("title"):
            text += f" · {doc['title']}"
        options.append((doc_id, text, counts.get(doc_id, 0)))
    return options


def place_options(placed: list[Placed], lanes: list[Any], chronology: dict[str, Any],
                   language: str) -> list[tuple[str, str, int]]:
    counts: dict[str, int] = {}
    for event in chronology.get("events") or []:
        names = [str(loc.get("name")) for loc in event.get("locations") or [] if loc and loc.get("name")]
        for name in dict.fromkeys(names or [label("lanes.no_place", language)]):
            counts[name] = counts.get(name, 0) + 1
    order = [lane.name for lane in lanes] + sorted(set(counts) - {lane.name for lane in lanes})
    return [(name, name, counts.get(name, 0)) for name in order if name in counts]


def legend(language: str) -> str:
    def item(css: str, key: str) -> str:
        return f'<li><span class="swatch {css}" aria-hidden="true"></span>{escape(label(key, language))}</li>'

    return (
        f'<ul class="legend" aria-label="{escape(label("page.legend_heading", language))}">'
        + item("sw-point", "page.legend_point")
        + item("sw-band", "page.legend_band")
        + item("sw-fuzzy", "page.legend_fuzzy")
        + item("sw-planned", "page.legend_planned")
        + item("sw-finding", "page.legend_finding")
        + "</ul>"
    )


def safe_url(url: Any) -> str | None:
    text = str(url or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else None


def _source_items(event: dict[str, Any], docs: dict[str, dict[str, Any]], language: str) -> str:
    """Per source article: outlet, publication date, the words it used; for print its sentences and link."""
    items = []
    for group in source_groups(event):
        doc = docs.get(str(group[0].get("document")), {})
        outlet = source_name(group[0], doc, language)
        published = format_published(group[0].get("published"), language)
        quoted = ", ".join(f"„{escape(w)}“" for w in date_words(group))
        sentences = "".join(f'<span class="src-sentence">{escape(s.get("sentence"))}</span>' for s in group)
        url = safe_url(doc.get("url"))
        link = f'<span class="src-url">{escape(url)}</span>' if url else ""
        items.append(f'<li>{escape(outlet)} ({escape(published)}): {quoted}'
                     f'<span class="print-only">{sentences}{link}</span></li>')
    return f'<ul class="src-list">{"".join(items)}</ul>'


def event_rows(chronology: dict[str, Any], language: str) -> str:
    docs = {str(d.get("id")): d for d in chronology.get("documents") or []}
    rows = []
    for event in chronology.get("events") or []:
        chip, badge = _badges(event, language)
        places = ", ".join(str(loc.get("name")) for loc in event.get("locations") or [] if loc and loc.get("name"))
        rows.append(
            f'<tr data-event-id="{escape(event.get("id"))}">'
            f'<td class="c-date">{escape(describe_date(event.get("date") or {}, language))}{chip}</td>'
            f'<td class="c-title">{escape(event.get("title"))}{badge}</td>'
            f'<td class="c-place">{escape(places or label("lanes.no_place", language))}</td>'
            f"<td class=\"c-sources\">{_source_items(event, docs, language)}</td>"
            f'<td class="c-more"><button type="button" class="details-btn" data-event-id="{escape(event.get("id"))}">'
            f'{escape(label("page.list_details", language))}</button></td></tr>'
        )
    return "\n".join(rows)


def _badges(event: dict[str, Any], language: str) -> tuple[str, str]:
    status = event.get("status")
    chip = (f' <span class="chip chip-planned">{escape(label("status." + status, language))}</span>'
            if status in ("planned", "expected") else "")
    badge = (f' <span class="chip chip-finding" title="{escape(label("page.legend_finding", language))}">⚠ '
             f'{len(event["findings"])}</span>' if event.get("findings") else "")
    return chip, badge


def phone_items(chronology: dict[str, Any], language: str) -> str:
    """The vertical timeline for narrow screens: date, headline, sources and badges per event; a tap
    opens the details right below the item."""
    docs = {str(d.get("id")): d for d in chronology.get("documents") or []}
    items = []
    for event in chronology.get("events") or []:
        chip, badge = _badges(event, language)
        names = [source_name(g[0], docs.get(str(g[0].get("document")), {}), language) for g in source_groups(event)]
        places = ", ".join(str(loc.get("name")) for loc in event.get("locations") or [] if loc and loc.get("name"))
        event_id = escape(event.get("id"))
        items.append(
            f'<li class="pt-item" data-event-id="{event_id}"><button type="button" class="pt-open" '
            f'data-event-id="{event_id}" aria-expanded="false">'
            f'<span class="pt-date">{escape(describe_date(event.get("date") or {}, language))}{chip}</span>'
            f'<span class="pt-title">{escape(event.get("title"))}{badge}</span>'
            f'<span class="pt-meta">{escape(places + " · " if places else "")}'
            f'{escape(", ".join(dict.fromkeys(names)))}</span></button></li>'
        )
    return "\n".join(items)


def findings_list(chronology: dict[str, Any], language: str) -> str:
    findings = chronology.get("findings") or []
    if not findings:
        return f'<p class="muted">{escape(label("page.findings_none", language))}</p>'
    table = label_table(language)
    items = []
    for finding in findings:
        severity = finding.get("severity") or "note"
        event_id = finding.get("event")
        button = (f' <button type="button" class="details-btn" data-event-id="{escape(event_id)}">'
                  f'{escape(label("page.list_details", language))}</button>' if event_id else "")
        items.append(
            f'<li class="finding sev-{escape(severity)}" data-finding-id="{escape(finding.get("id"))}" '
            f'data-event-id="{escape(event_id or "")}"><span class="chip chip-{escape(severity)}">'
            f'{escape(table["severity"].get(severity, severity))}</span> '
            f'<strong>{escape(table["finding_kind"].get(finding.get("kind"), finding.get("kind")))}</strong>: '
            f"{escape(finding.get('explanation'))}{button}</li>"
        )
    return f'<ul class="findings">{"".join(items)}</ul>'


def range_buttons(placed: list[Placed], language: str) -> str:
    week = focus_week(placed)
    buttons = []
    if week:
        text = label("page.range_focus", language, span=format_span(week[0], week[1], language))
        buttons.append(f'<button type="button" class="range-btn active" data-range="focus" '
                       f'title="{escape(label("page.range_focus_hint", language))}">{escape(text)}</button>')
    active = "" if week else " active"
    buttons.append(f'<button type="button" class="range-btn{active}" data-range="all">'
                   f'{escape(label("page.range_all", language))}</button>')
    return "".join(buttons)
