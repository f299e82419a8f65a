"""Tagging throughput on text the tagger has not seen: chrono.tag vs dateparser's search_dates, one core.

    python benchmarks/bench_tag.py [DEV_CORPUS_DIR] [--megabytes 5] [--sample-kb 30]

Three sources, each measured in a fresh process pinned to one core:

- ``DEV_CORPUS_DIR`` (optional): a folder with ``texts/*.txt`` or ``*.txt``, such as the KRAUTS
  development set in ../shared/corpora/krauts-dev (only read, never copied);
- every article text in ``tests/data`` (.txt and .md, front matter removed);
- ``--megabytes`` of German news made by ``benchmarks/newsgen.py``: invented towns, people and
  organisations, numbers and dates, so that no article repeats.

In each process the tagger is imported and the rules are loaded first (timed on their own: the
start-up cost, paid once per process), then every text
is tagged once, in order (the *cold* rate: the first and only reading, as in a news archive), then
all of them a second time (the *warm* rate, with the per-word caches filled). Then
``dateparser.search.search_dates`` runs over a ``--sample-kb`` sample of the same texts, in the same
process, paragraph by paragraph with ``languages=['de']`` (its fastest way), and on about a third as
much in whole articles with the language detected (as it is mostly called); the ratios of the cold
rates are printed. CPU seconds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = dt.date(2022, 1, 12)


def texts_of(source: str, megabytes: float) -> list[str]:
    """The texts of one source, in a fixed order."""
    if source == "generated":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from newsgen import NewsGenerator

        return list(NewsGenerator().text(megabytes))
    from chrono.ingest.files import iter_articles

    folder = Path(source)
    if (folder / "texts").is_dir():
        folder = folder / "texts"
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md")
    return [article.text for path in files for article in iter_articles([path]) if article.text.strip()]


def size_mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def sample(texts: list[str], kilobytes: int) -> list[str]:
    """Paragraphs from across the texts (every k-th), about ``kilobytes`` in all."""
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    step = max(1, int(sum(len(p.encode("utf-8")) for p in paragraphs) / (kilobytes * 1000)))
    return paragraphs[::step]


def measure(source: str, megabytes: float, sample_kb: int) -> dict[str, float]:
    """The figures of one source; run in its own process."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = texts_of(source, megabytes)
    start = time.process_time()
    import chrono
    import chrono.temporal.extract  # what chrono.tag imports on its first call
    from chrono.lang import load

    load("de")
    startup = time.process_time() - start
    figures: dict[str, float] = {"mb": size_mb(texts), "texts": len(texts), "startup_s": startup}
    for label in ("cold", "warm"):
        mentions = 0
        start = time.process_time()
        for text in texts:
            mentions += len(chrono.tag(text, published=REFERENCE))
        figures[f"{label}_s"] = time.process_time() - start
        figures["mentions"] = mentions
    from dateparser.search import search_dates

    pieces = sample(texts, sample_kb)
    settings = {"RELATIVE_BASE": dt.datetime(2022, 1, 12), "DATE_ORDER": "DMY"}
    search_dates("am 12. Januar 2022", languages=["de"], settings=settings)  # its data loaded outside the timing
    start = time.process_time()
    for piece in pieces:
        search_dates(piece, languages=["de"], settings=settings)
    figures["dateparser_s"] = time.process_time() - start
    figures["dateparser_mb"] = size_mb(pieces)
    # as it is mostly called: whole articles, the language detected (slower; a third of the sample)
    whole = [t for t in texts[::max(1, int(figures["mb"] * 3000 / sample_kb))]]
    start = time.process_time()
    for text in whole:
        search_dates(text, settings=settings)
    figures["detected_s"] = time.process_time() - start
    figures["detected_mb"] = size_mb(whole)
    return figures


def report(name: str, f: dict[str, float]) -> None:
    cold, warm = f["mb"] / f["cold_s"], f["mb"] / f["warm_s"]
    dateparser = f["dateparser_mb"] / f["dateparser_s"]
    print(f"{name}: {int(f['texts'])} texts, {f['mb']:.2f} MB, {int(f['mentions'])} mentions; "
          f"rules loaded in {f['startup_s']:.2f} s")
    print(f"  chrono.tag cold (each text once): {f['cold_s']:6.2f} s CPU = {cold:5.2f} MB/s"
          f"   (with the start-up: {f['mb'] / (f['cold_s'] + f['startup_s']):5.2f} MB/s)")
    print(f"  chrono.tag warm (second reading): {f['warm_s']:6.2f} s CPU = {warm:5.2f} MB/s")
    print(f"  search_dates, per paragraph, languages=['de']: {f['dateparser_mb']:.3f} MB in "
          f"{f['dateparser_s']:.2f} s CPU = {dateparser:.4f} MB/s -> chrono cold is {cold / dateparser:,.0f}x faster")
    detected = f["detected_mb"] / f["detected_s"]
    print(f"  search_dates, whole articles, language detected: {f['detected_mb']:.3f} MB in "
          f"{f['detected_s']:.2f} s CPU = {detected:.4f} MB/s -> chrono cold is {cold / detected:,.0f}x faster")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", help="a development corpus folder (texts/*.txt), read only")
    parser.add_argument("--megabytes", type=float, default=5.0, help="how much generated news to tag")
    parser.add_argument("--sample-kb", type=int, default=30, help="how much of each source dateparser reads")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one source, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.megabytes, args.sample_kb)))
        return
    sources = ([(f"dev corpus {args.corpus}", args.corpus)] if args.corpus else [])
    sources += [("tests/data", str(ROOT / "tests" / "data")), (f"generated news ({args.megabytes:g} MB)", "generated")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    for name, source in sources:
        out = subprocess.run([sys.executable, __file__, "--one", source, "--megabytes", str(args.megabytes),
                              "--sample-kb", str(args.sample_kb)], check=True, capture_output=True, text=True,
                             env=env)
        report(name, json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
