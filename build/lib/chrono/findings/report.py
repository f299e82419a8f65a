"""The consistency report: where the sources of one event disagree.

For every merged event chrono compares what each source says:

- dates: overlapping intervals agree; disjoint ones conflict (``date_conflict``); a more precise
  source refines a vaguer one (``date_refinement``, a note);
- durations of the event ("rund vier Stunden" vs "fast fünfstündigen"): each becomes a range
  (about: ±10 %, nearly: the 10 % below, as stated: ±5 %); ranges that do not meet are a
  ``duration_discrepancy``;
- implied anchors ("seit zweieinhalb Jahren" vs "seit Juli 2019"): an elapsed time is taken back
  from the event's date and compared with the dates given for the same start
  (``anchor_discrepancy``);
- publication dates against what the text implies: a past-tense report of an event dated after
  the article's publication date, or a plan for a date already past (``publication_date``).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from chrono.events.model import Event
from chrono.findings.wording import Wording, document_names, explain
from chrono.lang.data import language_data
from chrono.model import Article

SEVERITIES = ("conflict", "discrepancy", "note")
# Relative tolerance of an amount: as stated, "about" (APPROX), "nearly" (fast/knapp: just below).
EXACT, APPROX, NEARLY = 0.05, 0.10, 0.10
CONFLICT_RATIO = 2.0
UNIT_SECONDS = {"Y": 365.25 * 86400, "M": 30.44 * 86400, "W": 7 * 86400, "D": 86400,
                "H": 3600, "MIN": 60, "S": 1}
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")


@dataclass(slots=True)
class Finding:
    id: str
    kind: str  # duration_discrepancy | date_conflict | date_refinement | anchor_discrepancy | publication_date
    severity: str  # conflict | discrepancy | note
    event: str | None
    sources: list[dict[str, Any]] = field(default_factory=list)  # {document, quote, value}
    explanation: str | Wording = ""  # a Wording until check() puts it into words

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "severity": self.severity, "event": self.event,
                "sources": self.sources, "explanation": self.explanation}


@functools.lru_cache(maxsize=8)
def _amount_words(language: str, kind: str) -> frozenset[str]:
    """Words that qualify an amount: kind "nearly" (fast, knapp) or "approx" (rund, etwa)."""
    data = language_data(language, "events")
    return frozenset(data[kind])


def check(chronology_or_events: dict[str, Any] | Sequence[Event] | Sequence[dict[str, Any]],
          documents: Iterable[Article | dict[str, Any]] = (), *, language: str = "de") -> list[Finding]:
    """Findings for every event, numbered F001 ...; each event's ``findings`` lists its ids."""
    documents = list(documents)
    if isinstance(chronology_or_events, dict):
        events = chronology_or_events.get("events", [])
        documents = documents or chronology_or_events.get("documents", [])
    else:
        events = [event_dict(e, documents) if isinstance(e, Event) else e for e in chronology_or_events]
    published = _published_by_document(documents)
    findings: list[Finding] = []
    for event in events:
        found = (_date_findings(event, published) + _duration_findings(event, language)
                 + _anchor_findings(event) + _publication_findings(event, published))
        for finding in found:
            finding.id = f"F{len(findings) + 1:03d}"
            findings.append(finding)
    names = document_names(documents, language)
    for finding in findings:
        finding.explanation = explain(finding.explanation, names, language)
    ids_by_event: dict[str, list[str]] = {}
    for finding in findings:
        ids_by_event.setdefault(finding.event or "", []).append(finding.id)
    for event in events:
        event["findings"] = ids_by_event.get(event.get("id", ""), [])
    if not isinstance(chronology_or_events, dict):
        for original, data in zip(chronology_or_events, events):
            if isinstance(original, Event):
                original.findings = data["findings"]
    return findings


def event_dict(event: Event, documents: Sequence[Article | dict[str, Any]]) -> dict[str, Any]:
    """The event as the chronology records it; a relative date read from an inferred publication
    date also gets the value it would have if the article had appeared on the runner-up date."""
    data = event.to_dict()
    articles = {d.id: d for d in documents if isinstance(d, Article)}
    by_position = {(s["document"], s["sentence_start"], s["mention"]["start"]): s for s in statements(data)}
    for source in event.sources:
        source_data = by_position[(source.document, source.sentence_start, source.written[0])]
        article = articles.get(source.document)
        published = article.published if article else None
        if (source.dated_by != "text" or not source.mention.relative or published is None
                or published.source == "given" or not published.runner_up or "/" in source.date.value):
            continue
        alternative = _re_resolve(source, str(published.runner_up.get("value", "")))
        if alternative is not None:
            source_data["alternative"] = alternative
    return data


def _re_resolve(source: Any, anchor: str) -> dict[str, Any] | None:
    from chrono.errors import ResolutionError
    from chrono.temporal.resolve import resolve

    try:
        value = resolve(source.mention.expr, anchor, source.mention.tense)
    except (ResolutionError, ValueError, TypeError):
        return None
    if value.earliest is None or value.latest is None:
        return None
    return {"published": anchor, "value": value.value, "earliest": value.earliest, "latest": value.latest}


def has_conflict(findings: Iterable[Finding | dict[str, Any]]) -> bool:
    return any((f.severity if isinstance(f, Finding) else f.get("severity")) == "conflict" for f in findings)


def _published_by_document(documents: Iterable[Article | dict[str, Any]]) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for document in documents:
        if isinstance(document, Article):
            if document.published is not None:
                result[document.id] = document.published.to_dict()
        elif document.get("published"):
            result[str(document["id"])] = document["published"]
    return result


# ---------------------------------------------------------------- intervals


def _day(text: str, *, end: bool) -> dt.datetime:
    if "T" in text:
        value = dt.datetime.fromisoformat(text)
        return value + dt.timedelta(seconds=59) if end and len(text) <= 16 else value
    return dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time.max if end else dt.time.min)


def _span(date: dict[str, Any]) -> tuple[dt.datetime, dt.datetime] | None:
    if not date or date.get("earliest") is None or date.get("latest") is None:
        return None
    return _day(date["earliest"], end=False), _day(date["latest"], end=True)


def statements(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Every statement about an event: each article's source entry and the statements under it."""
    return [item for source in event["sources"] for item in [source, *source.get("statements", [])]]


def _text_sources(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in statements(event) if s.get("dated_by", "text") == "text"]


# ---------------------------------------------------------------- dates


def _bounds(source: dict[str, Any], span: tuple[dt.datetime, dt.datetime]) -> tuple[dt.datetime, dt.datetime]:
    """What a statement allows for the event: "bis Montag" (a state or a deadline) anything up to
    that day, "ab Freitagabend" anything from then on, any other date its own interval."""
    signal = (source["mention"].get("signal") or "").lower()
    if signal in _signals("end_signals"):
        return dt.datetime.min, span[1]
    if signal in _signals("start_signals"):
        return span[0], dt.datetime.max
    return span


@functools.lru_cache(maxsize=8)
def _signals(kind: str, language: str = "de") -> frozenset[str]:
    data = language_data(language, "events")
    return frozenset(data.get(kind, []))


def _date_findings(event: dict[str, Any], published: dict[str, dict[str, Any]]) -> list[Finding]:
    dated = [(s, span) for s in _text_sources(event) if (span := _span(s.get("date") or s["mention"]))]
    if len(dated) < 2:
        return []
    bounds = [_bounds(s, span) for s, span in dated]
    if max(b[0] for b in bounds) > min(b[1] for b in bounds):
        return [_conflict(event, dated, published)]
    dated = [(s, span) for (s, span), b in zip(dated, bounds, strict=True) if b == span]
    if len(dated) < 2:
        return []
    coarse = max(dated, key=lambda pair: pair[1][1] - pair[1][0])
    fine = min(dated, key=lambda pair: pair[1][1] - pair[1][0])
    if coarse[1] != fine[1] and coarse[0]["document"] != fine[0]["document"]:
        return [Finding("", "date_refinement", "note", event["id"],
                        [_quote(coarse[0]), _quote(fine[0])],
                        Wording("date_refinement", {"coarse_source": coarse[0], "fine_source": fine[0]}))]
    return []


def _conflict(event: dict[str, Any], dated: list[tuple[dict[str, Any], Any]],
              published: dict[str, dict[str, Any]]) -> Finding:
    rescued = _rescued_by_runner_up(dated)
    if rescued is not None:
        return rescued(event)
    doubtful = [s for s, _ in dated if s.get("relative") and
                published.get(s["document"], {}).get("source") not in (None, "given")]
    explanation = Wording("date_conflict", {"dated": [s for s, _ in dated], "doubtful": doubtful})
    kind = "date_conflict"
    return Finding("", kind, "conflict", event["id"], [_quote(s) for s, _ in dated], explanation)


def _rescued_by_runner_up(dated: list[tuple[dict[str, Any], Any]]):
    """If re-reading one source against its runner-up publication date makes all dates agree,
    the disagreement is about that publication date: a finding maker for it, else None."""
    for source, _ in dated:
        alternative = source.get("alternative")
        if not alternative:
            continue
        spans = [_span(alternative) if other is source else span for other, span in dated]
        known = [s for s in spans if s is not None]
        if len(known) < len(spans) or max(s[0] for s in known) > min(s[1] for s in known):
            continue

        def finding(event: dict[str, Any], source: dict[str, Any] = source,
                    alternative: dict[str, Any] = alternative) -> Finding:
            return Finding(
                "", "publication_date", "discrepancy", event["id"], [_quote(s) for s, _ in dated],
                Wording("publication_rescued", {"source_dict": source, "alternative": alternative}))
        return finding
    return None


def _quote(source: dict[str, Any], value: str | None = None) -> dict[str, Any]:
    return {"document": source["document"], "quote": source["sentence"],
            "value": value if value is not None else source["mention"].get("value")}


# ---------------------------------------------------------------- durations


def duration_seconds(value: str) -> float | None:
    """Seconds in a TIMEX3 duration such as PT4H, P30M, P2.5Y; None for PXY and the like."""
    match = _DURATION.match(value or "")
    if not match or not any(match.groups()):
        return None
    seconds = 0.0
    if match.group(1):
        seconds += float(match.group(1)) * UNIT_SECONDS[match.group(2)]
    if match.group(3):
        unit = "MIN" if match.group(4) == "M" else match.group(4)
        seconds += float(match.group(3)) * UNIT_SECONDS[unit]
    return seconds


def duration_range(expression: dict[str, Any], language: str = "de") -> tuple[float, float] | None:
    """What a stated duration allows, in seconds: "rund vier Stunden" -> (3.6 h, 4.4 h)."""
    seconds = duration_seconds(expression.get("value", ""))
    if seconds is None:
        return None
    mod = expression.get("mod")
    words = set(re.findall(r"\w+", (expression.get("text") or "").lower()))
    if words & _amount_words(language, "nearly"):
        return seconds * (1 - NEARLY), seconds
    if mod is None and words & _amount_words(language, "approx"):
        mod = "APPROX"
    if mod == "LESS_THAN":
        return 0.0, seconds
    if mod == "MORE_THAN":
        return seconds, float("inf")
    if mod == "APPROX":
        return seconds * (1 - APPROX), seconds * (1 + APPROX)
    return seconds * (1 - EXACT), seconds * (1 + EXACT)


def _duration_findings(event: dict[str, Any], language: str) -> list[Finding]:
    stated = [(source, expression, rng) for source in statements(event) for expression in source.get("durations", [])
              if (rng := duration_range(expression, language)) is not None]
    if len({s["document"] for s, _, _ in stated}) < 2:
        return []
    if max(r[0] for _, _, r in stated) <= min(r[1] for _, _, r in stated):
        return []
    lows, highs = [r[0] for _, _, r in stated], [r[1] for _, _, r in stated]
    severity = "conflict" if min(highs) > 0 and max(lows) / min(highs) > CONFLICT_RATIO else "discrepancy"
    return [Finding("", "duration_discrepancy", severity, event["id"],
                    [_quote(s, _duration_value(e)) for s, e, _ in stated],
                    Wording("duration_discrepancy", {"stated": [(s, e) for s, e, _ in stated]}))]


def _duration_value(expression: dict[str, Any]) -> str:
    return expression["value"] + (f" ({expression['mod']})" if expression.get("mod") else "")


# ---------------------------------------------------------------- anchors


def _anchor_findings(event: dict[str, Any]) -> list[Finding]:
    """Compare the start points the sources imply: "seit zweieinhalb Jahren" vs "seit Juli 2019"."""
    span = _span(event["date"])
    if span is None:
        return []
    implied = []
    for source in statements(event):
        for expression in source.get("anchors", []):
            if source.get("dated_by", "text") == "text" and expression["start"] == source["mention"]["start"]:
                continue  # the source's own date ("seit Juli 2019" dating the earlier meeting)
            interval = _anchor_interval(expression, span)
            if interval is not None:
                implied.append((source, expression, interval))
    if len(implied) < 2 or max(i[0] for _, _, i in implied) <= min(i[1] for _, _, i in implied):
        return []
    return [Finding("", "anchor_discrepancy", "discrepancy", event["id"],
                    [_quote(s, e["value"]) for s, e, _ in implied],
                    Wording("anchor_discrepancy", {"implied": implied}))]


def _anchor_interval(expression: dict[str, Any], span: tuple[dt.datetime, dt.datetime]):
    if expression.get("type") == "DURATION":
        allowed = duration_range(expression)
        if allowed is None:
            return None
        low, high = allowed
        earliest = span[0] - dt.timedelta(seconds=min(high, 1e11)) if high != float("inf") else dt.datetime.min
        return earliest, span[1] - dt.timedelta(seconds=low)
    return _span(expression)


# ---------------------------------------------------------------- publication dates


def _publication_findings(event: dict[str, Any], published: dict[str, dict[str, Any]]) -> list[Finding]:
    findings = []
    for source in _text_sources(event):
        info = published.get(source["document"])
        span = _span(source.get("date") or source["mention"])
        if not info or info.get("precision") != "day" or span is None:
            continue
        day = dt.datetime.fromisoformat(info["value"])
        status = source.get("status")
        # A relative date ("am Dienstag") was worked out from this very publication date, so only an
        # absolute one can contradict it.
        if status == "happened" and not source.get("relative") and span[0] >= day + dt.timedelta(days=1):
            findings.append(Finding(
                "", "publication_date", "conflict", event["id"], [_quote(source)],
                Wording("publication_date", {"which": "publication_past", "source_dict": source, "info": info})))
        elif status in ("planned", "expected") and span[1] < day:
            findings.append(Finding(
                "", "publication_date", "note", event["id"], [_quote(source)],
                Wording("publication_date", {"which": "publication_future", "source_dict": source, "info": info})))
    return findings
