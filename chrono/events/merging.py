"""Merging event candidates that report the same real-world event: reads the candidates of all
articles (one source each) and adds the events, each with all its sources, sorted by date and
numbered.

Candidates are compared only within blocks of nearby dates, scored by their statements, actors
and places (:mod:`chrono.events.similarity`) and clustered by average linkage; context-dated
candidates (a duration, "erstmals seit ...") never make an event of their own but join the best
event of their day, or are dropped (:mod:`chrono.events.clustering`). Each cluster becomes one
event here: the most precise date all its sources agree with (the most reported one if they
disagree), the headline of the candidate about that date, its places and actors by frequency.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from chrono.events.clustering import attach_context_dated, cluster_candidates
from chrono.events.cues import cues
from chrono.events.dates import day_is_uncertain
from chrono.events.explain import merge_record
from chrono.events.model import Actor, Event, Source, to_datetime_range
from chrono.events.similarity import Candidate, Profiles
from chrono.model import TimeValue


def merge_events(candidates: Sequence[Event]) -> list[Event]:
    """Group candidates (one source each) into events; returns events sorted by date with ids."""
    items = [Candidate(i, event, *span) for i, event in enumerate(candidates)
             if (span := merge_span(event)) is not None]
    strong = [c for c in items if not c.event.weak]
    weak = [c for c in items if c.event.weak]
    vectors = Profiles.of([c.event for c in items])
    clusters = cluster_candidates(strong, vectors)
    attach_context_dated(weak, clusters, vectors)
    events = []
    for cluster in clusters:
        event = _combine([c.event for c in cluster.members])
        event.merge = merge_record(cluster.links)
        events.append(event)
    return number_events(events)


CLOCK_SLACK = dt.timedelta(minutes=30)  # two reports of one moment rarely agree to the minute
APPROX_SLACK = dt.timedelta(minutes=60)  # "gegen 21.10 Uhr", "kurz nach 21 Uhr"
PART_OF_DAY_SLACK = dt.timedelta(hours=3)  # "am frühen Dienstagmorgen" for 2.40 Uhr
UNCERTAIN_DAY = dt.timedelta(days=1)  # a clock time without its day may belong to the day before


def merge_span(event: Event) -> tuple[dt.datetime, dt.datetime] | None:
    """The interval a candidate is compared by: its date's, with some slack around a clock time
    (more around an approximate one), so that "gegen 21.10 Uhr" and "kurz nach 21 Uhr" can be
    one moment; the event keeps its own date."""
    span = to_datetime_range(event.date)
    if span is None or event.date.grain not in ("minute", "hour", "partofday"):
        return span
    if event.date.grain == "partofday":
        slack = PART_OF_DAY_SLACK
    else:
        slack = APPROX_SLACK if event.date.mod in ("APPROX", "AFTER", "BEFORE") else CLOCK_SLACK
    source = event.sources[0]
    if day_is_uncertain(source.mention.type, source.mention_text):
        return span[0] - UNCERTAIN_DAY - slack, span[1] + slack  # "Anpfiff war um 17 Uhr": maybe a day before
    return span[0] - slack, span[1] + slack


def number_events(events: list[Event]) -> list[Event]:
    """Sort events by date (earliest, latest, title) and give them ids E001, E002 ..."""
    def key(event: Event) -> tuple[dt.datetime, dt.datetime, str]:
        span = to_datetime_range(event.date) or (dt.datetime.min, dt.datetime.min)
        return span[0], span[1], event.title

    events = sorted(events, key=key)
    width = max(3, len(str(len(events))))
    for number, event in enumerate(events, 1):
        event.id = f"E{number:0{width}d}"
    return events


# ---------------------------------------------------------------- combining


def _combine(events: list[Event]) -> Event:
    """One event from the candidates of a cluster."""
    sources: list[Source] = [s for e in events for s in e.sources]
    sources.sort(key=lambda s: (s.published or "", s.document, s.sentence_start))
    dated = [e for e in events if not e.weak] or events
    date = _event_date(dated)
    title_event = _title_event(dated, date)
    places = Counter(p for e in events for p in e.locations)
    if not places:  # no sentence says where: the dateline's place ("Graz. ...", "Wien (APA) -")
        places = Counter(s.dateline for s in sources if s.dateline is not None)
    actors = Counter(a for e in events for a in e.actors)
    unique: dict[str, Actor] = {}
    for actor, _ in actors.most_common():
        unique.setdefault(actor.key, actor)
    return Event(date=date, title=title_event.title, status=_status(sources), sources=sources,
                 locations=[p for p, _ in places.most_common()], actors=list(unique.values()))


def _event_date(events: list[Event]) -> TimeValue:
    """The most precise date every source agrees with; if they disagree, the most reported one."""
    spans = [(e, span) for e in events if (span := to_datetime_range(e.date)) is not None]
    latest_start = max(span[0] for _, span in spans)
    earliest_end = min(span[1] for _, span in spans)
    if latest_start <= earliest_end:
        inside = [(e, span) for e, span in spans if span[0] <= earliest_end and span[1] >= latest_start]
        return min(inside, key=lambda pair: (pair[1][1] - pair[1][0], _is_since(pair[0])))[0].date
    counts = Counter(e.date.value for e in events)
    top = max(counts.values())
    candidates = [e for e in events if counts[e.date.value] == top]
    return min(candidates, key=lambda e: _width(e.date)).date


def _width(date: TimeValue) -> dt.timedelta:
    span = to_datetime_range(date)
    return span[1] - span[0] if span else dt.timedelta.max


def _is_since(event: Event) -> bool:
    return (event.sources[0].mention.signal or "").lower() == "seit"


def _bound_signals() -> set[str]:
    """Signals of the start or end of a state ("ab", "bis"), from chrono/lang/de/events.yaml."""
    data = cues()
    return set(data.get("end_signals", [])) | set(data.get("start_signals", []))


def _title_event(events: list[Event], date: TimeValue | None = None) -> Event:
    """The candidate whose sentence is about this date: not "seit ...", reported rather than
    planned, dated as the event is (not "ab Freitagabend gesperrt" for the reopening on Monday)."""
    span = to_datetime_range(date) if date is not None else None

    def rank(event: Event) -> tuple[int, int, int, int, int, int]:
        source = event.sources[0]
        own = to_datetime_range(event.date)
        outside = int(span is not None and own is not None and not (own[0] <= span[0] and span[1] <= own[1]))
        bound = int((source.mention.signal or "").lower() in _bound_signals())  # "bleibt bis Montag gesperrt"
        return (int(_is_since(event)), int(source.status != "happened"), outside, bound, -len(event.actors),
                int(event.title.endswith("…")))  # a whole headline before a cut one

    return min(events, key=rank)


def _status(sources: list[Source]) -> str:
    statuses = {s.status for s in sources}
    for status in ("happened", "planned", "expected"):
        if status in statuses:
            return status
    return "happened"
