"""Publication dates: reads the articles of a run (with the dates ingest found given) and adds
``Article.published`` to each: given by the user, read from the text, or inferred, and always with
evidence. This module runs the rounds; the pieces live beside it: :mod:`~chrono.dating.state` (one
article's mentions and sentences), :mod:`~chrono.dating.datelines` (dates written on the page),
:mod:`~chrono.dating.anchors` (events dated by other articles), :mod:`~chrono.dating.constraints`
(the evidence), :mod:`~chrono.dating.solver` (the best day) and :mod:`~chrono.dating.explain`.

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
day through one :class:`~chrono.dating.state.Resolver` shared by all articles ("am Mittwoch" in
the past tense means the same days in every article). Anchors are found through an index of their
words and places and, for an article whose text proposes days of its own, only within those days
(see :func:`chrono.dating.constraints.own_constraints`); the evidence of the text alone is built
once, and an article is solved again in a later round only when the anchors it meets have changed.
With ``jobs`` > 1 the rounds run on forked processes (:class:`chrono.engines.ForkedShares`), each
inferring its share of the articles from the same dated articles: the same result as one process.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

from chrono.dating.anchors import SHORT_SPAN_DAYS, Anchor, AnchorSet, Matcher, article_key, collect_anchors
from chrono.dating.constraints import (
    anchored_constraints,
    constraints_for,
    latest_past_day,
    near_anchors,
    news_habit,
    own_constraints,
    same_event_constraints,
)
from chrono.dating.datelines import read_written_dates
from chrono.dating.elapsed import elapsed_constraints
from chrono.dating.explain import quoted_sentence, span_text
from chrono.dating.solver import TIE_MARGIN, Constraint, Solution, solve, total_score
from chrono.dating.state import Resolver, State, prepare_state
from chrono.dating.story import (
    Named,
    Neighbours,
    named_days,
    story_constraints,
    story_neighbours,
    story_reach,
    story_signature,
)
from chrono.dating.window import widened
from chrono.engines import ForkedShares, can_fork
from chrono.events.features import Features, Rarity
from chrono.model import Article, Published
from chrono.temporal.written import iso_at_precision

Day = dt.date
MAX_ROUNDS = 6
CONFLICT_MARGIN = 0.5  # weight of evidence by which another day must beat a given date
MEMO_ROUNDS = 4  # results remembered per article, by the anchors they rested on


def date_articles(articles: list[Article], states: list[State] | None = None, jobs: int = 1) -> None:
    """Fill ``article.published`` for every article (see the module docstring for the order).

    A date written on the page is checked against its text and the dates other pages print; the
    articles are then solved with the given and written dates, and each given date is checked
    against its text and what the other articles say. A contradicted date records its
    ``conflicts`` and dates no other article (the articles are then solved again without it).
    ``states`` are the articles' prepared states (:func:`prepare_state`, one per article, in
    order) when they were made elsewhere, e.g. in worker processes; with ``jobs`` > 1 the rounds of
    inference run on that many forked processes (the same result).
    """
    resolver = Resolver()
    if states is None:
        # alone, an article meets no other article's events: places only where it compares its own sentences
        states = [prepare_state(article, resolver, places=len(articles) > 1) for article in articles]
    for article, state in zip(articles, states):
        state.article, state.resolver = article, resolver  # a state made in a worker: the article itself
    rarity = Rarity()
    pool: dict[Features, Features] = {}
    for state in states:
        for sentence in state.sentences:
            rarity.add(sentence.feats)
            sentence.feats = pool.setdefault(sentence.feats, sentence.feats)  # equal features: one object
    matcher = Matcher(rarity)
    for state in states:
        read_written_dates(state)
    headers = {i: state.header for i, state in enumerate(states) if state.header is not None}
    stories = story_neighbours(states)
    forked = jobs > 1 and len(states) >= 2 * SHARE_BLOCK * jobs and can_fork()
    with ForkedShares(lambda k, n: _Rounds(states, matcher, stories, k, n), jobs) if forked else nullcontext() as workers:
        step = None if workers is None else workers.step
        fixed = {i: p for i, state in enumerate(states) if (p := _fixed(state)) is not None}
        # a date printed on the page is checked against its own text and the dates other pages
        # print (what was inferred for others may rest on a wrong reading) ...
        printed = collect_anchors(states, headers)
        for i, published in fixed.items():
            if published.source != "given":
                _check(states[i], article_key(i, states[i]), published, printed, matcher)
        final = _run_rounds(step, _Rounds(states, matcher, stories), fixed)
        # ... a given date (a typo in a manifest) against its text and what all the other articles
        # say; one found wrong dates nothing, so the others are then dated again without it
        given = [i for i, p in fixed.items() if p.source == "given"]
        if given:
            everything = collect_anchors(states, {**final, **fixed})
            for i in given:
                _check(states[i], article_key(i, states[i]), fixed[i], everything, matcher)
            if any(fixed[i].conflicts for i in given):
                final = _run_rounds(step, _Rounds(states, matcher, stories), fixed)
    for i, state in enumerate(states):
        state.article.published = with_window(fixed.get(i, final.get(i)))


def with_window(published: Published | None) -> Published | None:
    """``published`` with its window filled in where it has none: its day, month or year."""
    if published is None or published.earliest:
        return published
    first = Day.fromisoformat(published.value + {"day": "", "month": "-01", "year": "-01-01"}[published.precision])
    if published.precision == "day":
        last = first
    elif published.precision == "month":
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    else:
        last = first.replace(month=12, day=31)
    published.earliest, published.latest = first.isoformat(), last.isoformat()
    return published


SHARE_BLOCK = 16  # articles of a run in a row that go to the same worker (given dates are spread evenly)


def _run_rounds(step: Callable[[Any], list[dict[int, Published | None]]] | None, here: _Rounds,
                fixed: dict[int, Published]) -> dict[int, Published | None]:
    """Infer every article not in ``fixed``, round after round, dated articles anchoring the others.
    ``step((fixed, inferred))`` runs one round on the forked workers, each for its share of the
    articles (``fixed`` is sent with the first round of a run only); without it, ``here`` runs it."""
    inferred: dict[int, Published | None] = {}
    message: tuple[dict[int, Published] | None, dict[int, Published | None]] = (fixed, inferred)
    for _ in range(MAX_ROUNDS):
        found: dict[int, Published | None] = {}
        for part in [here(message)] if step is None else step(message):
            found.update(part)
        new = {i: found[i] for i in range(len(here.states)) if i in found}
        if _same(new, inferred):
            break
        inferred = new
        message = (None, inferred)
    return inferred


class _Rounds:
    """The rounds of inference for share ``share`` (of ``shares``) of the articles, run after run:
    called with ``(fixed, inferred)`` (``fixed`` at the first round of a run, then None) it infers,
    from what the last round inferred, every article of its share not in ``fixed``. It remembers
    the days each article names across the rounds of a run, so every share sees every round."""

    def __init__(self, states: list[State], matcher: Matcher, stories: Neighbours,
                 share: int = 0, shares: int = 1) -> None:
        self.states, self.matcher, self.stories = states, matcher, stories
        self.keys = [article_key(i, state) for i, state in enumerate(states)]
        self.names = [state.article.id for state in states]
        self.share, self.shares = share, shares
        self.fixed: dict[int, Published] = {}
        self.mine: list[int] = []
        self.named_memo: dict[tuple[int, str, float], Named] = {}

    def __call__(self, message: tuple[dict[int, Published] | None, dict[int, Published | None]]
                 ) -> dict[int, Published | None]:
        fixed, inferred = message
        if fixed is not None:  # a new run
            self.fixed, self.named_memo = fixed, {}
            self.mine = [i for i in range(len(self.states))
                         if (i // SHARE_BLOCK) % self.shares == self.share and i not in fixed]
        states, named_memo = self.states, self.named_memo
        dated = {**inferred, **self.fixed}
        anchors = collect_anchors(states, dated)
        named = {}
        for j in range(len(states)):
            published = dated.get(j)
            # the days an article names change only with its day and, in steps, its confidence
            memo_key = (j, published.value, round(published.confidence, 1)) if published is not None else (j, "", 0.0)
            if memo_key not in named_memo:
                named_memo[memo_key] = named_days(states[j], published)
            if named_memo[memo_key]:
                named[j] = named_memo[memo_key]
        return {i: _infer(states[i], self.keys[i], anchors, self.matcher,
                          (self.stories[i], self.names, named, self.matcher.rarity)) for i in self.mine}


def _same(a: dict[int, Published | None], b: dict[int, Published | None]) -> bool:
    value = lambda p: None if p is None else (p.value, p.precision, p.confidence)
    return a.keys() == b.keys() and all(value(a[k]) == value(b[k]) for k in a)


def _fixed(state: State) -> Published | None:
    given = state.article.published
    if given is not None and given.source == "given":
        return given
    return state.header


def _signature(near: dict[int, list[Anchor]]) -> tuple[int, int]:
    """What the anchors an article met come to, in little memory: (64-bit hash, count)."""
    whole = tuple((n, tuple((a.article_id, a.start, a.end, a.trust, id(a.feats)) for a in found))
                  for n, found in near.items())
    return hash(whole), sum(len(found) for found in near.values())


def _infer(state: State, key: str, anchors: AnchorSet, matcher: Matcher, story: tuple) -> Published | None:
    own = own_constraints(state, matcher)
    near = near_anchors(state, key, anchors, state.reach or story_reach(story[0], story[2]))
    signature = (_signature(near), story_signature(story[0], story[2]))
    if signature in state.memo:
        return state.memo[signature]  # the same evidence as before: the same answer
    constraints = (own + anchored_constraints(state, near, matcher)
                   + same_event_constraints(state, near, matcher) + story_constraints(state, *story)
                   + elapsed_constraints(state, *story))
    solution = solve(constraints, news_habit(state))
    result = _month_only(state) if solution is None else _published(state, solution, constraints)
    state.span_cache.clear()
    if len(state.memo) >= MEMO_ROUNDS:
        state.memo.pop(next(iter(state.memo)))
    state.memo[signature] = result
    return result


def _month_only(state: State) -> Published | None:
    if state.month_line is None:
        return None
    start, _, label = state.month_line
    precision = "month" if start.month != 1 or state.month_line[1].month == 1 else "year"
    return Published(value=iso_at_precision(start, precision), precision=precision, source="text",
                     confidence=0.9, evidence=[f"{label}; nothing in the text fixes the day."])


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
    if solution.tie_broken_by_recency and (last := latest_past_day(state, best)):
        mention = state.mentions[last[1]]
        evidence.append(f"Several days fit equally; news appears on the day of the latest event it reports: "
                        f"'{mention.text}' (past tense) in “{quoted_sentence(state, last[1])}” "
                        f"is {last[0].isoformat()}, so {best.isoformat()} is taken.")
    source = "text" if any(c.kind == "caption" for c in satisfied) and _caption_day(state) == best else "inferred"
    runner = None
    if solution.runner_up is not None:
        runner = {"value": solution.runner_up.isoformat(), "score": round(solution.runner_up_score, 2),
                  "best_score": round(solution.score, 2)}
    window = _run_around(best, _as_likely(state, best, plateau)) if precision == "day" else (plateau[0], plateau[-1])
    if precision == "day" and all(c.kind in ("recent", "bound") for c in solution.satisfied):
        # only the habit that news appears on the day of its latest event: any of the next days may be it
        window = (best, best + dt.timedelta(days=RECENT_WINDOW_DAYS - 1))
    if precision == "day":
        window = widened(state, best, window, solution.confidence)
    if window[0] != window[1]:
        evidence.append(f"Every day from {window[0].isoformat()} to {window[1].isoformat()} fits the evidence "
                        f"as well; {best.isoformat()} is the likeliest.")
    return Published(value=iso_at_precision(best, precision), precision=precision, source=source,
                     confidence=solution.confidence, evidence=evidence, runner_up=runner,
                     earliest=window[0].isoformat(), latest=window[1].isoformat(),
                     grounds=sorted({c.kind for c in solution.satisfied if c.weight > 0}))


RECENT_WINDOW_DAYS = 7  # the window of a date resting only on the latest event an article reports
HABIT_SLACK = 1  # days by which a day of the window may miss the habits of news that the best day meets


def _as_likely(state: State, best: Day, plateau: list[Day]) -> list[Day]:
    """Days of the plateau that fit the habits of news nearly as well as the best day: a day on
    which "am Donnerstag" would mean a week before the other days it names is not one of them."""
    if len(plateau) <= 1:
        return plateau
    habit = news_habit(state)
    limit = tuple(x + HABIT_SLACK for x in habit(best))
    return [d for d in plateau if all(a <= b for a, b in zip(habit(d), limit))]


def _run_around(best: Day, days: list[Day]) -> tuple[Day, Day]:
    """The run of consecutive days among ``days`` that holds ``best``."""
    have = set(days) | {best}
    first = last = best
    while first - dt.timedelta(days=1) in have:
        first -= dt.timedelta(days=1)
    while last + dt.timedelta(days=1) in have:
        last += dt.timedelta(days=1)
    return first, last


def _caption_day(state: State) -> Day | None:
    return state.captions[0][0] if state.captions else None


def _plateau(constraints: list[Constraint], solution: Solution) -> list[Day]:
    """Days that score as well as the best one (before the news habit breaks the tie)."""
    if not solution.tie_broken_by_recency and solution.runner_up_score < solution.score - TIE_MARGIN:
        return [solution.best]
    top = max(solution.scores.values())
    return sorted(d for d, score in solution.scores.items() if score >= top - TIE_MARGIN)


def _check(state: State, key: str, published: Published, anchors: AnchorSet, matcher: Matcher) -> None:
    """Compare a given or written date with what the rest of the evidence says."""
    if published.precision != "day":
        return
    given = Day.fromisoformat(published.value)
    own_constraints(state, matcher)
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
            parts.append(f"'{m.text}' is {span_text(span)}")
    return ", ".join(parts)
