"""The whole build at scale: wall seconds per stage and peak memory for corpora of N articles.

    python benchmarks/bench_build.py [--sizes 1000 2000 4000 8000 16000] [--jobs 1 2] [--dask 8000]

The corpus is ``benchmarks/newsgen.py``'s: stories of invented towns, people and organisations,
each told by three to five outlets in their own words, 25 stories a week from January 2023; every
other article carries its publication date, the others must be inferred. For each size and each
``--jobs`` value, one fresh process builds the chronology as ``chrono build`` does (read, date, tag,
extract, merge, check, document; then chronology.json and timeline.html are written) and prints
the wall seconds of every stage, the total, the growth over the previous size, the CPU seconds of
the main process and its workers (on a shared machine wall time also counts others' work), the peak resident
set size of the main process and of the largest worker (forked workers share most of their pages
with the main process, so the two do not add up), and how many events came out. ``--dask N`` also
builds N articles on a Dask LocalCluster with two workers.

Figures vary with the load of the machine; nothing here asserts a timing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def write_corpus(path: Path, count: int) -> None:
    sys.path.insert(0, str(HERE))
    from newsgen import NewsGenerator

    with path.open("w", encoding="utf-8") as out:
        for record in NewsGenerator().articles(count):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_once(corpus: Path, engine_name: str, jobs: int, out: Path) -> dict:
    """Build ``corpus`` in this process; the figures as a dict."""
    from chrono.chronology.document import write_chronology
    from chrono.engines import make_engine
    from chrono.pipeline import build_chronology
    from chrono.render.html import write_timeline

    stages: dict[str, float] = {}
    current = {"stage": "", "since": time.perf_counter()}

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage != current["stage"]:
            now = time.perf_counter()
            if current["stage"]:
                stages[current["stage"]] = now - current["since"]
            current.update(stage=stage, since=now)

    start = time.perf_counter()
    engine = make_engine(engine_name, jobs)
    try:
        data = build_chronology([corpus], engine=engine, progress=progress)
    finally:
        now = time.perf_counter()
        stages[current["stage"]] = now - current["since"]
        engine.close()
    since = time.perf_counter()
    write_chronology(data, out, validated=True)  # as chrono build: build_chronology validated it
    write_timeline(data, out / "timeline.html")
    stages["write"] = time.perf_counter() - since
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"stages": stages, "wall": time.perf_counter() - start, "events": len(data["events"]),
            "cpu": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
            "rss_main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def measure(count: int, engine: str, jobs: int) -> dict:
    """One size in a fresh process (so that its peak memory is its own)."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / f"corpus-{count}.jsonl"
        write_corpus(corpus, count)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        out = subprocess.run([sys.executable, __file__, "--one", str(corpus), "--engine", engine,
                              "--jobs", str(jobs), "--out", str(Path(tmp) / "out")],
                             check=False, capture_output=True, text=True, cwd=ROOT, env=env)
        if out.returncode:
            raise SystemExit(out.stderr)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        figures["mb"] = corpus.stat().st_size / 1e6
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000, 16000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", type=int, nargs="*", default=[], help="sizes to build on Dask with two workers")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(build_once(Path(args.one), args.engine, args.jobs[0], Path(args.out))))
        return
    runs = [("local", jobs, size) for jobs in args.jobs for size in args.sizes] + [("dask", 2, s) for s in args.dask]
    print(f"{'engine':<7} {'jobs':>4} {'articles':>8} {'MB':>6} {'wall s':>8} {'x prev':>6} {'CPU s':>7} {'RSS MiB':>8} "
          f"{'worker':>7} {'events':>7}  stages (wall s)", flush=True)
    previous: dict[tuple[str, int], float] = {}
    for engine, jobs, size in runs:
        f = measure(size, engine, jobs)
        growth = f"{f['wall'] / previous[(engine, jobs)]:.2f}" if (engine, jobs) in previous else ""
        previous[(engine, jobs)] = f["wall"]
        stages = " ".join(f"{name} {seconds:.1f}" for name, seconds in f["stages"].items())
        print(f"{engine:<7} {jobs:>4} {size:>8} {f['mb']:>6.1f} {f['wall']:>8.1f} {growth:>6} {f['cpu']:>7.1f} "
              f"{f['rss_main']:>8.0f} {f['rss_worker']:>7.0f} {f['events']:>7}  {stages}", flush=True)


if __name__ == "__main__":
    main()
