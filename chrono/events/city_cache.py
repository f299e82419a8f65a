"""The city index on disk: reads the index :func:`chrono.events.places.cities_by_name` builds from
GeoNames (about a second and a half, every process) and keeps a compact copy of it in the user's
cache folder, so that later processes load it in a tenth of that.

The copy holds only what lookups read (id, name, country, population, position), one record per
city and, for every name, the numbers of its records, most populous first. Its file name carries a
key of everything it was made from (the code and data of the index, the GeoNames package's
version, the Python version, as the format is Python's own ``marshal``), so a stale copy is never
read. The folder is ``$CHRONO_CACHE_DIR`` when set (empty: no copy on disk), else
``$XDG_CACHE_HOME/chrono`` or ``~/.cache/chrono``. A folder that cannot be written only costs the
time: the index is then built in every process.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

FIELDS = ("geonameid", "name", "countrycode", "population", "latitude", "longitude")
FORMAT = 1


class CityIndex(Mapping[str, list[dict[str, Any]]]):
    """Name -> city records (dicts of :data:`FIELDS`), most populous first; records are made on
    first lookup of a name."""

    def __init__(self, records: tuple[tuple[Any, ...], ...], names: dict[str, int | tuple[int, ...]]):
        self._records = records
        self._names = names
        self._made: dict[int, dict[str, Any]] = {}

    def _record(self, number: int) -> dict[str, Any]:
        found = self._made.get(number)
        if found is None:
            found = self._made[number] = dict(zip(FIELDS, self._records[number], strict=True))
        return found

    def __getitem__(self, name: str) -> list[dict[str, Any]]:
        numbers = self._names[name]
        return [self._record(n) for n in ((numbers,) if isinstance(numbers, int) else numbers)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names


def compact(index: Mapping[str, list[dict[str, Any]]]) -> CityIndex:
    """The index in its compact form (the same records, in the same order, for every name)."""
    numbers: dict[int, int] = {}
    records: list[tuple[Any, ...]] = []
    names: dict[str, int | tuple[int, ...]] = {}
    for name, cities in index.items():
        found = []
        for city in cities:
            key = id(city)
            if key not in numbers:
                numbers[key] = len(records)
                records.append((int(city["geonameid"]), city["name"], city["countrycode"],
                                int(city.get("population") or 0), float(city["latitude"]), float(city["longitude"])))
            found.append(numbers[key])
        names[name] = found[0] if len(found) == 1 else tuple(found)
    return CityIndex(tuple(records), names)


def cached_index(build: Callable[[], Mapping[str, list[dict[str, Any]]]], made_from: list[bytes]) -> CityIndex:
    """The index from the cache folder when a copy made from ``made_from`` is there, else
    ``build()``, kept there for the next process."""
    path = _path(made_from)
    if path is not None:
        try:
            records, names = marshal.loads(path.read_bytes())
            return CityIndex(records, names)
        except (OSError, EOFError, ValueError, TypeError):
            pass  # none yet, or unreadable: build it
    index = compact(build())
    if path is not None:
        _write(path, marshal.dumps((index._records, index._names)))
    return index


def _path(made_from: list[bytes]) -> Path | None:
    folder = os.environ.get("CHRONO_CACHE_DIR")
    if folder == "":
        return None
    if folder is None:
        folder = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                              "chrono")
    key = hashlib.sha256()
    for part in [*made_from, str(FORMAT).encode(), sys.version.encode()]:
        key.update(hashlib.sha256(part).digest())
    return Path(folder) / f"cities-{key.hexdigest()[:20]}.marshal"


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (another process may read it meanwhile)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".cities-", delete=False) as out:
            out.write(data)
        os.replace(out.name, path)
    except OSError:
        try:
            os.unlink(out.name)
        except (OSError, UnboundLocalError):
            pass
