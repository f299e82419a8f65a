"""Headlines: reads a dated clause (its temporal expressions as spans to drop, the actors of its
sentence, the words before it) and adds a short headline for its event, the actor first
("Jürgen Mahler trat zurück", "Rund 12.000 Haushalte waren ohne Strom").

The cue words (fillers, copulas, pronouns, auxiliaries ...) come from the ``headline`` section of
``chrono/lang/<language>/events.yaml``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from chrono.events.cues import cues
from chrono.events.model import Actor

TITLE_WORDS = 10
MAIN_CLAUSE_WORDS = 6  # a main clause this short ("Die Meteorologen rechnen damit") heads a "dass" clause


def headline(clause: str, blanks: Iterable[tuple[int, int]], actors: list[Actor],
             language: str = "de", lead: str = "") -> str:
    """A short headline from a clause: temporal phrases and fillers dropped, the actor first.

    The subject goes before the verb: an actor named after it ("kam ... der Nato-Russland-Rat"),
    the noun phrase right after it ("waren rund 12.000 Haushalte ohne Strom"), or, for a relative
    clause, the noun it refers to (``lead`` is the sentence before the clause: "Lukas Brandl, der
    sich in Kiel verletzt hatte" -> "Lukas Brandl hat sich in Kiel verletzt"). A pluperfect becomes
    the perfect of a headline. When dropping a fronted date would leave the verb first ("Um 9:51
    Uhr prallen ...") and no subject can be put before it, the date stays.
    """
    spans = sorted(blanks)
    text = _drop_fillers(without_spans(clause, spans), language)
    if text and _bare(text.split()[-1]) in _headline_cues(language)["copulas"]:
        # "Anpfiff ist um 13 Uhr": the date is what the clause says; without it the copula dangles
        spans = [span for span in spans if clause[span[1]:].strip(" .,;:!?")]
        text = _drop_fillers(without_spans(clause, spans), language)
    relative = _relative_headline(text, lead, actors, language)
    if relative is not None:
        text = relative
    elif (happening := _happening(text, language)) is not None:
        text = happening
    elif _starts_lower(text):
        text = _without_leading_phrase(text, language)
        fronted = _subject_after_verb(text, actors, language)
        who = _subject(text, actors)
        if fronted is not None:
            text = fronted
        elif who is not None:
            phrase, name = who
            text = f"{name} " + " ".join((text[: phrase[0]] + " " + text[phrase[1]:]).split())
        else:
            fillers = set(cues(language)["headline_fillers"])
            leading = [span for span in spans if all(w.lower() in fillers for w in clause[: span[0]].split())]
            text = _drop_fillers(without_spans(clause, [s for s in spans if s not in leading]), language)
    if _verb_final(clause, text, language):
        moved = _verb_second(text, actors, language)
        main = _drop_fillers(lead.rstrip()[:-1], language) if lead.rstrip().endswith(",") else ""
        if moved is not None:
            text = moved  # "weil sich die Nato 2019 ... gestellt hatte" -> "Nato hat sich ... gestellt"
        elif main and len(main.split()) <= MAIN_CLAUSE_WORDS:
            # "dass „Hedda“ am Sonntag abzieht": the main clause before it says who expects or says so
            fillers = set(cues(language)["headline_fillers"])
            text = f"{main}, " + " ".join(w for w in without_spans(clause, spans).split() if _bare(w) not in fillers)
    text = _as_perfect(_named(text, actors, language), language)
    words = text.strip(" .,;:-–").split()
    if len(words) > TITLE_WORDS:
        words = words[:TITLE_WORDS] + ["…"]
    text = " ".join(words)
    return (text[:1].upper() + text[1:]) if text else ""


def _headline_cues(language: str) -> dict[str, Any]:
    return cues(language)["headline"]


def _bare(word: str) -> str:
    return word.strip(".,;:!?»«„“”\"'").lower()


def _noun_phrase(words: list[str], start: int, language: str) -> int | None:
    """The end (exclusive) of the noun phrase starting at ``words[start]``: articles, numbers,
    amounts and adjectives, then a capitalised noun and the names after it ("rund 12.000
    Haushalte", "der 1. FC Nürnberg", "CDU und SPD", "das Sturmtief „Hedda“"); None if none."""
    data = _headline_cues(language)
    prepositions = set(cues(language)["prepositions"]) | set(data["prepositions"])
    i = start
    while i < len(words):
        word, bare = words[i], _bare(words[i])
        if bare in data["determiners"] or re.fullmatch(r"[\d.,:]+", bare) or word[:1].islower() and bare not in prepositions and re.search(r"(?:e|en|er|es|em)$", bare) \
                and bare not in data["not_adjectives"]:
            i += 1
        else:
            break
    if i >= len(words) or not _noun_like(words[i]):
        return None
    i += 1
    while i < len(words):
        if words[i - 1].endswith(",") and not words[i][:1].isupper():
            break
        if _noun_like(words[i]):
            i += 1
        elif _bare(words[i]) in ("und", "sowie", "der", "des") and i + 1 < len(words) and words[i + 1][:1].isupper():
            i += 2  # "CDU und SPD", "der Landesvorsitzende der FDP"
        else:
            break
    return i


def _happening(text: str, language: str) -> str | None:
    """"kam es auf der A1 bei St. Pölten zu einem Auffahrunfall" -> "Auffahrunfall auf der A1 bei
    St. Pölten": what happened, where the report only says that it came to it (its adjectives,
    inflected for "zu", are left out)."""
    data = _headline_cues(language)
    verbs = "|".join(data["happening_verbs"])
    match = re.match(rf"(?i:(?:{verbs}))\s+es\s+(.*?)\s*\b(?:zu|zum|zur)\s+(?:(?:einem|einer|einen)\s+)?"
                     rf"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)*([A-ZÄÖÜ][\wäöüß-]*)(.*)$", text)
    if match is None:
        return None
    return " ".join(f"{match.group(2)} {match.group(1)} {match.group(3)}".split())


def _noun_like(word: str) -> bool:
    """A capitalised word, a quoted name or a number compound ("23-Jähriger", "1:0-Sieg")."""
    return word[:1].isupper() or word[:1] in "„“\"«" or bool(re.match(r"[\d.,:]+-[A-ZÄÖÜ]", word))


def _without_article(phrase: list[str], language: str) -> list[str]:
    if len(phrase) > 1 and _bare(phrase[0]) in _headline_cues(language)["definite_articles"] and phrase[1][:1].isupper():
        return phrase[1:]  # "der Club" -> "Club"; "der neue Bundesrat" keeps its article
    return phrase


def _without_leading_phrase(text: str, language: str) -> str:
    """"nach der Landtagswahl haben CDU und SPD ...": a prepositional phrase left at the front
    (its date dropped) goes, so that the verb opens the clause."""
    words = text.split()
    data = _headline_cues(language)
    if not words or _bare(words[0]) not in set(cues(language)["prepositions"]) | set(data["prepositions"]):
        return text
    end = _noun_phrase(words, 1, language)
    if end is None or end >= len(words) or not words[end][:1].islower():
        return text
    return " ".join(words[end:])


def _subject_after_verb(text: str, actors: list[Actor], language: str) -> str | None:
    """"waren rund 12.000 Haushalte ohne Strom" -> "Rund 12.000 Haushalte waren ohne Strom"; a
    person named in the phrase stands for it ("trat der Landesvorsitzende der FDP, Jürgen
    Mahler, zurück" -> "Jürgen Mahler trat zurück")."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].islower() or _bare(words[0]) not in _finite_verbs(words, language):
        return None
    if _bare(words[1]) in _headline_cues(language)["pronouns"]:
        return None  # "soll es weitere Gespräche geben": no subject to put first
    start, between = 1, []
    prepositions = set(cues(language)["prepositions"]) | set(_headline_cues(language)["prepositions"])
    if _bare(words[1]) in prepositions:  # "demonstrierten in Wien rund 5000 Menschen"
        place_end = 2 + int(len(words) > 3 and _bare(words[2]) in _headline_cues(language)["definite_articles"])
        if place_end >= len(words) - 1 or not _noun_like(words[place_end]) or words[place_end].endswith(","):
            return None
        place_end += 1
        if _bare(words[place_end]) in prepositions:
            return None
        start, between = place_end, words[1:place_end]
    end = _noun_phrase(words, start, language)
    if end is None or end >= len(words):
        return None
    phrase = " ".join(words[start:end]).rstrip(",")
    person = next((a.name for a in actors if a.kind == "person"
                   and re.search(rf"(?<![\w-]){re.escape(a.name.split()[-1])}(?![\w-])", phrase)), None)
    subject = [person] if person else _without_article(phrase.split(), language)
    return " ".join(subject + [words[0]] + between + words[end:])


def _finite_verbs(words: list[str], language: str) -> set[str]:
    """The first word is taken as the finite verb when it is no preposition, pronoun or adverb."""
    data = _headline_cues(language)
    first = _bare(words[0])
    not_verbs = set(cues(language)["prepositions"]) | set(data["prepositions"]) | set(data["not_verbs"])
    return set() if first in not_verbs else {first}


def _relative_headline(text: str, lead: str, actors: list[Actor], language: str) -> str | None:
    """A relative clause as a headline about the noun it refers to."""
    data = _headline_cues(language)
    words = text.split()
    if len(words) < 3 or not lead.rstrip().endswith(",") or _bare(words[0]) not in data["relative_pronouns"]:
        return None
    if not words[-1][:1].islower() or any(_bare(w) in ("und", "oder") for w in words):
        return None
    antecedent = _antecedent(lead.rstrip()[:-1], actors, language)
    if antecedent is None:
        return None
    pronoun = _bare(words[0])
    if pronoun in data["genitive_relatives"]:  # "dessen Vertrag ... verlängert worden war"
        end = _noun_phrase(words, 1, language)
        if end is None:
            return None
        rest = words[end:]
        while len(rest) > 1 and _bare(rest[-1]) in data["auxiliaries"]:
            rest = rest[:-1]
        return " ".join(words[1:end] + ["von", antecedent] + rest)
    if pronoun not in data["subject_relatives"]:
        return None
    return " ".join([antecedent, words[-1]] + words[1:-1])


def _antecedent(lead: str, actors: list[Actor], language: str) -> str | None:
    """The noun a relative clause refers to: a person named at the end of ``lead``, else its last
    capitalised words ("Trainer Max Albers", "Die Grünen" -> "Grünen")."""
    for actor in actors:
        if actor.kind == "person" and lead.endswith(actor.name.split()[-1]):
            return actor.name
    words = lead.split()
    tail: list[str] = []
    while words and words[-1][:1].isupper() and len(tail) < 3:
        tail.insert(0, words.pop())
    tail = _without_article(tail, language) if tail else tail
    if not tail or _bare(tail[0]) in _headline_cues(language)["definite_articles"]:
        return None
    return " ".join(tail)


def _named(text: str, actors: list[Actor], language: str) -> str:
    """"Er wolle bis Ostern eine Regierung bilden": the one person the sentence names, for "er"."""
    words = text.split()
    people = [a for a in actors if a.kind == "person"]
    if len(words) > 1 and _bare(words[0]) in _headline_cues(language)["personal_pronouns"] and len(people) == 1:
        return " ".join([people[0].name] + words[1:])
    return text


def _verb_second(text: str, actors: list[Actor], language: str) -> str | None:
    """A verb-last clause with its auxiliary or modal moved behind the subject: "sich die Nato
    hinter den Beschluss gestellt hatte" -> "Nato hatte sich hinter den Beschluss gestellt".
    None where the clause is coordinated or ends in a full verb ("abzieht": its prefix would
    have to be split off)."""
    data = _headline_cues(language)
    words = text.split()
    finite = _bare(words[-1]) if words else ""
    if len(words) < 3 or finite not in set(data["auxiliaries"]) | set(data["modals"]):
        return None
    if any(_bare(w) in ("und", "oder", "sowie") for w in words[:-1]):
        return None
    reflexive = [words[0]] if _bare(words[0]) == "sich" else []
    start = len(reflexive)
    end = _noun_phrase(words, start, language)
    if end is None or end >= len(words) - 1:
        return None
    phrase = " ".join(words[start:end])
    person = next((a.name for a in actors if a.kind == "person"
                   and re.search(rf"(?<![\w-]){re.escape(a.name.split()[-1])}(?![\w-])", phrase)), None)
    subject = [person] if person else _without_article(phrase.split(), language)
    return " ".join(subject + [words[-1]] + reflexive + words[end:-1])


def _verb_final(clause: str, text: str, language: str) -> bool:
    """Whether the clause is a subordinate one ("dass ...", "weil ...") left verb-last, or an
    infinitive ("heuer noch ein Hilfspaket vorzulegen", "die Lage zu prüfen")."""
    words = text.split()
    if not words or not words[-1][:1].islower():
        return False
    first = _bare((clause.split() or [""])[0])
    infinitive = bool(re.fullmatch(r"\w+zu\w+en", _bare(words[-1]))) or (len(words) > 1 and _bare(words[-2]) == "zu")
    return first in _headline_cues(language)["pure_subordinators"] or infinitive


def _as_perfect(text: str, language: str) -> str:
    """"Club hatte den Vertrag verlängert" -> "Club hat den Vertrag verlängert": a headline tells
    a finished event in the perfect."""
    words = text.split()
    if len(words) < 3 or not re.search(r"(?:t|en)$", _bare(words[-1])) or not words[-1][:1].islower():
        return text
    perfect = _headline_cues(language)["pluperfect"]
    for i, word in enumerate(words[:5]):
        if i and _bare(word) in perfect:
            words[i] = perfect[_bare(word)]
            break
    return " ".join(words)


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` cut out and its spaces closed up."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return " ".join(text.split())


def _drop_fillers(text: str, language: str) -> str:
    fillers = set(cues(language)["headline_fillers"])
    words = [w for w in text.split() if w.strip(".,;:!?»«„“\"'").lower() not in fillers]
    # "dass es ...", "weil sich ...": a subordinate clause; "Als Reaktion auf ..." is none
    pure = set(_headline_cues(language)["pure_subordinators"])
    while len(words) > 1 and words[0].lower() in cues(language)["subordinators"] and (
            words[1][:1].islower() or words[0].lower() in pure):
        words = words[1:]
    return " ".join(words).strip(" .,;:-–")


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def _subject(text: str, actors: list[Actor]) -> tuple[tuple[int, int], str] | None:
    """An actor written as the subject right after the verb ("kam ... der Nato-Russland-Rat")."""
    head = " ".join(text.split()[:6])
    for actor in actors:
        if actor.kind == "country":
            continue
        names = [actor.name] + ([actor.name.split()[-1]] if actor.kind == "person" else [])
        role = rf"(?:[\w-]*{re.escape(actor.role.split('-')[-1])}\w*\s+)?" if actor.role else ""
        for name in names:
            pattern = rf"(?<![\w-])(?:(?:der|die|das)\s+)?{role}{re.escape(name)}(?![\w-])"
            match = re.search(pattern, head)
            if match is None:
                continue
            before = head[: match.start()].split()
            if before and before[-1].lower() in cues("de")["prepositions"] + ["bei", "mit", "des"]:
                continue
            return (match.start(), match.end()), actor.name
    return None


def first_words(text: str) -> str:
    """The start of a sentence as a makeshift headline, when nothing is left of its clause."""
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")
