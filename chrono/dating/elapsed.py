"""Elapsed time against dated events: reads an article's durations that count from an event
("Vier Tage nach dem Murgang", "Anderthalb Wochen nach dem Rücktritt", "Seit einer Woche ist
Gisler Trainer") and the days that dated articles of the same story name for that event
(:func:`chrono.dating.story.named_days`), and adds the evidence: the article appeared that long
after the event. The cue words are in ``chrono/lang/<language>/elapsed.yaml``.

The event is found by its noun ("Murgang": the days named in sentences that use the word, other
than in a phrase that dates something else by it, "der seit dem Murgang Vermisste"), or,
for "seit <Dauer>" without one, by the words around the mention (as in
:func:`chrono.dating.story.context_likeness`). A day named by more articles of the story, and
by surer ones, weighs more.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Any

from chrono.dating.explain import quoted_sentence, shorten
from chrono.dating.sentences import reference_phrase
from chrono.dating.solver import Constraint
from chrono.dating.state import State
from chrono.dating.story import FULL_LIKENESS, Named, context, context_likeness
from chrono.events.features import Rarity, stem
from chrono.lang.data import language_data

Day = dt.date
UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
MAX_DAYS = 120  # longer spans are background ("zehn Jahre nach dem Mauerfall"), not news timing
W_ELAPSED = 2.0
RELIABILITY = 0.7
MIN_CONTEXT = 0.5  # context likeness a "seit <Dauer>" needs to count from a day named elsewhere


@lru_cache(maxsize=8)
def _cues(language: str) -> dict[str, Any]:
    data = language_data(language, "elapsed", fallback="de") or {}
    words = lambda key: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data.get(key, []), key=len, reverse=True))
    return {
        # "nach dem Ausbruch des Waldbrands": the noun, and the noun of its genitive
        "after": re.compile(rf"\s+(?:{words('after_event')})\s+(?:[\wäöüß-]+\s+){{0,2}}?((?-i:[A-ZÄÖÜ])[\wäöüß-]+)"
                            rf"(?:\s+(?:des|der)\s+(?:[\wäöüß-]+\s+)?((?-i:[A-ZÄÖÜ])[\wäöüß-]+))?",
                            re.IGNORECASE) if data.get("after_event") else None,
        "since": {str(w).lower() for w in data.get("since_signals", [])},
    }


def days_of(mention: Any) -> tuple[float, float] | None:
    """The least and most days a duration mention can stand for (its ``mod`` widens it)."""
    amount, unit = getattr(mention.expr, "amount", None), getattr(mention.expr, "unit", None)
    if amount is None or unit not in UNIT_DAYS:
        return None
    days = float(amount) * UNIT_DAYS[unit]
    if days <= 0 or days > MAX_DAYS:
        return None
    slack = 0.0 if unit == "D" and float(amount).is_integer() else max(1.0, 0.15 * days)
    low, high = days - slack, days + slack
    if mention.mod == "MORE_THAN":
        low, high = days, days + max(2.0, 0.3 * days)
    elif mention.mod == "LESS_THAN":
        low, high = days - max(1.0, 0.2 * days), days
    elif mention.mod == "APPROX":
        low, high = days - max(1.0, 0.2 * days), days + max(1.0, 0.2 * days)
    return low, high


def elapsed_constraints(state: State, neighbours: list[tuple[int, float]], names: list[str],
                        named: dict[int, Named], rarity: Rarity) -> list[Constraint]:
    """The article appeared as long after an event as a duration of its text says."""
    if not neighbours:
        return []
    cues = _cues(state.article.language)
    phrase = reference_phrase(state.article.language)
    result = []
    text = state.article.text
    for index, m in enumerate(state.mentions):
        if m.type != "DURATION":
            continue
        span = days_of(m)
        if span is None:
            continue
        after = cues["after"].match(text, m.end) if cues["after"] is not None else None
        if after is not None:
            keys = [stem(noun) for noun in after.groups() if noun]
            pick = lambda sentence, words, keys=keys: any(key in words and _dates_the_event(sentence, key, phrase)
                                                          for key in keys)
            what = f"'{' '.join(noun for noun in after.groups() if noun)}'"
        elif (m.signal or "").lower() in cues["since"] and m.tense != "past":
            own = context(state, index)
            pick = lambda sentence, words, own=own: context_likeness(own, words, rarity, state.article.language) >= MIN_CONTEXT
            what = "the matter of its sentence"
        else:
            continue
        support: dict[Day, dict[int, tuple[float, str]]] = {}
        for j, likeness in neighbours:
            for day, found in named.get(j, {}).items():
                for weight, sentence, words in found:
                    if pick(sentence, words):
                        w = min(1.0, likeness / FULL_LIKENESS) * weight
                        if w > support.setdefault(day, {}).get(j, (0.0, ""))[0]:
                            support[day][j] = (w, sentence)
        for day, by_article in support.items():
            weight = W_ELAPSED * min(1.0, sum(w for w, _ in by_article.values()))
            j, (_, sentence) = max(by_article.items(), key=lambda item: item[1][0])
            result.append(_constraint(state, index, day, span, weight, names[j], sentence, what))
    return result


def _dates_the_event(sentence: str, key: str, phrase: re.Pattern[str] | None) -> bool:
    """Whether ``sentence`` names the event of noun ``key`` other than to date something else by it:
    "Der seit dem Murgang vermisste 67-Jährige ist am Donnerstag gefunden worden" dates the finding,
    not the debris flow (``anchor_phrase`` in ``sameevent.yaml``)."""
    spans = [m.span() for m in phrase.finditer(sentence)] if phrase is not None else []
    return any(not any(s <= w.start() < e for s, e in spans)
               for w in re.finditer(r"[\wäöüß-]+", sentence) if stem(w.group()) == key)


def _constraint(state: State, index: int, day: Day, span: tuple[float, float], weight: float,
                name: str, sentence: str, what: str) -> Constraint:
    first = day + dt.timedelta(days=math.ceil(span[0] - 0.5))
    last = day + dt.timedelta(days=math.floor(span[1] + 0.5))
    m = state.mentions[index]

    def note(d: Day) -> str:
        return (f"“{quoted_sentence(state, index)}”: '{m.text}' counts from {what}, which {name} dates to "
                f"{day.isoformat()} (“{shorten(sentence)}”), so the article appeared between "
                f"{first.isoformat()} and {last.isoformat()}.")

    return Constraint("elapsed", weight, lambda d: float(first <= d <= last), note, (first, last), RELIABILITY,
                      support=(first, last))
