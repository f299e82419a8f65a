"""Dating across the articles of one story, and resolving mentions against an uncertain day."""
from __future__ import annotations

import datetime as dt

from chrono.dating.uncertain import tag_over_window
from chrono.model import Article, Published
from chrono.pipeline import BUILDING, DATING, Corpus, run


def _write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")


def _article(text: str, value: str, earliest: str, latest: str) -> Article:
    return Article(id="a", text=text, published=Published(value=value, precision="day", source="inferred",
                                                           confidence=0.3, earliest=earliest, latest=latest))


def test_a_value_every_day_of_the_window_agrees_on_is_certain():
    # Thursday 2025-03-13 .. Tuesday 2025-03-18: a past "am Mittwochabend" is 12 March on each of them
    article = _article("Albers war am Mittwochabend in Hannover zurückgetreten.", "2025-03-13",
                       "2025-03-13", "2025-03-18")
    [mention] = tag_over_window(article, (dt.date(2025, 3, 13), dt.date(2025, 3, 18)))
    assert mention.value == "2025-03-12TEV" and not mention.uncertain


def test_where_the_days_disagree_the_mention_gets_their_union_and_a_flag():
    # Thursday .. Saturday: "gestern" is Wednesday, Thursday or Friday
    article = _article("Gestern hatte der Landtag in Hannover getagt.", "2025-03-13", "2025-03-13", "2025-03-15")
    [mention] = tag_over_window(article, (dt.date(2025, 3, 13), dt.date(2025, 3, 15)))
    assert mention.uncertain
    assert (mention.value, mention.earliest, mention.latest) == ("2025-03-12", "2025-03-12", "2025-03-14")


def test_absolute_dates_stay_certain_over_any_window():
    article = _article("Am 26. März soll der Ausschuss erstmals tagen.", "2025-03-13", "2025-03-13", "2025-03-20")
    [mention] = tag_over_window(article, (dt.date(2025, 3, 13), dt.date(2025, 3, 20)))
    assert mention.value == "2025-03-26" and not mention.uncertain


STAMPED = ("Stand: 07.04.2025 14:20 Uhr\n\nDer FC Wienerberg hat am Montag Cheftrainer Markus Eder freigestellt. "
           "Sportdirektor Günther Pichler nannte die Derby-Niederlage am Samstag als Grund. Am Mittwoch wird "
           "der neue Trainer Reto Gisler in Wien vorgestellt.\n")
UNDATED = ("Aus für Eder beim FC Wienerberg: Am Montagvormittag beurlaubte der Vorstand den Trainer. "
           "Sportdirektor Günther Pichler verhandelt mit Reto Gisler, der bis zum Sommer 2024 in Aarau "
           "gearbeitet hatte. Gisler soll am Mittwoch in Wien vorgestellt werden.\n")
OTHER = ("Im Kanton Bern hat am Montag ein Murgang die Grimselstrasse bei Guttannen verschüttet. "
         "Die Feuerwehr räumte die Strasse.\n")


def test_an_undated_article_takes_the_days_its_story_names(tmp_path):
    _write(tmp_path, "a_stamped.txt", STAMPED)
    _write(tmp_path, "b_undated.txt", UNDATED)
    articles = {a.id: a for a in run(Corpus.read([tmp_path]), DATING).articles}
    published = articles["b_undated"].published
    # the Monday the stamped article names (2025-04-07), and before the planned Wednesday
    assert published is not None and published.precision == "day"
    assert dt.date(2025, 4, 7) <= dt.date.fromisoformat(published.value) <= dt.date(2025, 4, 8)
    assert any("same story" in line or "tells the same story" in line for line in published.evidence)
    assert published.earliest <= published.value <= published.latest


def test_an_article_of_another_story_is_not_dated_by_it(tmp_path):
    _write(tmp_path, "a_stamped.txt", STAMPED)
    _write(tmp_path, "c_other.txt", OTHER)
    articles = {a.id: a for a in run(Corpus.read([tmp_path]), DATING).articles}
    assert articles["c_other"].published is None


def test_an_article_without_a_certain_day_keeps_its_events(tmp_path):
    _write(tmp_path, "a_stamped.txt", STAMPED)
    _write(tmp_path, "b_undated.txt", UNDATED)
    corpus = run(Corpus.read([tmp_path]), BUILDING)
    from_undated = [e for e in corpus.events if any(s["document"] == "b_undated" for s in e["sources"])]
    days = {e["date"]["earliest"][:10] for e in from_undated}
    assert "2025-04-07" in days  # the Monday of the dismissal, whatever day the article appeared


def test_a_day_written_in_full_dates_the_weekday_of_another_article_of_the_story(tmp_path):
    _write(tmp_path, "a.txt", "Die niedersächsische Innenministerin Katrin Albers ist am 12. März 2025 in Hannover "
                              "zurückgetreten. Ministerpräsident Henrik Lohse dankte ihr.\n")
    _write(tmp_path, "b.txt", " date 2025-03\n\nKatrin Albers, Innenministerin in Niedersachsen, trat am Mittwochabend "
                              "in Hannover zurück. Ministerpräsident Henrik Lohse dankte ihr.\n")
    articles = {a.id: a.published for a in run(Corpus.read([tmp_path]), DATING).articles}
    assert articles["b"].value == "2025-03-12" and articles["b"].precision == "day"
    # the article with nothing but its latest event: that day, with the days after it as its window
    assert (articles["a"].value, articles["a"].earliest, articles["a"].latest) == ("2025-03-12", "2025-03-12", "2025-03-18")


def test_a_day_written_in_full_is_named_whatever_the_articles_own_confidence():
    from chrono.dating.inference import Resolver
    from chrono.dating.state import prepare_state
    from chrono.dating.story import ABSOLUTE_WEIGHT, named_days

    article = Article(id="w", text="Am 29. Januar stimmten 81 Prozent der Belegschaft dem Kompromiss zu. "
                                   "Am Montag begann der Abbau.\n")
    state = prepare_state(article, Resolver())
    unsure = Published(value="2026-02-02", precision="day", source="inferred", confidence=0.2)
    named = named_days(state, unsure)
    assert max(w for w, _, _ in named[dt.date(2026, 1, 29)]) == ABSOLUTE_WEIGHT  # the date as written
    assert max(w for w, _, _ in named[dt.date(2026, 2, 2)]) <= 0.2  # a weekday: only as sure as the article


def test_a_night_names_the_day_it_ends_on_for_the_story(tmp_path):
    # 9 March 2026 is a Monday; the stamped report names that Monday evening and the night to 2 March
    _write(tmp_path, "a_stamped.txt", "Aktualisiert am 09.03.2026, 21:14\n\nEine Woche nach dem Cyberangriff auf die "
           "Stadtverwaltung Lörrach haben die Täter Daten veröffentlicht. Das hat die Stadt am Montagabend bestätigt. "
           "Seit dem Angriff in der Nacht zum 2. März arbeitet die Verwaltung ohne Computer.\n")
    _write(tmp_path, "b_undated.txt", "Ein Cyberangriff hat die Stadtverwaltung Lörrach lahmgelegt. In der Nacht zum "
           "Montag hatten Unbekannte die Server der Verwaltung verschlüsselt. Am Dienstag will die Stadt informieren.\n")
    from chrono.dating.story import named_days
    from chrono.dating.state import prepare_state

    corpus = run(Corpus.read([tmp_path]), DATING)
    stamped = next(a for a in corpus.articles if a.id == "a_stamped")
    assert dt.date(2026, 3, 2) in named_days(prepare_state(stamped), stamped.published)


def test_a_day_word_in_the_words_of_a_day_the_story_names_is_story_evidence():
    from chrono.dating.state import prepare_state
    from chrono.dating.story import named_days, story_constraints
    from chrono.events.features import Rarity

    monday = Published(value="2025-11-03", precision="day", source="text", confidence=0.9)
    dated = prepare_state(Article(id="a", text="In Altstätten hat am Montag der Prozess gegen den früheren "
                                  "Rheinweber-Chef Beat Kessler begonnen.", published=monday))
    undated = prepare_state(Article(id="b", text="Seit gestern muss sich der frühere Rheinweber-Chef Beat Kessler "
                                    "vor dem Kreisgericht in Altstätten verantworten."))
    elsewhere = prepare_state(Article(id="c", text="Seit gestern ist in Graz die neue Schule offen."))
    rarity = Rarity()
    for state in (dated, undated, elsewhere):
        for sentence in state.sentences:
            rarity.add(sentence.feats)
    for n in range(30):  # other news beside them: the names of the story are rare words
        rarity.add(prepare_state(Article(id=f"o{n}", text=f"Im Bezirk {n} wurde eine neue Schule eröffnet.")).sentences[0].feats)
    named = {0: named_days(dated, monday)}
    [evidence] = [c for c in story_constraints(undated, [(0, 0.5)], ["a"], named, rarity) if c.weight > 0]
    assert evidence.test(dt.date(2025, 11, 4)) > 0 and evidence.test(dt.date(2025, 11, 5)) == 0
    # "gestern" in other words stands for some day the story names on almost any day: no evidence
    assert not [c for c in story_constraints(elsewhere, [(0, 0.5)], ["a"], named, rarity) if c.weight > 0]


def test_a_day_many_articles_name_in_other_words_does_not_outweigh_one_named_in_the_same_words():
    from chrono.dating.state import prepare_state
    from chrono.dating.story import named_days, story_constraints
    from chrono.events.features import Rarity

    def dated(text, day):
        published = Published(value=day, precision="day", source="text", confidence=0.9)
        return prepare_state(Article(id=day, text=text, published=published)), published

    # 2 and 9 March 2026 are Mondays
    busy = [dated(f"Am Montag berichtete die Zeitung {n} über die Hotline.", "2026-03-09") for n in range(8)]
    same = dated("Am Montag hatten Unbekannte die Server der Stadtverwaltung Lörrach verschlüsselt.", "2026-03-02")
    undated = prepare_state(Article(id="x", text="Am Montag haben Unbekannte die Server der Stadtverwaltung "
                                    "Lörrach verschlüsselt."))
    rarity = Rarity()
    for n in range(30):
        rarity.add(prepare_state(Article(id=f"o{n}", text=f"Im Bezirk {n} wurde eine neue Schule eröffnet.")).sentences[0].feats)
    for state, _ in [*busy, same]:
        rarity.add(state.sentences[0].feats)
    named = {j: named_days(state, published) for j, (state, published) in enumerate([*busy, same])}
    [evidence] = [c for c in story_constraints(undated, [(j, 0.3) for j in named], [str(j) for j in named], named, rarity)
                  if c.weight > 0]
    assert evidence.test(dt.date(2026, 3, 3)) > evidence.test(dt.date(2026, 3, 10))


def test_words_of_another_kind_of_happening_do_not_name_the_same_day():
    from chrono.dating.story import context_likeness
    from chrono.events.features import KIND_KEY as KIND
    from chrono.events.features import Rarity, different_happenings

    assert different_happenings({"funeral"}, {"fire"}) and not different_happenings({"talks"}, {"summit"})
    assert not different_happenings(set(), {"fire"})
    funeral = frozenset({"kerschbaum", "brandl", KIND + "funeral"})
    recovery = frozenset({"kerschbaum", "brandl", KIND + "landslide"})
    assert context_likeness(funeral, recovery, Rarity()) < 0
    assert context_likeness(funeral, frozenset({"kerschbaum", "brandl"}), Rarity()) >= 0
