"""The plotly figure: lanes by place, markers for day-precise events, bands for fuzzy dates and ranges.

A stretch said from start to end ("von 2011 bis 2018") is a solid band; an approximate date ("Anfang
Dezember", "im Herbst", "2014") a pale band without an outline that the page script fades towards its
edges, so the two never look alike. Tick labels stand in the middle of their day, where its markers are.

Every trace carries ``meta.role`` ("event" or "badge") and one event id per point in ``customdata``, so
the page script can filter points and count markers. Text that comes from articles is escaped for
plotly's pseudo-HTML (``<``, ``>``, ``&``) and never used as a hover template.
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from typing import Any

import plotly.graph_objects as go

from chrono.render.labels import (
    describe_date,
    format_day,
    format_published,
    is_known_span,
    is_point,
    label,
    parse_moment,
)
from chrono.render.layout import Lane, Placed, date_words, focus_week, source_groups, source_name, time_bounds

COLORS = {
    "happened": "#1f4e8c",
    "planned": "#c46a12",
    "finding": "#c62828",
    "band_happened": "rgba(31, 78, 140, 0.50)",
    "band_planned": "rgba(196, 106, 18, 0.40)",
    "fuzzy_happened": "rgba(31, 78, 140, 0.10)",
    "fuzzy_planned": "rgba(196, 106, 18, 0.10)",
    "lane_even": "#f4f6f9",
    "lane_odd": "#ffffff",
    "grid": "#e3e7ed",
    "text": "#1c2430",
    "muted": "#5b6575",
}
PX_PER_ROW = 34
HOVER_SOURCES = 6
HOVER_WORDS = 3
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


def svg_text(text: str) -> str:
    """Article text made safe for plotly's SVG text: tags and entities show as typed."""
    return html.escape(text, quote=False)


def _wrapped(text: str, width: int = 64) -> str:
    return "<br>".join(svg_text(line) for line in textwrap.wrap(text, width) or [""])


def _is_planned(event: dict[str, Any]) -> bool:
    return event.get("status") in ("planned", "expected")


def _source_line(group: list[dict[str, Any]], documents: dict[str, dict[str, Any]], language: str) -> str:
    """One article's line: outlet, publication date, and the words it used for the date."""
    first = group[0]
    outlet = source_name(first, documents.get(str(first.get("document")), {}), language)
    published = format_published(first.get("published"), language)
    words = date_words(group)
    quoted = ", ".join(f"„{svg_text(w)}“" for w in words[:HOVER_WORDS]) + (" …" if len(words) > HOVER_WORDS else "")
    return f"• {svg_text(outlet)} ({svg_text(published)}): {quoted}"


def hover_text(event: dict[str, Any], lane: str, language: str = "de",
               documents: dict[str, dict[str, Any]] | None = None) -> str:
    """The hover card: date in words, title, place, then per source outlet, words used and publication."""
    date = describe_date(event.get("date") or {}, language)
    status = label(f"status.{event.get('status')}", language) if event.get("status") in ("planned", "expected") else ""
    lines = [f"<b>{_wrapped(str(event.get('title') or ''))}</b>", svg_text(date + (f" · {status}" if status else ""))]
    lines.append(svg_text(", ".join(_places(event)) or lane))
    span = _approximate_span(event.get("date") or {}, language)
    if span:
        lines.append(f"<i>{svg_text(span)}</i>")
    groups = source_groups(event)
    count = len(groups)
    heading = label("page.source_single", language) if count == 1 else label("page.sources_count", language, n=count)
    lines.append(f"<i>{svg_text(heading)}</i>")
    lines += [_source_line(g, documents or {}, language) for g in groups[:HOVER_SOURCES]]
    if count > HOVER_SOURCES:
        lines.append(svg_text(label("page.hover_more_sources", language, n=count - HOVER_SOURCES)))
    if event.get("findings"):
        text = label("page.hover_findings", language, n=len(event["findings"]))
        lines.append(f"<span style='color:{COLORS['finding']}'>⚠ {svg_text(text)}</span>")
    return "<br>".join(lines)


def _approximate_span(date: dict[str, Any], language: str) -> str | None:
    """For a band: the earliest and latest day it may mean, spelled out."""
    if is_point(date):
        return None
    earliest, latest = parse_moment(date.get("earliest")), parse_moment(date.get("latest"))
    if earliest is None or latest is None or earliest.date() == latest.date():
        return None
    return label("page.approximate_span", language, earliest=format_day(earliest.date(), language),
                 latest=format_day(latest.date(), language))


def _places(event: dict[str, Any]) -> list[str]:
    return [str(loc["name"]) for loc in event.get("locations") or [] if loc and loc.get("name")]


def marker_size(source_count: int) -> float:
    """Marker diameter in pixels, growing with the number of source articles (1 -> 13, 5 -> 25, at most 31)."""
    return min(13 + 3 * (max(source_count, 1) - 1), 31)


def _ms(delta: dt.timedelta) -> float:
    return delta.total_seconds() * 1000


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _band_trace(items: list[Placed], planned: bool, language: str, documents: dict[str, Any],
                fuzzy: bool = False) -> go.Bar:
    color = COLORS["planned" if planned else "happened"]
    fill = COLORS[("fuzzy_" if fuzzy else "band_") + ("planned" if planned else "happened")]
    return go.Bar(
        orientation="h",
        base=[_iso(p.start) for p in items],
        x=[_ms(p.end - p.start) for p in items],
        y=[p.y for p in items],
        width=0.62,
        customdata=[p.id for p in items],
        hovertext=[hover_text(p.event, p.lane, language, documents) for p in items],
        hoverinfo="text",
        marker={
            "color": fill,
            "line": {"color": color, "width": 0 if fuzzy else 1.2},
            "pattern": {"shape": "/" if planned else "", "fgcolor": color, "size": 7, "solidity": 0.15},
        },
        name=label("page.legend_planned" if planned else ("page.legend_fuzzy" if fuzzy else "page.legend_band"),
                   language),
        meta={"role": "event", "kind": "band", "planned": planned, "fuzzy": fuzzy},
        showlegend=False,
    )


def _point_trace(items: list[Placed], planned: bool, language: str, documents: dict[str, Any]) -> go.Scatter:
    color = COLORS["planned" if planned else "happened"]
    counts = [len(source_groups(p.event)) for p in items]
    return go.Scatter(
        mode="markers+text",
        x=[_iso(p.x) for p in items],
        y=[p.y for p in items],
        customdata=[p.id for p in items],
        text=[str(n) if n > 1 else "" for n in counts],
        textposition="middle center",
        textfont={"color": color if planned else "#ffffff", "size": 11, "family": FONT},
        hovertext=[hover_text(p.event, p.lane, language, documents) for p in items],
        hoverinfo="text",
        marker={
            "size": [marker_size(n) for n in counts],
            "color": "#ffffff" if planned else color,
            "line": {"color": color if planned else "#ffffff", "width": 2.4 if planned else 1.5},
            "symbol": "circle",
            "opacity": 1,
        },
        name=label("page.legend_planned" if planned else "page.legend_point", language),
        meta={"role": "event", "kind": "point", "planned": planned},
        showlegend=False,
        cliponaxis=False,
    )


def _badge_trace(items: list[Placed], language: str) -> go.Scatter:
    """A warning sign beside each event with findings: text only, so it adds no marker."""
    return go.Scatter(
        mode="text",
        x=[_iso(p.x if p.point else p.start) for p in items],
        y=[p.y - 0.32 if p.point else p.y for p in items],
        customdata=[p.id for p in items],
        text=["⚠" for _ in items],
        textposition=["top right" if p.point else "middle left" for p in items],
        textfont={"color": COLORS["finding"], "size": 14},
        hoverinfo="skip",
        name=label("page.legend_finding", language),
        meta={"role": "badge"},
        showlegend=False,
        cliponaxis=False,
    )


def _lane_shapes(lanes: list[Lane]) -> list[dict[str, Any]]:
    shapes = []
    for index, lane in enumerate(lanes):
        shapes.append({
            "type": "rect", "xref": "paper", "yref": "y", "x0": 0, "x1": 1,
            "y0": lane.top - 0.25, "y1": lane.bottom + 0.25, "layer": "below", "line": {"width": 0},
            "fillcolor": COLORS["lane_even" if index % 2 == 0 else "lane_odd"],
        })
    return shapes


def _tick_formats() -> list[dict[str, Any]]:
    hour, day, month = 3_600_000, 86_400_000, 2_629_800_000
    return [
        {"dtickrange": [None, hour * 6], "value": "%H:%M<br>%a %d.%m."},
        {"dtickrange": [hour * 6, day * 2], "value": "%a %-d.<br>%b %Y"},
        {"dtickrange": [day * 2, month], "value": "%-d. %b<br>%Y"},
        {"dtickrange": [month, month * 12], "value": "%b<br>%Y"},
        {"dtickrange": [month * 12, None], "value": "%Y"},
    ]


def full_range(placed: list[Placed]) -> list[str] | None:
    """The x range that shows every event, with a little air on both sides."""
    bounds = time_bounds(placed)
    if bounds is None:
        return None
    pad = max((bounds[1] - bounds[0]) * 0.03, dt.timedelta(hours=12))
    return [_iso(bounds[0] - pad), _iso(bounds[1] + pad)]


def focus_range(placed: list[Placed]) -> list[str] | None:
    """The x range of the focus week, half a day of margin on each side."""
    week = focus_week(placed)
    if week is None:
        return None
    start = dt.datetime.combine(week[0], dt.time()) - dt.timedelta(hours=12)
    end = dt.datetime.combine(week[1], dt.time()) + dt.timedelta(hours=36)
    return [_iso(start), _iso(end)]


def build_figure(placed: list[Placed], lanes: list[Lane], language: str = "de",
                 documents: list[dict[str, Any]] | None = None) -> go.Figure:
    """The timeline figure; its x range starts on the focus week when there is one."""
    by_id = {str(d.get("id")): d for d in documents or []}
    traces: list[Any] = []
    for fuzzy in (True, False):
        for planned in (False, True):
            bands = [p for p in placed if not p.point and _is_planned(p.event) == planned
                     and is_known_span(p.event.get("date") or {}) != fuzzy]
            if bands:
                traces.append(_band_trace(bands, planned, language, by_id, fuzzy))
    for planned in (False, True):
        points = [p for p in placed if p.point and _is_planned(p.event) == planned]
        if points:
            traces.append(_point_trace(points, planned, language, by_id))
    flagged = [p for p in placed if p.event.get("findings")]
    if flagged:
        traces.append(_badge_trace(flagged, language))
    rows = sum(lane.rows for lane in lanes)
    longest = max((len(lane.name) for lane in lanes), default=8)
    height = max(380, int((rows + 0.5 * len(lanes)) * PX_PER_ROW) + 150)
    focus, everything = focus_range(placed), full_range(placed)
    xaxis: dict[str, Any] = {
        "type": "date", "ticklabelmode": "period", "showgrid": True, "gridcolor": COLORS["grid"], "tickformatstops": _tick_formats(),
        "rangeslider": {"visible": True, "thickness": 0.08, "bgcolor": "#f4f6f9", "bordercolor": "#cfd6df",
                        "borderwidth": 1},
        "linecolor": "#cfd6df", "ticks": "outside", "tickcolor": "#cfd6df", "showspikes": True,
        "spikemode": "across", "spikethickness": 1, "spikecolor": "#9aa5b4", "spikedash": "dot",
    }
    if everything:
        xaxis["rangeslider"]["range"] = everything
        xaxis["range"] = focus or everything
    layout = {
        "height": height,
        "margin": {"l": min(24 + 8 * longest, 220), "r": 24, "t": 16, "b": 24},
        "font": {"family": FONT, "size": 13, "color": COLORS["text"]},
        "plot_bgcolor": "#ffffff", "paper_bgcolor": "#ffffff",
        "barmode": "overlay", "hovermode": "closest", "dragmode": "pan", "showlegend": False,
        "hoverlabel": {"bgcolor": "#ffffff", "bordercolor": "#9aa5b4", "align": "left",
                       "font": {"family": FONT, "size": 12, "color": COLORS["text"]}},
        "xaxis": xaxis,
        "yaxis": {"autorange": "reversed", "tickmode": "array", "tickvals": [lane.center for lane in lanes],
                  "ticktext": [f"<b>{svg_text(lane.name)}</b>" for lane in lanes], "showgrid": False,
                  "zeroline": False, "fixedrange": True, "ticks": "", "ticklabelstandoff": 8},
        "shapes": _lane_shapes(lanes),
        "uirevision": "chronology",
    }
    return go.Figure(data=traces, layout=layout)
