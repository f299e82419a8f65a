"""Day words beside day names: reads an article's mentions of days ("heute", "gestern Abend",
"am Dienstag") and adds two pieces of evidence about its publication day.

- **Apposition**: "noch heute, Dienstag," names one day twice, so the article appeared on a day
  on which both agree. The day word counts even where the tagger read it as "nowadays" ("noch
  heute"): beside a weekday it is a day.
- **One day, one name**: a writer who calls a day "gestern" or "heute" does not call the same day
  "Dienstag" as well ("Am Dienstag hatte Albers im Ausschuss gesprochen" beside "Albers hat gestern
  Abend ihren Rücktritt erklärt" tells of two days). A publication day on which a day word and a
  weekday name of the article's own narration stand for the same day is less likely. Words in
  quotation marks are left out: a quote speaks from its own day ("«Heute ist ein guter Tag», sagte
  er am Mittwoch").
- **A date or a name**: a writer who writes one day out as a date ("am 14. Juli") and names another
  by its weekday ("seit Montagmorgen") means two days: the weekday names a day of the last week,
  the date one further back, or the writer would have called both alike. A publication day on which
  the two stand for the same day is less likely.

The day words and their distance from the publication day are the tagger's ``day_words`` in
``chrono/lang/<language>/tables.yaml``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from chrono.dating.solver import Constraint, clash_constraint
from chrono.dating.state import State
from chrono.lang.data import language_data
from chrono.model import Mention

Day = dt.date
W_APPOSITION = 1.5
W_ONE_NAME = 1.0
RELIABILITY = 0.6
PROBE = Day(2001, 1, 3)


@lru_cache(maxsize=8)
def day_words(language: str) -> dict[str, int]:
    """Day words of the language and their offset from the publication day ("gestern": -1)."""
    data = (language_data(language, "tables", fallback="de") or {}).get("day_words") or {}  # the tagger's table
    return {str(word).lower(): int(offset) for word, offset in data.items()}


def day_word_constraints(state: State) -> list[Constraint]:
    """Evidence of the day words of ``state`` (see the module docstring)."""
    words = day_words(state.article.language)
    if not words:
        return []
    return _appositions(state, words) + _one_name(state, words) + _date_or_name(state, words)


def _offset(m: Mention, words: dict[str, int]) -> int | None:
    """The offset of the day word ``m`` begins or ends with ("heute Morgen", "noch heute")."""
    found = re.findall(r"[\wäöüß]+", m.text.lower())
    # the first word ("gestern Abend"); the last only where the tagger read no day ("am Morgen" is a time of day)
    for word in found[:1] + ([] if m.relative else found[-1:]):
        if word in words:
            return words[word]
    return None


def _day(state: State, index: int, words: dict[str, int], d: Day) -> tuple[Day, Day] | None:
    """The days mention ``index`` stands for on ``d``; a day word the tagger read as "nowadays" is its day."""
    m = state.mentions[index]
    if m.relative:
        return state.interval(index, d)
    offset = _offset(m, words)
    if offset is None or m.type != "DATE" or m.earliest:
        return None
    day = d + dt.timedelta(days=offset)
    return day, day


def _appositions(state: State, words: dict[str, int]) -> list[Constraint]:
    text, result = state.article.text, []
    for i in range(len(state.mentions) - 1):
        a, b = state.mentions[i], state.mentions[i + 1]
        if a.type != "DATE" or b.type != "DATE" or text[a.end:b.start].strip(" ,") != "":
            continue
        if (_offset(a, words) is None) == (_offset(b, words) is None):
            continue  # one day word and one day name
        if _day(state, i, words, PROBE) is None or _day(state, i + 1, words, PROBE) is None:
            continue

        def test(d: Day, i: int = i) -> float:
            first, second = _day(state, i, words, d), _day(state, i + 1, words, d)
            return float(first is not None and first == second)

        def note(d: Day, a: Mention = a, b: Mention = b) -> str:
            return f"'{a.text}, {b.text}' names one day, so the article appeared on a day on which both agree."

        result.append(Constraint("apposition", W_APPOSITION, test, note, None, RELIABILITY))
    return result


def _one_name(state: State, words: dict[str, int]) -> list[Constraint]:
    text = state.article.text
    said = [i for i, m in enumerate(state.mentions) if m.type in ("DATE", "TIME") and not _quoted(text, m.start)]
    deictic = [i for i in said if state.mentions[i].relative and _offset(state.mentions[i], words) is not None]
    named = [i for i in said if state.mentions[i].relative and _offset(state.mentions[i], words) is None
             and _is_day_name(state, i)]
    pairs = [(i, j) for i in deictic for j in named if abs(i - j) > 1 or _apart(text, state.mentions[i], state.mentions[j])]
    if not pairs:
        return []
    clash = _first_clash(state, pairs, whole=True)
    fine = "The day words and the day names of the article stand for different days, as writers use them."
    return [clash_constraint("one name", W_ONE_NAME, clash, fine, lambda d, pair: (
        f"'{state.mentions[pair[0]].text}' and '{state.mentions[pair[1]].text}' would both be "
        f"{d.isoformat() if state.mentions[pair[0]].text == state.mentions[pair[1]].text else _day_of(state, pair[0], d)}: "
        "a writer does not call one day by a day word and by its name."), RELIABILITY)]


def _date_or_name(state: State, words: dict[str, int]) -> list[Constraint]:
    text = state.article.text
    said = [i for i, m in enumerate(state.mentions) if m.type in ("DATE", "TIME") and not _quoted(text, m.start)
            and _offset(m, words) is None]
    written = [i for i in said if _written_date(state, i)]
    named = [i for i in said if state.mentions[i].relative and _is_day_name(state, i) and not _written_date(state, i)]
    pairs = [(i, j) for i in written for j in named if _apart(text, state.mentions[i], state.mentions[j])]
    if not pairs:
        return []
    clash = _first_clash(state, pairs, whole=False)
    fine = "The dates and the weekday names of the article stand for different days, as writers use them."
    return [clash_constraint("date or name", W_ONE_NAME, clash, fine, lambda d, pair: (
        f"'{state.mentions[pair[0]].text}' and '{state.mentions[pair[1]].text}' would both be {_day_of(state, pair[0], d)}: "
        "a writer who writes one day as a date names another by its weekday."), RELIABILITY)]


def _first_clash(state: State, pairs: list[tuple[int, int]], whole: bool) -> Callable[[Day], tuple[int, int] | None]:
    """For a publication day, the first pair whose first mention is a single day that the second
    stands for too (``whole``: for exactly that day and no other; else as its first day)."""
    def clash(d: Day) -> tuple[int, int] | None:
        for i, j in pairs:
            first, second = state.interval(i, d), state.interval(j, d)
            if first is not None and first[0] == first[1] and second is not None \
                    and (second == first if whole else second[0] == first[0]):
                return i, j
        return None

    return clash


def _written_date(state: State, index: int) -> bool:
    """A single day written out as a date ("am 14. Juli"): the same day a week before and after."""
    span = state.fixed_span(index, PROBE)
    return span is not None and span[0] == span[1]


def _day_of(state: State, index: int, d: Day) -> str:
    span = state.interval(index, d)
    return span[0].isoformat() if span else "?"


def _is_day_name(state: State, index: int) -> bool:
    """A weekday or other day name: a single day that does not move with the publication day."""
    one, two = state.interval(index, PROBE), state.interval(index, PROBE + dt.timedelta(days=1))
    return bool(one and two and one[0] == one[1] and one != (two[0] - dt.timedelta(days=1), two[1] - dt.timedelta(days=1)))


def _apart(text: str, a: Mention, b: Mention) -> bool:
    """Two neighbouring mentions that are not side by side ("heute, Dienstag" is one naming)."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return text[first.end:second.start].strip(" ,") != ""


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` lies inside quotation marks opened in its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    depth = sum(before.count(c) for c in "«„") - sum(before.count(c) for c in "»“")
    return depth > 0 or before.count('"') % 2 == 1
