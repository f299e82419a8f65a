"""The state of one article while it is dated: reads an article (text, boilerplate, given date) and
adds its mentions outside boilerplate, tagged once, its sentences, and the days each mention stands
for on a candidate publication day, through one :class:`Resolver` shared by all articles.

The other fields (the date line, captions, the text's own evidence, results remembered across
rounds) are filled in by :mod:`chrono.dating.datelines`, :mod:`chrono.dating.constraints` and
:mod:`chrono.dating.inference`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from chrono.dating.sentences import (
    Sentence,
    article_sentences,
    continues,
    joined,
    mention_features,
    sentence_features,
)
from chrono.dating.solver import Constraint, Probe
from chrono.errors import ChronoError
from chrono.events.features import Features
from chrono.ingest.boilerplate import find_boilerplate
from chrono.model import Article, Mention, Published

Day = dt.date
# ranges of days (first, last) an article's publication day may fall in; None: any day
Reach = list[tuple[Day, Day]] | None


@dataclass(slots=True)
class State:
    """What is known about one article while it is dated."""

    article: Article
    mentions: list[Mention]
    sentences: list[Sentence]
    sentence_of: list[int]  # index of each mention's sentence
    header: Published | None = None  # a day-precise date line or dateline
    month_line: tuple[Day, Day, str] | None = None
    captions: list[tuple[Day, str]] = field(default_factory=list)
    # stamps that give a day without its year: ((month, day), first publication?, the stamp as written)
    partial_days: list[tuple[tuple[int, int], bool, str]] = field(default_factory=list)
    resolver: Resolver = field(default_factory=lambda: Resolver())
    own: list[Constraint] | None = None  # the evidence of the text alone, which no round changes
    reach: Reach = None  # the days the text alone allows (None: the text does not narrow them)
    # the anchors each sentence met in the last rounds -> the result: solved again only on change
    # (rounds can alternate between two readings, so more than the last one is kept)
    memo: dict[tuple, Published | None] = field(default_factory=dict)
    probes: dict[int, Probe] = field(default_factory=dict)
    reports: list[int] | None = None  # see chrono.dating.constraints
    past: list[int] | None = None  # mentions of days told in the past tense
    # a mention read in another tense, and how likely a present-tense one is a past one
    readings: dict[tuple[int, str], Any] = field(default_factory=dict)
    span_cache: dict[tuple[int, Day], Any] = field(default_factory=dict)  # readings while it is solved
    places: bool = True  # whether the sentences' features hold their places (see prepare_state)

    def probe(self, index: int) -> Probe:
        """Mention ``index``'s days as a function of the publication day, for the solver."""
        if index not in self.probes:
            self.probes[index] = Probe(lambda day: self.interval(index, day))
        return self.probes[index]

    def sentence_feats(self, number: int) -> Features:
        """The features of sentence ``number``, with its places even where the state was prepared
        without them."""
        sentence = self.sentences[number]
        if self.places:
            return sentence.feats
        key = (number, "placed")
        if key not in self.readings:
            self.readings[key] = sentence_features(sentence, self.mentions, self.article.language)
        return self.readings[key]  # type: ignore[no-any-return]

    def feats_of(self, index: int) -> Features:
        """The event features of mention ``index``'s sentence, as far as they say what it dates
        (:func:`chrono.dating.sentences.mention_features`), and those of the next sentence where
        that one tells what happened then ("Damals hatte ...", :func:`chrono.dating.sentences.continues`)."""
        key = (index, "feats")
        if key not in self.readings:
            number = self.sentence_of[index]
            sentence = self.sentences[number]
            feats = mention_features(sentence, self.mentions[index], self.mentions, self.article.language, self.readings)
            if number + 1 < len(self.sentences) and continues(self.sentences[number + 1], self.article.language):
                feats = joined(feats, self.sentence_feats(number + 1))
            self.readings[key] = feats
        return self.readings[key]  # type: ignore[no-any-return]

    def fixed_span(self, index: int, day: Day) -> tuple[Day, Day] | None:
        """The days mention ``index`` stands for on ``day`` when they are the same a week before and
        after (a date written out, "am 29. Januar", unlike a weekday or "gestern"); else None."""
        span = self.interval(index, day)
        week = dt.timedelta(days=7)
        if span is None or not dt.date.min + week <= day <= dt.date.max - week:
            return None  # (a given date at the end of the calendar has no week before or after)
        return span if span == self.interval(index, day - week) == self.interval(index, day + week) else None

    def interval(self, index: int, day: Day) -> tuple[Day, Day] | None:
        """The days mention ``index`` stands for when the article appeared on ``day``."""
        return self.resolver.interval(self.mentions[index], day)


MISSING = object()
RESOLVED_CACHE = 1_000_000  # (expression, day) -> days, shared by the articles of one run (some 60 bytes each)


class Resolver:
    """The days mentions stand for on candidate publication days, remembered for one run.

    The same relative expression ("am Mittwoch", past tense) on the same day means the same
    days in every article (resolving is a pure function), so it is resolved once for all of
    them; an absolute one does not depend on the day at all. Memory stays bounded.
    """

    def __init__(self) -> None:
        self.numbers: dict[Any, int] = {}  # expression -> number, so that keys hash fast
        self.cache: dict[tuple[int, str | None, str, Day], tuple[Day, Day] | None] = {}
        # id -> (mention, its expression's number: None when absolute, -1 when it cannot be hashed;
        # the days of an absolute mention, which do not depend on the day)
        self.known: dict[int, tuple[Mention, int | None, tuple[Day, Day] | None]] = {}

    def interval(self, mention: Mention, day: Day) -> tuple[Day, Day] | None:
        known = self.known.get(id(mention))
        if known is None or known[0] is not mention:
            known = self.known[id(mention)] = self._learn(mention, day)
        number = known[1]
        if number is None:
            return known[2]
        if number < 0:
            return mention_interval(mention, day)
        key = (number, mention.tense, mention.type, day)
        found = self.cache.get(key, MISSING)
        if found is MISSING:
            if len(self.cache) >= RESOLVED_CACHE:
                self.cache.clear()
            found = self.cache[key] = mention_interval(mention, day)
        return found  # type: ignore[return-value]

    def _learn(self, mention: Mention, day: Day) -> tuple[Mention, int | None, tuple[Day, Day] | None]:
        if not mention.relative:
            return mention, None, mention_interval(mention, day)
        try:
            return mention, self.numbers.setdefault(mention.expr, len(self.numbers)), None
        except TypeError:  # an expression that cannot be hashed: resolved every time
            return mention, -1, None


def mention_interval(mention: Mention, day: Day) -> tuple[Day, Day] | None:
    """The days a date or time mention stands for in an article of ``day`` (None for other kinds,
    and where it cannot be resolved)."""
    if mention.type not in ("DATE", "TIME"):
        return None
    earliest, latest = mention.earliest, mention.latest
    if mention.relative:
        try:
            from chrono.temporal.resolve import resolve

            value = resolve(mention.expr, day, mention.tense)
        except (ChronoError, ValueError, TypeError, AttributeError):
            return None
        earliest, latest = value.earliest, value.latest
    if not earliest or not latest:
        return None
    try:
        return Day.fromisoformat(earliest[:10]), Day.fromisoformat(latest[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------- reading an article


def prepare_state(article: Article, resolver: Resolver | None = None, places: bool = True) -> State:
    """The state of ``article``: its boilerplate (found here if ingest has not), its mentions outside
    boilerplate and its sentences; ``resolver`` is shared by the articles of one run.

    Places tell events apart; an article dated alone needs them only where two of its own
    sentences are compared (:meth:`State.sentence_feats`): ``places=False`` leaves them out of its
    sentences, which spares reading the gazetteer for most articles."""
    if not article.boilerplate:
        article.boilerplate = find_boilerplate(article.text, article.language)
    mentions = [m for m in _tag(article) if not article.in_boilerplate(m.start, m.end)]
    sentences = article_sentences(article, mentions, places)
    starts = [s.start for s in sentences]
    sentence_of = [max(0, _bisect(starts, m.start)) for m in mentions]
    return State(article, mentions, sentences, sentence_of, resolver=resolver or Resolver(), places=places)


def _tag(article: Article) -> list[Mention]:
    from chrono.temporal.extract import tag

    anchor = _provisional_anchor(article)
    try:
        return list(tag(article.text, published=anchor, language=article.language))
    except ChronoError:
        return []


def _provisional_anchor(article: Article) -> Day | None:
    """The given day where there is one; relative mentions are re-resolved per candidate anyway."""
    given = article.published
    if given is not None and given.precision == "day":
        return Day.fromisoformat(given.value)
    return None


def _bisect(starts: list[int], position: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= position:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1
