"""Language data: one package per language (``chrono.lang.de``) with word tables, rules and a corpus."""
from __future__ import annotations

import importlib
from functools import cache

from chrono.errors import ChronoError
from chrono.temporal.rules import Language, TriggerIndex
from chrono.text.segments import segment_cues

SUPPORTED = ("de",)


@cache
def load(code: str) -> Language:
    """The language ``code``: its rules, tables and tense cues."""
    if code not in SUPPORTED:
        raise ChronoError(f"language {code!r} is not supported", fix=f"use one of: {', '.join(SUPPORTED)}")
    module = importlib.import_module(f"chrono.lang.{code}.rules")
    language = module.language()
    language.trigger_index = TriggerIndex(language)  # all trigger words at once, for the scan
    # what the language's builders and the segmentation read is read now, once, not in the middle
    # of the first text that needs it
    getattr(module, "prepare", lambda: None)()
    segment_cues(code)
    return language
