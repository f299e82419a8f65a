"""Wording of evidence: reads an article's state and the anchors it met, and adds the short texts
that evidence and conflicts are written with (day ranges, the name of the article behind an
anchor, a mention's sentence shortened for quoting).
"""
from __future__ import annotations

import datetime as dt

from chrono.dating.anchors import Anchor
from chrono.dating.state import State

Day = dt.date
QUOTE_CHARS = 160


def span_text(span: tuple[Day, Day]) -> str:
    """A day, an ISO week with its days, or a range of days."""
    start, end = span
    if start == end:
        return start.isoformat()
    if start.isoweekday() == 1 and (end - start).days == 6:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d} ({start.isoformat()}..{end.isoformat()})"
    return f"{start.isoformat()}..{end.isoformat()}"


def article_name(anchor: Anchor) -> str:
    """The id of the article that dated ``anchor``."""
    return anchor.article_id.split(":", 1)[1]


def quoted_sentence(state: State, index: int) -> str:
    """The sentence of mention ``index``, shortened for quoting (the mention itself without sentences)."""
    if not state.sentences:
        return state.mentions[index].text
    return shorten(state.sentences[state.sentence_of[index]].text)


def shorten(text: str) -> str:
    """``text`` on one line, cut to :data:`QUOTE_CHARS` characters."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
