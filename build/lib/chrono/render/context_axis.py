"""The broken time axis of the "Alles" view: the focus week gets most of the width, what came before
and after gets a narrow panel of its own on either side, so a twenty-year chronology does not squeeze
the week that matters into a blob at its edge.

Reads the events as placed on the timeline (:mod:`chrono.render.layout`); adds :func:`broken_axis`,
the panels (plotly x axes with their domains, ranges and headings) and which panel each event is
drawn in. The page script lays the figure out with them when "Alles" is chosen.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from chrono.render.labels import format_span, label
from chrono.render.layout import Placed, focus_week, time_bounds

# the "Alles" view breaks its axis only when everything spans this many times the focus week
MIN_RATIO = 6
GAP = 0.03  # paper width between two panels
SIDE_SHARE = 0.22  # paper width of a panel before or after the focus week
NEAR = dt.timedelta(days=10)  # day-precise events this close to the focus week join its panel


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _padded(start: dt.datetime, end: dt.datetime, floor: dt.datetime | None = None,
            ceiling: dt.datetime | None = None) -> list[str]:
    """A panel's range with some air, never reaching into the focus week's panel."""
    pad = max((end - start) * 0.04, dt.timedelta(hours=12))
    low, high = start - pad, end + pad
    return [_iso(max(low, floor) if floor else low), _iso(min(high, ceiling) if ceiling else high)]


def _span_words(items: list[Placed], language: str) -> str:
    first = min(p.start for p in items).date()
    last = (max(p.end for p in items) - dt.timedelta(seconds=1)).date()
    if first.year != last.year:  # a narrow panel: whole years say enough
        return format_span(first.replace(month=1, day=1), last.replace(month=12, day=31), language)
    return format_span(first, last, language)


def _core(placed: list[Placed], week: tuple[dt.date, dt.date]) -> tuple[dt.datetime, dt.datetime]:
    """The focus week, widened to the day-precise events just before and after it."""
    start = dt.datetime.combine(week[0], dt.time())
    end = dt.datetime.combine(week[1], dt.time()) + dt.timedelta(days=1)
    near = [p for p in placed if p.point and start - NEAR <= p.start < end + NEAR]
    return min([start, *(p.start for p in near)]), max([end, *(p.end for p in near)])


def broken_axis(placed: list[Placed], language: str = "de") -> dict[str, Any] | None:
    """Panels before, at and after the focus week, or None when one axis shows everything well."""
    week, bounds = focus_week(placed), time_bounds(placed)
    if week is None or bounds is None:
        return None
    core_start, core_end = _core(placed, week)
    if (bounds[1] - bounds[0]) < (core_end - core_start) * MIN_RATIO:
        return None
    sides: dict[str, list[Placed]] = {"before": [], "core": [], "after": []}
    for item in placed:
        middle = item.start + (item.end - item.start) / 2
        side = "before" if middle < core_start else "after" if middle >= core_end else "core"
        sides[side].append(item)
    shown = [side for side in ("before", "core", "after") if sides[side]]
    if len(shown) < 2:
        return None
    side_width = SIDE_SHARE
    core_width = 1 - sum(side_width + GAP for side in shown if side != "core")
    panels, left = [], 0.0
    axes = {}
    for number, side in enumerate(shown, start=1):
        width = core_width if side == "core" else side_width
        axis = "x" if number == 1 else f"x{number}"
        items = sides[side]
        if side == "core":
            rng = [_iso(core_start - dt.timedelta(hours=12)), _iso(core_end + dt.timedelta(hours=12))]
            last = (core_end - dt.timedelta(seconds=1)).date()
            heading = label("page.panel_core", language, span=format_span(core_start.date(), last, language))
        else:
            before = side == "before"
            rng = _padded(min(p.start for p in items), max(p.end for p in items),
                          None if before else core_end, core_start if before else None)
            heading = label(f"page.panel_{side}", language, span=_span_words(items, language))
        panels.append({"axis": axis, "domain": [round(left, 4), round(min(left + width, 1), 4)], "range": rng,
                       "heading": heading, "core": side == "core"})
        for item in items:
            axes[item.id] = axis
        left += width + GAP
    return {"panels": panels, "panel": axes}
