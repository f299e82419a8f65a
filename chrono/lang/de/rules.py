"""German temporal rules: patterns built from the word tables in ``tables.yaml``, and builders that
turn a match into a symbolic expression. Only rules that combine pieces are code; words are data.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from chrono.temporal import expr as ex
from chrono.temporal.rules import Found, Language, Rule, Trigger, alternation, group_span

B = r"(?<![\w])"  # left word boundary that also works before umlauts
E = r"(?![\w])"
YEAR = r"(?:1[0-9]|20|21)\d{2}"


@cache
def tables() -> dict[str, Any]:
    text = resources.files("chrono.lang.de").joinpath("tables.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# --------------------------------------------------------------------------- numbers

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


VAGUE_AMOUNTS = ("einige", "einigen", "mehrere", "mehreren", "viele", "vielen", "wenige", "wenigen", "etliche",
                 "etlichen", "zahlreiche", "zahlreichen", "ein paar", "einem paar", "paar")
HALF = r"(?:(?:ein|eine|einem|einen|einer|eines)\s+)?(?:halbe|halben|halbes|halber)"


def parse_number(text: str) -> float | None:
    """"zweieinhalb" -> 2.5, "2,5" -> 2.5, "einem halben" -> 0.5, "mehreren" -> None."""
    low = re.sub(r"\s+", " ", text.lower())
    if low in VAGUE_AMOUNTS:
        return None
    if re.fullmatch(r"\d+(?:,\d+)?", low):
        return float(low.replace(",", "."))
    if re.fullmatch(HALF, low):
        return 0.5
    return number_words()[low]


# --------------------------------------------------------------------------- helpers

def _words(match: re.Match[str], text: str, before: bool, count: int = 2) -> list[str]:
    if before:
        window = text[max(0, match.start() - 40):match.start()]
        return re.findall(r"[\w.-]+", window.lower())[-count:]
    window = text[match.end():match.end() + 40]
    return re.findall(r"[\w.%€$-]+", window)[:count]


def _direction(word: str | None) -> str | None:
    if not word:
        return None
    low = re.sub(r"\s+", " ", word.lower())
    for name, forms in tables()["directions"].items():
        if low in forms:
            return name
    return None


DIRECTION_OFFSET = {"this": 0, "next": 1, "last": -1, "after_next": 2, "before_last": -2}


def _modifier(word: str | None) -> str | None:
    if not word:
        return None
    return tables()["part_modifiers"].get(re.sub(r"\s+", " ", word.lower()))


def _qmod(word: str | None) -> str | None:
    if not word:
        return None
    return tables()["quantity_modifiers"].get(re.sub(r"\s+", " ", word.lower()))


def _month(word: str) -> int:
    t = tables()
    low = word.lower().rstrip(".")
    return t["months"].get(low) or t["month_abbreviations"][low]


def _weekday(word: str) -> int:
    t = tables()
    low = word.lower().rstrip(".")
    return t["weekdays"].get(low) or t["weekday_abbreviations"][low]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip("'’")
    value = int(text)
    return value if len(text) == 4 else 2000 + value if value < 50 else 1900 + value


def _unit_of(word: str, table: str = "units") -> str:
    low = word.lower()
    for unit, forms in tables()[table].items():
        if low in forms:
            return unit
    raise KeyError(word)


def _found(match: re.Match[str], expression: ex.Expr, mod: str | None = None, signal: str | None = None,
           group: str = "x") -> Found:
    start, end = group_span(match, group)
    return Found(start, end, expression, mod, signal)


def _modified(expression: ex.Expr, mod_word: str | None) -> ex.Expr:
    mod = _modifier(mod_word)
    return ex.Modified(expression, mod) if mod else expression


def _holiday(word: str, year: int | None = None, year_offset: int | None = None) -> ex.Holiday:
    rule = tables()["holidays"][re.sub(r"\s+", " ", word.lower())]
    main = tuple((k, int(v)) for k, v in rule.items() if k not in ("week", "part"))
    week = tuple((k, int(v)) for k, v in rule["week"].items()) if "week" in rule else None
    return ex.Holiday(word, main, year, week, year_offset)


# --------------------------------------------------------------------------- word alternations

def _alts() -> dict[str, str]:
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
        "SEASONC": alternation(t["season_compounds"]),
        "NOTTEMP": alternation(t["not_temporal"]),
    }


# --------------------------------------------------------------------------- builders

def build_textual_date(m: re.Match[str], text: str) -> Found | None:
    day, year = int(m["d"]), _year(m["y"])
    month = _month(m["mon"])
    if not 1 <= day <= 31 or (year and not _valid(year, month, day)):
        return None
    start = m.start()
    if m["wd"] and m["wd"][0].islower():  # "so 12. Mai": not a weekday abbreviation
        start = m.start("d")
    year_offset = DIRECTION_OFFSET[_direction(m["yrel"]) or "this"] if m["yrel"] else None
    return Found(start, m.end(), ex.Date(year, month, day, year_offset=year_offset))


def build_ordinal_word_date(m: re.Match[str], text: str) -> Found | None:
    day = day_ordinals()[m["dw"].lower()]
    year = int(m["y"]) if m["y"] else None
    if year and not _valid(year, _month(m["mon"]), day):
        return None
    return _found(m, ex.Date(year, _month(m["mon"]), day))


def build_modifier_range(m: re.Match[str], text: str) -> list[Found]:
    year = int(m["y"]) if m["y"] else None
    month = ex.Date(year, _month(m["mon"]))
    return [Found(m.start("m1"), m.end("m1"), ex.Modified(month, _modifier(m["m1"])), signal="von"),
            Found(m.start("m2"), m.end(), ex.Modified(month, _modifier(m["m2"])), signal="bis")]


def build_year_range(m: re.Match[str], text: str) -> list[Found] | None:
    first, last = int(m["y1"]), int(m["y2"])
    if not 0 < last - first < 100:
        return None
    return [Found(m.start("y1"), m.end("y1"), ex.Date(first)),
            Found(m.start("y2"), m.end("y2"), ex.Date(last), signal="bis")]


def build_shifted_day(m: re.Match[str], text: str) -> Found | None:
    """"heute vor einem Jahr", "Mittwoch in einer Woche", "Dienstag vor einer Woche": a day."""
    amount = parse_number(m["num"])
    if amount is None or amount != int(amount):
        return None
    base_word = m["base"].lower()
    base = ex.DayShift(tables()["day_words"][base_word]) if base_word in tables()["day_words"] \
        else ex.Weekday(_weekday(m["base"]), "this")
    unit = {"w": "W", "j": "Y", "m": "M", "t": "D"}[m["unit"][0].lower()]
    sign = -1 if m["dir"].lower() == "vor" else 1
    return _found(m, ex.Offset(base, sign * int(amount), unit, day_grain=True))


def _valid(year: int, month: int, day: int) -> bool:
    import datetime as dt

    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def build_textual_range(m: re.Match[str], text: str) -> list[Found] | None:
    d1, d2 = int(m["d1"]), int(m["d2"])
    m2 = _month(m["mon2"])
    m1 = _month(m["mon1"]) if m["mon1"] else m2
    y2 = _year(m["y2"])
    y1 = _year(m["y1"]) or (y2 if (m1, d1) <= (m2, d2) else (y2 - 1 if y2 else None))
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    first_end = m.end("y1") if m["y1"] else m.end("mon1") if m["mon1"] else m.start("d1") + len(m["d1"]) + 1
    first = ex.Date(y1, m1, d1, until=None if y1 else (m2, d2))
    second = ex.Date(y2, m2, d2) if y2 else ex.RangeEnd(first, m2, d2)
    return [Found(m.start("d1"), first_end, first), Found(m.start("d2"), m.end(), second, signal="bis")]


def build_weekday_range(m: re.Match[str], text: str) -> list[Found]:
    group = "wd1" if m["wd1"] else "wd1b"
    first = ex.Weekday(_weekday(m[group]))
    return [Found(m.start(group), m.end(group), first, signal="von" if group == "wd1" else "zwischen"),
            Found(m.start("wd2"), m.end("wd2"), ex.RangeEnd(first, dow=_weekday(m["wd2"])), signal="bis")]


def build_week_number(m: re.Match[str], text: str) -> Found | None:
    digits = m["n"] or m["n2"]
    number = int(digits.rstrip(".")) if digits else {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
                                                        "fünften": 5, "sechsten": 6, "siebten": 7, "achten": 8,
                                                        "neunten": 9, "zehnten": 10}.get((m["w"] or "").lower())
    if not number or not 1 <= number <= 53:
        return None
    return _found(m, ex.WeekNumber(number, _year(m["y"]) if m["y"] else None))


def build_midnight(m: re.Match[str], text: str) -> Found:
    return _found(m, ex.Clock(24, 0))


def build_month_range(m: re.Match[str], text: str) -> list[Found]:
    year = int(m["y"]) if m["y"] else None
    m1, m2 = _month(m["mon1"]), _month(m["mon2"])
    first = ex.Date(year if year is None or m1 <= m2 else year - 1, m1)
    second = ex.Date(year, m2) if year else ex.RangeEnd(first, m2)
    return [Found(m.start("mon1"), m.end("mon1"), first, signal="von"),
            Found(m.start("mon2"), m.end(), second, signal="bis")]


def build_numeric_date(m: re.Match[str], text: str) -> Found | None:
    day, month, year = int(m["d"]), int(m["m"]), _year(m["y"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year and not _valid(year, month, day):
        return None
    if not year and _words(m, text, before=False, count=1) and re.match(r"\d", text[m.end():m.end() + 1] or " "):
        return None
    start = m.start() if not (m["wd"] and m["wd"][0].islower()) else m.start("d")
    return Found(start, m.end(), ex.Date(year, month, day))


def build_numeric_range(m: re.Match[str], text: str) -> list[Found] | None:
    d1, d2, month2 = int(m["d1"]), int(m["d2"]), int(m["m2"])
    month1 = int(m["m1"]) if m["m1"] else month2
    year = _year(m["y"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= month1 <= 12 and 1 <= month2 <= 12):
        return None
    first_end = m.end("m1") + 1 if m["m1"] else m.start("d1") + len(m["d1"]) + 1
    first = ex.Date(year, month1, d1, until=None if year else (month2, d2))
    second = ex.Date(year, month2, d2) if year else ex.RangeEnd(first, month2, d2)
    return [Found(m.start("d1"), first_end, first), Found(m.start("d2"), m.end(), second, signal="bis")]


def build_iso_date(m: re.Match[str], text: str) -> Found | None:
    year, month = int(m["y"]), int(m["m"])
    if not 1 <= month <= 12:
        return None
    if m["d"] is None:
        if month == (year + 1) % 100:  # "2011-12" is a span of years, not December 2011
            return None
        return Found(m.start(), m.end(), ex.Date(year, month))
    day = int(m["d"])
    return Found(m.start(), m.end(), ex.Date(year, month, day)) if _valid(year, month, day) else None


def build_month_year(m: re.Match[str], text: str) -> Found:
    if m["y"]:
        base = ex.Date(int(m["y"]), _month(m["mon"]))
    else:
        base = ex.Date(None, _month(m["mon"]), year_offset=DIRECTION_OFFSET[_direction(m["yrel"]) or "this"])
    return _found(m, _modified(base, m["mod"]))


def build_month(m: re.Match[str], text: str) -> Found | None:
    if not (m["pre"] or m["mod"] or m["rel"]):
        return None
    direction = _direction(m["rel"])
    base = ex.Date(None, _month(m["mon"]), direction=direction if direction in ("last", "next", "this") else None)
    return _found(m, _modified(base, m["mod"]))


def build_weekday(m: re.Match[str], text: str) -> Found | None:
    previous = _words(m, text, before=True, count=1)
    if previous and previous[-1] in tables()["name_titles"]:  # "Herr Freitag"
        return None
    direction = _direction(m["rel"])
    if direction in ("after_next", "before_last"):  # "übernächsten Montag", "vorletzten Freitag"
        near = ex.Weekday(_weekday(m["wd"]), "next" if direction == "after_next" else "last")
        return _found(m, ex.Offset(near, 7 if direction == "after_next" else -7, "D"))
    direction = direction if direction in ("last", "next") else None  # "diesem Donnerstag" is a bare weekday
    week = DIRECTION_OFFSET[_direction(m["wkrel"]) or "this"] if m["wk"] else None
    base: ex.Expr = ex.Weekday(_weekday(m["wd"]), None if week is not None else direction, week)
    part = m["pod"] or m["pod2"]
    if part:
        base = ex.PartOfDay(base, tables()["parts_of_day"][part.lower()])
    return _found(m, base)


def build_night_to(m: re.Match[str], text: str) -> Found:
    day = ex.Weekday(_weekday(m["wd"]))
    return _found(m, ex.PartOfDay(ex.Offset(day, -1, "D"), "NI"))


MORNING_NOUN_BEFORE = {"am", "heute", "gestern", "jeden", "den", "diesen", "guten", "vom", "des", "frühen", "späten",
                       "der", "einen", "dem", "am frühen", "zum", "bis", "morgen"}


def build_day_word(m: re.Match[str], text: str) -> Found | None:
    word = m["w"]
    if word.lower() == "morgen" and word[0].isupper():
        previous = _words(m, text, before=True, count=1)
        if not _sentence_start(text, m.start()) or (previous and previous[-1] in MORNING_NOUN_BEFORE):
            return None
    if word[0].isupper() and not _sentence_start(text, m.start()):
        return None  # "die Zeitung Heute": a name
    if text[m.end():m.end() + 1] == "-":
        return None  # "die Heute-Show"
    shift = tables()["day_words"][word.lower()]
    base: ex.Expr = ex.DayShift(shift)
    if m["pod"]:
        part = tables()["parts_of_day"][m["pod"].lower()]
        # "heute Nacht" is the night just gone in a past sentence, the coming one otherwise
        base = ex.PartOfDay(None if (shift == 0 and part == "NI") else base, part)
    return _found(m, base)


def build_relative_day_adjective(m: re.Match[str], text: str) -> Found:
    shift = {"vorgestrigen": -2, "gestrigen": -1, "heutigen": 0, "morgigen": 1}[m["adj"].lower()]
    return _found(m, ex.DayShift(shift))


RELATIVE_TO_AN_EVENT = ("zuvor", "davor", "danach", "darauf", "vorher", "nachher")


def build_part_of_day(m: re.Match[str], text: str) -> Found | None:
    following = [w.lower() for w in _words(m, text, before=False, count=1)]
    if following and following[0] in RELATIVE_TO_AN_EVENT:  # "am Abend zuvor": not the reference day
        return None
    part = tables()["parts_of_day"][m["pod"].lower()]
    adj = (m["adj"] or "").lower()
    if adj in ("gestrigen", "gestern"):
        return _found(m, ex.PartOfDay(ex.DayShift(-1), part))
    if adj == "heutigen":
        return _found(m, ex.PartOfDay(ex.DayShift(0), part))
    return _found(m, ex.PartOfDay(None, part))  # type: ignore[arg-type]


def build_part_of_day_hours(m: re.Match[str], text: str) -> Found:
    stem = m["pod"].lower().removesuffix("stunden").removesuffix("s")
    return _found(m, ex.PartOfDay(None, tables()["parts_of_day"][stem]))


def build_relative_night(m: re.Match[str], text: str) -> Found | None:
    direction = _direction(m["rel"])
    if direction not in ("last", "next", "this"):
        return None
    return _found(m, ex.PartOfDay(ex.DayShift(-1 if direction == "last" else 0), "NI"))


HOUR_WORDS = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
              "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
MORNING_CUES = ("morgens", "früh", "morgen", "vormittag", "vormittags", "nachts", "frühmorgens")


AFTERNOON_ADVERBS = ("nachmittags", "abends")


def _afternoon(hour: int, adverb: str | None) -> int:
    """"um 10 Uhr abends" is 22:00; "um 10 Uhr nachts" too, "um 2 Uhr nachts" is 2:00."""
    adverb = (adverb or "").lower()
    if hour < 12 and (adverb in AFTERNOON_ADVERBS or (adverb == "nachts" and hour >= 8)):
        return hour + 12
    return hour


def build_clock(m: re.Match[str], text: str) -> Found | None:
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if hour > 24 or minute > 59:
        return None
    hour = _afternoon(hour, m["pod"])
    mod = "APPROX" if _qmod(m["qmod"]) == "APPROX" else None
    return _found(m, ex.Clock(hour, minute), mod=mod)


def build_clock_colon(m: re.Match[str], text: str) -> Found | None:
    hour, minute = int(m["h"]), int(m["m"])
    return _found(m, ex.Clock(hour, minute)) if hour <= 23 else None


def build_clock_words(m: re.Match[str], text: str) -> Found | None:
    after = [w.lower() for w in _words(m, text, before=False, count=1)]
    if after and after[0] in ("stunden", "stunde", "tage", "jahre", "prozent", "minuten"):
        return None
    hour = HOUR_WORDS.get(m["hw"].lower()) if not m["hw"].isdigit() else int(m["hw"])
    if hour is None or hour > 12:
        return None
    quarter = (m["q"] or "").lower()
    if m["half"]:
        hour, minute = hour - 1, 30
    elif quarter == "dreiviertel":
        hour, minute = hour - 1, 45
    elif quarter == "viertel" and (m["rel"] or "").lower() == "nach":
        minute = 15
    elif quarter == "viertel" and (m["rel"] or "").lower() == "vor":
        hour, minute = hour - 1, 45
    elif quarter == "viertel":  # "viertel acht" (east/south German) = 7:15
        hour, minute = hour - 1, 15
    else:
        minute = 0
    hour %= 12
    context = text[max(0, m.start() - 30):m.end() + 30].lower()
    if 1 <= hour <= 7 and not any(cue in context for cue in MORNING_CUES):
        hour += 12
    return _found(m, ex.Clock(hour, minute))


def build_clock_range(m: re.Match[str], text: str) -> list[Found] | None:
    h1, h2 = int(m["h1"]), int(m["h2"])
    m1, m2 = int(m["m1"] or 0), int(m["m2"] or 0)
    if h1 > 24 or h2 > 24 or h1 > h2:
        return None
    first_end = m.end("m1") if m["m1"] else m.end("h1")
    if m["u1"]:
        first_end = m.end("u1")
    return [Found(m.start("h1"), first_end, ex.Clock(h1, m1), signal="von"),
            Found(m.start("h2"), m.end(), ex.Clock(h2, m2), signal="bis")]


AGE_WORDS = ("alt", "alte", "alten", "alter", "altes", "jung", "junge", "jungen", "junger")
ADJECTIVE_MODS = {"knapp": "LESS_THAN", "gut": "MORE_THAN"}


def build_duration(m: re.Match[str], text: str) -> Found | None:
    if re.search(r"\d[:.,]$", text[max(0, m.start("num") - 2):m.start("num")]):
        return None  # "2:04:30 Stunden" is a race time, not thirty hours
    following = [w.lower() for w in _words(m, text, before=False, count=1)]
    if following and following[0].rstrip(".,;:!?") in AGE_WORDS:  # "drei Jahre alt": an age
        return None
    scale = tables()["scaled_duration_units"].get(m["unit"].lower())
    unit = scale[1] if scale else _unit_of(m["unit"], "duration_units")
    num_text = m["num"]
    if num_text.lower() == "eines" and m["unit"].lower() == "tages":  # "eines Tages" = some day
        return None
    if num_text.lower() in ("ein", "eine", "einen", "einem", "einer", "eines") and m["unit"][0].islower():
        return None
    amount = parse_number(num_text)
    prep = (m["prep"] or "").lower()
    adjective = (m["adj"] or "").lower().rstrip("nrs").rstrip("e")
    mod = _qmod(m["qmod"]) or ADJECTIVE_MODS.get(adjective) or ("MORE_THAN" if prep == "über" else None)
    if scale and amount is not None:
        amount *= scale[0]
    if re.fullmatch(r"\d+", num_text) and len(num_text) == 4 and unit == "Y":
        pass  # "2014 Jahre" is a count of years, still a duration
    if prep in ("vor", "bis vor") and not m["det"]:
        shift_mod = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}.get(mod or "")
        start = m.start("prep") if prep == "vor" else m.start("prep") + len("bis ")
        return Found(start, m.end("x"), ex.Shift(-amount if amount is not None else None, unit), shift_mod)
    if prep == "in" and not m["det"]:
        return Found(m.start("x"), m.end("x"), ex.Ahead(amount, unit), mod)
    return _found(m, ex.Duration(amount, unit), mod=mod)


def build_duration_pair(m: re.Match[str], text: str) -> Found | None:
    units = [_unit_of(m["u1"], "duration_units"), _unit_of(m["u2"], "duration_units")]
    amounts = [parse_number(m["n1"]), parse_number(m["n2"])]
    order = ["CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S"]
    if None in amounts or order.index(units[0]) >= order.index(units[1]):
        return None
    return _found(m, ex.CompoundDuration(tuple(zip(amounts, units, strict=True))))  # type: ignore[arg-type]


def build_duration_alternatives(m: re.Match[str], text: str) -> list[Found] | None:
    """"zwei bis drei Wochen": two durations, the first taking the unit of the second."""
    unit = _unit_of(m["unit"], "duration_units")
    first, second = parse_number(m["n1"]), parse_number(m["n2"])
    if first is None or second is None or first >= second:
        return None
    return [Found(m.start("n1"), m.end("n1"), ex.Duration(first, unit)),
            Found(m.start("n2"), m.end(), ex.Duration(second, unit))]


def build_race_time(m: re.Match[str], text: str) -> Found | None:
    seconds = float(m["s"].replace(",", "."))
    hours_unit = m["unit"].lower().startswith(("st", "h"))
    if hours_unit and not m["h"]:  # "1:45 Stunden": hours and minutes
        return _found(m, ex.CompoundDuration(((int(m["m"]), "H"), (seconds, "MIN"))))
    parts = ([(int(m["h"]), "H")] if m["h"] else []) + [(int(m["m"]), "MIN"), (seconds, "S")]
    return _found(m, ex.CompoundDuration(tuple(p for p in parts if p[0] or p[1] == "S")))


def build_bare_plural_duration(m: re.Match[str], text: str) -> Found:
    unit = _unit_of(m["unit"], "duration_units")
    if m["prep"].lower() == "vor":
        return Found(m.start("prep"), m.end(), ex.Shift(None, unit))
    return _found(m, ex.Duration(None, unit))


def build_duration_adjective(m: re.Match[str], text: str) -> Found | None:
    if m["stem"][0].isupper():  # "der 45-Jährige" is a person
        return None
    following = [w.lower() for w in _words(m, text, before=False, count=1)]
    if following and following[0] in tables()["person_nouns"]:  # "ein 34-jähriger Mann": an age
        return None
    word = m["num"].lower().rstrip("-")
    if word in ("mehr", "viel"):
        amount: float | None = None
    elif word == "ganz":
        amount = 1.0
    elif word == "halb":
        amount = 0.5
    elif word.isdigit():
        amount = float(word)
    else:
        amount = number_words().get(word)
        if amount is None:
            return None
    unit = tables()["duration_adjectives"][m["stem"].lower()]
    return _found(m, ex.Duration(amount, unit), mod=_qmod(m["qmod"]))


def build_vague_duration_word(m: re.Match[str], text: str) -> Found:
    stem = re.sub(r"(?:e[nmrs]?)$", "", m["w"].lower())
    return _found(m, ex.Duration(None, tables()["vague_duration_words"][stem]))


def build_relative_unit(m: re.Match[str], text: str) -> Found | None:
    direction = _direction(m["rel"])
    if direction is None:
        return None
    unit = _unit_of(m["unit"])
    if unit == "weekend":
        return _found(m, ex.Unit("weekend", 0, direction))
    return _found(m, ex.Unit(unit, DIRECTION_OFFSET[direction]))


def build_modified_unit(m: re.Match[str], text: str) -> Found:
    unit = _unit_of(m["unit"])
    direction = _direction(m["rel"]) or _direction(m["det"]) or "this"
    return _found(m, ex.Modified(ex.Unit(unit, DIRECTION_OFFSET[direction]), _modifier(m["mod"])))


def build_in_the_course_of(m: re.Match[str], text: str) -> Found | None:
    word = m["unit"].lower()
    if word in ("vormittags", "nachmittags", "abends"):
        return _found(m, ex.PartOfDay(None, tables()["parts_of_day"][word.removesuffix("s")]))
    if word == "tages":
        return _found(m, ex.DayShift(0))
    unit = _unit_of(word)
    return _found(m, ex.Unit(unit, DIRECTION_OFFSET[_direction(m["rel"]) or "this"]))


def build_half_of_year(m: re.Match[str], text: str) -> Found:
    year_offset = DIRECTION_OFFSET[_direction(m["yrel"]) or "this"] if "des" in m["x"].lower() and not m["y"] else None
    return _found(m, ex.Part("half", 1 if m["ord"].lower() == "ersten" else 2, int(m["y"]) if m["y"] else None,
                             year_offset))


def build_final_quarter(m: re.Match[str], text: str) -> Found:
    number = 1 if m["w"].lower().startswith("auftakt") else 4
    return _found(m, ex.Part("quarter", number, int(m["y"]) if m["y"] else None))


def build_compound(m: re.Match[str], text: str) -> Found | None:
    unit, offset, mod = tables()["unit_compounds"][m["c"].lower()]
    direction = _direction(m["rel"])
    if m["y"]:
        if unit != "year" or offset:
            return None
        base: ex.Expr = ex.Date(int(m["y"]))
    elif unit == "weekend":
        base = ex.Unit("weekend", 0, direction)
    else:
        base = ex.Unit(unit, offset + (DIRECTION_OFFSET[direction] if direction else 0))
    return _found(m, ex.Modified(base, mod) if mod else base)


def _sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?:\n»«\"„“]\s*$", text[max(0, start - 4):start]))


def build_heuer(m: re.Match[str], text: str) -> Found | None:
    return _found(m, ex.Unit("year", 0)) if m["x"].islower() or _sentence_start(text, m.start()) else None


def build_modified_year(m: re.Match[str], text: str) -> Found:
    return _found(m, ex.Modified(ex.Date(int(m["y"])), _modifier(m["mod"])))


def build_season(m: re.Match[str], text: str) -> Found | None:
    if not (m["pre"] or m["mod"] or m["rel"] or m["y"] or m["yrel"]):
        return None
    season_word = m["season"].lower()
    compound = tables()["season_compounds"].get(season_word)
    code = compound[0] if compound else tables()["seasons"][season_word]
    direction = _direction(m["rel"])
    offset = DIRECTION_OFFSET.get(direction) if direction else None
    year_offset = DIRECTION_OFFSET[_direction(m["yrel"]) or "this"] if m["yrel"] else None
    base: ex.Expr = ex.Season(code, int(m["y"]) if m["y"] else None, offset, year_offset)
    if compound:  # "Spätherbst": the end of autumn
        base = ex.Modified(base, compound[1])
    return _found(m, _modified(base, m["mod"]))


def build_part_of_year(m: re.Match[str], text: str) -> Found | None:
    number = tables()["ordinals"].get((m["ord"] or "").lower()) or int(m["ord"].rstrip("."))
    kind = "quarter" if m["kind"].lower().startswith("quartal") else "half"
    if kind == "half" and number > 2 or number > 4:
        return None
    year = int(m["y"]) if m["y"] else None
    year_offset = DIRECTION_OFFSET[_direction(m["yrel"]) or "this"] if m["yrel"] else -1 if m["prev"] else None
    return _found(m, ex.Part(kind, number, year, year_offset))


def build_quarter_code(m: re.Match[str], text: str) -> Found | None:
    kind = "quarter" if m["letter"] == "Q" else "half"
    number = int(m["n"])
    if kind == "half" and number > 2:
        return None
    return _found(m, ex.Part(kind, number, _year(m["y"])))


YEAR_CONTEXT = {"im", "seit", "bis", "ab", "von", "vom", "nach", "vor", "zwischen", "um", "in", "anfang", "mitte",
                "ende", "frühjahr", "sommer", "herbst", "winter", "jahr", "jahre", "jahres", "und", "sowie", "oder",
                "für", "bereits", "schon", "noch", "erst", "spätestens", "frühestens", "des", "dem"}


def build_year(m: re.Match[str], text: str) -> Found | None:
    year = int(m["y"])
    previous = _words(m, text, before=True, count=2)
    following = [w.lower() for w in _words(m, text, before=False, count=1)]
    t = tables()
    if following and following[0].rstrip(".,;:") in t["count_nouns"]:
        return None
    cues = set(t["count_cues"])
    if previous and (previous[-1] in cues or " ".join(previous[-2:]) in cues):
        return None
    in_context = bool(m["jahr"]) or bool(previous and previous[-1] in YEAR_CONTEXT)
    low, high = (1000, 2199) if in_context else (1900, 2100)
    if not low <= year <= high:
        return None
    if following and re.fullmatch(r"(?:uhr|h|%|prozent|euro|€|km|m|kg|mal)", following[0].rstrip(".,")):
        return None
    if re.match(r"\s+auf\s+\d", text[m.end():m.end() + 12]) or re.search(r"\bvon\s+[\d.]+\s+auf\s+$",
                                                                       text[max(0, m.start() - 25):m.start()]):
        return None  # "von 2000 auf 1800": a change in a count
    if not in_context and _count_position(m, text):
        return None
    return _found(m, ex.Date(year))


def _count_position(m: re.Match[str], text: str) -> bool:
    """"hat 1990 Sitzplätze": a bare number after a verb and before a noun on the same line counts."""
    before = re.search(r"(\w+)\s+$", text[max(0, m.start() - 30):m.start()])
    after = re.match(r"[ \t]+(\w)", text[m.end():m.end() + 4])
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
    decade: ex.Expr = _modified(ex.Decade(digits), m["mod"])
    return _found(m, ex.Modified(decade, adjective) if adjective and decade == ex.Decade(digits) else decade)


def build_century(m: re.Match[str], text: str) -> Found | None:
    number = int(m["n"]) if m["n"] else tables()["century_ordinals"][m["w"].lower()]
    if not 1 <= number <= 22:
        return None
    return _found(m, _modified(ex.Century(number), m["mod"]))


AMBIGUOUS_HOLIDAYS = {"auffahrt", "silvester", "nationalfeiertag", "halloween", "himmelfahrt", "nikolaus"}
NAME_LIKE_HOLIDAYS = {"silvester", "nikolaus"}  # also first names: "Silvester Stallone"


def build_holiday(m: re.Match[str], text: str) -> Found | None:
    name = re.sub(r"\s+", " ", m["h"].lower())
    if name in AMBIGUOUS_HOLIDAYS and not (m["pre"] or m["y"] or m["det"]):
        return None
    following = _words(m, text, before=False, count=1)
    if name in NAME_LIKE_HOLIDAYS and following and following[0][0].isupper() and not m["y"]:
        return None
    if name == "heiligen abend" and not (m["det"] or m["pre"]):
        return None
    holiday = _holiday(m["h"], int(m["y"]) if m["y"] else None)
    part = tables()["holidays"][name].get("part")
    return _found(m, ex.PartOfDay(holiday, part) if part else holiday)


def build_week_around_holiday(m: re.Match[str], text: str) -> Found:
    holiday = _holiday(m["h"], int(m["y"]) if m["y"] else None)
    return _found(m, ex.WeekOf(holiday, -1 if m["dir"].lower() == "vor" else 1))


def build_offset_holiday(m: re.Match[str], text: str) -> Found | None:
    amount = parse_number(m["num"])
    if amount is None or amount != int(amount):
        return None
    unit = "W" if m["unit"].lower().startswith("woche") else "D"
    sign = -1 if m["dir"].lower() == "vor" else 1
    return _found(m, ex.Offset(_holiday(m["h"], int(m["y"]) if m["y"] else None), sign * int(amount), unit))


SET_NOUNS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "wochenende": "XXXX-WXX-WE",
             "stunde": "PT1H", "quartal": "P3M"}


def build_every(m: re.Match[str], text: str) -> Found | None:
    what = m["what"].lower()
    t = tables()
    if what in t["weekdays"]:
        value = f"XXXX-WXX-{t['weekdays'][what]}"
        if m["pod"]:  # "jeden Montagabend"
            value += "T" + t["parts_of_day"][m["pod"].lower()]
    elif what in t["parts_of_day"]:
        value = f"XXXX-XX-XXT{t['parts_of_day'][what]}"
    elif what in t["months"]:
        value = f"XXXX-{t['months'][what]:02d}"
    elif what in t["seasons"]:
        value = f"XXXX-{t['seasons'][what]}"
    else:
        value = SET_NOUNS[what]
    return _found(m, ex.Recurrence(value))


def build_every_n(m: re.Match[str], text: str) -> Found | None:
    amount = parse_number(m["num"])
    if amount is None:
        return None
    from chrono.temporal.resolve import duration_value

    return _found(m, ex.Recurrence(duration_value(amount, _unit_of(m["unit"], "duration_units"))))


SET_UNITS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "stunde": "PT1H", "quartal": "P3M",
             "saison": "P1Y"}


def build_times_per(m: re.Match[str], text: str) -> Found:
    return _found(m, ex.Recurrence(SET_UNITS[m["unit"].lower()]))


def build_every_nth(m: re.Match[str], text: str) -> Found:
    n = {"zweit": 2, "dritt": 3, "viert": 4}[m["ord"].lower()[:5].rstrip("e")]
    letter = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y"}[m["unit"].lower()]
    return _found(m, ex.Recurrence(f"P{n}{letter}"))


def build_weekday_part_set(m: re.Match[str], text: str) -> Found | None:
    if m["x"][0].isupper() and not _sentence_start(text, m.start()):
        return None
    part = tables()["parts_of_day"][m["pod"].lower().removesuffix("s")]
    return _found(m, ex.Recurrence(f"XXXX-WXX-{_weekday(m['wd'])}T{part}"))


def build_set_word(m: re.Match[str], text: str) -> Found:
    return _found(m, ex.Recurrence(tables()["set_words"][m["w"].lower()]))


def build_weekday_set(m: re.Match[str], text: str) -> Found:
    return _found(m, ex.Recurrence(f"XXXX-WXX-{tables()['weekday_plural_sets'][m['w'].lower()]}"))


def build_anaphor(m: re.Match[str], text: str) -> Found | None:
    if "num" in m.re.groupindex:
        amount = parse_number(m["num"])
        if amount is None or amount != int(amount):
            return None
        unit = _unit_of(m["unit"], "duration_units")
        if unit not in ("D", "W", "M", "Y"):
            return None
        sign = -1 if m["dir"].lower() in ("zuvor", "davor", "vorher", "früher") else 1
        return _found(m, ex.Anaphor(sign * int(amount), unit))
    word = " ".join(m["x"].lower().split())
    for phrase, (amount, unit) in ANAPHORS.items():
        if word.endswith(phrase):
            return _found(m, ex.Anaphor(amount, unit, counted=False))
    return None


ANAPHORS = {"selben tag": (0, "D"), "gleichen tag": (0, "D"), "demselben tag": (0, "D"), "darauf": (1, "D"),
            "danach": (1, "D"), "folgetag": (1, "D"), "nächsten tag": (1, "D"), "folgenden tag": (1, "D"),
            "zuvor": (-1, "D"), "davor": (-1, "D"), "vortag": (-1, "D"), "folgejahr": (1, "Y"),
            "jahr darauf": (1, "Y"), "folgemonat": (1, "M")}


def build_vague_ref(m: re.Match[str], text: str) -> Found:
    direction = _direction(m["rel"])
    return _found(m, ex.Ref("FUTURE_REF" if direction == "next" else "PAST_REF"))


# --------------------------------------------------------------------------- the rule list

def rules() -> list[Rule]:
    a = _alts()
    DIR, NUM = a["DIR"], a["NUM"]
    PRE = r"(?:im|am|an|seit|bis|ab|vom|zum|für|nach|vor|bis\s+in\s+den|bis\s+zum|in\s+den|über\s+den|um|in)"
    spec: list[tuple[str, str, Any, int, int]] = [
        # name, pattern, builder, priority, flags
        ("textual_date_range",
         (rf"{B}(?P<d1>[0-3]?\d)\.\s*(?:(?P<mon1>{a['MON']}|{a['MONA']}\.?)(?:\s+(?P<y1>{YEAR}))?\s*)?"
         rf"(?:-|–|bis(?:\s+(?:zum|einschließlich))?|und|/)\s*(?P<d2>[0-3]?\d)\.\s*"
         rf"(?P<mon2>{a['MON']}|{a['MONA']}\.?)(?:\s+(?P<y2>{YEAR}))?{E}"),
         build_textual_range, 5, re.IGNORECASE),
        ("month_range",
         (rf"{B}(?:von|vom|zwischen)\s+(?P<mon1>{a['MON']})\s+(?:bis(?:\s+(?:zum|einschließlich))?|und)\s+"
         rf"(?P<mon2>{a['MON']})(?:\s+(?P<y>{YEAR}))?{E}"),
         build_month_range, 5, re.IGNORECASE),
        ("anaphor_counted",
         (rf"{B}(?P<x>(?P<num>{NUM})\s+(?P<unit>{a['DUNIT']})\s+"
          rf"(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher)){E}"),
         build_anaphor, 4, re.IGNORECASE),
        ("anaphor_word",
         (rf"{B}(?P<x>tags\s+(?:darauf|danach|zuvor|davor)|(?<=am\s)(?:Tag\s+(?:darauf|danach|zuvor|davor)|Folgetag|"
          rf"Vortag|(?:selben|gleichen|nächsten|folgenden)\s+Tag)|(?<=dem\s)selben\s+Tag|"
          rf"(?<=im\s)(?:Folgejahr|Jahr\s+darauf|Folgemonat)){E}"),
         build_anaphor, 4, re.IGNORECASE),
        ("weekday_range",
         (rf"{B}(?:(?:von|vom)\s+(?P<wd1>{a['WD']})\s+bis(?:\s+(?:zum|einschließlich))?|zwischen\s+(?P<wd1b>{a['WD']})"
         rf"\s+und)\s+(?P<wd2>{a['WD']}){E}"),
         build_weekday_range, 5, re.IGNORECASE),
        ("week_number",
         (rf"{B}(?P<x>(?:(?:der|die|dem)\s+)?(?:(?P<w>ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|"
         rf"neunten|zehnten)\s+Kalenderwoche|(?P<n2>\d{{1,2}}\.)\s+Kalenderwoche|(?:KW|Kalenderwoche)\s*(?P<n>\d{{1,2}}))"
         rf"(?:\s*/\s*|\s+)?(?P<y>{YEAR})?){E}"),
         build_week_number, 3, re.IGNORECASE),
        ("midnight", rf"{B}(?:um|gegen|nach|vor|bis|ab)\s+(?P<x>Mitternacht){E}", build_midnight, 2, re.IGNORECASE),
        ("textual_date",
         (rf"{B}(?:(?P<wd>{a['WD']}|{a['WDA']}\.?)\s*,?\s+(?:(?:den|dem)\s+)?)?(?P<d>[0-3]?\d)\.\s*"
         rf"(?P<mon>{a['MON']}|{a['MONA']}\.|{a['MONA']}(?=\s+\d))(?:\s+(?P<y>{YEAR}|'\d{{2}}){E}|"
         rf"\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres{E})?(?![\w])"),
         build_textual_date, 4, re.IGNORECASE),
        ("ordinal_word_date",
         (rf"{B}(?P<x>(?:(?P<wd>{a['WD']})\s*,?\s+(?:(?:den|dem)\s+)?)?(?P<dw>{a['DAYORD']})\s+(?P<mon>{a['MON']})"
         rf"(?:\s+(?P<y>{YEAR}))?){E}"),
         build_ordinal_word_date, 3, re.IGNORECASE),
        ("modifier_range",
         rf"{B}(?P<m1>{a['PARTMOD']})\s+bis\s+(?P<m2>{a['PARTMOD']})\s+(?P<mon>{a['MON']})(?:\s+(?P<y>{YEAR}))?{E}",
         build_modifier_range, 5, re.IGNORECASE),
        ("year_range",
         r"(?<![\d.,:/\w-])(?P<y1>(?:19|20)\d{2})\s*[-–]\s*(?P<y2>(?:19|20)\d{2})(?![\w%€$]|[.,:]\d)",
         build_year_range, 5, 0),
        ("shifted_day",
         (rf"{B}(?P<x>(?P<base>heute|gestern|morgen|{a['WD']})\s+(?P<dir>vor|in)\s+(?P<num>{NUM})\s+"
         rf"(?P<unit>Wochen?|Jahr(?:en)?|Monat(?:en)?|Tag(?:en)?)){E}"),
         build_shifted_day, 4, re.IGNORECASE),
        ("numeric_date_range",
         (r"(?<![\d.])(?P<d1>[0-3]?\d)\.(?:(?P<m1>[01]?\d)\.)?\s*(?:-|–|bis)\s*(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\."
         r"(?P<y>(?:19|20)\d{2}|\d{2})?(?![\d])"),
         build_numeric_range, 5, re.IGNORECASE),
        ("numeric_date",
         (rf"(?<![\d.,])(?:(?P<wd>{a['WD']}|{a['WDA']}\.?)\s*,?\s*)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\."
         rf"(?:(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?!\d)(?![.,]\d)|(?![\d]))"),
         build_numeric_date, 4, re.IGNORECASE),
        ("iso_date", r"(?<![\w.-])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\w-])",
         build_iso_date, 4, 0),
        ("month_year",
         (rf"{B}(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:(?:des|im)\s+)?)?(?P<mon>{a['MON']}|{a['MONA']}\.)"
         rf"(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres)){E}"),
         build_month_year, 3, re.IGNORECASE),
        ("month",
         (rf"{B}(?P<pre>{PRE}\s+)?(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+)?(?:(?:den|dem|der|des)\s+)?"
         rf"(?:(?P<rel>{DIR})\s+)?(?P<mon>{a['MON']})){E}"),
         build_month, 1, re.IGNORECASE),
        ("night_to",
         (rf"{B}(?P<x>(?:der|die)\s+Nacht\s+(?:(?:von|vom)\s+(?P<wd1>{a['WD']})\s+)?(?:zu|zum|auf|auf\s+den)\s+"
         rf"(?P<wd>{a['WD']})){E}"),
         build_night_to, 3, re.IGNORECASE),
        ("weekday",
         (rf"{B}(?P<x>(?:(?:dem|den|diesem|diesen|jenem)\s+)?(?:(?P<rel>{DIR})\s+)?(?P<wd>{a['WD']})"
         rf"(?P<pod>{a['POD']})?(?:\s+(?P<pod2>abend|morgen|früh|nachmittag|vormittag|mittag|nacht)(?![\w]))?"
         rf"(?:\s+(?P<wk>(?:(?:der|dieser)\s+)?(?P<wkrel>{DIR})\s+Woche))?){E}"),
         build_weekday, 2, re.IGNORECASE),
        ("day_word",
         (rf"{B}(?P<x>(?P<w>vorgestern|gestern|heute|übermorgen|morgen)"
         rf"(?:\s+(?:in\s+der\s+)?(?P<pod>morgen|früh|vormittag|mittag|nachmittag|abend|nacht){E})?){E}"),
         build_day_word, 2, re.IGNORECASE),
        ("relative_day_adjective",
         (rf"{B}(?P<x>(?:dem|den|der)\s+(?P<adj>vorgestrigen|gestrigen|heutigen|morgigen)\s+"
         rf"(?:Tag|{a['WD']}|{a['POD']})){E}"),
         build_relative_day_adjective, 2, re.IGNORECASE),
        ("part_of_day",
         (rf"{B}(?i:am|gegen|in\s+der|zur|zum)\s+(?P<x>(?:(?P<adj>frühen|späten|heutigen|gestrigen)\s+)?"
         rf"(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Früh)){E}"),
         build_part_of_day, 1, 0),
        ("part_of_day_hours",
         (rf"{B}(?:in|zu|bis\s+in)\s+(?P<x>den\s+(?:(?P<adj>frühen|späten)\s+)?"
          rf"(?P<pod>Morgenstunden|Vormittagsstunden|Mittagsstunden|Nachmittagsstunden|Abendstunden|Nachtstunden)){E}"),
         build_part_of_day_hours, 2, re.IGNORECASE),
        ("relative_night",
         rf"{B}(?P<x>(?:(?:der|die)\s+)?(?P<rel>{DIR})\s+Nacht){E}",
         build_relative_night, 2, re.IGNORECASE),
        ("clock",
         (rf"{B}(?P<x>(?:(?P<qmod>etwa|rund|ca\.|circa|ungefähr|genau|exakt|pünktlich)\s+)?"
         rf"(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s*Uhr(?:\s+(?:MEZ|MESZ|Ortszeit|UTC|GMT))?"
         rf"(?:\s+(?P<pod>morgens|früh|frühmorgens|vormittags|mittags|nachmittags|abends|nachts|in\s+der\s+Früh)"
         rf"(?![\w]))?){E}"),
         build_clock, 3, 0),
        ("clock_colon", rf"{B}(?:um|gegen|ab)\s+(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d))(?![\w:])",
         build_clock_colon, 2, re.IGNORECASE),
        ("clock_words",
         (rf"{B}(?P<x>(?:(?P<q>viertel|dreiviertel)\s+(?:(?P<rel>nach|vor)\s+)?|(?P<half>halb)\s+)"
         rf"(?P<hw>zwölf|elf|zehn|neun|acht|sieben|sechs|fünf|vier|drei|zwei|eins|ein|1[0-2]|[1-9])"
         rf"(?:\s+Uhr)?){E}"),
         build_clock_words, 2, re.IGNORECASE),
        ("clock_word_hour",
         (rf"{B}(?P<x>(?P<hw>zwölf|elf|zehn|neun|acht|sieben|sechs|fünf|vier|drei|zwei|eins|ein)\s+Uhr"
          rf"(?:\s+(?P<pod>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)(?![\w]))?){E}"),
         lambda m, t: _found(m, ex.Clock(_afternoon(HOUR_WORDS[m["hw"].lower()], m["pod"]), 0)), 2, re.IGNORECASE),
        ("clock_range",
         (rf"{B}(?:(?:von|zwischen)\s+)?(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<m1>[0-5]\d))?(?:\s*(?P<u1>Uhr))?\s*"
         rf"(?:bis|und|-|–)\s*(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d))?\s*Uhr{E}"),
         build_clock_range, 5, 0),
        ("duration",
         (rf"{B}(?:(?P<prep>bis\s+vor|vor|in|seit|nach|für|mit|binnen|innerhalb(?:\s+von)?|über|um|auf)\s+)?"
         rf"(?P<x>(?:(?P<det>den|die|der|dem)\s+)?(?:(?P<rel>vergangenen|letzten|kommenden|nächsten|ersten|"
         rf"zurückliegenden|folgenden|vergangene|letzte|kommende|nächste|ersten)\s+)?(?:(?P<qmod>{a['QMOD']})\s+)?"
         rf"(?P<num>{NUM}|{a['VAGUE']})\s+(?:(?P<adj>ganze[nrs]?|ganzen|volle[nrs]?|knappe[nrs]?|gute[nrs]?)\s+)?"
         rf"(?P<unit>{a['DUNIT']})){E}"),
         build_duration, 1, re.IGNORECASE),
        ("duration_pair",
         (rf"{B}(?P<x>(?P<n1>{NUM})\s+(?P<u1>{a['DUNIT']})\s+und\s+(?P<n2>{NUM})\s+(?P<u2>{a['DUNIT']})){E}"),
         build_duration_pair, 2, re.IGNORECASE),
        ("duration_alternatives",
         rf"{B}(?P<n1>{NUM})\s*(?:bis|-|–|oder)\s*(?P<n2>{NUM})\s+(?P<unit>{a['DUNIT']}){E}",
         build_duration_alternatives, 2, re.IGNORECASE),
        ("race_time",
         (r"(?<![\d:.,])(?P<x>(?:(?P<h>\d{1,2}):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d(?:,\d+)?)\s*"
          r"(?P<unit>Stunden|Std\.|h|Minuten|Min\.))(?![\w])"),
         build_race_time, 3, re.IGNORECASE),
        ("not_temporal", rf"{B}(?P<x>{a['NOTTEMP']}){E}", lambda m, t: _found(m, ex.NotTemporal()), 9, re.IGNORECASE),
        ("bare_plural_duration",
         rf"{B}(?P<prep>seit|vor)\s+(?P<x>(?P<unit>Jahren|Monaten|Wochen|Tagen|Stunden|Jahrzehnten|Minuten)){E}",
         build_bare_plural_duration, 1, re.IGNORECASE),
        ("duration_adjective",
         (rf"{B}(?P<x>(?:(?P<qmod>{a['QMOD']})\s+)?(?P<num>{a['NUMW']}|\d+-|mehr|viel|ganz|halb)"
         rf"(?P<stem>{a['DADJ']})(?:e[nmrs]?)?){E}"),
         build_duration_adjective, 1, re.IGNORECASE),
        ("vague_duration_word", rf"{B}(?P<x>(?P<w>{a['VAGUEDUR']}(?:e[nmrs]?)?)){E}",
         build_vague_duration_word, 1, re.IGNORECASE),
        ("relative_unit",
         (rf"{B}(?P<x>(?:(?:der|die|das|den|dem|des)\s+)?(?P<rel>{DIR})\s+"
         rf"(?P<unit>Woche|Wochenende|Wochenendes|Monat|Monats|Jahr|Jahres|Jahrs|Quartal|Quartals|Halbjahr|"
         rf"Halbjahres|Jahreshälfte)){E}"),
         build_relative_unit, 2, re.IGNORECASE),
        ("modified_unit",
         (rf"{B}(?P<x>(?P<mod>{a['PARTMOD']})\s+(?:(?P<det>der|des|dieser|dieses|diesen)\s+)?(?:(?P<rel>{DIR})\s+)?"
         rf"(?P<unit>Woche|Monats|Jahres|Jahrs|Quartals|Halbjahres|Jahrzehnts|Jahr|Monat)){E}"),
         build_modified_unit, 3, re.IGNORECASE),
        ("in_the_course_of",
         (rf"{B}(?P<x>Laufe\s+(?:des|der)\s+(?:(?P<rel>{DIR})\s+)?"
          rf"(?P<unit>Tages|Woche|Monats|Jahres|Vormittags|Nachmittags|Abends)){E}"),
         build_in_the_course_of, 3, re.IGNORECASE),
        ("half_of_year",
         (rf"{B}(?P<x>(?:der|die)\s+(?P<ord>ersten|zweiten)\s+(?:Jahres)?[Hh]älfte(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})|"
          rf"\s+des\s+(?:(?P<yrel>{DIR})\s+)?Jahres)?){E}"),
         build_half_of_year, 3, re.IGNORECASE),
        ("final_quarter",
         rf"{B}(?P<x>(?P<w>Schlussquartal|Auftaktquartal|Jahresschlussquartal)s?(?:\s+(?P<y>{YEAR}))?){E}",
         build_final_quarter, 3, re.IGNORECASE),
        ("quarter_alone", r"(?:(?<=\b[Ii]m\s)|(?<=\b[Dd]as\s)|(?<=\bins\s))(?P<x>Q(?P<n>[1-4]))(?![\w/])",
         lambda m, t: _found(m, ex.Part("quarter", int(m["n"]))), 2, 0),
        ("compound",
         rf"{B}(?P<x>(?:(?P<rel>{DIR})\s+)?(?P<c>{a['COMPOUND']})(?:\s+(?P<y>{YEAR}))?){E}",
         build_compound, 2, re.IGNORECASE),
        ("heuer", rf"{B}(?P<x>heuer){E}", build_heuer, 2, re.IGNORECASE),
        ("modified_year",
         rf"{B}(?P<x>(?P<mod>{a['PARTMOD']})\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})){E}",
         build_modified_year, 3, re.IGNORECASE),
        ("season",
         (rf"{B}(?P<pre>(?:im|seit\s+dem|seit|bis\s+zum|bis\s+in\s+den|ab\s+dem|vom|zum|über\s+den|für\s+den|"
         rf"in\s+den|durch\s+den|während\s+des|diesen|diesem|jenen|und|oder|bis)\s+)?"
         rf"(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:des\s+|der\s+)?)?(?:(?:dem|den|der|des)\s+)?(?:(?P<rel>{DIR})\s+)?"
         rf"(?P<season>{a['SEASON']}|{a['SEASONC']})s?(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres)?)"
         rf"{E}"),
         build_season, 2, re.IGNORECASE),
        ("part_of_year",
         (rf"{B}(?P<x>(?:(?:das|dem|des)\s+)?(?P<ord>{a['ORD']}|[1-4]\.)\s+(?P<kind>Quartals?|Halbjahr(?:es)?|"
         rf"Jahreshälfte)(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres|"
         rf"\s+des\s+(?P<prev>Vorjahres))?){E}"),
         build_part_of_year, 3, re.IGNORECASE),
        ("quarter_code", rf"{B}(?P<x>(?P<letter>Q|H)(?P<n>[1-4])(?:\s*/\s*|\s+)(?P<y>{YEAR}|\d{{2}})){E}",
         build_quarter_code, 3, 0),
        ("year",
         (r"(?<![\d.,:/\w-])(?<![€$£]\s)(?P<x>(?:(?:dem|des|das)\s+)?(?:(?P<jahr>Jahr|Jahre|Jahres)\s+)?"
         r"(?P<y>\d{4}))(?![\w%€$]|[.,:]\d|/\d|-\d)"),
         build_year, 0, re.IGNORECASE),
        ("decade",
         (rf"{B}(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+)?(?:(?P<det>die|den|der)\s+)?"
         rf"(?:(?P<adj>frühen|späten|mittleren|ausgehenden)\s+)?"
         rf"(?:(?P<cent>1[5-9]|20)?(?P<dec>[0-9]0)er(?:n)?(?:[-\s]?(?P<j>[Jj]ahren?))?|"
         rf"(?P<word>{a['DECW']})(?:n)?(?:[-\s]?(?P<j2>[Jj]ahren?))?)){E}"),
         build_decade, 2, re.IGNORECASE),
        ("century",
         (rf"{B}(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:des\s+)?)?(?:(?:das|dem|des)\s+)?"
         rf"(?:(?P<n>\d{{1,2}})\.\s*|(?P<w>{a['CENT']})\s+)Jahrhunderts?){E}"),
         build_century, 3, re.IGNORECASE),
        ("week_around_holiday",
         (rf"{B}(?P<x>(?:der|die)\s+Woche\s+(?P<dir>vor|nach)\s+(?:dem\s+|den\s+)?(?P<h>{a['HOLIDAY']})"
         rf"(?:\s+(?P<y>{YEAR}))?){E}"),
         build_week_around_holiday, 4, re.IGNORECASE),
        ("offset_holiday",
         (rf"{B}(?P<x>(?P<num>{NUM})\s+(?P<unit>Tage|Tag|Wochen|Woche)\s+(?P<dir>vor|nach)\s+(?:dem\s+)?"
         rf"(?P<h>{a['HOLIDAY']})(?:\s+(?P<y>{YEAR}))?){E}"),
         build_offset_holiday, 4, re.IGNORECASE),
        ("holiday",
         (rf"{B}(?P<pre>(?:an|zu|über|vor|nach|bis|seit|ab|am|um|kurz\s+vor|kurz\s+nach|zum)\s+)?"
         rf"(?P<x>(?:(?P<det>dem|den|der|des)\s+)?(?P<h>{a['HOLIDAY']})(?:\s+(?P<y>{YEAR}))?){E}"),
         build_holiday, 2, re.IGNORECASE),
        ("every",
         (rf"{B}(?P<x>(?:jeden|jede|jedes|jeder)\s+(?P<what>{a['WD']}|Tag|Woche|Monat|Jahr|Stunde|Quartal|"
         rf"Wochenende|{a['POD']}|{a['MON']}|{a['SEASON']})(?P<pod>abend|morgen|nachmittag|vormittag|mittag|nacht)?){E}"),
         build_every, 2, re.IGNORECASE),
        ("times_per",
         (rf"{B}(?P<x>(?P<n>einmal|zweimal|dreimal|viermal|fünfmal|mehrmals|\d+\s*-?\s*mal)\s+"
          rf"(?:im|pro|in\s+der|die|je|am|in\s+der)\s+(?P<unit>Tag|Woche|Monat|Jahr|Stunde|Quartal|Saison)){E}"),
         build_times_per, 2, re.IGNORECASE),
        ("every_nth",
         (rf"{B}(?P<x>(?:jeden|jede|jedes)\s+(?P<ord>zweiten|dritten|vierten|zweite|dritte|vierte|zweites|drittes)\s+"
          rf"(?P<unit>Tag|Woche|Monat|Jahr)){E}"),
         build_every_nth, 3, re.IGNORECASE),
        ("weekends_set", rf"{B}(?:an|am)\s+(?P<x>(?:den\s+)?Wochenenden){E}",
         lambda m, t: _found(m, ex.Recurrence("XXXX-WXX-WE")), 2, re.IGNORECASE),
        ("weekday_part_set", rf"{B}(?P<x>(?P<wd>{a['WD']})(?P<pod>morgens|vormittags|mittags|nachmittags|abends|nachts)){E}",
         build_weekday_part_set, 2, re.IGNORECASE),
        ("every_n", rf"{B}(?P<x>alle\s+(?P<num>{NUM})\s+(?P<unit>{a['DUNIT']})){E}", build_every_n, 2, re.IGNORECASE),
        ("set_word", rf"{B}(?P<x>(?P<w>{a['SETW']})){E}", build_set_word, 1, re.IGNORECASE),
        ("weekday_set", rf"{B}(?P<x>(?P<w>{a['WDS']})){E}", build_weekday_set, 1, re.IGNORECASE),
        ("vague_ref",
         (rf"{B}(?P<x>(?:den|die)\s+(?P<rel>kommenden|nächsten|vergangenen|letzten|zurückliegenden)\s+"
         rf"(?:Tagen?|Wochen|Monaten?|Jahren?|Jahrzehnten?)){E}"),
         build_vague_ref, 0, re.IGNORECASE),
    ]
    triggers = _triggers()
    return [Rule(name, re.compile(pattern, flags), build, priority, triggers[name])
            for name, pattern, build, priority, flags in spec]


def _triggers() -> dict[str, Trigger]:
    """For each rule, the words it cannot match without."""
    t = tables()

    def words(*keys: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
        out: set[str] = set(extra)
        for key in keys:
            table = t[key]
            values = table.values() if isinstance(table, dict) and key in ("duration_units", "units") else [table]
            for v in values:
                out.update(w for entry in v for w in entry.split())
        return frozenset(out)

    small_number = re.compile(r"\d{1,2}")
    four_digits = re.compile(r"\d{4}")
    months = words("months", "month_abbreviations")
    weekday_prefixes = tuple(t["weekdays"])
    units = words("duration_units") | frozenset(t["scaled_duration_units"])
    holiday_words = frozenset(w for name in t["holidays"] for w in name.split()
                              if w not in ("der", "die", "des", "tag", "ersten", "zweiten", "heilige", "heiligen", "drei"))
    unit_nouns = words("units", extra=("woche", "monats", "jahres", "jahrs", "quartals", "halbjahres"))
    return {
        "textual_date_range": Trigger(months, reach=(30, 8)),
        "month_range": Trigger(months, reach=(25, 25)),
        "textual_date": Trigger(months, reach=(25, 8)),
        "numeric_date_range": Trigger(shape=small_number, reach=(15, 20)),
        "numeric_date": Trigger(shape=small_number, reach=(14, 12)),
        "iso_date": Trigger(shape=four_digits, reach=(3, 8)),
        "month_year": Trigger(months, reach=(20, 30)),
        "month": Trigger(months, reach=(30, 3)),
        "night_to": Trigger(frozenset({"nacht"}), reach=(20, 45)),
        "weekday": Trigger(prefixes=weekday_prefixes, reach=(30, 40)),
        "ordinal_word_date": Trigger(months, reach=(40, 8)),
        "modifier_range": Trigger(months, reach=(25, 8)),
        "year_range": Trigger(shape=four_digits, reach=(2, 12)),
        "shifted_day": Trigger(frozenset({"vor", "in"}), reach=(15, 25)),
        "anaphor_counted": Trigger(frozenset({"später", "danach", "darauf", "zuvor", "davor", "vorher", "früher"}),
                                   reach=(40, 3)),
        "anaphor_word": Trigger(frozenset({"tags", "tag", "folgetag", "vortag", "folgejahr", "jahr", "folgemonat"}),
                                reach=(12, 12)),
        "duration_pair": Trigger(units, reach=(30, 30)),
        "duration_alternatives": Trigger(units, reach=(35, 3)),
        "race_time": Trigger(frozenset({"stunden", "std", "h", "minuten", "min"}), reach=(14, 2)),
        "not_temporal": Trigger(frozenset(w for name in t["not_temporal"] for w in re.findall(r"\w+", name)
                                          if len(w) > 3), reach=(25, 25)),
        "times_per": Trigger(frozenset({"tag", "woche", "monat", "jahr", "stunde", "quartal", "saison"}), reach=(25, 3)),
        "every_nth": Trigger(frozenset({"jeden", "jede", "jedes"}), reach=(2, 25)),
        "weekends_set": Trigger(frozenset({"wochenenden"}), reach=(10, 3)),
        "weekday_part_set": Trigger(prefixes=weekday_prefixes, reach=(2, 3)),
        "in_the_course_of": Trigger(frozenset({"laufe"}), reach=(2, 40)),
        "half_of_year": Trigger(infixes=("hälfte",), reach=(20, 30)),
        "final_quarter": Trigger(prefixes=("schlussquartal", "auftaktquartal", "jahresschlussquartal"), reach=(2, 8)),
        "quarter_alone": Trigger(frozenset({"q1", "q2", "q3", "q4"}), reach=(5, 3)),
        "weekday_range": Trigger(prefixes=weekday_prefixes, reach=(40, 35)),
        "week_number": Trigger(frozenset({"kw", "kalenderwoche"}), reach=(30, 12)),
        "midnight": Trigger(frozenset({"mitternacht"}), reach=(10, 2)),
        "day_word": Trigger(words("day_words"), reach=(5, 25)),
        "relative_day_adjective": Trigger(frozenset({"vorgestrigen", "gestrigen", "heutigen", "morgigen"}), reach=(5, 25)),
        "part_of_day": Trigger(words("parts_of_day"), reach=(25, 3)),
        "part_of_day_hours": Trigger(infixes=("stunden",), reach=(25, 3)),
        "relative_night": Trigger(frozenset({"nacht"}), reach=(30, 3)),
        "clock": Trigger(frozenset({"uhr"}), reach=(25, 30)),
        "clock_colon": Trigger(shape=small_number, reach=(10, 8)),
        "clock_words": Trigger(frozenset({"halb", "viertel", "dreiviertel"}), reach=(15, 20)),
        "clock_word_hour": Trigger(frozenset({"uhr"}), reach=(10, 25)),
        "clock_range": Trigger(frozenset({"uhr"}), reach=(30, 5)),
        "duration": Trigger(units, reach=(70, 3)),
        "bare_plural_duration": Trigger(units, reach=(10, 2)),
        "duration_adjective": Trigger(infixes=tuple(t["duration_adjectives"]), reach=(30, 3)),
        "vague_duration_word": Trigger(prefixes=tuple(t["vague_duration_words"]), reach=(2, 3)),
        "relative_unit": Trigger(unit_nouns, reach=(35, 3)),
        "modified_unit": Trigger(unit_nouns, reach=(45, 3)),
        "compound": Trigger(frozenset(t["unit_compounds"]), reach=(25, 8)),
        "heuer": Trigger(frozenset({"heuer"}), reach=(2, 2)),
        "modified_year": Trigger(shape=four_digits, reach=(30, 2)),
        "season": Trigger(prefixes=tuple(t["seasons"]) + tuple(t["season_compounds"]), reach=(45, 30)),
        "part_of_year": Trigger(frozenset({"quartal", "quartals", "halbjahr", "halbjahres", "jahreshälfte"}), reach=(30, 35)),
        "quarter_code": Trigger(frozenset({"q1", "q2", "q3", "q4", "h1", "h2"}), reach=(2, 10)),
        "year": Trigger(shape=four_digits, reach=(20, 10)),
        "decade": Trigger(infixes=("0er",) + tuple(t["decade_words"]), reach=(25, 10)),
        "century": Trigger(prefixes=("jahrhundert",), reach=(30, 3)),
        "week_around_holiday": Trigger(holiday_words, reach=(30, 10)),
        "offset_holiday": Trigger(holiday_words, reach=(40, 10)),
        "holiday": Trigger(holiday_words, reach=(25, 30)),
        "every": Trigger(frozenset({"jeden", "jede", "jedes", "jeder"}), reach=(2, 20)),
        "every_n": Trigger(frozenset({"alle"}), reach=(2, 40)),
        "set_word": Trigger(frozenset(t["set_words"]), reach=(2, 2)),
        "weekday_set": Trigger(frozenset(t["weekday_plural_sets"]), reach=(2, 2)),
        "vague_ref": Trigger(units, reach=(40, 3)),
    }


# --------------------------------------------------------------------------- the language

def _plural_preterite(word: str) -> bool:
    """Weak preterite plurals that no present form shares: "-ierten", and "-eten" in long words."""
    return word.endswith(("ierten", "ierte")) or (word.endswith("eten") and len(word) > 7)


def _maybe_preterite(word: str) -> bool:
    tense = tables()["tense"]
    if len(word) < 5 or not word.isalpha() or not word.endswith(tuple(tense["preterite_endings"])):
        return False
    if word in tense["not_preterite"] or word in tables()["day_words"]:
        return False
    return not (word.endswith("ste") and not word.endswith("sste"))  # superlatives: "größte"


def language() -> Language:
    t = tables()
    tense = t["tense"]

    preps = alternation(t["prepositions"])
    return Language(
        code="de",
        rules=rules(),
        tables=t,
        tense_words={"future": frozenset(tense["future"]), "present": frozenset(tense["present"]),
                     "past": frozenset(tense["past"]), "auxiliary": frozenset(tense["participle_auxiliaries"]),
                     "past_over_future": frozenset(tense["past_over_future"]),
                     "perfect": frozenset(tense["perfect_auxiliaries"])},
        preterite=_maybe_preterite,
        plural_preterite=_plural_preterite,
        not_after=frozenset(tense["determiners"]),
        infinitive_clause=re.compile(r"(?<![\w])(?:zu\s+[a-zäöüß]+n|[a-zäöüß]{2,}zu[a-zäöüß]{3,}n)\W*$"),
        present_in_ten=frozenset(tense["present_in_ten"]),
        lead_words=frozenset(w for p in t["prepositions"] for w in p.split()) | frozenset(tense["lead_words"]),
        participle=re.compile(
            r"(?<![\w])(?:an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen|ab|dar|her|hin|um|los|teil|"
            r"statt|fort|vorbei|hervor|heraus|herab|hinzu|durch|über|unter|wieder|vorher)?ge[a-zäöüß]{3,}(?:t|en)"
            r"(?![\w])"),
        preposition=re.compile(rf"(?:^|(?<=[\s(„\"«»]))(?P<p>{preps})\s+$", re.IGNORECASE),
        signals=t["signals"],
        approx_prepositions=frozenset({"gegen", "um etwa", "etwa um"}),
        past_signals=frozenset({"seit"}),
        part_of_day_joiner=re.compile(r"\s+(?:des|vom)\s+", re.IGNORECASE),
        approx_joiner=re.compile(r"(?<![\w])(?:gegen|etwa|ca\.|circa|ungefähr)(?![\w])", re.IGNORECASE),
        range_joiner=re.compile(r"\s*(?:-|–|bis(?:\s+(?:zum|zur|ins|in\s+den|einschließlich))?|und)\s*", re.IGNORECASE),
        day_time_joiner=re.compile(r"\s*,?\s*(?:(?:um|gegen|ab|bis|kurz\s+nach|kurz\s+vor|am|ca\.|etwa)\s+)?", re.IGNORECASE),
    )
