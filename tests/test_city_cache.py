"""The city index kept on disk between processes: the same lookups, never a stale or partial copy."""
from __future__ import annotations

import os

from chrono.events import city_cache
from chrono.events.places import _build_cities_by_name, cities_by_name, lookup_city


def _index():
    return {"Genf": [{"geonameid": 2660646, "name": "Geneva", "countrycode": "CH", "population": "183981",
                      "latitude": 46.20222, "longitude": 6.14569, "timezone": "Europe/Zurich"}],
            "Neustadt": [{"geonameid": 1, "name": "Neustadt", "countrycode": "DE", "population": 50000,
                          "latitude": 49.35, "longitude": 8.14},
                         {"geonameid": 2, "name": "Neustadt", "countrycode": "AT", "population": 900,
                          "latitude": 47.5, "longitude": 14.0}]}


def test_the_compact_index_gives_the_same_records_in_the_same_order():
    index = city_cache.compact(_index())
    assert [c["geonameid"] for c in index["Neustadt"]] == [1, 2]
    assert index["Genf"][0]["name"] == "Geneva" and index["Genf"][0]["population"] == 183981
    assert "Genf" in index and "Bern" not in index and index.get("Bern") is None and len(index) == 2


def test_a_copy_is_written_once_and_read_by_the_next_process(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONO_CACHE_DIR", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return _index()

    first = city_cache.cached_index(build, [b"v1"])
    second = city_cache.cached_index(build, [b"v1"])
    assert len(built) == 1 and second["Neustadt"] == first["Neustadt"]
    city_cache.cached_index(build, [b"v2"])  # made from something else: never the old copy
    assert len(built) == 2 and len(list(tmp_path.glob("cities-*.marshal"))) == 2
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".cities-")]  # no half-written file left


def test_a_broken_copy_or_a_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONO_CACHE_DIR", str(tmp_path))
    city_cache.cached_index(_index, [b"v1"])
    [copy] = tmp_path.glob("cities-*.marshal")
    copy.write_bytes(b"\x00garbage")
    assert city_cache.cached_index(_index, [b"v1"])["Genf"][0]["countrycode"] == "CH"
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CHRONO_CACHE_DIR", str(blocked / "sub"))
    assert city_cache.cached_index(_index, [b"v1"])["Genf"][0]["countrycode"] == "CH"
    monkeypatch.setenv("CHRONO_CACHE_DIR", "")  # no copy at all
    assert city_cache.cached_index(_index, [b"v1"])["Genf"][0]["countrycode"] == "CH"


def test_the_real_index_looks_up_as_the_one_built_from_geonames():
    built, index = _build_cities_by_name(), cities_by_name()
    for name in ("Genf", "Wien", "Lörrach", "Neuburg", "Brienz", "Moskau"):
        assert [c["geonameid"] for c in index[name]] == [int(c["geonameid"]) for c in built[name]], name
    assert lookup_city("Lörrach").country == "DE" and len(index) == len(built)
