"""Publication dates and events on the story sets: how many days come out right with nothing given,
and how many events each story keeps with nothing given against the true dates given.

    python benchmarks/bench_dating.py [STORY_DIR ...] [--json] [--one-stamp]

Each story set (default: every folder of ``tests/data/stories`` with a ``truth.yaml``; see its
README) is built twice with ``chrono build``'s stages: once with nothing given, once with the true
publication days of ``truth.yaml`` given through a manifest. Printed per story:

- ``days``: articles whose publication day (at day precision) is the true one, nothing given, and
  how many have the true day inside their window ``earliest``..``latest``;
- ``events``: events of the chronology built with true dates given, and how many of them the
  chronology built with nothing given keeps (an event is kept when an event of the other run has an
  overlapping date interval and shares a source article with it);
- ``truth events``: the key events of ``truth.yaml`` found in each run (an event whose interval
  holds the true day, at most a week long, with one of the articles that report it among its
  sources).

With ``--one-stamp`` each story is scored on a copy in which only its first stamped article keeps
its stamps (the others lose them, and the dates in brackets after weekdays).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chrono.pipeline import BUILDING, Corpus, run

STORIES = ROOT / "tests" / "data" / "stories"
LONGEST_TRUTH_SPAN = 7  # days an event's interval may span and still count as dating a key event


def story_dirs(given: list[str]) -> list[Path]:
    if given:
        dirs = [Path(p) for p in given]
        missing = [d for d in dirs if not (d / "truth.yaml").is_file()]
        if missing:
            sys.exit(f"bench_dating: {missing[0]} holds no truth.yaml; "
                     "pass story folders such as tests/data/stories/lawine")
        return dirs
    return sorted(p.parent for p in STORIES.glob("*/truth.yaml"))


def load_truth(story: Path) -> dict[str, Any]:
    return yaml.safe_load((story / "truth.yaml").read_text(encoding="utf-8"))


def build(story: Path, truth: dict[str, Any] | None) -> Corpus:
    """The chronology of ``story``; with ``truth``, its publication days are given in a manifest."""
    if truth is None:
        return run(Corpus.read([story]), BUILDING)
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "manifest.csv"
        with manifest.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "published"])
            for name, entry in truth["articles"].items():
                writer.writerow([name, str(entry["published"])])
        return run(Corpus.read([story], manifest=manifest), BUILDING)


def _interval(event: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    date = event.get("date") or {}
    if not date.get("earliest") or not date.get("latest"):
        return None
    return dt.date.fromisoformat(date["earliest"][:10]), dt.date.fromisoformat(date["latest"][:10])


def _documents(event: dict[str, Any]) -> set[str]:
    return {source["document"] for source in event["sources"]}


def kept(reference: list[dict[str, Any]], other: list[dict[str, Any]]) -> int:
    """Events of ``reference`` that ``other`` also has: overlapping interval, a shared source."""
    spans = [(_interval(e), _documents(e)) for e in other]
    count = 0
    for event in reference:
        span, docs = _interval(event), _documents(event)
        if span is None:
            continue
        if any(s is not None and s[0] <= span[1] and span[0] <= s[1] and docs & d for s, d in spans):
            count += 1
    return count


def truth_events_found(truth: dict[str, Any], events: list[dict[str, Any]]) -> int:
    found = 0
    for key_event in truth["events"]:
        day = key_event["date"]
        docs = {Path(name).stem for name in key_event["articles"]}
        for event in events:
            span = _interval(event)
            if (span and span[0] <= day <= span[1] and (span[1] - span[0]).days < LONGEST_TRUTH_SPAN
                    and docs & _documents(event)):
                found += 1
                break
    return found


def score(story: Path) -> dict[str, Any]:
    truth = load_truth(story)
    blind = build(story, None)
    given = build(story, truth)
    right, in_window, wrong, inferred = 0, 0, [], []
    for article in blind.articles:
        entry = truth["articles"].get(Path(article.path or article.id).name)
        if entry is None:
            continue
        published = article.published
        value = published.value if published is not None and published.precision == "day" else None
        true = str(entry["published"])
        if published is not None and published.earliest and published.earliest <= true <= (published.latest or ""):
            in_window += 1
        if published is not None and published.source == "inferred":
            inferred.append((published.confidence, value == true))
        if value == true:
            right += 1
        else:
            wrong.append(f"{article.id}: {value or (published.value if published else 'unknown')} "
                         f"(true {entry['published']})")
    given_events, blind_events = given.events, blind.events
    return {
        "story": story.name, "articles": len(truth["articles"]), "days_right": right, "in_window": in_window, "wrong": wrong,
        "inferred": inferred,
        "events_given": len(given_events), "events_blind": len(blind_events),
        "events_kept": kept(given_events, blind_events),
        "truth_events": len(truth["events"]),
        "truth_found_given": truth_events_found(truth, given_events),
        "truth_found_blind": truth_events_found(truth, blind_events),
    }


def one_stamp_copy(story: Path, into: Path) -> Path:
    """A copy of ``story`` in which only the first stamped article keeps its stamps: the others lose
    every stamp and every date in brackets after a weekday (the harder case of mostly unstamped news)."""
    from chrono.ingest.stamps import find_stamps

    target = into / story.name
    target.mkdir(parents=True)
    (target / "truth.yaml").write_text((story / "truth.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    kept = False
    for file in sorted(story.glob("*.txt")):
        text = file.read_text(encoding="utf-8")
        stamps = find_stamps(text)
        if stamps and not kept and any(s.kind != "weekday" for s in stamps):
            kept = True
        else:
            for stamp in reversed(stamps):
                if stamp.kind == "weekday":  # "Donnerstag (21.08.2025)" -> "Donnerstag"
                    cut = text.index("(", stamp.start)
                    text = text[:cut].rstrip() + text[stamp.end:]
                else:
                    text = text[:stamp.start] + text[stamp.end:]
        (target / file.name).write_text(text, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", nargs="*")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one-stamp", action="store_true",
                        help="keep the stamps of only the first stamped article of each story")
    args = parser.parse_args()
    stories = story_dirs(args.stories)
    with tempfile.TemporaryDirectory() as tmp:
        if args.one_stamp:
            stories = [one_stamp_copy(story, Path(tmp)) for story in stories]
        results = [score(story) for story in stories]
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    total = sum(r["articles"] for r in results)
    right = sum(r["days_right"] for r in results)
    for r in results:
        share = r["events_kept"] / r["events_given"] if r["events_given"] else 1.0
        print(f"{r['story']:16} days {r['days_right']}/{r['articles']} (in window {r['in_window']})   events kept {r['events_kept']}/"
              f"{r['events_given']} ({share:.0%}; {r['events_blind']} built with nothing given)   "
              f"truth events {r['truth_found_blind']}/{r['truth_events']} nothing given, "
              f"{r['truth_found_given']}/{r['truth_events']} dates given")
        for line in r["wrong"]:
            print(f"    {line}")
    print(f"{'all':16} days {right}/{total} ({right / total:.0%})")
    print("inferred days right, by the confidence chrono gives them: " + calibration(results))


CONFIDENCE_BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)


def calibration(results: list[dict[str, Any]]) -> str:
    """How often an inferred day is right in each band of confidence ("0.4-0.6: 17/37")."""
    pairs = [pair for r in results for pair in r["inferred"]]
    parts = []
    for lo, hi in zip(CONFIDENCE_BANDS, CONFIDENCE_BANDS[1:]):
        band = [right for confidence, right in pairs if lo <= confidence < hi]
        if band:
            parts.append(f"{lo:.1f}-{min(hi, 1.0):.1f}: {sum(band)}/{len(band)}")
    return ", ".join(parts) or "none inferred"


if __name__ == "__main__":
    main()
