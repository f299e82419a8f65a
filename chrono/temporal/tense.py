"""The tense of the clause a mention stands in, from the language's cue words.

The cues of a text are found once, in the tagger's single pass over its words, as a list of
(position, kinds) sorted by position; here they are read for one mention.
"""
from __future__ import annotations

import bisect
import re

from chrono.temporal.rules import Language
from chrono.text.segments import clause_around

TENSES = ("future", "present", "past")
Cue = tuple[int, tuple[str, ...]]


def _in(cues: list[Cue], positions: list[int], lo: int, hi: int) -> list[Cue]:
    return cues[bisect.bisect_left(positions, lo):bisect.bisect_left(positions, hi)]


def _tense_cues(window: list[Cue], start: int, end: int) -> list[tuple[int, str]]:
    """(position, tense) of the cues outside the mention itself; a participle counts as past
    where an auxiliary stands in the same stretch."""
    has_auxiliary = any("auxiliary" in kinds for _, kinds in window)
    has_stative = any("stative" in kinds for _, kinds in window)
    out = []
    for pos, kinds in window:
        if start <= pos < end:
            continue
        for kind in kinds:
            if kind in TENSES:
                out.append((pos, kind))
            elif (kind == "participle" and has_auxiliary) or (kind == "participle_en" and (has_auxiliary or has_stative)):
                out.append((pos, "past"))  # "hat ... bemerkt", "ist ... gestorben"; but "ist gesperrt" is a state
    return out


def _nearest(cues: list[tuple[int, str]], start: int, end: int) -> str:
    def distance(cue: tuple[int, str]) -> int:
        pos = cue[0]
        return start - pos if pos < start else max(0, pos - end)

    return min(cues, key=distance)[1]


_NEXT_WORD = re.compile(r"[ \t]*(\w+)")
_WORDS = re.compile(r"\w+")


def _verb_after(language: Language, text: str, clause: tuple[int, int], start: int, end: int) -> str | None:
    """A mention that opens a main clause ("Am Donnerstag ziehen ...") is followed by the finite
    verb; its form gives the tense. None where the mention does not open the clause."""
    lead = _WORDS.findall(text[clause[0]:start].lower())
    if any(w not in language.lead_words for w in lead):
        return None
    m = _NEXT_WORD.match(text, end, clause[1])
    if not m or not m.group(1)[0].islower() or m.group(1) in language.function_words:
        return None  # "..., der am 20. September den Mann gefunden hatte": "den" is no verb
    if text[:clause[0]].rstrip().endswith(","):
        participle = _participle_clause(language, text, clause, start, end)
        if participle is not None:  # "Der Bericht, am Dienstag veröffentlicht, beschreibt ...": no finite verb
            return participle
    return _verb_tense(language, m.group(1), text[m.end():clause[1]])


def _verb_tense(language: Language, word: str, rest: str) -> str | None:
    """The tense a finite verb gives its clause; ``rest`` is the clause after it."""
    _, kinds = language.classify(word)
    if "future" in kinds:
        return "future"
    if "perfect" in kinds:  # "ist ... angesetzt" plans ahead; "hat ... gesagt" looks back
        tail = _WORDS.findall(rest.lower())[-3:]  # after the verb; in a subordinate clause, before it
        if ("stative" not in kinds and len(tail) >= 2 and tail[-2].endswith("n")
                and tail[-1] in language.tense_words.get("substitute_infinitive", ())):
            return "past"  # "hat ... sperren müssen": the perfect of a modal
        if any(w in language.tense_words["future"] for w in tail):
            return "future"
        participles = [w for w in tail if language.participle is not None and language.participle.fullmatch(w)]
        if "stative" in kinds:  # "sind ... geöffnet" is a state, "ist ... gestorben" a perfect
            states = language.tense_words.get("stative_participle", frozenset())
            participles = [w for w in participles if w.endswith("en") and w not in states]
        return "past" if participles or word in ("hatte", "hatten", "war", "waren") else "present"
    if "past" in kinds or "preterite?" in kinds or language.plural_preterite(word):
        return "past"
    if word.endswith("ten") and len(word) > 5 and word not in language.present_in_ten:
        return "past"  # a finite verb in -ten: "Im März wählten die Bürger"
    if "present" in kinds or (word.endswith(("t", "en", "n")) and len(word) > 2):
        return "present"
    return None


def tense_of(language: Language, cues: list[Cue], positions: list[int], text: str, sentence: tuple[int, int],
             start: int, end: int) -> str | None:
    """The tense of the mention text[start:end] in ``sentence``: "past", "present", "future" or None.

    In order: the finite verb right after a mention that opens its clause; a "zu"-infinitive
    clause (what is to come); the nearest cue word in the clause, then in the sentence; the verb
    after the subject.

    Among several cues the nearest wins, except that a past auxiliary ("wurde ... erwartet") keeps
    a future cue in the past.
    """
    clause = clause_around(text, sentence, start, end)
    tense = _tense_in_clause(language, cues, positions, text, sentence, clause, start, end)
    if tense == "future" and _ALLEGED_PAST.search(text, clause[0], clause[1]):
        return "past"  # "soll er ... aufgelauert haben": what someone is said to have done
    if tense == "past" and _names_a_coming_date(language, text, clause, start, end):
        return None  # the verb dates the report, not the date: the nearest reading wins
    return tense


def _names_a_coming_date(language: Language, text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """"Flury nannte Ende November als frühesten Termin": a naming verb before the mention and a
    coming-date word after it, in one clause."""
    if language.naming_verb is None or language.coming_date_word is None:
        return False
    return bool(language.naming_verb.search(text, clause[0], start)
                and language.coming_date_word.search(text, end, clause[1]))


# a modal with a perfect infinitive: "soll ... gestohlen haben", "sollen ... gewesen sein"
_ALLEGED_PAST = re.compile(r"(?<![\w])(?:soll|sollen|sollte|sollten|will|wollen)(?![\w])[^.;:]*?"
                           r"(?<![\w])[a-zäöüß]{3,}(?:t|en)\s+(?:haben|sein)(?![\w])")


def _tense_in_clause(language: Language, cues: list[Cue], positions: list[int], text: str,
                     sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int) -> str | None:
    verb = _verb_after(language, text, clause, start, end)
    if verb is not None:
        return verb
    if language.infinitive_clause is not None and language.infinitive_clause.search(text, start, clause[1]):
        return "future"  # "..., die Pflicht bis Ende März zu verlängern": what is to be done
    for lo, hi in (clause, sentence):
        window = _in(cues, positions, lo, hi)
        found = _tense_cues(window, start, end)
        if not found:
            if (lo, hi) == clause:  # the clause's own finite verb before any word of another clause
                own = ((_final_verb(language, text, clause) or _participle_clause(language, text, clause, start, end)
                        or _leading_verb(language, text, clause, start))
                       if clause[0] > sentence[0]  # "..., das ... besetzt ist", "Wer ... hat, kann ..."
                       else _main_verb(language, text, clause, start, end))  # "Am Mittwoch fallen Flüge aus, wie ..."
                if own is not None:
                    return own
            continue
        kinds = {k for _, k in found}
        if "future" in kinds and "past" in kinds and any("past_over_future" in k for _, k in window):
            return "past"
        return _nearest(found, start, end)
    return _main_verb(language, text, clause, start, end) or _main_verb(language, text, sentence, start, end)


def _final_verb(language: Language, text: str, clause: tuple[int, int]) -> str | None:
    """In a subordinate clause ("das ... besetzt ist", "weil ... beginnt") the finite verb stands last."""
    words = _WORDS.findall(text[clause[0]:clause[1]])
    if len(words) < 3 or words[0].lower() not in language.subordinators or not words[-1][0].islower():
        return None
    return _verb_tense(language, words[-1].lower(), " ".join(words[-3:-1]))


PARTICIPLE_CLAUSE_WORDS = 6  # words a clause of a participle alone ("am Dienstag veröffentlicht") holds at most


def _participle_clause(language: Language, text: str, clause: tuple[int, int], start: int, end: int) -> str | None:
    """A clause of a participle and its adverbials alone, set off by commas ("Der Bericht, am
    Dienstag veröffentlicht, beschreibt ...") tells what was done: the past."""
    words = [m for m in _WORDS.finditer(text, clause[0], clause[1]) if not start <= m.start() < end]
    if not words or len(words) > PARTICIPLE_CLAUSE_WORDS or language.participle is None:
        return None
    last = words[-1].group()
    if not last[0].islower() or not language.participle.fullmatch(last):
        return None
    return "past"


def _leading_verb(language: Language, text: str, clause: tuple[int, int], start: int) -> str | None:
    """A main clause after a clause put before it ("Wer eine Wahlkarte beantragt hat, kann diese
    noch bis Sonntag abgeben") begins with its finite verb: a lower-case word that opens no
    subordinate clause and is no function word, before the mention."""
    first = _NEXT_WORD.match(text, clause[0], start)
    if first is None or not first.group(1)[0].islower():
        return None
    word = first.group(1)
    if word in language.subordinators or word in language.function_words or not word.isalpha():
        return None
    return _verb_tense(language, word, text[first.end():clause[1]])


def _main_verb(language: Language, text: str, clause: tuple[int, int], start: int, end: int) -> str | None:
    """For a clause with no tense cue: the finite verb of "Die Kommission legt ..." or "Rund um den
    Feiertag am Sonntag präsentiert sich ..." is the first lower-case word after the subject that is
    no function word, no modifier and not part of the mention."""
    words = list(_WORDS.finditer(text[clause[0]:clause[1]]))[:10]
    if not words or not words[0].group()[0].isupper():
        return None
    skip = language.function_words
    for word in words[1:]:
        w = word.group()
        if start <= clause[0] + word.start() < end or w[0].isupper() or w in skip or w.isdigit():
            continue
        return _verb_tense(language, w, text[clause[0] + word.end():clause[1]])
    return None
