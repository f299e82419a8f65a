"""The chronology's JSON Schema: what chrono writes validates; a broken file fails readably."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from event_helpers import article, day

from chrono.chronology.document import (
    schema,
    validate,
    validate_file,
    write_chronology,
)
from chrono.errors import InputError, SchemaError
from chrono.pipeline import chronology_from_articles

TEXT = "Am Mittwoch kam in Brüssel der Nato-Russland-Rat zusammen."


@pytest.fixture(scope="module")
def chronology():
    a = article("000_a", TEXT, "2022-01-12", [day(TEXT, "Mittwoch", "2022-01-12")], source="Zeitung")
    return chronology_from_articles([a])


def test_the_schema_is_a_valid_draft_2020_12_schema():
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema())


def test_a_built_chronology_validates(chronology):
    assert validate(chronology) == []
    assert chronology["generator"]["name"] == "chrono"
    [event] = chronology["events"]
    assert event["id"] == "E001" and event["date"]["value"] == "2022-01-12"
    assert event["locations"][0]["name"] == "Brüssel" and event["locations"][0]["country"] == "BE"
    assert chronology["documents"][0]["published"]["value"] == "2022-01-12"


def test_each_error_names_its_json_path(chronology):
    broken = copy.deepcopy(chronology)
    broken["events"][0]["status"] = "rumoured"
    del broken["events"][0]["sources"][0]["sentence"]
    errors = validate(broken)
    assert any(e.startswith("$.events[0].status: ") and "rumoured" in e for e in errors)
    assert any(e.startswith("$.events[0].sources[0]: ") and "'sentence' is a required property" in e
               for e in errors)


def test_a_broken_file_fails_with_a_readable_message(tmp_path, chronology):
    broken = copy.deepcopy(chronology)
    broken["findings"] = [{"id": "F001", "kind": "gossip", "severity": "note", "event": None,
                           "sources": [], "explanation": "x"}]
    path = tmp_path / "chronology.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    [error] = validate_file(path)
    assert error.startswith("$.findings[0].kind: 'gossip' is not one of")


def test_a_file_that_is_not_json_is_an_input_error(tmp_path):
    path = tmp_path / "chronology.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a JSON file"):
        validate_file(path)


def test_an_invalid_chronology_is_never_written(tmp_path, chronology):
    broken = copy.deepcopy(chronology)
    broken["events"][0]["date"]["earliest"] = "yesterday"
    with pytest.raises(SchemaError, match=r"\$\.events\[0\]\.date\.earliest"):
        write_chronology(broken, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_valid_chronology_is_written_whole(tmp_path, chronology):
    path = write_chronology(chronology, tmp_path / "out")
    assert path.name == "chronology.json"
    assert json.loads(path.read_text(encoding="utf-8")) == chronology
