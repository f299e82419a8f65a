"""Dated sentences -> event candidates: date, headline, status, places, actors, source.

An event is a dated statement: a sentence (or clause) with a DATE or TIME mention that dates
something that happened, is planned or is expected. A DURATION never dates an event by itself;
a sentence that only says how long something lasted ("berieten rund vier Stunden lang") or that
something happens again for the first time since ("nach zweieinhalb Jahren wieder tagt") becomes
a *context-dated* candidate: it takes the date of the nearest dated sentence before it, and it
may join an event reported elsewhere but never makes an event of its own (see chrono.events.merging).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from chrono.events import places as gazetteer
from chrono.lang.data import language_data
from chrono.model import Article, Mention, TimeValue

REF_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
FINE_GRAINS = ("minute", "hour", "partofday", "second")
TITLE_WORDS = 10
CONTEXT_SENTENCES = 6
STATEMENT_WORDS = 6
MAIN_CLAUSE_WORDS = 6  # a main clause this short ("Die Meteorologen rechnen damit") heads a "dass" clause


# ---------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    role: str | None = None
    kind: str = "person"  # person | organisation | country

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.name}"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "kind": self.kind}


@dataclass(slots=True)
class Source:
    """One article's statement about an event."""

    document: str
    outlet: str | None
    published: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    mention: Mention  # the expression that dates the statement (or, context-dated: its own expression)
    written: tuple[int, int]  # the expression as written, with its preposition ("am Mittwoch")
    status: str
    date: TimeValue
    dated_by: str = "text"  # text | context
    context: Mention | None = None  # the mention that dates a context-dated statement
    durations: list[Mention] = field(default_factory=list)  # how long it lasted
    anchors: list[Mention] = field(default_factory=list)  # "seit Juli 2019", "seit zwei Jahren"
    statement: str = ""  # the sentence with its temporal expressions blanked, for similarity
    regions: list[str] = field(default_factory=list)  # countries and regions named anywhere in it

    @property
    def mention_text(self) -> str:
        return self.sentence[self.written[0] - self.sentence_start:self.written[1] - self.sentence_start]

    def to_dict(self) -> dict[str, Any]:
        mention = {"text": self.mention_text, "start": self.written[0], "end": self.written[1],
                   "value": self.mention.value, "type": self.mention.type}
        if self.mention.signal:
            mention["signal"] = self.mention.signal
        data: dict[str, Any] = {
            "document": self.document, "outlet": self.outlet, "published": self.published,
            "sentence": self.sentence, "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end, "mention": mention, "status": self.status,
            "dated_by": self.dated_by,
        }
        if self.context is not None:
            data["context"] = {"text": self.context.text, "start": self.context.start,
                               "end": self.context.end, "value": self.context.value,
                               "type": self.context.type}
        data["date"] = {"value": self.date.value, "grain": self.date.grain, "mod": self.date.mod,
                        "earliest": self.date.earliest, "latest": self.date.latest}
        data["relative"] = self.mention.relative
        data["durations"] = [self._expression(m) for m in self.durations]
        data["anchors"] = [self._expression(m) for m in self.anchors]
        return data

    def _expression(self, mention: Mention) -> dict[str, Any]:
        """A duration or anchor as written in the sentence ("mit vier Stunden", "seit Juli 2019");
        an adjective ("fast fünfstündigen") stands without the preposition of its noun."""
        start = written_span(self.sentence, _shift(mention, self.sentence_start))[0] + self.sentence_start
        if re.search(cues()["duration_adjective"] + r"$", mention.text):
            start = mention.start
        return _expression(mention, self.sentence[start - self.sentence_start:mention.end - self.sentence_start], start)


def _source_rank(source: Source) -> tuple[int, int, float, int]:
    """Dated by its own words first, then not a "seit" date, then the most precise, then the first."""
    span = to_datetime_range(source.date)
    width = (span[1] - span[0]).total_seconds() if span else float("inf")
    return (int(source.dated_by != "text"), int((source.mention.signal or "").lower() == "seit"), width,
            source.sentence_start)


def _expression(mention: Mention, written: str, start: int) -> dict[str, Any]:
    return {"text": written, "start": start, "end": mention.end, "type": mention.type,
            "value": mention.value, "mod": mention.mod, "signal": mention.signal,
            "earliest": mention.earliest, "latest": mention.latest}


@dataclass(slots=True)
class Event:
    """An event: one candidate from one sentence, or several merged by :func:`chrono.merge.merge_events`."""

    date: TimeValue
    title: str
    status: str
    sources: list[Source]
    locations: list[gazetteer.Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    id: str = ""
    findings: list[str] = field(default_factory=list)

    def source_entries(self) -> list[dict[str, Any]]:
        """One entry per article: its statement that dates the event best, with the article's
        other statements about the event (a duration, "erstmals seit ...") under ``statements``."""
        groups: dict[str, list[Source]] = {}
        for source in self.sources:
            groups.setdefault(source.document, []).append(source)
        entries = []
        for group in groups.values():
            primary = min(group, key=_source_rank)
            entry = primary.to_dict()
            others = [s.to_dict() for s in group if s is not primary]
            if others:
                entry["statements"] = others
            entries.append(entry)
        return entries

    @property
    def weak(self) -> bool:
        """True when no source dates the event by a date of its own (all are context-dated)."""
        return all(source.dated_by == "context" for source in self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": {"value": self.date.value, "type": self.date.type, "grain": self.date.grain,
                     "mod": self.date.mod, "earliest": self.date.earliest, "latest": self.date.latest},
            "title": self.title,
            "status": self.status,
            "locations": [place.to_dict() for place in self.locations],
            "actors": [actor.to_dict() for actor in self.actors],
            "sources": self.source_entries(),
            "findings": list(self.findings),
        }


# ---------------------------------------------------------------- language data


@functools.lru_cache(maxsize=4)
def cues(language: str = "de") -> dict[str, Any]:
    return language_data(language, "events")


@functools.lru_cache(maxsize=4)
def actor_data(language: str = "de") -> dict[str, Any]:
    return language_data(language, "actors")


def _words(text: str) -> list[str]:
    return re.findall(r"[\wäöüßÄÖÜ]+", text.lower())


# ---------------------------------------------------------------- sentences


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, using syntok's German-aware segmenter."""
    return [(start, end) for start, end, _ in _segment(text)]


def _segment(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of every sentence."""
    from syntok import segmenter

    spans: list[tuple[int, int, int]] = []
    for number, paragraph in enumerate(segmenter.analyze(text)):
        for sentence in paragraph:
            tokens = [token for token in sentence if token.value]
            while len(tokens) > 1 and tokens[0].value in ("-", "–", "—"):
                tokens = tokens[1:]  # the dash after a dateline ("Saarbrücken (paw) - Nach ...")
            if not tokens:
                continue
            start, end = tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)
            if spans and spans[-1][2] == number and _ordinal_split(text, spans[-1][1], tokens[0].value):
                start = spans.pop()[0]  # "am 12. Januar": an ordinal, not the end of a sentence
            spans.append((start, end, number))
    return spans


_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")


def _ordinal_split(text: str, end: int, next_word: str) -> bool:
    """Whether a sentence ending "... 12." was cut inside a date ("12. Januar", "3. bis 5. Mai")
    or after an ordinal that an article announces ("der 1. FC Nürnberg", "in der 71. Minute")."""
    match = _ORDINAL_END.search(text, 0, end)
    if not match:
        return False
    before = re.findall(r"[\wäöüß]+", text[max(0, match.start() - 12):match.start()].lower())
    return (next_word[:1].islower() or next_word.lower() in cues()["months"]
            or bool(before and before[-1] in cues()["ordinal_determiners"]))


_BOUNDARY = re.compile(r"[,;:«»„“”\"()]|\s[-–]\s")
# Not clause boundaries: a comma or colon between digits ("61,2 Prozent", "mit 2:1"), quotes
# around a name of up to three words ("Sturmtief „Hedda“"), and the commas around a name in
# apposition ("der Vorsitzende der FDP, Jürgen Mahler, trat zurück").
_NUMBER_PUNCTUATION = re.compile(r"(?<=\d)[,:](?=\d)")
_QUOTED_NAME = re.compile(r"[„“”\"«»](?:[A-ZÄÖÜ0-9][\w.-]*)(?:[ ][A-ZÄÖÜ0-9][\w.-]*){0,2}[“”\"«»]")
_APPOSITION = re.compile(r",[ ](?:[A-ZÄÖÜ][\w.-]+)(?:[ ](?:(?:der|des|von|van|de|zu|für|und)[ ])*[A-ZÄÖÜ][\w.-]+){1,3},")
# a short aside in brackets: a party, an age, an agency ("Olaf Scholz (SPD)", "Ein Lenker (45)")
_SHORT_ASIDE = re.compile(r"\((?:[\w./-]+)(?:[ ,][ ]?[\w./-]+){0,2}\)")


def _masked(sentence: str) -> str:
    """``sentence`` with the punctuation that does not separate clauses replaced (same length)."""
    masked = _NUMBER_PUNCTUATION.sub("0", sentence)
    for pattern in (_QUOTED_NAME, _APPOSITION, _SHORT_ASIDE):
        masked = pattern.sub(lambda m: "_" + m.group(0)[1:-1] + "_", masked)
    return masked


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around [start, end): between commas, colons, quotes, dashes."""
    masked = _masked(sentence)
    left = max((m.end() for m in _BOUNDARY.finditer(masked, 0, start)), default=0)
    right_match = _BOUNDARY.search(masked, end)
    right = right_match.start() if right_match else len(sentence)
    return left, right


# ---------------------------------------------------------------- actors


@functools.lru_cache(maxsize=4)
def _role_pattern(language: str) -> re.Pattern[str]:
    data = actor_data(language)
    roles = sorted(data["roles"], key=len, reverse=True)
    role_alt = "|".join(re.escape(role.lower()) for role in roles)
    not_names = "|".join(data["not_names"])
    name_word = rf"(?!(?:{not_names})\b)[A-ZÄÖÜ][a-zäöüßéèáàíóúçšžćč]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    return re.compile(
        rf"(?<![\w-])((?:[A-ZÄÖÜ][\wäöüß]*-)*[A-ZÄÖÜ]?[a-zäöüß]*?(?i:{role_alt})(?:en|n|s)?)"
        rf"[ \t]+((?:{name_word})(?:{_particles(language)}[ \t]+{name_word}){{0,2}})(?![\w-])"
    )


def _particles(language: str) -> str:
    """Lower-case parts of a name before a capitalised one ("Ursula von der Leyen")."""
    return rf"(?:[ \t]+(?:{'|'.join(actor_data(language)['name_particles'])}))*"


@functools.lru_cache(maxsize=4)
def _place_tail_pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?:{'|'.join(actor_data(language)['name_particles'])})\b.*?([A-ZÄÖÜ][\wäöüß-]*)$")


def _without_place_tail(name: str, language: str) -> str:
    """"Kai Wegner von Berlin": a particle before a place ends the name."""
    match = _place_tail_pattern(language).search(name)
    if match and gazetteer.lookup(match.group(1), language=language) is not None:
        return name[: match.start()]
    return name


@functools.lru_cache(maxsize=4)
def _apposition_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A role in apposition: after the name ("Jens Stoltenberg, Nato-Generalsekretär, sagte") or
    before it with its body ("der Landesvorsitzende der FDP, Jürgen Mahler, trat zurück")."""
    data = actor_data(language)
    role_alt = "|".join(re.escape(role.lower()) for role in sorted(data["roles"], key=len, reverse=True))
    not_names = "|".join(data["not_names"])
    name_word = rf"(?!(?:{not_names})\b)[A-ZÄÖÜ][a-zäöüßéèáàíóúçšžćč]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    name = rf"((?:{name_word})(?:{_particles(language)}[ \t]+{name_word}){{1,2}})"
    role = rf"((?:[A-ZÄÖÜ][\wäöüß]*-)*[A-ZÄÖÜ]?[a-zäöüß]*?(?i:{role_alt})(?:en|n|s|r)?)"
    body = r"(?:[ \t]+(?:der|des)[ \t]+[A-ZÄÖÜ][\wäöüß-]*)?"
    after = re.compile(rf"(?<![\w-]){name},[ \t]+(?:(?:der|die)[ \t]+)?{role}({body})(?=[ \t]*[,.;:]|$)")
    before = re.compile(rf"(?<![\w-]){role}({body}),[ \t]+{name},")
    return after, before


_WORD_RUN = re.compile(r"[\w-]+")


@functools.lru_cache(maxsize=8)
def _role_endings(language: str, endings: tuple[str, ...], followers: str) -> re.Pattern[str]:
    """In a text in lower case and written backwards, one of ``followers`` and the word before it
    when that word ends in a role, with or without one of ``endings``."""
    roles = sorted({role.lower()[::-1] for role in actor_data(language)["roles"]}, key=len, reverse=True)
    return re.compile(rf"[{re.escape(followers)}](?:{'|'.join(ending[::-1] for ending in endings)})?"
                      rf"(?:{'|'.join(map(re.escape, roles))})")


@functools.lru_cache(maxsize=4)
def _roles_are_words(language: str) -> bool:
    return all(_WORD_RUN.fullmatch(role) for role in actor_data(language)["roles"])


def _role_word_matches(pattern: re.Pattern[str], text: str, endings: tuple[str, ...], followers: str,
                       language: str) -> Iterable[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` for a pattern that opens with a whole word (no word
    character or hyphen before it) ending in a role (case-insensitive) and one of ``endings``,
    followed by one of ``followers``.

    Trying the long list of roles at every position of the text is what takes the time, so the
    pattern is only tried at the start of the words that end so, found in one pass over the text
    in lower case written backwards. Where lower case does not keep every character in place ("İ"),
    or differs from case-insensitive matching (the dotless "ı", the long "ſ"), or a role is more
    than one word, every position is tried."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ı" in text or "ſ" in text or not _roles_are_words(language):
        yield from pattern.finditer(text)
        return
    backwards = text[::-1]
    starts = [len(text) - _WORD_RUN.match(backwards, hit.start() + 1).end()
              for hit in _role_endings(language, endings, followers).finditer(lowered[::-1])]
    end = 0
    for start in reversed(starts):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _appositions(text: str, language: str) -> list[tuple[int, int, Actor]]:
    after, before = _apposition_patterns(language)
    found = []
    for match in after.finditer(text):
        role = _normalise_role(match.group(2), language) + match.group(3)
        found.append((match.start(1), match.end(1), Actor(match.group(1), role)))
    for match in _role_word_matches(before, text, ("en", "n", "s", "r"), " \t,", language):
        if not match.group(1)[0].isupper():
            continue
        role = _normalise_role(match.group(1), language) + match.group(2)
        found.append((match.start(3), match.end(3), Actor(match.group(3), role)))
    return found


@functools.lru_cache(maxsize=1024)
def _normalise_role(role: str, language: str) -> str:
    lowered = role.lower()
    for base in actor_data(language)["roles"]:
        for ending in ("en", "n", "s"):
            if lowered.endswith(base.lower() + ending):
                return role[: len(role) - len(ending)]
    return role


@functools.lru_cache(maxsize=4)
def _lower_roles(language: str) -> frozenset[str]:
    return frozenset(role.lower() for role in actor_data(language)["roles"])


def people_in(text: str, language: str = "de") -> list[tuple[int, int, Actor]]:
    """People introduced with a role ("Nato-Generalsekretär Jens Stoltenberg")."""
    found = []
    roles = _lower_roles(language)
    for match in _role_word_matches(_role_pattern(language), text, ("en", "n", "s"), " \t", language):
        role = match.group(1)
        if role[0].islower():
            continue
        name = _without_place_tail(match.group(2), language)
        if name.lower() in roles:
            continue
        found.append((match.start(2), match.start(2) + len(name), Actor(name, _normalise_role(role, language))))
    taken = [(start, end) for start, end, _ in found]
    found += [item for item in _appositions(text, language)
              if not any(start < item[1] and item[0] < end for start, end in taken)]
    return sorted(found, key=lambda item: item[0])


@functools.lru_cache(maxsize=4)
def _organisation_patterns(language: str) -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    """(name, written forms, pattern) of every organisation; a pattern can only match a text that
    holds one of the forms, which is much quicker to rule out."""
    patterns = []
    for name, forms in actor_data(language)["organisations"].items():
        alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        patterns.append((name, tuple(forms), re.compile(rf"(?<![\w-])(?:{alternatives})s?(?![\w-])")))
    return patterns


def _without_organisations(text: str, language: str) -> str:
    """``text`` with organisation names blanked (same length), so that "OSZE ... in Europa" names no place."""
    for _, forms, pattern in _organisation_patterns(language):
        if any(form in text for form in forms):
            text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


@functools.lru_cache(maxsize=4)
def _organisation_forms(language: str) -> dict[str, str]:
    """Written form -> organisation name."""
    return {form: name for name, forms in actor_data(language)["organisations"].items() for form in forms}


def organisations_in(text: str, language: str = "de") -> list[Actor]:
    """Organisations named in ``text``, also as the first part of a compound ("Nato-Staaten",
    "Kreml-Sprecher") and the parts of a compound name ("Nato-Russland-Rat": Nato)."""
    found = [name for name, forms, pattern in _organisation_patterns(language)
             if any(form in text for form in forms) and pattern.search(text)]
    forms = _organisation_forms(language)
    for word in re.findall(r"[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)+", text):
        found.extend(forms[part] for part in word.split("-")[:-1] if part in forms)
    return [Actor(name, None, "organisation") for name in dict.fromkeys(found)]


@functools.lru_cache(maxsize=4)
def _country_names(language: str) -> dict[str, str]:
    """Written form (with genitive -s) -> German country name."""
    data = gazetteer._place_data(language)
    forms: dict[str, str] = {}
    for name in data["countries"]:
        for form in [name, *data.get("country_forms", {}).get(name, [])]:
            forms[form] = name
            forms[form + "s"] = name
    return forms


@functools.lru_cache(maxsize=4)
def _capital_countries(language: str) -> dict[str, str]:
    """ISO code -> German country name, for the countries whose capital may stand for them."""
    data = gazetteer._place_data(language)
    names: dict[str, str] = {}
    for name, code in data["countries"].items():
        names.setdefault(code, name)
    return names


def countries_in(text: str, language: str = "de") -> list[Actor]:
    """Countries acting or spoken of: "Russland", "der USA", "US-Delegation", "aus Moskau"."""
    data = gazetteer._place_data(language)
    names = _country_names(language)
    found: dict[str, Actor] = {}
    prefixes = data.get("country_prefixes", {})
    for word in re.findall(r"[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*", text):
        parts = word.split("-")
        for part in [word] + (parts[:-1] if len(parts) > 1 else []):
            name = names.get(part) or prefixes.get(part)
            if name:
                found.setdefault(name, Actor(name, None, "country"))
    origin = "|".join(data["origin_prepositions"])
    for match in re.finditer(rf"\b(?:{origin})\s+([A-ZÄÖÜ][\wäöüß]+)((?:\s+(?:und|sowie)\s+[A-ZÄÖÜ][\wäöüß]+)*)",
                             text):
        for city in [match.group(1), *re.findall(r"[A-ZÄÖÜ][\wäöüß]+", match.group(2))]:
            country = _capital_of(city, language)
            if country:
                found.setdefault(country, Actor(country, None, "country"))
    return list(found.values())


def _capital_of(city: str, language: str) -> str | None:
    place = gazetteer.lookup_city(city)
    if place is None or place.country is None:
        return None
    country = gazetteer._countries_by_code().get(place.country, {})
    record = gazetteer._cities_by_name().get(city, [{}])[0]
    if country.get("capital") and country["capital"] == record.get("name"):
        return _capital_countries(language).get(place.country)
    return None


def known_people(text: str, language: str = "de") -> dict[str, Actor]:
    """Surname -> person, for every person introduced with a role somewhere in ``text``."""
    people: dict[str, Actor] = {}
    for _, _, actor in people_in(text, language):
        surname = actor.name.split()[-1]
        current = people.get(surname)
        if current is None or len(actor.name) > len(current.name):
            people[surname] = actor
    return people


def actors_in(sentence: str, people: dict[str, Actor], language: str = "de") -> list[Actor]:
    """People (with roles), organisations and countries named in a sentence."""
    actors: dict[str, Actor] = {}
    for _, _, actor in people_in(sentence, language):
        surname = actor.name.split()[-1]
        best = people.get(surname, actor)
        actors.setdefault(f"person:{best.name}", best)
    for word in re.findall(r"[A-ZÄÖÜ][\wäöüß]+", sentence):
        person = people.get(word) or (people.get(word[:-1]) if word.endswith("s") else None)
        if person is not None:
            actors.setdefault(person.key, person)
    for actor in organisations_in(sentence, language) + countries_in(sentence, language):
        actors.setdefault(actor.key, actor)
    return list(actors.values())


# ---------------------------------------------------------------- status and title


def status_of(clause: str, tense: str | None, language: str = "de") -> str:
    """happened | planned | expected, from cue words in the clause and the sentence's tense."""
    tokens = _words(clause)
    # "länger als erwartet", "früher als geplant": a comparison, not an expectation or a plan
    words = {w for i, w in enumerate(tokens) if i == 0 or tokens[i - 1] not in cues(language)["comparison"]}
    status_cues = cues(language)["status"]
    if words & set(status_cues["planned"]):
        return "planned"
    if words & set(status_cues["expected"]) or words & set(status_cues["future"]) or tense == "future":
        return "expected"
    return "happened"


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
    text = _drop_fillers(_without(clause, spans), language)
    if text and _bare(text.split()[-1]) in _headline_cues(language)["copulas"]:
        # "Anpfiff ist um 13 Uhr": the date is what the clause says; without it the copula dangles
        spans = [span for span in spans if clause[span[1]:].strip(" .,;:!?")]
        text = _drop_fillers(_without(clause, spans), language)
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
            text = _drop_fillers(_without(clause, [s for s in spans if s not in leading]), language)
    if _verb_final(clause, text, language):
        moved = _verb_second(text, actors, language)
        main = _drop_fillers(lead.rstrip()[:-1], language) if lead.rstrip().endswith(",") else ""
        if moved is not None:
            text = moved  # "weil sich die Nato 2019 ... gestellt hatte" -> "Nato hat sich ... gestellt"
        elif main and len(main.split()) <= MAIN_CLAUSE_WORDS:
            # "dass „Hedda“ am Sonntag abzieht": the main clause before it says who expects or says so
            fillers = set(cues(language)["headline_fillers"])
            text = f"{main}, " + " ".join(w for w in _without(clause, spans).split() if _bare(w) not in fillers)
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


def _without(text: str, spans: list[tuple[int, int]]) -> str:
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


# ---------------------------------------------------------------- candidates


def usable_date(mention: Mention) -> bool:
    """Whether a mention can date an event: a DATE or TIME with an interval, and not a day counted
    from a date that names no day ("am selben Tag" after "2022" is no day of 2022)."""
    return (mention.type in ("DATE", "TIME") and mention.value not in REF_VALUES
            and mention.earliest is not None and mention.latest is not None
            and not _day_from_no_day(mention))


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day_from_no_day(mention: Mention) -> bool:
    """"am selben Tag", "tags darauf": a day counted from the date mentioned before it, where that
    date is a whole year or month rather than a day."""
    expr = mention.expr
    if type(expr).__name__ != "Anaphor" or getattr(expr, "unit", None) != "D" or getattr(expr, "keep_grain", False):
        return False
    previous = getattr(expr, "previous_value", None)
    return previous is not None and not _DAY_VALUE.match(str(previous))


def written_span(text: str, mention: Mention, language: str = "de") -> tuple[int, int]:
    """The mention with the preposition before it, as written ("am Mittwoch")."""
    before = text[max(0, mention.start - 16):mention.start]
    prepositions = "|".join(cues(language)["prepositions"])
    articles = "|".join(cues(language)["articles"])
    match = re.search(rf"(?i:\b(?:{prepositions}))\s+(?:(?:{articles})\s+)?$", before)
    start = mention.start - (len(before) - match.start()) if match else mention.start
    return start, mention.end


def is_activity_duration(mention: Mention, sentence_text: str, language: str = "de") -> bool:
    """A DURATION that says how long something lasted (not "seit zwei Jahren", not an age)."""
    if mention.type != "DURATION" or not re.match(r"P(T?)\d", mention.value or ""):
        return False
    if is_age(mention, sentence_text, language):
        return False
    adjective = re.search(cues(language)["duration_adjective"] + r"$", mention.text.split()[-1])
    if adjective:
        return True
    return not _elapsed_signal(mention, sentence_text, language)


def is_elapsed(mention: Mention, language: str = "de", sentence_text: str | None = None) -> bool:
    """"seit zwei Jahren", "nach zweieinhalb Jahren wieder": a DURATION that anchors something in the past."""
    if mention.type != "DURATION":
        return False
    if re.search(cues(language)["duration_adjective"] + r"$", mention.text.split()[-1]):
        return False
    return _elapsed_signal(mention, sentence_text, language)


def _elapsed_signal(mention: Mention, sentence_text: str | None, language: str) -> bool:
    """"seit" always looks back; "nach" only beside "wieder", "erstmals" ...: "nach zweieinhalb
    Jahren wieder tagt" tells the time since, "nach gut drei Stunden gingen sie auseinander" how
    long the meeting lasted."""
    signal = (mention.signal or "").lower()
    if signal not in cues(language)["elapsed_signals"]:
        return False
    if signal in cues(language)["always_elapsed"] or sentence_text is None:
        return True
    return bool(set(_words(sentence_text)) & set(cues(language)["first_since"]))


def is_age(mention: Mention, sentence_text: str, language: str = "de") -> bool:
    """How old someone is, not how long anything lasted: "19 Jahre alt", "ein 23-Jähriger", "der
    19-jährige Jonas Reiter", "ein 45-jähriger Autofahrer" (but "die zweijährige Amtszeit")."""
    if mention.type != "DURATION":
        return False
    start = sentence_text.find(mention.text)
    after = sentence_text[start + len(mention.text):] if start >= 0 else ""
    if re.match(rf"\s+(?:{'|'.join(cues(language)['age_words'])})\b", after):
        return True
    if re.search(r"Jährig\w*$", mention.text):
        return True  # a noun: "ein 23-Jähriger"
    if not re.search(r"jährig\w*$", mention.text):
        return False
    if re.match(r"\s+[A-ZÄÖÜ][\wäöüß-]+\s+[A-ZÄÖÜ][\wäöüß-]+", after):
        return True  # a name: "der 19-jährige Jonas Reiter"
    noun = re.match(r"\s+([A-ZÄÖÜ][\wäöüß-]+)", after)
    return bool(noun) and noun.group(1).lower().endswith(tuple(cues(language)["person_nouns"]))


def _time_value(mention: Mention) -> TimeValue:
    return TimeValue(mention.type, mention.value, mention.grain, mention.mod, mention.earliest, mention.latest)


def _range_pairs(sentence: str, offset: int, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """("von 2011 bis 2018"): consecutive date mentions joined by bis/-."""
    pairs = []
    for first, second in itertools.pairwise(mentions):
        between = sentence[first.end - offset:second.start - offset]
        before = sentence[max(0, first.start - offset - 9):first.start - offset].lower()
        if re.fullmatch(r"\s*(?:bis(?: zum| zur)?|-|–|und)\s*", between) and re.search(r"\b(?:von|vom|zwischen)\s+$", before):
            pairs.append((first, second))
    return pairs


def _joined(first: Mention, second: Mention) -> TimeValue:
    grain = first.grain if first.grain == second.grain else None
    return TimeValue(first.type, f"{first.value}/{second.value}", grain or first.grain, None,
                     first.earliest, second.latest)


def _day_of(mention: Mention) -> TimeValue:
    """The date a context-dated statement takes from a mention before it: its day if finer."""
    if mention.grain in FINE_GRAINS:
        day = (mention.earliest or mention.value)[:10]
        return TimeValue("DATE", day, "day", None, day, day)
    return _time_value(mention)


def _published_date(article: Article) -> Mention | None:
    if article.published is None or article.published.precision != "day":
        return None
    day = article.published.value
    return Mention(0, 0, "", "DATE", day, grain="day", earliest=day, latest=day)


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    text: str
    mentions: list[Mention]
    paragraph: int = 0
    inherited: list[Actor] = field(default_factory=list)  # actors of the sentence before, for "Er ..."
    actors: list[Actor] | None = None  # its own, once asked for (see _actors_of)


def _actors_of(sentence: _Sentence, people: dict[str, Actor], language: str) -> list[Actor]:
    """The actors named in ``sentence`` (a new list), found once: a sentence is asked for its own
    candidates and again as the sentence before the next one, always with the same ``people``."""
    if sentence.actors is None:
        sentence.actors = actors_in(sentence.text, people, language)
    return list(sentence.actors)


def _sentences(article: Article, mentions: list[Mention]) -> list[_Sentence]:
    kept = [m for m in mentions if not article.in_boilerplate(m.start, m.end)]
    result = []
    for start, end, paragraph in _joined_across(_segment(article.text), kept):
        if article.in_boilerplate(start, end):
            continue
        inside = [m for m in kept if start <= m.start and m.end <= end]
        result.append(_Sentence(start, end, article.text[start:end], sorted(inside, key=lambda m: m.start),
                                paragraph))
    return result


def _joined_across(spans: list[tuple[int, int, int]], mentions: list[Mention]) -> list[tuple[int, int, int]]:
    """Sentences joined where a temporal expression runs across their boundary."""
    joined: list[tuple[int, int, int]] = []
    for start, end, paragraph in spans:
        if joined and any(m.start < joined[-1][1] and m.end > start for m in mentions):
            start = joined.pop()[0]
        joined.append((start, end, paragraph))
    return joined


def extract_events(article: Article, mentions: list[Mention] | None = None, *, language: str = "de",
                   people: dict[str, Actor] | None = None) -> list[Event]:
    """One event candidate per dated clause of ``article`` (mentions default to ``article.mentions``).

    Mentions inside boilerplate never make events. ``people`` maps surnames to people known from
    elsewhere (e.g. other articles of the corpus); people introduced in this article are added.
    """
    mentions = list(article.mentions if mentions is None else mentions)
    known = dict(people or {})
    for surname, person in known_people(article.text, language).items():
        if surname not in known or len(person.name) > len(known[surname].name):
            known[surname] = person  # "Regierungschefin Rehwald" is the Anke Rehwald known from elsewhere
    sentences = _sentences(article, mentions)
    events: list[Event] = []
    published = _published_date(article)
    context: Mention | None = published
    context_age = 0
    previous: Event | None = None
    before: _Sentence | None = None
    for sentence in sentences:
        if before is not None and before.paragraph == sentence.paragraph:
            sentence.inherited = _actors_of(before, known, language) or before.inherited
        before = sentence
        dated = [m for m in sentence.mentions if usable_date(m)]
        first_word = (_words(sentence.text) or [""])[0]
        if previous is not None and not dated and first_word in cues(language)["anaphoric_starts"]:
            _extend(previous, sentence)
            continue
        made = _dated_candidates(article, sentence, dated, known, language)
        made += _context_candidates(article, sentence, dated, context if context_age <= CONTEXT_SENTENCES
                                    else published, known, language)
        events.extend(made)
        previous = made[-1] if made else None
        anchoring = [m for m in dated if (m.signal or "").lower() != "seit"]
        if anchoring:
            context, context_age = anchoring[-1], 0
        else:
            context_age += 1
    return events


def _extend(event: Event, sentence: _Sentence) -> None:
    """A sentence starting "Damals ..." continues the statement of the one before it."""
    source = event.sources[0]
    source.statement += " " + sentence.text
    source.regions = sorted(set(source.regions) | set(regions_in(sentence.text)))
    for place in gazetteer.places_in(sentence.text):
        if place[2] not in event.locations:
            event.locations.append(place[2])


def _dated_candidates(article: Article, sentence: _Sentence, dated: list[Mention],
                      people: dict[str, Actor], language: str) -> list[Event]:
    if not _says_something(sentence, language):
        return []  # a date line ("Saarbrücken, 24. März 2025."): nothing happens in it
    ranges = _range_pairs(sentence.text, sentence.start, dated)
    seconds = {id(second) for _, second in ranges}
    firsts = {id(first) for first, _ in ranges}
    events = []
    for mention in dated:
        if id(mention) in seconds:
            continue
        if _end_point(mention) and id(mention) not in firsts and _dated_otherwise(sentence, mention, dated, seconds):
            continue  # "am Dienstag ... bis 2026 verlängert": the clause is dated by its other date
        pair = next((p for p in ranges if p[0] is mention), None)
        date = _joined(*pair) if pair else _time_value(mention)
        end = pair[1].end if pair else mention.end
        written = (written_span(article.text, mention, language)[0], end)
        is_since = (mention.signal or "").lower() == "seit"
        event = _candidate(article, sentence, mention, written, date, people, language,
                           status="happened" if is_since else None)
        if is_since:
            event.locations = []  # the places of "erstmals seit ..." are those of the new occurrence
        events.append(event)
    return events


def _end_point(mention: Mention) -> bool:
    """"bis 2026", "bis Montag": the end of a state or a deadline, not the date it began."""
    return (mention.signal or "").lower() in cues()["end_signals"]


def _dated_otherwise(sentence: _Sentence, mention: Mention, dated: list[Mention], seconds: set[int]) -> bool:
    """Whether the clause of ``mention`` holds another date that is neither an end point nor "seit"."""
    local = (mention.start - sentence.start, mention.end - sentence.start)
    left, right = clause_span(sentence.text, *local)
    return any(other is not mention and id(other) not in seconds and not _end_point(other)
               and (other.signal or "").lower() != "seit"
               and left <= other.start - sentence.start and other.end - sentence.start <= right
               for other in dated)


def _says_something(sentence: _Sentence, language: str) -> bool:
    """Whether anything but places, names and dates is left of a sentence without its temporal
    expressions: a statement has a verb, and German writes verbs in lower case."""
    text = _blank(sentence, None, language)
    return any(len(word) > 2 and word.islower() and word not in cues(language)["prepositions"]
               for word in re.findall(r"[\wäöüß]+", text))


def _context_candidates(article: Article, sentence: _Sentence, dated: list[Mention],
                        context: Mention | None, people: dict[str, Actor], language: str) -> list[Event]:
    """Statements dated by the sentences before them: a duration, or "erstmals seit ..." ."""
    if context is None:
        return []
    own_dates = [m for m in dated if (m.signal or "").lower() != "seit"]
    if own_dates:
        return []
    words = set(_words(sentence.text))
    first_since = bool(words & set(cues(language)["first_since"]))
    elapsed = [m for m in sentence.mentions if is_elapsed(m, language, sentence.text)]
    since_dates = [m for m in dated if (m.signal or "").lower() == "seit"]
    activity = [m for m in sentence.mentions if is_activity_duration(m, sentence.text, language)]
    if not activity and not (first_since and (elapsed or since_dates)):
        return []
    own = (activity or elapsed or since_dates)[0]
    written = written_span(article.text, own, language)
    event = _candidate(article, sentence, own, written, _day_of(context), people, language)
    source = event.sources[0]
    source.dated_by = "context"
    source.context = context if context.text else None
    return [event]


def _candidate(article: Article, sentence: _Sentence, mention: Mention, written: tuple[int, int],
               date: TimeValue, people: dict[str, Actor], language: str,
               status: str | None = None) -> Event:
    local = (mention.start - sentence.start, mention.end - sentence.start)
    clause = clause_span(sentence.text, *local)
    clause_text = sentence.text[clause[0]:clause[1]]
    if len(clause_text.split()) < 4:
        clause, clause_text = (0, len(sentence.text)), sentence.text
    actors = _actors_of(sentence, people, language)
    if not actors and set(_words(sentence.text)) & set(cues(language)["anaphors"]):
        actors = list(sentence.inherited)  # "Er ...", "Seine Mannschaft ...": those of the sentence before
    blanks = [(max(0, written_span(sentence.text, _shift(m, sentence.start), language)[0] - clause[0]),
               m.end - sentence.start - clause[0])
              for m in sentence.mentions if clause[0] <= m.start - sentence.start and m.end - sentence.start <= clause[1]
              and not is_age(m, sentence.text, language)]  # "ein 23-Jähriger" is who, not when
    places = []
    for _, _, place in gazetteer.places_in(_without_organisations(sentence.text, language), language):
        if place not in places:
            places.append(place)
    source = Source(
        document=article.id, outlet=article.source,
        published=article.published.value if article.published else None,
        sentence=sentence.text, sentence_start=sentence.start, sentence_end=sentence.end,
        mention=mention, written=written,
        status=status or status_of(clause_text, mention.tense, language), date=date,
        durations=[m for m in sentence.mentions if is_activity_duration(m, sentence.text, language)],
        anchors=[m for m in sentence.mentions
                 if is_elapsed(m, language, sentence.text) or (usable_date(m) and (m.signal or "").lower() == "seit")],
        statement=_blank(sentence, clause if len(clause_text.split()) >= STATEMENT_WORDS else None, language),
        regions=regions_in(sentence.text, language),
    )
    if status is None and source.status == "happened" and _still_to_come(article, mention, date):
        source.status = "planned"
    lead = _without(sentence.text[:clause[0]], [(written_span(sentence.text, _shift(m, sentence.start), language)[0],
                                                  m.end - sentence.start) for m in sentence.mentions
                                                 if m.end - sentence.start <= clause[0]])
    title = (headline(clause_text, blanks, actors, language, lead=lead)
             or _first_words(sentence.text) or mention.text)
    return Event(date=date, title=title, status=source.status,
                 sources=[source], locations=places, actors=actors)


def _still_to_come(article: Article, mention: Mention, date: TimeValue) -> bool:
    """A date after the publication day, told in the present ("Karlsruhe empfängt am Sonntag ...",
    "Weiter geht es am Freitag") or as an end point ("bleibt bis Montag gesperrt"), is a schedule,
    not a report. A past-tense report of such a date stays a report: the consistency check
    questions it."""
    published = _published_date(article)
    if published is None or date.earliest is None or (mention.tense == "past" and not _end_point(mention)):
        return False
    return date.earliest[:10] > published.value


def _first_words(text: str) -> str:
    """The start of a sentence as a makeshift headline, when nothing is left of its clause."""
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")


def _shift(mention: Mention, offset: int) -> Mention:
    return dataclasses.replace(mention, start=mention.start - offset, end=mention.end - offset)


def _blank(sentence: _Sentence, clause: tuple[int, int] | None, language: str) -> str:
    """The clause (or sentence) with every temporal expression removed: what it says, not when."""
    text = sentence.text
    anchor = re.compile(rf"\s+(?:{'|'.join(cues(language)['anchor_prepositions'])})\s+"
                        rf"(?:{'|'.join(cues(language)['articles'])}|des)\s+[A-ZÄÖÜ][\wäöüß-]*")
    for mention in sorted(sentence.mentions, key=lambda m: m.start, reverse=True):
        if is_age(mention, sentence.text, language):
            continue
        start = written_span(sentence.text, _shift(mention, sentence.start), language)[0]
        end = mention.end - sentence.start
        if mention.type == "DURATION" and (after := anchor.match(text, end)):
            end = after.end()  # "zwei Tage nach der Landtagswahl": another event, named only to date this one
        text = text[:start] + " " * (end - start) + text[end:]
    if clause is not None:
        text = text[clause[0]:clause[1]]
    return " ".join(text.split())


def regions_in(text: str, language: str = "de") -> list[str]:
    """Countries and regions a sentence speaks of, wherever they stand ("Annexion der Krim")."""
    named = gazetteer._named_places(language)
    return sorted({named[w].name for w in re.findall(r"[A-ZÄÖÜ][\wäöüß]+", text) if w in named})


def to_datetime_range(date: TimeValue) -> tuple[dt.datetime, dt.datetime] | None:
    """The inclusive interval of a value as datetimes (a day runs from 00:00 to 23:59:59)."""
    if date.earliest is None or date.latest is None:
        return None
    return _parse(date.earliest, end=False), _parse(date.latest, end=True)


def _parse(text: str, *, end: bool) -> dt.datetime:
    if "T" in text:
        value = dt.datetime.fromisoformat(text)
        if end and len(text) <= 16:  # minute precision: the whole minute
            value += dt.timedelta(seconds=59)
        return value
    day = dt.date.fromisoformat(text[:10])
    return dt.datetime.combine(day, dt.time.max.replace(microsecond=0) if end else dt.time.min)
