"""Run the property tests with many examples and print, for each property, how many examples ran
and whether it failed (with the smallest failing example hypothesis found).

    python tools/property_check.py              # 10,000 examples each
    python tools/property_check.py --examples 2000
"""
from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hypothesis import HealthCheck, given, settings
from properties import TAG_PROPERTIES, articles, build_writes_a_valid_chronology, publication, texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    config = settings(max_examples=args.examples, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    checks = [(p.__name__, config(given(texts, publication)(p))) for p in TAG_PROPERTIES]
    checks.append((build_writes_a_valid_chronology.__name__, config(given(articles)(build_writes_a_valid_chronology))))
    failures = 0
    for name, check in checks:
        try:
            check()
            print(f"{name}: {args.examples} examples, 0 failures", flush=True)
        except Exception:  # noqa: BLE001 - report every property, then the count
            failures += 1
            print(f"{name}: FAILED\n{traceback.format_exc(limit=3)}", flush=True)
    print(f"{failures} of {len(checks)} properties failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
