"""The JSON chronology: reads merged events and findings and adds the document, validated
against the JSON Schema shipped in this package, and writes it whole or not at all.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from chrono.errors import InputError, SchemaError
from chrono.fileio import write_atomic
from chrono.model import Article
from chrono.version import __version__

# The schema ships inside the package; schemas/chronology.schema.json is the same file (a test checks).
SCHEMA_FILE = resources.files("chrono.chronology") / "chronology.schema.json"
OUTPUT_NAME = "chronology.json"


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The chronology's JSON Schema (draft 2020-12)."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def chronology_document(articles: list[Article], events: list[dict[str, Any]],
                        findings: Sequence[Any]) -> dict[str, Any]:
    """The JSON chronology of ``articles``, their merged ``events`` and ``findings``, validated."""
    data = {
        "generator": {"name": "chrono", "version": __version__, "language": _language(articles)},
        "documents": [_document(article) for article in articles],
        "events": events,
        "findings": [finding.to_dict() for finding in findings],
    }
    _raise_if_invalid(data, "the chronology built from these articles")
    return data


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


def validate_file(path: str | Path | bytes) -> list[str]:
    """Validate a chronology file (or its bytes); a file that is not JSON raises InputError."""
    file = Path("<standard input>") if isinstance(path, bytes) else Path(path)
    try:
        raw = path if isinstance(path, bytes) else file.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(file),
                         fix="check the path") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a JSON file: {exc}", path=str(file),
                         fix="give a chronology.json written by 'chrono build'") from None
    return validate(data)


def chronology_text(data: dict[str, Any]) -> str:
    """``data`` validated and as the text of a chronology.json; a SchemaError when it is invalid."""
    _raise_if_invalid(data, "the chronology")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_chronology(data: dict[str, Any], out_dir: str | Path) -> Path:
    """Validate ``data`` and write it to ``out_dir/chronology.json`` whole or not at all."""
    return write_atomic(Path(out_dir) / OUTPUT_NAME, chronology_text(data))
