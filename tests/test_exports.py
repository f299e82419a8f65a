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
from chrono.render.exports import BOM, CSV_COLUMNS, csv_rows, export
from chrono.render.names import looks_like_hash

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


def _csv(chronology: dict) -> list[dict]:
    text = export(chronology, "csv")
    assert text.startswith(BOM)  # spreadsheet programs read it as UTF-8
    return list(csv.DictReader(io.StringIO(text.removeprefix(BOM), newline="")))


def _with_urls_and_a_nameless_source(chronology: dict) -> dict:
    data = json.loads(json.dumps(chronology))
    for doc in data["documents"]:
        doc["url"] = f"https://zeitung.example/{doc['id'][:3]}.html"
    data["documents"][0].update(source=None, title=None)  # neither outlet nor title: a short file name
    return data


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


def test_timelinejs_names_outlets_and_never_a_hash(chronology):
    data = json.loads(export(_with_urls_and_a_nameless_source(chronology), "timelinejs"))
    text = json.dumps(data, ensure_ascii=False)
    slide = next(s for s in data["events"] if s["unique_id"] == "E009")["text"]["text"]
    for outlet in ("Ostsee-Zeitung", "ZDF", "dpa", "Süddeutsche Zeitung", "Artikel 000"):
        assert f"<b>{outlet}</b>" in slide
    assert "Quelle ohne Namen" not in text
    shown = [s["text"]["text"] for s in data["events"]] + [data["title"]["text"]["text"]]
    assert not any(looks_like_hash(part) for part in shown)
    assert "https://zeitung.example/002.html" in slide


def test_timelinejs_has_a_title_slide_and_findings_in_words(chronology):
    data = json.loads(export(chronology, "timelinejs"))
    title = data["title"]["text"]
    assert title["headline"] == "Chronologie"
    assert "13 Ereignisse aus 5 Quellen" in title["text"] and "Ostsee-Zeitung" in title["text"]
    flagged = next(e for e in chronology["events"] if e["findings"])
    slide = next(s for s in data["events"] if s["unique_id"] == flagged["id"])["text"]["text"]
    finding = next(f for f in chronology["findings"] if f["id"] == flagged["findings"][0])
    assert "Befunde" in slide and html_escape(finding["explanation"]) in slide


def test_timelinejs_escapes_article_text_because_it_renders_html(chronology):
    data = json.loads(json.dumps(chronology))
    data["events"][0]["title"] = "<img src=x onerror=alert(1)>"
    data["events"][0]["sources"][0]["sentence"] = "<script>alert(2)</script>"
    text = export(data, "timelinejs")
    assert "<img" not in text and "<script" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text


# ---------------------------------------------------------------- CSV

def html_escape(text: str) -> str:
    import html

    return html.escape(text)


def test_csv_has_one_row_per_event_and_source_sentence(chronology):
    rows = _csv(chronology)
    sentences = sum(1 + len(s.get("statements") or []) for e in chronology["events"] for s in e["sources"])
    assert len(rows) == sentences
    assert [r["outlet"] for r in rows if r["event_id"] == "E009"] == [
        "Nato-Russland-Rat tagt erstmals seit 2019", "Ostsee-Zeitung", "ZDF", "ZDF", "dpa", "Süddeutsche Zeitung"]
    statement = [r for r in rows if r["event_id"] == "E009"][3]
    assert statement["dated_by"] == "context" and statement["words"] == "rund vier Stunden"


def test_csv_round_trips_with_its_url_column(chronology):
    data = _with_urls_and_a_nameless_source(chronology)
    raw = export(data, "csv").encode("utf-8")
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    assert tuple(reader.fieldnames) == CSV_COLUMNS and "url" in CSV_COLUMNS
    rows = list(reader)
    assert rows == csv_rows(data)
    assert {r["url"] for r in rows if r["document"] == "002_7193a20db939d4fa"} == {"https://zeitung.example/002.html"}
    assert "Artikel 000" in {r["outlet"] for r in rows}


def test_csv_keeps_sentences_with_commas_quotes_and_newlines(chronology):
    data = json.loads(json.dumps(chronology))
    tricky = 'Er sagte: "Nein, nie",\nund ging; „danach“ 5,5 %'
    data["events"][0]["sources"][0]["sentence"] = tricky
    assert _csv(data)[0]["sentence"] == tricky


def test_csv_cells_that_look_like_formulas_are_defused(chronology):
    data = json.loads(json.dumps(chronology))
    data["events"][0]["title"] = "=HYPERLINK(\"http://x\")"
    data["events"][0]["sources"][0]["sentence"] = "\t=1+1"
    data["events"][1]["sources"][0]["sentence"] = "\r@SUM(A1)"
    rows = _csv(data)
    assert rows[0]["title"] == "'=HYPERLINK(\"http://x\")"
    assert rows[0]["sentence"] == "'\t=1+1"
    first_of_second = next(r for r in rows if r["event_id"] == data["events"][1]["id"])
    assert first_of_second["sentence"] == "'\r@SUM(A1)"


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
    start = events["E010"].decoded("dtstart")
    assert start.replace(tzinfo=None) == dt.datetime(2022, 1, 12, 10, 7)
    assert str(events["E012"]["status"]) == "TENTATIVE"  # planned


def test_ics_clock_times_are_in_berlin_time_with_the_zone_included(chronology):
    ics = export(chronology, "ics")
    calendar = Calendar.from_ical(ics)
    assert [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    start = _vevents(ics)["E010"].decoded("dtstart")
    assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(hours=1)  # CET in January
    assert start.astimezone(dt.UTC) == dt.datetime(2022, 1, 12, 9, 7, tzinfo=dt.UTC)
    assert b"DTSTART;TZID=Europe/Berlin:20220112T100700" in ics


def test_ics_long_fuzzy_spans_are_one_all_day_entry_with_a_note(chronology):
    event = _vevents(export(chronology, "ics"))["E001"]  # 2011-2018
    assert event.decoded("dtstart") == dt.date(2011, 1, 1)
    assert event.decoded("dtend") == dt.date(2011, 1, 2)  # not a 2,922-day event
    assert "2011–2018" in str(event["description"])


def test_ics_description_names_sources_and_links_them(chronology):
    event = _vevents(export(_with_urls_and_a_nameless_source(chronology), "ics"))["E009"]
    description = str(event["description"])
    for outlet in ("Ostsee-Zeitung", "ZDF", "dpa", "Artikel 000"):
        assert f"- {outlet} (" in description
    assert "https://zeitung.example/002.html" in description and str(event["url"]).startswith("https://")


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
