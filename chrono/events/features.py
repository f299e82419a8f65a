"""Do two sentences report the same event? A small, general similarity used to date articles.

Three signals, as a reader would judge it: the same **place** (named after a locative
preposition, via :mod:`chrono.events.places`), the same **actors** or content words (capitalised
words that are not function words, weighted by how rare they are in the collection: idf), and
the same **kind** of happening (talks, council session, summit ...; ``event_kinds`` in
``chrono/lang/<language>/sameevent.yaml``). Two of the three make the same event; two sentences
that each name a place, but not the same one, report two events.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from chrono.lang.data import language_data

WORD = re.compile(r"[A-ZÄÖÜ][\wäöüßÄÖÜ]*(?:-[\wäöüßÄÖÜ]+)*")
SUFFIXES = ("en", "es", "er", "e", "n", "s")
MIN_STEM = 4
ACTOR_MIN_IDF = 2.0  # summed idf of shared content words that counts as "the same actors"
SIGNALS_FOR_SAME_EVENT = 2
KIND_KEY = "\x00kind:"  # a kind of happening kept in a set of words ("\x00kind:fire"), apart from any word


@lru_cache(maxsize=8)
def cues(language: str = "de") -> dict[str, Any]:
    """The cue lists of ``chrono/lang/<language>/sameevent.yaml`` (German when the language has none)."""
    return language_data(language, "sameevent", fallback="de") or {}


def different_happenings(a: Iterable[str], b: Iterable[str], language: str = "de") -> bool:
    """Whether two sets of kinds of happening are never one happening: both named, none shared,
    and of different families (``kind_families``: a fire and a funeral, not talks and a summit)."""
    a, b = set(a), set(b)
    if not a or not b or a & b:
        return False
    families = cues(language).get("kind_families", {})

    def family(kinds: set[str]) -> set[str]:
        return {next((name for name, members in families.items() if kind in members), kind) for kind in kinds}

    return not family(a) & family(b)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude, language-agnostic key: lower case without up to two inflection endings."""
    key = word.lower()
    for _ in range(2):
        for suffix in SUFFIXES:
            if key.endswith(suffix) and len(key) - len(suffix) >= MIN_STEM:
                key = key[: -len(suffix)]
                break
        else:
            break
    return key


@dataclass(frozen=True, slots=True)
class Features:
    """What a sentence says about its event: content-word stems, places, kinds."""

    words: frozenset[str]
    places: frozenset[str]
    kinds: frozenset[str]


def features(sentence: str, skip: Iterable[tuple[int, int]] = (), language: str = "de",
             places: bool = True) -> Features:
    """Features of ``sentence``; words inside the ``skip`` spans (temporal expressions) are left out.
    ``places=False`` leaves out the places (no gazetteer is read)."""
    stop = _stopwords(language)
    skip = list(skip)
    words = set()
    for match in WORD.finditer(sentence):
        if any(s <= match.start() < e for s, e in skip) or match.group().lower() in stop:
            continue
        if len(match.group()) >= 3 and not match.group().isdigit():
            words.add(stem(match.group()))
    named = frozenset(stem(name) for name in _place_names(sentence, language)) if places else frozenset()
    kind_stems = _kind_stems(language)
    # "einen Rücktritt noch ausgeschlossen", "verlangen, dass ... einen Untersuchungsausschuss
    # einsetzt": a happening denied or demanded is not one that happened, so its noun tells no event
    words -= _denied(sentence, skip, kind_stems, language)
    return Features(frozenset(words), named, _kinds(words, kind_stems, _every_kind_cue(language)))


def _denied(sentence: str, skip: list[tuple[int, int]], kind_stems: dict[str, tuple[str, ...]],
            language: str) -> set[str]:
    """Stems of the nouns of happenings that ``sentence`` denies, excludes or demands (``denied_*``
    and ``demanded`` in ``sameevent.yaml``): the nearest such noun before a clause-final "ausgeschlossen",
    after "kein" or a finite "schloss ... aus", and every one after "verlangt" or "fordert"."""
    before, after, demanded = _denial_cues(language)
    if not (before or after or demanded):
        return set()
    if not any(word in before or word in after or word in demanded for word in _LOWER_WORD.findall(sentence)):
        return set()  # most sentences deny nothing
    cue_stems = tuple(s for stems in kind_stems.values() for s in stems)
    nouns = [(m.start(), key) for m in WORD.finditer(sentence)
             if not any(s <= m.start() < e for s, e in skip) and (key := stem(m.group())).endswith(cue_stems)]
    if not nouns:
        return set()
    found: set[str] = set()
    for cue in _LOWER_WORD.finditer(sentence):
        word = cue.group()
        if word in before:
            clause = sentence.rfind(",", 0, cue.start()) + 1
            earlier = [n for n in nouns if clause <= n[0] < cue.start()]
            found.update(n[1] for n in earlier[-1:])
        elif word in after or word in demanded:
            end = len(sentence) if word in demanded else _clause_end(sentence, cue.end())
            later = [n for n in nouns if cue.end() <= n[0] < end]
            found.update(n[1] for n in (later if word in demanded else later[:1]))
    return found


_LOWER_WORD = re.compile(r"[a-zäöüß]+")


def _clause_end(sentence: str, position: int) -> int:
    ends = [i for i in (sentence.find(",", position), sentence.find(";", position)) if i >= 0]
    return min(ends) if ends else len(sentence)


@lru_cache(maxsize=8)
def _denial_cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    c = cues(language)
    return (frozenset(c.get("denied_before", [])), frozenset(c.get("denied_after", [])),
            frozenset(c.get("demanded", [])))


def _place_names(sentence: str, language: str) -> list[str]:
    try:
        from chrono.events.places import places_in

        return [place.name for _, _, place in places_in(sentence, language)]
    except Exception:  # noqa: BLE001 - places are one signal of three; without a gazetteer, go on
        return []


@lru_cache(maxsize=8)
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(cues(language).get("stopwords", []))


@lru_cache(maxsize=8)
def _future_cues(language: str) -> frozenset[str]:
    return frozenset(cues(language).get("future_cues", []))


@lru_cache(maxsize=8)
def _kind_stems(language: str) -> dict[str, tuple[str, ...]]:
    return {kind: tuple(stem(cue) for cue in words) for kind, words in cues(language).get("event_kinds", {}).items()}


def _kinds(stems: set[str], kinds: dict[str, tuple[str, ...]], every: tuple[str, ...]) -> frozenset[str]:
    """Kinds whose cue stem ends one of the content words ("videokonferenz" -> conference);
    ``every`` holds the cue stems of all kinds."""
    named = [word for word in stems if word.endswith(every)]  # most words name no kind
    if not named:
        return frozenset()
    return frozenset(kind for kind, cue_stems in kinds.items() if any(word.endswith(cue_stems) for word in named))


@lru_cache(maxsize=8)
def _every_kind_cue(language: str) -> tuple[str, ...]:
    return tuple(cue for cues_of_kind in _kind_stems(language).values() for cue in cues_of_kind)


@dataclass(slots=True)
class Rarity:
    """Inverse document frequency of content words over a collection of sentences."""

    counts: Counter = field(default_factory=Counter)
    total: int = 0

    def add(self, feats: Features) -> None:
        self.total += 1
        self.counts.update(feats.words)

    def idf(self, word: str) -> float:
        return math.log((self.total + 1) / (self.counts.get(word, 0) + 1))


@dataclass(frozen=True, slots=True)
class Match:
    """How two sentences agree: the shared places, words and kinds, and the strength (0..1)."""

    places: frozenset[str]
    words: frozenset[str]
    kinds: frozenset[str]
    signals: int
    strength: float
    evidence: float = 0.0  # the strength before it is capped at 1: which of several strong matches agrees most

    @property
    def same_event(self) -> bool:
        return self.signals >= SIGNALS_FOR_SAME_EVENT

    def describe(self) -> str:
        parts = []
        if self.places:
            parts.append("place " + ", ".join(sorted(self.places)))
        if self.words - self.places:
            parts.append("names " + ", ".join(sorted(self.words - self.places)))
        if self.kinds:
            parts.append("kind " + ", ".join(sorted(self.kinds)))
        return "; ".join(parts)


def compare(a: Features, b: Features, rarity: Rarity) -> Match:
    """The agreement of two sentences' features."""
    places = a.places & b.places
    words = a.words & b.words
    kinds = a.kinds & b.kinds
    weight = sum(rarity.idf(w) for w in words - a.places - b.places)
    signals = int(bool(places)) + int(weight >= ACTOR_MIN_IDF) + int(bool(kinds))
    if a.places and b.places and not places:
        signals = 0  # each names where it happened, and not the same place: two events
    evidence = (weight + 2.0 * len(places) + 1.5 * bool(kinds)) / 8.0
    return Match(places, frozenset(words), kinds, signals, round(min(1.0, evidence), 3), round(evidence, 3))


def has_future_cue(sentence: str, language: str = "de") -> bool:
    """Whether the sentence speaks of a plan or the future (``future_cues``)."""
    cue_words = _future_cues(language)
    return any(word in cue_words for word in re.findall(r"[\wäöüß]+", sentence.lower()))
