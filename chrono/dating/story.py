"""Stories: reads the states of a run's articles (the content words of their sentences) and the
anchors of the articles dated so far, and adds, for each article, the other articles that tell the
same story and the evidence that follows from them: a weekday or other relative day that an
article of the same story, already dated, names as the same day.

Outlets that tell one story report the same few days. When an undated article says "am
Montagvormittag beurlaubte der Vorstand den Trainer" and a dated article of the same story says
"hat am Montag Cheftrainer Markus Eder freigestellt" (2025-04-07), the undated article's Monday is
most likely that Monday, even when the two sentences share no word: the article then appeared on
that Monday or within the six days after it. The evidence is weaker than a sentence that reports
the same event (:func:`chrono.dating.constraints.anchored_constraints`) and weighs by how alike
the two articles are.

**Likeness** is the cosine of TF-IDF vectors of the articles' content-word stems (scikit-learn).
**Scale.** Words that more than :data:`MAX_SHARED` articles use are left out of the comparison and
each article keeps only its :data:`NEIGHBOURS` most alike articles, computed in chunks of rows:
the cost grows linearly with the number of articles for a corpus of many stories.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from chrono.dating.anchors import Anchor
from chrono.dating.explain import article_name, quoted_sentence, shorten, span_text
from chrono.dating.solver import Constraint
from chrono.dating.state import State

Day = dt.date
NEIGHBOURS = 12  # most alike articles kept per article
MIN_LIKENESS = 0.12  # cosine below which two articles are not one story
MAX_SHARED = 200  # a word used by more articles than this does not tell stories apart
CHUNK = 512  # rows of the likeness matrix computed at once
W_STORY = 1.2
RELIABILITY = 0.6
Neighbours = list[list[tuple[int, float]]]


def story_neighbours(states: list[State]) -> Neighbours:
    """For each article, ``(index, likeness)`` of the articles most alike, best first."""
    docs = [[w for s in state.sentences for w in sorted(s.feats.words | s.feats.places)] for state in states]
    result: Neighbours = [[] for _ in states]
    if len(states) < 2 or not any(docs):
        return result
    max_df = MAX_SHARED if len(states) > MAX_SHARED else 1.0
    vectoriser = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True, max_df=max_df)
    try:
        matrix = vectoriser.fit_transform(docs).tocsr()
    except ValueError:  # no word left (every article empty, or every word too common)
        return result
    transposed = matrix.T.tocsc()
    for first in range(0, len(states), CHUNK):
        block = (matrix[first:first + CHUNK] @ transposed).toarray()
        for row, likeness in enumerate(block):
            i = first + row
            likeness[i] = 0.0
            top = np.argsort(-likeness)[:NEIGHBOURS]
            result[i] = [(int(j), round(float(likeness[j]), 3)) for j in top if likeness[j] >= MIN_LIKENESS]
    return result


def story_constraints(state: State, neighbours: list[tuple[int, float]], keys: list[str],
                      by_article: dict[str, list[Anchor]]) -> list[Constraint]:
    """A relative day of ``state`` that a dated article of the same story names as well."""
    days: dict[Day, list[tuple[float, Anchor, float]]] = {}
    for j, likeness in neighbours:
        for anchor in by_article.get(keys[j], ()):
            # a relative day said in the present tense is where the tense is least sure
            if anchor.start == anchor.end and not (anchor.relative and anchor.tense not in ("past", "future")):
                days.setdefault(anchor.start, []).append((likeness * anchor.trust, anchor, likeness))
    if not days:
        return []
    best = {}
    for day, found in days.items():
        per_article: dict[str, tuple[float, Anchor, float]] = {}
        for weight, anchor, likeness in found:
            if anchor.article_id not in per_article or weight > per_article[anchor.article_id][0]:
                per_article[anchor.article_id] = (weight, anchor, likeness)
        strongest = max(per_article.values(), key=lambda f: f[0])
        # the more articles of the story name a day, the likelier it is the one meant
        best[day] = (min(1.0, sum(f[0] for f in per_article.values())), strongest[1], strongest[2], len(per_article))
    result = []
    for index, m in enumerate(state.mentions):
        if not m.relative or m.type not in ("DATE", "TIME") or m.tense not in ("past", "future"):
            continue
        for day, (weight, anchor, likeness, count) in best.items():
            result.append(_story_constraint(state, index, day, W_STORY * weight, anchor, likeness, count))
    return result


def _story_constraint(state: State, index: int, day: Day, weight: float, anchor: Anchor,
                      likeness: float, count: int) -> Constraint:
    m = state.mentions[index]

    def test(d: Day) -> float:
        span = state.interval(index, d)
        if span is None or span != (day, day):
            return 0.0
        return 1.0 if (day <= d if m.tense == "past" else day > d) else 0.0

    def note(d: Day) -> str:
        span = state.interval(index, d)
        return (f"“{quoted_sentence(state, index)}”: '{m.text}' ({m.tense} tense) is "
                f"{span_text(span) if span else 'nothing'} for an article of {d.isoformat()}; "
                f"{article_name(anchor)}, which tells the same story (likeness {likeness:.2f}), names "
                f"{day.isoformat()}: “{shorten(anchor.sentence)}”"
                + (f" (and {count - 1} more of the story)." if count > 1 else "."))

    week = dt.timedelta(days=7)
    window = (day, day + week - dt.timedelta(days=1)) if m.tense == "past" else (day - week, day - dt.timedelta(days=1))
    return Constraint("same story", weight, test, note, window, RELIABILITY,
                      probe=state.probe(index), probe_range=(day, day))


def story_signature(neighbours: list[tuple[int, float]], keys: list[str],
                    by_article: dict[str, list[Anchor]]) -> tuple:
    """What the story evidence of an article rests on, to tell whether a round changed it."""
    return tuple((keys[j], len(by_article.get(keys[j], ())),
                  round(sum(a.trust for a in by_article.get(keys[j], ())), 3)) for j, _ in neighbours)
