"""Streaming ingest: articles per second and peak memory while reading a 10,000-article JSONL corpus.

Writes a temporary JSONL file built from the seed articles (each line one article with its own id),
streams it through ``chrono.ingest.files.iter_articles`` (decoding, front-matter fields, boilerplate
spans) and prints the throughput and the peak resident set size after 1,000 and after 10,000
articles. Streaming means the second figure is about the same as the first.

    python benchmarks/bench_ingest.py [--articles 10000]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from chrono.ingest.files import iter_articles, read_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHECKPOINTS = (1_000, 10_000)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024


def write_corpus(path: Path, count: int) -> int:
    """Write ``count`` articles, one JSON object per line, cycling through the seeds."""
    texts = [read_text(p) for p in sorted(SEEDS.glob("*.txt"))]
    size = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            record = {"id": f"a{number:05d}", "text": texts[number % len(texts)], "source": f"outlet {number % 7}"}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            out.write(line)
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=CHECKPOINTS[-1])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = write_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB JSONL")
        print(f"peak RSS before reading: {peak_rss_mb():.1f} MiB")
        checkpoints = sorted({c for c in CHECKPOINTS if c <= args.articles} | {args.articles})
        started = time.perf_counter()
        boilerplate_spans = 0
        for count, article in enumerate(iter_articles([corpus]), start=1):
            boilerplate_spans += len(article.boilerplate)
            if count in checkpoints:
                elapsed = time.perf_counter() - started
                print(f"after {count:>6} articles: {count / elapsed:8.0f} articles/s, "
                      f"peak RSS {peak_rss_mb():.1f} MiB, boilerplate spans so far {boilerplate_spans}")


if __name__ == "__main__":
    main()
