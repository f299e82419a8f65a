"""Headlines as a sub-editor would write them: who did what, where, from the main clause, complete
and short. Each case is a sentence of the test corpora (tests/data/corpora) with the headline of
the event candidate it makes."""
from __future__ import annotations

from pathlib import Path

import pytest

from chrono import pipeline

CORPORA = Path(__file__).parent / "data" / "corpora"

CASES = [
    ("brand", "Ein Großbrand hat am Dienstagabend ein Sägewerk", "Ein Großbrand hat ein Sägewerk in der Oberpfalz zerstört"),
    ("brand", "Das Feuer brach gegen 21.15 Uhr", "Das Feuer brach in einer Lagerhalle aus"),
    ("brand", "Am Mittwochmorgen gab das Landratsamt", "Am Mittwochmorgen gab das Landratsamt Entwarnung"),
    ("brand", "Nach dem Großbrand in einem Sägewerk in Bad Kötzting im Landkreis Cham",
     "Nach dem Großbrand in einem Sägewerk hat das Landratsamt Entwarnung gegeben"),
    ("brand", "Die Regionalbahn von Cham nach Lam", "Die Regionalbahn von Cham nach Lam fuhr nicht"),
    ("brand", "Es war kurz nach neun Uhr am Dienstagabend", "Die Sirenen heulten in Bad Kötzting"),
    ("bergsturz", "Es war kurz nach halb drei Uhr morgens", "Der Berg kam"),
    ("brand", "Innenminister Karl Steinmetz will am Freitag", "Innenminister Karl Steinmetz will die Brandstelle besuchen"),
    ("brand", "Der 1. FC Bad Kötzting sagte", "Der 1. FC Bad Kötzting sagte sein Heimspiel ab"),
    ("brand", "gegen 17.30 Uhr kam es auf der B85", "Verkehrsunfall auf der B85 bei Cham"),
    ("brand", "Die Anwohner in der Siedlung", "Die Anwohner in der Siedlung hinter dem Werk mussten raus"),
    ("brand", "Zwei Tage nach dem Großbrand", "Zwei Tage nach dem Großbrand hat die Polizei einen Verdächtigen festgenommen"),
    ("brand", "weil ihm im Januar gekündigt", "Ihm war gekündigt worden"),
    ("brand", "Ein Ermittlungsrichter erließ", "Ein Ermittlungsrichter erließ Haftbefehl"),
    ("brand", "wird am Freitag in Bad Kötzting erwartet", "Bayerns Innenminister Karl Steinmetz wird in Bad Kötzting erwartet"),
    ("brand", "Am Dienstagabend war in dem Betrieb", "Ein Feuer war in dem Betrieb ausgebrochen"),
    ("brand", "Am Donnerstag hatte die Polizei", "Polizei hat einen ehemaligen Mitarbeiter als Tatverdächtigen festgenommen"),
    ("brand", "Der Stadtrat will am Montag", "Der Stadtrat will in einer Sondersitzung über Hilfen für die Beschäftigten beraten"),
    ("brand", "Der Stadtrat hat am Montagabend",
     "Der Stadtrat hat in einer Sondersitzung einstimmig einen Hilfsfonds beschlossen"),
    ("brand", "Das Feuer hatte in der vergangenen Woche", "Das Feuer hat die Lagerhalle und zwei Produktionsgebäude zerstört"),
    ("pokal", "Die Steirer besiegten am Donnerstag", "Die Steirer besiegten im Finale im Wörthersee-Stadion Rapid Wien mit 2:1"),
    ("pokal", "der den Klub im Sommer übernommen", "Stefan Lackner hat den Klub übernommen"),
    ("pokal", "Die Mannschaft wird am Freitag um 16 Uhr", "Die Mannschaft wird auf dem Grazer Hauptplatz empfangen"),
    ("pokal", "Sturm Graz krönte sich", "Sturm Graz krönte sich im Cupfinale gegen Rapid zum Sieger"),
    ("pokal", "Anpfiff war um 17 Uhr", "Anpfiff war um 17 Uhr"),
    ("pokal", "Nach dem Spiel lieferten sich", "Nach dem Spiel lieferten sich Anhänger beider Klubs eine Massenschlägerei"),
    ("pokal", "Tausende Fans haben am Freitagnachmittag", "Tausende Fans haben auf dem Hauptplatz die Cupsieger empfangen"),
    ("pokal", "Am Donnerstag hatte Sturm das Finale", "Sturm hat das Finale gegen Rapid Wien mit 2:1 nach Verlängerung gewonnen"),
    ("pokal", "Ausschreitungen nach dem Spiel trübten",
     "Am Hauptbahnhof in Klagenfurt waren Anhänger aufeinander losgegangen"),
    ("pokal", "Nach dem Cupfinale in Klagenfurt hat die Polizei",
     "Nach dem Cupfinale hat die Polizei eine Bilanz der Ausschreitungen gezogen"),
    ("pokal", "Sturm Graz hatte am Donnerstag", "Sturm Graz hat mit 2:1 nach Verlängerung gewonnen"),
    ("pokal", "Das gab der Klub am Vormittag", "Das gab der Klub in Wien bekannt"),
    ("pokal", "Rapid hatte am Donnerstag in Klagenfurt",
     "Rapid hat in Klagenfurt gegen Sturm Graz mit 1:2 nach Verlängerung verloren"),
    ("pokal", "Am Sonntag empfängt Rapid", "Rapid empfängt in der Liga den Wolfsberger AC"),
    ("pokal", "Die Grazer setzten sich", "Die Grazer setzten sich in Klagenfurt mit 2:1 nach Verlängerung durch"),
    ("pokal", "Am Freitag feiert Sturm", "Sturm feiert den Titel mit den Fans in Graz"),
    ("pokal", "Rund 15.000 Menschen feierten", "Rund 15.000 Menschen feierten in Graz die Cupsieger von Sturm"),
    ("pokal", "Der Klub stellte am Samstag", "Der Klub stellte Trainer Thomas Weidinger frei"),
    ("pokal", "Dort hatte es in der Nacht auf Freitag", "Dort hat es eine Schlägerei zwischen Fans gegeben"),
    ("pokal", "Am Freitag wollen die Grazer", "Grazer wollen ihren Titel auf dem Hauptplatz feiern"),
    ("bergsturz", "Die Bündner Gemeinde Schiers hat", "Die Bündner Gemeinde Schiers hat den Weiler Lunden evakuiert"),
    ("bergsturz", "Rund 60 Bewohnerinnen", "Rund 60 Bewohnerinnen und Bewohner mussten ihre Häuser verlassen"),
    ("bergsturz", "Rund eine Million Kubikmeter Fels donnerten", "Rund eine Million Kubikmeter Fels donnerten ins Tal"),
    ("bergsturz", "da der Weiler am Sonntag evakuiert", "Weiler war evakuiert worden"),
    ("bergsturz", "Die Regierung informiert am Dienstag", "Die Regierung informiert in Chur an einer Medienkonferenz"),
    ("bergsturz", "Die Evakuierung vom Sonntag hat", "Die Evakuierung hat nach Ansicht der Behörden Leben gerettet"),
    ("bergsturz", "Bundesrätin Karin Bühler will am Mittwoch", "Bundesrätin Karin Bühler will nach Schiers reisen"),
    ("bergsturz", "Die Bündner Regierung hat am Dienstagvormittag",
     "Die Bündner Regierung hat an einer Medienkonferenz in Chur informiert"),
    ("bergsturz", "Der Bergsturz hatte sich in der Nacht", "Der Bergsturz hat sich ereignet"),
    ("bergsturz", "Am Dienstag um 2.40 Uhr krachten", "Hunderttausende Tonnen Gestein krachten auf den Weiler Lunden"),
    ("bergsturz", "Bauer Men Casutt (54) hatte", "Bauer Men Casutt hat seine 30 Kühe in Sicherheit gebracht"),
    ("bergsturz", "hat am Mittwoch das Bergsturzgebiet", "Bundesrätin Karin Bühler hat das Bergsturzgebiet von Schiers besucht"),
    ("bergsturz", "Dank der Evakuierung am Sonntag", "Dank der Evakuierung kam niemand zu Schaden"),
    ("bergsturz", "In Schiers im Prättigau ist", "In Schiers im Prättigau ist ein Bergsturz niedergegangen"),
    ("bergsturz", "Die Gemeinde hatte den Weiler", "Die Gemeinde hat den Weiler evakuiert"),
    ("bergsturz", "Das teilte der Gemeindeführungsstab", "Das teilte der Gemeindeführungsstab mit"),
    ("bergsturz", "Der Bergsturz hatte in der Nacht auf Dienstag rund",
     "Der Bergsturz hat rund eine Million Kubikmeter Fels ins Tal geschickt"),
    ("bergsturz", "Bundesrätin Karin Bühler hatte am Mittwoch", "Bundesrätin Karin Bühler hat die Betroffenen besucht"),
    ("landtagswahl", "Die Wahlbeteiligung lag", "Die Wahlbeteiligung lag bei 61,2 Prozent"),
    ("sturm", "Die GeoSphere Austria hat für das kommende Wochenende",
     "Die GeoSphere Austria hat eine Unwetterwarnung der höchsten Stufe für Tirol und Vorarlberg ausgegeben"),
    ("sturm", "Rund 12.000 Haushalte waren seit dem Ausfall", "Rund 12.000 Haushalte waren seit dem Ausfall ohne Strom gewesen"),
]


@pytest.fixture(scope="module")
def candidates():
    made: dict[str, list] = {}

    def get(name: str) -> list:
        if name not in made:
            corpus = pipeline.Corpus.read([CORPORA / name], None, None)
            made[name] = pipeline.run(corpus, [pipeline.READ, pipeline.DATE, pipeline.TAG, pipeline.EXTRACT]).candidates
        return made[name]

    return get


def test_there_are_fifty_cases_or_more():
    assert len(CASES) >= 50


@pytest.mark.parametrize(("story", "sentence", "expected"), CASES, ids=[c[2][:40] for c in CASES])
def test_the_headline_a_sub_editor_would_write(candidates, story, sentence, expected):
    titles = {e.title for e in candidates(story) if sentence in e.sources[0].sentence}
    assert expected in titles, titles


@pytest.mark.parametrize("story", sorted(p.name for p in CORPORA.iterdir() if p.is_dir()))
def test_every_headline_is_whole_and_short(candidates, story):
    for event in candidates(story):
        words = event.title.split()
        assert "…" not in event.title and len(words) <= 15, event.title
        assert not event.title.endswith((",", " und", " der", " die", " das", " von", " des")), event.title
