"""How alike event candidates are: reads the candidates (one source each) and adds their
profiles (TF-IDF rows of the statements, weights of actors, countries and regions), clusters of
candidates with what they are compared by (entities, places, kinds of happening, nouns), and the
score of two clusters: in [0, 1], or None where they cannot be one event.

A pair's score combines the TF-IDF cosine of the statements (character n-grams, robust to German
inflection; temporal expressions blanked so that "am Mittwoch" does not make two sentences
alike), shared actors and shared places. Different cities or states, or one article giving two
disjoint dates, forbid a merge.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np

from chrono.events.actors import is_company
from chrono.events.features import different_happenings
from chrono.events.model import Event
from chrono.events.tfidf import SparseRows, tfidf_rows
from chrono.lang.data import language_data

WEIGHTS = {"text": 0.45, "actors": 0.35, "places": 0.2, "kind": 0.2, "nouns": 0.3, "time": 0.15}
NARROW = dt.timedelta(hours=15)  # a part of the day with its slack, or a clock time
MIN_NOUN = 4  # shorter capitalised words ("Uhr", "Amt") say little
SAME_DATE_BONUS = 0.05
COUNTRY_WEIGHT = 0.5
COSINE_CELLS = 1 << 22  # statement similarities are summed in tables of about this many cells


@dataclass(slots=True)
class Candidate:
    """An event candidate as merging sees it: its place in the corpus and its interval."""

    index: int
    event: Event
    start: dt.datetime
    end: dt.datetime

    @property
    def document(self) -> str:
        return self.event.sources[0].document


def _vectorise(events: list[Event]) -> SparseRows:
    """TF-IDF rows of the statements (character n-grams, L2-normalised), one per event."""
    return tfidf_rows([" ".join(s.statement for s in e.sources) or e.title for e in events])


@dataclass(slots=True)
class Profiles:
    """What candidates are compared by: TF-IDF rows of their statements, weights of entities."""

    text: SparseRows
    weights: dict[str, float]

    @classmethod
    def of(cls, events: list[Event]) -> Profiles:
        """The profiles of ``events``: one TF-IDF row each, in their order, and the entity weights."""
        return cls(_vectorise(events), _entity_weights(events))


def _entity_weights(events: list[Event]) -> dict[str, float]:
    """Inverse document frequency of each actor, country and region over the candidates: "Russland"
    in half of them says less about sameness than a named person does."""
    counts = Counter(key for event in events for key in entity_keys(event))
    total = len(events)
    return {key: math.log((1 + total) / (1 + n)) + 1 for key, n in counts.items()}


def _evidence(a: Cluster, b: Cluster) -> float:
    """How much the shared entities say: a named actor, or two countries, is full evidence; one
    shared country or region ("Ukraine") only half. Nothing shared counts fully (against)."""
    shared = a.entities.keys() & b.entities.keys()
    if not shared:
        return 1.0
    return min(1.0, sum(COUNTRY_WEIGHT if key.startswith("country:") else 1.0 for key in shared))


def entity_keys(event: Event) -> set[str]:
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
    vote, "evakuiert" an evacuation. A long stem may stand anywhere in a compound, a short one
    ("wahl", "rat") only at its end, where German puts the head of a compound ("Wahlbeteiligung"
    is no vote); a verb stem (``event_verbs``) anywhere in the lower-case words."""
    kinds = set()
    anchor = _same_event_cues().get("anchor_phrase")
    for source in event.sources:
        statement = re.sub(anchor, " ", source.statement) if anchor else source.statement
        for word in re.findall(r"[A-ZÄÖÜ][\wäöüß-]+", statement):
            for kind in _word_kinds(word):
                kinds.add(kind)
        lowered = statement.lower()
        kinds |= {kind for kind, pattern in _verb_patterns().items() if pattern.search(lowered)}
    if not kinds and anchor and any(re.search(anchor, s.statement) for s in event.sources):
        # "Nach der Finalniederlage am 1. Mai ...": the phrase is all the statement says happened
        return _kinds(Event(event.date, event.title, event.status, [_unanchored(s) for s in event.sources]))
    return kinds


@functools.lru_cache(maxsize=1 << 16)
def _word_kinds(word: str) -> tuple[str, ...]:
    """The kinds of happening a capitalised word names, in the order of ``event_kinds``."""
    head = word.split("-")[-1].lower()
    bare = re.sub(r"(?:en|es|e|n|s)$", "", head)
    return tuple(kind for kind, stems in _kind_stems().items()
                 if any(stem in head if len(stem) >= 6 else bare.endswith(stem) or head.endswith(stem) for stem in stems))


def _unanchored(source):
    """A copy of ``source`` whose statement is only its anchoring phrases ("nach dem Finale")."""
    from dataclasses import replace

    found = re.findall(_same_event_cues().get("anchor_phrase"), source.statement)
    return replace(source, statement=" ".join(re.sub(r"^\S+\s+\S+\s+", "", f) for f in found))


@functools.lru_cache(maxsize=4)
def _verb_patterns(language: str = "de") -> dict[str, re.Pattern[str]]:
    verbs = _same_event_cues(language).get("event_verbs", {})
    return {kind: re.compile("|".join(rf"\b\w*{stem}" for stem in stems)) for kind, stems in verbs.items()}


def places_meet(a: Cluster, b: Cluster) -> float | None:
    """1 when the clusters share a place, 0 when they name places of the same kind (cities,
    regions, countries) but none in common; None when they name places of different kinds:
    "in Saarbrücken" says nothing against "im Saarland". Where one names none, the place of its
    dateline counts for it, but only in favour: a dateline says where the reporter was."""
    if a.places and b.places:
        if a.places & b.places:
            return 1.0
        return 0.0 if a.place_kinds & b.place_kinds else None
    if (a.places or a.datelines) & (b.places or b.datelines):
        return 1.0
    return None


def _cities(event: Event) -> set[int]:
    return {p.geonameid for p in event.locations if p.kind == "city" and p.geonameid is not None}


class Cluster:
    """Candidates believed to report one event, with the profile they are compared by."""

    def __init__(self, item: Candidate, vectors) -> None:
        self.members = [item]
        self.links: list[dict] = []  # why its members were merged (chrono.events.explain)
        row = slice(vectors.text.indptr[item.index], vectors.text.indptr[item.index + 1])
        # the features and weights of its row, in the order the features were first seen (the
        # order sums run in); as a dict (feature -> weight) only once it is needed
        self.features, self.weights = vectors.text.indices[row].copy(), vectors.text.data[row].copy()
        self.norm = math.sqrt(sum(w * w for w in self.weights.tolist()))
        self._vector: dict[int, float] | None = None
        self.entities = Counter({key: vectors.weights.get(key, 1.0) for key in entity_keys(item.event)})
        self.cities = _cities(item.event)
        self.companies = {a.name for a in item.event.actors if is_company(a)}
        self.places = {p.name for p in item.event.locations}
        self.datelines = {s.dateline.name for s in item.event.sources if s.dateline is not None}
        self.place_kinds = {p.kind for p in item.event.locations}
        self.kinds = _kinds(item.event)
        self.nouns = _nouns(item.event)
        self.noun_counts = Counter(self.nouns)
        self.states = _states(item.event)
        self.start, self.end = item.start, item.end  # intersection of the members' intervals
        self.key = item.index
        self._changed()

    def _changed(self) -> None:
        """Forget what is worked out from the members (core nouns, gate keys, documents, the
        entities' norm) until it is asked for again."""
        self._core: set[str] | None = None
        self._gate: frozenset[tuple[str, str]] | None | bool = False  # False: not worked out
        self._documents: set[str] | None = None
        self._entity_square: float | None = None

    @property
    def vector(self) -> dict[int, float]:
        """Feature -> weight, in the order the features were first seen."""
        if self._vector is None:
            self._vector = dict(zip(self.features.tolist(), self.weights.tolist(), strict=True))
        return self._vector

    def absorb(self, other: Cluster) -> None:
        self.members += other.members
        self.links += other.links
        vector = self.vector
        for feature, weight in other.vector.items():
            vector[feature] = vector.get(feature, 0.0) + weight
        self._arrays()
        self.entities.update(other.entities)
        self.cities |= other.cities
        self.companies |= other.companies
        self.places |= other.places
        self.datelines |= other.datelines
        self.place_kinds |= other.place_kinds
        self.kinds |= other.kinds
        self.nouns |= other.nouns
        self.noun_counts.update(other.noun_counts)
        self.states |= other.states
        self.start, self.end = max(self.start, other.start), min(self.end, other.end)
        self._changed()

    def take(self, single: Cluster) -> None:
        """Add a context-dated candidate: its members and entities, nothing else."""
        self.members += single.members
        self.entities.update(single.entities)
        self._changed()

    def _arrays(self) -> None:
        """The vector's features and weights as arrays (in its order) and its norm."""
        vector = self.vector
        self.features = np.fromiter(vector.keys(), dtype=np.int64, count=len(vector))
        self.weights = np.fromiter(vector.values(), dtype=np.float64, count=len(vector))
        self.norm = _norm(vector)

    @property
    def core_nouns(self) -> set[str]:
        """The names and nouns at least half the members use: what the cluster is about."""
        if self._core is None:
            self._core = {noun for noun, count in self.noun_counts.items() if 2 * count >= len(self.members)}
        return self._core

    @property
    def gate_keys(self) -> frozenset[tuple[str, str]] | None:
        """Its core nouns, actors and places named, and kinds of happening, in one set (None when
        it has no core nouns): two clusters with core nouns whose sets are disjoint cannot merge."""
        gate = self._gate
        if gate is False:
            core = self.core_nouns
            gate = self._gate = None if not core else frozenset(
                [("noun", n) for n in core] + [("entity", e) for e in self.entities] + [("kind", k) for k in self.kinds])
        return cast("frozenset[tuple[str, str]] | None", gate)

    @property
    def documents(self) -> set[str]:
        if self._documents is None:
            self._documents = {m.document for m in self.members}
        return self._documents

    @property
    def entity_square(self) -> float:
        """The squared norm of the entity weights."""
        if self._entity_square is None:
            self._entity_square = sum(v * v for v in self.entities.values())
        return self._entity_square

    @property
    def consistent(self) -> bool:
        return self.start <= self.end


def _norm(vector: dict[int, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def text_cosine(a: Cluster, b: Cluster) -> float:
    small, large = (a.vector, b.vector) if len(a.features) <= len(b.features) else (b.vector, a.vector)
    dot = sum(w * large.get(f, 0.0) for f, w in small.items())
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


def cosines(hub: Cluster, others: Sequence[Cluster], hub_first: Sequence[bool]) -> list[float]:
    """``text_cosine(hub, other)`` (or ``text_cosine(other, hub)`` where ``hub_first`` is false) for each
    of ``others``, bit for bit, with the per-weight work done by numpy.

    As in :func:`text_cosine`, the products of the shorter vector's weights with the other's run in
    the shorter vector's order and are added one after the other (a cumulative sum, never a
    pairwise one), so that every score, and so every merge, is exactly what it was.
    """
    if not others or not len(hub.features):
        return [0.0] * len(others)  # no words: a norm of 0, and so a cosine of 0
    by_feature = np.argsort(hub.features, kind="stable")  # the hub's positions, by feature
    known = hub.features[by_feature]
    lengths = np.array([len(o.features) for o in others], dtype=np.int64)
    # A pair runs in the hub's order when the hub is the shorter vector (the first on a tie).
    in_hub_order = (len(hub.features) < lengths) | ((len(hub.features) == lengths) & np.array(hub_first, dtype=bool))
    features = np.concatenate([o.features for o in others])
    rows = np.repeat(np.arange(len(others)), lengths)
    # Only the features both vectors have add to a sum (the others add 0.0, which changes nothing).
    found = np.minimum(np.searchsorted(known, features), len(known) - 1)
    shared = known[found] == features
    rows, place = rows[shared], by_feature[found[shared]]  # where each shared feature stands in the hub's order
    products = np.concatenate([o.weights for o in others])[shared] * hub.weights[place]
    # Each pair's products in the shorter vector's order: the other's own order is kept by the
    # concatenation, the hub's is restored by sorting on the hub's positions.
    hub_order = in_hub_order[rows]
    order = np.arange(len(rows))
    order[hub_order] = order[hub_order][np.argsort(rows[hub_order] * len(hub.features) + place[hub_order])]
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


def _entity_cosine(a: Cluster, b: Cluster) -> float:
    dot = sum(a.entities[k] * b.entities[k] for k in a.entities.keys() & b.entities.keys())
    norm = math.sqrt(a.entity_square * b.entity_square)
    return dot / norm if norm else 0.0


def cluster_score(a: Cluster, b: Cluster, text: float | None = None, allowed: bool = False) -> float | None:
    """How alike two clusters are, in [0, 1]; None when they cannot be one event. ``text``, when
    given, is the cosine of their statements already computed (see :func:`cosines`);
    ``allowed``: :func:`ruled_out` already said they may be one."""
    signals = score_signals(a, b, text, allowed)
    if signals is None:
        return None
    score = sum(w * v for _, w, v in signals) / sum(w for _, w, _ in signals)
    if len(a.members) == len(b.members) == 1 and a.members[0].event.date.value == b.members[0].event.date.value:
        score += SAME_DATE_BONUS
    return score


def ruled_out(a: Cluster, b: Cluster) -> bool:
    """Whether two clusters cannot be one event, whatever their words (checked before any cosine)."""
    if a.cities and b.cities and not a.cities & b.cities:
        return True  # they name different cities
    if a.states and b.states and not a.states & b.states:
        return True  # they name different states ("in Sachsen", "in Thüringen")
    if a.companies and b.companies and not a.companies & b.companies:
        return True  # they name different companies ("die Löreiter AG", "die Rüke AG")
    if max(a.start, b.start) > min(a.end, b.end) and a.documents & b.documents:
        return True  # one article does not give one event two disjoint dates
    # kinds that are never one happening: a fire and a brawl, a match and a riot
    return different_happenings(a.kinds, b.kinds)


def score_signals(a: Cluster, b: Cluster, text: float | None = None,
                  allowed: bool = False) -> list[tuple[str, float, float]] | None:
    """The evidence two clusters are weighed by: (feature, weight, value in [0, 1]) for each
    feature both state (text, actors, places, nouns, kind); None where they cannot be one event
    (``allowed``: :func:`ruled_out` already said they may be one)."""
    if not allowed and ruled_out(a, b):
        return None
    disjoint = max(a.start, b.start) > min(a.end, b.end)
    # A signal only one side has says nothing: weigh only what both clusters state.
    signals = [("text", WEIGHTS["text"], text_cosine(a, b) if text is None else text)]
    if a.entities and b.entities:
        signals.append(("actors", WEIGHTS["actors"] * _evidence(a, b), _entity_cosine(a, b)))
    if (places := places_meet(a, b)) is not None:
        signals.append(("places", WEIGHTS["places"], places))
    if len(signals) == 1 and a.nouns and b.nouns:
        # Only the wording to go by: two reports written to one template ("hat am Samstag gegen ...
        # mit 1:0 gewonnen") must also share a name or noun.
        signals.append(("nouns", WEIGHTS["nouns"], len(a.nouns & b.nouns) / len(a.nouns | b.nouns)))
    if a.kinds & b.kinds:  # the same kind of happening
        signals.append(("kind", WEIGHTS["kind"], 1.0))
        if not disjoint and a.end - a.start <= NARROW and b.end - b.start <= NARROW:
            signals.append(("time", WEIGHTS["time"], 1.0))  # and in the same hours: a night, a moment
    return signals
