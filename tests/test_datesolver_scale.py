"""The solver's sparse scoring gives exactly the sums of scoring every constraint on every day."""
from __future__ import annotations

import datetime as dt
import random

from chrono.dating.solver import Constraint, Probe, candidate_days, score_days, solve, total_score

D = dt.date


def _constraints(seed: int) -> list[Constraint]:
    rng = random.Random(seed)
    base = D(2022, 1, 1)
    week_before = Probe(lambda d: (d - dt.timedelta(days=6), d))  # "in the last week", as a probe
    result = []
    for number in range(40):
        start = base + dt.timedelta(days=rng.randrange(120))
        end = start + dt.timedelta(days=rng.randrange(10))
        weight = rng.choice([0.5, 1.0, 1.5, 2.0 * rng.random()])
        kind = number % 3
        if kind == 0:  # a range with its support
            result.append(Constraint("range", weight, lambda d, s=start, e=end: float(s <= d <= e), str,
                                     (start, end), support=(start, end)))
        elif kind == 1:  # tied to what an expression means on the day
            result.append(Constraint("probe", weight,
                                     lambda d, s=start, e=end: float(d - dt.timedelta(days=6) <= e and s <= d),
                                     str, (start - dt.timedelta(days=3), end + dt.timedelta(days=9)),
                                     probe=week_before, probe_range=(start, end)))
        else:  # scores anywhere
            result.append(Constraint("bound", weight, lambda d, s=start: float(d >= s), str, None))
    return result


def test_sparse_scores_equal_full_sums():
    for seed in range(5):
        constraints = _constraints(seed)
        days = candidate_days(constraints)
        scores = score_days(constraints, days)
        assert scores == {d: round(total_score(constraints, d), 6) for d in days}


def test_solution_keeps_every_candidate_score():
    constraints = _constraints(7)
    solution = solve(constraints)
    assert solution is not None
    assert solution.score == max(solution.scores.values())
    assert solution.scores[solution.best] == solution.score
