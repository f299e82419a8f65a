"""Text -> mentions: run a language's rules, keep the best non-overlapping matches, give a clock time
the day said with it, find each mention's signal and tense, and resolve it against the reference date."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace
from typing import cast

from chrono.errors import ResolutionError
from chrono.lang import load as load_language
from chrono.model import Mention
from chrono.temporal import expr as ex
from chrono.temporal.daytime import (
    before_publication,
    day_named_by,
    hour_in_part_of_day,
    in_a_report_clause,
    mark_dayless,
)
from chrono.temporal.narrative import check_mode, choose_mode, in_view_of_named_year
from chrono.temporal.resolve import Anchor, as_anchor, resolve
from chrono.temporal.rules import NOTHING, Found, Language, Rule
from chrono.temporal.tense import Cue, tense_of
from chrono.text.segments import sentence_spans

# Expressions that name one day, which a following clock time belongs to.
_DAY_EXPRESSIONS = (ex.Weekday, ex.DayShift, ex.Holiday, ex.PartOfDay)


def _is_some_day(e: ex.Expr) -> bool:
    """"an einem Dienstag": a day of the week, but no particular one (XXXX-WXX-2)."""
    return isinstance(e, ex.Ref) and e.value.startswith("XXXX-WXX-")


def _is_day(e: ex.Expr) -> bool:
    return isinstance(e, _DAY_EXPRESSIONS) or (isinstance(e, ex.Date) and e.day is not None)


_WORD = re.compile(r"\w+")
_SENTENCE_REACH = 600  # characters of its sentence on either side of a mention that set its tense


def _scan(language: Language, text: str) -> tuple[dict[int, list[tuple[int, int]]], list[Cue]]:
    """One pass over the words of ``text``: for each rule, the merged stretches of text around its
    trigger words; and the tense cues, as (position, kinds) in text order."""
    lower = text.lower()
    if len(lower) != len(text):  # a character whose lower case is longer: keep offsets exact
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    classify = language.classify
    known_words = language.word_classes
    spots: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    cues: list[Cue] = []
    for m in _WORD.finditer(lower):
        known = known_words.get(m.group()) or classify(m.group())
        if known is NOTHING:  # most words
            continue
        rules, kinds = known
        if rules:
            span = m.span()
            for index in rules:
                spots[index].append(span)
        if kinds:
            if text[m.start()].isupper() and not _opens_sentence(text, m.start()):
                kinds = ()  # "Treffen", "Gemeinden": nouns, not verbs
            elif kinds[0] == "preterite?":
                kinds = ("past",) if _is_preterite(language, text, lower, m) else ()
            elif "future" in kinds and _after_comparison(language, lower, m):
                kinds = ()  # "länger als erwartet"
            if kinds:
                cues.append((m.start(), kinds))
    size = len(text)
    merged: dict[int, list[tuple[int, int]]] = {}
    rules_of_language = language.rules
    for index, spans in spots.items():
        before, after = rules_of_language[index].trigger.reach  # type: ignore[union-attr]
        out: list[tuple[int, int]] = []
        last = -1
        for start, end in spans:  # already in text order, so each window ends after the one before
            lo = max(0, start - before)
            hi = min(size, end + after)
            if lo <= last:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
            last = hi
        merged[index] = out
    return merged, cues


def _opens_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].rstrip(" \t\"„“«»(")
    return not before or before[-1] in ".!?:\n"


def _after_comparison(language: Language, lower: str, m: re.Match[str]) -> bool:
    before = _WORD.findall(lower, max(0, m.start() - 12), m.start())
    return bool(before) and before[-1] in language.tense_words.get("not_after_comparison", ())


def _is_preterite(language: Language, text: str, lower: str, m: re.Match[str]) -> bool:
    """A lower-case -te word that follows no determiner and stands before no noun is a verb."""
    before = _WORD.findall(lower, max(0, m.start() - 30), m.start())
    if not text[m.start()].islower() or (before and before[-1] in language.not_after):
        return False
    after = text[m.end():m.end() + 3].lstrip(" ")
    return not (after[:1].isupper())


def _matches(rule: Rule, text: str, windows: list[tuple[int, int]] | None):
    if windows is None:
        yield from rule.pattern.finditer(text)
        return
    needs = rule.trigger.needs if rule.trigger is not None else None
    for lo, hi in windows:
        if needs is not None and needs.search(text, lo, hi) is None:
            continue  # every match lies inside its window and holds this piece
        for match in rule.pattern.finditer(text, lo, hi):
            # the window may have cut an optional tail ("15. Oktober | vergangenen Jahres"): match again
            # from the same start without the limit
            yield rule.pattern.match(text, match.start()) or match


def _candidates(language: Language, text: str,
                windows: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, list[Found]]]:
    """(priority, match length, founds) for every match of every rule."""
    out = []
    for index, rule in enumerate(language.rules):
        if rule.trigger is not None and index not in windows:
            continue
        for match in _matches(rule, text, windows.get(index) if rule.trigger is not None else None):
            built = rule.build(match, text)
            if not built:
                continue
            founds = built if isinstance(built, list) else [built]
            out.append((rule.priority, match.end() - match.start(), founds))
    return out


def _select(candidates: list[tuple[int, int, list[Found]]]) -> list[Found]:
    """Longest matches first (then higher priority); a match is kept only if it overlaps nothing kept.

    What is kept is marked in a map of the text's characters, so each candidate costs only its
    own length: time grows linearly with the text, however densely the matches lie."""
    kept: list[Found] = []
    size = max((f.end for _, _, founds in candidates for f in founds), default=0)
    taken = bytearray(size)
    # a name that only looks temporal ("Stunde null") wins over what it covers, then the longest match
    for _, _, founds in sorted(candidates, key=lambda c: (not isinstance(c[2][0].expr, ex.NotTemporal), -c[1],
                                                          -c[0], c[2][0].start)):
        if any(f.end > f.start and taken.find(1, f.start, f.end) != -1 for f in founds):
            continue
        for f in founds:
            taken[f.start:f.end] = b"\x01" * (f.end - f.start)
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


# A four-digit number after a date without a year, beyond the years the rules read (up to 2199):
# "31. Dezember 2200" is that year's day, which is not guessed; it is no mention rather than another year's.
# A number followed by a noun counts it ("am 5. Mai 3000 Menschen"): the date keeps its day.
_FAR_YEAR = re.compile(r"\s+(?:2[2-9]|[3-9]\d)\d{2}(?!\d|[.,]\d)(?!\s+[A-ZÄÖÜ])")


def _year_out_of_reach(text: str, f: Found) -> bool:
    e = f.expr
    return (isinstance(e, ex.Date) and e.year is None and e.year_offset is None and e.month is not None
            and _FAR_YEAR.match(text, f.end) is not None)


def _join_day_and_time(language: Language, text: str, founds: list[Found],
                       pairs: dict[int, tuple[int, int]] | None = None) -> list[Found]:
    """"Mittwoch um 10 Uhr" and "um 20 Uhr am Mittwoch": the DATE of the day, and the TIME on that day."""
    joiner = language.day_time_joiner
    out: list[Found] = []
    i = 0
    while i < len(founds):
        current = founds[i]
        nxt = founds[i + 1] if i + 1 < len(founds) else None
        if (nxt is not None and isinstance(current.expr, ex.PartOfDay) and current.expr.base is None
                and _is_day(nxt.expr) and language.part_of_day_joiner is not None
                and language.part_of_day_joiner.fullmatch(text[current.end:nxt.start])):
            # "am Abend des 5. Januar": that day's evening
            out.append(Found(current.start, nxt.end, ex.PartOfDay(nxt.expr, current.expr.part), current.mod,
                             current.signal))
            i += 2
            continue
        if nxt is not None and joiner is not None and joiner.fullmatch(text[current.end:nxt.start]):
            day, clock = (current, nxt) if _is_day(current.expr) or _is_some_day(current.expr) else (nxt, current)
            if (_is_some_day(day.expr) and isinstance(clock.expr, ex.Clock) and clock.expr.base is None
                    and clock.signal not in ("von", "zwischen")):
                # "an einem Dienstag um 11 Uhr": the time of some day, not of the reference day
                dayless = Found(clock.start, clock.end, ex.DaylessClock(clock.expr.hour, clock.expr.minute),
                                clock.mod, clock.signal)
                out += [current, dayless] if day is current else [dayless, nxt]
                i += 2
                continue
            if _is_day(day.expr) and isinstance(clock.expr, ex.Clock) and clock.expr.base is None:
                base = day.expr.base if isinstance(day.expr, ex.PartOfDay) and day.expr.base else day.expr
                if isinstance(day.expr, ex.PartOfDay) and day.expr.part == "NI" and clock.expr.hour < 12:
                    base = ex.Offset(base, 1, "D")  # "in der Nacht auf Mittwoch gegen 2 Uhr": Wednesday
                expression = ex.Clock(hour_in_part_of_day(clock.expr.hour, day.expr), clock.expr.minute, base)
                gap = text[current.end:nxt.start]
                mod = clock.mod or ("APPROX" if language.approx_joiner and language.approx_joiner.search(gap) else None)
                if clock.signal in ("von", "zwischen") and day is current:
                    # "am Dienstagabend zwischen 18 und 19 Uhr": both ends of the range fall on that day,
                    # and each stays its own mention
                    out += [current, Found(nxt.start, nxt.end, expression, mod, clock.signal)]
                    i += 2
                    if (i < len(founds) and isinstance(founds[i].expr, ex.Clock)
                            and cast(ex.Clock, founds[i].expr).base is None
                            and language.range_joiner is not None
                            and language.range_joiner.fullmatch(text[nxt.end:founds[i].start])):
                        end = founds[i]
                        end_clock = cast(ex.Clock, end.expr)
                        out.append(Found(end.start, end.end, ex.Clock(end_clock.hour, end_clock.minute, base),
                                         end.mod, end.signal))
                        i += 1
                    continue
                # a day and its clock time are two mentions; the time carries the day it belongs to
                start = clock.start
                if day is current:  # "am Dienstag kurz vor drei Uhr": the time keeps its "kurz vor"
                    near = re.search(r"kurz\s+(vor|nach)\s+$", gap, re.IGNORECASE)
                    if near:
                        start = current.end + near.start()
                        mod = mod or ("BEFORE" if near.group(1).lower() == "vor" else "AFTER")
                timed = Found(start, clock.end, expression, mod, clock.signal)
                out += [day, timed] if day is current else [timed, day]
                if pairs is not None:  # the two are read in one tense, that of the whole phrase
                    pairs[id(day)] = pairs[id(timed)] = (current.start, nxt.end)
                i += 2
                continue
        out.append(current)
        i += 1
    return out


def _preposition(language: Language, text: str, start: int) -> str | None:
    if language.preposition is None:
        return None
    m = language.preposition.search(text, max(0, start - 30), start)
    return " ".join(m["p"].lower().split()) if m else None


def _signal(language: Language, found: Found, preposition: str | None) -> str | None:
    if found.signal:
        return found.signal
    if preposition is None:
        return None
    first = preposition.split()[0]
    return language.signals.get(preposition) or language.signals.get(first)


def tag(text: str, published: Anchor | None = None, *, language: str = "de", tense: str | None = None,
        spans: list[tuple[int, int]] | None = None, mode: str = "news") -> list[Mention]:
    """Find the temporal expressions in ``text`` and resolve them against ``published``.

    ``published`` is the reference date (a date, a datetime or an ISO string); without one,
    expressions whose value depends on it keep ``value`` None. ``tense`` forces the tense of every
    sentence (otherwise it is read from the sentence). ``spans`` limits tagging to these
    (start, end) regions of ``text``; offsets always refer to ``text`` itself. ``mode`` is "news",
    "narrative" (a yearless date takes the year the text last named) or "auto" (decided from the
    years the text names; :func:`tag_with_mode` also says which it chose and why).
    """
    return tag_with_mode(text, published, language=language, tense=tense, spans=spans, mode=mode)[0]


def tag_with_mode(text: str, published: Anchor | None = None, *, language: str = "de", tense: str | None = None,
                  spans: list[tuple[int, int]] | None = None,
                  mode: str = "auto") -> tuple[list[Mention], str, str]:
    """:func:`tag`, and the mode it tagged in with the reason ("given", or what ``auto`` saw)."""
    if check_mode(mode) != "auto":
        return _tag(text, published, language, tense, spans, mode), mode, "given"
    mentions = _tag(text, published, language, tense, spans, "news")
    chosen, reason = choose_mode(mentions, as_anchor(published)[0] if published is not None else None)
    if chosen == "narrative":
        mentions = _tag(text, published, language, tense, spans, "narrative")
    return mentions, chosen, reason


def _tag(text: str, published: Anchor | None, language: str, tense: str | None,
         spans: list[tuple[int, int]] | None, mode: str) -> list[Mention]:
    lg = load_language(language)
    anchor = as_anchor(published) if published is not None else None
    regions = spans if spans is not None else [(0, len(text))]
    mentions: list[Mention] = []
    for lo, hi in regions:
        mentions.extend(_tag_region(lg, text, lo, hi, anchor, tense, mode))
    return mentions


def _tag_region(lg: Language, text: str, lo: int, hi: int, anchor: tuple[dt.date, dt.datetime | None] | None,
                forced_tense: str | None, mode: str = "news") -> list[Mention]:
    region = text[lo:hi]
    windows, cues = _scan(lg, region)
    positions = [pos for pos, _ in cues]
    selected = [f for f in _select(_candidates(lg, region, windows))
                if not isinstance(f.expr, ex.NotTemporal) and not _year_out_of_reach(region, f)]
    pairs: dict[int, tuple[int, int]] = {}
    founds = _join_day_and_time(lg, region, mark_dayless(region, selected), pairs)
    if not founds:
        return []  # nothing to read the sentences, tenses and values of
    tense_by_pair: dict[tuple[int, int], str | None] = {}
    sentences = sentence_spans(region, until=max(f.start for f in founds))  # the sentences a mention stands in
    starts = [s for s, _ in sentences]
    reference = (anchor[1] or anchor[0]) if anchor else None
    out: list[Mention] = []
    tense_by_expr: dict[int, str | None] = {}
    for f in founds:
        if isinstance(f.expr, ex.Anaphor):  # "drei Tage später": from the last date mentioned before
            anchored = _anchor_anaphor(f, out)
            if anchored is None:
                continue
            f = anchored
        sentence = sentences[max(0, bisect.bisect_right(starts, f.start) - 1)] if sentences else (0, len(region))
        # a run-on "sentence" (a line of dates without a full stop) is read only near the mention
        sentence = (max(sentence[0], f.start - _SENTENCE_REACH), min(sentence[1], f.end + _SENTENCE_REACH))
        preposition = _preposition(lg, region, f.start)
        signal = _signal(lg, f, preposition)
        pair = pairs.get(id(f))
        if pair in tense_by_pair:
            tense = tense_by_pair[pair]  # type: ignore[index]
        else:
            whole = replace(f, start=pair[0], end=pair[1]) if pair else f
            tense = _read_tense(lg, cues, positions, region, sentence, whole, signal, forced_tense)
            if pair:
                tense_by_pair[pair] = tense
        anchored = in_view_of_named_year(f, out, mode, lo + sentence[0], tense)  # "1998, als am 9. April ...": 1998
        if anchored is None:
            continue
        f = anchored
        if (out and f.signal == "bis" and lg.range_joiner is not None
                and lg.range_joiner.fullmatch(text[out[-1].end:lo + f.start])):
            tense = out[-1].tense  # the end of a range is read like its start
        if _needs_a_day(f.expr):  # "Anpfiff war um 20.30 Uhr", after "Am Samstag spielte ...": that day
            f = before_publication(_on_the_day_in_view(lg, f, tense, out, text, lo, sentences, starts), tense,
                                   anchor[1] if anchor else None)
        base = getattr(f.expr, "base", None)
        if id(base) in tense_by_expr:  # a clock time on a day said before: that day, read the same way
            tense = tense_by_expr[id(base)]
        tense_by_expr[id(f.expr)] = tense
        if base is not None:
            tense_by_expr.setdefault(id(base), tense)
        mod = f.mod or lg.preposition_mods.get(preposition or "")
        try:
            value = resolve(f.expr, reference or dt.date(2000, 1, 1), tense)
        except ResolutionError:
            continue  # a day that does not exist ("31.11.") is no mention, never another day
        known = reference is not None or not f.expr.relative
        out.append(Mention(start=lo + f.start, end=lo + f.end, text=region[f.start:f.end], type=value.type,
                           value=value.value if known else None, mod=mod or value.mod, signal=signal,
                           grain=value.grain, earliest=value.earliest if known else None,
                           latest=value.latest if known else None, tense=tense, expr=f.expr))
    return _link_ranges(lg, text, out)


def _read_tense(lg: Language, cues: list[Cue], positions: list[int], text: str, sentence: tuple[int, int],
                f: Found, signal: str | None, forced: str | None) -> str | None:
    if forced:
        return forced
    if signal in lg.past_signals:  # "seit Anfang Dezember" looks back whatever the verb
        if isinstance(f.expr, (ex.Duration, ex.CompoundDuration)) and tense_of(
                lg, cues, positions, text, sentence, f.start, f.end) == "present":
            return "present"  # "Seit einer Woche ist Gisler Trainer": a state lasting until now
        return "past"
    before = text[max(sentence[0], f.start - 50):f.start]
    if lg.past_governor is not None and lg.past_governor.search(before):
        return "past"  # "seit seinem Amtsantritt am 8. Dezember": what has been since then
    tense = tense_of(lg, cues, positions, text, sentence, f.start, f.end)
    if (tense == "present" and isinstance(f.expr, ex.Part) and lg.adverbial_preposition is not None
            and not lg.adverbial_preposition.search(before)):
        return None  # "Die Zahlen für das vierte Quartal legt ... vor": a period named, not when it happens
    return tense


def _needs_a_day(e: ex.Expr) -> bool:
    return isinstance(e, (ex.Clock, ex.PartOfDay)) and e.base is None


def _on_the_day_in_view(lg: Language, f: Found, tense: str | None, before: list[Mention], text: str, lo: int,
                        sentences: list[tuple[int, int]], starts: list[int]) -> Found:
    """A clock time or part of the day said without a day belongs to the day the text is talking
    about: the last day named in the same paragraph, at most three sentences back."""
    index = max(0, bisect.bisect_right(starts, f.start) - 1)
    window_start = lo + sentences[max(0, index - 3)][0] if sentences else lo
    if "\n\n" in text[window_start:lo + f.start]:
        window_start = lo + f.start - (text[window_start:lo + f.start][::-1].index("\n\n"))
    for m in reversed(before):
        if m.start < window_start:
            break
        if m.signal in ("von", "seit", "bis", "ab") or in_a_report_clause(lg, text, m):
            continue  # the start or end of a span, or the day of a statement ("wie die Polizei am Montag mitteilte")
        if {tense, m.tense} == {"past", "future"}:  # a plan is no anchor for what happened, nor the reverse
            continue
        if m.type not in ("DATE", "TIME") or not m.earliest:
            continue
        if m.grain not in ("day", "partofday", "minute", "hour"):
            break  # the text talks about a week, a year ...: no particular day is in view
        named = day_named_by(m)
        if m.value and m.value.endswith("TNI") and isinstance(f.expr, ex.Clock) and f.expr.hour < 12:
            named = ex.Offset(named, 1, "D")  # "in der Nacht zu Freitag ... gegen 3.15 Uhr": Friday
        expression = f.expr
        if isinstance(expression, ex.Clock):
            return Found(f.start, f.end, ex.Clock(expression.hour, expression.minute, named), f.mod, f.signal)
        return Found(f.start, f.end, ex.PartOfDay(named, cast(ex.PartOfDay, expression).part), f.mod, f.signal)
    return f


_FINE_ENOUGH = {"D": {"day", "partofday", "minute", "hour"}, "W": {"day", "partofday", "minute", "hour", "week"},
                "M": {"day", "partofday", "minute", "hour", "week", "month"}}


def _coarser(grain: str | None, unit: str) -> bool:
    return unit in _FINE_ENOUGH and grain not in _FINE_ENOUGH[unit]


def _anchor_anaphor(f: Found, before: list[Mention]) -> Found | None:
    """An anaphor takes the last point in time mentioned before it; with none, a counted one
    ("drei Tage später") is a plain duration and "am selben Tag" says nothing."""
    previous = next((m for m in reversed(before) if m.type in ("DATE", "TIME") and m.earliest), None)
    expression = f.expr
    assert isinstance(expression, ex.Anaphor)
    if previous is not None and not expression.keep_grain and _coarser(previous.grain, expression.unit):
        previous = None  # "am selben Tag" after "2022": a year names no day to count from
    if previous is None:
        if not expression.counted:
            return None
        return Found(f.start, f.end, ex.Duration(abs(expression.amount), expression.unit), f.mod, f.signal)
    day = dt.date.fromisoformat(cast(str, previous.earliest)[:10])
    return Found(f.start, f.end, replace(expression, previous=day, previous_value=previous.value), f.mod, f.signal)


def _link_ranges(lg: Language, text: str, mentions: list[Mention]) -> list[Mention]:
    """Two mentions joined by "bis", "und" or a dash after "von"/"zwischen" are the ends of one range."""
    if lg.range_joiner is None:
        return mentions
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end:b.start]
        if a.type == b.type and lg.range_joiner.fullmatch(gap) and (a.signal in ("von", "zwischen")
                                                                     or gap.strip() in ("-", "–")):
            mentions[i], mentions[i + 1] = replace(a, range_with=b.start), replace(b, range_with=a.start)
    return mentions
