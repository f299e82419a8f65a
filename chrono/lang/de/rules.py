"""German temporal rules: patterns built from the word tables in ``tables.yaml``, and builders that
turn a match into a symbolic expression. Only rules that combine pieces are code; words are data.
"""
from __future__ import annotations

import re
from typing import Any

from chrono.lang.de.dates import (
    build_century,
    build_compound,
    build_decade,
    build_final_quarter,
    build_first_months,
    build_half_of_year,
    build_heuer,
    build_holiday,
    build_in_the_course_of,
    build_iso_date,
    build_modified_unit,
    build_modified_year,
    build_modifier_range,
    build_month,
    build_month_range,
    build_month_year,
    build_numeric_date,
    build_numeric_range,
    build_offset_holiday,
    build_ordinal_word_date,
    build_part_of_year,
    build_quarter_code,
    build_relative_unit,
    build_rest_of,
    build_same_period_last_year,
    build_season,
    build_season_of_years,
    build_shifted_day,
    build_textual_date,
    build_textual_range,
    build_week_around_holiday,
    build_week_number,
    build_weekday,
    build_weekday_compound,
    build_weekday_range,
    build_year,
    build_year_range,
)
from chrono.lang.de.spans import (
    build_anaphor,
    build_bare_plural_duration,
    build_duration,
    build_duration_adjective,
    build_duration_alternatives,
    build_duration_pair,
    build_every,
    build_every_n,
    build_every_nth,
    build_race_time,
    build_set_word,
    build_times_per,
    build_vague_duration_word,
    build_vague_ref,
    build_weekday_part_set,
    build_weekday_set,
)
from chrono.lang.de.times import (
    HOUR_WORDS,
    _afternoon,
    build_clock,
    build_clock_colon,
    build_clock_range,
    build_clock_words,
    build_day_word,
    build_midnight,
    build_night_to,
    build_part_of_day,
    build_part_of_day_hours,
    build_relative_day_adjective,
    build_relative_night,
)
from chrono.lang.de.words import YEAR, B, E, alternations, found, number_words, tables, weekday_of
from chrono.temporal import expr as ex
from chrono.temporal.rules import Language, Rule, Trigger, alternation


def rules() -> list[Rule]:
    a = alternations()
    DIR, NUM = a["DIR"], a["NUM"]
    PRE = r"(?:im|am|an|seit|bis|ab|vom|zum|für|nach|vor|bis\s+in\s+den|bis\s+zum|in\s+den|über\s+den|um|in)"
    spec: list[tuple[str, str, Any, int, int]] = [
        # name, pattern, builder, priority, flags
        ("textual_date_range",
         (rf"{B}(?P<d1>[0-3]?\d)\.\s*(?:(?P<mon1>{a['MON']}|{a['MONA']}\.?)(?:\s+(?P<y1>{YEAR}))?\s*)?"
         rf"(?P<sep>-|–|bis(?:\s+(?:zum|einschließlich))?|und|/)\s*(?P<d2>[0-3]?\d)\.\s*"
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
        ("weekday_compound",
         rf"{B}(?P<x>(?P<prefix>{a['WDPRE']})(?P<wd>{a['WD']})){E}",
         build_weekday_compound, 2, re.IGNORECASE),
        ("anaphor_same_period",
         rf"{B}(?P<x>(?:(?:des|dem|den)\s+)?(?P<w>Vorjahresmonats?|Vorjahreszeitraums?|Vorjahresquartals?|Vorjahreswoche))(?![\w])",
         build_same_period_last_year, 4, re.IGNORECASE),
        ("weekday_after",
         rf"{B}(?P<x>(?P<wd>{a['WD']})\s+(?:darauf|danach)){E}",
         lambda m, t: found(m, ex.Anaphor(1, "D", counted=False, weekday=weekday_of(m["wd"]))), 4, re.IGNORECASE),
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
         (rf"{B}(?:(?:(?P<wrel>{DIR})\s+)?(?P<wd>{a['WD']}|{a['WDA']}\.?)\s*(?:,\s*|\(\s*|\s))?(?:(?:den|dem|der)\s+)?"
          rf"(?P<d>[0-3]?\d)\.\s*"
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
         (rf"(?<![\d.,])(?:(?P<wd>{a['WD']}|{a['WDA']}\.?)\s*,?\s*)?(?:(?:den|dem|der)\s+)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\."
         rf"(?:(?P<y>(?:19|20)\d{{2}}|\d{{2}})(?!\d)(?![.,]\d)|(?![\d]))"),
         build_numeric_date, 4, re.IGNORECASE),
        ("iso_date", r"(?<![\w.-])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\w-])",
         build_iso_date, 4, 0),
        ("month_year",
         (rf"{B}(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:(?:des|im)\s+)?)?(?P<mon>{a['MON']}|{a['MONA']}\.)"
         rf"(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres)){E}"),
         build_month_year, 3, re.IGNORECASE),
        ("month",
         (rf"{B}(?P<pre>{PRE}\s+)?(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+)?(?:(?P<det>den|dem|der|des)\s+)?"
         rf"(?:(?P<rel>{DIR})\s+)?(?P<mon>{a['MON']})){E}"),
         build_month, 1, re.IGNORECASE),
        ("night_to",
         (rf"{B}(?P<x>(?:der|die)\s+Nacht\s+(?:(?:von|vom)\s+(?P<wd1>{a['WD']})\s+)?(?:zu|zum|auf|auf\s+den)\s+"
         rf"(?P<wd>{a['WD']})){E}"),
         build_night_to, 3, re.IGNORECASE),
        ("weekday",
         (rf"{B}(?P<x>(?:(?:dem|den|der|diesem|diesen|jenem)\s+)?(?:(?P<rel>{DIR})\s+)?(?P<wd>{a['WD']})"
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
          rf"(?P<pod>Morgenstunden|Vormittagsstunden|Mittagsstunden|Nachmittagsstunden|Abendstunden|Nachtstunden)"
          rf"(?:\s+des\s+(?P<wd>{a['WD']})s)?){E}"),
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
         lambda m, t: found(m, ex.Clock(_afternoon(HOUR_WORDS[m["hw"].lower()], m["pod"]), 0)), 2, re.IGNORECASE),
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
        ("not_temporal", rf"{B}(?P<x>{a['NOTTEMP']}){E}", lambda m, t: found(m, ex.NotTemporal()), 9, re.IGNORECASE),
        ("bare_plural_duration",
         rf"{B}(?P<prep>seit|vor|über)\s+(?P<x>(?P<unit>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Stunden|Jahrzehnten|Jahrzehnte|Minuten)){E}",
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
         lambda m, t: found(m, ex.Part("quarter", int(m["n"]))), 2, 0),
        ("compound",
         rf"{B}(?P<x>(?:(?P<rel>{DIR})\s+)?(?P<c>{a['COMPOUND']})(?:\s+(?P<y>{YEAR}))?){E}",
         build_compound, 2, re.IGNORECASE),
        ("heuer", rf"{B}(?P<x>heuer){E}", build_heuer, 2, re.IGNORECASE),
        ("modified_year",
         rf"{B}(?P<x>(?P<mod>{a['PARTMOD']})\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})){E}",
         build_modified_year, 3, re.IGNORECASE),
        ("season",
         (rf"{B}(?P<pre>(?:im|seit|bis\s+zum|bis\s+in|ab|vom|zum|über|für|in|durch|während|"
         rf"und|oder|bis)\s+)?"
         rf"(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:des\s+|der\s+)?)?(?:(?:dem|den|der|des)\s+)?(?:(?P<rel>{DIR})\s+)?"
         rf"(?P<season>{a['SEASON']}|{a['SEASONC']})s?(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres)?)"
         rf"{E}"),
         build_season, 2, re.IGNORECASE),
        ("first_months",
         (rf"{B}(?P<x>(?:den|die)\s+ersten\s+(?P<n>drei|sechs|3|6)\s+Monaten?(?:\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})|"
          rf"\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres|\s+des\s+Jahres)?){E}"),
         build_first_months, 4, re.IGNORECASE),
        ("season_of_years",
         (rf"{B}(?P<x>(?:(?:der|die|dem|des)\s+)?(?:Saison|Spielzeit|Schuljahr(?:es)?|Studienjahr(?:es)?|"
          rf"Geschäftsjahr(?:es)?|Wintersaison|Sommersaison|Skisaison)\s+(?P<y>{YEAR})\s*/\s*(?P<y2>\d{{2}}|{YEAR})){E}"),
         build_season_of_years, 4, re.IGNORECASE),
        ("rest_of",
         rf"{B}(?P<x>(?:den|der|dem)\s+Rest\s+(?:des|der)\s+(?P<unit>Monats|Woche|Jahres)){E}",
         build_rest_of, 3, re.IGNORECASE),
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
         lambda m, t: found(m, ex.Recurrence("XXXX-WXX-WE")), 2, re.IGNORECASE),
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
        "every": Trigger(frozenset({"jeden", "jede", "jedes", "jeder"}), reach=(2, 20)),
        "every_n": Trigger(frozenset({"alle"}), reach=(2, 40)),
        "set_word": Trigger(frozenset(t["set_words"]), reach=(2, 2)),
        "weekday_set": Trigger(frozenset(t["weekday_plural_sets"]), reach=(2, 2)),
        "vague_ref": Trigger(units, reach=(40, 3)),
    }


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
                     "perfect": frozenset(tense["perfect_auxiliaries"]),
                     "stative": frozenset(tense["stative_auxiliaries"]),
                     "not_after_comparison": frozenset(tense["not_after_comparison"])},
        preterite=_maybe_preterite,
        plural_preterite=_plural_preterite,
        not_after=frozenset(tense["determiners"]),
        past_governor=re.compile(r"(?<![\w])seit\s+(?:\w+\s+){1,3}(?:am|vom|im)\s*$", re.IGNORECASE),
        adverbial_preposition=re.compile(r"(?:^|(?<![\w]))(?:am|im|in|um|ab|bis|an|zu|zum|zur|vom|gegen|ab|seit|nach|vor|"
                                         r"ende|anfang|mitte)\s+(?:(?:den|dem|der|diesem|diesen|dieser|kommenden|"
                                         r"nächsten|vergangenen)\s+)?$", re.IGNORECASE),
        reporting_verb=re.compile(rf"(?<![\w]){alternation(tense['reporting_verbs'])}(?![\w])", re.IGNORECASE),
        infinitive_clause=re.compile(r"(?<![\w])(?:zu\s+[a-zäöüß]+n|[a-zäöüß]{2,}zu[a-zäöüß]{3,}n)\W*$"),
        present_in_ten=frozenset(tense["present_in_ten"]),
        subordinators=frozenset(tense["subordinators"]),
        modifier_words=frozenset(w for forms in t["directions"].values() for w in forms)
        | frozenset(t["ordinals"]) | frozenset(number_words()) | frozenset(t["quantity_modifiers"]),
        lead_words=frozenset(w for p in t["prepositions"] for w in p.split()) | frozenset(tense["lead_words"]),
        participle=re.compile(
            r"(?<![\w])(?:an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen|ab|dar|her|hin|um|los|teil|"
            r"statt|fort|vorbei|hervor|heraus|herab|hinzu|durch|über|unter|wieder|vorher)?"
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
