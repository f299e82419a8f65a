"""``chrono dates``: the publication date of every article, how chrono knows it, and how sure it is."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from chrono.commands._common import (
    FORMAT_OPTION,
    OUT_OPTION,
    Engine,
    EngineName,
    Format,
    Inputs,
    Jobs,
    Manifest,
    Published,
    Quiet,
    Scheduler,
    SkipBad,
    make_engine,
    note,
    parse_day,
    quiet_run,
    reports_errors,
)
from chrono.commands._progress import ProgressBar
from chrono.fileio import write_atomic
from chrono.model import Article
from chrono.pipeline import DATING, Corpus, run
from chrono.render.safe_text import visible


def register(app: typer.Typer) -> None:
    """Add this area's commands to the app."""
    app.command("dates")(dates)


@reports_errors
def dates(
    inputs: Inputs,
    manifest: Manifest = None,
    published: Published = None,
    skip_bad: SkipBad = False,
    fmt: Annotated[Format, typer.Option(*FORMAT_OPTION, help="json or table.")] = Format.table,
    out: Annotated[Path | None, typer.Option(
        *OUT_OPTION, help="Write to this file instead of standard output.")] = None,
    jobs: Jobs = None,
    engine: Engine = EngineName.local,
    scheduler: Scheduler = None,
    quiet: Quiet = False,
) -> None:
    """Work out when each article was published, and say how chrono knows.

    The date is given by you (manifest, front matter, JSONL field,
    --published), read from a date line or caption in the text, or inferred from its relative dates
    and from other articles about the same events. Prints the date, its source, the confidence and
    the evidence, the window of days it may fall in, and the first publication and last update a
    stamp gives (with their times); a given date that the text contradicts is flagged with the date
    that would fit. --format json gives every field in full."""
    corpus = Corpus.read(inputs, manifest, parse_day(published), skip_bad=skip_bad)
    corpus.engine = make_engine(engine, jobs, scheduler)
    try:
        with ProgressBar(quiet_run(quiet)) as corpus.progress:
            articles = run(corpus, DATING).articles
    finally:
        corpus.engine.close()
    text = render_json(articles) if fmt is Format.json else visible(render_table(articles))
    if out is None:
        typer.echo(text)
    else:
        write_atomic(out, text + "\n")
        note(f"wrote {out}")


def article_record(article: Article) -> dict[str, Any]:
    """What ``chrono dates --format json`` prints for one article."""
    return {"id": article.id, "path": article.path, "source": article.source, "title": article.title,
            "url": article.url, "published": article.published.to_dict() if article.published else None}


def render_json(articles: list[Article]) -> str:
    return json.dumps([article_record(a) for a in articles], ensure_ascii=False, indent=2)


def render_table(articles: list[Article]) -> str:
    """One block per article: a header line, then its evidence and any conflicts, indented."""
    blocks = []
    for article in articles:
        p = article.published
        if p is None:
            blocks.append(f"{article.id}  unknown  (no date in the text, and nothing to infer it from)")
            continue
        head = f"{article.id}  {p.value}  {p.source}  confidence {p.confidence:.2f}"
        if p.earliest and p.latest and p.earliest != p.latest:
            head += f"  window {p.earliest}..{p.latest}"
        if p.datetime:
            head += f"  first published {p.datetime}"
        if p.updated:
            head += f"  updated {p.updated}"
        if p.runner_up:
            head += f"  (runner-up {p.runner_up['value']})"
        lines = [head] + [f"    - {line}" for line in p.evidence]
        lines += [f"    ! {line}" for line in p.conflicts]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
