"""Packaging: what a normal (not editable) install needs is inside the package, and every library
chrono imports is declared."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import resources
from pathlib import Path

from chrono.lang.data import load_yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "chrono"
# import name -> distribution name, where they differ
DISTRIBUTIONS = {"yaml": "pyyaml", "dateutil": "python-dateutil",
                 "charset_normalizer": "charset-normalizer"}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_shipped_schema_is_the_repositorys_schema():
    shipped = resources.files("chrono.chronology") / "chronology.schema.json"
    assert shipped.read_bytes() == (ROOT / "schemas" / "chronology.schema.json").read_bytes()


def test_the_package_is_typed():
    assert (PACKAGE / "py.typed").is_file()
    assert "py.typed" in _pyproject()["tool"]["setuptools"]["package-data"]["*"]


def _imported_top_level_names() -> set[str]:
    names: set[str] = set()
    for file in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"chrono"}


def _declared() -> dict[str, str]:
    """Every requirement, the optional extras' (such as dask) included, by distribution name."""
    project = _pyproject()["project"]
    requirements = list(project["dependencies"]) + [r for extra in project.get("optional-dependencies", {}).values()
                                                     for r in extra if not r.startswith("chrono")]
    out = {}
    for requirement in requirements:
        name = re.match(r"[A-Za-z0-9_.\-]+", requirement).group().lower()  # "dask[distributed]" -> dask
        out[name] = requirement
    return out


def test_every_imported_library_is_declared():
    declared = _declared()
    missing = [name for name in _imported_top_level_names()
               if DISTRIBUTIONS.get(name, name).lower() not in declared]
    assert missing == []


# tzdata: data only, a new release adds time zones; dask: versions by the calendar, no majors;
# the test tools are not what users see
UNBOUNDED = {"tzdata", "dask", "pytest", "playwright", "ruff", "hypothesis", "build", "mypy", "types-pyyaml",
             "types-python-dateutil", "types-jsonschema", "types-dateparser"}


def test_every_dependency_has_an_upper_bound():
    assert [r for name, r in _declared().items() if "<" not in r and name not in UNBOUNDED] == []


def test_plotly_is_bounded_below_its_next_major():
    assert re.search(r"<\s*\d+", _declared()["plotly"])


def _scalars(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{path}/{key}", key
            yield from _scalars(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _scalars(value, f"{path}[{i}]")
    else:
        yield path, node


def test_language_data_keeps_words_and_codes_as_strings():
    """The YAML 1.2 loader: NO (Norway), ON, YES stay strings; the old 1.1 reading would make them booleans."""
    assert load_yaml("country: NO\nwords: [on, Yes, off]") == {"country": "NO", "words": ["on", "Yes", "off"]}
    for file in sorted((PACKAGE / "lang").rglob("*.yaml")):
        data = load_yaml(file.read_text(encoding="utf-8"))
        booleans = [path for path, value in _scalars(data) if isinstance(value, bool)]
        assert booleans == [], f"{file.name}: booleans where words are meant: {booleans[:5]}"
