"""``chrono dates``: table and JSON output, manifests, --published, and one-line errors."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from chrono.cli import app

SEEDS = Path(__file__).parent.parent / "seeds"
DATA = Path(__file__).parent / "data" / "ingest"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["dates", *args])


def test_json_output_gives_every_seed_its_date_source_confidence_and_evidence():
    result = run(str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.output
    records = {r["id"][:3]: r["published"] for r in json.loads(result.output)}
    assert {k: v["value"] for k, v in records.items()} == {
        "000": "2022-01-12", "001": "2022-01-12", "002": "2022-01-12", "003": "2022-01-07", "004": "2022-01-12"}
    for published in records.values():
        assert published["source"] in ("text", "inferred")
        assert published["evidence"] and 0 < published["confidence"] <= 1


def test_table_output_has_one_block_per_article_with_evidence():
    result = run(str(SEEDS))
    assert result.exit_code == 0, result.output
    heads = [line for line in result.output.splitlines() if line and not line.startswith(" ")]
    assert len(heads) == 5
    assert heads[3].startswith("003_8e5494bd7d007070  2022-01-07  inferred")
    assert "    - " in result.output


def test_manifest_with_a_wrong_date_is_flagged_in_the_table(tmp_path):
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({"003_8e5494bd7d007070.txt": {"published": "2022-01-12"}}), encoding="utf-8")
    result = run(str(SEEDS), "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    assert "003_8e5494bd7d007070  2022-01-12  given" in result.output
    assert "    ! 2022-01-07 would fit" in result.output


def test_published_option_for_one_file_and_output_file(tmp_path):
    out = tmp_path / "dates.json"
    result = run(str(DATA / "cp1252.txt"), "--published", "2022-01-10", "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    (record,) = json.loads(out.read_text(encoding="utf-8"))
    assert record["published"]["value"] == "2022-01-10" and record["published"]["source"] == "given"


def test_bad_published_value_is_a_one_line_error():
    result = run(str(DATA / "cp1252.txt"), "--published", "12.01.2022")
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "YYYY-MM-DD" in result.output


def test_missing_input_is_a_one_line_error_without_traceback(tmp_path):
    result = run(str(tmp_path / "fehlt"))
    assert result.exit_code == 2
    assert "chrono: error:" in result.output and "Traceback" not in result.output


def test_dates_command_is_documented():
    result = runner.invoke(app, ["dates", "--help"])
    assert result.exit_code == 0
    assert "publication" in result.output.lower()
