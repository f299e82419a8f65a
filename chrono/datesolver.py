"""Choosing a publication date from constraints: which day satisfies the most of them.

A :class:`Constraint` scores a candidate day between 0 (contradicted) and 1 (satisfied) and
carries a weight; some constraints also propose the days worth trying (``window``). The solver
tries every proposed day, sums the weighted scores, and breaks ties by the habits of news (an
article appears on the day of the latest event it reports in the past tense, or soon after).
Pure functions of their inputs; nothing reads the clock.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

Day = dt.date
MAX_WINDOW_DAYS = 400
MAX_CANDIDATES = 2000
FULL_CONFIDENCE = 0.95


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

    def score(self, day: Day) -> float:
        return self.weight * max(0.0, min(1.0, self.test(day)))


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


def candidate_days(constraints: list[Constraint]) -> list[Day]:
    """Every day proposed by a constraint's window (each window capped at MAX_WINDOW_DAYS)."""
    days: set[Day] = set()
    for c in constraints:
        if c.window is None:
            continue
        start, end = c.window
        end = min(end, start + dt.timedelta(days=MAX_WINDOW_DAYS))
        days.update(start + dt.timedelta(days=i) for i in range((end - start).days + 1))
        if len(days) > MAX_CANDIDATES:
            break
    return sorted(days)


def total_score(constraints: list[Constraint], day: Day) -> float:
    return sum(c.score(day) for c in constraints)


def solve(constraints: list[Constraint], habit: Callable[[Day], tuple[int, ...]] | None = None,
          days: list[Day] | None = None) -> Solution | None:
    """The day that satisfies the most constraint weight; None when no constraint proposes a day.

    Among equally good days the one with the smallest ``habit(day)`` wins: the habits of news,
    such as appearing on the day of the latest event reported (see
    :func:`chrono.pubdate.news_habit`); then the earliest day. The runner-up is the next best day.
    """
    days = days if days is not None else candidate_days(constraints)
    if not days:
        return None
    scored = [(round(total_score(constraints, d), 6), tuple(-x for x in (habit(d) if habit else ())),
               -d.toordinal(), d) for d in days]
    scored.sort(reverse=True)
    best_score, best_habit, _, best = scored[0]
    runner = scored[1] if len(scored) > 1 else None
    tie = runner is not None and runner[0] == best_score
    solution = Solution(best=best, score=best_score, total_weight=0.0, confidence=0.0,
                        runner_up=runner[3] if runner else None, runner_up_score=runner[0] if runner else 0.0,
                        tie_broken_by_recency=tie and runner[1] != best_habit)
    solution.satisfied = [c for c in constraints if c.test(best) >= 0.5]
    solution.contradicted = [c for c in constraints if c.test(best) < 0.5]
    informative = [c for c in constraints if _informative(c, days)]
    solution.total_weight = sum(c.weight for c in informative)
    ceiling = max((c.reliability for c in informative if c.test(best) >= 0.5), default=0.0)
    solution.confidence = min(ceiling, confidence(solution, tie, total_score(informative, best)))
    return solution


def _informative(constraint: Constraint, days: list[Day]) -> bool:
    """A constraint that scores every candidate alike tells nothing about the choice."""
    probe = days if len(days) <= 64 else days[:: max(1, len(days) // 64)] + [days[-1]]
    return len({round(constraint.test(d), 3) for d in probe}) > 1 or constraint.window is not None


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
