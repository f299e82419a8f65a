"""Evidence about a publication day: reads an article's state and the anchors near it, and adds the
constraints the solver weighs (:class:`chrono.dating.solver.Constraint`), each with its weight,
reliability and a note in words, and the news habit that breaks ties.

The text's own evidence (month-only date line, captions, "seit" + date pairs, past and future
bounds) is built once per article; the cross-source evidence (a relative date or an undated report
of an event another article has dated) is built against the anchors of each round.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from chrono.dating.anchors import ANCHOR_MARGIN, Anchor, AnchorSet, Matcher
from chrono.dating.daywords import day_word_constraints
from chrono.dating.explain import article_name, quoted_sentence, shorten, span_text
from chrono.dating.order import order_constraints
from chrono.dating.sentences import Sentence
from chrono.dating.solver import Constraint
from chrono.dating.state import Reach, State, mention_interval
from chrono.dating.story import moves_daily
from chrono.events.features import has_future_cue
from chrono.model import Mention

Day = dt.date

W_DATE_LINE_MONTH = 3.0
W_CAPTION = 3.0
W_SINCE = 1.5
W_ANCHOR = 2.0
W_SAME_EVENT = 1.0
W_BOUND = 0.5
W_YEARLESS_BOUND = 1.0
W_RECENT = 0.5
# dated events a mention is compared with, the likeliest first: the outlets that report one event
# date it a few ways at most, while in a long archive the same kind of happening in the same town
# has been dated dozens of times (each would be one more day to weigh, at a cost that grows with
# the archive)
MAX_ANCHORED_DAYS = 6
# The highest confidence each kind of evidence supports on its own (see :class:`chrono.dating.solver.Constraint`).
RELIABILITY = {"date-line": 0.9, "caption": 0.9, "since": 0.6, "same-event date": 0.95, "same event": 0.7,
               "recent": 0.3}


def constraints_for(state: State, key: str, anchors: AnchorSet, matcher: Matcher,
                    reach: Reach = None) -> list[Constraint]:
    """Every piece of evidence about the publication day of the article ``key``.

    Only anchors that can reach ``reach`` are compared (default: the days the article's own
    evidence allows, see :func:`_reach`).
    """
    own = own_constraints(state, matcher)
    near = near_anchors(state, key, anchors, state.reach if reach is None else reach)
    return own + anchored_constraints(state, near, matcher) + same_event_constraints(state, near, matcher)


def own_constraints(state: State, matcher: Matcher) -> list[Constraint]:
    """The evidence of the article's text alone (date line, captions, since pairs, bounds), once."""
    if state.own is None:
        state.own = (_month_line(state) + _captions(state) + _since_pairs(state, matcher) + _bounds(state)
                     + day_word_constraints(state) + order_constraints(state) + _partial_days(state))
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


def near_anchors(state: State, key: str, anchors: AnchorSet, reach: Reach) -> dict[int, list[Anchor]]:
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


# ---------------------------------------------------------------- the text alone


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
        span = mention_interval(m, Day(2000, 1, 1))
        if span is None:
            continue
        quote = quoted_sentence(state, index)
        if m.tense == "past":
            result.append(Constraint("bound", W_BOUND, lambda d, s=span[0]: float(d >= s),  # type: ignore[misc]
                                     lambda d, q=quote, s=span[0]: f"“{q}” tells of {s.isoformat()} or later in the "  # type: ignore[misc]
                                     "past tense, so the article appeared after it began.", None))
            if span[0] == span[1] and (latest_day_event is None or span[0] > latest_day_event[0]):
                latest_day_event = (span[0], index)
        elif (m.signal or "").lower() not in ("seit", "vor", "nach"):
            result.append(Constraint("bound", W_BOUND, lambda d, e=span[1]: float(d <= e),  # type: ignore[misc]
                                     lambda d, q=quote, e=span[1]: f"“{q}” speaks of {e.isoformat()} as ahead, so the "  # type: ignore[misc]
                                     "article appeared before it.", None))
    result += _yearless_bounds(state)
    if latest_day_event is not None:
        day, index = latest_day_event
        quote = quoted_sentence(state, index)
        result.append(Constraint(
            "recent", W_RECENT, lambda d: max(0.0, 1.0 - (d - day).days / 14) if d >= day else 0.0,
            lambda d: f"The latest dated event told in the past tense, {day.isoformat()} (“{quote}”), "
                      "is news when the article appears.", (day, day + dt.timedelta(days=6)), RELIABILITY["recent"],
            support=(day, day + dt.timedelta(days=13))))
    return result


def _yearless_bounds(state: State) -> list[Constraint]:
    """A day or a part of a month written out without its year and told in the past ("Am 22. Juli
    nannte die Staatsanwaltschaft die Ursache", "die Brücke, die Anfang Oktober eingehoben wurde")
    began before publication: on a publication day before it, it would be a report of something
    still to come."""
    result = []
    for index, m in enumerate(state.mentions):
        if not m.relative or m.tense != "past" or m.type != "DATE" or not _written_out_days(state, index):
            continue
        quote = quoted_sentence(state, index)

        def test(d: Day, index: int = index) -> float:
            span = state.interval(index, d)
            return float(span is not None and span[0] <= d)

        def note(d: Day, index: int = index, quote: str = quote) -> str:
            span = state.interval(index, d)
            day = span[0].isoformat() if span else "?"
            return (f"“{quote}” tells of {day} in the past tense, so the article appeared after it."
                    if test(d) else f"“{quote}” tells in the past tense of {day}, which lies after {d.isoformat()}.")

        result.append(Constraint("bound", W_YEARLESS_BOUND, test, note, None))
    return result


def _written_out_days(state: State, index: int) -> bool:
    """A day or days of one month at most written out ("am 22. Juli", "Anfang Oktober"): the same
    days a week before and after a probe day."""
    span = state.fixed_span(index, Day(2001, 5, 2))
    return span is not None and (span[1] - span[0]).days <= MONTH_DAYS


MONTH_DAYS = 31


def _partial_days(state: State) -> list[Constraint]:
    """A stamp without its year ("Stand: 14.03. 18:42 Uhr"): that day of some year (as with a full
    stamp, a page stamped only with its last change is taken to have appeared that day). It
    proposes no day: the year comes from the rest of the evidence."""
    result = []
    for (month, day), _, text in state.partial_days:
        def test(d: Day, month: int = month, day: int = day) -> float:
            return float((d.month, d.day) == (month, day))

        def note(d: Day, text: str = text) -> str:
            return f"The stamp “{text}” gives the day without its year; {d.isoformat()} fits it."

        result.append(Constraint("date-line", W_DATE_LINE_MONTH, test, note, None, RELIABILITY["date-line"]))
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
            if state.sentence_of[i] != state.sentence_of[j] and not _same_matter(state, matcher, i, j):
                continue
            span = mention_interval(other, Day(2000, 1, 1))
            if span is not None:
                result.append(_since_constraint(state, i, j, months, span))
    return result


def _same_matter(state: State, matcher: Matcher, i: int, j: int) -> bool:
    """Whether the sentences of mentions ``i`` and ``j`` tell the same event. Without a shared word
    or kind their places alone cannot make it one, so the gazetteer is read only where they share
    one (an article dated alone may have been read without places)."""
    if not state.sentences:
        return False
    a, b = state.sentence_of[i], state.sentence_of[j]
    match = matcher.compare(state.sentences[a].feats, state.sentences[b].feats)
    if state.places or match.signals == 0:
        return match.same_event
    return matcher.compare(state.sentence_feats(a), state.sentence_feats(b)).same_event


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
        return (f"“{quoted_sentence(state, i)}” and “{quoted_sentence(state, j)}” "
                f"speak of the same matter: {state.mentions[j].text} + {m.text} puts the article "
                f"between {low.isoformat()} and {high.isoformat()}.")

    window = (low - month, high + month)
    return Constraint("since", W_SINCE, test, note, window, RELIABILITY["since"], support=window)


# ---------------------------------------------------------------- other sources


def anchored_constraints(state: State, near: dict[int, list[Anchor]], matcher: Matcher) -> list[Constraint]:
    """A relative date in a sentence that reports an event another article has dated: for each
    mention, the :data:`MAX_ANCHORED_DAYS` days of the dated events that agree with it most."""
    best: dict[tuple[int, Day, Day], tuple[float, float, Anchor, str]] = {}
    for index, m in enumerate(state.mentions):
        if not m.relative or m.type not in ("DATE", "TIME") or not state.sentences:
            continue
        feats = state.feats_of(index)
        for anchor in near[state.sentence_of[index]]:
            match = matcher.compare(feats, anchor.feats)
            if not match.same_event:
                continue
            weight = W_ANCHOR * match.strength * anchor.trust
            agreement = match.evidence * anchor.trust
            slot = (index, anchor.start, anchor.end)
            if slot not in best or (agreement, weight) > best[slot][:2]:
                best[slot] = (agreement, weight, anchor, match.describe())
    kept: dict[int, int] = {}
    result = []
    for (index, start, _), (_, weight, anchor, why) in sorted(best.items(), key=lambda item: (item[0][0], -item[1][0], item[0][1])):
        kept[index] = kept.get(index, 0) + 1
        if kept[index] <= MAX_ANCHORED_DAYS:
            result.append(_anchor_constraint(state, index, weight, anchor, why))
    return result


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
        value = span_text(span) if span else "nothing"
        verdict = "which fits" if test(d) else "which does not fit"
        if span and test(d) == 0.0 and not (span[0] > anchor.end or anchor.start > span[1]):
            verdict += f" (a {m.tense}-tense sentence speaks of a day {'after' if m.tense == 'future' else 'by'} publication)"
        return (f"“{quoted_sentence(state, index)}”: '{m.text}' ({m.tense or 'no'} tense) is {value} "
                f"for an article of {d.isoformat()}; {article_name(anchor)} dates the same event ({why}) to "
                f"{span_text((anchor.start, anchor.end))}, {verdict}: “{shorten(anchor.sentence)}”.")

    window = (anchor.start - ANCHOR_MARGIN, anchor.end + ANCHOR_MARGIN)
    # an event dated by inference dates this article no more surely than that inference
    return Constraint("same-event date", weight, test, note, window, min(RELIABILITY["same-event date"], anchor.trust),
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


def same_event_constraints(state: State, near: dict[int, list[Anchor]], matcher: Matcher) -> list[Constraint]:
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
            return (f"“{shorten(sentence.text)}” reports the event that {article_name(anchor)} dates to "
                    f"{anchor.start.isoformat()} ({why}): “{shorten(anchor.sentence)}”; "
                    "a report appears that day or soon after.")

        week = (day, day + dt.timedelta(days=6))
        result.append(Constraint("same event", weight,
                                 lambda d, s=day: max(0.0, 1.0 - (d - s).days / 7) if d >= s else 0.0,  # type: ignore[misc]
                                 note, week, min(RELIABILITY["same event"], anchor.trust), support=week))
    return result


# ---------------------------------------------------------------- the habits of news


NO_EVENT = 10_000


def news_habit(state: State) -> Callable[[Day], tuple[int, int]]:
    """How well a publication day fits the habits of news, smaller is better.

    (days since the latest single-day event the article reports in the past tense; days since
    the earliest such event named relatively, "am Montag"): a report appears on the day of its
    news, and the weekdays it names lie within the same few days.
    """
    relative_past = [i for i, m in enumerate(state.mentions)
                     if _past(m) and m.relative and m.type in ("DATE", "TIME") and not moves_daily(state, i)]

    def habit(day: Day) -> tuple[int, int]:
        latest = latest_past_day(state, day)
        gap = (day - latest[0]).days if latest else NO_EVENT
        days = [span[0] for i in relative_past
                if (span := state.interval(i, day)) and span[0] == span[1] and span[0] <= day]
        spread = (day - min(days)).days if days else 0
        return gap, spread

    return habit


def latest_past_day(state: State, day: Day) -> tuple[Day, int] | None:
    """The latest single day by ``day`` that a past-tense mention stands for, with the mention's index.

    A day word that moves with the publication day ("am Nachmittag", "gestern") is left out: it
    stands for the same day relative to every candidate day and would hide the days the article names."""
    best: tuple[Day, int] | None = None
    if state.past is None:
        state.past = [i for i, m in enumerate(state.mentions)
                      if _past(m) and m.type in ("DATE", "TIME") and not (m.relative and moves_daily(state, i))]
    for i in state.past:
        span = state.interval(i, day)
        if span and span[0] == span[1] and span[0] <= day and (best is None or span[0] > best[0]):
            best = (span[0], i)
    return best
