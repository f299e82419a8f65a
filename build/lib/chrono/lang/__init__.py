"""Language data: one package per language (``chrono.lang.de``) with word tables, rules and a corpus."""
from __future__ import annotations

import importlib
from functools import cache

from chrono.errors import ChronoError
from chrono.temporal.rules import Language

SUPPORTED = ("de",)


@cache
def load(code: str) -> Language:
    """The language ``code``: its rules, tables and tense cues."""
    if code not in SUPPORTED:
        raise ChronoError(f"language {code!r} is not supported", fix=f"use one of: {', '.join(SUPPORTED)}")
    return importlib.import_module(f"chrono.lang.{code}.rules").language()
