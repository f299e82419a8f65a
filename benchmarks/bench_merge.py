"""Merging at scale: time and pairs compared when merging many event candidates.

    python benchmarks/bench_merge.py [--copies 20 50 100]

Extracts the event candidates of the seed articles once (tagger, publication dates, events), then
makes --copies copies of them, each copy moved 9 days later and given its own article ids, as if
the same kind of news came in week after week. Merges each corpus and prints the number of
candidates, the pairs the date-window blocking compared against all possible pairs, the events
found, and the wall time. Blocking keeps the pairs compared growing linearly with the corpus.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's chrono, not an installed one

from chrono.events.blocking import candidate_pairs
from chrono.events.candidates import extract_events
from chrono.events.merging import merge_events
from chrono.events.model import to_datetime_range
from chrono.events.similarity import Candidate
from chrono.model import TimeValue
from chrono.pipeline import load_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def shifted(value: str | None, days: int) -> str | None:
    if value is None:
        return None
    if "T" in value:
        return (dt.datetime.fromisoformat(value) + dt.timedelta(days=days)).isoformat(timespec="minutes")
    return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat() if len(value) >= 10 else value


def copy_of(events, number: int):
    days = 9 * number
    result = []
    for event in events:
        clone = copy.deepcopy(event)
        d = clone.date
        clone.date = TimeValue(d.type, f"{d.value}+{days}", d.grain, d.mod, shifted(d.earliest, days),
                               shifted(d.latest, days))
        for source in clone.sources:
            source.document = f"{source.document}-{number}"
        result.append(clone)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[20, 50, 100])
    args = parser.parse_args()
    articles = load_articles([SEEDS])
    base = [event for article in articles for event in extract_events(article)]
    print(f"{len(base)} candidates from {len(articles)} seed articles")
    print(f"{'copies':>7} {'candidates':>10} {'pairs compared':>15} {'all pairs':>12} {'events':>7} {'seconds':>8}")
    for copies in args.copies:
        corpus = [c for number in range(copies) for c in copy_of(base, number)]
        items = [Candidate(i, e, *to_datetime_range(e.date)) for i, e in enumerate(corpus)]
        compared = sum(1 for _ in candidate_pairs([c for c in items if not c.event.weak]))
        start = time.perf_counter()
        events = merge_events(corpus)
        seconds = time.perf_counter() - start
        total = len(corpus) * (len(corpus) - 1) // 2
        print(f"{copies:>7} {len(corpus):>10} {compared:>15} {total:>12} {len(events):>7} {seconds:>8.2f}")


if __name__ == "__main__":
    main()
