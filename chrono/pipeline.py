"""The pipeline: the stages of chrono as a plain list of functions over one corpus.

Each stage reads some fields of a :class:`Corpus` and sets others; it says which in ``needs``
and ``sets``. A run is a list of stages, checked before it starts, so adding a stage or running
only the first ones is one line::

    corpus = Corpus.read(["seeds/"])
    run(corpus, DATING)          # what ``chrono dates`` does
    run(corpus, BUILDING[1:])    # the rest: tag, extract, merge, check, document

    read ─▶ date ─▶ tag ─▶ extract ─▶ merge ─▶ check ─▶ document
    articles  published  mentions  candidates  events  findings  chronology

What reads one article at a time (what dating reads from each article, tagging, extraction, each
article's record in the document) runs on the corpus's ``engine`` (:mod:`chrono.engines`: this
process, a process pool or Dask), in article order; what needs all articles stays here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    people: dict[str, Any] | None = None  # surname -> the person named in full (chrono.events.model.Actor)
    engine: Any = None  # where per-article work runs (chrono.engines); None: in this process
    progress: Callable[[str, int, int | None], None] | None = None  # (stage, articles done, total)

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

    corpus.articles = []
    for article in iter_articles(corpus.inputs, manifest=corpus.manifest, published=corpus.published,
                                 skip_bad=corpus.skip_bad):
        corpus.articles.append(article)
        if corpus.progress and len(corpus.articles) % 100 == 0:
            corpus.progress("read", 100, None)


def date_publication(corpus: Corpus) -> None:
    """Every article's publication date: given, written on the page, or inferred."""
    from chrono.dating.inference import date_articles

    states = None
    jobs = getattr(corpus.engine, "jobs", 1) if corpus.engine is not None else 1
    if corpus.engine is not None and getattr(corpus.engine, "jobs", 2) > 1:  # each article read in a worker
        states = _per_article(corpus, "date", dating_state)
        for article, state in zip(corpus.articles, states):
            article.boilerplate = state.article.boilerplate
    date_articles(corpus.articles, states, jobs)  # the rounds over all articles: on as many processes


def dating_state(article: Article) -> Any:
    """What dating reads from one article alone: its mentions, sentences and their features."""
    from chrono.dating.state import prepare_state

    return prepare_state(article)


def _per_article(corpus: Corpus, stage: str, func: Callable[..., Any], *args: Any,
                 items: list[Any] | None = None) -> list[Any]:
    """``func(article, *args)`` for every article (or each of ``items``, unreported), on the corpus's
    engine, in order."""
    from chrono.engines import LocalEngine

    engine = corpus.engine or LocalEngine(1)
    progress = corpus.progress if items is None else None
    total = len(corpus.articles)
    return engine.map(func, corpus.articles if items is None else items, *args,
                      progress=(lambda n: progress(stage, n, total)) if progress else None)


def tag_article(article: Article) -> tuple[list[Any], dict[str, Any]]:
    """One article's mentions outside its boilerplate, and the people it names in full; where its
    publication day is not certain, each mention is resolved for every day of its window."""
    from chrono.dating.uncertain import tag_over_window, window_of
    from chrono.events.actors import known_people
    from chrono.temporal.extract import tag

    published = article.published
    window = window_of(article)
    if window is not None:  # a day not certain: every mention resolved for every day it may be
        mentions = tag_over_window(article, window)
    else:
        anchor = published.value if published and published.precision == "day" else None
        mentions = tag(article.text, published=anchor, language=article.language)
    return ([m for m in mentions if not article.in_boilerplate(m.start, m.end)],
            known_people(article.text, article.language))


def tag_mentions(corpus: Corpus) -> None:
    """Every article's temporal mentions outside its boilerplate, resolved against its day (or
    against every day of its window where the day is not certain); the people each names in full
    (for the next stage)."""
    tagged = _per_article(corpus, "tag", tag_article)
    corpus.people = {}
    for article, (mentions, people) in zip(corpus.articles, tagged):
        article.mentions = mentions
        _add_people(corpus.people, people)


def _add_people(known: dict[str, Any], people: dict[str, Any]) -> None:
    """Add ``people`` (by surname) to ``known``, keeping the fullest name of each."""
    for surname, person in people.items():
        if surname not in known or len(person.name) > len(known[surname].name):
            known[surname] = person


def article_events(article: Article, people: dict[str, Any]) -> list[Any]:
    """One article's event candidates, with the people known from the whole corpus."""
    from chrono.events.candidates import extract_events

    return extract_events(article, language=article.language, people=people)


def extract_candidates(corpus: Corpus) -> None:
    """One event candidate per dated statement; people named in full anywhere are known everywhere."""
    if corpus.people is None:
        from chrono.events.actors import known_people

        corpus.people = {}
        for article in corpus.articles:
            _add_people(corpus.people, known_people(article.text, article.language))
    per_article = _per_article(corpus, "extract", article_events, corpus.people)
    corpus.candidates = [event for events in per_article for event in events]


def merge_candidates(corpus: Corpus) -> None:
    """Candidates that report the same happening merged into one event each."""
    from chrono.events.merging import merge_events
    from chrono.findings.report import event_dict

    by_id = {article.id: article for article in corpus.articles}  # the last of one id, as event_dict reads them

    def own(event: Any) -> list[Article]:  # only the event's own articles: not every article per event
        return [by_id[d] for d in dict.fromkeys(s.document for s in event.sources) if d in by_id]

    corpus.events = [event_dict(event, own(event)) for event in merge_events(corpus.candidates)]


def check_events(corpus: Corpus) -> None:
    """The consistency report: where the sources of one event disagree."""
    from chrono.findings.report import check

    corpus.findings = check(corpus.events, corpus.articles)


def write_document(corpus: Corpus) -> None:
    """The chronology document, validated against its JSON Schema."""
    from chrono.chronology.document import chronology_document

    records = _per_article(corpus, "document", article_record)  # each record made and checked in a worker
    checked = _per_article(corpus, "document", event_errors, items=corpus.events)  # each event too
    corpus.chronology = chronology_document(corpus.articles, corpus.events, corpus.findings, records, checked)


def event_errors(event: dict[str, Any]) -> list[str]:
    """How one merged event breaks the chronology's schema ([] when it does not)."""
    from chrono.chronology.document import event_errors as errors

    return errors(event)


def article_record(article: Article) -> tuple[dict[str, Any], list[str]]:
    """One article's record in the chronology, checked against the schema."""
    from chrono.chronology.document import document_record

    return document_record(article)


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
        if corpus.progress:
            corpus.progress(stage.name, 0, None)  # a new stage begins
        stage.run(corpus)
        corpus.done.update(stage.sets)
    return corpus


# ---------------------------------------------------------------- the runs the commands make


def load_articles(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                  published: dt.date | None = None, engine: Any = None) -> list[Article]:
    """Read the articles, work out their publication dates and tag their temporal expressions."""
    corpus = Corpus.read(inputs, manifest, published)
    corpus.engine = engine
    return run(corpus, [READ, DATE, TAG]).articles


def chronology_from_articles(articles: list[Article]) -> dict[str, Any]:
    """Events, merged and checked, from tagged articles; the result is validated."""
    corpus = Corpus(articles=articles, done={"articles", "published", "mentions"})
    return _chronology(run(corpus, [EXTRACT, MERGE, CHECK, DOCUMENT]))


def build_chronology(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                     published: dt.date | None = None, engine: Any = None,
                     progress: Callable[[str, int, int | None], None] | None = None, *,
                     skip_bad: bool = False) -> dict[str, Any]:
    """The whole pipeline: read, date, tag, extract, merge, check -> a validated chronology dict.

    ``engine`` (:mod:`chrono.engines`) runs the per-article stages (tag, extract), by default in
    this process; ``progress`` hears of every stage and every chunk of articles done."""
    corpus = Corpus.read(inputs, manifest, published, skip_bad=skip_bad)
    corpus.engine, corpus.progress = engine, progress
    return _chronology(run(corpus, BUILDING))


def _chronology(corpus: Corpus) -> dict[str, Any]:
    assert corpus.chronology is not None
    return corpus.chronology
