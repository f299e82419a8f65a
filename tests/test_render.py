"""The timeline page: lanes, markers and bands, German wording, escaping, and ``chrono render``."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hostile import hostile
from typer.testing import CliRunner

from chrono.cli import app
from chrono.render import render_timeline, write_timeline
from chrono.render.figure import build_figure, hover_text
from chrono.render.labels import describe_date, format_day, is_point
from chrono.render.layout import focus_week, place_events
from chrono.render.script_data import json_for_script

DATA = Path(__file__).parent / "data" / "render"


@pytest.fixture(scope="module")
def chronology() -> dict:
    return json.loads((DATA / "chronology.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(chronology) -> str:
    return render_timeline(chronology, "cdn")


def _event(chronology: dict, place: str, sources: int) -> dict:
    return next(e for e in chronology["events"]
                if any(loc["name"] == place for loc in e["locations"]) and len(e["sources"]) == sources)


def _page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="chrono-data">(.*?)</script>', html, re.DOTALL)
    assert match, "the page carries its data in one JSON script element"
    return json.loads(match.group(1))


def test_render_reports_a_chronology_that_breaks_the_schema(chronology, tmp_path):
    broken = json.loads(json.dumps(chronology))
    broken["events"][0]["status"] = "maybe"
    source = tmp_path / "chronology.json"
    source.write_text(json.dumps(broken), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(source)])
    assert result.exit_code == 2
    assert "does not match the chronology schema" in result.output and "status" in result.output


# ---------------------------------------------------------------- German dates

def test_a_day_is_written_out_in_german():
    import datetime as dt

    assert format_day(dt.date(2022, 1, 12)) == "Mittwoch, 12. Januar 2022"


@pytest.mark.parametrize("date, expected", [
    ({"value": "2022-01-12T10:07", "earliest": "2022-01-12T10:07", "latest": "2022-01-12T10:07"},
     "Mittwoch, 12. Januar 2022, 10:07 Uhr"),
    ({"value": "2022-01-12TEV", "earliest": "2022-01-12T18:00", "latest": "2022-01-12T23:59"},
     "Mittwoch, 12. Januar 2022, abends"),
    ({"value": "2021-12", "mod": "START", "earliest": "2021-12-01", "latest": "2021-12-10"},
     "Anfang Dezember 2021 (1.–10. Dez. 2021)"),
    ({"value": "2011/2018", "earliest": "2011-01-01", "latest": "2018-12-31"}, "2011–2018"),
    ({"value": "2021-FA", "earliest": "2021-09-01", "latest": "2021-11-30"}, "Herbst 2021 (September–November 2021)"),
    ({"value": "2019-07", "earliest": "2019-07-01", "latest": "2019-07-31"}, "Juli 2019"),
])
def test_fuzzy_and_exact_dates_are_described_in_german(date, expected):
    assert describe_date(date) == expected


def test_day_and_clock_times_are_points_and_coarser_dates_are_bands(chronology):
    kinds = {e["id"]: is_point(e["date"]) for e in chronology["events"]}
    assert kinds["E009"] and kinds["E010"]  # a day; a clock time
    assert not kinds["E004"] and not kinds["E001"] and not kinds["E011"]  # Anfang Dezember; 2011-2018; evening


# ---------------------------------------------------------------- lanes and marks

def test_lanes_follow_the_diplomatic_sequence(chronology):
    _, lanes = place_events(chronology)
    names = [lane.name for lane in lanes]
    assert names.index("Genf") < names.index("Brüssel") < names.index("Wien")
    assert names[-1] == "ohne Ort"


def test_events_in_one_lane_on_the_same_day_get_their_own_rows(chronology):
    placed, _ = place_events(chronology)
    brussels_day = [p for p in placed if p.lane == "Brüssel" and p.start.date().isoformat() == "2022-01-12"]
    assert len(brussels_day) == 2
    assert len({p.y for p in brussels_day}) == 2


def test_every_event_gets_exactly_one_mark(chronology):
    placed, lanes = place_events(chronology)
    figure = build_figure(placed, lanes).to_plotly_json()
    ids = [i for t in figure["data"] if t["meta"]["role"] == "event" for i in t["customdata"]]
    assert sorted(ids) == sorted(e["id"] for e in chronology["events"])


def test_fuzzy_dates_are_bands_from_earliest_to_latest(chronology):
    placed, lanes = place_events(chronology)
    figure = build_figure(placed, lanes).to_plotly_json()
    bands = next(t for t in figure["data"] if t["meta"].get("kind") == "band" and not t["meta"]["planned"])
    index = list(bands["customdata"]).index("E004")  # Anfang Dezember 2021
    assert bands["base"][index].startswith("2021-12-01")
    assert bands["x"][index] == 10 * 86_400_000  # ten days, 1 to 10 December inclusive


def test_planned_events_are_drawn_apart_from_events_that_happened(chronology):
    placed, lanes = place_events(chronology)
    figure = build_figure(placed, lanes).to_plotly_json()
    planned = {i for t in figure["data"] if t["meta"].get("planned") for i in t["customdata"]}
    assert planned == {e["id"] for e in chronology["events"] if e["status"] in ("planned", "expected")}


def test_nested_statements_are_shown_with_the_date_they_take_from_context(page):
    event = next(e for e in _page_data(page)["events"] if e["id"] == "E009")
    zdf = next(s for s in event["sources"] if s["outlet"] == "ZDF")
    assert [q["fromContext"] for q in zdf["quotes"]] == [False, True]
    statement = zdf["quotes"][1]
    assert statement["contextWords"] == "am Mittwoch" and statement["contextResolved"] == "Mittwoch, 12. Januar 2022"
    start, end = statement["mark"]
    assert statement["sentence"][start:end] == "rund vier Stunden"


def test_hover_lists_only_the_words_that_date_the_event(chronology):
    text = hover_text(_event(chronology, "Brüssel", sources=5), "Brüssel")
    assert "ZDF (12.01.2022): „am Mittwoch“" in text
    assert "rund vier Stunden" not in text


def test_sentences_of_one_article_count_as_one_source(chronology):
    event = json.loads(json.dumps(_event(chronology, "Brüssel", sources=5)))
    event["sources"].append(dict(event["sources"][1], sentence="Noch ein Satz am Mittwoch."))
    text = hover_text(event, "Brüssel")
    assert "5 Quellen" in text and text.count("Ostsee-Zeitung") == 1


def test_marker_size_grows_with_the_number_of_sources(chronology):
    placed, lanes = place_events(chronology)
    points = next(t for t in build_figure(placed, lanes).to_plotly_json()["data"]
                  if t["meta"].get("kind") == "point" and not t["meta"]["planned"])
    size = dict(zip(points["customdata"], points["marker"]["size"], strict=True))
    assert size["E009"] > size["E007"] > size["E008"]  # five, three, one source


def test_events_with_findings_get_a_badge(chronology):
    placed, lanes = place_events(chronology)
    figure = build_figure(placed, lanes).to_plotly_json()
    badges = next(t for t in figure["data"] if t["meta"]["role"] == "badge")
    assert set(badges["customdata"]) == {e["id"] for e in chronology["events"] if e["findings"]}
    assert badges["mode"] == "text"  # a sign, not another marker


def test_hover_names_the_date_in_german_and_each_source(chronology):
    text = hover_text(_event(chronology, "Brüssel", sources=5), "Brüssel")
    assert "Mittwoch, 12. Januar 2022" in text
    assert "Nato-Russland-Rat tagt in Brüssel" in text
    assert "ZDF (12.01.2022): „am Mittwoch“" in text
    assert "dpa (07.01.2022): „Für Mittwoch“" in text


def test_hover_on_a_band_spells_out_earliest_and_latest_day(chronology):
    event = next(e for e in chronology["events"] if e["id"] == "E004")  # Anfang Dezember 2021
    text = hover_text(event, "Ukraine")
    assert "Anfang Dezember 2021" in text
    assert "frühestens Mittwoch, 1. Dezember 2021, spätestens Freitag, 10. Dezember 2021" in text


def test_the_focus_week_is_the_week_with_most_dated_events(chronology):
    placed, _ = place_events(chronology)
    week = focus_week(placed)
    assert week is not None
    assert [d.isoformat() for d in week] == ["2022-01-10", "2022-01-16"]


# ---------------------------------------------------------------- the page

def test_page_has_german_controls_list_and_findings(chronology, page):
    assert '<html lang="de">' in page
    for text in ("Chronologie", "Kernwoche 10.–16. Jan. 2022", "Alles", "Quellen", "Orte", "Suchen",
                 "Chronologie als Liste", "Befunde"):
        assert text in page
    assert page.count("<tr data-event-id=") == len(chronology["events"])
    assert page.count('data-finding-id="') == len(chronology["findings"])


def test_page_data_highlights_the_date_expression_in_each_sentence(page):
    data = _page_data(page)
    event = next(e for e in data["events"] if e["id"] == "E009")
    assert len(event["sources"]) == 5
    for source in event["sources"]:
        for quote in source["quotes"]:
            start, end = quote["mark"]
            assert quote["sentence"][start:end] == quote["words"]


def test_inline_page_needs_no_network(chronology, tmp_path):
    html = write_timeline(chronology, tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<script src=" not in html
    assert len(html) > 1_000_000  # plotly.js is inside


def test_cdn_page_is_small_and_loads_plotly_with_integrity(page):
    assert len(page) < 300_000
    assert re.search(r'<script src="https://[^"]+plotly[^"]+" integrity="sha384-', page)


def test_unknown_plotlyjs_mode_is_refused(chronology):
    with pytest.raises(ValueError, match="plotlyjs"):
        render_timeline(chronology, "directory")


def test_an_empty_chronology_still_renders():
    html = render_timeline({"events": [], "documents": [], "findings": []}, "cdn")
    assert "0 Ereignisse aus 0 Quellen" in html and "Keine Befunde." in html


def test_an_event_without_a_position_in_time_is_listed_but_not_drawn():
    chronology = {"events": [{"id": "E1", "title": "Lage derzeit angespannt", "sources": [],
                              "date": {"value": "PRESENT_REF", "earliest": None, "latest": None}}]}
    html = render_timeline(chronology, "cdn")
    assert '<tr data-event-id="E1">' in html and "Gegenwart" in html
    assert not [t for t in _page_data(html)["figure"]["data"] if t["customdata"]]


# ---------------------------------------------------------------- safety

def test_script_data_cannot_close_its_element():
    text = json_for_script({"a": "</script><script>alert(1)</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["a"].startswith("</script>")


def test_hostile_article_text_is_escaped_everywhere(chronology):
    html = render_timeline(hostile(chronology), "cdn")
    for raw in ("<script>window.__xss", "<img src=x", "<svg onload", "<b onmouseover", "javascript:"):
        assert raw not in html, raw
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html  # shown as text in the list and filter
    assert len(re.findall(r"<script\b", html)) == 3  # the data block, plotly.js, the page script


def test_page_allows_only_its_own_scripts(page):
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "script-src 'sha256-" in policy or "script-src https://" in policy
    assert "unsafe-inline" not in policy.split("style-src")[0]
    assert "unsafe-eval" not in policy


# ---------------------------------------------------------------- chrono render

def test_render_writes_timeline_next_to_the_chronology(chronology, tmp_path):
    source = tmp_path / "chronology.json"
    source.write_text(json.dumps(chronology), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(source), "--plotlyjs", "cdn"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "timeline.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_render_out_option_names_the_file(chronology, tmp_path):
    source = tmp_path / "chronology.json"
    source.write_text(json.dumps(chronology), encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(source), "--out", str(tmp_path / "x" / "page.html"),
                                      "--plotlyjs", "cdn"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x" / "page.html").is_file()


@pytest.mark.parametrize("content, message", [
    (None, "file not found"),
    ("{not json", "is not valid JSON"),
    ("[1, 2]", "not a chronology"),
    ('{"events": [{"id": "E1"}]}', "no 'date' object"),
])
def test_render_reports_a_bad_chronology_in_one_line(tmp_path, content, message):
    source = tmp_path / "chronology.json"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(source)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(source) in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "timeline.html").exists()


# ---------------------------------------------------------------- names, uncertainty, phone and print

def test_sources_are_named_by_outlet_else_title_else_a_short_file_name():
    from chrono.render.names import document_label, looks_like_hash, source_label

    assert document_label({"id": "a", "source": "ZDF", "title": "Titel"}) == "ZDF"
    assert document_label({"id": "a", "source": None, "title": "Fäuste statt Handschlag"}) == "Fäuste statt Handschlag"
    assert document_label({"id": "001_34bd4c034684475a", "file": "seeds/001_34bd4c034684475a.txt"}) == "Artikel 001"
    assert document_label({"id": "x", "file": "texte/02_schaeden.md"}) == "02 schaeden"
    assert source_label({"document": "004_efb81cc9e588d8cb", "outlet": None}) == "Artikel 004"
    assert looks_like_hash("001_34bd4c034684475a") and not looks_like_hash("Nato-Russland-Rat 2022")


def test_no_source_on_the_page_is_named_by_a_hash(chronology):
    from chrono.render.names import looks_like_hash

    data = json.loads(json.dumps(chronology))
    for doc in data["documents"]:
        doc.update(source=None, title=None)
    for event in data["events"]:
        for source in event["sources"]:
            source["outlet"] = None
    html = render_timeline(data, "cdn")
    shown = re.sub(r"<script.*?</script>|data-[a-z-]+=\"[^\"]*\"|value=\"[^\"]*\"", "", html, flags=re.DOTALL)
    assert not looks_like_hash(shown)
    outlets = {s["outlet"] for e in _page_data(html)["events"] for s in e["sources"]}
    assert outlets and not any(looks_like_hash(o) for o in outlets) and "Artikel 002" in outlets


def test_approximate_dates_and_known_spans_are_drawn_apart(chronology):
    placed, lanes = place_events(chronology)
    figure = build_figure(placed, lanes).to_plotly_json()
    bands = {i: t["meta"]["fuzzy"] for t in figure["data"] if t["meta"].get("kind") == "band" for i in t["customdata"]}
    assert bands["E001"] is False  # von 2011 bis 2018: start and end are known
    assert bands["E004"] is True and bands["E003"] is True  # Anfang Dezember, im Herbst
    known = next(t for t in figure["data"] if t["meta"].get("kind") == "band" and not t["meta"]["fuzzy"])
    fuzzy = next(t for t in figure["data"] if t["meta"].get("kind") == "band" and t["meta"]["fuzzy"])
    assert known["marker"]["line"]["width"] > 0 and fuzzy["marker"]["line"]["width"] == 0
    assert known["marker"]["color"] != fuzzy["marker"]["color"]


def test_day_ticks_stand_in_the_middle_of_the_day_like_its_markers(chronology):
    placed, lanes = place_events(chronology)
    layout = build_figure(placed, lanes).to_plotly_json()["layout"]
    assert layout["xaxis"]["ticklabelmode"] == "period"
    point = next(p for p in placed if p.point and "T" not in p.event["date"]["earliest"])
    assert point.x.hour == 12  # the middle of its day, under the day's label


def test_the_phone_timeline_lists_every_event_with_date_sources_and_badge(chronology, page):
    items = re.findall(r'<li class="pt-item" data-event-id="([^"]+)">(.*?)</li>', page, re.DOTALL)
    assert [i for i, _ in items] == [e["id"] for e in chronology["events"]]
    brussels = dict(items)["E009"]
    assert "Mittwoch, 12. Januar 2022" in brussels and "ZDF" in brussels and "⚠" in brussels


def test_print_shows_the_source_sentences_urls_and_the_build_date(chronology):
    import datetime as dt

    data = json.loads(json.dumps(chronology))
    data["documents"][1]["url"] = "https://zeitung.example/nato.html"
    html = render_timeline(data, "cdn", built=dt.date(2026, 3, 4))
    sentence = data["events"][0]["sources"][0]["sentence"]
    assert f'<span class="src-sentence">{sentence}</span>' in html
    assert '<span class="src-url">https://zeitung.example/nato.html</span>' in html
    assert "am 04.03.2026" in html
    assert 'id="chrono-print-chart"' in html and "@media print" in html


def test_toolbar_offers_only_german_zoom_reset_and_download():
    from chrono.render.html import _app_script
    from chrono.render.labels import plotly_locale

    script = _app_script()
    assert 'modeBarButtons: [["zoomIn2d", "zoomOut2d", "resetScale2d", downloadButton]]' in script
    assert "showSendToCloud: false" in script and "displaylogo: false" in script
    words = plotly_locale()["dictionary"]
    assert words["Zoom in"] == "Vergrößern" and words["Reset axes"] == "Achsen zurücksetzen"


def test_finding_values_on_the_page_are_in_words(page):
    data = _page_data(page)
    values = [s["value"] for f in data["findings"].values() for s in f["sources"]]
    assert values and not any(re.search(r"\bP\d|T\d\d:|\d{4}-W\d", v) for v in values)


@pytest.mark.parametrize("value, words", [
    ("PT5H (LESS_THAN)", "höchstens fünf Stunden"), ("PT4H (APPROX)", "rund vier Stunden"),
    ("P2.5Y", "zweieinhalb Jahre"), ("PT1H", "eine Stunde"), ("2022-W02", "KW 2/2022"),
    ("2022-01-10", "Montag, 10. Januar 2022"), ("2022-01-12TEV", "Mittwoch, 12. Januar 2022, abends"),
])
def test_values_are_put_into_words(value, words):
    from chrono.render.labels import value_words

    assert value_words(value) == words


def test_the_alles_view_breaks_its_axis_so_the_focus_week_keeps_most_of_the_width(chronology):
    from chrono.render.context_axis import broken_axis

    placed, _ = place_events(chronology)
    broken = broken_axis(placed)
    assert broken is not None
    panels = {p["axis"]: p for p in broken["panels"]}
    core = next(p for p in broken["panels"] if p["core"])
    assert core["domain"][1] - core["domain"][0] >= 0.5
    assert broken["panel"]["E009"] == core["axis"]  # the Brussels meeting of the focus week
    assert panels[broken["panel"]["E001"]]["domain"][1] <= core["domain"][0]  # 2011-2018: before it
    assert len(set(broken["panel"])) == len(chronology["events"])  # every event in one panel
    assert all(a["domain"][1] < b["domain"][0] for a, b in zip(broken["panels"], broken["panels"][1:]))


def test_a_short_chronology_keeps_one_axis(chronology):
    from chrono.render.context_axis import broken_axis

    placed, _ = place_events(chronology)
    week = [p for p in placed if p.point]
    assert broken_axis(week) is None
