"""Events, merging and the report on the test corpora of tests/data/corpora: a football match, a
state election and a storm (Austrian and Swiss German), each told by several invented outlets."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from chrono.pipeline import build_chronology

CORPORA = Path(__file__).parent / "data" / "corpora"
AUXILIARIES = {"hat", "hatte", "hatten", "haben", "ist", "war", "waren", "sind", "wurde", "wurden", "wird"}


@pytest.fixture(scope="module")
def corpus():
    built: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in built:
            built[name] = build_chronology([CORPORA / name])
        return built[name]

    return get


def documents(event) -> list[str]:
    return sorted({s["document"] for s in event["sources"]})


def statements(event):
    return [item for s in event["sources"] for item in [s, *s.get("statements", [])]]


def the_event(data, text: str):
    """The one event one of whose statements contains ``text``."""
    found = [e for e in data["events"] if any(text in s["sentence"] for s in statements(e))]
    assert len(found) == 1, [(e["id"], e["title"]) for e in found]
    return found[0]


def findings(data, kind: str):
    return [f for f in data["findings"] if f["kind"] == kind]


# ---------------------------------------------------------------- football


def test_the_match_is_one_event_from_the_preview_and_the_report(corpus):
    data = corpus("fussball")
    match = the_event(data, "hat am Samstag den Karlsruher SC mit 2:1 besiegt")
    assert match["date"]["value"] in ("2024-03-09", "2024-03-09TAF")  # 03_heimsieg: "am Samstagnachmittag"
    assert {"01_vorbericht", "02_spielbericht", "03_heimsieg"} <= set(documents(match))
    assert match["status"] == "happened"
    assert {s["document"]: s["status"] for s in match["sources"]}["01_vorbericht"] == "planned"


def test_another_match_on_the_same_day_stays_apart(corpus):
    data = corpus("fussball")
    match = the_event(data, "hat am Samstag den Karlsruher SC mit 2:1 besiegt")
    hamburg = the_event(data, "hat am Samstag beim SC Paderborn mit 0:2 verloren")
    assert hamburg["id"] != match["id"]
    assert "04_hsv" not in documents(match) and documents(hamburg) == ["04_hsv"]


def test_the_contract_extension_is_one_event_and_its_two_dates_conflict(corpus):
    data = corpus("fussball")
    contract = the_event(data, "am 4. März bis 2026 verlängert")
    assert documents(contract) == ["01_vorbericht", "02_spielbericht"]
    [conflict] = findings(data, "date_conflict")
    assert conflict["event"] == contract["id"] and conflict["severity"] == "conflict"
    assert 0.3 <= conflict["confidence"] <= 1  # as sure as the merge that joined the two dates
    assert {s["value"] for s in conflict["sources"]} == {"2024-03-04", "2024-03-05"}


def test_the_end_of_a_contract_is_no_event_and_no_publication_date_conflict(corpus):
    data = corpus("fussball")
    assert not [e for e in data["events"] if e["date"]["value"] == "2026"]
    assert not [f for f in findings(data, "publication_date") if any("bis 2026" in s["quote"] for s in f["sources"])]


def test_the_injury_is_dated_precisely_by_one_source_and_vaguely_by_the_other(corpus):
    data = corpus("fussball")
    injury = the_event(data, "am vergangenen Sonntag beim 1:1 in Kiel")
    assert {"01_vorbericht", "02_spielbericht"} <= set(documents(injury))
    assert injury["date"]["value"] == "2024-03-03"
    kinds = [f["kind"] for f in data["findings"] if f["event"] == injury["id"]]
    assert "date_refinement" in kinds and "date_conflict" not in kinds


def test_fixtures_told_in_the_present_are_planned(corpus):
    data = corpus("fussball")
    assert the_event(data, "am kommenden Freitag mit dem Auswärtsspiel in Düsseldorf")["status"] == "planned"
    assert the_event(data, "empfangen am kommenden Samstag den FC Schalke 04")["status"] == "planned"


def test_an_age_is_no_duration(corpus):
    data = corpus("fussball")
    written = [d["text"] for e in data["events"] for s in statements(e) for d in s.get("durations", [])]
    assert not [text for text in written if "jährig" in text or "Jahre" in text]


def test_football_titles_put_a_subject_first_and_keep_scores_whole(corpus):
    data = corpus("fussball")
    assert the_event(data, "am 4. März bis 2026 verlängert")["title"] == \
        "Club hat den Vertrag mit Albers vorzeitig verlängert"
    for event in data["events"]:
        first = event["title"].split()[0].lower()
        assert first not in AUXILIARIES, event["title"]
        assert not re.search(r"\b(?:mit|beim) \d$", event["title"]), event["title"]
    assert the_event(data, "hat am Samstag den Karlsruher SC")["title"].startswith("Der 1. FC Nürnberg")


# ---------------------------------------------------------------- election


def test_the_election_and_the_talks_two_days_later_are_different_events(corpus):
    data = corpus("landtagswahl")
    election = the_event(data, "hat die Landtagswahl im Saarland am Sonntag deutlich gewonnen")
    talks = the_event(data, "am Dienstag Sondierungsgespräche aufgenommen")
    assert election["id"] != talks["id"]
    assert election["date"]["value"] == "2025-03-23" and talks["date"]["value"] == "2025-03-25"
    assert talks["title"] == "CDU und SPD haben im Saarland Sondierungsgespräche aufgenommen"


def test_the_resignation_is_one_event_apart_from_the_talks_of_the_same_day(corpus):
    data = corpus("landtagswahl")
    resignation = the_event(data, "trat der Landesvorsitzende der FDP, Jürgen Mahler, von seinem Amt zurück")
    assert documents(resignation) == ["03_sondierung", "04_ruecktritt"]
    assert resignation["title"] == "Jürgen Mahler trat von seinem Amt zurück"
    assert "04_ruecktritt" not in documents(the_event(data, "am Dienstag Sondierungsgespräche aufgenommen"))
    roles = {a["name"]: a["role"] for a in resignation["actors"] if a["kind"] == "person"}
    assert roles.get("Jürgen Mahler")


def test_the_liberals_leaving_parliament_is_one_event(corpus):
    data = corpus("landtagswahl")
    out = the_event(data, "am Sonntag mit 4,3 Prozent aus dem Landtag geflogen")
    assert documents(out) == ["03_sondierung", "04_ruecktritt"]


def test_a_date_line_is_no_event_and_a_short_name_is_the_person_known_in_full(corpus):
    data = corpus("landtagswahl")
    assert not [e for e in data["events"] for s in statements(e) if s["sentence"].startswith("Saarbrücken, 24.")]
    governed = the_event(data, "Regierungschefin Rehwald hatte das Land seit 2022 allein regiert")
    assert "Anke Rehwald" in [a["name"] for a in governed["actors"]]


def test_the_election_corpus_has_no_false_date_conflict(corpus):
    assert findings(corpus("landtagswahl"), "date_conflict") == []


@pytest.mark.xfail(strict=False, reason="a plan ('sollen am 26. März beginnen') and the report of what happened "
                                       "('am Dienstag aufgenommen') share too few words to be merged across "
                                       "disjoint dates; a second round of the same talks would look alike")
def test_the_planned_start_of_the_talks_disagrees_with_the_day_they_began(corpus):
    data = corpus("landtagswahl")
    talks = the_event(data, "am Dienstag Sondierungsgespräche aufgenommen")
    assert "02_analyse" in documents(talks)


# ---------------------------------------------------------------- storm


def test_the_power_cut_is_one_event_and_its_length_is_disputed(corpus):
    data = corpus("sturm")
    cut = the_event(data, "bis zu zwölf Stunden ohne Strom")
    assert documents(cut) == ["02_schaeden", "04_strom"]
    [length] = findings(data, "duration_discrepancy")
    assert length["event"] == cut["id"]
    assert "„bis zu zwölf Stunden“" in length["explanation"] and "„mehr als 20 Stunden“" in length["explanation"]


def test_a_closure_from_friday_and_until_monday_is_no_date_conflict(corpus):
    data = corpus("sturm")
    assert findings(data, "date_conflict") == []
    reopening = the_event(data, "bleibt bis Montag gesperrt")
    assert reopening["status"] == "planned"
    if reopening["date"]["value"] == "2025-02-10":
        assert "wird gesperrt" not in reopening["title"]  # the headline of the reopening, not of the closure


def test_the_storm_in_tyrol_and_in_eastern_switzerland_are_two_events(corpus):
    data = corpus("sturm")
    tyrol = the_event(data, "hat am Samstag in Tirol schwere Schäden angerichtet")
    assert documents(tyrol) == ["02_schaeden", "04_strom"]
    assert [(p["name"], p["country"]) for p in tyrol["locations"]] == [("Tirol", "AT")]
    switzerland = the_event(data, "ist am Samstag auch über die Ostschweiz gezogen")
    assert switzerland["id"] != tyrol["id"] and documents(switzerland) == ["03_ostschweiz"]
    trains = the_event(data, "zwischen Zürich und Chur am Samstagabend")
    assert documents(trains) == ["03_ostschweiz"]


def test_storm_titles_keep_the_quoted_name_and_the_subject(corpus):
    data = corpus("sturm")
    assert the_event(data, "soll in der Nacht auf Samstag")["title"] == \
        "Das Sturmtief „Hedda“ soll vom Atlantik her die Alpen erreichen"
    assert the_event(data, "bis zu zwölf Stunden ohne Strom")["title"].startswith("Rund 12.000 Haushalte waren")
    for event in data["events"]:
        assert event["title"].split()[0].lower() not in AUXILIARIES, event["title"]


@pytest.mark.parametrize("name", sorted(p.name for p in CORPORA.iterdir() if p.is_dir()))
def test_no_headline_is_cut_and_none_is_long(corpus, name):
    for event in corpus(name)["events"]:
        assert "…" not in event["title"] and len(event["title"].split()) <= 14, event["title"]


def test_the_report_counts_its_findings_in_plain_english():
    from typer.testing import CliRunner

    from chrono.cli import app

    result = CliRunner().invoke(app, ["check", str(CORPORA / "fussball")])
    assert result.exit_code == 0
    summary = result.output.strip().splitlines()[-1]
    assert re.search(r"\(\d+ conflicts?, \d+ discrepanc(?:y|ies), \d+ notes?\)$", summary), summary
    assert "discrepancys" not in summary


def test_no_event_is_dated_to_a_day_no_article_names(corpus):
    data = corpus("landtagswahl")
    assert not [e for e in data["events"] if e["date"]["value"] == "2022-01-01"]


# ---------------------------------------------------------------- the stories with truth files


STORIES = sorted(p.parent.name for p in CORPORA.glob("*/truth.yaml"))


@pytest.fixture(scope="module")
def story_scores():
    import importlib.util

    path = Path(__file__).parent.parent / "benchmarks" / "bench_same_event.py"
    spec = importlib.util.spec_from_file_location("bench_same_event", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return {name: bench.score_story(CORPORA / name) for name in STORIES}


@pytest.mark.parametrize("story", STORIES)
def test_a_story_has_no_false_conflict_no_over_merge_and_the_place_of_every_key_event(story_scores, story):
    score = story_scores[story]
    assert score["false_conflicts"] == 0, score["false_conflict_details"]
    assert score["over_merges"] == 0 and score["precision"] == 1.0
    assert score["places"] == score["key_events"], [r for r in score["rows"] if not r["place"]]
    assert score["dates"] == score["key_events"]


@pytest.mark.parametrize("story", STORIES)
def test_most_key_events_of_a_story_come_out_whole(story_scores, story):
    score = story_scores[story]
    assert score["whole"] >= 0.7 * score["key_events"], [r["id"] for r in score["rows"] if not r["whole"]]
    assert score["recall"] >= 0.75
