"""The JSON chronology: reads merged events and findings and adds the document, validated
against the JSON Schema shipped in this package, and writes it whole or not at all.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

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
                        findings: Sequence[Any],
                        records: Sequence[tuple[dict[str, Any], list[str]]] | None = None,
                        checked_events: Sequence[list[str]] | None = None) -> dict[str, Any]:
    """The JSON chronology of ``articles``, their merged ``events`` and ``findings``, validated.

    ``records`` are the articles' :func:`document_record` results when they were made elsewhere
    (in worker processes, one per article, in order): each record was checked on its own there;
    ``checked_events`` likewise are the :func:`event_errors` of the events, one per event."""
    if records is None:
        records = [document_record(article) for article in articles]
    documents: list[dict[str, Any]] = []
    data = {
        "generator": {"name": "chrono", "version": __version__, "language": _language(articles)},
        "documents": documents,
        "events": events,
        "findings": [finding.to_dict() for finding in findings],
    }
    if checked_events is None:
        errors = validate(data)  # everything but the records, which were checked one by one
    else:  # nor the events: the schema says nothing of the list of events but what each must be
        errors = validate({**data, "events": []})
        errors += [f"$.events[{i}]{error[1:]}" for i, found in enumerate(checked_events) for error in found]
    for i, (record, record_errors) in enumerate(records):
        documents.append(record)
        errors += [f"$.documents[{i}]{error[1:]}" for error in record_errors]
    _raise_if_errors(sorted(errors), "the chronology built from these articles")
    return data


def document_record(article: Article) -> tuple[dict[str, Any], list[str]]:
    """One article's record in the chronology, and every way it breaks the schema's ``document``
    (paths from "$", the record): a record is checked on its own, so records can be made and
    checked in parallel."""
    record = _document(article)
    return record, _errors(_part_validator("document"), record)


def event_errors(event: dict[str, Any]) -> list[str]:
    """Every way one event of the chronology breaks the schema's ``event`` (paths from "$", the event)."""
    return _errors(_part_validator("event"), event)


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


@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    """The schema checked and its validator made once per process."""
    return jsonschema.Draft202012Validator(schema())


@functools.lru_cache(maxsize=4)
def _part_validator(name: str) -> jsonschema.Draft202012Validator:
    """The validator of one part of the chronology: the schema's ``$defs`` entry ``name``, with
    the entries it refers to written in (a reference is looked up anew at every use, which was
    most of the time of checking a record); a reference back into itself (a source's
    ``statements``) stays one."""
    whole = schema()
    return jsonschema.Draft202012Validator({"$schema": whole["$schema"], "$defs": whole["$defs"],
                                            **_inlined(whole["$defs"][name], whole["$defs"], (name,))})


def _inlined(part: Any, defs: dict[str, Any], within: tuple[str, ...]) -> Any:
    """``part`` with each ``#/$defs/...`` reference replaced by the entry it names (its sibling
    keywords are descriptions only), except one to an entry it lies ``within``."""
    if isinstance(part, list):
        return [_inlined(item, defs, within) for item in part]
    if not isinstance(part, dict):
        return part
    ref = part.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs and ref[8:] not in within \
            and set(part) <= {"$ref", "description"}:
        return _inlined(defs[ref[8:]], defs, (*within, ref[8:]))
    return {key: _inlined(value, defs, within) for key, value in part.items()}


def validate(data: Any) -> list[str]:
    """Every way ``data`` breaks the schema, each as "<JSON path>: <message>"; [] when valid."""
    return _errors(_validator(), data)


def _errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    return [f"{error.json_path}: {_short(error.message)}" for error in errors]


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _raise_if_invalid(data: Any, what: str) -> None:
    _raise_if_errors(validate(data), what)


def _raise_if_errors(errors: list[str], what: str) -> None:
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


def chronology_text(data: dict[str, Any], validated: bool = False) -> str:
    """``data`` validated (unless it was ``validated`` just before, as :func:`chronology_document`
    does) and as the text of a chronology.json; a SchemaError when it is invalid."""
    if not validated:
        _raise_if_invalid(data, "the chronology")
    return "".join(_pieces(data))


def chronology_writer(data: dict[str, Any], validated: bool = False) -> Callable[[BinaryIO], None]:
    """``data`` validated now (unless it was ``validated``), and a function that writes the bytes
    of its chronology.json, the same as :func:`chronology_text`, into an open file piece by piece:
    the whole text is never held in memory, nor its bytes."""
    if not validated:
        _raise_if_invalid(data, "the chronology")

    def write(out: BinaryIO) -> None:
        out.writelines(piece.encode("utf-8") for piece in _pieces(data))

    return write


def _pieces(data: dict[str, Any], size: int = 1 << 16) -> Iterator[str]:
    """The text of ``json.dumps(data, ensure_ascii=False, indent=2) + "\\n"`` in pieces of about
    ``size`` characters (with an indent, json.dumps joins these very chunks)."""
    batch: list[str] = []
    held = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data):
        batch.append(chunk)
        held += len(chunk)
        if held >= size:
            yield "".join(batch)
            batch, held = [], 0
    batch.append("\n")
    yield "".join(batch)


def write_chronology(data: dict[str, Any], out_dir: str | Path, validated: bool = False) -> Path:
    """Validate ``data`` (unless it was ``validated``) and write it to ``out_dir/chronology.json``
    whole or not at all."""
    return write_atomic(Path(out_dir) / OUTPUT_NAME, chronology_writer(data, validated))
