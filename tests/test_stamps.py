"""Stamps: every form a page carries is read with its day, time and kind, is page metadata (never an
event), and gives the publication date with first publication and last update apart."""
from __future__ import annotations

import pytest

from chrono.ingest.boilerplate import find_boilerplate
from chrono.ingest.stamps import find_stamps, first_and_update
from chrono.pipeline import BUILDING, DATING, Corpus, run

FORMS = [
    ("Stand: 14.03.2025 18:42 Uhr", "updated", "2025-03-14T18:42"),
    ("Veröffentlicht am 3. Oktober 2025", "published", "2025-10-03"),
    ("Aktualisiert: 04.10.2025, 10:15", "updated", "2025-10-04T10:15"),
    ("Erstellt: 02.10.2025, 08.05 Uhr", "published", "2025-10-02T08:05"),
    ("zuletzt aktualisiert am 5. Mai 2025 um 10.15 Uhr", "updated", "2025-05-05T10:15"),
    ("21.09.2025, 09:12 Uhr", "plain", "2025-09-21T09:12"),
    ("Freitag, 14. März 2025", "plain", "2025-03-14"),
    ("Von Anna Muster, 02.05.2025", "byline", "2025-05-02"),
    ("Von Anna Muster, Wien, 02.05.2025, 10:15 Uhr", "byline", "2025-05-02T10:15"),
    ("(dpa) 02.05.2025", "agency", "2025-05-02"),
    ("Publiziert am 13.04.2025 19:05", "published", "2025-04-13T19:05"),
    ("14.03.2025 | 18:42 Uhr", "plain", "2025-03-14T18:42"),
    ("Fr, 14.03.2025 18:42", "plain", "2025-03-14T18:42"),
    ("Von Anna Muster | 14.03.2025, 18:42 Uhr", "byline", "2025-03-14T18:42"),
    ("Artikel vom 12. März 2024", "published", "2024-03-12"),
    ("12. März 2024 · 17:30", "plain", "2024-03-12T17:30"),
    ("Sendung vom 12.03.2024, 19:30 Uhr", "published", "2024-03-12T19:30"),
]


@pytest.mark.parametrize("line,kind,when", FORMS)
def test_each_form_is_read_with_its_kind_and_time(line, kind, when):
    stamps = find_stamps(f"Titel\n\n{line}\n\nDer Text beginnt hier. Er hat zwei Sätze.")
    assert [(s.kind, s.datetime) for s in stamps] == [(kind, when)]
    assert stamps[0].text == line


@pytest.mark.parametrize("line", [
    "Stand 2021 war das so.",
    "12.01.2022 war ein Tag, an dem vieles geschah.",
    "Am 3. Oktober 2025 tagte der Rat in Wien.",
    "Veröffentlicht wurde der Bericht am 3. Oktober 2025.",
])
def test_running_text_is_no_stamp(line):
    assert find_stamps(line) == []


def test_a_short_remainder_set_apart_does_not_hide_a_stamp():
    stamps = find_stamps("Stand: 14.03.2025 18:42 Uhr | Lesedauer 3 Minuten\n\nText.")
    assert [(s.kind, s.datetime) for s in stamps] == [("updated", "2025-03-14T18:42")]


def test_a_weekday_dated_in_brackets_is_read_but_stays_article_text():
    text = "Der Vermisste ist am Donnerstag (21.08.2025) lebend gefunden worden."
    stamps = find_stamps(text)
    assert [(s.kind, s.day.isoformat()) for s in stamps] == [("weekday", "2025-08-21")]
    assert find_boilerplate(text) == []


def test_stamps_anywhere_are_boilerplate():
    text = "Erstellt: 18.03.2025, 09:30 Uhr | Aktualisiert: 18.03.2025, 16:05 Uhr\n\nKröger wurde vereidigt.\n\nStand: 18.03.2025 17:00 Uhr"
    spans = [text[a:b] for a, b in find_boilerplate(text)]
    assert spans[0].startswith("Erstellt: 18.03.2025") and spans[0].endswith("16:05 Uhr")
    assert spans[-1].startswith("Stand: 18.03.2025 17:00")


def test_first_publication_and_last_update_are_told_apart():
    stamps = find_stamps("Aktualisiert: 19.03.2025, 08:00 Uhr\nErstellt: 18.03.2025, 09:30 Uhr\n\nText.")
    first, update = first_and_update(stamps)
    assert first.datetime == "2025-03-18T09:30" and update.datetime == "2025-03-19T08:00"


def _write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")


def test_the_publication_date_keeps_time_first_publication_and_update(tmp_path):
    _write(tmp_path, "a.txt", "Kröger vereidigt\n\nKröger legte am Dienstag in Hannover den Amtseid ab.\n\n"
                              "Erstellt: 18.03.2025, 09:30 Uhr\nAktualisiert: 19.03.2025, 16:05 Uhr\n")
    _write(tmp_path, "b.txt", "Stand: 12.03.2025 21:37 Uhr\n\nAlbers trat am Mittwochabend in Hannover zurück.\n")
    articles = {a.id: a for a in run(Corpus.read([tmp_path]), DATING).articles}
    a, b = articles["a"].published, articles["b"].published
    assert (a.value, a.precision, a.source, a.datetime, a.updated) == (
        "2025-03-18", "day", "text", "2025-03-18T09:30", "2025-03-19T16:05")
    assert (a.earliest, a.latest) == ("2025-03-18", "2025-03-18")
    # only a "Stand" (a last update) on the page: that day, a little less sure, no first publication time
    assert (b.value, b.datetime, b.updated) == ("2025-03-12", None, "2025-03-12T21:37")
    assert b.confidence < a.confidence


def test_stamps_never_become_events(tmp_path):
    _write(tmp_path, "a.txt", "Stand: 12.03.2025 21:37 Uhr\n\nAlbers trat am Mittwochabend in Hannover zurück.\n\n"
                              "Veröffentlicht am 12. März 2025\n")
    corpus = run(Corpus.read([tmp_path]), BUILDING)
    sentences = [s["sentence"] for e in corpus.events for s in e["sources"]]
    assert sentences and not any("Stand" in s or "Veröffentlicht" in s for s in sentences)
    assert all("12.03.2025" not in m.text and "12. März" not in m.text for m in corpus.articles[0].mentions)


def test_a_stamp_without_its_year_gives_the_day_the_rest_puts_in_a_year(tmp_path):
    stamps = find_stamps("Stand: 14.03. 18:42 Uhr")
    assert [(s.kind, s.month_day, s.time) for s in stamps] == [("updated", (3, 14), "18:42")]
    _write(tmp_path, "e.txt", " date 2025-03\n\nAlbers trat am Mittwochabend zurück. Kröger wurde am Donnerstag "
                              "benannt.\n\nStand: 14.03. 18:42 Uhr\n")
    [article] = run(Corpus.read([tmp_path]), DATING).articles
    assert (article.published.value, article.published.precision) == ("2025-03-14", "day")


@pytest.mark.parametrize("opening", ["WIEN (APA) 02.05.2025 - ", "(dpa) 02.05.2025 – ", "Bern (sda), 02.05.2025: ",
                                     "Brüssel, 02.05.2025 - "])
def test_a_datelines_date_before_the_text_is_the_publication_day_and_no_mention(tmp_path, opening):
    _write(tmp_path, "a.txt", f"Brücke eröffnet\n\n{opening}Die Brücke wurde am Freitag eröffnet.\n")
    article = run(Corpus.read([tmp_path]), BUILDING).articles[0]
    assert (article.published.value, article.published.source, article.published.conflicts) == ("2025-05-02", "text", [])
    assert [m.text for m in article.mentions] == ["Freitag"]


def test_a_date_in_apposition_at_the_start_of_a_sentence_stays_article_text():
    text = "Am Mittwoch, 12.01.2022, trafen sich die Minister in Brüssel."
    assert find_boilerplate(text) == []
