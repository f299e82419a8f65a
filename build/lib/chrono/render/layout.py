"""Where each event goes on the timeline: its lane (place), its row inside the lane, its extent in time.

Pure functions over the chronology dict; the figure and the page are drawn from the result.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from chrono.render.labels import has_clock_time, is_point, label, parse_moment
from chrono.render.names import document_label, source_label

ROW_HEIGHT = 1.0
LANE_GAP = 0.5


@dataclass(frozen=True, slots=True)
class Placed:
    """An event with its position: ``start``/``end`` bound the drawn extent (end exclusive)."""

    event: dict[str, Any]
    lane: str
    row: int
    y: float
    start: dt.datetime
    end: dt.datetime
    point: bool

    @property
    def id(self) -> str:
        return str(self.event.get("id"))

    @property
    def x(self) -> dt.datetime:
        """Where a marker sits: the clock time if known, else the middle of the day."""
        if has_clock_time(self.event["date"].get("earliest")):
            return self.start
        return self.start + dt.timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class Lane:
    name: str
    top: float
    rows: int

    @property
    def center(self) -> float:
        return self.top + self.rows * ROW_HEIGHT / 2

    @property
    def bottom(self) -> float:
        return self.top + self.rows * ROW_HEIGHT


def place_names(event: dict[str, Any]) -> list[str]:
    """The names of an event's places, in the order given; empty when it has none."""
    return [str(loc["name"]) for loc in event.get("locations") or [] if loc and loc.get("name")]


def source_sentences(source: dict[str, Any]) -> list[dict[str, Any]]:
    """A source entry and the further statements of the same article nested under it."""
    return [source, *(source.get("statements") or [])]


def date_words(group: list[dict[str, Any]]) -> list[str]:
    """The words an article used for the event's date: the expressions of its sentences dated by their
    own text (a sentence dated from its context contributes none), each once."""
    words = ((s.get("mention") or {}).get("text") for s in group if s.get("dated_by") != "context")
    return [w for w in dict.fromkeys(words) if w]


def source_groups(event: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """An event's sentences grouped by article, in the order the articles first appear: one group per
    source article, however many of its sentences report the event."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for source in event.get("sources") or []:
        groups.setdefault(str(source.get("document")), []).extend(source_sentences(source))
    return list(groups.values())


def source_name(source: dict[str, Any], document: dict[str, Any], language: str = "de") -> str:
    """What the page calls a source: its outlet, else the article's title, else a short file name."""
    return source_label(source, document or None, language)


def document_name(document: dict[str, Any], language: str = "de") -> str:
    """What the page calls an article on its own: its outlet, else its title, else a short file name."""
    return document_label(document, language)


def lane_of(event: dict[str, Any], language: str = "de") -> str:
    """An event's lane: its first place, or the lane for events without a place."""
    names = place_names(event)
    return names[0] if names else label("lanes.no_place", language)


def extent(event: dict[str, Any]) -> tuple[dt.datetime, dt.datetime] | None:
    """The drawn extent of an event's date (end exclusive), or None when it has no position in time."""
    date = event.get("date") or {}
    earliest = parse_moment(date.get("earliest"))
    if earliest is None:
        return None
    latest = parse_moment(date.get("latest")) or earliest
    latest = max(latest, earliest)
    if has_clock_time(date.get("latest")):
        return earliest, latest + dt.timedelta(minutes=1)
    start = dt.datetime.combine(earliest.date(), dt.time())
    return start, dt.datetime.combine(latest.date(), dt.time()) + dt.timedelta(days=1)


def _occupied(start: dt.datetime, end: dt.datetime, point: bool) -> tuple[dt.datetime, dt.datetime]:
    """The stretch of time an event keeps free of neighbours in its row: a whole day for a marker."""
    if point:
        day = dt.datetime.combine(start.date(), dt.time())
        return day, day + dt.timedelta(days=1)
    return start, end


def _pack_rows(items: list[tuple[dt.datetime, dt.datetime, dict[str, Any]]]) -> list[int]:
    """Greedy interval packing: each item goes to the first row that is free at its start."""
    row_ends: list[dt.datetime] = []
    rows = []
    for start, end, _ in items:
        for index, row_end in enumerate(row_ends):
            if row_end <= start:
                row_ends[index] = end
                rows.append(index)
                break
        else:
            row_ends.append(end)
            rows.append(len(row_ends) - 1)
    return rows


def _lane_order(by_lane: dict[str, list[tuple[dt.datetime, dt.datetime]]], no_place: str) -> list[str]:
    """Lanes in the order their events happen (median of the events' midpoints), the placeless last."""

    def key(name: str) -> tuple[bool, float, str]:
        middles = [(s.timestamp() + e.timestamp()) / 2 for s, e in by_lane[name]]
        return (name == no_place, statistics.median(middles), name)

    return sorted(by_lane, key=key)


def place_events(chronology: dict[str, Any], language: str = "de") -> tuple[list[Placed], list[Lane]]:
    """Lanes and positions for every event that has a date; events are assumed to have one."""
    no_place = label("lanes.no_place", language)
    grouped: dict[str, list[tuple[dt.datetime, dt.datetime, dict[str, Any]]]] = defaultdict(list)
    for event in chronology.get("events") or []:
        span = extent(event)
        if span is not None:
            grouped[lane_of(event, language)].append((span[0], span[1], event))
    order = _lane_order({k: [(s, e) for s, e, _ in v] for k, v in grouped.items()}, no_place)
    placed: list[Placed] = []
    lanes: list[Lane] = []
    top = 0.0
    for name in order:
        items = []
        for start, end, event in grouped[name]:
            point = is_point(event.get("date") or {})
            occupied = _occupied(start, end, point)
            items.append((occupied[0], occupied[1], event, start, end, point))
        items.sort(key=lambda item: (item[0], -(item[1] - item[0]).total_seconds(), str(item[2].get("id"))))
        rows = _pack_rows([(a, b, ev) for a, b, ev, *_ in items])
        for (_, _, event, start, end, point), row in zip(items, rows, strict=True):
            y = top + row * ROW_HEIGHT + ROW_HEIGHT / 2
            placed.append(Placed(event, name, row, y, start, end, point))
        lanes.append(Lane(name, top, max(rows) + 1))
        top = lanes[-1].bottom + LANE_GAP
    return placed, lanes


def focus_week(placed: list[Placed]) -> tuple[dt.date, dt.date] | None:
    """The ISO week (Monday to Sunday) with the most day-precise events, more sources breaking ties."""
    weeks: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for item in placed:
        if item.point:
            iso = item.start.date().isocalendar()
            weeks[(iso.year, iso.week)][0] += 1
            weeks[(iso.year, iso.week)][1] += len(source_groups(item.event))
    if not weeks:
        return None
    year, week = max(weeks, key=lambda k: (weeks[k][0], weeks[k][1], k))
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def time_bounds(placed: list[Placed]) -> tuple[dt.datetime, dt.datetime] | None:
    if not placed:
        return None
    return min(p.start for p in placed), max(p.end for p in placed)
