"""Untrusted text made safe to show: reads any string of a chronology (article text, titles,
outlets, places) and adds the same string with every control character and every bidirectional
override made visible, one character for one so that offsets into it stay right; a CSV cell that
a spreadsheet would run as a formula defused; and a URL kept only when it is http(s).

Escaping for HTML, JSON and iCalendar is left to the code (and library) that writes each format;
this module only removes what no escaping removes: ESC and BEL reach a terminal, U+202E reverses
a label on the page.
"""
from __future__ import annotations

import re
from typing import Any

# C0 controls except tab, line feed and carriage return (line ends, which every format escapes and
# which chrono's reading turns into line feeds), DEL, C1 controls, and the bidirectional embeddings,
# overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, ALM)
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u061c]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures: ESC shows as ␛, BEL as ␇
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # a C1 control or a direction override: the replacement character


def visible(text: str) -> str:
    """``text`` with control and direction-override characters replaced by visible ones (same length)."""
    return _UNSAFE.sub(_picture, text)


def visible_everywhere(data: Any) -> Any:
    """A copy of ``data`` (dicts, lists, strings) with :func:`visible` applied to every string,
    keys included."""
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, dict):
        return {visible_everywhere(k): visible_everywhere(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [visible_everywhere(v) for v in data]
    return data


def csv_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return visible("'" + text if text.startswith(_FORMULA_STARTS) else text)


def safe_url(url: Any) -> str | None:
    """``url`` when it is an http(s) address, else None: a link is only ever made to the web."""
    text = visible(str(url or "")).strip()
    return text if re.match(r"https?://[^\s]", text, flags=re.IGNORECASE) else None
