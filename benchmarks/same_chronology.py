"""Compare two chronology.json files, generator metadata aside.

    python benchmarks/same_chronology.py A/chronology.json B/chronology.json

Prints "same" and exits 0 when the two documents are equal once their ``generator`` block is
removed; otherwise prints the first differing JSON paths and exits 1.
"""
from __future__ import annotations

import json
import sys
from typing import Any


def without_generator(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "generator"}


def differences(a: Any, b: Any, path: str = "$") -> list[str]:
    """JSON paths where ``a`` and ``b`` differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        found = []
        for key in sorted(set(a) | set(b)):
            found += differences(a.get(key), b.get(key), f"{path}.{key}")
        return found
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [path]


def main(first: str, second: str) -> int:
    with open(first, encoding="utf-8") as a, open(second, encoding="utf-8") as b:
        found = differences(without_generator(json.load(a)), without_generator(json.load(b)))
    if not found:
        print("same")
        return 0
    print(f"{len(found)} differences, first ones:")
    for path in found[:20]:
        print(" ", path)
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
