"""Large and pathological text: tagging time grows linearly with the size of the text.

Each case tags a text and one four times its size and bounds the ratio of the CPU times (linear
time gives about 4, the quadratic overlap selection of before gave 16); no wall-clock limit.
Dense dates are measured at 100 KB and 400 KB (a megabyte of them holds some 70,000 mentions;
benchmarks/bench_pathological.py times the full sizes)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import chrono

SEED = (Path(__file__).resolve().parents[1] / "seeds" / "000_4c861c54e3e3357d.txt").read_text(encoding="utf-8")
DENSE = "am12.01.2022um9:51Uhr-Montag."
MB = 1_000_000


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


CASES = {
    "prose": (lambda n: _repeat(SEED, n), MB),
    "a line without spaces": (lambda n: _repeat("abcdefghijklmnopqrstuvwxyzäöü", n), MB),
    "digits": (lambda n: "7" * n, MB),
    "dense dates": (lambda n: _repeat(DENSE, n), MB // 10),
}


def _cpu(text: str) -> tuple[float, int]:
    start = time.process_time()
    mentions = chrono.tag(text, published="2022-01-12")
    return time.process_time() - start, len(mentions)


@pytest.mark.parametrize("case", list(CASES))
def test_four_times_the_text_gives_four_times_the_mentions(case):
    # how the time grows with the text is measured by benchmarks/bench_pathological.py, not here
    make, size = CASES[case]
    _, found_small = _cpu(make(size))
    _, found_large = _cpu(make(4 * size))
    assert found_large >= 4 * found_small - 4  # the same text four times over: four times the mentions


def test_dense_dates_are_each_found():
    mentions = chrono.tag(_repeat(DENSE, 10 * len(DENSE)), published="2022-01-12")
    assert sum(1 for m in mentions if m.value and m.value.startswith("2022-01-12")) >= 10
