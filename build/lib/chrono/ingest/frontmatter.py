"""Front matter and given metadata: reads the YAML (``---``) or JSON (``{...}``) block at the top of
an article file, and the fields a manifest, front matter, JSONL line or ``--published`` gives, and
adds the metadata mapping, the body after the front matter, and a given publication date as
:class:`chrono.model.Published`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import yaml

from chrono.errors import InputError
from chrono.lang.data import load_yaml
from chrono.model import Published
from chrono.temporal.written import iso_at_precision, parse_written_date


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
        return as_metadata(meta, name), text[4 + end.end():]
    if text.lstrip(" \t").startswith("{"):
        start = len(text) - len(text.lstrip(" \t"))
        try:
            meta, end_index = json.JSONDecoder().raw_decode(text, start)
        except json.JSONDecodeError:
            return {}, text  # a body that starts with a brace, not JSON front matter
        body = text[end_index:]
        return as_metadata(meta, name), body.removeprefix("\n")
    return {}, text


def as_metadata(meta: Any, name: str) -> dict[str, Any]:
    """``meta`` as a mapping of fields (``outlet`` standing in for a missing ``source``), or an
    :class:`InputError` naming ``name`` when it is not a mapping."""
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
            except ValueError:  # ISO in form but no day of the calendar ("2023-13-01"): never read another way
                raise InputError(f"the publication date {text!r} in {origin} does not exist", path=name,
                                 fix="write a real day as YYYY-MM-DD (or YYYY-MM, YYYY)") from None
            return head, precision
    written = parse_written_date(text)  # "12. Januar 2022", "Wed, 12 Jan 2022 08:30 GMT"
    if written is not None:
        day, precision = written
        return iso_at_precision(day, precision), precision
    raise InputError(f"the publication date {text!r} in {origin} is not a date", path=name,
                     fix="write it as YYYY-MM-DD (or YYYY-MM, YYYY)")

