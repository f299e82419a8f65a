"""German rules for periods longer than a day: months, weeks, quarters, halves, seasons, years,
decades and centuries, and the relative forms of each ("Ende nächsten Jahres", "im Vorjahresmonat").

Reads a match of a rule in :mod:`chrono.lang.de.rules_periods` (or, for the same period a year
before, :mod:`chrono.lang.de.rules_spans`) and the words of :mod:`chrono.lang.de.words`; adds the
builders that turn the match into a symbolic expression.
"""
from __future__ import annotations

import re
from functools import cache
from typing import cast

from chrono.lang.de.words import (
    DIRECTION_OFFSET,
    direction_of,
    found,
    modified,
    modifier_of,
    month_of,
    neighbours,
    sentence_start,
    tables,
    unit_of,
    year_of,
)
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found, alternation

_NEXT_WORD = re.compile(r"\s+(\w+)")
_OPEN_BEFORE = re.compile(r"\(\s*$|[–-]\s*$")
_CLOSE_AFTER = re.compile(r"\s*\)")
_UNIT_AFTER_NUMBER = re.compile(r"(?:uhr|h|%|prozent|euro|€|km|m|kg|mal)")
_TO_NUMBER = re.compile(r"\s+auf\s+\d")
_FROM_NUMBER_TO = re.compile(r"\bvon\s+[\d.]+\s+auf\s+$")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_LETTER_AFTER = re.compile(r"[ \t]+(\w)")


def _modifier(word: str | None) -> str:
    """The modifier of a word the rule's pattern took from the table of part modifiers ("Anfang")."""
    return cast(str, modifier_of(word))


def build_modifier_range(m: re.Match[str], text: str) -> list[Found]:
    year = int(m["y"]) if m["y"] else None
    month = ex.Date(year, month_of(m["mon"]))
    return [Found(m.start("m1"), m.end("m1"), ex.Modified(month, _modifier(m["m1"])), signal="von"),
            Found(m.start("m2"), m.end(), ex.Modified(month, _modifier(m["m2"])), signal="bis")]


def build_year_range(m: re.Match[str], text: str) -> list[Found] | None:
    first, last = int(m["y1"]), int(m["y2"])
    if not 0 < last - first < 100:
        return None
    following = _NEXT_WORD.match(text[m.end():m.end() + 30])
    if following and following.group(1).lower() in tables()["count_nouns"]:
        return None  # "1200-1400 Grad": a range of a count
    if first < 1900 and not (_OPEN_BEFORE.search(text[max(0, m.start() - 3):m.start()])
                             or _CLOSE_AFTER.match(text[m.end():m.end() + 2])):
        return None  # before 1900 a pair of numbers is a span of years where it stands as one: "(1898-1976)"
    return [Found(m.start("y1"), m.end("y1"), ex.Date(first)),
            Found(m.start("y2"), m.end("y2"), ex.Date(last), signal="bis")]


def build_week_number(m: re.Match[str], text: str) -> Found | None:
    digits = m["n"] or m["n2"]
    number = int(digits.rstrip(".")) if digits else {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
                                                        "fünften": 5, "sechsten": 6, "siebten": 7, "achten": 8,
                                                        "neunten": 9, "zehnten": 10}.get((m["w"] or "").lower())
    if not number or not 1 <= number <= 53:
        return None
    return found(m, ex.WeekNumber(number, year_of(m["y"]) if m["y"] else None))


def build_month_range(m: re.Match[str], text: str) -> list[Found]:
    year = int(m["y"]) if m["y"] else None
    m1, m2 = month_of(m["mon1"]), month_of(m["mon2"])
    first = ex.Date(year if year is None or m1 <= m2 else year - 1, m1)
    second = ex.Date(year, m2) if year else ex.RangeEnd(first, m2)
    return [Found(m.start("mon1"), m.end("mon1"), first, signal="von"),
            Found(m.start("mon2"), m.end(), second, signal="bis")]


def build_month_year(m: re.Match[str], text: str) -> Found:
    if m["y"]:
        base = ex.Date(int(m["y"]), month_of(m["mon"]))
    else:
        base = ex.Date(None, month_of(m["mon"]), year_offset=DIRECTION_OFFSET[direction_of(m["yrel"]) or "this"])
    return found(m, modified(base, m["mod"]))


def build_month(m: re.Match[str], text: str) -> Found | None:
    article = m["det"] and (m["mon"].lower() != "august" or sentence_start(text, m.start()))
    if not (m["pre"] or m["mod"] or m["rel"] or article):  # "Der Januar war kalt"; "August" is also a name
        return None
    direction = direction_of(m["rel"])
    base = ex.Date(None, month_of(m["mon"]), direction=direction if direction in ("last", "next", "this") else None)
    return found(m, modified(base, m["mod"]))


def build_relative_unit(m: re.Match[str], text: str) -> Found | None:
    direction = direction_of(m["rel"])
    if direction is None:
        return None
    unit = unit_of(m["unit"])
    if unit == "weekend":
        return found(m, ex.Unit("weekend", 0, direction))
    return found(m, ex.Unit(unit, DIRECTION_OFFSET[direction]))


def build_modified_unit(m: re.Match[str], text: str) -> Found:
    unit = unit_of(m["unit"])
    direction = direction_of(m["rel"]) or direction_of(m["det"]) or "this"
    return found(m, ex.Modified(ex.Unit(unit, DIRECTION_OFFSET[direction]), _modifier(m["mod"])))


def build_in_the_course_of(m: re.Match[str], text: str) -> Found | None:
    word = m["unit"].lower()
    if word in ("vormittags", "nachmittags", "abends"):
        return found(m, ex.PartOfDay(None, tables()["parts_of_day"][word.removesuffix("s")]))
    if word == "tages":
        return found(m, ex.DayShift(0))
    unit = unit_of(word)
    return found(m, ex.Unit(unit, DIRECTION_OFFSET[direction_of(m["rel"]) or "this"]))


def build_half_of_year(m: re.Match[str], text: str) -> Found | None:
    if not m["y"] and "jahr" not in m["x"].lower():
        return None  # "in der zweiten Hälfte drehte Rapid das Spiel": a match's half, not the year's
    year_offset = DIRECTION_OFFSET[direction_of(m["yrel"]) or "this"] if "des" in m["x"].lower() and not m["y"] else None
    return found(m, ex.Part("half", 1 if m["ord"].lower() == "ersten" else 2, int(m["y"]) if m["y"] else None,
                             year_offset))


def build_final_quarter(m: re.Match[str], text: str) -> Found:
    number = 1 if m["w"].lower().startswith("auftakt") else 4
    return found(m, ex.Part("quarter", number, int(m["y"]) if m["y"] else None))


def build_compound(m: re.Match[str], text: str) -> Found | None:
    unit, offset, mod = tables()["unit_compounds"][m["c"].lower()]
    direction = direction_of(m["rel"])
    if m["y"]:
        if unit != "year" or offset:
            return None
        base: ex.Expr = ex.Date(int(m["y"]))
    elif unit == "weekend":
        base = ex.Unit("weekend", 0, direction)
    else:
        base = ex.Unit(unit, offset + (DIRECTION_OFFSET[direction] if direction else 0))
    return found(m, ex.Modified(base, mod) if mod else base)


def build_heuer(m: re.Match[str], text: str) -> Found | None:
    return found(m, ex.Unit("year", 0)) if m["x"].islower() or sentence_start(text, m.start()) else None


def build_modified_year(m: re.Match[str], text: str) -> Found:
    return found(m, ex.Modified(ex.Date(int(m["y"])), _modifier(m["mod"])))


def build_season(m: re.Match[str], text: str) -> Found | None:
    if not (m["pre"] or m["mod"] or m["rel"] or m["y"] or m["yrel"] or m["whole"]):
        return None
    season_word = m["season"].lower()
    compound = tables()["season_compounds"].get(season_word)
    code = compound[0] if compound else tables()["seasons"][season_word]
    direction = direction_of(m["rel"])
    offset = DIRECTION_OFFSET.get(direction) if direction else None
    year_offset = DIRECTION_OFFSET[direction_of(m["yrel"]) or "this"] if m["yrel"] else None
    base: ex.Expr = ex.Season(code, int(m["y"]) if m["y"] else None, offset, year_offset)
    if compound and compound[1]:  # "Spätherbst": the end of autumn; "Sommermonate": the summer
        base = ex.Modified(base, compound[1])
    return found(m, modified(base, m["mod"]))


def build_first_months(m: re.Match[str], text: str) -> Found:
    """"in den ersten sechs Monaten 2024" is the first half, "den ersten drei Monaten" the first quarter."""
    half = m["n"].lower() in ("sechs", "6")
    year_offset = DIRECTION_OFFSET[direction_of(m["yrel"]) or "this"] if m["yrel"] else None
    return found(m, ex.Part("half" if half else "quarter", 1, int(m["y"]) if m["y"] else None, year_offset))


def build_season_of_years(m: re.Match[str], text: str) -> Found | None:
    """"der Saison 2023/24", "im Schuljahr 2020/21": the year it starts in."""
    first, second = int(m["y"]), int(m["y2"])
    if second % 100 != (first + 1) % 100:
        return None
    return found(m, ex.Date(first))


def build_rest_of(m: re.Match[str], text: str) -> Found:
    """"den Rest des Monats": the unit holding the reference date."""
    return found(m, ex.Unit(unit_of(m["unit"]), 0))


def build_same_period_last_year(m: re.Match[str], text: str) -> Found:
    """"im Vorjahresmonat": the month (quarter, period) just named, one year earlier."""
    return found(m, ex.Anaphor(-1, "Y", counted=False, keep_grain=True))


def build_part_of_year(m: re.Match[str], text: str) -> Found | None:
    number = tables()["ordinals"].get((m["ord"] or "").lower()) or int(m["ord"].rstrip("."))
    kind = "quarter" if m["kind"].lower().startswith("quartal") else "half"
    if kind == "half" and number > 2 or number > 4:
        return None
    year = int(m["y"]) if m["y"] else None
    year_offset = DIRECTION_OFFSET[direction_of(m["yrel"]) or "this"] if m["yrel"] else -1 if m["prev"] else None
    return found(m, ex.Part(kind, number, year, year_offset))


def build_quarter_code(m: re.Match[str], text: str) -> Found | None:
    kind = "quarter" if m["letter"] == "Q" else "half"
    number = int(m["n"])
    if kind == "half" and number > 2:
        return None
    return found(m, ex.Part(kind, number, year_of(m["y"])))


YEAR_CONTEXT = {"im", "seit", "bis", "ab", "von", "vom", "nach", "vor", "zwischen", "um", "in", "anfang", "mitte",
                "ende", "frühjahr", "sommer", "herbst", "winter", "jahr", "jahre", "jahres", "und", "sowie", "oder",
                "für", "bereits", "schon", "noch", "erst", "spätestens", "frühestens", "des", "dem"}


def build_year(m: re.Match[str], text: str) -> Found | None:
    year = int(m["y"])
    previous = neighbours(m, text, before=True, count=2)
    following = [w.lower() for w in neighbours(m, text, before=False, count=1)]
    t = tables()
    if following and following[0].rstrip(".,;:") in t["count_nouns"]:
        return None
    cues = set(t["count_cues"])
    if previous and (previous[-1] in cues or " ".join(previous[-2:]) in cues):
        return None
    in_context = bool(m["jahr"]) or bool(previous and previous[-1] in YEAR_CONTEXT)
    low, high = (1000, 2199) if in_context else (1900, 2100)
    if count_range().match(text, m.end(), m.end() + 40):
        return None  # "bei 1200 bis 1400 Grad": a range of a count
    narrative_only = not low <= year <= high
    if narrative_only and not 1000 <= year <= 2199:
        return None
    if following and _UNIT_AFTER_NUMBER.fullmatch(following[0].rstrip(".,")):
        return None
    if _TO_NUMBER.match(text[m.end():m.end() + 12]) or _FROM_NUMBER_TO.search(
                                                                       text[max(0, m.start() - 25):m.start()]):
        return None  # "von 2000 auf 1800": a change in a count
    if not in_context and _count_position(m, text):
        return None
    return found(m, ex.Date(year, narrative_only=narrative_only))


@cache
def count_range() -> re.Pattern[str]:
    """"bis 1400 Grad" after a number: the number is one end of a range of a count."""
    return re.compile(rf"\s*(?:bis|-|–|und)\s*\d+\s+{alternation(tables()['count_nouns'])}(?![\w])", re.IGNORECASE)


def _count_position(m: re.Match[str], text: str) -> bool:
    """"hat 1990 Sitzplätze": a bare number after a verb and before a noun on the same line counts."""
    before = _WORD_BEFORE.search(text[max(0, m.start() - 30):m.start()])
    after = _LETTER_AFTER.match(text[m.end():m.end() + 4])
    return bool(before and before.group(1)[0].islower() and after and after.group(1).isupper())


def build_decade(m: re.Match[str], text: str) -> Found | None:
    if not (m["det"] or m["j"] or m["j2"] or m["mod"] or m["cent"]):
        return None
    if m["word"]:
        digits = str(tables()["decade_words"][m["word"].lower()] * 10)
    elif m["cent"]:
        digits = f"{m['cent']}{m['dec'][0]}"
    else:
        digits = m["dec"]
    adjective = {"frühen": "START", "späten": "END", "ausgehenden": "END", "mittleren": "MID"}.get(
        (m["adj"] or "").lower())
    decade: ex.Expr = modified(ex.Decade(digits), m["mod"])
    return found(m, ex.Modified(decade, adjective) if adjective and decade == ex.Decade(digits) else decade)


def build_century(m: re.Match[str], text: str) -> Found | None:
    number = int(m["n"]) if m["n"] else tables()["century_ordinals"][m["w"].lower()]
    if not 1 <= number <= 22:
        return None
    return found(m, modified(ex.Century(number), m["mod"]))