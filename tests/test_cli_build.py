"""``chrono build``, ``chrono check`` and ``chrono validate`` on the seed articles and on small corpora."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chrono.cli import app

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = run("build", str(SEEDS), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out, json.loads((out / "chronology.json").read_text(encoding="utf-8"))


def events_on(data, value):
    return [e for e in data["events"] if e["date"]["value"] == value]


def documents(event):
    return sorted({s["document"][:3] for s in event["sources"]})


def test_build_writes_a_chronology_that_validates(built):
    out, data = built
    assert (out / "chronology.json").exists()
    result = run("validate", str(out / "chronology.json"))
    assert result.exit_code == 0 and "valid" in result.output
    assert len(data["documents"]) == 5


def test_the_geneva_talks_are_one_event(built):
    [geneva] = events_on(built[1], "2022-01-10")
    assert documents(geneva) == ["000", "001", "003"]
    assert [p["name"] for p in geneva["locations"]] == ["Genf"]


def test_the_council_in_brussels_is_one_event_with_all_five_articles(built):
    [council] = events_on(built[1], "2022-01-12")
    assert documents(council) == ["000", "001", "002", "003", "004"]
    assert council["status"] == "happened"
    assert "Brüssel" in [p["name"] for p in council["locations"]]


def test_the_osce_talks_in_vienna_are_one_event(built):
    [vienna] = events_on(built[1], "2022-01-13")
    assert documents(vienna) == ["000", "001"]
    assert vienna["status"] == "planned"


def test_moments_of_the_meeting_day_are_separate_events(built):
    data = built[1]
    assert len(events_on(data, "2022-01-12T09:51")) == 1
    assert len(events_on(data, "2022-01-12T10:07")) == 1
    [brest] = events_on(data, "2022-01-12TEV")
    assert [p["name"] for p in brest["locations"]] == ["Brest"] and brest["locations"][0]["country"] == "FR"


@pytest.mark.parametrize(("value", "expected"), [
    ("2002", ["001"]), ("2011/2018", ["004"]), ("2019-07", ["000", "001", "002", "003"]),
    ("2021-FA", ["001"]), ("2021-12", ["003"]), ("2022-02", ["004"]),
])
def test_the_background_is_there_from_the_articles_that_state_it(built, value, expected):
    [event] = events_on(built[1], value)
    assert documents(event) == expected


def test_the_background_of_2014_and_the_week_before_christmas(built):
    data = built[1]
    assert {d for e in events_on(data, "2014") for d in documents(e)} == {"001", "003", "004"}
    [week] = [e for e in data["events"] if e["date"]["earliest"] <= "2021-12-17" <= e["date"]["latest"]
              and e["date"]["grain"] == "week"]
    assert documents(week) == ["003"]


def test_events_are_sorted_by_date(built):
    starts = [e["date"]["earliest"] for e in built[1]["events"]]
    assert starts == sorted(starts)


def test_check_reports_the_meeting_length_and_no_date_conflict(built):
    result = run("check", str(SEEDS), "--format", "json", "--strict")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    [length] = [f for f in findings if f["kind"] == "duration_discrepancy"]
    assert sorted(s["document"][:3] for s in length["sources"]) == ["001", "002", "004"]
    quotes = " ".join(s["quote"] for s in length["sources"])
    assert "rund vier Stunden" in quotes and "mit vier Stunden" in quotes and "fast fünfstündigen" in quotes
    assert not [f for f in findings if f["kind"] == "date_conflict"]


def test_check_strict_exits_1_on_a_conflict(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2022-01-14\n---\n"
                                    "Der Nato-Russland-Rat kam am 11. Januar 2022 in Brüssel zusammen.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\npublished: 2022-01-14\n---\n"
                                    "Der Nato-Russland-Rat kam am 12. Januar 2022 in Brüssel zusammen.\n",
                                    encoding="utf-8")
    text = run("check", str(tmp_path))
    assert text.exit_code == 0 and "CONFLICT" in text.output and "date_conflict" in text.output
    assert run("check", str(tmp_path), "--strict").exit_code == 1


def test_validate_prints_the_path_of_each_error_and_exits_1(tmp_path):
    path = tmp_path / "chronology.json"
    path.write_text(json.dumps({"generator": {"name": "chrono", "version": "0", "language": "de"},
                                "documents": [], "events": [{"id": "X1"}], "findings": []}), encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert "$.events[0].id" in result.output and "$.events[0]: 'date' is a required property" in result.output


def test_a_missing_input_is_one_line_and_no_traceback(tmp_path):
    result = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
