"""German rules for times of day: clock times, parts of the day, nights and the day words
("gestern", "morgen") they attach to.

Reads the word alternations of :func:`chrono.lang.de.words.alternations`; adds, for each rule, its
name, pattern, builder (from :mod:`chrono.lang.de.times`), priority and regex flags.
"""
from __future__ import annotations

import re
from typing import Any

from chrono.lang.de.times import (
    build_clock,
    build_clock_colon,
    build_clock_range,
    build_clock_word_hour,
    build_clock_words,
    build_day_word,
    build_midnight,
    build_night_to,
    build_night_to_date,
    build_part_of_day,
    build_part_of_day_hours,
    build_relative_day_adjective,
    build_relative_night,
)
from chrono.lang.de.words import B, E


def time_rules(a: dict[str, str]) -> list[tuple[str, str, Any, int, int]]:
    """The rules that find a time of day or a day word.

    ``a`` holds the word alternations; each rule is (name, pattern, builder, priority, flags).
    """
    DIR = a["DIR"]
    return [
        ("midnight", rf"{B}(?:um|gegen|nach|vor|bis|ab)\s+(?P<x>Mitternacht){E}", build_midnight, 2, re.IGNORECASE),
        ("night_to",
         (rf"{B}(?P<x>(?:der|die)\s+Nacht\s+(?:(?:von|vom)\s+(?P<wd1>{a['WD']})\s+)?(?:zu|zum|auf|auf\s+den)\s+"
         rf"(?P<wd>{a['WD']})){E}"),
         build_night_to, 3, re.IGNORECASE),
        ("night_to_date",
         (rf"{B}(?P<x>(?:der|die)\s+Nacht\s+(?:(?:von|vom)\s+(?:dem\s+)?\d{{1,2}}\.\s+)?(?:zu|zum|auf|auf\s+den)\s+"
          rf"(?P<d>\d{{1,2}})\.\s*(?P<mon>{a['MON']})(?:\s+(?P<y>\d{{4}}))?){E}"),
         build_night_to_date, 4, re.IGNORECASE),
        ("day_word",
         (rf"{B}(?P<x>(?P<w>vorgestern|gestern|heute|übermorgen|morgen)"
         rf"(?:\s+(?:in\s+der\s+)?(?P<pod>morgen|früh|vormittag|mittag|nachmittag|abend|nacht){E})?){E}"),
         build_day_word, 2, re.IGNORECASE),
        ("relative_day_adjective",
         (rf"{B}(?P<x>(?:dem|den|der)\s+(?P<adj>vorgestrigen|gestrigen|heutigen|morgigen)\s+"
         rf"(?:Tag|{a['WD']}|{a['POD']})){E}"),
         build_relative_day_adjective, 2, re.IGNORECASE),
        ("part_of_day",
         (rf"{B}(?i:am|gegen|in\s+der|zur|zum|(?:seit|nach|vor|ab)\s+dem)\s+(?P<x>(?:(?P<adj>frühen|späten|heutigen|gestrigen)\s+)?"
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
        ("clock_colon", (rf"{B}(?:um|gegen|ab)\s+(?P<x>(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d))(?![\w:]|[.,]\d|\s*Uhr)"
                         rf"(?!\s*(?:Euro|€|Prozent|%|Meter|m|km|Punkte|Mio|Millionen|Milliarden|Franken|Dollar|Grad|"
                         rf"Sekunden|Minuten|Stunden|Kilo|kg|Liter|Tonnen)(?![\w]))"),
         build_clock_colon, 2, re.IGNORECASE),
        ("clock_words",
         (rf"{B}(?P<x>(?:(?P<q>viertel|dreiviertel|drei\s+viertel)\s+(?:(?P<rel>nach|vor)\s+)?|(?P<half>halb)\s+)"
         rf"(?P<hw>zwölf|elf|zehn|neun|acht|sieben|sechs|fünf|vier|drei|zwei|eins|ein|1[0-2]|[1-9])"
         rf"(?:\s+Uhr)?(?:\s+(?P<pod>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)(?![\w]))?){E}"),
         build_clock_words, 2, re.IGNORECASE),
        ("clock_word_hour",
         (rf"{B}(?P<x>(?P<hw>zwölf|elf|zehn|neun|acht|sieben|sechs|fünf|vier|drei|zwei|eins|ein)\s+Uhr"
          rf"(?:\s+(?P<pod>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)(?![\w]))?){E}"),
         build_clock_word_hour, 2, re.IGNORECASE),
        ("clock_range",
         (rf"{B}(?:(?:von|zwischen)\s+)?(?P<h1>[01]?\d|2[0-4])(?:[:.](?P<m1>[0-5]\d))?(?:\s*(?P<u1>Uhr))?\s*"
         rf"(?:bis|und|-|–)\s*(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d))?\s*Uhr{E}"),
         build_clock_range, 5, 0),
    ]
