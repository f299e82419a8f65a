"""What a language gives the tagger: rules (pattern + builder), word tables and tense cues.

A rule's pattern finds an expression; the span of its group ``x`` (or the whole match) is the
mention's extent. Its builder turns the match into one or more :class:`Found` (extent + symbolic
expression), or None to reject the match (e.g. "30 Nato-Staaten" is no year).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from chrono.temporal.expr import Expr


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    expr: Expr
    mod: str | None = None
    signal: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str], Found | list[Found] | None]
    priority: int = 0
    # lower-case words one of which must occur in a text for the rule to be tried at all
    needs: frozenset[str] | None = None


@dataclass(slots=True)
class Language:
    code: str
    rules: list[Rule]
    tables: Mapping[str, Any]
    # tense cue patterns: name -> compiled regex over a sentence
    tense_cues: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    participle: re.Pattern[str] | None = None
    preposition: re.Pattern[str] | None = None  # matches a preposition ending right before a mention
    signals: Mapping[str, str] = field(default_factory=dict)
    approx_prepositions: frozenset[str] = frozenset()
    past_signals: frozenset[str] = frozenset()  # signals that point back in time ("seit")
    # the gap text allowed between a day and a clock time that belong together ("Mittwoch um 10 Uhr")
    day_time_joiner: re.Pattern[str] | None = None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"


def group_span(match: re.Match[str], name: str = "x") -> tuple[int, int]:
    if name in match.re.groupindex and match.group(name) is not None:
        return match.span(name)
    return match.span()
