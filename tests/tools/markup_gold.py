#!/usr/bin/env python3
"""Turns hand-annotated articles into a gold set: texts/<name>.txt and gold/<name>.json.

Usage: markup_gold.py SRC_DIR OUT_DIR

Each SRC_DIR/<name>.md starts with a line ``dct: YYYY-MM-DD``; the rest is the article, with each
temporal expression written ``{extent|TYPE|value}`` and optional further fields ``|mod=END``,
``|sig=seit``, ``|acc=v1,v2`` (other defensible values) and ``|opt`` (optional). The braces and
fields are removed from the text; offsets refer to the text that remains.
"""
import json
import pathlib
import re
import sys

MARK = re.compile(r"\{([^{}|]+)\|([A-Z]+)\|([^{}|]+)((?:\|[^{}|]+)*)\}")


def convert(source: str) -> tuple[str, str, list[dict]]:
    head, body = source.split("\n", 1)
    dct = head.removeprefix("dct:").strip()
    out, timexes, last = [], [], 0
    length = 0
    for m in MARK.finditer(body):
        out.append(body[last:m.start()])
        length += m.start() - last
        extent, kind, value, extra = m.groups()
        record = {"start": length, "end": length + len(extent), "text": extent, "type": kind, "value": value}
        for field in filter(None, extra.split("|")):
            key, _, val = field.partition("=")
            if key == "mod":
                record["mod"] = val
            elif key == "sig":
                record["signal"] = val
            elif key == "acc":
                record["accept"] = val.split(",")
            elif key == "opt":
                record["optional"] = True
            else:
                raise ValueError(f"unknown field {field!r}")
        timexes.append(record)
        out.append(extent)
        length += len(extent)
        last = m.end()
    out.append(body[last:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError("unbalanced mark: " + text[text.find("{") - 30:text.find("{") + 30])
    for t in timexes:
        assert text[t["start"]:t["end"]] == t["text"]
    return dct, text, timexes


def main(src: str, dest: str) -> None:
    out = pathlib.Path(dest)
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for path in sorted(pathlib.Path(src).glob("*.md")):
        dct, text, timexes = convert(path.read_text(encoding="utf-8"))
        name = path.stem + ".txt"
        (out / "texts" / name).write_text(text, encoding="utf-8")
        gold = {"document": name, "dct": dct, "timexes": timexes}
        (out / "gold" / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
