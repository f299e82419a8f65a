"""TimeML 1.2: the tagger's mentions written as inline TIMEX3, and TimeML gold files (``.tml``, as
KRAUTS and TempEval ship them) read as gold documents.

Reads an article's text with its :class:`~chrono.model.Mention` list, or a ``.tml`` file; adds
:func:`to_timeml` (the document with a TIMEX3 element around each mention: tid, type, value, mod,
and the publication date as ``t0``) and :func:`read_timeml` (its text, DCT and timexes with
character offsets into that text). The XML is parsed with the standard library's ElementTree.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from chrono.errors import InputError
from chrono.model import Mention


def _attributes(tid: str, mention_type: str, value: str | None, mod: str | None, extra: str = "") -> str:
    out = f"tid={quoteattr(tid)} type={quoteattr(mention_type)}"
    if value is not None:
        out += f" value={quoteattr(value)}"
    if mod:
        out += f" mod={quoteattr(mod)}"
    return out + extra


def to_timeml(text: str, mentions: list[Mention], published: dt.date | dt.datetime | None,
              name: str | None = None) -> str:
    """The article as a TimeML 1.2 document: TIMEX3 inline in TEXT, the publication date as DCT t0."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if name:
        parts.append(f"<DOCID>{escape(name)}</DOCID>\n")
    if published is not None:
        day = published.isoformat() if not isinstance(published, dt.datetime) else published.isoformat(timespec="minutes")
        kind = "TIME" if isinstance(published, dt.datetime) else "DATE"
        attrs = _attributes("t0", kind, day, None, ' temporalFunction="false" functionInDocument="CREATION_TIME"')
        parts.append(f"<DCT><TIMEX3 {attrs}>{escape(day)}</TIMEX3></DCT>\n")
    parts.append("<TEXT>")
    at = 0
    for number, m in enumerate(sorted(mentions, key=lambda m: m.start), start=1):
        if m.start < at:
            continue  # TIMEX3 elements do not nest
        parts.append(escape(text[at:m.start]))
        parts.append(f"<TIMEX3 {_attributes(f't{number}', m.type, m.value, m.mod)}>{escape(text[m.start:m.end])}</TIMEX3>")
        at = m.end
    parts.append(escape(text[at:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def read_timeml(path: str | Path) -> tuple[str, str, list[dict[str, Any]]]:
    """A TimeML file's TEXT (tags removed), its DCT value and its timexes with offsets into that text."""
    path = Path(path)
    try:
        root = ET.fromstring(path.read_bytes())
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"not a TimeML file ({exc})", path=str(path), fix="give well-formed TimeML 1.2 (.tml)") from None
    body = root.find(".//TEXT")
    if body is None:
        raise InputError("no TEXT element", path=str(path), fix="give a TimeML file whose article is inside <TEXT>")
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
            dct = timex.get("value")
            break
    if dct is None:
        raise InputError("no document creation time", path=str(path),
                         fix='mark the DCT with a TIMEX3 functionInDocument="CREATION_TIME"')
    pieces: list[str] = []
    timexes: list[dict[str, Any]] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3" and element is not body:
            record: dict[str, Any] = {"start": start, "end": length, "type": element.get("type", ""),
                                      "value": element.get("value", "")}
            if element.get("mod"):
                record["mod"] = element.get("mod")
            timexes.append(record)

    walk(body)
    text = "".join(pieces)
    for record in timexes:
        record["text"] = text[record["start"]:record["end"]]
    timexes.sort(key=lambda r: r["start"])
    return text, dct[:10] if "T" not in dct or dct.endswith("T00:00") else dct, timexes
