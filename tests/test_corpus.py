"""The German corpus (chrono/lang/de/corpus.yaml) is the tagger's specification.

Every positive phrase, tagged against its anchor (in its group's ``mode``, news unless said),
must give exactly the expected mentions in text order; every negative phrase must give none.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import chrono

CORPUS_PATH = Path(chrono.__file__).parent / "lang" / "de" / "corpus.yaml"
CORPUS: dict[str, Any] = yaml.safe_load(CORPUS_PATH.read_text(encoding="utf-8"))
OPTIONAL_FIELDS = ("mod", "text", "signal", "earliest", "latest", "grain")


def as_anchor(raw: Any) -> dt.date | dt.datetime:
    if isinstance(raw, dt.date):  # yaml gives date or datetime objects
        return raw
    text = str(raw)
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def positive_cases() -> list[Any]:
    default = CORPUS["default_anchor"]
    cases = []
    for group in CORPUS["positive"]:
        expect = group["expect"]
        expected = expect if isinstance(expect, list) else [expect]
        anchor = as_anchor(group.get("anchor", default))
        mode = group.get("mode", "news")
        cases += [pytest.param(phrase, anchor, expected, mode, id=f"{phrase} [{mode}]" if mode != "news" else phrase)
                  for phrase in group["phrases"]]
    return cases


def as_text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def mismatches(want: dict[str, Any], got: chrono.Mention) -> list[str]:
    fields = ("type", "value") + tuple(f for f in OPTIONAL_FIELDS if f in want)
    return [f"{f}: want {as_text(want[f])!r}, got {getattr(got, f)!r}"
            for f in fields if as_text(want[f]) != getattr(got, f)]


def summary(mentions: list[chrono.Mention]) -> list[dict[str, Any]]:
    keep = ("text", "type", "value", "mod", "signal", "grain", "earliest", "latest")
    return [{k: v for k, v in m.to_dict().items() if k in keep and v is not None} for m in mentions]


@pytest.mark.parametrize(("phrase", "anchor", "expected", "mode"), positive_cases())
def test_phrase_gives_expected_mentions(phrase: str, anchor: dt.date, expected: list[dict[str, Any]], mode: str) -> None:
    got = chrono.tag(phrase, published=anchor, mode=mode)
    context = (f"\nphrase:   {phrase!r}\nanchor:   {anchor}\nmode:     {mode}\nexpected: {expected}"
               f"\ngot:      {summary(got)}")
    assert len(got) == len(expected), f"expected {len(expected)} mention(s), got {len(got)}{context}"
    problems = [p for want, mention in zip(expected, got) for p in mismatches(want, mention)]
    assert not problems, "; ".join(problems) + context


@pytest.mark.parametrize("phrase", CORPUS["negative"], ids=lambda p: p)
def test_negative_phrase_gives_no_mention(phrase: str) -> None:
    anchor = as_anchor(CORPUS["default_anchor"])
    got = chrono.tag(phrase, published=anchor)
    assert not got, f"\nphrase:   {phrase!r}\nanchor:   {anchor}\nexpected: []\ngot:      {summary(got)}"


def test_corpus_is_large_enough() -> None:
    positives = sum(len(group["phrases"]) for group in CORPUS["positive"])
    assert positives >= 895, f"{CORPUS_PATH}: {positives} positive phrases, need at least 895"
    assert len(CORPUS["negative"]) >= 105, f"{CORPUS_PATH}: {len(CORPUS['negative'])} negatives, need 105"
