"""Scoring temporal tagging against TIMEX3 gold files (JSON, or TimeML ``.tml``), TempEval-3 style.

A system mention matches a gold timex when their spans overlap (relaxed); strict also needs the
same span once a leading preposition is dropped from either side. Optional gold timexes are never
missed, and system mentions overlapping them are not counted. Value is right when it equals the
gold value or one of its ``accept`` values; mod is compared where the gold gives one.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chrono.errors import InputError
from chrono.temporal.timeml import read_timeml

_LEADING_PREPOSITION = re.compile(
    r"^(?:am|im|seit|bis|um|vom|von|zum|zur|für|in|an|ab|nach|vor|gegen|zu|bereits am)\s+", re.IGNORECASE)
MEASURES = ("relaxed", "strict", "value", "type")


@dataclass
class GoldDocument:
    name: str
    dct: str
    timexes: list[dict[str, Any]]
    text: str | None = None  # a TimeML gold file holds its article


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    mod_checked: int = 0
    mod_ok: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def prf(self, measure: str) -> tuple[float, float, float]:
        tp = self.hits[measure]
        p = tp / self.system if self.system else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"gold": self.gold, "system": self.system}
        for measure in MEASURES:
            p, r, f = self.prf(measure)
            out[measure] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        out["mod_accuracy"] = round(self.mod_ok / self.mod_checked, 4) if self.mod_checked else None
        out["errors"] = [list(e) for e in self.errors]
        return out

    def lines(self) -> list[str]:
        out = [f"  {name}: {kind}: {span!r} {detail}" for name, kind, span, detail in self.errors]
        for measure in MEASURES:
            p, r, f = self.prf(measure)
            out.append(f"{measure:8} P={p:.3f} R={r:.3f} F1={f:.3f}")
        mod = round(self.mod_ok / self.mod_checked, 4) if self.mod_checked else None
        out.append(f"mod accuracy: {mod}  gold={self.gold} system={self.system}")
        return out


def load_gold(gold_dir: str | Path) -> list[GoldDocument]:
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError("gold folder not found", path=str(folder), fix="give a folder of <article>.json gold files")
    docs = []
    for path in sorted(folder.glob("*.tml")):
        text, dct, timexes = read_timeml(path)
        docs.append(GoldDocument(path.name, dct, timexes, text))
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            docs.append(GoldDocument(data["document"], data["dct"], data["timexes"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not a gold file ({exc.__class__.__name__}: {exc})", path=str(path),
                             fix='expected {"document", "dct", "timexes": [...]}') from None
    if not docs:
        raise InputError("no gold files (*.json, *.tml) found", path=str(folder), fix="give a folder of gold files")
    return docs


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_PREPOSITION.match(text[start:end])
    return (start + m.end(), end) if m else (start, end)


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < b["end"] and b["start"] < int(a["end"])


def score_document(score: Score, name: str, text: str, gold: Iterable[dict[str, Any]],
                   mentions: Iterable[dict[str, Any]]) -> None:
    gold = list(gold)
    required = [g for g in gold if not g.get("optional")]
    optional = [g for g in gold if g.get("optional")]
    score.gold += len(required)
    used: set[int] = set()
    for m in mentions:
        hit = next((i for i, g in enumerate(required) if i not in used and _overlaps(m, g)), None)
        if hit is None:
            if any(_overlaps(m, g) for g in optional):
                continue
            score.system += 1
            score.errors.append((name, "spurious", text[int(m["start"]):int(m["end"])], str(m.get("value"))))
            continue
        used.add(hit)
        g = required[hit]
        score.system += 1
        score.hits["relaxed"] += 1
        if _trimmed(text, int(m["start"]), int(m["end"])) == _trimmed(text, g["start"], g["end"]):
            score.hits["strict"] += 1
        value_ok = m.get("value") in [g["value"], *g.get("accept", [])]
        score.hits["value"] += value_ok
        score.hits["type"] += m.get("type") == g["type"]
        if "mod" in g:
            score.mod_checked += 1
            score.mod_ok += m.get("mod") == g["mod"]
        if not value_ok:
            score.errors.append((name, "wrong value", g["text"], f"{m.get('value')} != {g['value']}"))
    for i, g in enumerate(required):
        if i not in used:
            score.errors.append((name, "missed", g["text"], g["value"]))


def evaluate(gold_dir: str | Path, texts_dir: str | Path | None,
             tagger: Callable[[str, str], list[dict[str, Any]]]) -> Score:
    """Tag each gold document's text with ``tagger(text, dct)`` and score it. The texts of JSON gold
    files are in ``texts_dir``; a TimeML gold file holds its own."""
    score = Score()
    for doc in load_gold(gold_dir):
        if doc.text is not None:
            score_document(score, doc.name, doc.text, doc.timexes, tagger(doc.text, doc.dct))
            continue
        path = Path(texts_dir or gold_dir) / doc.name
        if not path.is_file():
            raise InputError("article text not found", path=str(path),
                             fix="give the folder that holds the articles named in the gold files")
        text = path.read_text(encoding="utf-8")
        score_document(score, doc.name, text, doc.timexes, tagger(text, doc.dct))
    return score
