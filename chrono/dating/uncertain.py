"""Mentions against an uncertain publication day: reads an article whose publication date is known
only as a window of days (``Published.earliest``/``latest``) and adds its mentions, each resolved
for every day of that window by the tagger (:func:`chrono.temporal.extract.tag`, unchanged).

A value on which every day agrees is certain ("am Mittwochabend" in a past-tense report whose
window runs from Thursday to Tuesday is that Wednesday evening, whichever day it appeared). Where
the days disagree, the mention keeps the value it has on the most likely day (or on the window's
first day when there is none), the union of all readings as ``earliest``/``latest``, and
``uncertain=True``; its events keep that interval. An article without a certain day never loses
its events: its absolute dates are certain anyway, and its relative ones get an interval.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from chrono.errors import ChronoError
from chrono.model import Article, Mention

Day = dt.date
MAX_WINDOW_DAYS = 31  # a window longer than this (a year line) is not resolved day by day


def window_of(article: Article) -> tuple[Day, Day] | None:
    """The days the article may have appeared on, when there is more than one and few enough."""
    published = article.published
    if published is None or not published.earliest or not published.latest:
        return None
    first, last = Day.fromisoformat(published.earliest[:10]), Day.fromisoformat(published.latest[:10])
    if first >= last or (last - first).days >= MAX_WINDOW_DAYS:
        return None
    return first, last


def tag_over_window(article: Article, window: tuple[Day, Day]) -> list[Mention]:
    """The article's mentions, each resolved for every day of ``window`` (see the module docstring)."""
    from chrono.temporal.extract import tag

    published = article.published
    best = Day.fromisoformat(published.value) if published is not None and published.precision == "day" else window[0]
    days = [window[0] + dt.timedelta(days=n) for n in range((window[1] - window[0]).days + 1)]
    readings: dict[Day, dict[tuple[int, int, str], Mention]] = {}
    try:
        on_best_day = tag(article.text, published=best.isoformat(), language=article.language)
    except ChronoError:
        on_best_day = None
    if on_best_day is not None and not any(m.relative for m in on_best_day):
        return on_best_day  # nothing depends on the day: every day of the window reads the same
    for day in days:
        try:
            found = tag(article.text, published=day.isoformat(), language=article.language)
        except ChronoError:
            continue
        readings[day] = {(m.start, m.end, m.type): m for m in found}
    if best not in readings:
        return []
    result = []
    for key, mention in readings[best].items():
        others = [readings[d][key] for d in days if d in readings and key in readings[d]]
        result.append(_agreed(mention, others, len(others) == len(readings)))
    return result


def _agreed(mention: Mention, others: list[Mention], everywhere: bool) -> Mention:
    """``mention`` as the readings of all days allow: certain where they agree, else their union."""
    values = {(m.value, m.earliest, m.latest) for m in others}
    if len(values) <= 1 and everywhere:
        return mention
    starts = [m.earliest for m in others if m.earliest]
    ends = [m.latest for m in others if m.latest]
    if len(starts) < len(others) or len(ends) < len(others):
        return dataclasses.replace(mention, uncertain=True)
    return dataclasses.replace(mention, earliest=min(starts), latest=max(ends), uncertain=True)
