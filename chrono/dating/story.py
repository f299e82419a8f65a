"""Stories: reads the states of a run's articles (the content words of their sentences) and the
dates found so far, and adds, for each article, the other articles that tell the same story, the
days each of them names (:func:`named_days`), and the evidence that follows: a weekday or other
relative day that an article of the same story names as the same day.

Outlets that tell one story report the same few days. When an undated article says "am
Montagvormittag beurlaubte der Vorstand den Trainer" and a dated article of the same story says
"hat am Montag Cheftrainer Markus Eder freigestellt" (2025-04-07), the undated article's Monday is
most likely that Monday, even when the two sentences share no word: the article then appeared on
that Monday or within the six days after it. The evidence is weaker than a sentence that reports
the same event (:func:`chrono.dating.constraints.anchored_constraints`) and weighs by how alike
the two articles are.

**Likeness** is the cosine of TF-IDF vectors of the articles' content-word stems (the rarity of a word as if :data:`BACKGROUND` unrelated articles stood beside the
corpus, so that a corpus of one story still has alike articles). A weekday said in the present
tense is read both ways, leaning to the past or the future as the cue words of its sentence do.
**Scale.** Words that more than :data:`MAX_SHARED` articles use are left out of the comparison and
each article keeps only its :data:`NEIGHBOURS` most alike articles, summed through an index of
words: the cost grows linearly with the number of articles for a corpus of many stories.
"""
from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter

from chrono.dating.explain import quoted_sentence, shorten, span_text
from chrono.dating.readings import readings as _readings
from chrono.dating.solver import Constraint
from chrono.dating.state import State
from chrono.events.features import KIND_KEY, Rarity, different_happenings
from chrono.model import Mention, Published

Day = dt.date
NEIGHBOURS = 12  # most alike articles kept per article
MIN_LIKENESS = 0.08  # cosine below which two articles are not one story
BACKGROUND = 50  # unrelated articles imagined beside the corpus when weighing how rare a word is
MAX_SHARED = 200  # a word used by more articles than this does not tell stories apart
W_STORY = 1.5
STORY_MIN_CONFIDENCE = 0.1  # dated articles less sure than this name no days for others (weights scale with it)
REACH = dt.timedelta(days=13)  # how far from a named day a relative day may put the article ("vor einer Woche")
FULL_LIKENESS = 0.3  # articles this alike count as surely one story
RELIABILITY = 0.6
SPAN_DAYS = 6  # a mention of up to a week of days ("vor zwei Wochen") can stand for a day the story names
SPAN_SHARE = 0.5
WINDOW_LIKENESS_SHARE = 0.6  # neighbours at least this share as alike as the best one propose days to try
Neighbours = list[list[tuple[int, float]]]


def story_neighbours(states: list[State]) -> Neighbours:
    """For each article, ``(index, likeness)`` of the articles most alike, best first."""
    docs = [Counter(w for s in state.sentences for w in s.feats.words | s.feats.places) for state in states]
    result: Neighbours = [[] for _ in states]
    if len(states) < 2:
        return result
    df = Counter(w for doc in docs for w in doc)
    # rarity as if BACKGROUND unrelated articles stood beside the corpus: in a corpus of one story,
    # the words all its articles share still tell the story apart from others
    idf = {w: math.log((len(states) + BACKGROUND) / (n + 1.0)) + 1.0 for w, n in df.items()}
    vectors = []
    for doc in docs:
        weights = {w: (1.0 + math.log(n)) * idf[w] for w, n in doc.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors.append({w: v / norm for w, v in weights.items()})
    limit = min(len(states), MAX_SHARED)
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(vectors):
        for w, v in vector.items():
            if df[w] <= limit:
                postings.setdefault(w, []).append((i, v))
    for i, vector in enumerate(vectors):
        sums: dict[int, float] = {}
        for w, v in vector.items():
            for j, u in postings.get(w, ()):
                if j != i:
                    sums[j] = sums.get(j, 0.0) + v * u
        best = heapq.nlargest(NEIGHBOURS, sums.items(), key=lambda item: (item[1], -item[0]))
        result[i] = [(j, round(x, 3)) for j, x in best if x >= MIN_LIKENESS]
    return result


# the days a dated article names, each with (weight, sentence, the content words around it)
Named = dict[Day, list[tuple[float, str, frozenset[str]]]]
CONTEXT_FULL = 6.0  # summed rarity of shared words around two mentions that counts as full agreement
CONTEXT_FLOOR = 0.2  # the share a day named in other words still counts
DAILY_MIN_CONTEXT = 0.35  # context likeness a day word ("gestern") needs to stand for a day named elsewhere


ABSOLUTE_WEIGHT = 0.8  # a day an article names in full ("am 12. März 2025") whatever its own date
NEWS_REACH = dt.timedelta(days=2 * 13)  # days this far from an article's day (or window) are its news


def named_days(state: State, published: Published | None) -> Named:
    """The single days the article of ``published`` names, weighted by how sure the reading is.

    A relative day told in the present tense ("Gisler folgt auf Eder, der am Montag entlassen
    worden war" may be read so) counts both as the past and as the coming such day, each at half
    weight; the weight is then scaled by the confidence of the article's own date. Only days near
    the article's own day count (its news, not its background). An article without a sure day
    but with a window (a month line) still names the days in it that it writes out in full."""
    # a date printed on the page still names its days when inference disagrees with it
    if published is None or (published.conflicts and published.source != "text"):
        return {}
    if published.precision != "day" or published.confidence < STORY_MIN_CONFIDENCE:
        if not published.earliest or not published.latest:
            return {}
        return _absolute_days(state, (Day.fromisoformat(published.earliest) - NEWS_REACH,
                                      Day.fromisoformat(published.latest) + NEWS_REACH))
    day = Day.fromisoformat(published.value)
    named: Named = {}
    for index, m in enumerate(state.mentions):
        for span, share in _readings(state, index, day):
            # only the days of the news: background dates ("am 3. Mai 2019") anchor no weekday
            span = _night_as_day(m, span)
            if span is not None and span[0] == span[1] and abs((span[0] - day).days) <= NEWS_REACH.days:
                # a day written out in full ("am 29. Januar") is that day whatever the article's own date
                weight = share * published.confidence
                if written_out(state, index, day):
                    weight = max(weight, ABSOLUTE_WEIGHT)
                found = named.setdefault(span[0], [])
                found.append((weight, _sentence(state, index), context(state, index)))
    return named


def _night_as_day(m: Mention, span: tuple[Day, Day] | None) -> tuple[Day, Day] | None:
    """A night ("in der Nacht zum 2. März") names the day it ends on: what happened in it is
    found and told that day."""
    if span is not None and (span[1] - span[0]).days == 1 and m.grain == "partofday":  # only a night spans two days
        return span[1], span[1]
    return span


def written_out(state: State, index: int, day: Day) -> bool:
    """Whether mention ``index`` names a day in full ("am 29. Januar", with or without its year): it
    stands for the same day a week before and after ``day``, unlike a weekday or "gestern"."""
    m = state.mentions[index]
    if m.type not in ("DATE", "TIME"):
        return False
    return not m.relative or state.fixed_span(index, day) is not None


def _absolute_days(state: State, around: tuple[Day, Day]) -> Named:
    named: Named = {}
    for index, m in enumerate(state.mentions):
        if m.relative or m.type not in ("DATE", "TIME"):
            continue
        span = state.interval(index, PROBE_DAY)
        if span is not None and span[0] == span[1] and around[0] <= span[0] <= around[1]:
            named.setdefault(span[0], []).append((ABSOLUTE_WEIGHT, _sentence(state, index), context(state, index)))
    return named


def _sentence(state: State, index: int) -> str:
    return state.sentences[state.sentence_of[index]].text if state.sentences else state.mentions[index].text


def context(state: State, index: int) -> frozenset[str]:
    """The content words of mention ``index``'s sentence, and the kinds of happening it names (not
    those of a phrase that dates it by another happening)."""
    key = (index, "context")
    if key not in state.readings:
        feats = state.feats_of(index) if state.sentences else None
        state.readings[key] = feats.words | {KIND_KEY + k for k in feats.kinds} if feats else frozenset()
    return state.readings[key]  # type: ignore[return-value]


def context_likeness(a: frozenset[str], b: frozenset[str], rarity: Rarity, language: str = "de") -> float:
    """How much two contexts share, 0..1: the rarity of their shared words, in full at CONTEXT_FULL;
    -1 when they tell of different kinds of happening (a funeral is not the recovery of the dead,
    whatever names the two sentences share)."""
    kinds_a = {w[len(KIND_KEY):] for w in a if w.startswith(KIND_KEY)}
    kinds_b = {w[len(KIND_KEY):] for w in b if w.startswith(KIND_KEY)}
    if different_happenings(kinds_a, kinds_b, language):
        return -1.0
    return min(1.0, sum(rarity.idf(w) for w in a & b if not w.startswith(KIND_KEY)) / CONTEXT_FULL)


def story_constraints(state: State, neighbours: list[tuple[int, float]], names: list[str],
                      named: dict[int, Named], rarity: Rarity) -> list[Constraint]:
    """A relative day of ``state`` that dated articles of the same story name as well.

    Each dated article adds to a day its likeness to this article, times the confidence of its
    date, times how much the words around the two mentions agree (never less than CONTEXT_FLOOR:
    outlets tell one event in different words)."""
    days: dict[Day, list[tuple[float, int, float, str, frozenset[str]]]] = {}
    for j, likeness in neighbours:
        for day, found in named.get(j, {}).items():
            for weight, sentence, words in found:
                days.setdefault(day, []).append((min(1.0, likeness / FULL_LIKENESS) * weight, j, likeness,
                                                 sentence, words))
    if not days:
        return []
    # the days worth trying come from the closest neighbours only: those far less alike than the
    # best are often other stories of other weeks, and each of their days adds weeks to try
    best = max((likeness for _, likeness in neighbours), default=0.0)
    proposing = {day for j, likeness in neighbours if likeness >= WINDOW_LIKENESS_SHARE * best
                 for day in named.get(j, {})}
    result: list[Constraint] = []
    windows: list[tuple[Day, Day]] = []
    for index, m in enumerate(state.mentions):
        if not m.relative or m.type not in ("DATE", "TIME"):
            continue
        # a day word that moves with the publication day ("heute Morgen", "vor neun Tagen") stands
        # for some day the story names on almost any candidate day: that it does tells nothing about
        # which day it is (a report of the same event dates it: chrono.dating.constraints)
        # -- unless the words around the two agree ("gestern zum Auftakt" beside the day another
        # article dates the opening of the trial)
        daily = moves_daily(state, index)
        own = context(state, index)
        table: dict[Day, tuple[float, str, float, str, int]] = {}
        for day, named_by in days.items():
            per_article: dict[int, tuple[float, int, float, str, float]] = {}
            for weight, j, likeness, sentence, words in named_by:
                alike = context_likeness(own, words, rarity, state.article.language)
                if daily and alike < DAILY_MIN_CONTEXT:
                    continue
                agree = CONTEXT_FLOOR + (1 - CONTEXT_FLOOR) * alike
                if agree <= 0:
                    continue
                if j not in per_article or weight * agree > per_article[j][0]:
                    per_article[j] = (weight * agree, j, likeness, sentence, weight * CONTEXT_FLOOR)
            naming = list(per_article.values())
            if not naming:
                continue
            strongest = max(naming)
            # the more articles of the story name a day in the same words, the likelier it is the
            # one meant; that many name it in other words counts once (a busy day of the story is
            # not the day of every event)
            floor = max(f[4] for f in naming)
            total = floor + sum(f[0] - f[4] for f in naming)
            table[day] = (W_STORY * min(1.0, total), names[strongest[1]], strongest[2], strongest[3], len(naming))
            if day in proposing:
                windows.append(_window(m, day))
        if table:
            hull = (min(_window(m, day)[0] for day in table), max(_window(m, day)[1] for day in table))
            result.append(_story_constraint(state, index, table, hull))
    # the days worth trying: near the days the story names (these propose days and weigh nothing)
    for window in _merged(windows):
        result.append(Constraint("same story", 0.0, lambda d: 0.0, lambda d: "", window, RELIABILITY,
                                 support=(window[0], window[0])))
    return result


def _days(span: tuple[Day, Day]) -> tuple[Day, ...]:
    if span[0] == span[1]:
        return (span[0],)
    return tuple(span[0] + dt.timedelta(days=n) for n in range((span[1] - span[0]).days + 1))


def _window(m: Mention, day: Day) -> tuple[Day, Day]:
    """The publication days on which mention ``m`` can stand for ``day``."""
    if m.tense == "past":
        return day, day + REACH
    if m.tense == "future":
        return day - REACH, day - dt.timedelta(days=1)
    return day - REACH, day + REACH


def _merged(windows: list[tuple[Day, Day]]) -> list[tuple[Day, Day]]:
    result: list[tuple[Day, Day]] = []
    for first, last in sorted(windows):
        if result and first <= result[-1][1] + dt.timedelta(days=1):
            result[-1] = (result[-1][0], max(result[-1][1], last))
        else:
            result.append((first, last))
    return result


def _story_constraint(state: State, index: int, table: dict[Day, tuple[float, str, float, str, int]],
                      hull: tuple[Day, Day]) -> Constraint:
    """Mention ``index`` stands for a day the story names: weighted by that day's weight in ``table``."""
    m = state.mentions[index]
    top = max(entry[0] for entry in table.values())

    def matched(d: Day) -> tuple[float, Day | None]:
        best: tuple[float, Day | None] = (0.0, None)
        for span, share in _readings(state, index, d):
            if span is None or (span[1] - span[0]).days > SPAN_DAYS:
                continue
            # a day or a night; a span of days ("vor zwei Wochen") holds the named day less surely
            if (span[1] - span[0]).days > 1:
                share *= SPAN_SHARE
            for day in _days(span):  # in order: a tie goes to the earlier day on every run
                entry = table.get(day)
                if entry is not None and (day <= d if _tense_of(m, span, d) == "past" else day > d):
                    value = share * entry[0] / top
                    if value > best[0]:
                        best = (value, day)
        return best

    def note(d: Day) -> str:
        spans = [span_text(span) for span, _ in _readings(state, index, d) if span]
        _, day = matched(d)
        head = (f"“{quoted_sentence(state, index)}”: '{m.text}' ({m.tense or 'no'} tense) is "
                f"{' or '.join(spans) or 'nothing'} for an article of {d.isoformat()}")
        if day is None:
            return head + "; no article of the same story names that day."
        _, name, likeness, sentence, count = table[day]
        return (head + f"; {name}, which tells the same story (likeness {likeness:.2f}), names "
                f"{day.isoformat()}: “{shorten(sentence)}”" + (f" (and {count - 1} more of the story)." if count > 1 else "."))

    return Constraint("same story", top, lambda d: matched(d)[0], note, None, RELIABILITY, support=hull)


PROBE_DAY = Day(2001, 1, 3)


def moves_daily(state: State, index: int) -> bool:
    """Whether the mention's days move one for one with the publication day (an offset from it)."""
    key = (index, "moves")
    if key not in state.readings:
        one, two = state.interval(index, PROBE_DAY), state.interval(index, PROBE_DAY + dt.timedelta(days=1))
        state.readings[key] = bool(one and two and (two[0] - one[0]).days == 1 and (two[1] - one[1]).days == 1)
    return state.readings[key]  # type: ignore[return-value]


def _tense_of(m: Mention, span: tuple[Day, Day], d: Day) -> str:
    if m.tense in ("past", "future"):
        return m.tense
    return "past" if span[0] <= d else "future"


def story_reach(neighbours: list[tuple[int, float]], named: dict[int, Named]) -> list[tuple[Day, Day]] | None:
    """The days an article of the story may fall on, for one whose text proposes none of its own:
    each day its dated neighbours name, and :data:`REACH` either side. None without any: then
    every anchor is compared. (Another story's events, weeks away, are not this article's; and
    neighbours found by their words may be other stories of other weeks, so the days between
    theirs are not in reach either.)"""
    days = sorted({day for j, _ in neighbours for day in named.get(j, ())})
    if not days:
        return None
    return _merged([(day - REACH, day + REACH) for day in days])


def story_signature(neighbours: list[tuple[int, float]], named: dict[int, Named]) -> tuple:
    """What the story evidence of an article rests on, to tell whether a round changed it."""
    return tuple((j, id(named[j])) for j, _ in neighbours if j in named)  # each a remembered object
