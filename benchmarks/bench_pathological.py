"""Large and pathological text: CPU time and peak memory of ``chrono.tag`` on a 50 MB article (the
seed articles repeated), a 1 MB line without spaces, a 1 MB line of dense dates
("am12.01.2022um9:51Uhr-Montag." repeated) and 100,000 digits in a row, each also at a quarter of
its size, so that the ratio shows how time grows (linear: about 4).

    python benchmarks/bench_pathological.py [--article-mb 50]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import chrono

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DENSE = "am12.01.2022um9:51Uhr-Montag."


def peak_rss_mb() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def measure(name: str, text: str) -> float:
    start = time.process_time()
    mentions = chrono.tag(text, published="2022-01-12")
    seconds = time.process_time() - start
    print(f"{name:>32}: {len(text) / 1e6:7.2f} MB in {seconds:7.2f} s CPU, {len(mentions):7d} mentions, "
          f"peak RSS {peak_rss_mb():7.1f} MiB", flush=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article-mb", type=float, default=50)
    args = parser.parse_args()
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    chrono.tag("am Montag", published="2022-01-12")  # language data loaded before timing
    cases = [("article", seeds, int(args.article_mb * 1e6)), ("line without spaces", "abcdefghij", 1_000_000),
             ("dense dates", DENSE, 1_000_000), ("digits", "7", 100_000)]
    for name, unit, size in cases:
        quarter = measure(f"{name} (a quarter)", repeat(unit, size // 4))
        full = measure(name, repeat(unit, size))
        print(f"{'':>32}  ratio {full / max(quarter, 1e-3):.1f} for four times the text")


if __name__ == "__main__":
    main()
