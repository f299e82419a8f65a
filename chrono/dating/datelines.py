"""Dates written on the page: reads the lines of an article and adds to its state its stamps
(:mod:`chrono.ingest.stamps`: first publication and last change, wherever they stand), the date line or
dateline at the top ("Stand: 12.01.2022", "Brüssel, 12.01.2022"; a month-only one such as
"date 2022-01" as a range of days) and the full dates of caption and header lines anywhere
("Jens Stoltenberg am 12.01.2022 in Brüssel").
"""
from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from chrono.dating.state import State
from chrono.ingest.boilerplate import DATELINE, FULL_DATE, find_date_line
from chrono.ingest.stamps import Stamp, find_stamps, first_and_update
from chrono.model import Published
from chrono.temporal.written import iso_at_precision, parse_written_date

HEADER_LINES = 6  # lines at the top searched for a date line or dateline
CAPTION_MAX_WORDS = 15



def read_written_dates(state: State) -> None:
    """Stamps anywhere; date lines and datelines at the top; full dates in caption or header lines.

    Sets ``state.header`` (a day), ``state.month_line`` (a month or year) and ``state.captions``
    (with the weekdays dated in brackets, "am Freitag (14.03.2025)")."""
    text = state.article.text
    stamps = find_stamps(text, state.article.language)
    state.header = stamped_published(*first_and_update(stamps))
    state.captions.extend((s.day, s.text) for s in stamps if s.kind == "weekday" and s.day is not None)
    state.partial_days.extend((s.month_day, s.first, s.text) for s in stamps if s.month_day is not None)
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for number, (offset, line) in enumerate(lines):
        if number < HEADER_LINES and state.header is None and state.month_line is None:
            _header_line(state, line)
        if not state.article.in_boilerplate(offset, offset + len(line.rstrip())):
            _caption_line(state, line)


def stamped_published(first: Stamp | None, update: Stamp | None) -> Published | None:
    """The publication date the stamps of a page give: the first publication, else the last change
    (a page stamped only "Stand: ..." or "Aktualisiert: ..." appeared that day or before)."""
    stamp = first or update
    if stamp is None or stamp.day is None:
        return None
    day = stamp.day.isoformat()
    evidence = [(f"The stamp “{stamp.text}” gives {'the first publication' if first else 'the last update'}, "
                 f"{stamp.datetime}.")]
    if first and update:
        evidence.append(f"The stamp “{update.text}” gives the last update, {update.datetime}.")
    return Published(value=day, precision="day", source="text", confidence=0.95 if first else 0.9,
                     evidence=evidence, datetime=first.datetime if first and first.time else None,
                     updated=update.datetime if update else None, earliest=day, latest=day)


def _header_line(state: State, line: str) -> None:
    found = find_date_line(line, language=state.article.language)
    written, label = None, ""
    if found:
        written, label = line[found[1]:found[2]], f"The date line “{line[found[0]:found[2]]}”"
    else:
        dateline = DATELINE.match(line.strip())
        full = FULL_DATE.match(line.strip(), dateline.end()) if dateline else None
        if full:
            written, label = full.group(), f"The dateline “{line.strip()[:full.end()]}”"
    parsed = parse_written_date(written) if written else None
    if parsed is None:
        return
    day, precision = parsed
    if precision == "day":
        state.header = Published(value=day.isoformat(), precision="day", source="text", confidence=0.95,
                                 evidence=[f"{label} at the top of the article gives {day.isoformat()}."],
                                 earliest=day.isoformat(), latest=day.isoformat())
    else:
        end = day + (relativedelta(months=1) if precision == "month" else relativedelta(years=1)) - dt.timedelta(1)
        state.month_line = (day, end, f"{label} gives {iso_at_precision(day, precision)}")


def _caption_line(state: State, line: str) -> None:
    """A short line without a closing full stop (a caption or header) holding a full date."""
    words = line.split()
    if len(words) > CAPTION_MAX_WORDS or line.rstrip().endswith((".", "?", "!", ":")):
        return
    for match in FULL_DATE.finditer(line):
        parsed = parse_written_date(match.group())
        if parsed and parsed[1] == "day":
            state.captions.append((parsed[0], line.strip()))
