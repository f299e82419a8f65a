"""German words for the temporal rules: the tables of tables.yaml, numbers, and small helpers
that read a match (its neighbouring words, its direction, its unit)."""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from chrono.lang.data import load_yaml
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found, alternation, group_span

_SPACES = re.compile(r"\s+")
_DECIMAL = re.compile(r"\d+(?:,\d+)?")
_TOKENS_BEFORE = re.compile(r"[\w.-]+")
_TOKENS_AFTER = re.compile(r"[\w.%€$-]+")
_SENTENCE_OPEN_BEFORE = re.compile(r"[.!?:\n»«\"„“]\s*$")

B = r"(?<![\w])"  # left word boundary that also works before umlauts


E = r"(?![\w])"


YEAR = r"(?:1[0-9]|20|21)\d{2}"


@cache
def tables() -> dict[str, Any]:
    text = resources.files("chrono.lang.de").joinpath("tables.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


@cache
def number_words() -> dict[str, float]:
    t = tables()
    words: dict[str, float] = {k: float(v) for k, v in t["number_words"].items()}
    units = {k: v for k, v in t["number_words"].items() if 1 <= v <= 9 and k in (
        "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")}
    tens = {k: v for k, v in t["number_words"].items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
    for unit, u in units.items():
        for ten, te in tens.items():
            words[f"{unit}und{ten}"] = float(u + te)
    for word, value in list(words.items()):
        if 2 <= value <= 99 and not word.startswith("ein"):
            words[f"{word}einhalb"] = value + 0.5
    words.update({k: float(v) for k, v in t["fraction_words"].items()})
    return words


@cache
def day_ordinals() -> dict[str, int]:
    """"ersten" .. "einunddreißigsten" (the dative/accusative forms news use: "am ersten Februar")."""
    t = tables()
    out = {}
    for word, value in number_words().items():
        if value != int(value) or not 1 <= value <= 31 or word.startswith("ein") and value == 1:
            continue
        stem = word.removesuffix("s") if word == "eins" else word
        suffix = "sten" if value >= 20 else "ten"
        out[f"{stem}{suffix}"] = int(value)
    out.update({w: n for w, n in t["ordinals"].items() if w.endswith("en")})
    out.update({"dritten": 3, "siebten": 7, "achten": 8, "ersten": 1})
    return out


VAGUE_AMOUNTS = ("einige", "einigen", "mehrere", "mehreren", "viele", "vielen", "wenige", "wenigen", "weniger", "etliche",
                 "etlichen", "zahlreiche", "zahlreichen", "ein paar", "einem paar", "paar", "lange", "langen")


HALF = r"(?:(?:ein|eine|einem|einen|einer|eines)\s+)?(?:halbe|halben|halbes|halber)"


def parse_number(text: str) -> float | None:
    """"zweieinhalb" -> 2.5, "2,5" -> 2.5, "einem halben" -> 0.5, "mehreren" -> None."""
    low = _SPACES.sub(" ", text.lower())
    if low in VAGUE_AMOUNTS:
        return None
    if _DECIMAL.fullmatch(low):
        return float(low.replace(",", "."))
    if re.fullmatch(HALF, low):
        return 0.5
    return number_words()[low]


def neighbours(match: re.Match[str], text: str, before: bool, count: int = 2) -> list[str]:
    if before:
        window = text[max(0, match.start() - 40):match.start()]
        return _TOKENS_BEFORE.findall(window.lower())[-count:]
    window = text[match.end():match.end() + 40]
    return _TOKENS_AFTER.findall(window)[:count]


def direction_of(word: str | None) -> str | None:
    if not word:
        return None
    low = _SPACES.sub(" ", word.lower())
    for name, forms in tables()["directions"].items():
        if low in forms:
            return name
    return None


DIRECTION_OFFSET = {"this": 0, "next": 1, "last": -1, "after_next": 2, "before_last": -2}


def modifier_of(word: str | None) -> str | None:
    if not word:
        return None
    return tables()["part_modifiers"].get(_SPACES.sub(" ", word.lower()))


def quantity_mod_of(word: str | None) -> str | None:
    if not word:
        return None
    return tables()["quantity_modifiers"].get(_SPACES.sub(" ", word.lower()))


def month_of(word: str) -> int:
    t = tables()
    low = word.lower().rstrip(".")
    return t["months"].get(low) or t["month_abbreviations"][low]


def weekday_of(word: str) -> int:
    t = tables()
    low = word.lower().rstrip(".")
    return t["weekdays"].get(low) or t["weekday_abbreviations"][low]


def year_of(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip("'’")
    value = int(text)
    return value if len(text) == 4 else 2000 + value if value < 50 else 1900 + value


def unit_of(word: str, table: str = "units") -> str:
    low = word.lower()
    for unit, forms in tables()[table].items():
        if low in forms:
            return unit
    raise KeyError(word)


def duration_unit(word: str) -> tuple[int, str]:
    """The scale and unit of a duration's unit word: "Wochen" is (1, "W"), "Dreiviertelstunde" (45, "MIN")."""
    scaled = tables()["scaled_duration_units"].get(word.lower())
    return (int(scaled[0]), scaled[1]) if scaled else (1, unit_of(word, "duration_units"))


def found(match: re.Match[str], expression: ex.Expr, mod: str | None = None, signal: str | None = None,
           group: str = "x") -> Found:
    start, end = group_span(match, group)
    return Found(start, end, expression, mod, signal)


def modified(expression: ex.Expr, mod_word: str | None) -> ex.Expr:
    mod = modifier_of(mod_word)
    return ex.Modified(expression, mod) if mod else expression


def holiday_expr(word: str, year: int | None = None, year_offset: int | None = None) -> ex.Holiday:
    rule = tables()["holidays"][_SPACES.sub(" ", word.lower())]
    main = tuple((k, int(v)) for k, v in rule.items() if k not in ("week", "part", "whole_week"))
    week = tuple((k, int(v)) for k, v in rule["week"].items()) if "week" in rule else None
    return ex.Holiday(word, main, year, week, year_offset)


def alternations() -> dict[str, str]:
    t = tables()
    d = t["directions"]
    return {
        "WD": alternation(t["weekdays"]),
        "WDA": alternation(t["weekday_abbreviations"]),
        "MON": alternation(t["months"]),
        "MONA": alternation(t["month_abbreviations"]),
        "POD": alternation(t["parts_of_day"]),
        "SEASON": alternation(t["seasons"]),
        "DIR": alternation([w for forms in d.values() for w in forms]),
        "PARTMOD": alternation(t["part_modifiers"]),
        "QMOD": alternation(t["quantity_modifiers"]),
        "NUM": r"(?:\d+(?:,\d+)?|" + HALF + "|" + alternation(number_words()) + ")",
        "NUMW": alternation(number_words()),
        "VAGUE": alternation(VAGUE_AMOUNTS),
        "DUNIT": alternation([f for forms in t["duration_units"].values() for f in forms]
                             + list(t["scaled_duration_units"])),
        "COMPOUND": alternation(t["unit_compounds"]),
        "HOLIDAY": alternation(t["holidays"]),
        "ORD": alternation(t["ordinals"]),
        "CENT": alternation(t["century_ordinals"]),
        "DECW": alternation(t["decade_words"]),
        "SETW": alternation(t["set_words"]),
        "WDS": alternation(t["weekday_plural_sets"]),
        "VAGUEDUR": alternation(t["vague_duration_words"]),
        "DADJ": alternation(t["duration_adjectives"]),
        "DAYORD": alternation(day_ordinals()),
        "WDPRE": alternation(t["weekday_compound_prefixes"]),
        "SEASONC": alternation(t["season_compounds"]),
        "NOTTEMP": alternation(t["not_temporal"]),
    }


def valid_date(year: int, month: int, day: int) -> bool:
    import datetime as dt

    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(_SENTENCE_OPEN_BEFORE.search(text[max(0, start - 4):start]))
