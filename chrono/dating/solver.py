"""Choosing a publication date from constraints: which day satisfies the most of them.

A :class:`Constraint` scores a candidate day between 0 (contradicted) and 1 (satisfied) and
carries a weight; some constraints also propose the days worth trying (``window``). The solver
tries every proposed day, sums the weighted scores, and breaks ties by the habits of news (an
article appears on the day of the latest event it reports in the past tense, or soon after).
Pure functions of their inputs; nothing reads the clock.

**Scale.** A constraint may say on which days it can score at all: ``support`` (a range of days)
or ``probe`` (it scores only where ``probe.span(day)`` meets its range, for evidence tied to
what a relative expression means on that day). The solver then evaluates each constraint only
on the days it can score, instead of every constraint on every candidate day, and adds the
scores in the same order as :func:`total_score` does, so the result is exactly the same.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

Day = dt.date
MAX_WINDOW_DAYS = 400
MAX_CANDIDATES = 2000
FULL_CONFIDENCE = 0.95
TIE_MARGIN = 0.1  # days whose scores differ by less than this are equally good; the habits of news decide


@dataclass(slots=True)
class Constraint:
    """One piece of evidence about the publication day.

    The confidence of a solution never exceeds the highest ``reliability`` among the informative
    constraints it satisfies: a solution resting on weak kinds of evidence stays unsure.
    ``test(day)`` is 1.0 when the evidence fits ``day``, 0.0 when it contradicts it.
    ``note(day)`` is a sentence a person can check against the text, for that day.
    ``window`` (inclusive) proposes the days this evidence points to; None proposes none.
    """

    kind: str
    weight: float
    test: Callable[[Day], float]
    note: Callable[[Day], str]
    window: tuple[Day, Day] | None = None
    reliability: float = 1.0  # the highest confidence this kind of evidence can support on its own
    # ``test`` is 0 on every day outside ``support`` (inclusive); None: it may score on any day
    support: tuple[Day, Day] | None = None
    # ``test`` is 0 on every day whose ``probe.span(day)`` is None or misses ``probe_range``
    probe: Probe | None = None
    probe_range: tuple[Day, Day] | None = None

    def score(self, day: Day) -> float:
        return self.weight * max(0.0, min(1.0, self.test(day)))


def clash_constraint(kind: str, weight: float, clash: Callable[[Day], tuple[int, int] | None], fine: str,
                     explain: Callable[[Day, tuple[int, int]], str], reliability: float) -> Constraint:
    """Evidence against the days on which two mentions of an article would clash: ``clash(day)``
    names the two (mention indexes) or None; ``fine`` is the note where none clash, ``explain``
    says what the two would be on that day ("For an article of <day>, " + explain(day, pair))."""
    def note(d: Day) -> str:
        found = clash(d)
        return fine if found is None else f"For an article of {d.isoformat()}, {explain(d, found)}"

    return Constraint(kind, weight, lambda d: 0.0 if clash(d) else 1.0, note, None, reliability)


class Probe:
    """What one expression means on a given day (``span(day)`` -> (first, last) or None), shared by
    the constraints that test whether that meaning meets a range of days of their own."""

    def __init__(self, span: Callable[[Day], tuple[Day, Day] | None]):
        self.span = span


@dataclass(slots=True)
class Solution:
    """The best day, the runner-up, their scores, and how sure the choice is (0..1)."""

    best: Day
    score: float
    total_weight: float
    confidence: float
    runner_up: Day | None = None
    runner_up_score: float = 0.0
    tie_broken_by_recency: bool = False
    satisfied: list[Constraint] = field(default_factory=list)
    contradicted: list[Constraint] = field(default_factory=list)
    scores: dict[Day, float] = field(default_factory=dict)  # every candidate day's rounded score


def candidate_days(constraints: list[Constraint]) -> list[Day]:
    """Every day proposed by a constraint's window (each window capped at MAX_WINDOW_DAYS)."""
    days: set[int] = set()
    seen: set[tuple[Day, Day]] = set()
    for c in constraints:
        if c.window is None or c.window in seen:
            continue
        seen.add(c.window)
        start, end = c.window
        end = min(end, start + dt.timedelta(days=MAX_WINDOW_DAYS))
        days.update(range(start.toordinal(), end.toordinal() + 1))
        if len(days) > MAX_CANDIDATES:
            break
    return [Day.fromordinal(o) for o in sorted(days)]


def total_score(constraints: list[Constraint], day: Day) -> float:
    return sum(c.score(day) for c in constraints)


def score_days(constraints: list[Constraint], days: list[Day]) -> dict[Day, float]:
    """``round(total_score(constraints, day), 6)`` for every day, evaluating each constraint only on
    the days its ``support`` or ``probe`` allows (a constraint adds exactly 0.0 elsewhere)."""
    return _tested_days(constraints, days)[0]


def _tested_days(constraints: list[Constraint], days: list[Day]) -> tuple[dict[Day, float], list[dict[Day, float]]]:
    """:func:`score_days`, and each constraint's ``test`` on the days it was evaluated on (every
    other day of ``days`` it is 0.0), so that the solver never tests a day twice."""
    everywhere: list[int] = []
    ranged: list[tuple[int, int, int]] = []  # (first ordinal, last ordinal, constraint number)
    probed: dict[int, tuple[Probe, list[tuple[int, int, int]]]] = {}
    for number, c in enumerate(constraints):
        if c.probe is not None and c.probe_range is not None:
            lo, hi = c.probe_range
            probed.setdefault(id(c.probe), (c.probe, []))[1].append((lo.toordinal(), hi.toordinal(), number))
        elif c.support is not None:
            ranged.append((c.support[0].toordinal(), c.support[1].toordinal(), number))
        else:
            everywhere.append(number)
    groups = []
    for probe, items in probed.values():
        items.sort()
        longest = max(hi - lo for lo, hi, _ in items)
        groups.append((probe, [lo for lo, _, _ in items], items, longest))
    ranged.sort()
    range_starts = [lo for lo, _, _ in ranged]
    longest_range = max((hi - lo for lo, hi, _ in ranged), default=0)
    tests: list[dict[Day, float]] = [{} for _ in constraints]
    result = {}
    for day in days:
        o = day.toordinal()
        active = list(everywhere)
        first = bisect_left(range_starts, o - longest_range)
        active += [n for lo, hi, n in ranged[first:bisect_right(range_starts, o)] if hi >= o]
        for probe, starts, items, longest in groups:
            span = probe.span(day)
            if span is None:
                continue
            s0, s1 = span[0].toordinal(), span[1].toordinal()
            first = bisect_left(starts, s0 - longest)
            active += [n for lo, hi, n in items[first:bisect_right(starts, s1)] if hi >= s0]
        active.sort()
        total = 0.0
        for n in active:
            c = constraints[n]
            value = tests[n][day] = c.test(day)
            total += c.weight * max(0.0, min(1.0, value))  # Constraint.score, from the one test
        result[day] = round(total, 6)
    return result, tests


def solve(constraints: list[Constraint], habit: Callable[[Day], tuple[int, ...]] | None = None,
          days: list[Day] | None = None) -> Solution | None:
    """The day that satisfies the most constraint weight; None when no constraint proposes a day.

    Among equally good days (scores within :data:`TIE_MARGIN` of the best) the one with the
    smallest ``habit(day)`` wins: the habits of news, such as appearing on the day of the latest
    event reported (see :func:`chrono.dating.constraints.news_habit`); then the higher score, then
    the earliest day. The runner-up is the next of the equally good days, else the next best day.
    """
    days = days if days is not None else candidate_days(constraints)
    if not days:
        return None
    scores, tests = _tested_days(constraints, days)
    top = max(scores.values())
    # days within TIE_MARGIN of the best are as good: evidence that light does not outweigh the habit
    near = [d for d in days if scores[d] >= top - TIE_MARGIN]
    key = lambda d: (tuple(habit(d)) if habit else (), -scores[d], d.toordinal())
    near.sort(key=key)
    best = near[0]
    if len(near) > 1:
        runner: Day | None = near[1]
        tie = True
    else:
        rest = [d for d in days if d != best]
        second = max((scores[d] for d in rest), default=None)
        runner = min((d for d in rest if scores[d] == second), key=key) if second is not None else None
        tie = False
    solution = Solution(best=best, score=scores[best], total_weight=0.0, confidence=0.0, runner_up=runner,
                        runner_up_score=scores[runner] if runner is not None else 0.0,
                        tie_broken_by_recency=tie and runner is not None and key(runner)[0] != key(best)[0],
                        scores=scores)
    at_best = [_test(c, tested, best) for c, tested in zip(constraints, tests)]
    solution.satisfied = [c for c, value in zip(constraints, at_best) if value >= 0.5]
    solution.contradicted = [c for c, value in zip(constraints, at_best) if value < 0.5]
    probe = days if len(days) <= 64 else days[:: max(1, len(days) // 64)] + [days[-1]]
    informative = [n for n, c in enumerate(constraints) if _informative(c, tests[n], probe)]
    solution.total_weight = sum(constraints[n].weight for n in informative)
    ceiling = max((constraints[n].reliability for n in informative if at_best[n] >= 0.5), default=0.0)
    informative_score = sum(constraints[n].weight * max(0.0, min(1.0, at_best[n])) for n in informative)
    solution.confidence = min(ceiling, confidence(solution, tie, informative_score))
    return solution


def _test(constraint: Constraint, tested: dict[Day, float], day: Day) -> float:
    """``constraint.test(day)``, from ``tested`` (its tests so far) where it was tested on that day,
    and 0.0 outside its ``support`` (where it is 0.0 by definition)."""
    value = tested.get(day)
    if value is None:
        support = constraint.support
        if support is not None and not support[0] <= day <= support[1]:
            return 0.0
        value = tested[day] = constraint.test(day)
    return value


def _informative(constraint: Constraint, tested: dict[Day, float], probe: list[Day]) -> bool:
    """A constraint that scores every candidate alike tells nothing about the choice (``tested``:
    its tests so far)."""
    return constraint.window is not None or len({round(_test(constraint, tested, d), 3) for d in probe}) > 1


def confidence(solution: Solution, tie: bool, informative_score: float) -> float:
    """Share of the informative evidence the best day satisfies, lowered when the runner-up is close.

    Evidence that scores every candidate alike is not counted. A tie on evidence that only the
    news habit breaks halves the confidence; a margin of less than one full constraint lowers it
    in proportion.
    """
    if solution.total_weight <= 0:
        return 0.0
    share = informative_score / solution.total_weight
    margin = solution.score - solution.runner_up_score
    if tie:
        factor = 0.5 if solution.tie_broken_by_recency else 0.3
    else:
        factor = min(1.0, 0.6 + 0.4 * margin)
    return round(max(0.0, min(FULL_CONFIDENCE, share * factor * FULL_CONFIDENCE)), 2)
