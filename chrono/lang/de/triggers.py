"""The trigger words of the German rules: for each rule, the words it cannot match without.

Reads the word tables of ``tables.yaml`` (via :func:`chrono.lang.de.words.tables`); adds a
:class:`~chrono.temporal.rules.Trigger` per rule name, with how far around its trigger word a match
may reach, and for some rules a piece of text every match contains. The tagger runs a rule only
near its trigger words.
"""
from __future__ import annotations

import re

from chrono.lang.de.words import tables
from chrono.temporal.rules import Trigger


def rule_triggers() -> dict[str, Trigger]:
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
    day_dot_month = re.compile(r"\d\.\d")  # in every "12.01." (and "10.-12.01.")
    hour_colon_minute = re.compile(r"\d[:.]\d")  # "10:30", and "um 12.15" without "Uhr"
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
        "numeric_date_range": Trigger(shape=small_number, reach=(15, 20), needs=day_dot_month),
        "numeric_date": Trigger(shape=small_number, reach=(14, 12), needs=day_dot_month),
        "iso_date": Trigger(shape=four_digits, reach=(3, 8)),
        "month_year": Trigger(months, reach=(20, 30)),
        "month": Trigger(months, reach=(30, 3)),
        "night_to": Trigger(frozenset({"nacht"}), reach=(20, 45)),
        "night_to_date": Trigger(frozenset({"nacht"}), reach=(20, 50)),
        "weekday": Trigger(prefixes=weekday_prefixes, reach=(30, 40)),
        "ordinal_word_date": Trigger(months, reach=(40, 8)),
        "modifier_range": Trigger(months, reach=(25, 8)),
        "year_range": Trigger(shape=four_digits, reach=(2, 12)),
        "shifted_day": Trigger(frozenset({"vor", "in"}), reach=(15, 25)),
        "anaphor_counted": Trigger(frozenset({"später", "danach", "darauf", "zuvor", "davor", "vorher", "früher"}),
                                   reach=(40, 3)),
        "anaphor_word": Trigger(frozenset({"tags", "tag", "folgetag", "vortag", "folgejahr", "jahr", "folgemonat", "monat"}),
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
        "weekday_compound": Trigger(infixes=tuple(t["weekdays"]), reach=(2, 2)),
        "anaphor_same_period": Trigger(prefixes=("vorjahres",), reach=(6, 2)),
        "weekday_after": Trigger(prefixes=weekday_prefixes, reach=(2, 12)),
        "weekday_range": Trigger(prefixes=weekday_prefixes, reach=(40, 35)),
        "week_number": Trigger(frozenset({"kw", "kalenderwoche"}), reach=(30, 12)),
        "midnight": Trigger(frozenset({"mitternacht"}), reach=(10, 2)),
        "day_word": Trigger(words("day_words"), reach=(5, 25)),
        "relative_day_adjective": Trigger(frozenset({"vorgestrigen", "gestrigen", "heutigen", "morgigen"}), reach=(5, 25)),
        "part_of_day": Trigger(words("parts_of_day"), reach=(25, 3)),
        "part_of_day_hours": Trigger(infixes=("stunden",), reach=(25, 3)),
        "relative_night": Trigger(frozenset({"nacht"}), reach=(30, 3)),
        "clock": Trigger(frozenset({"uhr"}), reach=(25, 30)),
        "clock_colon": Trigger(shape=small_number, reach=(10, 8), needs=hour_colon_minute),
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
        "first_months": Trigger(frozenset({"monaten", "monate"}), reach=(25, 30)),
        "season_of_years": Trigger(shape=four_digits, reach=(30, 10)),
        "rest_of": Trigger(frozenset({"rest"}), reach=(5, 20)),
        "part_of_year": Trigger(frozenset({"quartal", "quartals", "halbjahr", "halbjahres", "jahreshälfte"}), reach=(30, 35)),
        "quarter_code": Trigger(frozenset({"q1", "q2", "q3", "q4", "h1", "h2"}), reach=(2, 10)),
        "year": Trigger(shape=four_digits, reach=(20, 10)),
        "decade": Trigger(infixes=("0er",) + tuple(t["decade_words"]), reach=(25, 10)),
        "century": Trigger(prefixes=("jahrhundert",), reach=(30, 3)),
        "week_around_holiday": Trigger(holiday_words, reach=(30, 10)),
        "offset_holiday": Trigger(holiday_words, reach=(40, 10)),
        "holiday": Trigger(holiday_words, reach=(25, 30)),
        "every": Trigger(frozenset({"jeden", "jede", "jedes", "jeder", "jedem"}), reach=(2, 20)),
        "every_n": Trigger(frozenset({"alle"}), reach=(2, 40)),
        "set_word": Trigger(frozenset(t["set_words"]), reach=(2, 2)),
        "weekday_set": Trigger(frozenset(t["weekday_plural_sets"]), reach=(2, 2)),
        "vague_ref": Trigger(units, reach=(40, 3)),
    }

