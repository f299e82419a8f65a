"""Merging event candidates that report the same real-world event.

1. Blocking: candidates are sorted by date and only those whose intervals overlap (or lie within
   a few days of each other, so that conflicting reports can still meet) are compared; a corpus
   is never compared pair by pair.
2. A pair's score combines the TF-IDF cosine of the statements (character n-grams, robust to
   German inflection; temporal expressions blanked so that "am Mittwoch" does not make two
   sentences alike), shared actors and shared places. Different cities, or one article giving two
   disjoint dates, forbid a merge.
3. Clusters grow by average linkage within each block; disjoint dates need a much higher score
   (they then become a date conflict in the consistency report).
4. Context-dated candidates (a duration, "erstmals seit ...") never make an event of their own:
   they join the best event of their day, or are dropped.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from chrono.events.cues import cues
from chrono.events.model import Actor, Event, Source, to_datetime_range
from chrono.lang.data import language_data
from chrono.model import TimeValue

CONFLICT_WINDOW = dt.timedelta(days=3)
MERGE_THRESHOLD = 0.30
CONFLICT_THRESHOLD = 0.60
ATTACH_THRESHOLD = 0.12
WEIGHTS = {"text": 0.45, "actors": 0.35, "places": 0.2, "kind": 0.15, "nouns": 0.3}
MIN_NOUN = 4  # shorter capitalised words ("Uhr", "Amt") say little
SAME_DATE_BONUS = 0.05
COUNTRY_WEIGHT = 0.5
SAME_DOCUMENT_BONUS = 0.15
CONTEXT_BONUS = 0.3
COARSE_SPAN = dt.timedelta(days=31)
MAX_POSTING = 2000  # a blocking key shared by more candidates than this says nothing
GRAIN_SPAN = {"minute": dt.timedelta(minutes=1), "hour": dt.timedelta(hours=1)}
COSINE_CELLS = 1 << 22  # statement similarities are summed in tables of about this many cells


@dataclass(slots=True)
class _Candidate:
    index: int
    event: Event
    start: dt.datetime
    end: dt.datetime

    @property
    def document(self) -> str:
        return self.event.sources[0].document


def merge_events(candidates: Sequence[Event]) -> list[Event]:
    """Group candidates (one source each) into events; returns events sorted by date with ids."""
    items = [_Candidate(i, event, *span) for i, event in enumerate(candidates)
             if (span := to_datetime_range(event.date)) is not None]
    strong = [c for c in items if not c.event.weak]
    weak = [c for c in items if c.event.weak]
    vectors = _Profiles(_vectorise([c.event for c in items]), _entity_weights([c.event for c in items]))
    clusters = _cluster(strong, vectors)
    _attach(weak, clusters, vectors)
    events = [_combine([c.event for c in cluster.members]) for cluster in clusters]
    return number_events(events)


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


# ---------------------------------------------------------------- similarity


def _vectorise(events: list[Event]) -> csr_matrix:
    """TF-IDF rows of the statements (character n-grams, L2-normalised), one per event."""
    texts = [" ".join(s.statement for s in e.sources) or e.title for e in events]
    if not texts:
        return csr_matrix((0, 0))
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
    return vectoriser.fit_transform(texts).tocsr()


@dataclass(slots=True)
class _Profiles:
    """What candidates are compared by: TF-IDF rows of their statements, weights of entities."""

    text: csr_matrix
    weights: dict[str, float]


def _entity_weights(events: list[Event]) -> dict[str, float]:
    """Inverse document frequency of each actor, country and region over the candidates: "Russland"
    in half of them says less about sameness than a named person does."""
    counts = Counter(key for event in events for key in _entities(event))
    total = len(events)
    return {key: math.log((1 + total) / (1 + n)) + 1 for key, n in counts.items()}


def _evidence(a: _Cluster, b: _Cluster) -> float:
    """How much the shared entities say: a named actor, or two countries, is full evidence; one
    shared country or region ("Ukraine") only half. Nothing shared counts fully (against)."""
    shared = a.entities.keys() & b.entities.keys()
    if not shared:
        return 1.0
    return min(1.0, sum(COUNTRY_WEIGHT if key.startswith("country:") else 1.0 for key in shared))


def _entities(event: Event) -> set[str]:
    """Actors and the countries and regions spoken of."""
    keys = {actor.key for actor in event.actors}
    for source in event.sources:
        keys |= {f"country:{name}" for name in source.regions}
    return keys


@functools.lru_cache(maxsize=4)
def _same_event_cues(language: str = "de") -> dict:
    return language_data(language, "sameevent") or {}


def _kind_stems(language: str = "de") -> dict[str, tuple[str, ...]]:
    """Kinds of happening (talks, vote, attack ...) and the word stems that name them."""
    return {kind: tuple(stems) for kind, stems in _same_event_cues(language).get("event_kinds", {}).items()}


def _nouns(event: Event, language: str = "de") -> set[str]:
    """The capitalised content words of the statements (names and nouns, not "Der" or "Prozent"):
    two match reports written to one template ("hat am Samstag gegen ... mit 1:0 gewonnen") are
    told apart by their teams."""
    stop = set(_same_event_cues(language).get("stopwords", [])) | {p.name.lower() for p in event.locations}
    return {word.lower() for source in event.sources
            for word in re.findall(r"[A-ZÄÖÜ][\wäöüß-]+", source.statement)
            if len(word) >= MIN_NOUN and word.lower() not in stop}


def _states(event: Event) -> set[str]:
    """States and provinces named as where it happened ("in Sachsen", "in Tirol")."""
    return {p.name for p in event.locations if p.kind == "region" and p.country}


def _kinds(event: Event) -> set[str]:
    """The kinds of happening a statement names: "Sondierungsgespräche" talks, "Landtagswahl" a
    vote. A long stem may stand anywhere in a compound, a short one ("wahl", "rat") only at its
    end, where German puts the head of a compound ("Wahlbeteiligung" is no vote)."""
    kinds = set()
    for source in event.sources:
        for word in re.findall(r"[A-ZÄÖÜ][\wäöüß-]+", source.statement):
            head = word.split("-")[-1].lower()
            bare = re.sub(r"(?:en|es|e|n|s)$", "", head)
            for kind, stems in _kind_stems().items():
                if any(stem in head if len(stem) >= 6 else bare.endswith(stem) for stem in stems):
                    kinds.add(kind)
    return kinds


def _places_meet(a: _Cluster, b: _Cluster) -> float | None:
    """1 when the clusters share a place, 0 when they name places of the same kind (cities,
    regions, countries) but none in common; None when they name places of different kinds:
    "in Saarbrücken" says nothing against "im Saarland"."""
    if a.places & b.places:
        return 1.0
    if a.place_kinds & b.place_kinds:
        return 0.0
    return None


def _cities(event: Event) -> set[int]:
    return {p.geonameid for p in event.locations if p.kind == "city" and p.geonameid is not None}


class _Cluster:
    """Candidates believed to report one event, with the profile they are compared by."""

    def __init__(self, item: _Candidate, vectors) -> None:
        self.members = [item]
        row = slice(vectors.text.indptr[item.index], vectors.text.indptr[item.index + 1])
        # feature -> weight, in the order the features were first seen (the order sums run in)
        self.vector = dict(zip(vectors.text.indices[row].tolist(), vectors.text.data[row].tolist(), strict=True))
        self.dimension = vectors.text.shape[1]  # how many features there are
        self._arrays()
        self.entities = Counter({key: vectors.weights.get(key, 1.0) for key in _entities(item.event)})
        self.cities = _cities(item.event)
        self.places = {p.name for p in item.event.locations}
        self.place_kinds = {p.kind for p in item.event.locations}
        self.kinds = _kinds(item.event)
        self.nouns = _nouns(item.event)
        self.noun_counts = Counter(self.nouns)
        self.states = _states(item.event)
        self.start, self.end = item.start, item.end  # intersection of the members' intervals
        self.key = item.index
        self._derived: dict[str, object] = {}  # what is worked out from the above, until it changes

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        for feature, weight in other.vector.items():
            self.vector[feature] = self.vector.get(feature, 0.0) + weight
        self._arrays()
        self.entities.update(other.entities)
        self.cities |= other.cities
        self.places |= other.places
        self.place_kinds |= other.place_kinds
        self.kinds |= other.kinds
        self.nouns |= other.nouns
        self.noun_counts.update(other.noun_counts)
        self.states |= other.states
        self.start, self.end = max(self.start, other.start), min(self.end, other.end)
        self._derived.clear()

    def take(self, single: _Cluster) -> None:
        """Add a context-dated candidate: its members and entities, nothing else."""
        self.members += single.members
        self.entities.update(single.entities)
        self._derived.clear()

    def _arrays(self) -> None:
        """The vector's features and weights as arrays (in its order) and its norm."""
        self.features = np.fromiter(self.vector.keys(), dtype=np.int64, count=len(self.vector))
        self.weights = np.fromiter(self.vector.values(), dtype=np.float64, count=len(self.vector))
        self.norm = _norm(self.vector)

    @property
    def core_nouns(self) -> set[str]:
        """The names and nouns at least half the members use: what the cluster is about."""
        if "core_nouns" not in self._derived:
            self._derived["core_nouns"] = {noun for noun, count in self.noun_counts.items()
                                           if 2 * count >= len(self.members)}
        return self._derived["core_nouns"]

    @property
    def documents(self) -> set[str]:
        if "documents" not in self._derived:
            self._derived["documents"] = {m.document for m in self.members}
        return self._derived["documents"]

    @property
    def entity_square(self) -> float:
        """The squared norm of the entity weights."""
        if "entity_square" not in self._derived:
            self._derived["entity_square"] = sum(v * v for v in self.entities.values())
        return self._derived["entity_square"]

    @property
    def consistent(self) -> bool:
        return self.start <= self.end


def _norm(vector: dict[int, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def _cosine(a: _Cluster, b: _Cluster) -> float:
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    dot = sum(w * large.get(f, 0.0) for f, w in small.items())
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


def _cosines(hub: _Cluster, others: Sequence[_Cluster], hub_first: Sequence[bool]) -> list[float]:
    """``_cosine(hub, other)`` (or ``_cosine(other, hub)`` where ``hub_first`` is false) for each
    of ``others``, bit for bit, with the per-weight work done by numpy.

    As in :func:`_cosine`, the products of the shorter vector's weights with the other's run in
    the shorter vector's order and are added one after the other (a cumulative sum, never a
    pairwise one), so that every score, and so every merge, is exactly what it was.
    """
    if not others:
        return []
    weight = np.zeros(hub.dimension)  # the hub's vector, dense
    weight[hub.features] = hub.weights
    place = np.full(hub.dimension, -1, dtype=np.int64)  # where each of the hub's features stands in its order
    place[hub.features] = np.arange(len(hub.features))
    lengths = np.array([len(o.features) for o in others], dtype=np.int64)
    # A pair runs in the hub's order when the hub is the shorter vector (the first on a tie).
    in_hub_order = (len(hub.features) < lengths) | ((len(hub.features) == lengths) & np.array(hub_first, dtype=bool))
    features = np.concatenate([o.features for o in others])
    rows = np.repeat(np.arange(len(others)), lengths)
    # Only the features both vectors have add to a sum (the others add 0.0, which changes nothing).
    shared = place[features] >= 0
    features, rows = features[shared], rows[shared]
    products = np.concatenate([o.weights for o in others])[shared] * weight[features]
    # Each pair's products in the shorter vector's order: the other's own order is kept by the
    # concatenation, the hub's is restored by sorting on the hub's positions.
    hub_order = in_hub_order[rows]
    order = np.arange(len(rows))
    order[hub_order] = order[hub_order][np.argsort(rows[hub_order] * len(hub.features) + place[features[hub_order]])]
    products = products[order]
    counts = np.bincount(rows, minlength=len(others))
    columns = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
    dots = np.zeros(len(others))
    step = max(1, COSINE_CELLS // (1 + int(counts.max(initial=0))))
    starts = np.concatenate([[0], np.cumsum(counts)])
    for first in range(0, len(others), step):  # one row per pair, summed left to right
        last = min(first + step, len(others))
        table = np.zeros((last - first, 1 + int(counts[first:last].max(initial=0))))
        span = slice(starts[first], starts[last])
        table[rows[span] - first, columns[span]] = products[span]
        dots[first:last] = np.cumsum(table, axis=1)[:, -1]
    return [dot / (hub.norm * o.norm) if hub.norm and o.norm else 0.0
            for dot, o in zip(dots.tolist(), others, strict=True)]


def _entity_cosine(a: _Cluster, b: _Cluster) -> float:
    dot = sum(a.entities[k] * b.entities[k] for k in a.entities.keys() & b.entities.keys())
    norm = math.sqrt(a.entity_square * b.entity_square)
    return dot / norm if norm else 0.0


def cluster_score(a: _Cluster, b: _Cluster, text: float | None = None) -> float | None:
    """How alike two clusters are, in [0, 1]; None when they cannot be one event. ``text``, when
    given, is the cosine of their statements already computed (see :func:`_cosines`)."""
    if a.cities and b.cities and not a.cities & b.cities:
        return None  # they name different cities
    if a.states and b.states and not a.states & b.states:
        return None  # they name different states ("in Sachsen", "in Thüringen")
    disjoint = max(a.start, b.start) > min(a.end, b.end)
    if disjoint and a.documents & b.documents:
        return None  # one article does not give one event two disjoint dates
    # A signal only one side has says nothing: weigh only what both clusters state.
    signals = [(WEIGHTS["text"], _cosine(a, b) if text is None else text)]
    if a.entities and b.entities:
        signals.append((WEIGHTS["actors"] * _evidence(a, b), _entity_cosine(a, b)))
    if a.places and b.places and (places := _places_meet(a, b)) is not None:
        signals.append((WEIGHTS["places"], places))
    if len(signals) == 1 and a.nouns and b.nouns:
        # Only the wording to go by: two reports written to one template ("hat am Samstag gegen ...
        # mit 1:0 gewonnen") must also share a name or noun.
        signals.append((WEIGHTS["nouns"], len(a.nouns & b.nouns) / len(a.nouns | b.nouns)))
    if a.kinds & b.kinds:  # the same kind of happening; different kinds ("Rat", "Beratungen") may still be one
        signals.append((WEIGHTS["kind"], 1.0))
    score = sum(w * v for w, v in signals) / sum(w for w, _ in signals)
    if len(a.members) == len(b.members) == 1 and a.members[0].event.date.value == b.members[0].event.date.value:
        score += SAME_DATE_BONUS
    return score


# ---------------------------------------------------------------- blocking and clustering


def candidate_pairs(items: list[_Candidate], window: dt.timedelta = CONFLICT_WINDOW):
    """The pairs worth comparing, never all pairs of a corpus.

    Short intervals (up to a month): pairs that overlap or lie within ``window`` of each other, by
    a sweep over the candidates sorted by start. Long intervals ("2014", "im Herbst") overlap a
    great many others, so a pair with one of them is compared only if the two also share a
    blocking key (an actor, a place, a noun) and overlap in time.
    """
    short = [c for c in items if c.end - c.start <= COARSE_SPAN]
    yield from _sweep(short, window)
    if len(short) == len(items):
        return
    postings: dict[str, list[_Candidate]] = {}
    for item in items:
        for key in _blocking_keys(item):
            postings.setdefault(key, []).append(item)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_POSTING or all(c.end - c.start <= COARSE_SPAN for c in posting):
            continue
        for a, b in _sweep(posting, dt.timedelta(0)):
            pair = (min(a.index, b.index), max(a.index, b.index))
            if pair in seen or (a.end - a.start <= COARSE_SPAN and b.end - b.start <= COARSE_SPAN):
                continue
            seen.add(pair)
            yield a, b


def _sweep(items: list[_Candidate], window: dt.timedelta):
    ordered = sorted(items, key=lambda c: (c.start, c.end))
    active: list[_Candidate] = []
    for item in ordered:
        active = [other for other in active if other.end + window >= item.start]
        for other in active:
            yield other, item
        active.append(item)


def _blocking_keys(item: _Candidate) -> set[str]:
    if item.event is None:
        return set()
    keys = _entities(item.event) | {f"place:{p.name}" for p in item.event.locations}
    for source in item.event.sources:
        keys |= {word.lower() for word in re.findall(r"\b[A-ZÄÖÜ][\wäöüß-]{3,}", source.statement)}
    return keys


def _cluster(items: list[_Candidate], vectors) -> list[_Cluster]:
    """Agglomerative clustering by cluster profiles, inside the blocks of :func:`candidate_pairs`.

    The best-scoring pair of clusters merges first; a heap holds the scores, and a pair whose
    clusters changed since it was scored is re-scored only when it comes up.
    """
    clusters: dict[int, _Cluster] = {c.index: _Cluster(c, vectors) for c in items}
    neighbours: dict[int, set[int]] = {c.index: set() for c in items}
    for a, b in candidate_pairs(items):
        neighbours[a.index].add(b.index)
        neighbours[b.index].add(a.index)
    version = dict.fromkeys(clusters, 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(i: int, others: Sequence[int]) -> None:
        """Score cluster i against each of others and queue the pairs that may merge."""
        texts = _cosines(clusters[i], [clusters[j] for j in others], [i < j for j in others])
        for j, text in zip(others, texts, strict=True):
            a, b = min(i, j), max(i, j)
            score = _merge_score(clusters[a], clusters[b], text)
            if score is not None:
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for i, links in neighbours.items():
        push(i, [j for j in links if i < j])
    while heap:
        _, i, j, vi, vj = heapq.heappop(heap)
        if i not in clusters or j not in clusters or version[i] != vi or version[j] != vj:
            continue
        clusters[i].absorb(clusters.pop(j))
        version[i] += 1
        for other in neighbours.pop(j):
            neighbours[other].discard(j)
            if other != i:
                neighbours[other].add(i)
                neighbours[i].add(other)
        neighbours[i].discard(i)
        push(i, list(neighbours[i]))
    return list(clusters.values())


def _merge_score(a: _Cluster, b: _Cluster, text: float | None = None) -> float | None:
    """The score if the two clusters may merge now, else None (``text`` as in :func:`cluster_score`)."""
    core_a, core_b = a.core_nouns, b.core_nouns
    if core_a and core_b and not core_a & core_b and not a.entities.keys() & b.entities.keys():
        return None  # no actor and no name or noun in common: a demonstration and an arrest in one city
    score = cluster_score(a, b, text)
    if score is None:
        return None
    overlap = max(a.start, b.start) <= min(a.end, b.end) and a.consistent and b.consistent
    needed = MERGE_THRESHOLD if overlap else CONFLICT_THRESHOLD
    return score if score >= needed else None


# ---------------------------------------------------------------- context-dated statements


def _attach(weak: list[_Candidate], clusters: list[_Cluster], vectors) -> None:
    """Add each context-dated candidate to the best event of its date, best matches first.

    Only events whose dates meet the statement's are considered (clusters sorted by start, so a
    statement looks at its own date window, not at the whole corpus).
    """
    ordered = sorted(clusters, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    longest = max((c.end - c.start for c in ordered), default=dt.timedelta(0))
    singles = [_Cluster(item, vectors) for item in weak]

    def window(single: _Cluster) -> list[_Cluster]:
        low = bisect.bisect_left(starts, single.start - longest)
        high = bisect.bisect_right(starts, single.end)
        return [c for c in ordered[low:high] if c.end >= single.start]

    def best_for(single: _Cluster) -> tuple[float, _Cluster] | None:
        scored = [(score, c) for c in window(single) if (score := _attach_score(single, c)) is not None]
        return max(scored, key=lambda pair: pair[0], default=None)

    first = [(found[0], n) for n, single in enumerate(singles) if (found := best_for(single))]
    for _, n in sorted(first, reverse=True):
        found = best_for(singles[n])  # again: events may have grown since
        if found is None or found[0] < ATTACH_THRESHOLD:
            continue
        found[1].take(singles[n])


def _attach_score(single: _Cluster, cluster: _Cluster) -> float | None:
    item = single.members[0]
    if not (cluster.start <= item.end and item.start <= cluster.end) or not _fits_durations(item, cluster):
        return None
    score = cluster_score(single, cluster)
    if score is None:
        return None
    context = item.event.sources[0].context
    if context is not None and any(s.mention is context for c in cluster.members for s in c.event.sources):
        return score + CONTEXT_BONUS
    if item.document in cluster.documents:
        return score + SAME_DOCUMENT_BONUS
    return score


def _fits_durations(item: _Candidate, cluster: _Cluster) -> bool:
    """A statement dated only to its day is not evidence for an event of one evening or minute,
    and an event dated to the minute cannot be what lasted four hours."""
    grains = {c.event.date.grain for c in cluster.members if not c.event.weak}
    if any(_finer(grain, item.event.date.grain) for grain in grains):
        return False
    return not (item.event.sources[0].durations and grains & set(GRAIN_SPAN))


GRAINS = ("second", "minute", "hour", "partofday", "day", "weekend", "week", "month", "season",
          "quarter", "half", "year", "decade", "century")


def _finer(grain: str | None, than: str | None) -> bool:
    if grain not in GRAINS or than not in GRAINS:
        return False
    return GRAINS.index(grain) < GRAINS.index(than)


# ---------------------------------------------------------------- combining


def _combine(events: list[Event]) -> Event:
    """One event from the candidates of a cluster."""
    sources: list[Source] = [s for e in events for s in e.sources]
    sources.sort(key=lambda s: (s.published or "", s.document, s.sentence_start))
    dated = [e for e in events if not e.weak] or events
    date = _event_date(dated)
    title_event = _title_event(dated, date)
    places = Counter(p for e in events for p in e.locations)
    actors = Counter(a for e in events for a in e.actors)
    unique: dict[str, Actor] = {}
    for actor, _ in actors.most_common():
        unique.setdefault(actor.key, actor)
    return Event(date=date, title=title_event.title, status=_status(sources), sources=sources,
                 locations=[p for p, _ in places.most_common()], actors=list(unique.values()))


def _event_date(events: list[Event]) -> TimeValue:
    """The most precise date every source agrees with; if they disagree, the most reported one."""
    spans = [(e, to_datetime_range(e.date)) for e in events]
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
