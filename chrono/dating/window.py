"""An honest window: reads an article's state, its likeliest publication day, the window the
evidence gave and the confidence, and adds the later days on which the article's day names still
mean the same days.

A past "am Freitag" fits the Friday itself and any of the six days after it; when the evidence is
weak (the day rests on the habit that news appears on the day of its latest event), every later
day on which each weekday, date and "kommende Woche" of the article stands for the same days as on
the likeliest day fits the text as well: a weekly magazine that tells of "Montag dieser Woche"
appeared that Monday or later in the week, a Sunday portrait of the Friday the Friday or after.
Day words that move with the publication day ("gestern", "vor zehn Tagen") are left out: their
meaning changes on every day, and the evidence that dates them is the evidence of the solver.
"""
from __future__ import annotations

import datetime as dt

from chrono.dating.state import State
from chrono.dating.story import moves_daily

Day = dt.date
WEAK_CONFIDENCE = 0.35  # below this the window holds every day on which the day names agree
MAX_LATER_DAYS = 6  # a past weekday is the day itself or one of the six after it


def widened(state: State, best: Day, window: tuple[Day, Day], confidence: float) -> tuple[Day, Day]:
    """``window`` with its end moved to the last day (at most MAX_LATER_DAYS after ``best``) on which
    every relative day of the article that does not move daily means what it means on ``best``."""
    if confidence >= WEAK_CONFIDENCE:
        return window
    relative = [i for i, m in enumerate(state.mentions)
                if m.relative and m.type in ("DATE", "TIME") and not moves_daily(state, i)]
    if not relative:
        return window
    meaning = [state.interval(i, best) for i in relative]
    last = window[1]
    for step in range(1, MAX_LATER_DAYS + 1):
        day = best + dt.timedelta(days=step)
        if [state.interval(i, day) for i in relative] != meaning:
            break
        last = max(last, day)
    return window[0], last
