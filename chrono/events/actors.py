"""Actors: reads a sentence (or a whole article) and adds the people named with a role
("Nato-Generalsekretär Jens Stoltenberg", "Jürgen Mahler, Landesvorsitzender der FDP"), the
organisations and the countries acting or spoken of, and the countries and regions it speaks of.

Roles, organisations and name particles come from ``chrono/lang/<language>/actors.yaml``,
countries from the gazetteer (:mod:`chrono.events.places`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from chrono.events import places as gazetteer
from chrono.events.cues import actor_data
from chrono.events.model import Actor


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
    starts = [len(text) - _WORD_RUN.match(backwards, hit.start() + 1).end()  # type: ignore[union-attr]
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


def without_organisations(text: str, language: str) -> str:
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
def _company_pattern(language: str) -> re.Pattern[str]:
    """Up to three capitalised words (or an acronym, "BMW") before a legal form ("AG", "GmbH")."""
    forms = "|".join(re.escape(form) for form in sorted(actor_data(language)["legal_forms"], key=len, reverse=True))
    word = r"[A-ZÄÖÜ][\wäöüßÄÖÜ&'-]*"
    return re.compile(rf"(?<![\w-])(?P<name>(?:{word}[ \t]+){{1,3}})(?P<form>{forms})(?![\w])")


def companies_in(text: str, language: str = "de") -> list[Actor]:
    """Companies named with their legal form ("Die Löreiter AG hat ...": Löreiter AG); an article or
    a preposition at the start of the sentence is no part of the name ("Bei Müller GmbH ...")."""
    data = actor_data(language)
    articles = set(data["club_articles"]) | set(data["not_club_words"])
    found = []
    for match in _company_pattern(language).finditer(text):
        words = match["name"].split()
        while words and words[0].lower() in articles:
            words = words[1:]
        if words:
            found.append(Actor(" ".join([*words, match["form"]]), None, "organisation"))
    return found


def is_company(actor: Actor, language: str = "de") -> bool:
    """Whether ``actor`` is a company named with its legal form (:func:`companies_in`)."""
    return actor.kind == "organisation" and any(
        actor.name.endswith(f" {form}") for form in actor_data(language)["legal_forms"])


@functools.lru_cache(maxsize=4)
def _country_names(language: str) -> dict[str, str]:
    """Written form (with genitive -s) -> German country name."""
    data = gazetteer.place_data(language)
    forms: dict[str, str] = {}
    for name in data["countries"]:
        for form in [name, *data.get("country_forms", {}).get(name, [])]:
            forms[form] = name
            forms[form + "s"] = name
    return forms


@functools.lru_cache(maxsize=4)
def _capital_countries(language: str) -> dict[str, str]:
    """ISO code -> German country name, for the countries whose capital may stand for them."""
    data = gazetteer.place_data(language)
    names: dict[str, str] = {}
    for name, code in data["countries"].items():
        names.setdefault(code, name)
    return names


def countries_in(text: str, language: str = "de") -> list[Actor]:
    """Countries acting or spoken of: "Russland", "der USA", "US-Delegation", "aus Moskau"."""
    data = gazetteer.place_data(language)
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
    country = gazetteer.countries_by_code().get(place.country, {})
    record = gazetteer.cities_by_name().get(city, [{}])[0]
    if country.get("capital") and country["capital"] == record.get("name"):
        return _capital_countries(language).get(place.country)
    return None


def known_people(text: str, language: str = "de") -> dict[str, Actor]:
    """Surname -> person, for every person introduced with a role somewhere in ``text``; and
    name -> club, for every club or team named after its city ("Sturm Graz", "Rapid Wien")."""
    people: dict[str, Actor] = clubs_in(text, language)
    for _, _, actor in people_in(text, language):
        surname = actor.name.split()[-1]
        current = people.get(surname)
        if current is None or len(actor.name) > len(current.name):
            people[surname] = actor
    return people


_PAIR = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{2,})[ \t]+((?:St\.[ ])?[A-ZÄÖÜ][a-zäöüß]+)(?![\w-])")


def clubs_in(text: str, language: str = "de") -> dict[str, Actor]:
    """Clubs and teams named after their city: a name followed by a city that is not itself a
    place or an institution of the city ("Sturm Graz", not "Gemeinde Schiers"), known from then on
    by the name alone ("Sturm glich aus", "der SK Rapid")."""
    data = actor_data(language)
    not_clubs = set(data["not_club_names"]) | set(data["roles"])
    clubs: dict[str, Actor] = {}
    for match in _PAIR.finditer(text):
        name, city = match.groups()
        if name in not_clubs or name.lower() in data["not_club_words"] or name in clubs:
            continue
        if gazetteer.lookup(name, language=language) is not None or gazetteer.lookup(f"{name} {city}", language=language):
            continue
        place = gazetteer.lookup(city, language=language)
        if place is not None and place.kind == "city":
            clubs[name] = Actor(f"{name} {city}", None, "organisation")
    return clubs


def actors_in(sentence: str, people: dict[str, Actor], language: str = "de") -> list[Actor]:
    """People (with roles), organisations and countries named in a sentence."""
    actors: dict[str, Actor] = {}
    for _, _, actor in people_in(sentence, language):
        surname = actor.name.split()[-1]
        best = people.get(surname, actor)
        actors.setdefault(f"person:{best.name}", best)
    articles = set(actor_data(language)["club_articles"])
    for match in re.finditer(r"(\w+\s+)?([A-ZÄÖÜ][\wäöüß]+)", sentence):
        word = match.group(2)
        person = people.get(word) or (people.get(word[:-1]) if word.endswith("s") else None)
        if person is None:
            continue
        if person.kind == "organisation" and (match.group(1) or "").strip().lower() in articles:
            continue  # "der Sturm" is weather, "Sturm" alone the club
        actors.setdefault(person.key, person)
    for actor in organisations_in(sentence, language) + companies_in(sentence, language) + countries_in(sentence, language):
        actors.setdefault(actor.key, actor)
    return list(actors.values())


def regions_in(text: str, language: str = "de") -> list[str]:
    """Countries and regions a sentence speaks of, wherever they stand ("Annexion der Krim")."""
    named = gazetteer.named_places(language)
    return sorted({named[w].name for w in re.findall(r"[A-ZÄÖÜ][\wäöüß]+", text) if w in named})
