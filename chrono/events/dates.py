"""Dates of events: reads the temporal mentions of a sentence and adds which of them can date an
event (a DATE or TIME with an interval), which are durations of an activity ("vier Stunden
lang"), elapsed times ("seit zwei Jahren") or ages ("ein 23-Jähriger"), and where each is written
with its preposition ("am Mittwoch").
"""
from __future__ import annotations

import dataclasses
import re

from chrono.events.cues import cues, lower_words
from chrono.model import Mention

REF_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def usable_date(mention: Mention) -> bool:
    """Whether a mention can date an event: a DATE or TIME with an interval, and not a day counted
    from a date that names no day ("am selben Tag" after "2022" is no day of 2022)."""
    return (mention.type in ("DATE", "TIME") and mention.value not in REF_VALUES
            and mention.earliest is not None and mention.latest is not None
            and not _day_from_no_day(mention))


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def days_with_their_time(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Am Dienstag um 2.40 Uhr" is two mentions, a DATE and the TIME on that day; an event is
    dated by the moment, so here the two are read as one TIME over both."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (nxt is not None and m.type == "DATE" and nxt.type == "TIME" and m.value and nxt.value
                and nxt.value.startswith(m.value + "T") and 0 <= nxt.start - m.end <= 25
                and "." not in text[m.end:nxt.start]):
            out.append(dataclasses.replace(nxt, start=m.start, text=text[m.start:nxt.end], signal=m.signal or nxt.signal))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _day_from_no_day(mention: Mention) -> bool:
    """"am selben Tag", "tags darauf": a day counted from the date mentioned before it, where that
    date is a whole year or month rather than a day."""
    expr = mention.expr
    if type(expr).__name__ != "Anaphor" or getattr(expr, "unit", None) != "D" or getattr(expr, "keep_grain", False):
        return False
    previous = getattr(expr, "previous_value", None)
    return previous is not None and not _DAY_VALUE.match(str(previous))


def written_span(text: str, mention: Mention, language: str = "de") -> tuple[int, int]:
    """The mention with the preposition before it, as written ("am Mittwoch")."""
    before = text[max(0, mention.start - 16):mention.start]
    prepositions = "|".join(cues(language)["prepositions"])
    articles = "|".join(cues(language)["articles"])
    match = re.search(rf"(?i:\b(?:{prepositions}))\s+(?:(?:{articles})\s+)?$", before)
    start = mention.start - (len(before) - match.start()) if match else mention.start
    return start, mention.end


def day_is_uncertain(mention_type: str | None, written: str, language: str = "de") -> bool:
    """A clock time or part of the day written without its day ("um 2.40 Uhr", "gegen 4 Uhr",
    "in der Nacht"): the day is the one the text seemed to talk about, and may be the wrong one."""
    if mention_type != "TIME":
        return False
    lowered = written.lower()
    if re.search(r"\d{1,2}\.\s*(?:\d{1,2}\.|[a-zäöü])", lowered):
        return False  # "11.03.2025", "1. Mai"
    return not any(word in lowered for word in cues(language)["day_words"])


def is_frequency(mention: Mention, text: str, language: str = "de") -> bool:
    """How often something happens ("alle 100 Jahre", "einmal in 100 Jahren", "jedes Jahr"): a
    SET, or a duration right after a frequency word; it dates nothing and lasts nothing."""
    if mention.type == "SET":
        return True
    if mention.type != "DURATION":
        return False
    before = text[max(0, mention.start - 40):mention.start].lower().split()
    words = cues(language)["frequency_words"]
    return bool(before) and (before[-1] in words or len(before) > 1 and f"{before[-2]} {before[-1]}" in words)


def is_activity_duration(mention: Mention, sentence_text: str, language: str = "de") -> bool:
    """A DURATION that says how long something lasted (not "seit zwei Jahren", not an age)."""
    if mention.type != "DURATION" or not re.match(r"P(T?)\d", mention.value or ""):
        return False
    if is_age(mention, sentence_text, language):
        return False
    adjective = re.search(cues(language)["duration_adjective"] + r"$", mention.text.split()[-1])
    if adjective:
        return True
    return not _elapsed_signal(mention, sentence_text, language)


def is_elapsed(mention: Mention, language: str = "de", sentence_text: str | None = None) -> bool:
    """"seit zwei Jahren", "nach zweieinhalb Jahren wieder": a DURATION that anchors something in the past."""
    if mention.type != "DURATION":
        return False
    if re.search(cues(language)["duration_adjective"] + r"$", mention.text.split()[-1]):
        return False
    return _elapsed_signal(mention, sentence_text, language)


def _elapsed_signal(mention: Mention, sentence_text: str | None, language: str) -> bool:
    """"seit" always looks back; "nach" only beside "wieder", "erstmals" ...: "nach zweieinhalb
    Jahren wieder tagt" tells the time since, "nach gut drei Stunden gingen sie auseinander" how
    long the meeting lasted."""
    signal = (mention.signal or "").lower()
    if signal not in cues(language)["elapsed_signals"]:
        return False
    if signal in cues(language)["always_elapsed"] or sentence_text is None:
        return True
    return bool(set(lower_words(sentence_text)) & set(cues(language)["first_since"]))


def is_age(mention: Mention, sentence_text: str, language: str = "de") -> bool:
    """How old someone is, not how long anything lasted: "19 Jahre alt", "ein 23-Jähriger", "der
    19-jährige Jonas Reiter", "ein 45-jähriger Autofahrer" (but "die zweijährige Amtszeit")."""
    if mention.type != "DURATION":
        return False
    start = sentence_text.find(mention.text)
    after = sentence_text[start + len(mention.text):] if start >= 0 else ""
    if re.match(rf"\s+(?:{'|'.join(cues(language)['age_words'])})\b", after):
        return True
    if re.search(r"Jährig\w*$", mention.text):
        return True  # a noun: "ein 23-Jähriger"
    if not re.search(r"jährig\w*$", mention.text):
        return False
    if re.match(r"\s+[A-ZÄÖÜ][\wäöüß-]+\s+[A-ZÄÖÜ][\wäöüß-]+", after):
        return True  # a name: "der 19-jährige Jonas Reiter"
    noun = re.match(r"\s+([A-ZÄÖÜ][\wäöüß-]+)", after)
    return noun is not None and noun.group(1).lower().endswith(tuple(cues(language)["person_nouns"]))


def shifted(mention: Mention, offset: int) -> Mention:
    """``mention`` with its offsets counted from ``offset`` (the start of its sentence)."""
    return dataclasses.replace(mention, start=mention.start - offset, end=mention.end - offset)
