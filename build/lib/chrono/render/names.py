"""What a reader sees as the name of a source: the outlet, else the article's title, else a short
file name with any hash-like part dropped ("Artikel 001" for ``001_34bd4c034684475a.txt``).

Reads a document (a chronology's document dict or an :class:`chrono.model.Article`) and a source
entry of an event; adds :func:`document_label` and :func:`source_label`. Never shows a hash.
"""
from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from chrono.render.labels import label

# a run of eight or more hex digits with a digit and a letter in it: a content hash, not a word
_HASH = re.compile(r"(?i)(?<![0-9a-z])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![0-9a-z])")
_SEPARATORS = re.compile(r"[\s_\-.]+")


def looks_like_hash(text: str) -> bool:
    """True when ``text`` holds a hash-like run (``34bd4c034684475a``)."""
    return bool(_HASH.search(text or ""))


def _field(document: Any, name: str) -> Any:
    return document.get(name) if isinstance(document, dict) else getattr(document, name, None)


def short_file_name(name: str, language: str = "de") -> str:
    """A file name or id as a reader can say it: the stem without hash-like parts; a bare number
    becomes "Artikel 001"."""
    stem = PurePath(str(name or "")).stem or str(name or "")
    kept = _SEPARATORS.sub(" ", _HASH.sub(" ", stem)).strip()
    if not kept:
        return label("page.source_unknown_outlet", language)
    if kept.isdigit():
        return label("page.source_numbered", language, n=kept)
    return kept


def document_label(document: Any, language: str = "de") -> str:
    """The name of an article on its own: outlet, else title, else its short file name."""
    for name in (_field(document, "source"), _field(document, "title")):
        if name and str(name).strip():
            return str(name).strip()
    return short_file_name(_field(document, "file") or _field(document, "path") or _field(document, "id") or "",
                           language)


def source_label(source: dict[str, Any], document: Any = None, language: str = "de") -> str:
    """The name of an event's source: the outlet it gives, else what :func:`document_label` says."""
    outlet = source.get("outlet")
    if outlet and str(outlet).strip():
        return str(outlet).strip()
    if document:
        return document_label(document, language)
    return short_file_name(str(source.get("document") or ""), language)
