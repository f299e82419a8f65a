"""Tagging throughput: chrono.tag vs dateparser's search_dates, one core.

    python benchmarks/bench_tag.py [--megabytes 5] [--sample-kb 20]

Tags the seed articles over and over until at least --megabytes of text have been processed
(each article tagged on its own, as chrono does), then runs dateparser.search.search_dates over a
--sample-kb sample of the same articles twice: as it is usually called (whole articles, language
detected) and at its fastest (paragraph by paragraph, told the text is German). Prints every
throughput in MB/s (CPU time, one core) and the ratios.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import time

import chrono

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "seeds"
REFERENCE = dt.date(2022, 1, 12)


def articles() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def bench_chrono(texts: list[str], target_mb: float) -> tuple[float, float, int]:
    chrono.tag(texts[0], published=REFERENCE)  # load rules outside the timing
    done, count, mentions = 0.0, 0, 0
    start = time.process_time()
    while done < target_mb:
        for text in texts:
            mentions += len(chrono.tag(text, published=REFERENCE))
        done += megabytes(texts)
        count += len(texts)
    seconds = time.process_time() - start
    return done, seconds, mentions


def _sample(texts: list[str], sample_kb: int, split: bool) -> list[str]:
    pieces = [p for t in texts for p in (t.split("\n") if split else [t]) if p.strip()]
    sample, size = [], 0
    for piece in pieces:
        if size >= sample_kb * 1000:
            break
        sample.append(piece)
        size += len(piece.encode("utf-8"))
    return sample


def bench_dateparser(texts: list[str], sample_kb: int, german: bool) -> tuple[float, float]:
    from dateparser.search import search_dates

    sample = _sample(texts, sample_kb, split=german)
    settings = {"RELATIVE_BASE": dt.datetime(2022, 1, 12), "DATE_ORDER": "DMY"}
    languages = ["de"] if german else None
    search_dates("am 12. Januar 2022", languages=languages, settings=settings)  # load data outside the timing
    start = time.process_time()
    for piece in sample:
        search_dates(piece, languages=languages, settings=settings)
    return megabytes(sample), time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--sample-kb", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = articles()
    mb, seconds, mentions = bench_chrono(texts, args.megabytes)
    chrono_rate = mb / seconds
    print(f"chrono.tag:     {mb:6.2f} MB in {seconds:6.2f} s CPU = {chrono_rate:7.2f} MB/s "
          f"({mentions} mentions)")
    for label, german in (("search_dates, whole articles, language detected", False),
                          ("search_dates, per paragraph, languages=['de']", True)):
        dp_mb, dp_seconds = bench_dateparser(texts, args.sample_kb, german)
        dp_rate = dp_mb / dp_seconds
        print(f"{label}: {dp_mb:.3f} MB in {dp_seconds:.2f} s CPU = {dp_rate:.4f} MB/s"
              f" -> chrono is {chrono_rate / dp_rate:,.0f}x faster")


if __name__ == "__main__":
    main()
