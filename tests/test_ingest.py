"""Reading articles: encodings, line ends, front matter, JSONL, manifests and boilerplate."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chrono.errors import InputError
from chrono.ingest.boilerplate import find_boilerplate, find_date_line
from chrono.ingest.files import iter_articles, read_text

DATA = Path(__file__).parent / "data" / "ingest"
SEEDS = Path(__file__).parent.parent / "seeds"
BODY = "Wien Die Gespräche über Sicherheitsgarantien begannen am Montag in Wien.\n"


def by_id(articles):
    return {a.id: a for a in articles}


# ---------------------------------------------------------------- encodings and line ends


def test_utf8_bom_is_kept_so_offsets_match_a_plain_utf8_read():
    text = read_text(DATA / "bom.txt")
    assert text == (DATA / "bom.txt").read_text(encoding="utf-8")
    assert text.startswith("\ufeffWien Die Gespräche")


def test_front_matter_after_a_bom_is_found(tmp_path):
    path = tmp_path / "fm.txt"
    path.write_bytes(b"\xef\xbb\xbf---\ntitle: T\npublished: 2022-01-12\n---\nAm Mittwoch tagte der Rat.\n")
    [article] = iter_articles([path])
    assert article.title == "T" and article.text.startswith("Am Mittwoch")


def test_cp1252_file_is_detected_and_decoded():
    text = read_text(DATA / "cp1252.txt")
    assert text.startswith(BODY)
    assert "Außenminister äußerte sich zurückhaltend" in text


def test_windows_line_ends_become_newlines_so_offsets_match_the_returned_text():
    text = read_text(DATA / "crlf.txt")
    assert "\r" not in text
    assert text == read_text(DATA / "bom.txt").removeprefix("\ufeff")


def test_empty_file_is_an_input_error_naming_the_file(tmp_path):
    empty = tmp_path / "leer.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="leer.txt.*empty"):
        read_text(empty)


def test_binary_file_is_an_input_error_with_a_fix(tmp_path):
    binary = tmp_path / "bild.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as info:
        read_text(binary)
    assert "bild.txt" in str(info.value) and "plain text" in str(info.value)


# ---------------------------------------------------------------- front matter


def test_yaml_front_matter_gives_metadata_and_offsets_refer_to_the_body():
    (article,) = iter_articles([DATA / "front_matter.md"])
    assert article.title == "Gespräche in Wien"
    assert article.source == "Beispielzeitung"
    assert article.url == "https://example.org/wien"
    assert article.text == BODY + "Der Außenminister äußerte sich zurückhaltend.\n"
    assert (article.published.value, article.published.precision, article.published.source) == (
        "2022-01-12", "day", "given")
    assert "front matter" in article.published.evidence[0]


def test_json_front_matter_with_a_month_only_date():
    (article,) = iter_articles([DATA / "front_matter_json.txt"])
    assert article.text.startswith("Wien Die Gespräche")
    assert (article.published.value, article.published.precision) == ("2022-01", "month")


def test_front_matter_without_closing_line_is_an_input_error(tmp_path):
    broken = tmp_path / "kaputt.md"
    broken.write_text("---\ntitle: x\nText ohne Ende\n", encoding="utf-8")
    with pytest.raises(InputError, match="closing '---'"):
        list(iter_articles([broken]))


def test_bad_published_value_names_the_fix(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\npublished: gestern\n---\nText.\n", encoding="utf-8")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        list(iter_articles([bad]))


# ---------------------------------------------------------------- JSONL and manifests


def test_jsonl_articles_come_one_per_line_with_their_fields():
    articles = by_id(iter_articles([DATA / "corpus.jsonl"]))
    assert list(articles) == ["a1", "a2", "a3"]
    assert articles["a1"].published.value == "2022-01-12" and articles["a1"].source == "Blatt A"
    assert articles["a2"].title == "Rat in Genf" and articles["a2"].published is None
    assert articles["a2"].text == "Der Rat kam am Mittwoch in Genf zusammen.\nEs war das erste Treffen."


def test_jsonl_is_streamed_line_by_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x", "text": "Eins."}\n{"id": "y", "text": "Zwei."}\nnot json\n', encoding="utf-8")
    stream = iter_articles([corpus])
    assert next(stream).id == "x"
    assert next(stream).id == "y"
    with pytest.raises(InputError, match=r"c\.jsonl:3"):
        next(stream)


def test_jsonl_line_without_text_is_an_input_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="'text'"):
        list(iter_articles([corpus]))


def test_csv_manifest_gives_published_source_url_title():
    articles = by_id(iter_articles([DATA / "cp1252.txt"], manifest=DATA / "manifest.csv"))
    article = articles["cp1252"]
    assert (article.published.value, article.published.source) == ("2022-01-10", "given")
    assert (article.source, article.url, article.title) == ("Wiener Blatt", "https://example.org/a", "Wien")
    assert "manifest" in article.published.evidence[0]


def test_semicolon_separated_manifest_with_a_bom_is_read(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes(b"\xef\xbb\xbffile;published;source\ncrlf.txt;2022-01-09;Blatt C\n")
    (article,) = iter_articles([DATA / "crlf.txt"], manifest=manifest)
    assert (article.published.value, article.source) == ("2022-01-09", "Blatt C")


def test_json_manifest_applies_to_files_and_jsonl_ids():
    articles = by_id(iter_articles([DATA / "bom.txt", DATA / "corpus.jsonl"], manifest=DATA / "manifest.json"))
    assert articles["bom"].published.value == "2022-01-11" and articles["bom"].source == "Blatt B"
    assert articles["a3"].published.value == "2022-01-14"


def test_published_option_applies_to_a_single_file_only():
    (article,) = iter_articles([DATA / "crlf.txt"], published=dt.date(2022, 1, 12))
    assert article.published.value == "2022-01-12"
    assert "--published" in article.published.evidence[0]
    with pytest.raises(InputError, match="single"):
        list(iter_articles([DATA], published=dt.date(2022, 1, 12)))


def test_a_folder_yields_its_text_and_jsonl_files_in_name_order():
    ids = [a.id for a in iter_articles([SEEDS])]
    assert ids == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_missing_input_is_an_input_error():
    with pytest.raises(InputError, match="no such file"):
        list(iter_articles(["/nonexistent/folder"]))


def test_manifest_that_is_not_json_is_an_input_error(tmp_path):
    manifest = tmp_path / "m.json"
    manifest.write_text("{nope", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        list(iter_articles([DATA / "bom.txt"], manifest=manifest))


# ---------------------------------------------------------------- boilerplate


def covered(text: str, spans, phrase: str) -> bool:
    start = text.index(phrase)
    return any(s <= start and start + len(phrase) <= e for s, e in spans)


def test_label_lines_credits_and_bylines_are_boilerplate():
    text = ("Startseite\nMehr zum Thema\nDer Minister reiste am Montag nach Paris.\n"
            "Bild: Max Muster/dpa\nVon Erika Beispiel, Paris\nDie Gespräche dauerten drei Stunden.\n")
    spans = find_boilerplate(text)
    for phrase in ("Startseite", "Mehr zum Thema", "Bild: Max Muster/dpa", "Von Erika Beispiel, Paris"):
        assert covered(text, spans, phrase), phrase
    for phrase in ("Der Minister reiste am Montag nach Paris.", "Die Gespräche dauerten drei Stunden."):
        assert not covered(text, spans, phrase), phrase


def test_a_trailing_run_of_site_furniture_is_boilerplate_but_an_article_line_about_browsers_is_not():
    text = ("Die Behörde warnte am Dienstag vor einer Lücke im Browser.\n\n"
            "Der Hersteller kündigte ein Update an.\n\n"
            "Diese Webseite verwendet Cookies. Mit Ihrer Einwilligung zustimmen.\n\n"
            "Zum Login\n\n"
            "Newsletter abonnieren und Push-Mitteilungen im Browser erhalten.\n")
    spans = find_boilerplate(text)
    assert not covered(text, spans, "Die Behörde warnte am Dienstag vor einer Lücke im Browser.")
    assert not covered(text, spans, "Der Hersteller kündigte ein Update an.")
    for phrase in ("Diese Webseite verwendet Cookies.", "Zum Login", "Newsletter abonnieren"):
        assert covered(text, spans, phrase), phrase


def test_date_line_is_found_and_marked():
    line = "Stand: 12.01.2022, 14:35 Uhr"
    _, date_start, end = find_date_line(line)
    assert line[date_start:end] == "12.01.2022, 14:35 Uhr"
    assert covered(line, find_boilerplate(line), "12.01.2022")
    assert find_date_line("Stand der Dinge ist 2022 schlecht") is None


def test_seed_002_web_furniture_is_boilerplate_and_its_article_text_is_not():
    (article,) = iter_articles([SEEDS / "002_7193a20db939d4fa.txt"])
    text, spans = article.text, article.boilerplate
    tail = text.index("Zur Merkliste hinzugefügt")
    assert any(s <= tail and e == len(text.rstrip()) for s, e in spans), "the trailing block is one span"
    assert covered(text, spans, "Sie sind hier:") and covered(text, spans, "Datum:")
    for phrase in ("Erstmals seit zweieinhalb Jahren kam in Brüssel am Mittwoch", "Jens Stoltenberg am 12.01.2022",
                   "US-Delegationsleiterin Sherman sagte nach dem Treffen"):
        assert not covered(text, spans, phrase), phrase


def test_photo_credit_is_boilerplate_but_the_caption_before_it_is_not():
    (article,) = iter_articles([SEEDS / "001_34bd4c034684475a.txt"])
    text = article.text
    caption = "Nato-Generalsekretär Jens Stoltenberg."
    assert not covered(text, article.boilerplate, caption)
    credit_start = text.index("Foto:", text.index(caption))
    assert any(s <= credit_start < e for s, e in article.boilerplate)


def test_an_outlet_named_before_a_quote_in_running_text_is_not_a_credit():
    text = ("Der Wirt stand am Morgen vor der Ruine. Ein Nachbar zu BILD: „Ich habe alles brennen sehen.“ "
            "Am Montag beginnt der Abriss.\nDie Halle brannte nieder. Bild: Max Muster/dpa\n")
    spans = find_boilerplate(text)
    assert not covered(text, spans, "„Ich habe alles brennen sehen.“")
    assert not covered(text, spans, "Am Montag beginnt der Abriss.")
    assert covered(text, spans, "Bild: Max Muster/dpa")


def test_jsonl_article_text_round_trips_through_json(tmp_path):
    record = {"id": "q", "text": "Zitat: „Wir sehen uns am Montag.“ – Ende."}
    corpus = tmp_path / "q.jsonl"
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = iter_articles([corpus])
    assert article.text == record["text"]


def test_a_given_date_as_publishers_write_it_is_read():
    from chrono.ingest.frontmatter import given_published

    assert given_published("12. Januar 2022", "front matter", "a.txt").value == "2022-01-12"
    assert given_published("Wed, 12 Jan 2022 08:30:00 GMT", "front matter", "a.txt").value == "2022-01-12"
    assert given_published("12.01.2022", "front matter", "a.txt").value == "2022-01-12"
