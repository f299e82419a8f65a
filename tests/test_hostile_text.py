"""Hostile content: control and direction-override characters are made visible before anything
is shown or exported; CSV cells that would start a formula are defused; iCalendar text is escaped
and folded; a URL is linked only when it is http(s)."""
from __future__ import annotations

import csv
import io
import json

import pytest
from icalendar import Calendar

from chrono.render.exports import export
from chrono.render.html import render_timeline
from chrono.render.safe_text import csv_cell, safe_url, visible, visible_everywhere

HOSTILE = "Bern\x1b[31m rot\x07 \u202egnudlemeM\u202c; Ende"
UNSAFE = ["\x1b", "\x07", "\u202e", "\u202c"]


def _chronology() -> dict:
    return {
        "generator": {"name": "chrono", "version": "0", "language": "de"},
        "documents": [{"id": "d1", "file": "d1.txt", "source": "Blatt\u202e", "title": HOSTILE,
                       "url": "javascript:alert(1)", "language": "de",
                       "published": {"value": "2022-01-14", "precision": "day", "source": "given",
                                     "confidence": 1.0, "evidence": [], "runner_up": None},
                       "boilerplate": [], "mentions": []}],
        "events": [{"id": "E1", "title": HOSTILE, "status": "happened",
                    "date": {"value": "2022-01-14", "type": "DATE", "grain": "day", "mod": None,
                             "earliest": "2022-01-14", "latest": "2022-01-14"},
                    "locations": [{"name": "=HYPERLINK(\"http://x\")", "geonameid": None, "country": "CH",
                                   "lat": None, "lon": None}],
                    "actors": [], "findings": [],
                    "sources": [{"document": "d1", "outlet": "Blatt", "published": "2022-01-14",
                                 "sentence": HOSTILE + " " + "x" * 120, "sentence_start": 0,
                                 "sentence_end": len(HOSTILE) + 121,
                                 "mention": {"text": "Bern", "start": 0, "end": 4, "value": "2022-01-14",
                                             "type": "DATE"}}]}],
        "findings": [],
    }


def test_visible_keeps_the_length_and_removes_every_control():
    shown = visible(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert not any(c in shown for c in UNSAFE)
    assert "␛" in shown and "␇" in shown and "\ufffd" in shown
    assert visible("Zeile 1\nZeile 2\tTab") == "Zeile 1\nZeile 2\tTab"
    assert visible_everywhere({"a": [HOSTILE, 3, None]})["a"][1:] == [3, None]


def test_the_page_carries_no_control_or_override_character():
    page = render_timeline(_chronology(), "cdn")
    assert not any(c in page for c in UNSAFE)
    assert "javascript:alert" not in page


@pytest.mark.parametrize("fmt", ["timelinejs", "csv", "ics"])
def test_no_export_carries_a_control_or_override_character(fmt):
    result = export(_chronology(), fmt)
    text = result.decode("utf-8") if isinstance(result, bytes) else result
    assert not any(c in text for c in UNSAFE)
    if fmt == "timelinejs":
        json.loads(text)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_would_run_as_formulas_are_defused(start):
    assert csv_cell(start + "SUM(A1)").startswith("'")
    assert csv_cell("Bern") == "Bern"


def test_the_csv_export_defuses_a_formula_in_a_place():
    rows = list(csv.DictReader(io.StringIO(export(_chronology(), "csv"))))
    cells = [value for row in rows for value in row.values()]
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for c in cells)
    assert any(c.startswith("'=HYPERLINK") for c in cells)


def test_ics_text_is_escaped_and_folded():
    raw = export(_chronology(), "ics")
    assert isinstance(raw, bytes)
    lines = raw.decode("utf-8").split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any("\\;" in line for line in lines)  # the ";" of the title escaped
    event = next(c for c in Calendar.from_ical(raw).walk() if c.name == "VEVENT")
    assert "Ende" in str(event["SUMMARY"]) and ";" in str(event["SUMMARY"])


@pytest.mark.parametrize("url, kept", [("https://example.org/a", True), ("http://example.org", True),
                                       ("javascript:alert(1)", False), ("JAVASCRIPT:alert(1)", False),
                                       ("data:text/html,x", False), ("//example.org", False),
                                       ("ftp://example.org", False), (" https://example.org", True), ("", False)])
def test_a_url_is_linked_only_when_it_is_http(url, kept):
    assert (safe_url(url) is not None) is kept
