"""The whole pipeline at scale: seconds per stage and peak memory for corpora of N articles.

    python benchmarks/bench_build.py [--sizes 100 1000] [--stages all|dates]

Builds a JSONL corpus of N articles from the five seed articles: copy k of a seed is the same
story k weeks later (every full date and every "Monat Jahr" in the text moved by 7*k days, its
own id), so that week k holds five articles about the same events. Every other article carries
its true ``published`` date; the others must be inferred, from their text and from the articles
of their week. Runs the stages of ``chrono build`` one after the other on one process and prints
CPU and wall seconds per stage, the peak resident set size, and how many inferred publication
dates came out as the true one (the seed's date moved by the same k weeks). Since every week
tells the same story in the same words, an article whose text fixes no days of its own (only
weekdays) matches the same events of neighbouring weeks just as well: that share measures the
ambiguity built into this corpus, and is the same before and after the changes for speed.

With ``--stages dates`` only ingest and publication dates run (what ``chrono dates`` does).
Figures vary with the load of the machine; nothing here asserts a timing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The day each seed appeared (its publication date, which `chrono dates seeds/` infers).
SEED_DAYS = {"000": dt.date(2022, 1, 12), "001": dt.date(2022, 1, 12), "002": dt.date(2022, 1, 12),
             "003": dt.date(2022, 1, 7), "004": dt.date(2022, 1, 12)}
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
FULL_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")
ISO_MONTH = re.compile(r"\b((?:19|20)\d{2})-(\d{2})\b(?!-)")
MONTH_YEAR = re.compile(rf"\b({'|'.join(MONTHS)}) ((?:19|20)\d{{2}})\b")


def shift_text(text: str, days: int, day_of_month: int = 15) -> str:
    """Every full date moved by ``days``; a month with its year moved to the month in which its day
    ``day_of_month`` falls after the move (for a date line "date 2022-01": the day of publication)."""
    delta = dt.timedelta(days=days)

    def full(m: re.Match) -> str:
        day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) + delta
        return f"{day.day:02d}.{day.month:02d}.{day.year}"

    def iso_month(m: re.Match) -> str:
        day = dt.date(int(m.group(1)), int(m.group(2)), day_of_month) + delta
        return f"{day.year}-{day.month:02d}"

    def month_year(m: re.Match) -> str:
        day = dt.date(int(m.group(2)), MONTHS.index(m.group(1)) + 1, day_of_month) + delta
        return f"{MONTHS[day.month - 1]} {day.year}"

    return MONTH_YEAR.sub(month_year, ISO_MONTH.sub(iso_month, FULL_DATE.sub(full, text)))


def write_corpus(path: Path, count: int) -> dict[str, dt.date]:
    """Write ``count`` articles to ``path``; returns the true publication day of each id."""
    from chrono.ingest.files import read_text

    seeds = [(p.name[:3], read_text(p)) for p in sorted(SEEDS.glob("*.txt"))]
    truth = {}
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            week, (name, text) = divmod(number, len(seeds))[0], seeds[number % len(seeds)]
            day = SEED_DAYS[name] + dt.timedelta(weeks=week)
            record: dict[str, Any] = {"id": f"{name}-w{week:04d}", "text": shift_text(text, 7 * week, SEED_DAYS[name].day),
                                      "source": f"outlet {name}"}
            if number % 2 == 0:  # half given, half to infer; which seeds alternates from week to week
                record["published"] = day.isoformat()
            truth[record["id"]] = day
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return truth


def peak_rss_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


class Stages:
    """Runs stages one after the other and keeps (name, CPU seconds, wall seconds) of each."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float]] = []

    def run(self, name: str, step: Callable[[], Any]) -> Any:
        cpu, wall = time.process_time(), time.perf_counter()
        result = step()
        self.rows.append((name, time.process_time() - cpu, time.perf_counter() - wall))
        return result


def run(count: int, stages: str, workdir: Path) -> None:
    import chrono
    from chrono.chronology.document import write_chronology
    from chrono.dating.inference import date_articles
    from chrono.events.actors import known_people
    from chrono.events.candidates import extract_events
    from chrono.events.merging import merge_events
    from chrono.findings.report import check, event_dict
    from chrono.ingest.files import iter_articles
    from chrono.render.html import write_timeline

    corpus = workdir / f"corpus-{count}.jsonl"
    truth = write_corpus(corpus, count)
    timer = Stages()
    articles = timer.run("ingest", lambda: list(iter_articles([corpus])))
    to_infer = {a.id for a in articles if a.published is None}
    timer.run("publication dates", lambda: date_articles(articles))
    right = sum(1 for a in articles if a.id in to_infer and a.published is not None
                and a.published.value == truth[a.id].isoformat())
    dated = f"{right}/{len(to_infer)} inferred dates are the true day"
    if stages == "all":
        def tag_all() -> None:
            for a in articles:
                anchor = a.published.value if a.published and a.published.precision == "day" else None
                mentions = chrono.tag(a.text, published=anchor, language=a.language)
                a.mentions = [m for m in mentions if not a.in_boilerplate(m.start, m.end)]

        def extract() -> list:
            people = {}
            for a in articles:
                for surname, person in known_people(a.text, a.language).items():
                    if surname not in people or len(person.name) > len(people[surname].name):
                        people[surname] = person
            return [e for a in articles for e in extract_events(a, language=a.language, people=people)]

        timer.run("tagging", tag_all)
        candidates = timer.run("events", extract)
        merged = timer.run("merge", lambda: merge_events(candidates))
        events = timer.run("event records", lambda: [event_dict(e, articles) for e in merged])
        findings = timer.run("check", lambda: check(events, articles))
        data = {"generator": {"name": "chrono", "version": chrono.__version__, "language": "de"},
                "documents": [_document(a) for a in articles], "events": events,
                "findings": [f.to_dict() for f in findings]}
        out = workdir / f"out-{count}"
        timer.run("write (validate, json, html)",
                  lambda: (write_chronology(data, out), write_timeline(data, out / "timeline.html")))
        dated += f"; {len(candidates)} event candidates, {len(events)} events, {len(findings)} findings"
    size = corpus.stat().st_size / 1e6
    print(f"\n{count} articles ({size:.1f} MB, {len(to_infer)} without a given date): {dated}")
    print(f"  {'stage':<30} {'CPU s':>8} {'wall s':>8}")
    for name, cpu, wall in timer.rows:
        print(f"  {name:<30} {cpu:>8.2f} {wall:>8.2f}")
    print(f"  {'total':<30} {sum(r[1] for r in timer.rows):>8.2f} {sum(r[2] for r in timer.rows):>8.2f}")
    print(f"  peak RSS {peak_rss_mib():.0f} MiB")


def _document(article) -> dict[str, Any]:
    from chrono.chronology.document import _document as document

    return document(article)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--stages", choices=["all", "dates"], default="all")
    args = parser.parse_args()
    if len(args.sizes) > 1:  # one process per size, so that each peak RSS is its own
        for count in args.sizes:
            subprocess.run([sys.executable, __file__, "--sizes", str(count), "--stages", args.stages], check=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        run(args.sizes[0], args.stages, Path(tmp))


if __name__ == "__main__":
    main()
