"""The whole pipeline, and the JSON chronology it produces.

    articles -> publication dates -> temporal mentions -> event candidates -> merged events
             -> consistency findings -> chronology (validated against
                schemas/chronology.schema.json before it is returned or written)
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

import chrono
from chrono.errors import InputError, SchemaError
from chrono.events.candidates import Actor, extract_events, known_people
from chrono.events.merging import merge_events
from chrono.fileio import write_atomic
from chrono.findings.report import check, event_dict
from chrono.model import Article

# The schema ships inside the package; schemas/chronology.schema.json is the same file (a test checks).
SCHEMA_FILE = resources.files("chrono.chronology") / "chronology.schema.json"
OUTPUT_NAME = "chronology.json"


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The chronology's JSON Schema (draft 2020-12)."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def load_articles(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                  published: dt.date | None = None) -> list[Article]:
    """Read the articles, work out their publication dates and tag their temporal expressions."""
    from chrono.dating.inference import date_articles
    from chrono.ingest.reading import iter_articles

    articles = list(iter_articles(inputs, manifest=manifest, published=published))
    date_articles(articles)
    for article in articles:
        anchor = article.published.value if article.published and article.published.precision == "day" else None
        mentions = chrono.tag(article.text, published=anchor, language=article.language)
        article.mentions = [m for m in mentions if not article.in_boilerplate(m.start, m.end)]
    return articles


def chronology_from_articles(articles: list[Article]) -> dict[str, Any]:
    """Events, merged and checked, from tagged articles; the result is validated."""
    people: dict[str, Actor] = {}
    for article in articles:
        for surname, person in known_people(article.text, article.language).items():
            if surname not in people or len(person.name) > len(people[surname].name):
                people[surname] = person
    candidates = [event for article in articles
                  for event in extract_events(article, language=article.language, people=people)]
    events = [event_dict(event, articles) for event in merge_events(candidates)]
    findings = check(events, articles)
    data = {
        "generator": {"name": "chrono", "version": chrono.__version__, "language": _language(articles)},
        "documents": [_document(article) for article in articles],
        "events": events,
        "findings": [finding.to_dict() for finding in findings],
    }
    _raise_if_invalid(data, "the chronology built from these articles")
    return data


def build_chronology(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                     published: dt.date | None = None) -> dict[str, Any]:
    """The whole pipeline: read, date, tag, extract, merge, check -> a validated chronology dict."""
    return chronology_from_articles(load_articles(inputs, manifest, published))


def _language(articles: list[Article]) -> str:
    languages = {a.language for a in articles}
    return languages.pop() if len(languages) == 1 else "de"


def _document(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "file": article.path,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "language": article.language,
        "published": article.published.to_dict() if article.published else None,
        "boilerplate": [[start, end] for start, end in article.boilerplate],
        "mentions": [m.to_dict() for m in article.mentions],
    }


# ---------------------------------------------------------------- validation and output


def validate(data: Any) -> list[str]:
    """Every way ``data`` breaks the schema, each as "<JSON path>: <message>"; [] when valid."""
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{error.json_path}: {_short(error.message)}" for error in errors]


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _raise_if_invalid(data: Any, what: str) -> None:
    errors = validate(data)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise SchemaError(f"{what} does not match the chronology schema: {errors[0]}{more}",
                          fix="this is a bug in chrono; please report it with the input")


def validate_file(path: str | Path) -> list[str]:
    """Validate a chronology file; a file that is not JSON raises InputError."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(file),
                         fix="check the path") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a JSON file: {exc}", path=str(file),
                         fix="give a chronology.json written by 'chrono build'") from None
    return validate(data)


def write_chronology(data: dict[str, Any], out_dir: str | Path) -> Path:
    """Validate ``data`` and write it to ``out_dir/chronology.json`` whole or not at all."""
    _raise_if_invalid(data, "the chronology")
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_atomic(Path(out_dir) / OUTPUT_NAME, text)
