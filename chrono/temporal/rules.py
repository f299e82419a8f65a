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
    # a piece of text that every match of the rule contains ("\d\.\d" in "12.01."): a window
    # without it cannot hold a match, so the rule's own, longer pattern is not tried there
    needs: re.Pattern[str] | None = None

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
    participle_endings: tuple[str, ...] = ("",)  # how every word ``participle`` matches ends
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
    naming_verb: re.Pattern[str] | None = None  # "nannte", "kündigte": a verb whose object may be a date
    coming_date_word: re.Pattern[str] | None = None  # "Termin", "frühestens": the date named is one to come
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
    trigger_index: TriggerIndex | None = field(default=None, repr=False)  # made on the first classify
    # the words a finite verb is never: determiners, lead words and modifiers, joined once
    function_words: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        self.function_words = self.not_after | self.lead_words | self.modifier_words

    def classify(self, word: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        """For a lower-case word: the indexes of the rules it triggers, and the tense cues it is
        (e.g. ("past", "auxiliary") for "hatte"). Remembered per word."""
        known = self.word_classes.get(word)
        if known is not None:
            return known
        if self.trigger_index is None:
            self.trigger_index = TriggerIndex(self)
        rules = self.trigger_index.rules_of(word)
        kinds = self.trigger_index.cue_kinds.get(word, ())
        if (not kinds and self.participle is not None and word.endswith(self.participle_endings)
                and self.participle.fullmatch(word)):
            kinds = ("participle_en",) if word.endswith("en") else ("participle",)
        if not kinds and self.preterite is not None and self.preterite(word):
            kinds = ("preterite?",)
        known = (rules, kinds) if rules or kinds else NOTHING
        if len(self.word_classes) < 500_000:
            self.word_classes[word] = known
        return known


class TriggerIndex:
    """All the rules' trigger words at once, so that a word never seen before is classified with a
    few look-ups instead of asking every rule: exact words and word beginnings in dictionaries,
    parts of words behind one regex, number shapes by pattern. Gives the same rules, in rule order,
    as asking each rule's :meth:`Trigger.fires`."""

    def __init__(self, language: Language) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefixes: dict[str, set[int]] = {}
        infixes: dict[str, set[int]] = {}
        shapes: dict[re.Pattern[str], set[int]] = {}
        for index, rule in enumerate(language.rules):
            trigger = rule.trigger
            if trigger is None:
                continue
            for word in trigger.words:
                self.exact.setdefault(word, set()).add(index)
            for prefix in trigger.prefixes:
                self.prefixes.setdefault(prefix, set()).add(index)
            for infix in trigger.infixes:
                infixes.setdefault(infix, set()).add(index)
            if trigger.shape is not None:
                shapes.setdefault(trigger.shape, set()).add(index)
        self.prefix_lengths = sorted({len(p) for p in self.prefixes})
        self.any_prefix = re.compile(alternation(self.prefixes)) if self.prefixes else None
        self.infixes = sorted(infixes.items())
        self.any_infix = re.compile(alternation(infixes)) if infixes else None
        self.shapes = list(shapes.items())
        self.any_shape = re.compile("|".join(f"(?:{s.pattern})" for s in shapes)) if shapes else None
        # whether a word may fire anything beyond its exact entry: one regex call for most words
        beyond = ([f"(?:{self.any_prefix.pattern})"] if self.any_prefix else []) \
            + ([f".*?(?:{self.any_infix.pattern})"] if self.any_infix else []) \
            + ([f"(?:{self.any_shape.pattern})\\Z"] if self.any_shape else [])
        self.any_beyond = re.compile("|".join(beyond), re.DOTALL) if beyond else None
        self.sorted_exact = {word: tuple(sorted(indexes)) for word, indexes in self.exact.items()}
        self.cue_kinds: dict[str, tuple[str, ...]] = {}
        for kind, words in language.tense_words.items():  # kinds in the order the language lists them
            for word in words:
                self.cue_kinds[word] = self.cue_kinds.get(word, ()) + (kind,)

    def rules_of(self, word: str) -> tuple[int, ...]:
        exact = self.exact.get(word)
        if self.any_beyond is None or not self.any_beyond.match(word):
            return self.sorted_exact[word] if exact else ()
        prefix = self.any_prefix is not None and self.any_prefix.match(word)
        infix = self.any_infix is not None and self.any_infix.search(word)
        shape = self.any_shape is not None and self.any_shape.fullmatch(word)
        found = set(exact or ())
        if prefix:
            for length in self.prefix_lengths:
                if length > len(word):
                    break
                found |= self.prefixes.get(word[:length], set())
        if infix:
            for part, indexes in self.infixes:
                if part in word:
                    found |= indexes
        if shape:
            for pattern, indexes in self.shapes:
                if pattern.fullmatch(word):
                    found |= indexes
        return tuple(sorted(found))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any whitespace.

    Lower-case words are put in a trie ("ab(?:c(?:d)?|x)?"): it matches what the plain alternation
    "abcd|abc|abx|ab" matches, trying the same words in the same order (at one position the words
    that match are prefixes of one another, tried longest first either way), but the regex engine
    reads each letter once instead of trying every word in turn."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if any(w != w.lower() for w in unique):  # with IGNORECASE a mixed-case trie could change the order
        return "(?:" + "|".join(_escape(w) for w in unique) + ")"
    trie: dict = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _escape(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


def _trie_pattern(node: dict) -> str:
    branches = [_escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def group_span(match: re.Match[str], name: str = "x") -> tuple[int, int]:
    if name in match.re.groupindex and match.group(name) is not None:
        return match.span(name)
    return match.span()
