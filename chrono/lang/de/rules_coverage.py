"""German rules for lists, sets, centuries and the look-alikes that are no dates: lists of days
("am 12., 13. und 14. Juni": one mention per day), year pairs in brackets ("(2008/2012)"), sets
("pro Jahr", "Jahr für Jahr", "jeden zweiten Dienstag", "jeden letzten Samstag im Monat",
"zur jährlichen Tagung"), centuries and millennia ("des vorigen Jahrhunderts", "der zweiten Hälfte
des 17. Jahrhunderts", "das dritte Jahrtausend"), ordinal weeks of a month ("der ersten
Märzwoche"), compound durations ("eine 10-Tage-Frist"), and names that only look temporal (titles
of works in quotes, compounds such as "MIP-Montag" or "Winter-Biathlon").

Reads the word alternations of :func:`chrono.lang.de.words.alternations` and the tables of
``tables.yaml``; adds, for each rule, its name, pattern, builder, priority and regex flags
(:func:`coverage_rules`), and the words that trigger it (:func:`coverage_triggers`).
"""
from __future__ import annotations

import calendar
import re
from typing import Any

from chrono.lang.de.words import (
    YEAR,
    B,
    E,
    found,
    modified,
    month_of,
    number_words,
    tables,
    unit_of,
    weekday_of,
    year_of,
)
from chrono.temporal import expr as ex
from chrono.temporal.rules import Found, Trigger

_DAY_NUMBER = re.compile(r"\d{1,2}\.")

_ORDINALS = {"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4, "vierte": 4,
             "fünften": 5, "fünfte": 5, "letzten": -1, "letzte": -1}
_SET_UNITS = {"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "stunde": "PT1H", "quartal": "P3M",
              "saison": "P1Y", "nacht": "XXXX-XX-XXTNI", "minute": "PT1M"}
_SET_ADJECTIVES = {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
                   "alljährlich": "P1Y", "stündlich": "PT1H", "vierteljährlich": "P3M", "halbjährlich": "P6M"}


def _day_list(m: re.Match[str], text: str) -> list[Found] | None:
    """"am 3., 4., 5., 6. und 7. Oktober": each day its own mention, the last one with the month."""
    month = month_of(m["mon"])
    year = year_of(m["y"]) if m["y"] else None
    days = list(_DAY_NUMBER.finditer(m["days"]))
    out = []
    for i, d in enumerate(days):
        day = int(d.group()[:-1])
        if not 1 <= day <= calendar.monthrange(year or 2024, month)[1]:
            return None
        start = m.start("days") + d.start()
        end = m.end() if i == len(days) - 1 else m.start("days") + d.end()
        out.append(Found(start, end, ex.Date(year, month, day)))
    return out


def _month_pair(m: re.Match[str], text: str) -> list[Found]:
    """"im Juli und August": two months, the second taking the year said after it."""
    year = int(m["y"]) if m["y"] else None
    return [Found(m.start("m1"), m.end("m1"), ex.Date(year, month_of(m["m1"]))),
            Found(m.start("m2"), m.end(), ex.Date(year, month_of(m["m2"])))]


def _year_pair(m: re.Match[str], text: str) -> list[Found] | None:
    first, second = int(m["y1"]), int(m["y2"]) if len(m["y2"]) == 4 else int(m["y1"][:2] + m["y2"])
    if not 0 < second - first < 100:
        return None
    return [Found(m.start("y1"), m.end("y1"), ex.Date(first)), Found(m.start("y2"), m.end("y2"), ex.Date(second))]


def _unit_after_unit(m: re.Match[str], text: str) -> Found:
    return found(m, ex.Recurrence(_SET_UNITS[m["u"].lower()]))


def _nth_weekday(m: re.Match[str], text: str) -> Found:
    """"jeden zweiten Dienstag" is every other Tuesday: XXXX-WXX-2; "jeden letzten Samstag im Monat"
    happens once a month: P1M."""
    if m["month"]:
        return found(m, ex.Recurrence("P1M"))
    return found(m, ex.Recurrence(f"XXXX-WXX-{weekday_of(m['wd'])}"))


def _set_adjective(m: re.Match[str], text: str) -> Found:
    return found(m, ex.Recurrence(_SET_ADJECTIVES[m["w"].lower()]))


def _half_century(m: re.Match[str], text: str) -> Found | None:
    number = int(m["n"])
    if not 1 <= number <= 22:
        return None
    return found(m, ex.Modified(ex.Century(number), "START" if m["ord"].lower().startswith("erst") else "END"))


def _relative_century(m: re.Match[str], text: str) -> Found:
    word = m["rel"].lower()
    offset = -2 if word.startswith("vorletzt") else -1 if word.startswith(("vorig", "vergangen", "letzt")) \
        else 1 if word.startswith(("kommend", "nächst")) else 0
    return found(m, modified(ex.Century(None, offset), m["mod"]))


def _relative_decade(m: re.Match[str], text: str) -> Found:
    word = m["rel"].lower()
    offset = -2 if word.startswith("vorletzt") else -1 if word.startswith(("vorig", "vergangen", "letzt")) \
        else 1 if word.startswith(("kommend", "nächst")) else 0
    return found(m, modified(ex.Decade("", offset), m["mod"]))


def _millennium(m: re.Match[str], text: str) -> Found | None:
    number = _ORDINALS.get(m["ord"].lower()) if m["ord"] else int(m["n"])
    if not number or not 1 <= number <= 3:
        return None
    return found(m, ex.Millennium(number))


def _week_of_month(m: re.Match[str], text: str) -> Found:
    """"der ersten Märzwoche": the ISO week holding its first day; "der letzten Märzwoche" the
    week holding its last seven days' first."""
    number = _ORDINALS[m["ord"].lower()]
    month = month_of(m["mon"])
    day = 1 + 7 * (number - 1) if number > 0 else 22
    return found(m, ex.WeekOf(ex.Date(year_of(m["y"]) if m["y"] else None, month, day)))


def _compound_duration(m: re.Match[str], text: str) -> Found | None:
    word = m["num"].lower()
    amount = float(word) if word.isdigit() else number_words().get(word)
    if amount is None:
        return None
    return found(m, ex.Duration(amount, unit_of(m["unit"], "duration_units")))


def _clock_pair(m: re.Match[str], text: str) -> list[Found]:
    """"(9.30/12.30 Uhr)": two clock times, as two runs of a race are."""
    return [Found(m.start("h1"), m.end("m1"), ex.Clock(int(m["h1"]), int(m["m1"]))),
            Found(m.start("h2"), m.end(), ex.Clock(int(m["h2"]), int(m["m2"])))]


def _looks_temporal(m: re.Match[str], text: str) -> Found:
    return found(m, ex.NotTemporal())


def coverage_rules(a: dict[str, str]) -> list[tuple[str, str, Any, int, int]]:
    """The rules of this module; each is (name, pattern, builder, priority, flags)."""
    temporal_nouns = r"(?:Tag|Tage|Nacht|Nächte|Jahr|Jahre|Sommer|Winter|Herbst|Frühling|Stunde|Woche|Abend|Morgen)"
    return [
        ("day_list",
         (rf"(?<![\w.])(?P<days>\d{{1,2}}\.(?:\s*(?:,\s*und|,\s*sowie|,|und|sowie)\s*(?:am\s+|den\s+)?\d{{1,2}}\.){{1,12}})"
          rf"\s*(?P<mon>{a['MON']})(?:\s+(?P<y>{YEAR}))?{E}"),
         _day_list, 6, re.IGNORECASE),
        ("month_pair",
         (rf"{B}(?:im|in\s+den\s+Monaten)\s+(?P<m1>{a['MON']})\s+(?:und|oder|bzw\.|sowie)\s+(?P<m2>{a['MON']})"
          rf"(?:\s+(?P<y>{YEAR}))?{E}"),
         _month_pair, 3, re.IGNORECASE),
        ("year_pair", rf"(?<=\()(?P<y1>{YEAR})\s*/\s*(?P<y2>{YEAR}|\d{{2}})(?=\))", _year_pair, 5, 0),
        ("per_unit",
         (rf"{B}(?P<x>(?:pro|je)\s+(?P<unit>Tag|Woche|Monat|Jahr|Stunde|Quartal|Saison|Nacht|Minute)){E}"
          rf"|(?<=\d\s)(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?P<x2>(?:im|am)\s+(?P<unit2>Monat|Jahr|Tag)){E}"
          rf"(?!\s+(?:der|des|zuvor|danach|darauf|davor|nach|vor|\d))"),
         _per_unit_any, 2, 0),
        ("unit_after_unit", rf"{B}(?P<x>(?P<u>Tag|Woche|Monat|Jahr|Nacht|Stunde|Minute)\s+für\s+(?P=u)){E}",
         _unit_after_unit, 3, re.IGNORECASE),
        ("nth_weekday",
         (rf"{B}(?P<x>(?:jeden|jede|jedem)\s+(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+(?P<wd>{a['WD']})"
          rf"(?P<month>\s+(?:im|des|eines|jedes)\s+Monats?)?){E}"),
         _nth_weekday, 4, re.IGNORECASE),
        ("set_adjective", rf"{B}(?P<x>(?P<w>{'|'.join(_SET_ADJECTIVES)})e[nmrs]?){E}", _set_adjective, 1, re.IGNORECASE),
        ("half_century",
         rf"{B}(?P<x>(?:der|die)\s+(?P<ord>ersten|zweiten)\s+Hälfte\s+des\s+(?P<n>\d{{1,2}})\.\s*Jahrhunderts){E}",
         _half_century, 4, re.IGNORECASE),
        ("relative_century",
         (rf"{B}(?:im\s+)?(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+)?(?:(?:des|dem|das)\s+)?(?P<rel>vorigen|vergangenen|letzten|vorletzten|dieses|diesem|jetzigen|"
          rf"laufenden|kommenden|nächsten)\s+Jahrhunderts?){E}"),
         _relative_century, 3, re.IGNORECASE),
        ("relative_decade",
         (rf"{B}(?:im\s+)?(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+)?(?:(?:des|dem|das)\s+)?(?P<rel>vorigen|vergangenen|letzten|"
          rf"vorletzten|dieses|diesem|laufenden|kommenden|nächsten)\s+Jahrzehnts?){E}"),
         _relative_decade, 3, re.IGNORECASE),
        ("millennium",
         (rf"{B}(?:im\s+)?(?P<x>(?:(?:das|dem|des)\s+)?(?:(?P<ord>ersten|zweiten|dritten|erste|zweite|dritte)\s+|"
          rf"(?P<n>[1-3])\.\s*)Jahrtausends?){E}"),
         _millennium, 3, re.IGNORECASE),
        ("week_of_month",
         (rf"{B}(?P<x>(?:der|die)\s+(?P<ord>ersten|zweiten|dritten|vierten|letzten|erste|zweite|dritte|vierte|letzte)\s+"
          rf"(?P<mon>{a['MON']})woche(?:\s+(?P<y>{YEAR}))?){E}"),
         _week_of_month, 3, re.IGNORECASE),
        ("compound_duration",
         (rf"{B}(?P<x>(?P<num>\d{{1,3}}|{a['NUMW']})-(?P<unit>Tage|Tages|Wochen|Monats|Monate|Jahres|Stunden|Minuten)"
          rf"-[A-ZÄÖÜ][a-zäöüß]+){E}"),
         _compound_duration, 3, 0),
        ("clock_pair",
         r"(?<![\w.:])(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)\s*/\s*(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)\s*Uhr(?![\w])",
         _clock_pair, 4, 0),
        ("quoted_title",
         rf"(?<=[„\"»«])(?P<x>(?:Der|Die|Das)\s+(?:\w+\s+)?{temporal_nouns}(?![\w])[^\"“”«»\n]{{0,60}})(?=[\"“”«»])",
         _looks_temporal, 9, 0),
        ("hyphen_compound",
         (rf"(?P<x>(?<![\w-])[A-ZÄÖÜ]{{2,}}-(?i:{a['WD']}|{a['SEASON']})(?![\w-])|"
          rf"{B}(?i:{a['WD']}|{a['SEASON']})-(?!(?i:abend|morgen|mittag|nachmittag|vormittag|nacht)\b)[A-ZÄÖÜ][\w-]+)"),
         _looks_temporal, 9, 0),
    ]


def _per_unit_any(m: re.Match[str], text: str) -> Found:
    """"pro Jahr", "je Woche"; and after an amount, "400 Euro im Monat", "200 Patienten am Tag"."""
    if m["x"]:
        return found(m, ex.Recurrence(_SET_UNITS[m["unit"].lower()]))
    return Found(m.start("x2"), m.end("x2"), ex.Recurrence(_SET_UNITS[m["unit2"].lower()]))


def coverage_triggers() -> dict[str, Trigger]:
    """For each rule of :func:`coverage_rules`, the words it cannot match without."""
    t = tables()
    months = frozenset(t["months"])
    weekdays = tuple(t["weekdays"])
    seasons = tuple(t["seasons"])
    return {
        "day_list": Trigger(months, reach=(90, 8)),
        "month_pair": Trigger(months, reach=(20, 30)),
        "year_pair": Trigger(shape=re.compile(r"\d{4}"), reach=(2, 9)),
        "per_unit": Trigger(frozenset({"tag", "woche", "monat", "jahr", "stunde", "quartal", "saison", "nacht",
                                       "minute"}), reach=(40, 2)),
        "unit_after_unit": Trigger(frozenset({"für"}), reach=(8, 8)),
        "nth_weekday": Trigger(prefixes=weekdays, reach=(25, 15)),
        "set_adjective": Trigger(prefixes=tuple(_SET_ADJECTIVES), reach=(2, 2)),
        "half_century": Trigger(prefixes=("jahrhundert",), reach=(40, 3)),
        "relative_century": Trigger(prefixes=("jahrhundert",), reach=(25, 3)),
        "relative_decade": Trigger(prefixes=("jahrzehnt",), reach=(25, 3)),
        "millennium": Trigger(prefixes=("jahrtausend",), reach=(15, 3)),
        "week_of_month": Trigger(infixes=("woche",), reach=(20, 6)),
        "compound_duration": Trigger(frozenset({"tage", "tages", "wochen", "monats", "monate", "jahres", "stunden",
                                                "minuten"}), reach=(5, 20)),
        "clock_pair": Trigger(frozenset({"uhr"}), reach=(16, 2)),
        "quoted_title": Trigger(frozenset({"tag", "tage", "nacht", "nächte", "jahr", "jahre", "sommer", "winter", "herbst",
                                           "frühling", "stunde", "woche", "abend", "morgen"}), reach=(20, 70)),
        "hyphen_compound": Trigger(prefixes=weekdays + seasons, reach=(25, 25)),
    }
