"""Reading articles: files, folders, front matter, JSONL corpora and manifests -> :class:`Article`.

Every article's ``text`` is the text exactly as returned by :func:`read_text` (for a file with front
matter: the body after it), so character offsets of mentions and boilerplate spans refer to it.
Articles are produced one at a time (:func:`iter_articles` is a generator and reads a JSONL corpus
line by line), so memory does not grow with the size of a corpus.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from charset_normalizer import from_bytes

from chrono.errors import InputError
from chrono.lang.data import language_data, load_yaml
from chrono.model import Article, Published

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


def decode_bytes(data: bytes, name: str) -> str:
    """Bytes -> str: UTF-8 (a BOM kept, as ``open(..., encoding="utf-8")`` keeps it) first, then the
    best detected encoding."""
    if not data.strip():
        raise InputError("the file is empty", path=name, fix="give a file that holds the article text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").lstrip("\ufeff")
    if b"\x00" in data:
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


# ---------------------------------------------------------------- front matter and given dates


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """Split YAML (``---`` ... ``---``) or JSON (``{...}``) front matter from the body.

    Returns (metadata, body); a text without front matter comes back whole with empty metadata.
    A byte-order mark before front matter goes with it.
    """
    unmarked = text.removeprefix("\ufeff")
    if unmarked.startswith("---\n") or unmarked.lstrip(" \t").startswith("{"):
        text = unmarked
    if text.startswith("---\n"):
        end = re.search(r"^(---|\.\.\.)[ \t]*$\n?", text[4:], flags=re.MULTILINE)
        if end is None:
            raise InputError("the YAML front matter has no closing '---' line", path=name,
                             fix="end the front matter with a line '---'")
        try:
            meta = load_yaml(text[4:4 + end.start()]) or {}
        except yaml.YAMLError as exc:
            raise InputError(f"the YAML front matter is not valid: {_first_line(exc)}", path=name,
                             fix="fix the YAML between the '---' lines") from None
        return _as_mapping(meta, name), text[4 + end.end():]
    if text.lstrip(" \t").startswith("{"):
        start = len(text) - len(text.lstrip(" \t"))
        try:
            meta, end_index = json.JSONDecoder().raw_decode(text, start)
        except json.JSONDecodeError:
            return {}, text  # a body that starts with a brace, not JSON front matter
        body = text[end_index:]
        return _as_mapping(meta, name), body.removeprefix("\n")
    return {}, text


def _as_mapping(meta: Any, name: str) -> dict[str, Any]:
    if not isinstance(meta, dict):
        raise InputError("the front matter is not a mapping of fields", path=name,
                         fix="write it as 'field: value' lines (title, source, url, published, language)")
    if "outlet" in meta and "source" not in meta:
        meta["source"] = meta["outlet"]
    return meta


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def given_published(value: Any, origin: str, name: str) -> Published:
    """A publication date given by the user: YYYY-MM-DD, YYYY-MM, YYYY, an ISO datetime, or a date as
    publishers write it ("12. Januar 2022", "Wed, 12 Jan 2022 08:30:00 GMT"), read by dateparser."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        iso, precision = value.isoformat(), "day"
    else:
        iso, precision = _parse_iso_date(str(value).strip(), origin, name)
    return Published(value=iso, precision=precision, source="given", confidence=1.0,
                     evidence=[f"published {iso} is given in {origin}"])


def _parse_iso_date(text: str, origin: str, name: str) -> tuple[str, str]:
    patterns = ((r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-\d{2}", "month"), (r"\d{4}", "year"))
    head = text[:10]
    for pattern, precision in patterns:
        if re.fullmatch(pattern, head) and (len(text) == len(head) or precision == "day"):
            try:
                iso = {"day": head, "month": head + "-01", "year": head + "-01-01"}[precision]
                dt.date.fromisoformat(iso)
                if precision == "day" and len(text) > 10:
                    dt.datetime.fromisoformat(text)
            except ValueError:
                break
            return head, precision
    from chrono.dating.inference import parse_written_date  # "12. Januar 2022", "Wed, 12 Jan 2022 08:30 GMT"

    written = parse_written_date(text)
    if written is not None:
        day, precision = written
        return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision], precision
    raise InputError(f"the publication date {text!r} in {origin} is not a date", path=name,
                     fix="write it as YYYY-MM-DD (or YYYY-MM, YYYY)")


# ---------------------------------------------------------------- manifests


def load_manifest(path: str | Path) -> dict[str, dict[str, Any]]:
    """A manifest (CSV with a header, or JSON) -> {file name: {published, source, url, title}}.

    CSV (comma, semicolon or tab separated): a column ``file`` (or ``path``/``id``) plus any of
    published, source, url, title.
    JSON: ``{"name.txt": {...}}`` or ``[{"file": "name.txt", ...}, ...]``. Entries are looked up by
    file name, by file stem and by article id.
    """
    file = Path(path)
    text = read_text(file).removeprefix("\ufeff")  # a manifest's offsets matter to no one
    if file.suffix.lower() in (".csv", ".tsv"):
        try:
            dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.DictReader(text.splitlines(), dialect=dialect))
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"the manifest is not valid JSON (line {exc.lineno}: {exc.msg})", path=str(file),
                             fix="give a JSON object or list, or a CSV file with a header row") from None
        rows = ([{"file": key, **(val if isinstance(val, dict) else {"published": val})} for key, val in data.items()]
                if isinstance(data, dict) else data)
    entries: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = next((row.get(k) for k in ("file", "path", "id", "name") if isinstance(row, dict) and row.get(k)), None)
        if key is None:
            raise InputError("a manifest entry names no file", path=str(file),
                             fix="give every row a 'file' column with the article's file name")
        meta = {k: v for k, v in row.items() if k in META_FIELDS + ("outlet",) and v not in (None, "")}
        entries[Path(str(key)).name] = _as_mapping(meta, str(file))
    return entries


def _manifest_entry(manifest: dict[str, dict[str, Any]], file: Path | None, article_id: str) -> dict[str, Any]:
    for key in ((file.name, file.stem) if file else ()) + (article_id,):
        if key in manifest:
            return manifest[key]
    return {}


# ---------------------------------------------------------------- articles


def iter_articles(inputs: Sequence[str | Path], manifest: str | Path | None = None,
                  published: dt.date | None = None) -> Iterator[Article]:
    """Stream articles from folders (``*.txt``, ``*.md``, ``*.jsonl``), single files and JSONL corpora.

    File articles are named by their stem, JSONL articles by their ``id``. Metadata comes from front
    matter or JSONL fields, and a manifest (file name -> published/source/url/title) overrides them.
    ``published`` (``--published``) applies to a single text file only. Each article's publication
    date is set here when it is given (``source="given"``); :func:`chrono.pubdate.date_articles`
    works out the others. Boilerplate spans are filled in.
    """
    entries = load_manifest(manifest) if manifest else {}
    files = list(_expand(inputs))
    if published is not None and (len(files) != 1 or files[0].suffix.lower() in JSONL_SUFFIXES):
        raise InputError("--published applies to a single article file", path=", ".join(map(str, inputs)),
                         fix="give one .txt/.md file, or put the dates in a manifest or the front matter")
    for file in files:
        if file.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_articles(file, entries)
        else:
            yield _file_article(file, entries, published)


def _expand(inputs: Sequence[str | Path]) -> Iterator[Path]:
    if not inputs:
        raise InputError("no input given", fix="name article files, folders or .jsonl corpora")
    for item in inputs:
        path = Path(item)
        if path.is_dir():
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


def _file_article(file: Path, manifest: dict[str, dict[str, Any]], published: dt.date | None) -> Article:
    meta, body = split_front_matter(read_text(file), str(file))
    if not body.strip():
        raise InputError("the article has no text after its front matter", path=str(file),
                         fix="put the article text below the front matter")
    article_id = str(meta.get("id") or file.stem)
    meta = {**meta, **_manifest_entry(manifest, file, article_id)}
    from_manifest = "published" in _manifest_entry(manifest, file, article_id)
    origin = "the manifest" if from_manifest else f"the front matter of {file.name}"
    if published is not None:
        meta["published"], origin = published, "--published"
    return _article(article_id, body, meta, str(file), origin)


def _jsonl_articles(file: Path, manifest: dict[str, dict[str, Any]]) -> Iterator[Article]:
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(file), fix="check the path") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{file}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode_bytes(raw, where).removeprefix("\ufeff"))
            except json.JSONDecodeError as exc:
                raise InputError(f"not a JSON object: {exc.msg}", path=where,
                                 fix="write one JSON object per line") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
                raise InputError("the line has no 'text' field", path=where,
                                 fix='give every line {"id": ..., "text": ...}')
            article_id = str(record.get("id") or f"{file.stem}-{number}")
            meta = {k: record[k] for k in META_FIELDS + ("outlet",) if record.get(k) not in (None, "")}
            entry = _manifest_entry(manifest, None, article_id)
            origin = "the manifest" if "published" in entry else f"the 'published' field of {where}"
            yield _article(article_id, normalise_newlines(record["text"]), {**_as_mapping(meta, where), **entry},
                           str(file), origin)


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


# ---------------------------------------------------------------- boilerplate


@lru_cache(maxsize=8)
def boilerplate_cues(language: str = "de") -> dict[str, list[str]]:
    """The cue lists of ``chrono/lang/<language>/boilerplate.yaml`` (German when the language has none)."""
    data = language_data(language, "boilerplate", fallback="de") or {}
    return {key: [str(v) for v in values] for key, values in data.items()}


@lru_cache(maxsize=8)
def _patterns(language: str) -> dict[str, Any]:
    cues = boilerplate_cues(language)
    alternatives = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    ui = [w.lower() for w in cues.get("ui_words", [])]
    return {
        "label": re.compile(rf"(?:{alternatives(cues.get('label_lines', []))})\s*:?", re.IGNORECASE),
        "credit": re.compile(rf"(?:(?<=\s)|^)(?:{alternatives(cues.get('credit_prefixes', []))})", re.IGNORECASE | re.MULTILINE),
        "credit_end": re.compile(rf"(?:{alternatives(cues.get('credit_suffixes', []))})\s*$", re.IGNORECASE),
        "byline": re.compile(rf"(?:{alternatives(cues.get('byline_prefixes', []))})\s+"
                             r"(?:[A-ZÄÖÜ][\w.'-]*\s*){1,4}(?:(?:,|und)\s*[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,3})*"),
        "date_label": re.compile(rf"\s*(?:{alternatives(cues.get('date_labels', []))})(?:\s*:\s*|\s+)(?=\S*\d)", re.IGNORECASE),
        "ui_whole": re.compile(rf"(?<![\w-])(?:{alternatives(ui)})(?![\w-])"),
        "ui_parts": re.compile(alternatives([w for w in ui if len(w) >= 6])),
    }


TOKEN = re.compile(r"[\wÄÖÜäöüß-]+")
STRONG_UI_CUES = 2  # distinct furniture words that make a paragraph boilerplate by themselves
SHORT_LINE_TOKENS = 12  # a line this short with one furniture word is boilerplate next to other boilerplate
LABEL_TOKENS = 3  # a line this short inside a trailing run of furniture is part of it


def find_boilerplate(text: str, language: str = "de") -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``text`` that are web-page furniture, not article text.

    General rules over the cue lists of ``chrono/lang/<language>/boilerplate.yaml``:

    * a line that is only a label ("Sie sind hier:", "Datum:", "Interview", "Mehr zum Thema") or any
      line of at most three words ending in a colon and nothing else;
    * a credit: from "Foto:", "Bild:", "Quelle:", "©" ... to the end of its line, and a short line
      ending in "via Getty Images", "picture alliance" ...;
    * a byline line ("Von Vorname Nachname, Ort") and a publication-date line ("Stand: 12.01.2022");
    * a line dense in site-furniture words (cookie, login, Merkliste, Datenschutzeinstellungen,
      Altersprüfung ...): two distinct ones make it boilerplate; a short line with one is boilerplate
      when it stands next to boilerplate, and so is every line of at most three words in a run of
      boilerplate that reaches the end of the text.
    """
    pats = _patterns(language)
    lines = _lines(text)
    spans: list[tuple[int, int]] = []
    cue_counts = [_ui_count(text[start:end], pats) for start, end in lines]
    furniture = [count >= STRONG_UI_CUES for count in cue_counts]
    for start, end in lines:
        spans.extend(_line_spans(text[start:end], start, pats))
    _grow_furniture(text, lines, furniture, cue_counts)
    spans.extend(lines[i] for i, is_furniture in enumerate(furniture) if is_furniture)
    return _merge(text, spans)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, end excluding the newline."""
    result, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            result.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return result


def _line_spans(line: str, offset: int, pats: dict[str, Any]) -> list[tuple[int, int]]:
    words = TOKEN.findall(line)
    if pats["label"].fullmatch(line) or (len(words) <= 3 and line.endswith(":")):
        return [(offset, offset + len(line))]
    if pats["byline"].fullmatch(line):
        return [(offset, offset + len(line))]
    spans = []
    date_line = find_date_line(line, pats)
    if date_line:
        spans.append((offset + date_line[0], offset + date_line[2]))
    credit = pats["credit"].search(line)
    if credit:
        spans.append((offset + credit.start(), offset + len(line)))
    elif len(words) <= SHORT_LINE_TOKENS and pats["credit_end"].search(line) and not line.endswith("."):
        spans.append((offset + (date_line[2] if date_line else 0), offset + len(line)))
    return spans


DATE_WORD = re.compile(r"[\d.,:/-]*\d[\d.,:/-]*|[^\W\d_]{2,10}\.?,?")


def find_date_line(line: str, pats: dict[str, Any] | None = None, language: str = "de") -> tuple[int, int, int] | None:
    """A publication-date line ("Stand: 12.01.2022 14:35 Uhr", "date 2022-01") at the start of ``line``.

    Returns (label start, date start, date end) as offsets into ``line``, or None.
    """
    pats = pats or _patterns(language)
    label = pats["date_label"].match(line)
    if label is None:
        return None
    end = pos = label.end()
    for _ in range(6):
        word = DATE_WORD.match(line, pos)
        if word is None or word.group().endswith(":"):
            break
        if any(ch.isdigit() for ch in word.group()) or word.group().rstrip(".,").lower() == "uhr":
            end = word.end()
        pos = word.end() + len(line[word.end():]) - len(line[word.end():].lstrip(" "))
        if pos == word.end() and pos < len(line):
            break
    if end == label.end():
        return None
    return len(line) - len(line.lstrip()), label.end(), len(line[:end].rstrip(" .,"))


def _ui_count(line: str, pats: dict[str, Any]) -> int:
    """How many distinct furniture words the line holds (whole words, or parts of compounds)."""
    lowered = line.lower()
    return len(set(pats["ui_whole"].findall(lowered)) | set(pats["ui_parts"].findall(lowered)))


def _grow_furniture(text: str, lines: list[tuple[int, int]], furniture: list[bool], cue_counts: list[int]) -> None:
    """Extend furniture to short neighbouring lines with a furniture word, and to a trailing run."""
    short = [len(TOKEN.findall(text[s:e])) <= SHORT_LINE_TOKENS for s, e in lines]
    weak = [count >= 1 for count in cue_counts]
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if not furniture[i] and short[i] and weak[i] and any(furniture[j] for j in neighbours):
                furniture[i] = changed = True
    # a run of furniture and label-like lines that reaches the end of the text is furniture as a whole
    label_like = [len(TOKEN.findall(text[s:e])) <= LABEL_TOKENS for s, e in lines]
    i = len(lines) - 1
    while i >= 0 and (furniture[i] or (label_like[i] and any(furniture[i + 1:]))):
        i -= 1
    if any(furniture[i + 1:]):
        for j in range(i + 1, len(lines)):
            furniture[j] = True


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, joined where they overlap or only whitespace lies between them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
