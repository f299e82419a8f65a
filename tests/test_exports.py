"""Exports: TimelineJS3 JSON, CSV (one row per event and source), iCalendar; and ``chrono export``."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import jsonschema
import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from chrono.cli import app
from chrono.render.exports import CSV_COLUMNS, csv_rows, export

DATA = Path(__file__).parent / "data" / "render"

# The TimelineJS3 JSON format as documented by its authors (timeline.knightlab.com/docs/json-format.html),
# tightened to what chrono promises: every start_date carries year, month and day.
_DATE = {
    "type": "object",
    "required": ["year", "month", "day"],
    "properties": {
        "year": {"type": "integer"}, "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31}, "hour": {"type": "integer", "minimum": 0,
                                                                         "maximum": 23},
        "minute": {"type": "integer", "minimum": 0, "maximum": 59}, "second": {"type": "integer"},
        "millisecond": {"type": "integer"}, "display_date": {"type": "string"}, "format": {"type": "string"},
    },
    "additionalProperties": False,
}
_TEXT = {"type": "object", "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
         "additionalProperties": False}
TIMELINEJS3 = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {"type": "array", "items": {
            "type": "object",
            "required": ["start_date"],
            "properties": {
                "start_date": _DATE, "end_date": _DATE, "text": _TEXT, "media": {"type": "object"},
                "group": {"type": "string"}, "display_date": {"type": "string"}, "background": {"type": "object"},
                "autolink": {"type": "boolean"}, "unique_id": {"type": "string"},
            },
            "additionalProperties": False,
        }},
        "title": {"type": "object", "properties": {"text": _TEXT, "media": {"type": "object"}}},
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


@pytest.fixture(scope="module")
def chronology() -> dict:
    return json.loads((DATA / "chronology.json").read_text(encoding="utf-8"))


def _by_id(chronology: dict) -> dict:
    return {e["id"]: e for e in chronology["events"]}


# ---------------------------------------------------------------- TimelineJS

def test_timelinejs_export_matches_the_timelinejs3_format(chronology):
    data = json.loads(export(chronology, "timelinejs"))
    jsonschema.validate(data, TIMELINEJS3)
    assert len(data["events"]) == len(chronology["events"])


def test_timelinejs_groups_by_place_and_keeps_ranges(chronology):
    slides = {s["unique_id"]: s for s in json.loads(export(chronology, "timelinejs"))["events"]}
    assert slides["E012"]["group"] == "Wien"
    assert slides["E009"]["start_date"] == {"year": 2022, "month": 1, "day": 12,
                                            "display_date": "Mittwoch, 12. Januar 2022"}
    assert "end_date" not in slides["E009"]
    assert slides["E001"]["end_date"] == {"year": 2018, "month": 12, "day": 31}
    assert slides["E010"]["start_date"]["hour"] == 10 and slides["E010"]["start_date"]["minute"] == 7


def test_timelinejs_escapes_article_text_because_it_renders_html(chronology):
    data = json.loads(json.dumps(chronology))
    data["events"][0]["title"] = "<img src=x onerror=alert(1)>"
    data["events"][0]["sources"][0]["sentence"] = "<script>alert(2)</script>"
    text = export(data, "timelinejs")
    assert "<img" not in text and "<script" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text


# ---------------------------------------------------------------- CSV

def test_csv_has_one_row_per_event_and_source_sentence(chronology):
    rows = list(csv.DictReader(io.StringIO(export(chronology, "csv"))))
    sentences = sum(1 + len(s.get("statements") or []) for e in chronology["events"] for s in e["sources"])
    assert len(rows) == sentences
    assert [r["outlet"] for r in rows if r["event_id"] == "E009"] == [
        "", "Ostsee-Zeitung", "ZDF", "ZDF", "dpa", "Süddeutsche Zeitung"]
    statement = [r for r in rows if r["event_id"] == "E009"][3]
    assert statement["dated_by"] == "context" and statement["words"] == "rund vier Stunden"


def test_csv_round_trips(chronology):
    text = export(chronology, "csv")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    assert list(reader) == csv_rows(chronology)


def test_csv_keeps_sentences_with_commas_quotes_and_newlines(chronology):
    data = json.loads(json.dumps(chronology))
    tricky = 'Er sagte: "Nein, nie",\nund ging; „danach“ 5,5 %'
    data["events"][0]["sources"][0]["sentence"] = tricky
    rows = list(csv.DictReader(io.StringIO(export(data, "csv"), newline="")))
    assert rows[0]["sentence"] == tricky


def test_csv_cells_that_look_like_formulas_are_defused(chronology):
    data = json.loads(json.dumps(chronology))
    data["events"][0]["title"] = "=HYPERLINK(\"http://x\")"
    rows = list(csv.DictReader(io.StringIO(export(data, "csv"))))
    assert rows[0]["title"] == "'=HYPERLINK(\"http://x\")"


# ---------------------------------------------------------------- iCalendar

def _vevents(ics: bytes) -> dict:
    calendar = Calendar.from_ical(ics)
    return {str(c["uid"]).split("-")[0]: c for c in calendar.walk("VEVENT")}


def test_ics_parses_with_one_event_per_dated_event(chronology):
    ics = export(chronology, "ics")
    assert isinstance(ics, bytes)
    events = _vevents(ics)
    assert set(events) == {e["id"] for e in chronology["events"] if e["date"].get("earliest")}
    assert len({str(c["uid"]) for c in events.values()}) == len(events)


def test_ics_day_events_are_all_day(chronology):
    event = _vevents(export(chronology, "ics"))["E009"]
    assert event.decoded("dtstart") == dt.date(2022, 1, 12)
    assert event.decoded("dtend") == dt.date(2022, 1, 13)
    assert event["location"] == "Brüssel"


def test_ics_fuzzy_dates_span_earliest_to_latest_and_times_keep_the_clock(chronology):
    events = _vevents(export(chronology, "ics"))
    assert events["E004"].decoded("dtstart") == dt.date(2021, 12, 1)
    assert events["E004"].decoded("dtend") == dt.date(2021, 12, 11)
    assert events["E010"].decoded("dtstart") == dt.datetime(2022, 1, 12, 10, 7)
    assert str(events["E012"]["status"]) == "TENTATIVE"  # planned


def test_ics_is_the_same_every_time_and_stamped_with_the_latest_publication(chronology):
    ics = export(chronology, "ics")
    assert ics == export(chronology, "ics")
    assert _vevents(ics)["E009"].decoded("dtstamp") == dt.datetime(2022, 1, 12, tzinfo=dt.UTC)


def test_unknown_format_is_refused(chronology):
    with pytest.raises(ValueError, match="timelinejs, csv, ics"):
        export(chronology, "pdf")


# ---------------------------------------------------------------- chrono export

@pytest.fixture()
def chronology_file(tmp_path, chronology) -> Path:
    path = tmp_path / "chronology.json"
    path.write_text(json.dumps(chronology, ensure_ascii=False), encoding="utf-8")
    return path


def test_export_prints_to_stdout_without_out(chronology_file):
    result = CliRunner().invoke(app, ["export", str(chronology_file), "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["events"]


@pytest.mark.parametrize("fmt", ["timelinejs", "csv", "ics"])
def test_export_writes_the_out_file(chronology_file, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(app, ["export", str(chronology_file), "--format", fmt, "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0


def test_export_reports_a_missing_file_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["export", str(tmp_path / "none.json"), "--format", "csv"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "file not found" in result.output
