"""German rules for lengths of time, recurrences and anaphors: "rund vier Stunden", "jeden
Mittwoch", "drei Tage später"."""
from __future__ import annotations

import re

from chrono.lang.de.words import (
    direction_of,
    duration_unit,
    found,
    neighbours,
    number_words,
    parse_number,
    quantity_mod_of,
    sentence_start,
    tables,
    weekday_of,
)
from chrono.temporal import expr as ex
from chrono.temporal.durations import duration_value
from chrono.temporal.rules import Found

_NUMBER_PUNCTUATION_BEFORE = re.compile(r"\d[:.,]$")
_FROM_BEFORE = re.compile(r"(?<![\w])ab\s+$")
_TIMES_BEFORE = re.compile(r"(?:\d|ein|zwei|drei|vier|fünf)\s*-?mal\s+$")
_DIGITS = re.compile(r"\d+")
_INFLECTION = re.compile(r"(?:e[nmrs]?)$")

AGE_WORDS = ("alt", "alte", "alten", "alter", "altes", "jung", "junge", "jungen", "junger", "jünger", "jüngere",
             "jüngeren", "jüngerer", "älter", "ältere", "älteren", "älterer")


ADJECTIVE_MODS = {"knapp": "LESS_THAN", "gut": "MORE_THAN"}


def build_duration(m: re.Match[str], text: str) -> Found | None:
    if _NUMBER_PUNCTUATION_BEFORE.search(text[max(0, m.start("num") - 2):m.start("num")]):
        return None  # "2:04:30 Stunden" is a race time, not thirty hours
    following = [w.lower() for w in neighbours(m, text, before=False, count=1)]
    if following and following[0].rstrip(".,;:!?") in AGE_WORDS:  # "drei Jahre alt", "16 Jahre jünger": an age
        return None
    if not m["prep"] and _FROM_BEFORE.search(text[max(0, m.start("x") - 4):m.start("x")]):
        return None  # "Kinder ab 16 Jahren": an age
    scale, unit = duration_unit(m["unit"])
    if m["prep"] and m["prep"].lower() == "in" and _TIMES_BEFORE.search(
                                                               text[max(0, m.start() - 12):m.start()].lower()):
        amount = parse_number(m["num"])  # "nur einmal in 50 Jahren": how often, not when
        return Found(m.start("x"), m.end("x"), ex.Recurrence(duration_value(_scaled(amount, scale), unit)))
    num_text = m["num"]
    if num_text.lower() == "eines" and m["unit"].lower() == "tages":  # "eines Tages" = some day
        return None
    if num_text.lower() in ("ein", "eine", "einen", "einem", "einer", "eines") and m["unit"][0].islower():
        return None
    amount = parse_number(num_text)
    prep = (m["prep"] or "").lower()
    adjective = (m["adj"] or "").lower().rstrip("nrs").rstrip("e")
    mod = quantity_mod_of(m["qmod"]) or ADJECTIVE_MODS.get(adjective) or ("MORE_THAN" if prep == "über" else None)
    amount = _scaled(amount, scale)
    if _DIGITS.fullmatch(num_text) and len(num_text) == 4 and unit == "Y":
        pass  # "2014 Jahre" is a count of years, still a duration
    if prep in ("vor", "bis vor") and not m["det"]:
        shift_mod = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}.get(mod or "")
        start = m.start("prep") if prep == "vor" else m.start("prep") + len("bis ")
        return Found(start, m.end("x"), ex.Shift(-amount if amount is not None else None, unit), shift_mod)
    if prep == "in" and not m["det"]:
        return Found(m.start("x"), m.end("x"), ex.Ahead(amount, unit), mod)
    return found(m, ex.Duration(amount, unit), mod=mod)


def _scaled(amount: float | None, scale: int) -> float | None:
    return amount * scale if amount is not None and scale != 1 else amount


def build_duration_pair(m: re.Match[str], text: str) -> Found | None:
    (scale1, unit1), (scale2, unit2) = duration_unit(m["u1"]), duration_unit(m["u2"])
    units = [unit1, unit2]
    amounts = [_scaled(parse_number(m["n1"]), scale1), _scaled(parse_number(m["n2"]), scale2)]
    order = ["ML", "CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S"]
    if None in amounts or not set(units) <= set(order) or order.index(units[0]) >= order.index(units[1]):
        return None
    return found(m, ex.CompoundDuration(tuple(zip(amounts, units, strict=True))))  # type: ignore[arg-type]


def build_duration_alternatives(m: re.Match[str], text: str) -> list[Found] | None:
    """"zwei bis drei Wochen": two durations, the first taking the unit of the second."""
    scale, unit = duration_unit(m["unit"])
    first, second = _scaled(parse_number(m["n1"]), scale), _scaled(parse_number(m["n2"]), scale)
    if first is None or second is None or first >= second:
        return None
    return [Found(m.start("n1"), m.end("n1"), ex.Duration(first, unit)),
            Found(m.start("n2"), m.end(), ex.Duration(second, unit))]


def build_race_time(m: re.Match[str], text: str) -> Found | None:
    seconds = float(m["s"].replace(",", "."))
    hours_unit = m["unit"].lower().startswith(("st", "h"))
    if hours_unit and not m["h"]:  # "1:45 Stunden": hours and minutes
        return found(m, ex.CompoundDuration(((int(m["m"]), "H"), (seconds, "MIN"))))
    parts = ([(int(m["h"]), "H")] if m["h"] else []) + [(int(m["m"]), "MIN"), (seconds, "S")]
    return found(m, ex.CompoundDuration(tuple(p for p in parts if p[0] or p[1] == "S")))


def build_bare_plural_duration(m: re.Match[str], text: str) -> Found:
    unit = duration_unit(m["unit"])[1]
    if m["prep"].lower() == "vor":
        return Found(m.start("prep"), m.end(), ex.Shift(None, unit))
    return found(m, ex.Duration(None, unit))


def build_duration_adjective(m: re.Match[str], text: str) -> Found | None:
    if m["stem"][0].isupper():  # "der 45-Jährige" is a person
        return None
    following = [w.lower().rstrip(".,;:!?") for w in neighbours(m, text, before=False, count=1)]
    if following and following[0] in tables()["person_nouns"]:  # "ein 34-jähriger Mann": an age
        return None
    if m["num"][0].isdigit() and m["stem"].lower() == "jährig" and not (
            following and following[0] in tables()["duration_nouns"]):
        return None  # "ein 58-jähriger Abgeordneter": ages are written in digits, spans of time name what lasts
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
    return found(m, ex.Duration(amount, unit), mod=quantity_mod_of(m["qmod"]))


def build_vague_duration_word(m: re.Match[str], text: str) -> Found:
    stem = _INFLECTION.sub("", m["w"].lower())
    return found(m, ex.Duration(None, tables()["vague_duration_words"][stem]))


SET_NOUNS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "wochenende": "XXXX-WXX-WE",
             "stunde": "PT1H", "quartal": "P3M", "saison": "P1Y"}


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
    return found(m, ex.Recurrence(value))


def build_every_n(m: re.Match[str], text: str) -> Found | None:
    amount = parse_number(m["num"])
    if amount is None:
        return None
    scale, unit = duration_unit(m["unit"])
    return found(m, ex.Recurrence(duration_value(_scaled(amount, scale), unit)))


def build_times_per(m: re.Match[str], text: str) -> Found:
    return found(m, ex.Recurrence(SET_NOUNS[m["unit"].lower()]))


def build_every_nth(m: re.Match[str], text: str) -> Found:
    n = {"zweit": 2, "dritt": 3, "viert": 4}[m["ord"].lower()[:5].rstrip("e")]
    letter = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y"}[m["unit"].lower()]
    return found(m, ex.Recurrence(f"P{n}{letter}"))


def build_weekday_part_set(m: re.Match[str], text: str) -> Found | None:
    if m["x"][0].isupper() and not sentence_start(text, m.start()):
        return None
    part = tables()["parts_of_day"][m["pod"].lower().removesuffix("s")]
    return found(m, ex.Recurrence(f"XXXX-WXX-{weekday_of(m['wd'])}T{part}"))


def build_set_word(m: re.Match[str], text: str) -> Found | None:
    value = tables()["set_words"][m["w"].lower()]
    if "T" in value and m["w"][0].isupper() and not sentence_start(text, m.start()):
        return None  # "die Referenten des Abends": one evening
    if "T" in value and re.search(r"(?:Uhr|\d|heute|gestern|morgen|tags)\s*$", text[max(0, m.start() - 10):m.start()],
                                  re.IGNORECASE):
        return None  # "um 4 Uhr morgens", "gestern abends": the part of one day, not every day's
    return found(m, ex.Recurrence(value))


def build_weekday_set(m: re.Match[str], text: str) -> Found | None:
    if m["x"][0].isupper() and not sentence_start(text, m.start()):
        return None  # "des Freitags": one Friday, not every one
    return found(m, ex.Recurrence(f"XXXX-WXX-{tables()['weekday_plural_sets'][m['w'].lower()]}"))


def build_anaphor(m: re.Match[str], text: str) -> Found | None:
    if "num" in m.re.groupindex:
        amount = parse_number(m["num"])
        unit = duration_unit(m["unit"])[1]
        if amount is None or unit not in ("D", "W", "M", "Y"):  # "eine Viertelstunde später" is no day's offset
            return None
        sign = -1 if m["dir"].lower() in ("zuvor", "davor", "vorher", "früher") else 1
        if amount != int(amount):  # "eineinhalb Wochen später": about ten days, "anderthalb Jahre": 18 months
            finer = {"W": (7, "D"), "M": (30, "D"), "Y": (12, "M")}.get(unit)
            if finer is None:
                return None
            return found(m, ex.Anaphor(sign * round(amount * finer[0]), finer[1]), mod="APPROX")
        return found(m, ex.Anaphor(sign * int(amount), unit))
    word = " ".join(m["x"].lower().split())
    for phrase, (amount, unit) in sorted(ANAPHORS.items(), key=lambda item: -len(item[0])):
        if word.endswith(phrase):  # the longest first: "jahr darauf" is a year, not a day
            return found(m, ex.Anaphor(amount, unit, counted=False))
    return None


ANAPHORS = {"selben tag": (0, "D"), "gleichen tag": (0, "D"), "demselben tag": (0, "D"), "darauf": (1, "D"),
            "danach": (1, "D"), "folgetag": (1, "D"), "nächsten tag": (1, "D"), "folgenden tag": (1, "D"),
            "zuvor": (-1, "D"), "davor": (-1, "D"), "vortag": (-1, "D"), "folgejahr": (1, "Y"),
            "jahr darauf": (1, "Y"), "folgemonat": (1, "M"), "diesem tag": (0, "D"), "jenem tag": (0, "D"),
            "selben jahr": (0, "Y"), "gleichen jahr": (0, "Y"), "selben monat": (0, "M"), "gleichen monat": (0, "M")}


_VAGUE_UNITS = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "jahrzehnt": "DE"}


def build_vague_ref(m: re.Match[str], text: str) -> Found:
    """"in den kommenden Jahren" points ahead (FUTURE_REF); "in den vergangenen Tagen" is the span of
    some days up to now (PXD), as TimeML counts it."""
    direction = direction_of(m["rel"])
    if direction == "next":
        return found(m, ex.Ref("FUTURE_REF"))
    last = m["x"].split()[-1].lower()
    unit = next(u for stem, u in sorted(_VAGUE_UNITS.items(), key=lambda kv: -len(kv[0])) if last.startswith(stem))
    return found(m, ex.Duration(None, unit))
