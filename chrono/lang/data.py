"""Language data files: reads ``chrono/lang/<code>/<name>.yaml`` from the installed package.

YAML is read with the YAML 1.2 core schema for booleans: only ``true`` and ``false`` are
booleans, so a country code ``NO`` or a word ``on`` stays a string.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where libyaml is there


class _Yaml12Loader(_BaseLoader):
    """A safe loader whose booleans are YAML 1.2's: ``yes``, ``no``, ``on``, ``off`` stay strings."""


_Yaml12Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(text: str) -> Any:
    """``text`` read as YAML with 1.2 booleans."""
    return yaml.load(text, Loader=_Yaml12Loader)


@cache
def language_data(language: str, name: str, fallback: str | None = None) -> Any:
    """The data file ``name`` (without ``.yaml``) of ``language``; ``fallback``'s if it has none."""
    folder = resources.files("chrono.lang") / language
    file = folder / f"{name}.yaml"
    if not file.is_file() and fallback is not None:
        file = resources.files("chrono.lang") / fallback / f"{name}.yaml"
    return load_yaml(file.read_text(encoding="utf-8"))
