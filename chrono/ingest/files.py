"""Article files: reads files, folders, JSONL corpora and manifests (decoding bytes of any common
encoding, front matter, manifest entries) and adds one :class:`chrono.model.Article` at a time, with
its given metadata and publication date and the boilerplate spans of its text.

Every article's ``text`` is the text exactly as returned by :func:`read_text` (for a file with front
matter: the body after it), so character offsets of mentions and boilerplate spans refer to it.
Articles are produced one at a time (:func:`iter_articles` is a generator and reads a JSONL corpus
line by line), so memory does not grow with the size of a corpus.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from chrono.errors import InputError
from chrono.ingest.boilerplate import find_boilerplate
from chrono.ingest.frontmatter import as_metadata, given_published, split_front_matter
from chrono.model import Article

logger = logging.getLogger("chrono")
STDIN = "-"  # an input named "-" is standard input
TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
META_FIELDS = ("title", "source", "url", "published", "language", "id")
# Encodings tried when a file is not UTF-8, in order of preference for Western European text.
FALLBACK_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "cp1250", "utf_16", "utf_32"]


# ---------------------------------------------------------------- reading bytes


def read_text(path: str | Path) -> str:
    """Read a text file the way chrono reads every article.

    UTF-8 with or without a byte-order mark (a BOM is kept as the text's first character, as a
    plain UTF-8 read keeps it, so that offsets agree with any tool that reads the file the usual
    way; front matter after a BOM is still found); other encodings (cp1252,
    latin-1, UTF-16 ...) are detected with charset-normalizer. Windows (``\\r\\n``) and old Mac
    (``\\r``) line ends become ``\\n``. All offsets chrono reports refer to the text as returned here.
    An empty, binary or undecodable file raises :class:`InputError` naming the file and the fix.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(file),
                         fix="check the path and its permissions") from None
    return normalise_newlines(decode_bytes(data, str(file)))


# Signatures of files that are often given by mistake: named in the error instead of "binary".
MAGIC = ((b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
         (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"),
         (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"\x1f\x8b", "a gzip archive"))


def decode_bytes(data: bytes, name: str) -> str:
    """Bytes -> str: UTF-8 (a BOM kept, as ``open(..., encoding="utf-8")`` keeps it) first, then
    UTF-16 (with a BOM, or without one when every other byte is zero), then the best detected encoding."""
    if not data.strip():
        raise InputError("the file is empty", path=name, fix="give a file that holds the article text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_utf16(data, "utf-16", name).lstrip("\ufeff")
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise InputError(f"this is {kind}, not text", path=name,
                             fix="save the article as a plain text file (.txt, .md or .jsonl)")
    if b"\x00" in data:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return _decode_utf16(data, unmarked, name)
        raise InputError("this looks like a binary file, not text", path=name,
                         fix="give the article as a plain text file (.txt, .md or .jsonl)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = _detect(data)
    if best is None:
        raise InputError("cannot tell the text encoding of the file", path=name,
                         fix="save it as UTF-8 and try again")
    return best


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the zero bytes stand where UTF-16 puts them for Latin text."""
    if len(data) % 2:
        return None
    sample = data[:4096]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    if odd >= 0.6 * half and even == 0:
        return "utf-16-le"
    if even >= 0.6 * half and odd == 0:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError("the file starts like UTF-16 text but does not decode as UTF-16", path=name,
                         fix="save it as UTF-8 and try again") from None


def _detect(data: bytes) -> str | None:
    """The most plausible decoding, preferring cp1252 among equally good Western encodings."""
    matches = list(from_bytes(data, cp_isolation=FALLBACK_ENCODINGS))
    if not matches:
        matches = list(from_bytes(data))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    good = [m for m in matches if m.chaos <= least_chaos + 0.01]
    rank = {name: i for i, name in enumerate(FALLBACK_ENCODINGS)}
    good.sort(key=lambda m: rank.get(m.encoding, len(rank)))
    return str(good[0])


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- manifests


def load_manifest(path: str | Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """A manifest (CSV with a header, or JSON) -> ({file name: {published, source, url, title}},
    {file name: the row it came from, "dates.csv row 3"}).

    CSV (comma, semicolon or tab separated): a column ``file`` (or ``path``/``id``) plus any of
    published, source, url, title.
    JSON: ``{"name.txt": {...}}`` or ``[{"file": "name.txt", ...}, ...]``. Entries are looked up by
    file name, by file stem and by article id. A date that does not exist ("2022-02-30") is an
    :class:`InputError` naming the manifest and the row.
    """
    file = Path(path)
    text = read_text(file).removeprefix("\ufeff")  # a manifest's offsets matter to no one
    rows: list[tuple[str, Any]] = []
    if file.suffix.lower() in (".csv", ".tsv"):
        try:
            dialect: Any = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(text.splitlines(), dialect=dialect)
        rows = [(f"{file.name} row {reader.line_num}", row) for row in reader]
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"the manifest is not valid JSON (line {exc.lineno}: {exc.msg})", path=str(file),
                             fix="give a JSON object or list, or a CSV file with a header row") from None
        if isinstance(data, dict):
            rows = [(f"{file.name} entry {key!r}", {"file": key, **(val if isinstance(val, dict) else
                                                                   {"published": val})})
                    for key, val in data.items()]
        elif isinstance(data, list):
            rows = [(f"{file.name} entry {i}", row) for i, row in enumerate(data, start=1)]
        else:
            raise InputError("the manifest is neither a JSON object nor a list", path=str(file),
                             fix='write {"name.txt": {"published": "YYYY-MM-DD"}, ...}')
    entries: dict[str, dict[str, Any]] = {}
    where: dict[str, str] = {}
    for row_name, row in rows:
        key = next((row.get(k) for k in ("file", "path", "id", "name") if isinstance(row, dict) and row.get(k)), None)
        if key is None:
            raise InputError(f"{row_name} names no file", path=str(file),
                             fix="give every row a 'file' column with the article's file name")
        meta = {k: v for k, v in row.items() if k in META_FIELDS + ("outlet",) and v not in (None, "")}
        if meta.get("published") not in (None, ""):
            given_published(meta["published"], row_name, str(file))  # a date that does not exist fails here
        name = Path(str(key)).name
        entries[name], where[name] = as_metadata(meta, str(file)), row_name
    return entries, where


def _manifest_entry(manifest: dict[str, dict[str, Any]], file: Path | None, article_id: str,
                    used: set[str] | None = None) -> dict[str, Any]:
    for key in ((file.name, file.stem) if file else ()) + (article_id,):
        if key in manifest:
            if used is not None:
                used.add(key)
            return manifest[key]
    return {}


# ---------------------------------------------------------------- articles


def iter_articles(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                  published: dt.date | None = None, *, skip_bad: bool = False) -> Iterator[Article]:
    """Stream articles from folders (``*.txt``, ``*.md``, ``*.jsonl``), single files and JSONL corpora;
    ``-`` reads a JSONL corpus from standard input.

    File articles are named by their stem, JSONL articles by their ``id``. Metadata comes from front
    matter or JSONL fields, and a manifest (file name -> published/source/url/title) overrides them;
    a manifest row that names no article read is a warning naming the row.
    ``published`` (``--published``) applies to a single text file only. Each article's publication
    date is set here when it is given (``source="given"``);
    :func:`chrono.dating.inference.date_articles` works out the others. Boilerplate spans are filled in.
    A malformed JSONL line is an :class:`InputError` naming the file and line, or with ``skip_bad``
    a warning, and reading goes on.
    """
    entries, rows = load_manifest(manifest) if manifest else ({}, {})
    used: set[str] = set()
    files = list(_expand(inputs))
    if published is not None and (len(files) != 1 or files[0].suffix.lower() in JSONL_SUFFIXES
                                  or str(files[0]) == STDIN):
        raise InputError("--published applies to a single article file", path=", ".join(map(str, inputs)),
                         fix="give one .txt/.md file, or put the dates in a manifest or the front matter")
    for file in files:
        if str(file) == STDIN:
            yield from _jsonl_lines("standard input", sys.stdin.buffer, "stdin", entries, used, skip_bad)
        elif file.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_articles(file, entries, used, skip_bad)
        else:
            yield _file_article(file, entries, published, used)
    for name in sorted(set(entries) - used):
        logger.warning(f"{rows[name]}: names {name!r}, which is not among the articles read "
                       "(check the file name, or remove the row)")


def _expand(inputs: Sequence[str | Path]) -> Iterator[Path]:
    if not inputs:
        raise InputError("no input given", fix="name article files, folders or .jsonl corpora")
    for item in inputs:
        path = Path(item)
        if str(item) == STDIN:
            yield path
        elif path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                           and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
            if not found:
                raise InputError("the folder holds no .txt, .md or .jsonl files", path=str(path),
                                 fix="put the articles there as .txt files")
            yield from found
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", path=str(path), fix="check the path")


def _file_article(file: Path, manifest: dict[str, dict[str, Any]], published: dt.date | None,
                  used: set[str] | None = None) -> Article:
    return text_article(read_text(file), file, manifest, published, used)


def text_article(text: str, file: Path, manifest: dict[str, dict[str, Any]] | None = None,
                 published: dt.date | None = None, used: set[str] | None = None) -> Article:
    """The article of one text file's ``text`` as read by :func:`read_text` (front matter split off)."""
    manifest = manifest or {}
    meta, body = split_front_matter(text, str(file))
    if not body.strip():
        raise InputError("the article has no text after its front matter", path=str(file),
                         fix="put the article text below the front matter")
    article_id = str(meta.get("id") or file.stem)
    entry = _manifest_entry(manifest, file, article_id, used)
    meta = {**meta, **entry}
    from_manifest = "published" in entry
    origin = "the manifest" if from_manifest else f"the front matter of {file.name}"
    if published is not None:
        meta["published"], origin = published, "--published"
    return _article(article_id, body, meta, str(file), origin)


def _jsonl_articles(file: Path, manifest: dict[str, dict[str, Any]], used: set[str],
                    skip_bad: bool) -> Iterator[Article]:
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(file), fix="check the path") from None
    with handle:
        yield from _jsonl_lines(str(file), handle, file.stem, manifest, used, skip_bad)


def _jsonl_lines(name: str, lines: Iterable[bytes], stem: str, manifest: dict[str, dict[str, Any]],
                 used: set[str], skip_bad: bool) -> Iterator[Article]:
    """The articles of a JSONL stream, one line at a time; ``name`` says where it comes from."""
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            record = _jsonl_record(raw, where)
        except InputError as exc:
            if not skip_bad:
                raise
            logger.warning(f"{exc.path}: skipped: {exc.message}")
            continue
        article_id = str(record.get("id") or f"{stem}-{number}")
        meta = {k: record[k] for k in META_FIELDS + ("outlet",) if record.get(k) not in (None, "")}
        entry = _manifest_entry(manifest, None, article_id, used)
        origin = "the manifest" if "published" in entry else f"the 'published' field of {where}"
        try:
            yield _article(article_id, normalise_newlines(record["text"]), {**as_metadata(meta, where), **entry},
                           name, origin)
        except InputError as exc:
            if not skip_bad:
                raise
            logger.warning(f"{exc.path or where}: skipped: {exc.message}")


def _jsonl_record(raw: bytes, where: str) -> dict[str, Any]:
    """One JSONL line as a record with a text, or an InputError naming the line."""
    fix = 'write one JSON object {"id": ..., "text": ...} per line, or pass --skip-bad to skip such lines'
    try:
        record = json.loads(decode_bytes(raw, where).removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise InputError(f"the line is not valid JSON ({exc.msg}, column {exc.colno})",
                         path=where, fix=fix) from None
    if not isinstance(record, dict):
        raise InputError("the line is not a JSON object", path=where, fix=fix)
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError("the line has no 'text' field", path=where, fix=fix)
    return record


def _article(article_id: str, text: str, meta: dict[str, Any], path: str, origin: str) -> Article:
    language = str(meta.get("language") or "de")
    article = Article(id=article_id, text=text, path=path, language=language,
                      source=_str_or_none(meta.get("source")), title=_str_or_none(meta.get("title")),
                      url=_str_or_none(meta.get("url")))
    if meta.get("published") not in (None, ""):
        article.published = given_published(meta["published"], origin, path)
    article.boilerplate = find_boilerplate(text, language)
    return article


def _str_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)
