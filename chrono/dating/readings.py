"""Readings of a mention: reads one mention of an article's state and a candidate publication day
and adds what the mention stands for on that day: one reading, or for a relative day said in the
present tense (where the tense is least sure: "Gisler folgt auf Eder, der am Montag entlassen
worden war") two readings, past and coming, each with a share that leans as the cue words of its
sentence do (past and perfect cues, plan cues, present verbs of plans; ``tables.yaml``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from chrono.dating.state import State
from chrono.events.features import has_future_cue
from chrono.lang.data import language_data
from chrono.model import Mention
from chrono.temporal.expr import Shift

Day = dt.date
PRESENT_SHARE = 0.45  # a relative day in the present tense is read both ways; news announces in the present, so the coming one leans
LEANING = 0.8  # the share of the reading its sentence's cues lean to
WEEKS_SLACK = 2  # days either side of "vor zwei Wochen" counted back from the publication day


def readings(state: State, index: int, day: Day) -> list[tuple[tuple[Day, Day] | None, float]]:
    """What mention ``index`` stands for on ``day``: one reading, or two for a present-tense
    relative day (past and future), each with its share (remembered while the article is solved)."""
    key = (index, day)
    found = state.span_cache.get(key)
    if found is None:
        found = state.span_cache[key] = _read(state, index, day)
    return found


def _read(state: State, index: int, day: Day) -> list[tuple[tuple[Day, Day] | None, float]]:
    m = state.mentions[index]
    if m.type not in ("DATE", "TIME"):
        return []
    weeks = _weeks_ago(m, day)
    if weeks is not None:
        return [(weeks, 1.0)]
    if not m.relative or m.tense in ("past", "future"):
        return [(state.interval(index, day), 1.0)]
    past = _past_share(state, index)
    return [(state.resolver.interval(_as_tense(state, index, tense), day), share)
            for tense, share in (("past", past), ("future", 1.0 - past)) if share > 0]


def _weeks_ago(m: Mention, day: Day) -> tuple[Day, Day] | None:
    """"vor zwei Wochen" counted from ``day``: the days around two weeks back ("vor knapp zwei
    Wochen" a little later, "vor gut einer Woche" a little earlier). The tagger's value is the
    calendar week two weeks back (the TimeML convention); a writer counts days, and "vor knapp
    zwei Wochen" on a Sunday may well be the Monday thirteen days before."""
    expr = getattr(m, "expr", None)
    if not isinstance(expr, Shift) or expr.unit != "W" or not expr.amount:
        return None
    centre = day + dt.timedelta(days=round(7 * float(expr.amount)))
    if m.mod == "AFTER":  # "vor knapp zwei Wochen": not quite two weeks back
        return centre, centre + dt.timedelta(days=WEEKS_SLACK + 1)
    if m.mod == "BEFORE":  # "vor gut einer Woche": a little more than a week back
        return centre - dt.timedelta(days=WEEKS_SLACK + 1), centre
    return centre - dt.timedelta(days=WEEKS_SLACK), centre + dt.timedelta(days=WEEKS_SLACK)


def _past_share(state: State, index: int) -> float:
    """How likely a present-tense relative day is a past one: more so when its sentence holds a
    past cue of the language ("..., der erst am Mittwoch vorgestellt worden war") and no plan."""
    key = (index, "share")
    if key not in state.readings:
        text = state.sentences[state.sentence_of[index]].text if state.sentences else ""
        words = set(re.findall(r"[\wäöüß]+", text.lower()))
        share = PRESENT_SHARE
        if has_future_cue(text, state.article.language):
            share = 1.0 - LEANING
        elif words & _past_cues(state.article.language) or _perfect(text, words, state.article.language):
            share = LEANING
        elif words & _present_cues(state.article.language):  # "Der Vorstand trifft sich am Montag"
            share = 1.0 - LEANING
        state.readings[key] = share  # type: ignore[assignment]
    return state.readings[key]  # type: ignore[return-value]


@lru_cache(maxsize=8)
def _past_cues(language: str) -> frozenset[str]:
    tables = language_data(language, "tables", fallback="de") or {}
    return frozenset(str(w) for w in (tables.get("tense") or {}).get("past", []))


@lru_cache(maxsize=8)
def _present_cues(language: str) -> frozenset[str]:
    """Present-tense verbs that, with a date, speak of what is about to happen ("trifft sich am Montag")."""
    tables = language_data(language, "tables", fallback="de") or {}
    return frozenset(str(w) for w in (tables.get("tense") or {}).get("present", []))


@lru_cache(maxsize=8)
def _perfect_cues(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    tense = (language_data(language, "tables", fallback="de") or {}).get("tense") or {}
    auxiliaries = frozenset(str(w) for w in tense.get("participle_auxiliaries", []) + tense.get("stative_auxiliaries", []))
    return auxiliaries, re.compile(r"[a-zäöüß]*ge[a-zäöüß]{3,}(?:en|t)$")


def _perfect(text: str, words: set[str], language: str) -> bool:
    """A perfect tense: an auxiliary, and a participle as the clause's last word ("ist ... niedergegangen")."""
    auxiliaries, participle = _perfect_cues(language)
    last = re.findall(r"[\wäöüß]+", text.lower().split(",")[0])[-1:] if text else []
    return bool(words & auxiliaries and last and participle.match(last[0]))


def _as_tense(state: State, index: int, tense: str) -> Mention:
    key = (index, tense)
    if key not in state.readings:
        state.readings[key] = replace(state.mentions[index], tense=tense)
    return state.readings[key]


def likeliest(state: State, index: int, day: Day) -> tuple[Day, Day] | None:
    """The reading of mention ``index`` on ``day`` with the largest share."""
    found = [r for r in readings(state, index, day) if r[0] is not None]
    return max(found, key=lambda r: r[1])[0] if found else None
