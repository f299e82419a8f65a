"""Anchors: reads the states of the dated articles and adds the events they date (the days of each
short mention with its sentence, features and trust), indexed by content word, place and first day,
and the :class:`Matcher` that tells whether a sentence reports one of them.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from chrono.dating.readings import likeliest
from chrono.dating.state import Reach, State
from chrono.events.features import KIND_KEY, Features, Match, Rarity, compare
from chrono.model import Published

Day = dt.date
ANCHOR_MIN_CONFIDENCE = 0.4
SHORT_SPAN_DAYS = 7  # events no longer than this can anchor another article's weekday
SHORT_SPAN = dt.timedelta(days=SHORT_SPAN_DAYS)
ANCHOR_MARGIN = dt.timedelta(days=13)  # an anchored weekday proposes the anchor's days +- this


@dataclass(slots=True)
class Anchor:
    """An event dated by an already dated article: its days, sentence and how far to trust it."""

    article_id: str
    start: Day
    end: Day
    sentence: str
    feats: Features
    trust: float


class AnchorSet:
    """Dated events of the dated articles, indexed by their content words and places, and by date.

    Each posting list is kept in order of the anchors' first day, so that a query for the anchors
    that can reach a range of days (an article's ``State.reach``) reads only the part of the list in
    range.
    """

    def __init__(self, anchors: list[Anchor]):
        self.anchors = anchors
        postings: dict[str, list[int]] = {}
        for number, anchor in enumerate(anchors):
            for key in anchor.feats.places:
                postings.setdefault(key, []).append(number)
            for kind in anchor.feats.kinds:
                postings.setdefault(KIND_KEY + kind, []).append(number)
        self.postings: dict[str, tuple[list[int], list[int]]] = {}
        for key, numbers in postings.items():
            numbers.sort(key=lambda n: anchors[n].start.toordinal())
            self.postings[key] = ([anchors[n].start.toordinal() for n in numbers], numbers)

    def by_article(self) -> dict[str, list[Anchor]]:
        """The anchors of each dated article, by its key."""
        grouped: dict[str, list[Anchor]] = {}
        for anchor in self.anchors:
            grouped.setdefault(anchor.article_id, []).append(anchor)
        return grouped

    def near(self, feats: Features, exclude: str, reach: Reach = None, places_only: bool = False) -> list[Anchor]:
        """Anchors of other articles that share a place with ``feats``, or (unless ``places_only``)
        a kind of happening and a content word, and, when ``reach`` is given, whose dates lie within
        :data:`ANCHOR_MARGIN` of one of its ranges.

        These are all the anchors that can report the same event: that takes two of the three
        signals of :func:`chrono.events.features.compare`, so one shared place or kind at least;
        an anchor that shares only words is never one, however many there are of it."""
        numbers: set[int] = set()
        ranges = None if reach is None else [((lo - ANCHOR_MARGIN - SHORT_SPAN).toordinal(),
                                              (hi + ANCHOR_MARGIN).toordinal()) for lo, hi in reach]
        keys = list(feats.places) if places_only else [*feats.places, *(KIND_KEY + kind for kind in feats.kinds)]
        for key in keys:
            found = self.postings.get(key)
            if found is None:
                continue
            starts, posted = found
            if ranges is None:
                numbers.update(posted)
                continue
            for lo, hi in ranges:
                numbers.update(posted[bisect_left(starts, lo):bisect_right(starts, hi)])
        result = [self.anchors[n] for n in sorted(numbers) if self.anchors[n].article_id != exclude]
        if not places_only:  # a shared kind alone: it must share a content word or a place as well
            keys_of = feats.words | feats.places
            result = [a for a in result if a.feats.places & feats.places or a.feats.words & keys_of
                      or a.feats.places & feats.words]
        if reach is not None:
            result = [a for a in result if _reaches(a, reach)]
        return result


def _reaches(anchor: Anchor, reach: list[tuple[Day, Day]]) -> bool:
    """Whether the days an anchor proposes (its days +- ANCHOR_MARGIN) meet one of the ranges."""
    return any(anchor.start - ANCHOR_MARGIN <= hi and anchor.end + ANCHOR_MARGIN >= lo for lo, hi in reach)


class Matcher:
    """:func:`chrono.events.features.compare` with the collection's rarity, remembered across rounds."""

    def __init__(self, rarity: Rarity):
        self.rarity = rarity
        self.cache: dict[tuple[int, int], Match] = {}

    def compare(self, a: Features, b: Features) -> Match:
        key = (id(a), id(b))  # equal features are one object (see date_articles): compared once
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = compare(a, b, self.rarity)
        return found


def article_key(index: int, state: State) -> str:
    """The key that names an article in one run (its anchors carry it as ``article_id``)."""
    return f"{index}:{state.article.id}"


def collect_anchors(states: list[State], dated: Mapping[int, Published | None]) -> AnchorSet:
    """The events of the articles dated to a day with enough confidence and no conflicts: every
    mention shorter than :data:`SHORT_SPAN_DAYS` days, with its sentence."""
    anchors = []
    for i, state in enumerate(states):
        published = dated.get(i)
        if published is None or published.precision != "day" or published.confidence < ANCHOR_MIN_CONFIDENCE:
            continue
        day = Day.fromisoformat(published.value)
        if published.conflicts:
            continue  # a date the text contradicts dates nothing else
        trust = published.confidence
        for index, mention in enumerate(state.mentions):
            # a present-tense weekday in a past-tense or perfect sentence is most likely the past one
            span = likeliest(state, index, day) if mention.relative else state.interval(index, day)
            if span is None or (span[1] - span[0]).days >= SHORT_SPAN_DAYS:
                continue
            sentence = state.sentences[state.sentence_of[index]] if state.sentences else None
            if sentence is not None:
                anchors.append(Anchor(article_key(i, state), span[0], span[1], sentence.text, sentence.feats,
                                      trust))
    return AnchorSet(anchors)
