"""The interactive timeline page: one self-contained HTML file (plotly.js inlined, or loaded from its CDN).

All article text is untrusted. In HTML it goes through ``html.escape``; data for the page script sits in
a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written as JSON escapes, and the
script only ever puts it into the page with ``textContent``. A Content-Security-Policy lets no script run
but the page's own (by hash), so even a mistake in escaping could not run injected code.

Reads a chronology dict; adds :func:`render_timeline` and :func:`write_timeline`, which put the page
together from its HTML pieces (:mod:`chrono.render.page_parts`), the data for its script
(:mod:`chrono.render.script_data`), plotly.js and the page's own script and styles (``assets/``).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from importlib import resources
from pathlib import Path
from typing import Any

from plotly.offline import get_plotlyjs, get_plotlyjs_version

from chrono.fileio import write_atomic
from chrono.render.figure import build_figure
from chrono.render.labels import format_short_day, label
from chrono.render.layout import place_events
from chrono.render.page_parts import (
    document_options,
    escape,
    event_rows,
    filter_menu,
    findings_list,
    legend,
    phone_items,
    place_options,
    range_buttons,
    subtitle,
)
from chrono.render.safe_text import visible, visible_everywhere
from chrono.render.script_data import json_for_script, page_data

PLOTLYJS_MODES = ("inline", "cdn")


def _asset(name: str) -> str:
    return resources.files("chrono.render").joinpath(f"assets/{name}").read_text(encoding="utf-8")


APP_SCRIPTS = ("timeline.js", "timeline_details.js", "timeline_marks.js", "timeline_controls.js")


def _app_script() -> str:
    """The page's own script: its parts in order, inside one function so they share their names."""
    parts = "\n".join(_asset(name) for name in APP_SCRIPTS)
    return '(function () {\n  "use strict";\n' + parts + "})();\n"


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _cdn_url() -> str:
    try:
        from plotly.io._utils import plotly_cdn_url

        return plotly_cdn_url()
    except ImportError:  # pragma: no cover - older or newer plotly layouts
        return f"https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js"


def _plotly_script(plotlyjs: str) -> tuple[str, list[str]]:
    """The tag that loads plotly.js and the script-src entries the policy needs for it."""
    if plotlyjs == "cdn":
        url = _cdn_url()
        bundle = get_plotlyjs().encode("utf-8")
        sri = "sha384-" + base64.b64encode(hashlib.sha384(bundle).digest()).decode()
        tag = f'<script src="{escape(url)}" integrity="{sri}" crossorigin="anonymous" charset="utf-8"></script>'
        return tag, [url]
    code = get_plotlyjs()
    return f'<script charset="utf-8">{code}</script>', [_sha256(code)]


def _credit(chronology: dict[str, Any], generator: str, built: str, language: str) -> str:
    """The source line under a picture of the chart: every source by name, the tool, the build date."""
    from chrono.render.names import document_label

    names = sorted({document_label(d, language) for d in chronology.get("documents") or []}, key=str.casefold)
    return label("page.image_credit", language, sources=", ".join(names) or "–", generator=generator, built=built)


def render_timeline(chronology: dict[str, Any], plotlyjs: str = "inline", *, language: str = "de",
                    title: str | None = None, built: dt.date | None = None) -> str:
    """The timeline page for a chronology, as one HTML string; ``built`` (default: today) is the build
    date printed in the footer."""
    if plotlyjs not in PLOTLYJS_MODES:
        raise ValueError(f"plotlyjs must be one of {PLOTLYJS_MODES}, not {plotlyjs!r}")
    chronology = visible_everywhere(chronology)  # control and direction-override characters shown as such
    title = visible(title) if title else title
    built_text = format_short_day(built or dt.date.today(), language)
    generator = chronology.get("generator") or {}
    gen_text = f"{generator.get('name', 'chrono')} {generator.get('version', '')}".strip()
    heading = title or label("page.title", language)
    placed, lanes = place_events(chronology, language)
    figure = build_figure(placed, lanes, language, chronology.get("documents"))
    data = page_data(chronology, placed, lanes, figure, language, title=heading,
                     credit=_credit(chronology, gen_text, built_text, language))
    app_js = _app_script()
    plotly_tag, plotly_sources = _plotly_script(plotlyjs)
    policy = ("default-src 'none'; script-src " + " ".join(plotly_sources + [_sha256(app_js)])
              + "; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; base-uri 'none'; "
              "form-action 'none'")
    events = chronology.get("events") or []

    def text(key: str, **fields: Any) -> str:
        return escape(label(key, language, **fields))

    return _PAGE.format(
        lang=escape(language), policy=escape(policy), title=escape(heading),
        css=_asset("timeline.css"), subtitle=escape(subtitle(chronology, placed, language)),
        legend=legend(language), search_label=text("page.search_label"),
        search_placeholder=text("page.search_placeholder"),
        source_filter=filter_menu("document", label("page.filter_sources", language),
                                  document_options(chronology, language), language),
        place_filter=filter_menu("place", label("page.filter_places", language),
                                 place_options(placed, lanes, chronology, language), language),
        only_findings=text("page.only_findings"), reset=text("page.reset"),
        range_label=text("page.range_label"), range_buttons=range_buttons(placed, language),
        visible=text("page.visible_count", visible=len(events), total=len(events)),
        total=len(events), chart_label=text("page.chart_label"), noscript=text("page.noscript"),
        details_heading=text("page.details_heading"), details_empty=text("page.details_empty"),
        findings_heading=text("page.findings_heading"),
        findings_count=len(chronology.get("findings") or []), findings=findings_list(chronology, language),
        list_heading=text("page.list_heading"), list_intro=text("page.list_intro"),
        th_date=text("page.list_date"), th_event=text("page.list_event"),
        th_place=text("page.list_place"), th_sources=text("page.list_sources"),
        rows=event_rows(chronology, language),
        phone_heading=text("page.phone_heading"), phone_items=phone_items(chronology, language),
        print_alt=text("page.print_chart_alt"),
        footer=text("page.footer", generator=gen_text, built=built_text), footer_bands=text("page.footer_bands"),
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
<div id="chrono-chart" tabindex="0" role="application" aria-label="{chart_label}" aria-describedby="chrono-cursor"></div>
<p id="chrono-cursor" class="sr-only" aria-live="polite"></p>
<img id="chrono-print-chart" class="print-chart" alt="{print_alt}" hidden>
<noscript><p class="noscript">{noscript}</p></noscript>
</div>
<section class="phone-section" aria-label="{phone_heading}">
<h2 class="sr-only">{phone_heading}</h2>
<ol id="chrono-phone" class="phone-timeline">
{phone_items}
</ol>
</section>
<aside id="chrono-details" class="details" aria-live="polite" tabindex="-1">
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
<footer><p>{footer} <span class="screen-only">{footer_bands}</span></p></footer>
</main>
<script type="application/json" id="chrono-data">{data}</script>
{plotly}
<script>{app_js}</script>
</body>
</html>
"""
