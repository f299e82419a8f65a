"""Building articles with hand-made mentions, so that events, merging and the report can be tested
without the tagger."""
from __future__ import annotations

from chrono.model import Article, Mention, Published


def mention(text: str, phrase: str, type_: str, value: str, *, grain: str | None = None,
            earliest: str | None = None, latest: str | None = None, mod: str | None = None,
            signal: str | None = None, tense: str | None = "past", nth: int = 0, expr=None) -> Mention:
    """The ``nth`` occurrence of ``phrase`` in ``text`` as a mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, type_, value, mod, signal, grain, earliest, latest, tense,
                   expr=expr)


def day(text: str, phrase: str, value: str, **kwargs) -> Mention:
    return mention(text, phrase, "DATE", value, grain="day", earliest=value, latest=value, **kwargs)


def article(id_: str, text: str, published: str | None, mentions: list[Mention] | None = None,
            source: str | None = None) -> Article:
    given = Published(published, "day", "given", 1.0) if published else None
    return Article(id=id_, text=text, source=source, published=given, mentions=mentions or [])
