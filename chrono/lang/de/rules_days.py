"""German rules for single days: written and numeric dates and date ranges, weekdays, holidays and
days counted from them.

Reads the word alternations of :func:`chrono.lang.de.words.alternations`; adds, for each rule, its
name, pattern, builder (from :mod:`chrono.lang.de.dates`), priority and regex flags.
"""
from __future__ import annotations

import re
from typing import Any

from chrono.lang.de.dates import (
    build_holiday,
    build_iso_date,
    build_numeric_date,
    build_numeric_range,
    build_offset_holiday,
    build_ordinal_word_date,
    build_shifted_day,
    build_textual_date,
    build_textual_range,
    build_week_around_holiday,
    build_weekday,
    build_weekday_compound,
    build_weekday_range,
)
from chrono.lang.de.words import YEAR, B, E


def day_rules(a: dict[str, str]) -> list[tuple[str, str, Any, int, int]]:
    """The rules that find a single day or a range of days.

    ``a`` holds the word alternations; each rule is (name, pattern, builder, priority, flags).
    """
    DIR, NUM = a["DIR"], a["NUM"]
    return [
        ("textual_date_range",
         (rf"{B}(?P<d1>[0-3]?\d)\.\s*(?:(?P<mon1>{a['MON']}|{a['MONA']}\.?)(?:\s+(?P<y1>{YEAR}))?\s*)?"
         rf"(?P<sep>-|–|bis(?:\s+(?:zum|einschließlich))?|und|/)\s*(?P<d2>[0-3]?\d)\.\s*"
         rf"(?P<mon2>{a['MON']}|{a['MONA']}\.?)(?:\s+(?P<y2>{YEAR}))?{E}"),
         build_textual_range, 5, re.IGNORECASE),
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
        ("weekday_compound",
         rf"{B}(?P<x>(?P<prefix>{a['WDPRE']})(?P<wd>{a['WD']})){E}",
         build_weekday_compound, 2, re.IGNORECASE),
        ("weekday_range",
         (rf"{B}(?:(?:von|vom)\s+(?P<wd1>{a['WD']})\s+bis(?:\s+(?:zum|einschließlich))?|zwischen\s+(?P<wd1b>{a['WD']})"
         rf"\s+und)\s+(?P<wd2>{a['WD']}){E}"),
         build_weekday_range, 5, re.IGNORECASE),
        ("weekday",
         (rf"{B}(?P<x>(?:(?:dem|den|der|diesem|diesen|jenem)\s+)?(?:(?P<rel>{DIR})\s+)?(?P<wd>{a['WD']})"
         rf"(?P<pod>{a['POD']})?(?:\s+(?P<pod2>abend|morgen|früh|nachmittag|vormittag|mittag|nacht)(?![\w]))?"
         rf"(?:\s+(?P<wk>(?:(?:der|dieser)\s+)?(?P<wkrel>{DIR})\s+Woche))?){E}"),
         build_weekday, 2, re.IGNORECASE),
        ("shifted_day",
         (rf"{B}(?P<x>(?P<base>heute|gestern|morgen|{a['WD']})(?P<pod>{a['POD']})?\s+(?P<dir>vor|in)\s+"
          rf"(?:(?P<about>{a['QMOD']})\s+)?(?P<num>{NUM})\s+"
         rf"(?P<unit>Wochen?|Jahr(?:en)?|Monat(?:en)?|Tag(?:en)?)){E}"),
         build_shifted_day, 4, re.IGNORECASE),
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
    ]
