"""``chrono tag``, ``chrono resolve`` and ``chrono eval``: the temporal tagger on the command line."""
from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from chrono.commands._common import FORMAT_OPTION, STDIN, note, reports_errors
from chrono.errors import ChronoError, InputError
from chrono.model import Mention, Published
from chrono.render.safe_text import visible


class TagFormat(str, Enum):
    json = "json"
    table = "table"
    timeml = "timeml"


class Mode(str, Enum):
    news = "news"
    narrative = "narrative"
    auto = "auto"


MODE_HELP = ("news (dates without a year take it from the publication date), narrative (from the year the "
             "text last named: histories, portraits) or auto (decided from the years the text names).")


class Prefer(str, Enum):
    past = "past"
    future = "future"


def parse_published(value: str | None, option: str = "--published") -> dt.date | dt.datetime | None:
    if value is None:
        return None
    from chrono.temporal.resolve import as_anchor

    try:
        return as_anchor(value)[1] or as_anchor(value)[0]
    except ChronoError:
        raise InputError(f"{option} {value!r} is not a date", fix=f"write {option} YYYY-MM-DD") from None


def read_and_date(path: Path, published: dt.date | dt.datetime | None
                  ) -> tuple[str, dt.date | dt.datetime | None, Published | None]:
    """The article's text, the day to resolve against (or None), and its publication date as
    ``chrono dates`` reports it."""
    from chrono.ingest.files import decode_bytes, normalise_newlines, text_article
    from chrono.pipeline import DATE, READ, Corpus, run

    if str(path) == STDIN:
        article = text_article(normalise_newlines(decode_bytes(sys.stdin.buffer.read(), "standard input")),
                               Path("stdin"))
        corpus = Corpus(articles=[article], done={"inputs", "articles"})
    else:
        if path.is_dir():
            raise InputError("is a folder; chrono tag reads one article", path=str(path),
                             fix="name one file, or use chrono build for a folder")
        if not path.exists():
            raise InputError("file not found", path=str(path), fix="check the path")
        corpus = run(Corpus.read([path]), [READ])
    articles = corpus.articles
    if len(articles) != 1:
        raise InputError(f"holds {len(articles)} articles; chrono tag reads one", path=str(path),
                         fix="use chrono build for a corpus")
    article = articles[0]
    if published is not None:
        return article.text, published, None
    run(corpus, [DATE])
    known = article.published
    if known is None or known.precision != "day" or not known.value:
        what = f"known only to the {known.precision} ({known.value})" if known and known.value else "unknown"
        name = "standard input" if str(path) == STDIN else str(path)
        note(f"chrono: note: {name}: the publication date is {what}, so relative expressions stay unresolved "
             "(give --published YYYY-MM-DD, or see chrono dates with the other articles of the story)")
        return article.text, None, known
    return article.text, dt.date.fromisoformat(known.value), known


def mention_table(mentions: list[Mention]) -> str:
    rows = [("start", "end", "text", "type", "value", "mod", "signal")]
    rows += [(str(m.start), str(m.end), m.text, m.type, m.value or "?", m.mod or "", m.signal or "")
             for m in mentions]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def register(app: typer.Typer) -> None:
    app.command("tag")(tag_command)
    app.command("resolve")(resolve_command)
    app.command("eval")(eval_command)


@reports_errors
def tag_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="An article as a text file (- reads standard input).")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (or a datetime) to resolve "
                                                       "relative expressions against; worked out from the text "
                                                       "when left out.")] = None,
    format: Annotated[TagFormat, typer.Option(*FORMAT_OPTION, help="json, table or timeml (TimeML 1.2, TIMEX3 "
                                                                 "inline).")] = TagFormat.json,
    language: Annotated[str, typer.Option(help="Language of the article.")] = "de",
    mode: Annotated[Mode, typer.Option(help=MODE_HELP)] = Mode.auto,
) -> None:
    """Find the temporal expressions in FILE and print them with their resolved values."""
    from chrono.temporal.extract import tag_with_mode
    from chrono.temporal.timeml import to_timeml

    text, anchor, known = read_and_date(file, parse_published(published))
    mentions, chosen, reason = tag_with_mode(text, published=anchor, language=language, mode=mode.value)
    if format is TagFormat.table:
        typer.echo(visible(mention_table(mentions)))
        typer.echo(f"mode: {chosen} ({reason})")
        return
    if format is TagFormat.timeml:
        typer.echo(to_timeml(text, mentions, anchor, name=file.name if str(file) != STDIN else "stdin"), nl=False)
        return
    doc = {"document": file.name if str(file) != STDIN else "stdin",
           "published": anchor.isoformat() if anchor else None,
           "publication": known.to_dict() if known else None,
           "mode": chosen, "mode_reason": reason, "mentions": [m.to_dict() for m in mentions]}
    typer.echo(json.dumps(doc, ensure_ascii=False, indent=1))


@reports_errors
def resolve_command(
    expression: Annotated[str, typer.Argument(help='A temporal expression, e.g. "am Mittwoch".')],
    published: Annotated[str, typer.Option(help="Reference date YYYY-MM-DD (or a datetime).")],
    context: Annotated[str | None, typer.Option(help="The sentence the expression stands in; its verbs set "
                                                     "the tense.")] = None,
    prefer: Annotated[Prefer | None, typer.Option(help="Read an open expression as past or future, whatever "
                                                       "the sentence says.")] = None,
    language: Annotated[str, typer.Option(help="Language of the expression.")] = "de",
) -> None:
    """Resolve one expression against a reference date and print the resolution as JSON."""
    from chrono.temporal.extract import tag

    anchor = parse_published(published)
    forced = prefer.value if prefer else None
    if context is not None:
        where = context.find(expression)
        if where < 0:
            raise InputError(f"--context does not contain {expression!r}",
                             fix="give the sentence in which the expression stands")
        found = [m for m in tag(context, published=anchor, language=language, tense=forced)
                 if m.start < where + len(expression) and where < m.end]
    else:
        found = tag(expression, published=anchor, language=language, tense=forced)
    if not found:
        raise InputError(f"no temporal expression found in {expression!r}",
                         fix="check the spelling, or give more of the phrase")
    result: dict[str, Any] = found[0].to_dict()
    result.pop("start"), result.pop("end")
    result["published"] = anchor.isoformat() if anchor else None
    typer.echo(json.dumps(result, ensure_ascii=False, indent=1))


@reports_errors
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of TIMEX3 gold files (<article>.json).")],
    texts_dir: Annotated[Path | None, typer.Argument(help="Folder holding the articles the JSON gold files name "
                                                        "(TimeML gold holds its text).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    language: Annotated[str, typer.Option(help="Language of the articles.")] = "de",
    mode: Annotated[Mode, typer.Option(help=MODE_HELP)] = Mode.auto,
) -> None:
    """Score the tagger against TIMEX3 gold files (<article>.json, or TimeML .tml files with their
    text inside): relaxed, strict, value and type P, R, F1."""
    from chrono.temporal.evaluate import evaluate
    from chrono.temporal.extract import tag


    def tagger(text: str, dct: str) -> list[dict[str, Any]]:
        return [m.to_dict() for m in tag(text, published=dct, language=language, mode=mode.value)]

    score = evaluate(gold_dir, texts_dir, tagger)
    if as_json:
        typer.echo(json.dumps(score.to_dict(), ensure_ascii=False, indent=1))
    else:
        typer.echo("\n".join(score.lines()))
