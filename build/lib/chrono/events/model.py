"""The events data: reads nothing itself (the candidate and merging modules fill it in) and adds
the event (its date, headline, status, places, actors), the sources that report it, the actors
named in them, their dictionaries for the chronology document, and a date's interval as datetimes.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from chrono.events.cues import cues
from chrono.events.dates import shifted, written_span
from chrono.events.places import Place
from chrono.model import Mention, TimeValue


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    role: str | None = None
    kind: str = "person"  # person | organisation | country

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "kind": self.kind}


@dataclass(slots=True)
class Source:
    """One article's statement about an event."""

    document: str
    outlet: str | None
    published: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    mention: Mention  # the expression that dates the statement (or, context-dated: its own expression)
    written: tuple[int, int]  # the expression as written, with its preposition ("am Mittwoch")
    status: str
    date: TimeValue
    dated_by: str = "text"  # text | context
    context: Mention | None = None  # the mention that dates a context-dated statement
    durations: list[Mention] = field(default_factory=list)  # how long it lasted
    anchors: list[Mention] = field(default_factory=list)  # "seit Juli 2019", "seit zwei Jahren"
    statement: str = ""  # the sentence with its temporal expressions blanked, for similarity
    regions: list[str] = field(default_factory=list)  # countries and regions named anywhere in it

    @property
    def mention_text(self) -> str:
        return self.sentence[self.written[0] - self.sentence_start:self.written[1] - self.sentence_start]

    def to_dict(self) -> dict[str, Any]:
        mention = {"text": self.mention_text, "start": self.written[0], "end": self.written[1],
                   "value": self.mention.value, "type": self.mention.type}
        if self.mention.signal:
            mention["signal"] = self.mention.signal
        data: dict[str, Any] = {
            "document": self.document, "outlet": self.outlet, "published": self.published,
            "sentence": self.sentence, "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end, "mention": mention, "status": self.status,
            "dated_by": self.dated_by,
        }
        if self.context is not None:
            data["context"] = {"text": self.context.text, "start": self.context.start,
                               "end": self.context.end, "value": self.context.value,
                               "type": self.context.type}
        data["date"] = {"value": self.date.value, "grain": self.date.grain, "mod": self.date.mod,
                        "earliest": self.date.earliest, "latest": self.date.latest}
        data["relative"] = self.mention.relative
        data["durations"] = [self._expression(m) for m in self.durations]
        data["anchors"] = [self._expression(m) for m in self.anchors]
        return data

    def _expression(self, mention: Mention) -> dict[str, Any]:
        """A duration or anchor as written in the sentence ("mit vier Stunden", "seit Juli 2019");
        an adjective ("fast fünfstündigen") stands without the preposition of its noun."""
        start = written_span(self.sentence, shifted(mention, self.sentence_start))[0] + self.sentence_start
        if re.search(cues()["duration_adjective"] + r"$", mention.text):
            start = mention.start
        return _expression(mention, self.sentence[start - self.sentence_start:mention.end - self.sentence_start], start)


def _source_rank(source: Source) -> tuple[int, int, float, int]:
    """Dated by its own words first, then not a "seit" date, then the most precise, then the first."""
    span = to_datetime_range(source.date)
    width = (span[1] - span[0]).total_seconds() if span else float("inf")
    return (int(source.dated_by != "text"), int((source.mention.signal or "").lower() == "seit"), width,
            source.sentence_start)


def _expression(mention: Mention, written: str, start: int) -> dict[str, Any]:
    return {"text": written, "start": start, "end": mention.end, "type": mention.type,
            "value": mention.value, "mod": mention.mod, "signal": mention.signal,
            "earliest": mention.earliest, "latest": mention.latest}


@dataclass(slots=True)
class Event:
    """An event: one candidate from one sentence, or several merged by
    :func:`chrono.events.merging.merge_events`."""

    date: TimeValue
    title: str
    status: str
    sources: list[Source]
    locations: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    id: str = ""
    findings: list[str] = field(default_factory=list)

    def source_entries(self) -> list[dict[str, Any]]:
        """One entry per article: its statement that dates the event best, with the article's
        other statements about the event (a duration, "erstmals seit ...") under ``statements``."""
        groups: dict[str, list[Source]] = {}
        for source in self.sources:
            groups.setdefault(source.document, []).append(source)
        entries = []
        for group in groups.values():
            primary = min(group, key=_source_rank)
            entry = primary.to_dict()
            others = [s.to_dict() for s in group if s is not primary]
            if others:
                entry["statements"] = others
            entries.append(entry)
        return entries

    @property
    def weak(self) -> bool:
        """True when no source dates the event by a date of its own (all are context-dated)."""
        return all(source.dated_by == "context" for source in self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": {"value": self.date.value, "type": self.date.type, "grain": self.date.grain,
                     "mod": self.date.mod, "earliest": self.date.earliest, "latest": self.date.latest},
            "title": self.title,
            "status": self.status,
            "locations": [place.to_dict() for place in self.locations],
            "actors": [actor.to_dict() for actor in self.actors],
            "sources": self.source_entries(),
            "findings": list(self.findings),
        }


def to_datetime_range(date: TimeValue) -> tuple[dt.datetime, dt.datetime] | None:
    """The inclusive interval of a value as datetimes (a day runs from 00:00 to 23:59:59)."""
    if date.earliest is None or date.latest is None:
        return None
    return _parse(date.earliest, end=False), _parse(date.latest, end=True)


def _parse(text: str, *, end: bool) -> dt.datetime:
    if "T" in text:
        value = dt.datetime.fromisoformat(text)
        if end and len(text) <= 16:  # minute precision: the whole minute
            value += dt.timedelta(seconds=59)
        return value
    day = dt.date.fromisoformat(text[:10])
    return dt.datetime.combine(day, dt.time.max.replace(microsecond=0) if end else dt.time.min)
