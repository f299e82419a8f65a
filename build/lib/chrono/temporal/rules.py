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


NOTHING: tuple[tuple[int, ...], tuple[str, ...]] = ((), ())  # what most words are: no trigger, no cue


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words without which a rule cannot match: exact lower-case words, word beginnings,
    parts of words, or a regex over a whole word (for numbers). The tagger runs a rule only
    in a window around its trigger words, which keeps it fast on long texts."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    infixes: tuple[str, ...] = ()
    shape: re.Pattern[str] | None = None
    reach: tuple[int, int] = (80, 80)  # how far a match may begin before / end after the trigger word

    def fires(self, word: str) -> bool:
        return (word in self.words or word.startswith(self.prefixes) or any(i in word for i in self.infixes)
                or bool(self.shape and self.shape.fullmatch(word)))


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str], Found | list[Found] | None]
    priority: int = 0
    trigger: Trigger | None = None  # None: the rule scans the whole text


@dataclass(slots=True)
class Language:
    code: str
    rules: list[Rule]
    tables: Mapping[str, Any]
    # tense cue words: kind (future, present, past, auxiliary, past_over_future) -> lower-case words
    tense_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    participle: re.Pattern[str] | None = None  # a past participle (past where an auxiliary stands)
    # whether a word may be a weak preterite ("kündigte"); confirmed by its neighbours in the text
    preterite: Callable[[str], bool] | None = None
    not_after: frozenset[str] = frozenset()  # words after which such a word is an adjective
    # whether a finite verb form is a plural preterite ("demonstrierten", "meldeten")
    plural_preterite: Callable[[str], bool] = lambda word: False
    present_in_ten: frozenset[str] = frozenset()  # present plurals in -ten ("beraten")
    lead_words: frozenset[str] = frozenset()
    modifier_words: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()  # words that open a clause whose finite verb stands last  # adjectives and numbers that stand before a noun  # words that may stand before a mention opening a clause
    infinitive_clause: re.Pattern[str] | None = None  # a clause ending in "zu" + infinitive
    past_governor: re.Pattern[str] | None = None  # "seit seinem Amtsantritt am ...": a phrase dated in the past
    adverbial_preposition: re.Pattern[str] | None = None  # "am", "im" ... right before a mention that says when
    reporting_verb: re.Pattern[str] | None = None  # "mitteilte", "sagte": a clause that dates a statement
    preposition: re.Pattern[str] | None = None  # matches a preposition ending right before a mention
    signals: Mapping[str, str] = field(default_factory=dict)
    preposition_mods: Mapping[str, str] = field(default_factory=dict)  # "gegen" -> APPROX, "kurz nach" -> AFTER
    past_signals: frozenset[str] = frozenset()  # signals that point back in time ("seit")
    # the gap text allowed between a day and a clock time that belong together ("Mittwoch um 10 Uhr")
    day_time_joiner: re.Pattern[str] | None = None
    part_of_day_joiner: re.Pattern[str] | None = None  # "Abend des 5. Januar"
    approx_joiner: re.Pattern[str] | None = None  # "gegen" between a day and its clock time
    # the gap text between the two ends of a range ("2011 bis 2018", "10.-13.")
    range_joiner: re.Pattern[str] | None = None
    word_classes: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = field(default_factory=dict, repr=False)

    def classify(self, word: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """For a lower-case word: the indexes of the rules it triggers, and the tense cues it is
        (e.g. ("past", "auxiliary") for "hatte"). Remembered per word."""
        known = self.word_classes.get(word)
        if known is not None:
            return known
        rules = tuple(i for i, r in enumerate(self.rules) if r.trigger is not None and r.trigger.fires(word))
        kinds = tuple(kind for kind, words in self.tense_words.items() if word in words)
        if not kinds and self.participle is not None and self.participle.fullmatch(word):
            kinds = ("participle_en",) if word.endswith("en") else ("participle",)
        if not kinds and self.preterite is not None and self.preterite(word):
            kinds = ("preterite?",)
        known = (rules, kinds) if rules or kinds else NOTHING
        if len(self.word_classes) < 500_000:
            self.word_classes[word] = known
        return known


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) + ")"


def group_span(match: re.Match[str], name: str = "x") -> tuple[int, int]:
    if name in match.re.groupindex and match.group(name) is not None:
        return match.span(name)
    return match.span()
