"""chrono: from news articles to a checked chronology.

The public API; everything else is internal and may change.

    >>> import chrono
    >>> [(m.text, m.value) for m in chrono.tag("Am Mittwoch traf man sich in Genf.", published="2022-01-12")]
    [('Mittwoch', '2022-01-12')]

    >>> data = chrono.build_chronology(["seeds/"])        # doctest: +SKIP
    >>> findings = chrono.check(data)                     # doctest: +SKIP
    >>> html = chrono.render_timeline(data)               # doctest: +SKIP

Libraries, even the standard library's larger modules, are imported by the function or the name
that needs them, so ``import chrono`` is quick (and the command line, which starts by importing
this package, can answer Ctrl-C with one line from its first moment).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chrono.errors import ChronoError, InputError, ResolutionError, SchemaError
from chrono.version import __version__

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence
    from pathlib import Path

    from chrono.findings.report import Finding
    from chrono.model import Article, Mention, Published, TimeValue

_DATA_CLASSES = ("Article", "Mention", "Published", "TimeValue")


def __getattr__(name: str) -> Any:
    """``chrono.Mention`` and the other data classes, imported when first asked for."""
    if name in _DATA_CLASSES:
        from chrono import model

        return getattr(model, name)
    raise AttributeError(f"module 'chrono' has no attribute {name!r}")


__all__ = [
    "Article",
    "ChronoError",
    "InputError",
    "Mention",
    "Published",
    "ResolutionError",
    "SchemaError",
    "TimeValue",
    "__version__",
    "build_chronology",
    "check",
    "date_articles",
    "read_articles",
    "render_timeline",
    "tag",
]


def tag(text: str, published: dt.date | dt.datetime | str | None = None, *, language: str = "de",
        tense: str | None = None, spans: list[tuple[int, int]] | None = None, mode: str = "news") -> list[Mention]:
    """Find the temporal expressions in ``text`` and resolve them against ``published``.

    ``published`` is the reference date (a date, a datetime or an ISO string); nothing reads the
    clock, so without one a value that depends on it stays None. ``tense`` ("past", "present",
    "future") forces the tense of every sentence; ``spans`` limits tagging to those regions.
    ``mode`` is "news" (a date without a year takes it from the publication date, or from a year
    named earlier in its sentence), "narrative" (from the year the text last named: histories,
    portraits) or "auto" (narrative when most of the years a text names lie ten or more years back).
    Offsets always index ``text`` itself: ``text[m.start:m.end] == m.text``.

        >>> [m.value for m in tag("seit Juli 2019", published="2022-01-12")]
        ['2019-07']
    """
    from chrono.temporal.extract import tag as tag_text

    return tag_text(text, published, language=language, tense=tense, spans=spans, mode=mode)


def read_articles(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                  published: dt.date | None = None, *, skip_bad: bool = False) -> list[Article]:
    """The articles of ``inputs`` (files, folders, JSONL corpora), with the metadata given in front
    matter, JSONL fields or a ``manifest`` (CSV or JSON); ``published`` dates a single file.
    Raises :class:`InputError` with a one-line message naming the file and the fix; with
    ``skip_bad`` a malformed JSONL line is a warning (logger ``chrono``) and reading goes on."""
    from chrono.pipeline import READ, Corpus, run

    return run(Corpus.read(inputs, manifest, published, skip_bad=skip_bad), [READ]).articles


def date_articles(articles: list[Article]) -> list[Article]:
    """Set ``published`` on every article that has none: read from the page, else inferred from
    its text and from the other articles. Returns the same list.

        >>> arts = date_articles(read_articles(["seeds/"]))   # doctest: +SKIP
        >>> arts[0].published.value, arts[0].published.source  # doctest: +SKIP
        ('2022-01-12', 'inferred')
    """
    from chrono.dating.inference import date_articles as date_all

    date_all(articles)
    return articles


def build_chronology(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                     published: dt.date | None = None, *, skip_bad: bool = False) -> dict[str, Any]:
    """The whole pipeline over ``inputs``: read, date, tag, extract events, merge, check.
    Returns the chronology as a dict valid against ``schemas/chronology.schema.json``."""
    from chrono.pipeline import build_chronology as build

    return build(inputs, manifest, published, skip_bad=skip_bad)


def check(chronology: dict[str, Any], documents: Iterable[Article | dict[str, Any]] = ()) -> list[Finding]:
    """The consistency findings of a chronology (or of a list of events and their documents):
    where sources disagree about the same event's date, duration or starting point."""
    from chrono.findings.report import check as check_events

    return check_events(chronology, documents)


def render_timeline(chronology: dict[str, Any], *, title: str | None = None, language: str = "de") -> str:
    """The interactive, self-contained HTML timeline page of a chronology."""
    from chrono.render.html import render_timeline as render

    return render(chronology, "inline", language=language, title=title)
