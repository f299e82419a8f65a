"""Publication dates: given by the user, read from the text, or inferred, and always with evidence.

Order of trust, highest first:

1. **given**: a manifest, front matter, a JSONL field or ``--published`` (set by
   :func:`chrono.ingest.files.iter_articles`); chrono still checks it against the text and lists any
   contradiction in ``published.conflicts``.
2. **text**: a date line or dateline at the top ("Stand: 12.01.2022", "Brüssel, 12.01.2022").
   A month-only date line ("date 2022-01") narrows the inference to that month.
3. **text** as well: a full date in a caption or header line ("... am 12.01.2022 in Brüssel"),
   the day of the reported event; it enters the inference as strong evidence and becomes the
   date when nothing contradicts it.
4. **inferred**: constraint solving over days (:mod:`chrono.dating.solver`). Relative expressions
   found by the tagger are re-resolved for each candidate day: a past-tense "am Freitag" means
   the article appeared that Friday or within six days after it; a "seit zweieinhalb Jahren"
   beside "Juli 2019" about the same matter points to about January 2022; past-tense absolute
   dates bound the day from below, future-tense ones from above. Across sources, a sentence that
   reports the same event (:mod:`chrono.events.features`) as a sentence of an already dated article
   fixes what its weekday or "kommende Woche" must mean. Articles dated this way anchor others
   in the next round, until nothing changes.

An article whose date cannot be worked out keeps ``published = None``; only its absolute
expressions can then be resolved. Mentions inside boilerplate spans are ignored.

**Scale.** Each article is tagged once; its relative expressions are re-resolved per candidate
day through one :class:`Resolver` shared by all articles ("am Mittwoch" in the past tense means
the same days in every article). Anchors are found through an index of their words and places
and, for an article whose text proposes days of its own, only within those days (see
:func:`_reach`); the evidence of the text alone is built once, and an article is solved again
in a later round only when the anchors it meets have changed.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from chrono.dating.solver import Constraint, Probe, Solution, solve, total_score
from chrono.errors import ChronoError
from chrono.events.features import Features, Match, Rarity, compare, features, has_future_cue
from chrono.ingest.boilerplate import find_boilerplate, find_date_line
from chrono.model import Article, Mention, Published
from chrono.temporal.written import parse_written_date

Day = dt.date
MAX_ROUNDS = 6
ANCHOR_MIN_CONFIDENCE = 0.4
CONFLICT_MARGIN = 0.5  # weight of evidence by which another day must beat a given date
HEADER_LINES = 6  # lines at the top searched for a date line or dateline
CAPTION_MAX_WORDS = 15
SHORT_SPAN_DAYS = 7  # events no longer than this can anchor another article's weekday
SHORT_SPAN = dt.timedelta(days=SHORT_SPAN_DAYS)
ANCHOR_MARGIN = dt.timedelta(days=13)  # an anchored weekday proposes the anchor's days +- this
QUOTE_CHARS = 160

W_DATE_LINE_MONTH = 3.0
W_CAPTION = 3.0
W_SINCE = 1.5
W_ANCHOR = 2.0
W_SAME_EVENT = 1.0
W_BOUND = 0.5
W_RECENT = 0.5
# The highest confidence each kind of evidence supports on its own (see datesolver.Constraint).
RELIABILITY = {"date-line": 0.9, "caption": 0.9, "since": 0.6, "same-event date": 0.95, "same event": 0.7,
               "recent": 0.3}

FULL_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\.\s?[A-ZÄÖÜ][a-zäöü]{2,9}\.?\s(?:19|20)\d{2}\b")
DATELINE = re.compile(r"[A-ZÄÖÜ][\wÄÖÜäöüß./ -]{1,40}?,\s*(?=\d)")


# ---------------------------------------------------------------- per-article state


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    feats: Features


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
    that can reach a range of days (see :func:`_reach`) reads only the part of the list in range.
    """

    def __init__(self, anchors: list[Anchor]):
        self.anchors = anchors
        postings: dict[str, list[int]] = {}
        for number, anchor in enumerate(anchors):
            for key in anchor.feats.words | anchor.feats.places:
                postings.setdefault(key, []).append(number)
        self.postings: dict[str, tuple[list[int], list[int]]] = {}
        for key, numbers in postings.items():
            numbers.sort(key=lambda n: anchors[n].start.toordinal())
            self.postings[key] = ([anchors[n].start.toordinal() for n in numbers], numbers)

    def near(self, feats: Features, exclude: str, reach: Reach = None, places_only: bool = False) -> list[Anchor]:
        """Anchors of other articles that share a content word or a place with ``feats`` (only a
        place with ``places_only``) and, when ``reach`` is given, whose dates lie within
        :data:`ANCHOR_MARGIN` of one of its ranges."""
        numbers: set[int] = set()
        ranges = None if reach is None else [((lo - ANCHOR_MARGIN - SHORT_SPAN).toordinal(),
                                              (hi + ANCHOR_MARGIN).toordinal()) for lo, hi in reach]
        for key in feats.places if places_only else feats.words | feats.places:
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
        if reach is not None:
            result = [a for a in result if _reaches(a, reach)]
        return result


Reach = list[tuple[Day, Day]] | None


def _reaches(anchor: Anchor, reach: list[tuple[Day, Day]]) -> bool:
    """Whether the days an anchor proposes (its days +- ANCHOR_MARGIN) meet one of the ranges."""
    return any(anchor.start - ANCHOR_MARGIN <= hi and anchor.end + ANCHOR_MARGIN >= lo for lo, hi in reach)


class Matcher:
    """:func:`chrono.sameevent.compare` with the collection's rarity, remembered across rounds."""

    def __init__(self, rarity: Rarity):
        self.rarity = rarity
        self.cache: dict[tuple[int, int], Match] = {}

    def compare(self, a: Features, b: Features) -> Match:
        key = (id(a), id(b))  # equal features are one object (see date_articles): compared once
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = compare(a, b, self.rarity)
        return found


@dataclass(slots=True)
class State:
    article: Article
    mentions: list[Mention]
    sentences: list[Sentence]
    sentence_of: list[int]  # index of each mention's sentence
    header: Published | None = None  # a day-precise date line or dateline
    month_line: tuple[Day, Day, str] | None = None
    captions: list[tuple[Day, str]] = field(default_factory=list)
    resolver: Resolver = field(default_factory=lambda: Resolver())
    own: list[Constraint] | None = None  # the evidence of the text alone, which no round changes
    reach: Reach = None  # the days the text alone allows (None: the text does not narrow them)
    # the anchors each sentence met in the last rounds -> the result: solved again only on change
    # (rounds can alternate between two readings, so more than the last one is kept)
    memo: dict[tuple[int, int], Published | None] = field(default_factory=dict)
    probes: dict[int, Probe] = field(default_factory=dict)
    reports: list[int] | None = None  # see _undated_reports
    past: list[int] | None = None  # mentions of days told in the past tense

    def probe(self, index: int) -> Probe:
        """Mention ``index``'s days as a function of the publication day, for the solver."""
        if index not in self.probes:
            self.probes[index] = Probe(lambda day: self.interval(index, day))
        return self.probes[index]

    def interval(self, index: int, day: Day) -> tuple[Day, Day] | None:
        """The days mention ``index`` stands for when the article appeared on ``day``."""
        return self.resolver.interval(self.mentions[index], day)


MISSING = object()
RESOLVED_CACHE = 200_000  # (expression, day) -> days, shared by the articles of one run
MEMO_ROUNDS = 4  # results remembered per article, by the anchors they rested on


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
            return _interval(mention, day)
        key = (number, mention.tense, mention.type, day)
        found = self.cache.get(key, MISSING)
        if found is MISSING:
            if len(self.cache) >= RESOLVED_CACHE:
                self.cache.clear()
            found = self.cache[key] = _interval(mention, day)
        return found  # type: ignore[return-value]

    def _learn(self, mention: Mention, day: Day) -> tuple[Mention, int | None, tuple[Day, Day] | None]:
        if not mention.relative:
            return mention, None, _interval(mention, day)
        try:
            return mention, self.numbers.setdefault(mention.expr, len(self.numbers)), None
        except TypeError:  # an expression that cannot be hashed: resolved every time
            return mention, -1, None


def _interval(mention: Mention, day: Day) -> tuple[Day, Day] | None:
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


# ---------------------------------------------------------------- entry point


def date_articles(articles: list[Article]) -> None:
    """Fill ``article.published`` for every article (see the module docstring for the order).

    First the text alone is read and solved (given dates left aside); every given or written
    date is then checked against that reading, and a contradicted one records its ``conflicts``
    and does not date other articles. Then the articles are solved again with the given dates.
    """
    resolver = Resolver()
    states = [_prepare(article, resolver) for article in articles]
    rarity = Rarity()
    pool: dict[Features, Features] = {}
    for state in states:
        for sentence in state.sentences:
            rarity.add(sentence.feats)
            sentence.feats = pool.setdefault(sentence.feats, sentence.feats)  # equal features: one object
    matcher = Matcher(rarity)
    for state in states:
        _read_header(state)
    headers = {i: state.header for i, state in enumerate(states) if state.header is not None}
    text_view = _solve_rounds(states, headers, matcher)
    fixed = {i: p for i, state in enumerate(states) if (p := _fixed(state)) is not None}
    anchors = _anchors(states, {**text_view, **headers})
    for i, published in fixed.items():
        _check(states[i], _key(i, states[i]), published, anchors, matcher)
    final = _solve_rounds(states, fixed, matcher)
    for i, state in enumerate(states):
        state.article.published = fixed.get(i, final.get(i))


def _solve_rounds(states: list[State], fixed: dict[int, Published], matcher: Matcher) -> dict[int, Published | None]:
    """Infer every article not in ``fixed``, round after round, dated articles anchoring the others."""
    inferred: dict[int, Published | None] = {}
    for _ in range(MAX_ROUNDS):
        anchors = _anchors(states, {**inferred, **fixed})
        new = {i: _infer(state, _key(i, state), anchors, matcher)
               for i, state in enumerate(states) if i not in fixed}
        if _same(new, inferred):
            break
        inferred = new
    return inferred


def _key(index: int, state: State) -> str:
    return f"{index}:{state.article.id}"


def _same(a: dict[int, Published | None], b: dict[int, Published | None]) -> bool:
    value = lambda p: None if p is None else (p.value, p.precision, p.confidence)
    return a.keys() == b.keys() and all(value(a[k]) == value(b[k]) for k in a)


def _fixed(state: State) -> Published | None:
    given = state.article.published
    if given is not None and given.source == "given":
        return given
    return state.header


# ---------------------------------------------------------------- reading an article


def _prepare(article: Article, resolver: Resolver | None = None) -> State:
    if not article.boilerplate:
        article.boilerplate = find_boilerplate(article.text, article.language)
    mentions = [m for m in _tag(article) if not article.in_boilerplate(m.start, m.end)]
    sentences = _sentences(article, mentions)
    starts = [s.start for s in sentences]
    sentence_of = [max(0, _bisect(starts, m.start)) for m in mentions]
    return State(article, mentions, sentences, sentence_of, resolver=resolver or Resolver())


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


def _sentences(article: Article, mentions: list[Mention]) -> list[Sentence]:
    """Sentences of the article text outside boilerplate, split by syntok and at line ends."""
    text = article.text
    spans = [(m.start, m.end) for m in mentions]
    result = []
    for start, end in _sentence_spans(text):
        for line_start, line_end in _line_pieces(text, start, end):
            if article.in_boilerplate(line_start, line_end):
                continue
            piece = text[line_start:line_end]
            skip = [(s - line_start, e - line_start) for s, e in spans if line_start <= s < line_end]
            result.append(Sentence(line_start, line_end, piece, features(piece, skip, article.language)))
    return result


ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """syntok's sentences, joined again where one ends in a day ordinal ("Am 3." + "Oktober 1990 ...")."""
    from syntok import segmenter

    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            if spans and ORDINAL_END.search(text[spans[-1][0]:spans[-1][1]]) and "\n" not in text[spans[-1][1]:start]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, pos = [], start
    for match in re.finditer(r"\n", text[start:end]):
        pieces.append((pos, start + match.start()))
        pos = start + match.end()
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


# ---------------------------------------------------------------- dates written in the text


def _read_header(state: State) -> None:
    """Date lines and datelines at the top; full dates in caption or header lines anywhere."""
    text = state.article.text
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for number, (offset, line) in enumerate(lines):
        if number < HEADER_LINES and state.header is None and state.month_line is None:
            _header_line(state, line)
        if not state.article.in_boilerplate(offset, offset + len(line.rstrip())):
            _caption_line(state, line)


def _header_line(state: State, line: str) -> None:
    found = find_date_line(line, language=state.article.language)
    written, label = None, ""
    if found:
        written, label = line[found[1]:found[2]], f"The date line “{line[found[0]:found[2]]}”"
    else:
        dateline = DATELINE.match(line.strip())
        full = FULL_DATE.match(line.strip(), dateline.end()) if dateline else None
        if full:
            written, label = full.group(), f"The dateline “{line.strip()[:full.end()]}”"
    parsed = parse_written_date(written) if written else None
    if parsed is None:
        return
    day, precision = parsed
    if precision == "day":
        state.header = Published(value=day.isoformat(), precision="day", source="text", confidence=0.95,
                                 evidence=[f"{label} at the top of the article gives {day.isoformat()}."])
    else:
        end = day + (relativedelta(months=1) if precision == "month" else relativedelta(years=1)) - dt.timedelta(1)
        state.month_line = (day, end, f"{label} gives {_format(day, precision)}")


def _caption_line(state: State, line: str) -> None:
    """A short line without a closing full stop (a caption or header) holding a full date."""
    words = line.split()
    if len(words) > CAPTION_MAX_WORDS or line.rstrip().endswith((".", "?", "!", ":")):
        return
    for match in FULL_DATE.finditer(line):
        parsed = parse_written_date(match.group())
        if parsed and parsed[1] == "day":
            state.captions.append((parsed[0], line.strip()))


def _format(day: Day, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]


# ---------------------------------------------------------------- anchors from dated articles


def _anchors(states: list[State], dated: dict[int, Published | None]) -> AnchorSet:
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
            span = state.interval(index, day)
            if span is None or (span[1] - span[0]).days >= SHORT_SPAN_DAYS:
                continue
            sentence = state.sentences[state.sentence_of[index]] if state.sentences else None
            if sentence is not None:
                anchors.append(Anchor(_key(i, state), span[0], span[1], sentence.text, sentence.feats, trust))
    return AnchorSet(anchors)


# ---------------------------------------------------------------- constraints


def constraints_for(state: State, key: str, anchors: AnchorSet, matcher: Matcher,
                    reach: Reach = None) -> list[Constraint]:
    """Every piece of evidence about the publication day of the article ``key``.

    Only anchors that can reach ``reach`` are compared (default: the days the article's own
    evidence allows, see :func:`_reach`).
    """
    own = _own(state, matcher)
    near = _near(state, key, anchors, state.reach if reach is None else reach)
    return own + _anchored(state, near, matcher) + _same_event(state, near, matcher)


def _own(state: State, matcher: Matcher) -> list[Constraint]:
    """The evidence of the article's text alone (date line, captions, since pairs, bounds), once."""
    if state.own is None:
        state.own = _month_line(state) + _captions(state) + _since_pairs(state, matcher) + _bounds(state)
        state.reach = _reach(state.own)
    return state.own


def _reach(own: list[Constraint]) -> Reach:
    """The ranges of days the article's own evidence proposes; None when it proposes none.

    This is the date window that blocks cross-source anchoring: an event another article dated
    is only compared with this article when the days it would propose meet one of these ranges.
    An event far outside them is another occurrence of a recurring event (the same council, the
    same kind of meeting, weeks or years apart), not evidence about this article's day. An
    article whose text proposes no days of its own (only weekdays, no date line, caption or
    "seit ..." pair) is compared with every anchor.
    """
    windows = sorted(c.window for c in own if c.window is not None)
    return windows or None


def _near(state: State, key: str, anchors: AnchorSet, reach: Reach) -> dict[int, list[Anchor]]:
    """For each sentence that could be anchored, the anchors that could match it.

    A sentence with a relative date needs two of the three signals (see
    :mod:`chrono.events.features`), so it meets the anchors that share a word or a place with it. An
    undated sentence needs all three, so only one that names a place and a kind of event can
    match, and only anchors that share its place.
    """
    numbers = {state.sentence_of[i] for i, m in enumerate(state.mentions)
               if m.relative and m.type in ("DATE", "TIME")} if state.sentences else set()
    near = {n: anchors.near(state.sentences[n].feats, key, reach) for n in numbers}
    for n in _undated_reports(state):
        feats = state.sentences[n].feats
        near[n] = anchors.near(feats, key, reach, places_only=True) if feats.places and feats.kinds else []
    return dict(sorted(near.items()))


def _signature(near: dict[int, list[Anchor]]) -> tuple[int, int]:
    """What the anchors an article met come to, in little memory: (64-bit hash, count)."""
    whole = tuple((n, tuple((a.article_id, a.start, a.end, a.trust, id(a.feats)) for a in found))
                  for n, found in near.items())
    return hash(whole), sum(len(found) for found in near.values())


def _month_line(state: State) -> list[Constraint]:
    if state.month_line is None:
        return []
    start, end, label = state.month_line
    return [Constraint("date-line", W_DATE_LINE_MONTH, lambda d: float(start <= d <= end),
                       lambda d: f"{label}.", (start, end), RELIABILITY["date-line"], support=(start, end))]


def _captions(state: State) -> list[Constraint]:
    result = []
    for day, line in state.captions:
        def test(d: Day, day: Day = day) -> float:
            return max(0.0, 1.0 - (d - day).days / 7) if d >= day else 0.0

        def note(d: Day, day: Day = day, line: str = line) -> str:
            return (f"The caption “{line}” dates the reported event to {day.isoformat()}; "
                    f"an article appears that day or soon after.")

        week = (day, day + dt.timedelta(days=6))
        result.append(Constraint("caption", W_CAPTION, test, note, week, RELIABILITY["caption"], support=week))
    return result


def _past(m: Mention) -> bool:
    return m.tense == "past"


def _bounds(state: State) -> list[Constraint]:
    """Past-tense absolute dates happened by publication; future-tense ones lie after it."""
    result = []
    latest_day_event: tuple[Day, int] | None = None
    for index, m in enumerate(state.mentions):
        if m.relative or m.tense not in ("past", "future") or m.type not in ("DATE", "TIME"):
            continue
        span = _interval(m, Day(2000, 1, 1))
        if span is None:
            continue
        quote = _quote(state, index)
        if m.tense == "past":
            result.append(Constraint("bound", W_BOUND, lambda d, s=span[0]: float(d >= s),
                                     lambda d, q=quote, s=span[0]: f"“{q}” tells of {s.isoformat()} or later in the "
                                     "past tense, so the article appeared after it began.", None))
            if span[0] == span[1] and (latest_day_event is None or span[0] > latest_day_event[0]):
                latest_day_event = (span[0], index)
        elif (m.signal or "").lower() not in ("seit", "vor", "nach"):
            result.append(Constraint("bound", W_BOUND, lambda d, e=span[1]: float(d <= e),
                                     lambda d, q=quote, e=span[1]: f"“{q}” speaks of {e.isoformat()} as ahead, so the "
                                     "article appeared before it.", None))
    if latest_day_event is not None:
        day, index = latest_day_event
        quote = _quote(state, index)
        result.append(Constraint(
            "recent", W_RECENT, lambda d: max(0.0, 1.0 - (d - day).days / 14) if d >= day else 0.0,
            lambda d: f"The latest dated event told in the past tense, {day.isoformat()} (“{quote}”), "
                      "is news when the article appears.", None, RELIABILITY["recent"],
            support=(day, day + dt.timedelta(days=13))))
    return result


def _duration_months(m: Mention) -> float | None:
    expr = m.expr
    amount, unit = getattr(expr, "amount", None), getattr(expr, "unit", None)
    if amount is None or unit not in ("Y", "M"):
        return None
    return float(amount) * (12 if unit == "Y" else 1)


def _since_pairs(state: State, matcher: Matcher) -> list[Constraint]:
    """"seit zweieinhalb Jahren" + "Juli 2019" about the same matter -> about January 2022."""
    result = []
    dated = [(i, m) for i, m in enumerate(state.mentions)
             if m.type == "DATE" and not m.relative and m.grain in ("month", "day", "week")]
    for i, m in enumerate(state.mentions):
        months = _duration_months(m) if m.type == "DURATION" else None
        if months is None or (m.signal or "").lower() not in ("seit", "nach"):
            continue
        for j, other in dated:
            same_sentence = state.sentence_of[i] == state.sentence_of[j]
            match = matcher.compare(state.sentences[state.sentence_of[i]].feats,
                                    state.sentences[state.sentence_of[j]].feats) if state.sentences else None
            if not same_sentence and not (match and match.same_event):
                continue
            span = _interval(other, Day(2000, 1, 1))
            if span is not None:
                result.append(_since_constraint(state, i, j, months, span))
    return result


def _since_constraint(state: State, i: int, j: int, months: float, span: tuple[Day, Day]) -> Constraint:
    m = state.mentions[i]
    whole = round(months)
    low, high = span[0] + relativedelta(months=whole), span[1] + relativedelta(months=whole)
    if m.mod == "MORE_THAN":
        high = low + relativedelta(months=max(12, whole // 2))
    elif m.mod == "LESS_THAN":
        low = low - relativedelta(months=max(1, whole // 4))
    elif m.mod == "APPROX":
        low, high = low - relativedelta(months=max(1, whole // 10)), high + relativedelta(months=max(1, whole // 10))
    month = dt.timedelta(days=31)

    def test(d: Day) -> float:
        if low <= d <= high:
            return 1.0
        return 0.5 if low - month <= d <= high + month else 0.0

    def note(d: Day) -> str:
        return (f"“{_quote(state, i)}” and “{_quote(state, j)}” speak of the same matter: "
                f"{state.mentions[j].text} + {m.text} puts the article between {low.isoformat()} and {high.isoformat()}.")

    window = (low - month, high + month)
    return Constraint("since", W_SINCE, test, note, window, RELIABILITY["since"], support=window)


def _anchored(state: State, near: dict[int, list[Anchor]], matcher: Matcher) -> list[Constraint]:
    """A relative date in a sentence that reports an event another article has dated."""
    best: dict[tuple[int, Day, Day], tuple[float, Anchor, str]] = {}
    for index, m in enumerate(state.mentions):
        if not m.relative or m.type not in ("DATE", "TIME") or not state.sentences:
            continue
        feats = state.sentences[state.sentence_of[index]].feats
        for anchor in near[state.sentence_of[index]]:
            match = matcher.compare(feats, anchor.feats)
            if not match.same_event:
                continue
            weight = W_ANCHOR * match.strength * anchor.trust
            slot = (index, anchor.start, anchor.end)
            if slot not in best or weight > best[slot][0]:
                best[slot] = (weight, anchor, match.describe())
    return [_anchor_constraint(state, index, weight, anchor, why)
            for (index, _, _), (weight, anchor, why) in best.items()]


def _anchor_constraint(state: State, index: int, weight: float, anchor: Anchor, why: str) -> Constraint:
    m = state.mentions[index]

    def test(d: Day) -> float:
        span = state.interval(index, d)
        if span is None or span[0] > anchor.end or anchor.start > span[1]:
            return 0.0
        if m.tense == "past" and anchor.start > d:
            return 0.0
        if m.tense == "future" and anchor.start <= d:
            return 0.0
        return 1.0

    def note(d: Day) -> str:
        span = state.interval(index, d)
        value = _span_text(span) if span else "nothing"
        verdict = "which fits" if test(d) else "which does not fit"
        if span and test(d) == 0.0 and not (span[0] > anchor.end or anchor.start > span[1]):
            verdict += f" (a {m.tense}-tense sentence speaks of a day {'after' if m.tense == 'future' else 'by'} publication)"
        return (f"“{_quote(state, index)}”: '{m.text}' ({m.tense or 'no'} tense) is {value} for an article "
                f"of {d.isoformat()}; {_article_name(anchor)} dates the same event ({why}) to "
                f"{_span_text((anchor.start, anchor.end))}, {verdict}: “{_shorten(anchor.sentence)}”.")

    window = (anchor.start - ANCHOR_MARGIN, anchor.end + ANCHOR_MARGIN)
    return Constraint("same-event date", weight, test, note, window, RELIABILITY["same-event date"],
                      probe=state.probe(index), probe_range=(anchor.start, anchor.end))


def _undated_reports(state: State) -> list[int]:
    """Sentences without a date of their own that report, not announce, something."""
    if state.reports is None:
        dated_sentences = {state.sentence_of[i] for i, m in enumerate(state.mentions)
                           if m.type in ("DATE", "TIME") and (m.relative or m.grain == "day")}
        state.reports = [number for number, sentence in enumerate(state.sentences)
                         if number not in dated_sentences
                         and not has_future_cue(sentence.text, state.article.language)]
    return state.reports


def _same_event(state: State, near: dict[int, list[Anchor]], matcher: Matcher) -> list[Constraint]:
    """An undated sentence reporting, not announcing, an event another article has dated."""
    best: dict[Day, tuple[float, Anchor, Sentence, str]] = {}
    for number in _undated_reports(state):
        sentence = state.sentences[number]
        for anchor in near[number]:
            match = matcher.compare(sentence.feats, anchor.feats)
            if match.signals < 3:
                continue
            weight = W_SAME_EVENT * match.strength * anchor.trust
            if anchor.start not in best or weight > best[anchor.start][0]:
                best[anchor.start] = (weight, anchor, sentence, match.describe())
    result = []
    for day, (weight, anchor, sentence, why) in best.items():
        def note(d: Day, anchor: Anchor = anchor, sentence: Sentence = sentence, why: str = why) -> str:
            return (f"“{_shorten(sentence.text)}” reports the event that {_article_name(anchor)} dates to "
                    f"{anchor.start.isoformat()} ({why}): “{_shorten(anchor.sentence)}”; "
                    "a report appears that day or soon after.")

        week = (day, day + dt.timedelta(days=6))
        result.append(Constraint("same event", weight,
                                 lambda d, s=day: max(0.0, 1.0 - (d - s).days / 7) if d >= s else 0.0,
                                 note, week, RELIABILITY["same event"], support=week))
    return result


# ---------------------------------------------------------------- inference and checks


NO_EVENT = 10_000


def news_habit(state: State) -> Callable[[Day], tuple[int, int]]:
    """How well a publication day fits the habits of news, smaller is better.

    (days since the latest single-day event the article reports in the past tense; days since
    the earliest such event named relatively, "am Montag"): a report appears on the day of its
    news, and the weekdays it names lie within the same few days.
    """
    relative_past = [i for i, m in enumerate(state.mentions) if _past(m) and m.relative and m.type in ("DATE", "TIME")]

    def habit(day: Day) -> tuple[int, int]:
        latest = _latest_past_day(state, day)
        gap = (day - latest[0]).days if latest else NO_EVENT
        days = [span[0] for i in relative_past
                if (span := state.interval(i, day)) and span[0] == span[1] and span[0] <= day]
        spread = (day - min(days)).days if days else 0
        return gap, spread

    return habit


def _latest_past_day(state: State, day: Day) -> tuple[Day, int] | None:
    best: tuple[Day, int] | None = None
    if state.past is None:
        state.past = [i for i, m in enumerate(state.mentions) if _past(m) and m.type in ("DATE", "TIME")]
    for i in state.past:
        span = state.interval(i, day)
        if span and span[0] == span[1] and span[0] <= day and (best is None or span[0] > best[0]):
            best = (span[0], i)
    return best


def _infer(state: State, key: str, anchors: AnchorSet, matcher: Matcher) -> Published | None:
    own = _own(state, matcher)
    near = _near(state, key, anchors, state.reach)
    signature = _signature(near)
    if signature in state.memo:
        return state.memo[signature]  # the same evidence as before: the same answer
    constraints = own + _anchored(state, near, matcher) + _same_event(state, near, matcher)
    solution = solve(constraints, news_habit(state))
    result = _month_only(state) if solution is None else _published(state, solution, constraints)
    if len(state.memo) >= MEMO_ROUNDS:
        state.memo.pop(next(iter(state.memo)))
    state.memo[signature] = result
    return result


def _month_only(state: State) -> Published | None:
    if state.month_line is None:
        return None
    start, _, label = state.month_line
    precision = "month" if start.month != 1 or state.month_line[1].month == 1 else "year"
    return Published(value=_format(start, precision), precision=precision, source="text", confidence=0.9,
                     evidence=[f"{label}; nothing in the text fixes the day."])


def _published(state: State, solution: Solution, constraints: list[Constraint]) -> Published:
    best = solution.best
    plateau = [d for d in _plateau(constraints, solution)]
    precision = "day"
    if len(plateau) > SHORT_SPAN_DAYS:
        precision = "month" if plateau[0].strftime("%Y-%m") == plateau[-1].strftime("%Y-%m") else "year"
    if precision != "day" and state.month_line is not None:
        return _month_only(state)  # type: ignore[return-value]
    satisfied = sorted(solution.satisfied, key=lambda c: -c.weight)
    evidence = [c.note(best) for c in satisfied if c.kind != "bound"][:6]
    evidence += [c.note(best) for c in satisfied if c.kind == "bound"][:2]
    if solution.tie_broken_by_recency and (last := _latest_past_day(state, best)):
        mention = state.mentions[last[1]]
        evidence.append(f"Several days fit equally; news appears on the day of the latest event it reports: "
                        f"'{mention.text}' (past tense) in “{_quote(state, last[1])}” is {last[0].isoformat()}, "
                        f"so {best.isoformat()} is taken.")
    source = "text" if any(c.kind == "caption" for c in satisfied) and _caption_day(state) == best else "inferred"
    runner = None
    if solution.runner_up is not None:
        runner = {"value": solution.runner_up.isoformat(), "score": round(solution.runner_up_score, 2),
                  "best_score": round(solution.score, 2)}
    return Published(value=_format(best, precision), precision=precision, source=source,
                     confidence=solution.confidence, evidence=evidence, runner_up=runner)


def _caption_day(state: State) -> Day | None:
    return state.captions[0][0] if state.captions else None


def _plateau(constraints: list[Constraint], solution: Solution) -> list[Day]:
    """Days that score as well as the best one (before the news habit breaks the tie)."""
    if not solution.tie_broken_by_recency and solution.runner_up_score != solution.score:
        return [solution.best]
    return [d for d, score in solution.scores.items() if score == solution.score]


def _check(state: State, key: str, published: Published, anchors: AnchorSet, matcher: Matcher) -> None:
    """Compare a given or written date with what the rest of the evidence says."""
    if published.precision != "day":
        return
    given = Day.fromisoformat(published.value)
    _own(state, matcher)
    reach = None if state.reach is None else sorted(state.reach + [(given, given)])
    constraints = constraints_for(state, key, anchors, matcher, reach)
    solution = solve(constraints, news_habit(state))
    if solution is None or solution.best == given:
        return
    given_score = total_score(constraints, given)
    against = [c for c in constraints if c.test(given) < 0.5]
    if solution.score - given_score < CONFLICT_MARGIN or all(c.kind == "bound" for c in against):
        return
    conflicts = [c.note(given) for c in against if c.kind != "bound"]
    conflicts += [c.note(given) for c in against if c.kind == "bound"]
    meanings = _relative_meanings(state, given)
    if meanings:
        conflicts.append(f"With {given.isoformat()} as publication date, {meanings}.")
    conflicts.append(f"{solution.best.isoformat()} would fit the text and the other sources "
                     f"(evidence {solution.score:.2f} against {given_score:.2f} for {given.isoformat()}).")
    published.conflicts = conflicts
    published.confidence = min(published.confidence, 0.5) if published.source != "given" else published.confidence
    published.evidence.append(f"The text contradicts this date; {solution.best.isoformat()} would fit (see conflicts).")


def _relative_meanings(state: State, day: Day) -> str:
    parts = []
    for index, m in enumerate(state.mentions):
        if m.relative and m.type in ("DATE", "TIME") and (span := state.interval(index, day)):
            parts.append(f"'{m.text}' is {_span_text(span)}")
    return ", ".join(parts)


# ---------------------------------------------------------------- wording


def _span_text(span: tuple[Day, Day]) -> str:
    start, end = span
    if start == end:
        return start.isoformat()
    if start.isoweekday() == 1 and (end - start).days == 6:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d} ({start.isoformat()}..{end.isoformat()})"
    return f"{start.isoformat()}..{end.isoformat()}"


def _article_name(anchor: Anchor) -> str:
    return anchor.article_id.split(":", 1)[1]


def _quote(state: State, index: int) -> str:
    if not state.sentences:
        return state.mentions[index].text
    return _shorten(state.sentences[state.sentence_of[index]].text)


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
