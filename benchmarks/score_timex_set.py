"""Score the tagger on a gold set with the reference scorer (tests/tools/score_timex.py).

    python benchmarks/score_timex_set.py GOLD_DIR TEXTS_DIR [--mode news|narrative|auto] [--errors]

Tags every article a gold file names (against the gold file's DCT), writes the mentions as a
system file in a temporary folder, and prints the reference scorer's figures. Works on any folder
of JSON gold files, for example ``/work/shared/corpora/krauts-dev`` (its texts stay where they
are; nothing is copied).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

import chrono

SCORER = pathlib.Path(__file__).resolve().parents[1] / "tests" / "tools" / "score_timex.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("texts")
    parser.add_argument("--mode", default="auto", choices=("news", "narrative", "auto"))
    parser.add_argument("--errors", action="store_true", help="also print each miss, spurious and wrong value")
    args = parser.parse_args()
    system = {}
    for gold_file in sorted(pathlib.Path(args.gold).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (pathlib.Path(args.texts) / gold["document"]).read_text(encoding="utf-8")
        system[gold["document"]] = [m.to_dict() for m in chrono.tag(text, published=gold["dct"], mode=args.mode)]
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "system.json"
        path.write_text(json.dumps(system, ensure_ascii=False), encoding="utf-8")
        result = subprocess.run([sys.executable, str(SCORER), args.gold, str(path), "--texts", args.texts],
                                capture_output=True, text=True, check=False)
    lines = result.stdout.splitlines()
    print("\n".join(lines if args.errors else [line for line in lines if not line.startswith("  ")]))
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
