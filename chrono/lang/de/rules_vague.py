"""German rules for vague references: "jetzt", "derzeit", "damals", "kürzlich", "künftig", "in
Zukunft", "vor kurzem", "heute" in the sense of nowadays ("wie wir heute wissen", "bis heute",
"im heutigen Polen"), and "nun" or "früher" where they speak of time.

Reads the ``vague_words``, ``today_event_nouns`` and ``heute_nowadays_*`` tables of ``tables.yaml``; adds, for each rule,
its name, pattern, builder, priority and regex flags, and the words that trigger it
(:func:`vague_triggers`).
"""
from __future__ import annotations

import re
from typing import Any

from chrono.lang.de.words import B, E, found, sentence_start, tables
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found, Trigger, alternation

_WORDS = re.compile(r"\w+")
_AS_AFTER = re.compile(r"\s+als\b")
_OR_LATER_AFTER = re.compile(r"\s*(?:oder|und)\s+später")

_BEFORE_THE_PAST = {"wie", "von", "seit", "schon", "bereits", "als", "noch", "auch", "anders", "damals", "oder"}
_NOT_BEFORE_EARLIER = {"viel", "etwas", "deutlich", "immer", "je", "umso", "desto", "weit", "so"}


def _vague_word(m: re.Match[str], text: str) -> Found | None:
    word = m["x"].lower()
    if word == "bald":
        before = text[max(0, m.start() - 4):m.start()].lower()
        if before.endswith("so ") or text[m.end():m.end() + 6].lower().startswith((" darauf", " danach")):
            return None  # "so bald wie möglich" is no time; "bald darauf" hangs on a date before it
    return found(m, ex.Ref(tables()["vague_words"][word]))


def _earlier(m: re.Match[str], text: str) -> Found | None:
    """"Früher galten diese Quellen als unzuverlässig": the past; "früher als geplant", "zwei Wochen
    früher", "noch früher" compare, and are no reference."""
    before = _WORDS.findall(text[max(0, m.start() - 25):m.start()].lower())
    if not (sentence_start(text, m.start()) or (before and before[-1] in _BEFORE_THE_PAST)):
        return None  # "Die Saison soll früher beginnen": earlier than planned
    if before and (before[-1] in _NOT_BEFORE_EARLIER or before[-1].isdigit()
                   or before[-1] in tables()["number_words"] or before[-1] in _UNIT_WORDS):
        return None
    if _AS_AFTER.match(text[m.end():m.end() + 5]) or _OR_LATER_AFTER.match(text[m.end():m.end() + 14]):
        return None
    return found(m, ex.Ref("PAST_REF"))


def _now(m: re.Match[str], text: str) -> Found | None:
    """"von nun an", "ab nun": from the present on. Alone, "nun" is mostly a particle ("Ein Mord sei
    nun einmal ein Mord", "Nun ist er Trainer") and is left alone."""
    return found(m, ex.Ref("PRESENT_REF")) if m["lead"] else None


def _nowadays_adjective(m: re.Match[str], text: str) -> Found | None:
    """"im heutigen Polen", "des heutigen Gesetzes": of nowadays; "bei der heutigen Sitzung" is today's."""
    if m["noun"].lower() in tables()["today_event_nouns"]:
        return found(m, ex.DayShift(0))
    return found(m, ex.Ref("PRESENT_REF"))


def _today_nowadays(m: re.Match[str], text: str) -> Found:
    start, end = m.span("x") if m["x"] else m.span("y")
    return Found(start, end, ex.Ref("PRESENT_REF"))


_UNIT_WORDS = {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "stunden", "minuten", "tag", "woche",
               "monat", "jahr", "stunde", "minute"}


def vague_rules(a: dict[str, str]) -> list[tuple[str, str, Any, int, int]]:
    """The rules that find a vague reference; each is (name, pattern, builder, priority, flags)."""
    t = tables()
    before = alternation(t["heute_nowadays_before"])
    after = alternation(t["heute_nowadays_after"])
    return [
        ("vague_word", rf"{B}(?P<x>{alternation(t['vague_words'])}){E}", _vague_word, 1, re.IGNORECASE),
        ("vague_phrase",
         (rf"{B}(?:(?P<x>vor\s+kurzem|vor\s+Kurzem)|in\s+(?P<y>(?:der\s+)?(?:Zukunft|nächsten\s+Zeit|letzter\s+Zeit|"
          rf"jüngster\s+Zeit))|in\s+(?P<z>der\s+Vergangenheit)){E}"),
         _vague_phrase, 2, re.IGNORECASE),
        ("earlier", rf"{B}(?P<x>früher){E}", _earlier, 0, re.IGNORECASE),
        ("now", rf"{B}(?P<lead>(?:von|ab)\s+)?(?P<x>nun)(?(lead)\s+an|){E}", _now, 1, re.IGNORECASE),
        ("nowadays_adjective", rf"{B}(?:dem|des|der|die|das|den|im|vom|zum|zur)\s+(?P<x>heutigen?)\s+(?P<noun>[A-ZÄÖÜ][\w-]+)",
         _nowadays_adjective, 1, 0),
        ("today_nowadays",
         (rf"{B}(?:(?:{before})\s+(?P<x>heute)(?!\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|früh|um|ab|"
          rf"bis|vor\s+\w+\s+(?:Tagen|Wochen|Monaten|Jahren)){E})|(?P<y>heute)\s+(?:{after}){E})"),
         _today_nowadays, 3, re.IGNORECASE),
    ]


def _vague_phrase(m: re.Match[str], text: str) -> Found:
    group = "x" if m["x"] else "y" if m["y"] else "z"
    start, end = m.span(group)
    words = m[group].lower()
    if "vergangenheit" in words or "letzter" in words or "jüngster" in words or "kurzem" in words:
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    return Found(start, end, ex.Ref(value))


def vague_triggers() -> dict[str, Trigger]:
    """For each rule of :func:`vague_rules`, the words it cannot match without."""
    return {
        "vague_word": Trigger(frozenset(tables()["vague_words"]), reach=(2, 2)),
        "vague_phrase": Trigger(frozenset({"kurzem", "zukunft", "zeit", "vergangenheit"}), reach=(20, 2)),
        "earlier": Trigger(frozenset({"früher"}), reach=(2, 2)),
        "now": Trigger(frozenset({"nun"}), reach=(6, 5)),
        "nowadays_adjective": Trigger(frozenset({"heutigen", "heutige"}), reach=(6, 30)),
        "today_nowadays": Trigger(frozenset({"heute"}), reach=(10, 14)),
    }
