"""chrono tag / resolve / eval on the command line."""
import json
import pathlib
import subprocess
import sys

from typer.testing import CliRunner

from chrono.cli import app

ROOT = pathlib.Path(__file__).resolve().parents[1]
runner = CliRunner()
SEED = ROOT / "seeds" / "000_4c861c54e3e3357d.txt"


def test_tag_prints_the_document_its_date_and_its_mentions_as_json():
    result = runner.invoke(app, ["tag", str(SEED), "--published", "2022-01-12"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["document"] == SEED.name and doc["published"] == "2022-01-12"
    assert {"start": 402, "end": 410, "text": "Mittwoch", "value": "2022-01-12"}.items() <= doc["mentions"][2].items()


def test_tag_prints_a_table():
    result = runner.invoke(app, ["tag", str(SEED), "--published", "2022-01-12", "--format", "table"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["start", "end", "text", "type", "value", "mod", "signal"]
    assert "diesem Donnerstag" in result.output


def test_tag_reports_a_missing_file_and_a_bad_date_in_one_line():
    missing = runner.invoke(app, ["tag", "nope.txt"])
    assert missing.exit_code == 2 and missing.output.count("\n") == 1 and "nope.txt" in missing.output
    bad = runner.invoke(app, ["tag", str(SEED), "--published", "12.01.2022"])
    assert bad.exit_code == 2 and "--published" in bad.output and "Traceback" not in bad.output


def test_resolve_reads_the_tense_from_the_context_or_the_preference():
    plan = runner.invoke(app, ["resolve", "Mittwoch", "--published", "2022-01-07",
                               "--context", "Für Mittwoch ist eine Tagung angesetzt."])
    assert json.loads(plan.output)["value"] == "2022-01-12"
    past = runner.invoke(app, ["resolve", "am Mittwoch", "--published", "2022-01-07", "--prefer", "past"])
    assert json.loads(past.output)["value"] == "2022-01-05"


def test_resolve_says_when_it_finds_nothing():
    result = runner.invoke(app, ["resolve", "irgendwann", "--published", "2022-01-12"])
    assert result.exit_code == 2 and "no temporal expression" in result.output


def test_eval_prints_the_same_figures_as_the_reference_scorer(tmp_path):
    gold = ROOT / "tests" / "data" / "gold"
    ours = runner.invoke(app, ["eval", str(gold), str(ROOT / "seeds")])
    assert ours.exit_code == 0
    system = {}
    for g in gold.glob("*.json"):
        d = json.loads(g.read_text(encoding="utf-8"))
        tagged = runner.invoke(app, ["tag", str(ROOT / "seeds" / d["document"]), "--published", d["dct"]])
        system[d["document"]] = json.loads(tagged.output)["mentions"]
    path = tmp_path / "system.json"
    path.write_text(json.dumps(system), encoding="utf-8")
    reference = subprocess.run([sys.executable, str(ROOT / "tests" / "tools" / "score_timex.py"), str(gold),
                                str(path), "--texts", str(ROOT / "seeds")], capture_output=True, text=True, check=True)
    figures = [line for line in ours.output.splitlines() if line.startswith(("relaxed", "strict", "value", "type"))]
    assert figures == [line for line in reference.stdout.splitlines()
                       if line.startswith(("relaxed", "strict", "value", "type"))]


def test_eval_reports_a_missing_gold_folder():
    result = runner.invoke(app, ["eval", "no-such-dir", str(ROOT / "seeds")])
    assert result.exit_code == 2 and "no-such-dir" in result.output


def test_tag_reads_front_matter_for_the_date_and_tags_the_body_only(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("---\ntitle: Rat\npublished: 2022-01-12\n---\nDer Rat tagte am Mittwoch.\n", encoding="utf-8")
    doc = json.loads(runner.invoke(app, ["tag", str(article)]).output)
    assert doc["published"] == "2022-01-12"
    assert [(m["text"], m["start"], m["value"]) for m in doc["mentions"]] == [("Mittwoch", 17, "2022-01-12")]
