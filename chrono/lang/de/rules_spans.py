"""German rules for what is no calendar date: durations, recurring sets ("jeden Montag") and
references back to a date named before ("zwei Tage später").

Reads the word alternations of :func:`chrono.lang.de.words.alternations`; adds, for each rule, its
name, pattern, builder (from :mod:`chrono.lang.de.spans`), priority and regex flags.
"""
from __future__ import annotations

import re
from typing import Any

from chrono.lang.de.periods import build_same_period_last_year
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
from chrono.lang.de.words import B, E, found, weekday_of
from chrono.temporal import expr as ex


def span_rules(a: dict[str, str]) -> list[tuple[str, str, Any, int, int]]:
    """The rules that find a duration, a recurring set or a reference back.

    ``a`` holds the word alternations; each rule is (name, pattern, builder, priority, flags).
    """
    NUM = a["NUM"]
    return [
        ("anaphor_counted",
         (rf"{B}(?P<x>(?P<num>{NUM})\s+(?P<unit>{a['DUNIT']})\s+"
          rf"(?P<dir>später|danach|darauf|zuvor|davor|vorher|früher)){E}"),
         build_anaphor, 4, re.IGNORECASE),
        ("anaphor_word",
         (rf"{B}(?P<x>tags\s+(?:darauf|danach|zuvor|davor)|(?<=am\s)(?:Tag\s+(?:darauf|danach|zuvor|davor)|Folgetag|"
          rf"Vortag|(?:selben|gleichen|nächsten|folgenden)\s+Tag)|(?<=dem\s)selben\s+Tag|(?<=vom\s)Vortag|"
         rf"(?<=an\s)diesem\s+Tag|(?<=an\s)jenem\s+Tag|(?<=im\s)(?:selben|gleichen)\s+(?:Jahr|Monat)|"
          rf"(?<=im\s)(?:Folgejahr|Jahr\s+darauf|Folgemonat)){E}"),
         build_anaphor, 4, re.IGNORECASE),
        ("anaphor_same_period",
         rf"{B}(?P<x>(?:(?:des|dem|den)\s+)?(?P<w>Vorjahresmonats?|Vorjahreszeitraums?|Vorjahresquartals?|Vorjahreswoche))(?![\w])",
         build_same_period_last_year, 4, re.IGNORECASE),
        ("weekday_after",
         rf"{B}(?P<x>(?P<wd>{a['WD']})\s+(?:darauf|danach)){E}",
         lambda m, t: found(m, ex.Anaphor(1, "D", counted=False, weekday=weekday_of(m["wd"]))), 4, re.IGNORECASE),
        ("duration",
         (rf"{B}(?:(?P<prep>bis\s+vor|vor|in|seit|nach|für|mit|binnen|innerhalb(?:\s+von)?|über|um|auf)\s+)?"
         rf"(?P<x>(?:(?P<det>den|die|der|dem)\s+)?(?:(?P<rel>vergangenen|letzten|kommenden|nächsten|ersten|"
         rf"zurückliegenden|folgenden|vergangene|letzte|kommende|nächste|ersten)\s+)?(?:(?P<qmod>{a['QMOD']})\s+)?"
         rf"(?P<num>{NUM}|{a['VAGUE']})\s+(?:(?P<adj>ganze[nrs]?|ganzen|volle[nrs]?|knappe[nrs]?|gute[nrs]?|weitere[nrs]?|"
         rf"zusätzliche[nrs]?|lange[nrs]?|harte[nrs]?|bange[nrs]?|schwere[nrs]?|[a-zäöüß]{{3,}}liche[nrs]?)\s+)?"
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
        ("bare_plural_duration",
         rf"{B}(?P<prep>seit|vor|über)\s+(?P<x>(?P<unit>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Stunden|Jahrzehnten|Jahrzehnte|Jahrhunderten|Jahrhunderte|Jahrtausenden|Jahrtausende|Minuten)){E}",
         build_bare_plural_duration, 1, re.IGNORECASE),
        ("duration_adjective",
         (rf"{B}(?P<x>(?:(?P<qmod>{a['QMOD']})\s+)?(?P<num>{a['NUMW']}|\d+-|mehr|viel|ganz|halb)"
         rf"(?P<stem>{a['DADJ']})(?:e[nmrs]?)?){E}"),
         build_duration_adjective, 1, re.IGNORECASE),
        ("vague_duration_word", rf"{B}(?P<x>(?P<w>{a['VAGUEDUR']}(?:e[nmrs]?)?)){E}",
         build_vague_duration_word, 1, re.IGNORECASE),
        ("every",
         (rf"{B}(?P<x>(?:jeden|jede|jedes|jeder|jedem)\s+(?P<what>{a['WD']}|Tag|Woche|Monat|Jahr|Stunde|Quartal|"
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
         (rf"{B}(?P<x>(?:den|die|der)\s+(?P<rel>kommenden|nächsten|vergangenen|letzten|zurückliegenden)\s+"
         rf"(?:Tagen?|Wochen|Monaten?|Jahren?|Jahrzehnten?)){E}"),
         build_vague_ref, 0, re.IGNORECASE),
    ]
