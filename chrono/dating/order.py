"""The order of tenses: reads an article's past-tense day mentions and the clause each stands in,
and adds one piece of evidence about its publication day.

A day told in the pluperfect ("Seine Vorgängerin war am Mittwoch zurückgetreten", "Das Gericht
hatte Kessler am Mittwoch verurteilt") lies before a later past the article tells of: it is not the
latest day the article reports in the perfect or preterite ("Der Verteidiger hat am Freitag
Berufung angemeldet", "sagte uns am Sonntag"). A publication day on which a pluperfect weekday
would come after every such day is less likely: on Wednesday 12 November, "hat am Freitag ...
angemeldet" would be 7 November and "hatte am Mittwoch verurteilt" 12 November, the wrong way
round; on Saturday 15 November they are 14 and 12 November. Words in quotation marks are left out
(a quote speaks from its own day). The cue words are ``tense`` in ``chrono/lang/<language>/tables.yaml``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from chrono.dating.daywords import _quoted
from chrono.dating.solver import Constraint, clash_constraint
from chrono.dating.state import State
from chrono.lang.data import language_data

Day = dt.date
W_ORDER = 1.0
RELIABILITY = 0.6
CLAUSE_END = re.compile(r"[,;:–—()]")


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    tense = (language_data(language, "tables", fallback="de") or {}).get("tense") or {}
    auxiliaries = frozenset(str(w) for w in tense.get("pluperfect_auxiliaries", []))
    prefixes = "|".join(re.escape(str(p)) for p in tense.get("inseparable_prefixes", []))
    words = "|".join(re.escape(str(w)) for w in tense.get("participles", []))
    alternatives = [r"[a-zäöüß]*ge[a-zäöüß]{3,}(?:en|t)", r"[a-zäöüß]{3,}iert"]
    if prefixes:
        alternatives.append(rf"(?:{prefixes})[a-zäöüß]{{3,}}(?:en|t)")
    if words:
        alternatives.append(rf"(?:{words})")
    return auxiliaries, re.compile(rf"(?:{'|'.join(alternatives)})$")


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The clause of ``text`` (within ``lo``..``hi``) around the span ``start``..``end``."""
    left = max((m.end() for m in CLAUSE_END.finditer(text, lo, start)), default=lo)
    right = CLAUSE_END.search(text, end, hi)
    return text[left:right.start() if right else hi]


def is_pluperfect(state: State, index: int) -> bool:
    """Whether mention ``index`` stands in a pluperfect clause (auxiliary, participle at its end)."""
    key = (index, "pluperfect")
    if key not in state.readings:
        m, text = state.mentions[index], state.article.text
        if state.sentences:
            sentence = state.sentences[state.sentence_of[index]]
            lo, hi = sentence.start, sentence.end
        else:
            lo, hi = 0, len(text)
        auxiliaries, participle = _cues(state.article.language)
        words = re.findall(r"[\wäöüß]+", _clause(text, m.start, m.end, lo, hi).lower())
        state.readings[key] = bool(auxiliaries & set(words) and words and participle.match(words[-1]))
    return state.readings[key]  # type: ignore[return-value]


def order_constraints(state: State) -> list[Constraint]:
    """Evidence that a pluperfect day comes before the latest past day of the article (see the module docstring)."""
    text = state.article.text
    told = [i for i, m in enumerate(state.mentions)
            if m.type in ("DATE", "TIME") and m.tense == "past" and not _quoted(text, m.start)]
    earlier = [i for i in told if is_pluperfect(state, i)]
    later = [i for i in told if not is_pluperfect(state, i)]
    if not earlier or not later or not any(state.mentions[i].relative for i in earlier + later):
        return []

    def wrong_way(d: Day) -> tuple[int, int] | None:
        spans = {i: state.interval(i, d) for i in earlier + later}
        last = max(((s[1], i) for i in later if (s := spans[i]) is not None), default=None)
        if last is None:
            return None
        for i in earlier:
            span = spans[i]
            if span is not None and span[0] == span[1] and span[0] > last[0]:
                return i, last[1]
        return None

    fine = "The days the article tells in the pluperfect lie before the latest day it tells in the past."
    return [clash_constraint("tense order", W_ORDER, wrong_way, fine, lambda d, pair: (
        f"'{state.mentions[pair[0]].text}' (pluperfect) would come after '{state.mentions[pair[1]].text}': "
        "a pluperfect tells of a day before the latest one an article reports."), RELIABILITY)]
