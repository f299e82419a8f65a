"""Same-event benchmark: how well merging puts one real-world event into one entry.

    python benchmarks/bench_same_event.py [STORY_DIR ...] [--json]

Each story folder (default: those of tests/data/corpora with a ``truth.yaml``) holds articles
with their publication dates and a truth file of its key events: date, place and, per article,
words of each statement that dates the event. The script builds the chronology of each story and
labels every statement of every event with the key event it reports (its article and one of the
event's words in its sentence; unlabelled statements are left out of the pairwise figures). It
prints, per story and in all:

- pairwise precision and recall of the merge over the labelled statements (two statements of one
  key event in one chronology event: a true pair);
- whole: key events that come out as one event holding every article that dates them;
- duplicates: chronology events beyond the first that hold statements of one key event;
- over-merges: chronology events holding statements of two or more key events;
- false conflicts: findings of severity "conflict" that the truth file does not list;
- places: key events whose main chronology event carries the true place;
- dates: key events whose main chronology event's date meets the true date.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chrono.pipeline import build_chronology

CORPORA = ROOT / "tests" / "data" / "corpora"


def statements(event: dict) -> list[dict]:
    return [item for source in event["sources"] for item in [source, *source.get("statements", [])]]


def label(statement: dict, truth: list[dict]) -> str | None:
    for key in truth:
        quotes = key["sources"].get(statement["document"], [])
        if any(quote in statement["sentence"] for quote in quotes):
            return key["id"]
    return None


def _place_matches(true: str, names: list[str]) -> bool:
    """The true place, or its full name beginning with it ("Klagenfurt am Wörthersee")."""
    return any(name == true or name.startswith(true + " ") for name in names)


def _date_meets(true: str, date: dict) -> bool:
    low, _, high = str(true).partition("..")
    high = high or low
    earliest, latest = (date.get("earliest") or "")[:10], (date.get("latest") or "")[:10]
    return bool(earliest) and earliest <= high + "~" and low <= latest + "~"


def score_story(folder: Path) -> dict:
    truth = yaml.safe_load((folder / "truth.yaml").read_text(encoding="utf-8"))
    keys = truth["events"]
    data = build_chronology([folder])
    labelled: list[tuple[str, str]] = []  # (key event, chronology event)
    holders: dict[str, Counter] = {key["id"]: Counter() for key in keys}
    documents: dict[tuple[str, str], set[str]] = {}
    for event in data["events"]:
        for statement in statements(event):
            found = label(statement, keys)
            if found is None:
                continue
            labelled.append((found, event["id"]))
            holders[found][event["id"]] += 1
            documents.setdefault((found, event["id"]), set()).add(statement["document"])
    true_pairs = predicted = correct = 0
    for (key_a, event_a), (key_b, event_b) in itertools.combinations(labelled, 2):
        same_key, same_event = key_a == key_b, event_a == event_b
        true_pairs += same_key
        predicted += same_event
        correct += same_key and same_event
    events = {event["id"]: event for event in data["events"]}
    rows = []
    for key in keys:
        held = holders[key["id"]]
        main = held.most_common(1)[0][0] if held else None
        whole = any(set(key["sources"]) <= documents.get((key["id"], e), set()) for e in held)
        event = events.get(main)
        names = [place["name"] for place in event["locations"]] if event else []
        rows.append({"id": key["id"], "whole": whole, "events": len(held), "main": main,
                     "place": _place_matches(key["place"], names), "places": names,
                     "date": bool(event) and _date_meets(key["date"], event["date"]),
                     "found": sorted({d for e in held for d in documents[(key["id"], e)]}),
                     "missing": sorted(set(key["sources"]) - {d for e in held for d in documents[(key["id"], e)]})})
    keys_by_event = Counter()
    for event_id, found in {(e, k) for k, e in labelled}:
        keys_by_event[event_id] += 1
    allowed = set(truth.get("conflicts") or [])
    conflicts = [f for f in data["findings"] if f["severity"] == "conflict"]
    false = [f for f in conflicts if f["event"] not in {r["main"] for r in rows if r["id"] in allowed}]
    return {
        "story": folder.name, "events": len(data["events"]), "key_events": len(keys),
        "precision": correct / predicted if predicted else 1.0,
        "recall": correct / true_pairs if true_pairs else 1.0,
        "whole": sum(r["whole"] for r in rows),
        "duplicates": sum(r["events"] - 1 for r in rows if r["events"]),
        "over_merges": sum(1 for n in keys_by_event.values() if n > 1),
        "false_conflicts": len(false), "places": sum(r["place"] for r in rows),
        "dates": sum(r["date"] for r in rows), "rows": rows,
        "false_conflict_details": [f["explanation"] for f in false],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list every key event")
    args = parser.parse_args()
    folders = args.stories or sorted(p.parent for p in CORPORA.glob("*/truth.yaml"))
    results = [score_story(folder) for folder in folders]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    header = f"{'story':<12} {'P':>5} {'R':>5} {'whole':>7} {'dupl':>5} {'over':>5} {'false':>6} {'places':>7} {'dates':>6} {'events':>7}"
    print(header)
    for r in results:
        print(f"{r['story']:<12} {r['precision']:>5.2f} {r['recall']:>5.2f} {r['whole']:>3}/{r['key_events']:<3} "
              f"{r['duplicates']:>5} {r['over_merges']:>5} {r['false_conflicts']:>6} {r['places']:>3}/{r['key_events']:<3} "
              f"{r['dates']:>2}/{r['key_events']:<3} {r['events']:>7}")
        if args.verbose:
            for row in r["rows"]:
                print(f"    {row['id']:<18} whole={row['whole']!s:<5} events={row['events']} place={row['place']!s:<5} {row['places'][:3]} "
                      f"date={row['date']} missing={row['missing']}")
            for text in r["false_conflict_details"]:
                print(f"    false conflict: {text}")
    keys = sum(r["key_events"] for r in results)
    events = sum(r["events"] for r in results)
    duplicates = sum(r["duplicates"] for r in results)
    print(f"all: whole {sum(r['whole'] for r in results)}/{keys}, duplicates {duplicates} "
          f"({duplicates / events:.1%} of {events} events), over-merges {sum(r['over_merges'] for r in results)}, "
          f"false conflicts {sum(r['false_conflicts'] for r in results)}, places {sum(r['places'] for r in results)}/{keys}, "
          f"dates {sum(r['dates'] for r in results)}/{keys}")


if __name__ == "__main__":
    main()
