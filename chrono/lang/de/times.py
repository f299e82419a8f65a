"""German rules for times of day: clock times, parts of the day, nights."""
from __future__ import annotations

import re

from chrono.lang.de.words import (
    direction_of,
    found,
    month_of,
    neighbours,
    quantity_mod_of,
    sentence_start,
    tables,
    valid_date,
    weekday_of,
)
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found


def build_midnight(m: re.Match[str], text: str) -> Found:
    return found(m, ex.Clock(24, 0))


def build_night_to(m: re.Match[str], text: str) -> Found:
    day = ex.Weekday(weekday_of(m["wd"]))
    return found(m, ex.PartOfDay(ex.Offset(day, -1, "D"), "NI"))


def build_night_to_date(m: re.Match[str], text: str) -> Found | None:
    """"in der Nacht zum 2. März" is the night that ends on that date: its value is the evening before."""
    year, month, day = int(m["y"]) if m["y"] else None, month_of(m["mon"]), int(m["d"])
    if not valid_date(year or 2024, month, day):  # a leap year lets "29. Februar" through without a year
        return None
    return found(m, ex.PartOfDay(ex.Offset(ex.Date(year, month, day), -1, "D"), "NI"))


MORNING_NOUN_BEFORE = {"am", "heute", "gestern", "jeden", "den", "diesen", "guten", "vom", "des", "frühen", "späten",
                       "der", "einen", "dem", "am frühen", "zum", "bis", "morgen"}


def build_day_word(m: re.Match[str], text: str) -> Found | None:
    word = m["w"]
    if word.lower() == "morgen" and word[0].isupper():
        previous = neighbours(m, text, before=True, count=1)
        if not sentence_start(text, m.start()) or (previous and previous[-1] in MORNING_NOUN_BEFORE):
            return None
    if word[0].isupper() and not sentence_start(text, m.start()):
        return None  # "die Zeitung Heute": a name
    if text[m.end():m.end() + 1] == "-":
        return None  # "die Heute-Show"
    shift = tables()["day_words"][word.lower()]
    base: ex.Expr = ex.DayShift(shift)
    if m["pod"]:
        part = tables()["parts_of_day"][m["pod"].lower()]
        # "heute Nacht" is the night just gone in a past sentence, the coming one otherwise
        base = ex.PartOfDay(None if (shift == 0 and part == "NI") else base, part)
    return found(m, base)


def build_relative_day_adjective(m: re.Match[str], text: str) -> Found:
    shift = {"vorgestrigen": -2, "gestrigen": -1, "heutigen": 0, "morgigen": 1}[m["adj"].lower()]
    return found(m, ex.DayShift(shift))


RELATIVE_TO_AN_EVENT = ("zuvor", "davor", "danach", "darauf", "vorher", "nachher")


def build_part_of_day(m: re.Match[str], text: str) -> Found | None:
    following = [w.lower() for w in neighbours(m, text, before=False, count=1)]
    if following and following[0] in RELATIVE_TO_AN_EVENT:  # "am Abend zuvor": not the reference day
        return None
    part = tables()["parts_of_day"][m["pod"].lower()]
    adj = (m["adj"] or "").lower()
    if adj in ("gestrigen", "gestern"):
        return found(m, ex.PartOfDay(ex.DayShift(-1), part))
    if adj == "heutigen":
        return found(m, ex.PartOfDay(ex.DayShift(0), part))
    return found(m, ex.PartOfDay(None, part), mod={"frühen": "START", "späten": "END"}.get(adj))


def build_part_of_day_hours(m: re.Match[str], text: str) -> Found:
    stem = m["pod"].lower().removesuffix("stunden").removesuffix("s")
    day = ex.Weekday(weekday_of(m["wd"])) if m["wd"] else None  # "... des Freitags": that Friday
    return found(m, ex.PartOfDay(day, tables()["parts_of_day"][stem]))


def build_relative_night(m: re.Match[str], text: str) -> Found | None:
    direction = direction_of(m["rel"])
    if direction not in ("last", "next", "this"):
        return None
    return found(m, ex.PartOfDay(ex.DayShift(-1 if direction == "last" else 0), "NI"))


HOUR_WORDS = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
              "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}


# words around an hour in words (matched inside words: "morgens", "frühmorgens", "nachts") that
# keep it before noon, and that move one from eight o'clock on past noon
MORNING_CUES = ("morgen", "früh", "vormittag")


AFTERNOON_ADVERBS = ("nachmittags", "abends")
EVENING_CUES = ("abend", "nacht")


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
    mod = "APPROX" if quantity_mod_of(m["qmod"]) == "APPROX" else None
    return found(m, ex.Clock(hour, minute), mod=mod)


def build_clock_colon(m: re.Match[str], text: str) -> Found | None:
    hour, minute = int(m["h"]), int(m["m"])
    return found(m, ex.Clock(hour, minute)) if hour <= 23 else None


def build_clock_words(m: re.Match[str], text: str) -> Found | None:
    after = [w.lower() for w in neighbours(m, text, before=False, count=1)]
    if after and after[0] in ("stunden", "stunde", "tage", "jahre", "prozent", "minuten"):
        return None
    if m["hw"].lower() == "ein":  # "um ein Viertel": a share, not a quarter past one
        return None
    hour = HOUR_WORDS.get(m["hw"].lower()) if not m["hw"].isdigit() else int(m["hw"])
    if hour is None or hour > 12:
        return None
    quarter = " ".join((m["q"] or "").lower().split()).replace("drei viertel", "dreiviertel")
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
    if m["pod"]:  # "halb acht Uhr abends"
        return found(m, ex.Clock(_afternoon(hour, m["pod"]), minute))
    context = text[max(0, m.start() - 30):m.end() + 30].lower()
    morning = any(cue in context for cue in MORNING_CUES)
    if 1 <= hour <= 7 and not morning and "nacht" not in context:
        hour += 12  # "um halb drei" is in the afternoon, "halb drei in der Nacht" is not
    elif 8 <= hour <= 11 and not morning and any(cue in context for cue in EVENING_CUES):
        hour += 12  # "um halb elf am Abend", "gegen halb zwölf in der Nacht"
    return found(m, ex.Clock(hour, minute))


def build_clock_word_hour(m: re.Match[str], text: str) -> Found:
    """"acht Uhr abends": an hour in words, moved into the afternoon by its adverb."""
    return found(m, ex.Clock(_afternoon(HOUR_WORDS[m["hw"].lower()], m["pod"]), 0))


def build_clock_range(m: re.Match[str], text: str) -> list[Found] | None:
    h1, h2 = int(m["h1"]), int(m["h2"])
    m1, m2 = int(m["m1"] or 0), int(m["m2"] or 0)
    if h1 > 24 or h2 > 24:
        return None
    first_end = m.end("m1") if m["m1"] else m.end("h1")
    if m["u1"]:
        first_end = m.end("u1")
    overnight = (h2, m2) < (h1, m1)  # "zwischen 22 Uhr und 4 Uhr morgens" ends the next day
    return [Found(m.start("h1"), first_end, ex.Clock(h1, m1), signal="von"),
            Found(m.start("h2"), m.end(), ex.Clock(h2, m2, next_day=overnight), signal="bis")]
