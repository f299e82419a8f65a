"""The interactive timeline page: one self-contained HTML file (plotly.js inlined, or loaded from its CDN).

All article text is untrusted. In HTML it goes through ``html.escape``; data for the page script sits in
a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written as JSON escapes, and the
script only ever puts it into the page with ``textContent``. A Content-Security-Policy lets no script run
but the page's own (by hash), so even a mistake in escaping could not run injected code.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from plotly.offline import get_plotlyjs, get_plotlyjs_version

from chrono.fileio import write_atomic
from chrono.render.figure import build_figure, focus_range, full_range
from chrono.render.labels import (
    PART_OF_DAY,
    describe_date,
    describe_unit,
    format_day,
    format_published,
    format_span,
    label,
    parse_moment,
    plotly_locale,
)
from chrono.render.labels import labels as label_table
from chrono.render.layout import (
    Placed,
    date_words,
    focus_week,
    lane_of,
    place_events,
    source_groups,
    source_name,
    time_bounds,
)

PLOTLYJS_MODES = ("inline", "cdn")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(data: Any) -> str:
    """JSON that cannot end or break out of the ``<script>`` element it is placed in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    return resources.files("chrono.render").joinpath(f"assets/{name}").read_text(encoding="utf-8")


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _cdn_url() -> str:
    try:
        from plotly.io._utils import plotly_cdn_url

        return plotly_cdn_url()
    except ImportError:  # pragma: no cover - older or newer plotly layouts
        return f"https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js"


def _esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


# ---------------------------------------------------------------- data for the page script

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
        day = format_day(moment.date(), language)
        return f"{day}, {moment:%H:%M} {label('date.time_suffix', language)}" if "T" in value else day
    return describe_unit(value, language) or value


def _safe_url(url: Any) -> str | None:
    text = str(url or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else None


def _document_label(doc: dict[str, Any], language: str) -> str:
    return source_name({}, doc, language)


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
        "url": _safe_url(doc.get("url")),
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
            {"outlet": _document_label(docs.get(str(s.get("document")), {"id": s.get("document")}), language),
             "quote": s.get("quote") or "", "value": s.get("value") or ""}
            for s in finding.get("sources") or []
        ],
    }


def _page_labels(language: str) -> dict[str, str]:
    page = label_table(language)["page"]
    keys = ("visible_count", "details_empty", "details_close", "findings_heading", "sources_count",
            "source_single", "source_words", "source_context", "source_published", "source_open", "actors")
    return {key: str(page[key]) for key in keys}


def page_data(chronology: dict[str, Any], placed: list[Placed], lanes: list[Any], figure: Any,
              language: str) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON."""
    docs = {str(d.get("id")): d for d in chronology.get("documents") or []}
    focus = focus_range(placed)
    return {
        "events": [_event_data(e, docs, language) for e in chronology.get("events") or []],
        "findings": {str(f.get("id")): _finding_data(f, docs, language) for f in chronology.get("findings") or []},
        "lanes": [lane.name for lane in lanes],
        "noPlace": label("lanes.no_place", language),
        "focus": focus,
        "fullRange": full_range(placed),
        "labels": _page_labels(language),
        "figure": figure.to_plotly_json(),
        "locale": plotly_locale(language),
    }


# ---------------------------------------------------------------- HTML around it

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


def _subtitle(chronology: dict[str, Any], placed: list[Placed], language: str) -> str:
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
            f'<label class="opt"><input type="checkbox" name="{_esc(name)}" value="{_esc(value)}" checked>'
            f' <span>{_esc(text)}</span> <span class="count">{count}</span></label>'
        )
    return "\n".join(items)


def _filter_menu(name: str, title: str, options: list[tuple[str, str, int]], language: str) -> str:
    return (
        f'<details class="filter" data-filter="{_esc(name)}"><summary>{_esc(title)} '
        f'<span class="filter-state">{len(options)}/{len(options)}</span></summary>'
        f'<div class="filter-body"><div class="filter-actions">'
        f'<button type="button" data-select="all">{_esc(label("page.all", language))}</button>'
        f'<button type="button" data-select="none">{_esc(label("page.none", language))}</button></div>'
        f"{_checkbox_list(name, options)}</div></details>"
    )


def _document_options(chronology: dict[str, Any], language: str) -> list[tuple[str, str, int]]:
    counts: dict[str, int] = {}
    for event in chronology.get("events") or []:
        for doc in {str(s.get("document")) for s in event.get("sources") or []}:
            counts[doc] = counts.get(doc, 0) + 1
    options = []
    for doc in chronology.get("documents") or []:
        doc_id = str(doc.get("id"))
        published = (doc.get("published") or {}).get("value")
        text = f"{_document_label(doc, language)} · {format_published(published, language)}"
        if doc.get("source") and doc.get("title"):
            text += f" · {doc['title']}"
        options.append((doc_id, text, counts.get(doc_id, 0)))
    return options


def _place_options(placed: list[Placed], lanes: list[Any], chronology: dict[str, Any],
                   language: str) -> list[tuple[str, str, int]]:
    counts: dict[str, int] = {}
    for event in chronology.get("events") or []:
        names = [str(loc.get("name")) for loc in event.get("locations") or [] if loc and loc.get("name")]
        for name in dict.fromkeys(names or [label("lanes.no_place", language)]):
            counts[name] = counts.get(name, 0) + 1
    order = [lane.name for lane in lanes] + sorted(set(counts) - {lane.name for lane in lanes})
    return [(name, name, counts.get(name, 0)) for name in order if name in counts]


def _legend(language: str) -> str:
    def item(css: str, key: str) -> str:
        return f'<li><span class="swatch {css}" aria-hidden="true"></span>{_esc(label(key, language))}</li>'

    return (
        f'<ul class="legend" aria-label="{_esc(label("page.legend_heading", language))}">'
        + item("sw-point", "page.legend_point")
        + item("sw-band", "page.legend_band")
        + item("sw-planned", "page.legend_planned")
        + item("sw-finding", "page.legend_finding")
        + "</ul>"
    )


def _source_items(event: dict[str, Any], docs: dict[str, dict[str, Any]], language: str) -> str:
    items = []
    for group in source_groups(event):
        outlet = source_name(group[0], docs.get(str(group[0].get("document")), {}), language)
        published = format_published(group[0].get("published"), language)
        quoted = ", ".join(f"„{_esc(w)}“" for w in date_words(group))
        items.append(f"<li>{_esc(outlet)} ({_esc(published)}): {quoted}</li>")
    return f'<ul class="src-list">{"".join(items)}</ul>'


def _list_rows(chronology: dict[str, Any], language: str) -> str:
    docs = {str(d.get("id")): d for d in chronology.get("documents") or []}
    rows = []
    for event in chronology.get("events") or []:
        status = event.get("status")
        chip = (f' <span class="chip chip-planned">{_esc(label("status." + status, language))}</span>'
                if status in ("planned", "expected") else "")
        badge = (f' <span class="chip chip-finding" title="{_esc(label("page.legend_finding", language))}">⚠ '
                 f'{len(event["findings"])}</span>' if event.get("findings") else "")
        places = ", ".join(str(loc.get("name")) for loc in event.get("locations") or [] if loc and loc.get("name"))
        rows.append(
            f'<tr data-event-id="{_esc(event.get("id"))}">'
            f'<td class="c-date">{_esc(describe_date(event.get("date") or {}, language))}{chip}</td>'
            f'<td class="c-title">{_esc(event.get("title"))}{badge}</td>'
            f'<td class="c-place">{_esc(places or label("lanes.no_place", language))}</td>'
            f"<td class=\"c-sources\">{_source_items(event, docs, language)}</td>"
            f'<td class="c-more"><button type="button" class="details-btn" data-event-id="{_esc(event.get("id"))}">'
            f'{_esc(label("page.list_details", language))}</button></td></tr>'
        )
    return "\n".join(rows)


def _findings_list(chronology: dict[str, Any], language: str) -> str:
    findings = chronology.get("findings") or []
    if not findings:
        return f'<p class="muted">{_esc(label("page.findings_none", language))}</p>'
    table = label_table(language)
    items = []
    for finding in findings:
        severity = finding.get("severity") or "note"
        event_id = finding.get("event")
        button = (f' <button type="button" class="details-btn" data-event-id="{_esc(event_id)}">'
                  f'{_esc(label("page.list_details", language))}</button>' if event_id else "")
        items.append(
            f'<li class="finding sev-{_esc(severity)}" data-finding-id="{_esc(finding.get("id"))}" '
            f'data-event-id="{_esc(event_id or "")}"><span class="chip chip-{_esc(severity)}">'
            f'{_esc(table["severity"].get(severity, severity))}</span> '
            f'<strong>{_esc(table["finding_kind"].get(finding.get("kind"), finding.get("kind")))}</strong>: '
            f"{_esc(finding.get('explanation'))}{button}</li>"
        )
    return f'<ul class="findings">{"".join(items)}</ul>'


def _range_buttons(placed: list[Placed], language: str) -> str:
    week = focus_week(placed)
    buttons = []
    if week:
        text = label("page.range_focus", language, span=format_span(week[0], week[1], language))
        buttons.append(f'<button type="button" class="range-btn active" data-range="focus" '
                       f'title="{_esc(label("page.range_focus_hint", language))}">{_esc(text)}</button>')
    active = "" if week else " active"
    buttons.append(f'<button type="button" class="range-btn{active}" data-range="all">'
                   f'{_esc(label("page.range_all", language))}</button>')
    return "".join(buttons)


def _plotly_script(plotlyjs: str) -> tuple[str, list[str]]:
    """The tag that loads plotly.js and the script-src entries the policy needs for it."""
    if plotlyjs == "cdn":
        url = _cdn_url()
        bundle = get_plotlyjs().encode("utf-8")
        sri = "sha384-" + base64.b64encode(hashlib.sha384(bundle).digest()).decode()
        return (f'<script src="{_esc(url)}" integrity="{sri}" crossorigin="anonymous" charset="utf-8"></script>',
                [url])
    code = get_plotlyjs()
    return f'<script charset="utf-8">{code}</script>', [_sha256(code)]


def render_timeline(chronology: dict[str, Any], plotlyjs: str = "inline", *, language: str = "de",
                    title: str | None = None) -> str:
    """The timeline page for a chronology, as one HTML string."""
    if plotlyjs not in PLOTLYJS_MODES:
        raise ValueError(f"plotlyjs must be one of {PLOTLYJS_MODES}, not {plotlyjs!r}")
    placed, lanes = place_events(chronology, language)
    figure = build_figure(placed, lanes, language, chronology.get("documents"))
    data = page_data(chronology, placed, lanes, figure, language)
    app_js = _asset("timeline.js")
    plotly_tag, plotly_sources = _plotly_script(plotlyjs)
    policy = ("default-src 'none'; script-src " + " ".join(plotly_sources + [_sha256(app_js)])
              + "; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; base-uri 'none'; "
              "form-action 'none'")
    generator = chronology.get("generator") or {}
    gen_text = f"{generator.get('name', 'chrono')} {generator.get('version', '')}".strip()
    heading = title or label("page.title", language)
    events = chronology.get("events") or []
    return _PAGE.format(
        lang=_esc(language), policy=_esc(policy), title=_esc(heading), css=_asset("timeline.css"),
        subtitle=_esc(_subtitle(chronology, placed, language)), legend=_legend(language),
        search_label=_esc(label("page.search_label", language)),
        search_placeholder=_esc(label("page.search_placeholder", language)),
        source_filter=_filter_menu("document", label("page.filter_sources", language),
                                   _document_options(chronology, language), language),
        place_filter=_filter_menu("place", label("page.filter_places", language),
                                  _place_options(placed, lanes, chronology, language), language),
        only_findings=_esc(label("page.only_findings", language)), reset=_esc(label("page.reset", language)),
        range_label=_esc(label("page.range_label", language)), range_buttons=_range_buttons(placed, language),
        visible=_esc(label("page.visible_count", language, visible=len(events), total=len(events))),
        total=len(events), chart_label=_esc(label("page.chart_label", language)),
        noscript=_esc(label("page.noscript", language)),
        details_heading=_esc(label("page.details_heading", language)),
        details_empty=_esc(label("page.details_empty", language)),
        findings_heading=_esc(label("page.findings_heading", language)),
        findings_count=len(chronology.get("findings") or []), findings=_findings_list(chronology, language),
        list_heading=_esc(label("page.list_heading", language)), list_intro=_esc(label("page.list_intro", language)),
        th_date=_esc(label("page.list_date", language)), th_event=_esc(label("page.list_event", language)),
        th_place=_esc(label("page.list_place", language)), th_sources=_esc(label("page.list_sources", language)),
        rows=_list_rows(chronology, language),
        footer=_esc(label("page.footer", language, generator=gen_text)),
        data=json_for_script(data), plotly=plotly_tag, app_js=app_js,
    )


def write_timeline(chronology: dict[str, Any], path: str | os.PathLike, plotlyjs: str = "inline", *,
                   language: str = "de", title: str | None = None) -> Path:
    """Render the timeline page and write it to ``path`` whole or not at all."""
    return write_atomic(path, render_timeline(chronology, plotlyjs, language=language, title=title))


_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<title>{title}</title>
<style>
{css}
</style>
</head>
<body>
<main id="chrono-app" data-event-count="{total}" data-visible-count="{total}" data-marker-count="0" data-ready="false">
<header class="page-head">
<h1>{title}</h1>
<p class="subtitle">{subtitle}</p>
{legend}
</header>
<section class="toolbar" aria-label="Filter">
<label class="search"><span class="sr-only">{search_label}</span>
<input id="chrono-search" type="search" placeholder="{search_placeholder}" autocomplete="off" spellcheck="false">
</label>
{source_filter}
{place_filter}
<label class="toggle"><input id="chrono-only-findings" type="checkbox"> {only_findings}</label>
<button type="button" id="chrono-reset" class="link-btn">{reset}</button>
<div class="range" role="group" aria-label="{range_label}"><span class="range-label">{range_label}:</span>{range_buttons}</div>
<p id="chrono-visible" class="visible-count" aria-live="polite">{visible}</p>
</section>
<div class="stage">
<div class="chart-wrap">
<div id="chrono-chart" role="img" aria-label="{chart_label}"></div>
<noscript><p class="noscript">{noscript}</p></noscript>
</div>
<aside id="chrono-details" class="details" aria-live="polite">
<h2>{details_heading}</h2>
<div id="chrono-details-body"><p class="muted">{details_empty}</p></div>
</aside>
</div>
<section class="findings-section">
<h2>{findings_heading} <span class="count">{findings_count}</span></h2>
{findings}
</section>
<section class="list-section">
<h2>{list_heading}</h2>
<p class="muted">{list_intro}</p>
<table class="chronology">
<thead><tr><th>{th_date}</th><th>{th_event}</th><th>{th_place}</th><th>{th_sources}</th><th></th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</section>
<footer><p>{footer}</p></footer>
</main>
<script type="application/json" id="chrono-data">{data}</script>
{plotly}
<script>{app_js}</script>
</body>
</html>
"""
