"""chrono.tag on running text: extents, offsets, signals, tense and no false dates."""
import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest

import chrono

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
SEEDS = ROOT / "seeds"


def test_offsets_refer_to_the_text_exactly_as_given():
    text = "Vorspann\r\n\nDer Rat tagte am Mittwoch in Brüssel."
    for m in chrono.tag(text, published="2022-01-12"):
        assert text[m.start:m.end] == m.text


def test_the_extent_leaves_out_the_preposition_and_keeps_determiners_and_modifiers():
    text = "Russland hatte in der Woche vor Weihnachten und Anfang Dezember 2021 Truppen verlegt."
    texts = [m.text for m in chrono.tag(text, published="2022-01-07")]
    assert texts == ["der Woche vor Weihnachten", "Anfang Dezember 2021"]


def test_a_preposition_that_changes_the_meaning_is_the_signal():
    [since] = chrono.tag("Erstmals seit zweieinhalb Jahren tagte der Rat.", published="2022-01-12")
    assert (since.value, since.signal, since.type) == ("P30M", "seit", "DURATION")


def test_the_tense_of_the_sentence_decides_an_open_weekday():
    past, plan = chrono.tag("Am Montag hatte er gesprochen. Am Donnerstag soll es weitergehen.",
                            published=dt.date(2022, 1, 12))
    assert (past.value, past.tense) == ("2022-01-10", "past")
    assert (plan.value, plan.tense) == ("2022-01-13", "future")


def test_a_forced_tense_overrides_the_sentence():
    [m] = chrono.tag("am Montag", published="2022-01-12", tense="future")
    assert m.value == "2022-01-17"


def test_without_a_reference_date_relative_values_stay_open_and_absolute_ones_resolve():
    relative, absolute = chrono.tag("Am Mittwoch, zum ersten Mal seit Juli 2019.")
    assert relative.value is None and relative.relative
    assert absolute.value == "2019-07" and not absolute.relative


def test_counts_codes_and_words_like_weekday_abbreviations_are_no_dates():
    text = ("Vertreter aller 30 Nato-Staaten und rund 100.000 Soldaten, 1000 Soldaten, das System 9M729 "
            "(Nato-Code: SSC-8). Die Nato sagte: So geht es nicht. Mi und Do sind Abkürzungen.")
    assert chrono.tag(text, published="2022-01-12") == []


def test_tagging_can_be_limited_to_regions_of_a_text():
    text = "Am Montag tagte der Rat.\nCookie-Hinweis: heute gültig."
    mentions = chrono.tag(text, published="2022-01-12", spans=[(0, 24)])
    assert [m.text for m in mentions] == ["Montag"]


def test_the_dev_gold_scores_at_least_095_value_f1_with_the_reference_scorer(tmp_path):
    system = {}
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (SEEDS / gold["document"]).read_text(encoding="utf-8")
        system[gold["document"]] = [m.to_dict() for m in chrono.tag(text, published=gold["dct"])]
    out = tmp_path / "system.json"
    out.write_text(json.dumps(system), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "tools" / "score_timex.py"), str(GOLD), str(out),
                          "--texts", str(SEEDS), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(run.stdout)
    assert scores["value"]["f1"] >= 0.95
    assert scores["strict"]["f1"] >= 0.90


def test_the_two_ends_of_a_range_are_linked_to_each_other():
    start, end = chrono.tag("Er war von 2011 bis 2018 Botschafter bei der Nato.", published="2022-01-12")
    assert (start.value, end.value) == ("2011", "2018")
    assert (start.range_with, end.range_with) == (end.start, start.start)
    first, second = chrono.tag("am Montag und am Mittwoch", published="2022-01-12")
    assert first.range_with is None and second.range_with is None


@pytest.mark.parametrize("folder", ["heldout", "heldout2"])
def test_the_independent_gold_sets_score_at_least_090_value_f1(folder):
    """Two sets of eight articles annotated independently of the rules (first scored at value F1
    0.813 and 0.855, before any rule was changed because of them); this guards what has been reached."""
    from chrono.temporal.evaluate import evaluate

    heldout = ROOT / "tests" / "data" / folder
    score = evaluate(heldout / "gold", heldout / "texts",
                     lambda text, dct: [m.to_dict() for m in chrono.tag(text, published=dct)])
    assert score.prf("value")[2] >= 0.90
    assert score.prf("relaxed")[2] >= 0.95
