"""The pipeline: the stages of chrono as a plain list of functions over one corpus.

Each stage reads some fields of a :class:`Corpus` and sets others; it says which in ``needs``
and ``sets``. A run is a list of stages, checked before it starts, so adding a stage or running
only the first ones is one line::

    corpus = Corpus.read(["seeds/"])
    run(corpus, DATING)          # what ``chrono dates`` does
    run(corpus, BUILDING[1:])    # the rest: tag, extract, merge, check, document

    read ─▶ date ─▶ tag ─▶ extract ─▶ merge ─▶ check ─▶ document
    articles  published  mentions  candidates  events  findings  chronology
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chrono.chronology.document import chronology_document
from chrono.model import Article


@dataclass
class Corpus:
    """What the stages share: the inputs, the articles and everything found in them."""

    inputs: Sequence[str | Path] = ()
    manifest: str | Path | None = None
    published: dt.date | None = None
    skip_bad: bool = False  # a malformed JSONL line is a warning, not an error
    articles: list[Article] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)  # chrono.events.model.Event, one per statement
    events: list[dict[str, Any]] = field(default_factory=list)  # merged, as in the chronology
    findings: list[Any] = field(default_factory=list)  # chrono.findings.report.Finding
    chronology: dict[str, Any] | None = None
    done: set[str] = field(default_factory=set)  # the fields set so far

    @classmethod
    def read(cls, inputs: Sequence[str | Path], manifest: str | Path | None = None,
             published: dt.date | None = None, *, skip_bad: bool = False) -> Corpus:
        """A corpus of ``inputs`` (files, folders, JSONL), with nothing read yet."""
        return cls(inputs=inputs, manifest=manifest, published=published, skip_bad=skip_bad, done={"inputs"})


@dataclass(frozen=True)
class Stage:
    """One step: ``run(corpus)`` needs the fields ``needs`` and sets the fields ``sets``."""

    name: str
    needs: tuple[str, ...]
    sets: tuple[str, ...]
    run: Callable[[Corpus], None]


def read_articles(corpus: Corpus) -> None:
    """Files, folders, JSONL and manifests -> articles with their given metadata and boilerplate."""
    from chrono.ingest.files import iter_articles

    corpus.articles = list(iter_articles(corpus.inputs, manifest=corpus.manifest, published=corpus.published,
                                         skip_bad=corpus.skip_bad))


def date_publication(corpus: Corpus) -> None:
    """Every article's publication date: given, written on the page, or inferred."""
    from chrono.dating.inference import date_articles

    date_articles(corpus.articles)


def tag_mentions(corpus: Corpus) -> None:
    """Every article's temporal mentions outside its boilerplate, resolved against its day."""
    from chrono.temporal.extract import tag

    for article in corpus.articles:
        published = article.published
        anchor = published.value if published and published.precision == "day" else None
        mentions = tag(article.text, published=anchor, language=article.language)
        article.mentions = [m for m in mentions if not article.in_boilerplate(m.start, m.end)]


def extract_candidates(corpus: Corpus) -> None:
    """One event candidate per dated statement; people named in full anywhere are known everywhere."""
    from chrono.events.actors import known_people
    from chrono.events.candidates import extract_events

    people: dict[str, Any] = {}
    for article in corpus.articles:
        for surname, person in known_people(article.text, article.language).items():
            if surname not in people or len(person.name) > len(people[surname].name):
                people[surname] = person
    corpus.candidates = [event for article in corpus.articles
                         for event in extract_events(article, language=article.language, people=people)]


def merge_candidates(corpus: Corpus) -> None:
    """Candidates that report the same happening merged into one event each."""
    from chrono.events.merging import merge_events
    from chrono.findings.report import event_dict

    corpus.events = [event_dict(event, corpus.articles) for event in merge_events(corpus.candidates)]


def check_events(corpus: Corpus) -> None:
    """The consistency report: where the sources of one event disagree."""
    from chrono.findings.report import check

    corpus.findings = check(corpus.events, corpus.articles)


def write_document(corpus: Corpus) -> None:
    """The chronology document, validated against its JSON Schema."""
    corpus.chronology = chronology_document(corpus.articles, corpus.events, corpus.findings)


READ = Stage("read", ("inputs",), ("articles",), read_articles)
DATE = Stage("date", ("articles",), ("published",), date_publication)
TAG = Stage("tag", ("articles", "published"), ("mentions",), tag_mentions)
EXTRACT = Stage("extract", ("mentions",), ("candidates",), extract_candidates)
MERGE = Stage("merge", ("candidates",), ("events",), merge_candidates)
CHECK = Stage("check", ("events",), ("findings",), check_events)
DOCUMENT = Stage("document", ("events", "findings"), ("chronology",), write_document)

DATING: list[Stage] = [READ, DATE]
BUILDING: list[Stage] = [READ, DATE, TAG, EXTRACT, MERGE, CHECK, DOCUMENT]


def run(corpus: Corpus, stages: Sequence[Stage]) -> Corpus:
    """Run ``stages`` in order over ``corpus``; a stage whose needs are not met is a bug, said at once."""
    have = set(corpus.done)
    for stage in stages:
        missing = [need for need in stage.needs if need not in have]
        if missing:
            raise ValueError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage sets")
        have.update(stage.sets)
    for stage in stages:
        stage.run(corpus)
        corpus.done.update(stage.sets)
    return corpus


# ---------------------------------------------------------------- the runs the commands make


def load_articles(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                  published: dt.date | None = None) -> list[Article]:
    """Read the articles, work out their publication dates and tag their temporal expressions."""
    corpus = run(Corpus.read(inputs, manifest, published), [READ, DATE, TAG])
    return corpus.articles


def chronology_from_articles(articles: list[Article]) -> dict[str, Any]:
    """Events, merged and checked, from tagged articles; the result is validated."""
    corpus = Corpus(articles=articles, done={"articles", "published", "mentions"})
    return _chronology(run(corpus, [EXTRACT, MERGE, CHECK, DOCUMENT]))


def build_chronology(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                     published: dt.date | None = None, *, skip_bad: bool = False) -> dict[str, Any]:
    """The whole pipeline: read, date, tag, extract, merge, check -> a validated chronology dict."""
    return _chronology(run(Corpus.read(inputs, manifest, published, skip_bad=skip_bad), BUILDING))


def _chronology(corpus: Corpus) -> dict[str, Any]:
    assert corpus.chronology is not None
    return corpus.chronology
