"""The German language for the tagger: the rule groups put together in the order they run, and the
tense cues, joiners and prepositions the tagger reads around a mention.

Reads the rule groups (:mod:`~chrono.lang.de.rules_days`, :mod:`~chrono.lang.de.rules_periods`,
:mod:`~chrono.lang.de.rules_times`, :mod:`~chrono.lang.de.rules_spans`), their trigger words
(:mod:`~chrono.lang.de.triggers`) and the word tables of ``tables.yaml``; adds :func:`language`.
Only rules that combine pieces are code; words are data.
"""
from __future__ import annotations

import re
from functools import cache

from chrono.lang.de.periods import count_range
from chrono.lang.de.rules_coverage import coverage_rules, coverage_triggers
from chrono.lang.de.rules_days import day_rules
from chrono.lang.de.rules_periods import period_rules
from chrono.lang.de.rules_spans import span_rules
from chrono.lang.de.rules_times import time_rules
from chrono.lang.de.rules_vague import vague_rules, vague_triggers
from chrono.lang.de.triggers import rule_triggers
from chrono.lang.de.words import B, E, alternations, day_ordinals, found, number_words, tables
from chrono.temporal import expr as ex
from chrono.temporal.rules import Language, Rule, alternation

# The order the rules run in. Of two matches alike in length, priority and start, the earlier rule's wins.
RULE_ORDER = (
    "textual_date_range", "month_range", "anaphor_counted", "anaphor_word", "weekday_compound",
    "anaphor_same_period", "weekday_after", "weekday_range", "week_number", "midnight", "textual_date",
    "ordinal_word_date", "modifier_range", "year_range", "shifted_day", "numeric_date_range",
    "numeric_date", "iso_date", "month_year", "month", "night_to", "night_to_date", "weekday", "day_word",
    "relative_day_adjective", "part_of_day", "part_of_day_hours", "relative_night", "clock",
    "clock_colon", "clock_words", "clock_word_hour", "clock_range", "duration", "duration_pair",
    "duration_alternatives", "race_time", "not_temporal", "bare_plural_duration", "duration_adjective",
    "vague_duration_word", "relative_unit", "modified_unit", "in_the_course_of", "half_of_year",
    "final_quarter", "quarter_alone", "compound", "heuer", "modified_year", "season", "first_months",
    "season_of_years", "rest_of", "part_of_year", "quarter_code", "year", "decade", "century",
    "week_around_holiday", "offset_holiday", "holiday", "every", "times_per", "every_nth",
    "weekends_set", "weekday_part_set", "every_n", "set_word", "weekday_set", "vague_ref",
    "vague_word", "vague_phrase", "earlier", "now", "nowadays_adjective", "today_nowadays", "day_list", "month_pair", "year_pair", "per_unit",
    "unit_after_unit", "nth_weekday", "set_adjective", "half_century", "relative_century", "relative_decade", "millennium",
    "week_of_month", "compound_duration", "clock_pair", "quoted_title", "hyphen_compound",
)


def rules() -> list[Rule]:
    a = alternations()
    spec = day_rules(a) + period_rules(a) + time_rules(a) + span_rules(a) + vague_rules(a) + coverage_rules(a)
    # names that only look temporal ("Stunde null") cover what they hold
    spec.append(("not_temporal", rf"{B}(?P<x>{a['NOTTEMP']}){E}", lambda m, t: found(m, ex.NotTemporal()), 9,
                 re.IGNORECASE))
    by_name = {name: rest for name, *rest in spec}
    if len(by_name) != len(spec) or set(by_name) != set(RULE_ORDER):
        raise ValueError(f"rules and RULE_ORDER disagree: {sorted(set(by_name) ^ set(RULE_ORDER))}")
    triggers = rule_triggers() | vague_triggers() | coverage_triggers()
    rules = []
    for name in RULE_ORDER:
        pattern, build, priority, flags = by_name[name]
        rules.append(Rule(name, re.compile(pattern, flags), build, priority, triggers[name]))
    return rules


def swiss_spellings(words: list[str]) -> frozenset[str]:
    """``words`` and their Swiss spellings, which write "ss" for "ß" ("sass" for "saß")."""
    return frozenset(words) | frozenset(w.replace("ß", "ss") for w in words if "ß" in w)


@cache
def _preterite_cues() -> tuple[tuple[str, ...], frozenset[str]]:
    """The endings of a weak preterite, and the words with such an ending that are none."""
    tense = tables()["tense"]
    return tuple(tense["preterite_endings"]), frozenset(tense["not_preterite"]) | frozenset(tables()["day_words"])


def _plural_preterite(word: str) -> bool:
    """Weak preterite plurals that no present form shares: "-ierten", and "-eten" in long words."""
    return word.endswith(("ierten", "ierte")) or (word.endswith("eten") and len(word) > 7)


def _maybe_preterite(word: str) -> bool:
    endings, not_preterite = _preterite_cues()
    if len(word) < 5 or not word.endswith(endings) or not word.isalpha():
        return False
    if word in not_preterite:
        return False
    return not (word.endswith("ste") and not word.endswith("sste"))  # superlatives: "größte"


def prepare() -> None:
    """Read the tables and build the patterns the builders otherwise make on first use."""
    _preterite_cues()
    number_words()
    day_ordinals()
    count_range()


def language() -> Language:
    t = tables()
    tense = t["tense"]

    preps = alternation(t["prepositions"])
    return Language(
        code="de",
        rules=rules(),
        tables=t,
        tense_words={kind: swiss_spellings(tense[key]) for kind, key in (
            ("future", "future"), ("present", "present"), ("past", "past"), ("auxiliary", "participle_auxiliaries"),
            ("past_over_future", "past_over_future"), ("perfect", "perfect_auxiliaries"),
            ("stative", "stative_auxiliaries"), ("stative_participle", "stative_participles"),
            ("not_after_comparison", "not_after_comparison"),
            ("substitute_infinitive", "substitute_infinitives"))},
        preterite=_maybe_preterite,
        plural_preterite=_plural_preterite,
        not_after=frozenset(tense["determiners"]),
        past_governor=re.compile(r"(?<![\w])seit\s+(?:\w+\s+){1,3}(?:am|vom|im)\s*$", re.IGNORECASE),
        adverbial_preposition=re.compile(r"(?:^|(?<![\w]))(?:am|im|in|um|ab|bis|an|zu|zum|zur|vom|gegen|ab|seit|nach|vor|"
                                         r"ende|anfang|mitte)\s+(?:(?:den|dem|der|diesem|diesen|dieser|kommenden|"
                                         r"nächsten|vergangenen)\s+)?$", re.IGNORECASE),
        reporting_verb=re.compile(rf"(?<![\w]){alternation(tense['reporting_verbs'])}(?![\w])", re.IGNORECASE),
        naming_verb=re.compile(rf"(?<![\w]){alternation(tense['naming_verbs'])}(?![\w])", re.IGNORECASE),
        coming_date_word=re.compile(rf"(?<![\w]){alternation(tense['coming_date_words'])}(?![\w])", re.IGNORECASE),
        infinitive_clause=re.compile(r"(?<![\w])(?:zu\s+[a-zäöüß]+n|[a-zäöüß]{2,}zu[a-zäöüß]{3,}n)\W*$"),
        present_in_ten=frozenset(tense["present_in_ten"]),
        subordinators=frozenset(tense["subordinators"]),
        modifier_words=frozenset(w for forms in t["directions"].values() for w in forms)
        | frozenset(t["ordinals"]) | frozenset(number_words()) | frozenset(t["quantity_modifiers"]),
        lead_words=frozenset(w for p in t["prepositions"] for w in p.split()) | frozenset(tense["lead_words"]),
        participle_endings=("t", "en"),
        participle=re.compile(
            r"(?<![\w])(?:an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen|ab|dar|her|hin|um|los|teil|"
            r"statt|fort|vorbei|hervor|heraus|herab|hinzu|durch|über|unter|wieder|vorher|nieder|frei|hoch|heim|fest|"
            r"fern|kennen|herunter|herum|hinaus|hinein|empor|entgegen|voran|weiter|bekannt|stand|kalt|still)?"
            r"(?:ge[a-zäöüß]{3,}|(?:be|ent|er|ver|zer|emp|miss)[a-zäöüß]{3,})(?:t|en)(?![\w])"),
        preposition=re.compile(rf"(?:^|(?<=[\s(„\"«»]))(?P<p>{preps})\s+$", re.IGNORECASE),
        signals=t["signals"],
        preposition_mods={"gegen": "APPROX", "um etwa": "APPROX", "etwa um": "APPROX", "kurz nach": "AFTER",
                          "kurz vor": "BEFORE"},
        past_signals=frozenset({"seit"}),
        part_of_day_joiner=re.compile(r"\s+(?:des|vom)\s+", re.IGNORECASE),
        approx_joiner=re.compile(r"(?<![\w])(?:gegen|etwa|ca\.|circa|ungefähr)(?![\w])", re.IGNORECASE),
        range_joiner=re.compile(r"\s*(?:-|–|bis(?:\s+(?:zum|zur|ins|in\s+den|einschließlich))?|und)\s*", re.IGNORECASE),
        day_time_joiner=re.compile(r"\s*,?\s*(?:(?:um|gegen|ab|bis|von|zwischen|kurz\s+nach|kurz\s+vor|am|ca\.|etwa)\s+)?",
                                   re.IGNORECASE),
    )
