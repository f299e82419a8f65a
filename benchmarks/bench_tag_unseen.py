"""Tagging throughput on text the tagger has not seen: every pass starts with no word known.

    python benchmarks/bench_tag_unseen.py FOLDER... [--passes 3] [--mode news]

Reads the ``*.txt`` files of the folders (for example ``tests/data/heldout*/texts`` and the KRAUTS
texts), then tags each once per pass, clearing the language's cache of known words before every
pass, as a stream of new articles would find it. Prints the best pass in MB/s (CPU time, one core).
"""
from __future__ import annotations

import argparse
import pathlib
import time

import chrono
from chrono.lang import load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--mode", default="news", choices=("news", "narrative", "auto"))
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for folder in args.folders for p in sorted(pathlib.Path(folder).glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    language = load("de")
    chrono.tag(texts[0], published="2022-01-12", mode=args.mode)  # rules compiled outside the timing
    best = float("inf")
    mentions = 0
    for _ in range(args.passes):
        language.word_classes.clear()
        start = time.process_time()
        mentions = sum(len(chrono.tag(t, published="2022-01-12", mode=args.mode)) for t in texts)
        best = min(best, time.process_time() - start)
    print(f"chrono.tag on unseen text: {len(texts)} articles, {size:.2f} MB in {best:.2f} s CPU = "
          f"{size / best:.2f} MB/s ({mentions} mentions, mode {args.mode})")


if __name__ == "__main__":
    main()
