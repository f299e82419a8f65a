"""German rules for periods longer than a day: months, weeks, quarters, halves, seasons, years,
decades and centuries, bare or with a modifier ("Anfang", "Ende").

Reads the word alternations of :func:`chrono.lang.de.words.alternations`; adds, for each rule, its
name, pattern, builder (from :mod:`chrono.lang.de.periods`), priority and regex flags.
"""
from __future__ import annotations

import re
from typing import Any

from chrono.lang.de.periods import (
    build_century,
    build_compound,
    build_decade,
    build_final_quarter,
    build_first_months,
    build_half_of_year,
    build_heuer,
    build_in_the_course_of,
    build_modified_unit,
    build_modified_year,
    build_modifier_range,
    build_month,
    build_month_range,
    build_month_year,
    build_part_of_year,
    build_quarter_code,
    build_relative_unit,
    build_rest_of,
    build_season,
    build_season_of_years,
    build_week_number,
    build_year,
    build_year_range,
)
from chrono.lang.de.words import YEAR, B, E, found
from chrono.temporal import expr as ex


def period_rules(a: dict[str, str]) -> list[tuple[str, str, Any, int, int]]:
    """The rules that find a month, week, quarter, season, year or longer period.

    ``a`` holds the word alternations; each rule is (name, pattern, builder, priority, flags).
    """
    DIR = a["DIR"]
    PRE = r"(?:im|am|an|seit|bis|ab|vom|zum|für|nach|vor|bis\s+in\s+den|bis\s+zum|in\s+den|über\s+den|um|in)"
    return [
        ("month_range",
         (rf"{B}(?:von|vom|zwischen)\s+(?P<mon1>{a['MON']})\s+(?:bis(?:\s+(?:zum|einschließlich))?|und)\s+"
         rf"(?P<mon2>{a['MON']})(?:\s+(?P<y>{YEAR}))?{E}"),
         build_month_range, 5, re.IGNORECASE),
        ("month_year",
         (rf"{B}(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:(?:des|im)\s+)?)?(?P<mon>{a['MON']}|{a['MONA']}\.)"
         rf"(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<yrel>{DIR})\s+Jahres)){E}"),
         build_month_year, 3, re.IGNORECASE),
        ("month",
         (rf"{B}(?P<pre>{PRE}\s+)?(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+)?(?:(?P<det>den|dem|der|des)\s+)?"
         rf"(?:(?P<rel>{DIR})\s+)?(?P<mon>{a['MON']})){E}"),
         build_month, 1, re.IGNORECASE),
        ("modifier_range",
         rf"{B}(?P<m1>{a['PARTMOD']})\s+bis\s+(?P<m2>{a['PARTMOD']})\s+(?P<mon>{a['MON']})(?:\s+(?P<y>{YEAR}))?{E}",
         build_modifier_range, 5, re.IGNORECASE),
        ("week_number",
         (rf"{B}(?P<x>(?:(?:der|die|dem)\s+)?(?:(?P<w>ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|"
         rf"neunten|zehnten)\s+Kalenderwoche|(?P<n2>\d{{1,2}}\.)\s+Kalenderwoche|(?:KW|Kalenderwoche)\s*(?P<n>\d{{1,2}}))"
         rf"(?:\s*/\s*|\s+)?(?P<y>{YEAR})?){E}"),
         build_week_number, 3, re.IGNORECASE),
        ("year_range",
         r"(?<![\d.,:/\w-])(?P<y1>(?:1\d|20)\d{2})\s*[-–]\s*(?P<y2>(?:1\d|20)\d{2})(?![\w%€$]|[.,:]\d)",
         build_year_range, 5, 0),
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
         rf"(?P<x>(?:(?P<mod>{a['PARTMOD']})\s+(?:des\s+|der\s+)?)?(?:(?:dem|den|der|des)\s+)?(?P<whole>ganzen\s+)?"
         rf"(?:(?P<rel>{DIR})\s+(?:(?!(?:des|der|den|dem)\s)[a-zäöüß]{{3,}}en\s+)?)?"
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
    ]
