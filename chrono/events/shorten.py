"""Short, complete headlines: reads a headline as built from its clause and adds the same headline
without asides, orphaned words and, where it is long, without its least needed phrases, so that
it keeps about twelve words and is never cut mid word or mid phrase.

In this order, while the headline is too long: a trailing clause after a comma ("..., wie ein
Sprecher sagte"), a second coordinated main clause ("... aus und griff ... über"), then
prepositional phrases, the last first but never the last word (the verb or its particle).
Asides in brackets ("Anton Hofbauer (61)") always go; a preposition or adjective left alone once
the date was cut out ("am frühen", "bis nicht") goes too. The cue words are those of the
``headline`` section of ``chrono/lang/<language>/events.yaml``.
"""
from __future__ import annotations

import re

from chrono.events.cues import cues

MAX_WORDS = 12


def _bare(word: str) -> str:
    return word.strip(".,;:!?»«„“”\"'()").lower()


def _prepositions(language: str) -> set[str]:
    return set(cues(language)["prepositions"]) | set(cues(language)["headline"]["prepositions"])


def tidy(text: str, language: str = "de") -> str:
    """Asides in brackets and words orphaned by cutting out the date dropped."""
    text = re.sub(r"\s*\(\d[^()]*\)", "", text)  # "Anton Hofbauer (61)"; a party "(SPD)" stays
    words = text.split()
    orphans = set(cues(language)["headline"]["orphaned_after_date"])
    prepositions = _prepositions(language)
    kept: list[str] = []
    for i, word in enumerate(words):
        following = _bare(words[i + 1]) if i + 1 < len(words) else ""
        if _bare(word) in orphans and (not kept or _bare(kept[-1]) in prepositions) and (not following or following.islower()):
            if kept:
                kept.pop()  # "am frühen löste sich": the day was cut out after the adjective
            continue
        if _bare(word) in prepositions and following in ("nicht", "mehr"):
            continue  # "fuhr bis nicht": the date after "bis" was cut out
        kept.append(word)
    return " ".join(kept)


def shortened(text: str, language: str = "de", limit: int = MAX_WORDS) -> str:
    """``text`` with its least needed parts dropped until it has at most ``limit`` words (or
    nothing more can go without breaking it)."""
    words = text.split()
    if len(words) <= limit:
        return text
    words = _first_main_clause(_before_trailing_clause(words, limit), limit)
    while len(words) > limit:
        phrase = _last_phrase(words, language)
        if phrase is None:
            break
        words = _first_main_clause(words[:phrase[0]] + words[phrase[1]:], limit)
    if len(words) > limit and not words[-1][:1].islower():
        # "lag bei 61,2 Prozent und gut fünf Punkte höher als bei der Wahl": no verb at the end to keep
        cut = next((i for i, w in enumerate(words) if i >= 5 and _bare(w) in ("und", "sowie")), None)
        words = words[:cut] if cut else words
    return " ".join(words)


def _before_trailing_clause(words: list[str], limit: int) -> list[str]:
    """"... ausgebrochen, wie ein Sprecher sagte": the part before the last comma, if it is a
    whole statement (ends in a lower-case verb, a particle or a participle)."""
    while len(words) > limit:
        cut = max((i for i, w in enumerate(words[:-1]) if w.endswith(",")), default=None)
        if cut is None or cut < 3 or not words[cut].rstrip(",")[:1].islower():
            break
        words = words[:cut] + [words[cut].rstrip(",")]
    return words


def _first_main_clause(words: list[str], limit: int) -> list[str]:
    """"Das Feuer brach in einer Lagerhalle aus und griff schnell auf ... über": the first of two
    coordinated main clauses, when it ends in a lower-case word and the second starts with a verb."""
    if len(words) <= limit:
        return words
    for i in range(3, len(words) - 1):
        after = _bare(words[i + 1])
        if _bare(words[i]) == "und" and words[i + 1][:1].islower() and not re.match(r"\d", after) \
                and after not in cues("de")["headline"]["determiners"]:
            return words[:i]
    return words


def _last_phrase(words: list[str], language: str) -> tuple[int, int] | None:
    """The prepositional phrase that may go first: one holding an amount or a score, else the
    last one; never the last word (the verb or its particle), never the first phrase of all
    ("Nach dem Großbrand ... hat"), which the clause may hang on, never a predicate ("ohne Strom
    gewesen")."""
    prepositions = _prepositions(language)
    first = next((i for i, w in enumerate(words) if _bare(w) in prepositions), None)
    found = [phrase for start in range(len(words) - 2, 0, -1) if start != first
             and (phrase := _phrase_at(words, start, prepositions)) is not None]
    if _bare(words[-1]) in cues(language)["headline"]["predicate_ends"]:
        found = [p for p in found if p[1] < len(words) - 1]  # "ohne Strom gewesen": the predicate stays
    # amounts and scores ("mit Böen von bis zu 130 km/h") go before places and names
    return next((p for p in found if any(re.search(r"\d", w) for w in words[p[0]:p[1]])), found[0] if found else None)


def _phrase_at(words: list[str], start: int, prepositions: set[str]) -> tuple[int, int] | None:
    """The prepositional phrase starting at ``words[start]``, if one does (never the last word)."""
    if _bare(words[start]) not in prepositions:
        return None
    end = start + 1
    while end < len(words) - 1 and (words[end][:1].islower() and _bare(words[end]) not in prepositions
                                    or re.fullmatch(r"[\d.,:]+", _bare(words[end]))):
        end += 1
    if end >= len(words) - 1 or not (words[end][:1].isupper() or re.match(r"\d", words[end])):
        return None
    end = _names_from(words, end)
    while end < len(words) - 1 and _bare(words[end]) in ("des", "der") and words[end][:1].islower():
        tail = end + 1  # a genitive after it: "des abgebrannten Sägewerks"
        while tail < len(words) - 1 and words[tail][:1].islower():
            tail += 1
        if tail >= len(words) - 1 or not words[tail][:1].isupper():
            break
        end = _names_from(words, tail)
    return start, end


def _names_from(words: list[str], start: int) -> int:
    """The end of the capitalised words from ``start`` ("SK Rapid", "Bad Kötzting"), before the last word."""
    end = start + 1
    while end < len(words) - 1 and words[end][:1].isupper():
        end += 1
    return end
