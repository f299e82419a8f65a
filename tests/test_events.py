"""Dated sentences become event candidates with date, status, title, places, actors and source."""
from __future__ import annotations

import pytest
from event_helpers import article, day, mention

from chrono.events.actors import people_in
from chrono.events.candidates import extract_events, status_of
from chrono.events.places import lookup, places_in

GENEVA = "Sherman hatte bereits am Montag die US-Delegation bei Gesprächen mit Russland in Genf angeführt."


def test_a_dated_sentence_becomes_one_event_with_its_source():
    a = article("a", GENEVA, "2022-01-12", [day(GENEVA, "Montag", "2022-01-10")], source="Zeitung")
    [event] = extract_events(a)
    assert event.date.value == "2022-01-10"
    assert event.status == "happened"
    source = event.to_dict()["sources"][0]
    assert source["document"] == "a" and source["outlet"] == "Zeitung" and source["published"] == "2022-01-12"
    assert source["mention"]["text"] == "am Montag"
    assert GENEVA[source["mention"]["start"]:source["mention"]["end"]] == "am Montag"
    assert source["sentence"] == GENEVA[source["sentence_start"]:source["sentence_end"]]


def test_a_preposition_closing_the_paragraph_before_is_not_part_of_the_mention():
    text = "Die Delegation kam am\n\nMontag trafen sich beide Seiten in Genf."
    a = article("a", text, "2022-01-12", [day(text, "Montag", "2022-01-10")])
    [event] = extract_events(a)
    assert event.to_dict()["sources"][0]["mention"]["text"] == "Montag"


def test_places_come_from_the_gazetteer_with_german_exonyms():
    for name, country in [("Genf", "CH"), ("Brüssel", "BE"), ("Wien", "AT"), ("Moskau", "RU")]:
        place = lookup(name)
        assert place is not None and place.country == country and place.geonameid and place.lat is not None


def test_a_place_needs_a_locative_preposition_and_an_adjective_picks_the_country():
    assert [p.name for _, _, p in places_in("in der aktuellen Lage")] == []
    [(_, _, brest)] = places_in("Stoltenberg wurde im westfranzösischen Brest erwartet.")
    assert brest.country == "FR"
    names = [p.name for _, _, p in places_in("Ähnliches könnte in Rumänien und Bulgarien geschehen.")]
    assert names == ["Rumänien", "Bulgarien"]


def test_people_are_found_with_their_roles():
    text = "Das sagten Nato-Generalsekretär Jens Stoltenberg und Vize-Außenminister Alexander Gruschko."
    people = {actor.name: actor.role for _, _, actor in people_in(text)}
    assert people == {"Jens Stoltenberg": "Nato-Generalsekretär", "Alexander Gruschko": "Vize-Außenminister"}


def test_a_surname_alone_is_the_person_introduced_earlier():
    text = ("Nato-Generalsekretär Jens Stoltenberg sprach lange. "
            "Am Mittwoch sagte Stoltenberg in Brüssel, die Nato sei bereit.")
    a = article("a", text, "2022-01-12", [day(text, "Mittwoch", "2022-01-12")])
    [event] = extract_events(a)
    actors = {(x.name, x.role, x.kind) for x in event.actors}
    assert ("Jens Stoltenberg", "Nato-Generalsekretär", "person") in actors
    assert ("Nato", None, "organisation") in actors
    assert [p.name for p in event.locations] == ["Brüssel"]


def test_status_comes_from_plan_and_expectation_words():
    assert status_of("Am Donnerstag soll es Gespräche geben", "future") == "planned"
    assert status_of("Für Mittwoch ist eine Tagung angesetzt", "present") == "planned"
    assert status_of("Am Mittwochabend wurde Stoltenberg in Brest erwartet", "past") == "expected"
    assert status_of("Am Mittwoch kam der Rat zusammen", "past") == "happened"


def test_a_duration_never_dates_an_event_by_itself():
    text = "Beide Seiten berieten rund vier Stunden lang."
    duration = mention(text, "rund vier Stunden", "DURATION", "PT4H", grain="hour", mod="APPROX")
    assert extract_events(article("a", text, None, [duration])) == []
    [event] = extract_events(article("a", text, "2022-01-12", [duration]))
    assert event.weak  # dated by the publication date, never an event of its own
    assert event.sources[0].dated_by == "context"
    assert [d.value for d in event.sources[0].durations] == ["PT4H"]


def test_mentions_in_boilerplate_make_no_event():
    text = "Am Mittwoch tagte der Rat. Cookie-Hinweis vom 12.01.2022 lesen."
    a = article("a", text, "2022-01-12", [day(text, "Mittwoch", "2022-01-12"),
                                           day(text, "12.01.2022", "2022-01-12")])
    a.boilerplate = [(text.index("Cookie"), len(text))]
    assert len(extract_events(a)) == 1


def test_a_range_from_one_year_to_another_is_one_event():
    text = "Er war von 2011 bis 2018 Botschafter bei der Nato."
    mentions = [mention(text, "2011", "DATE", "2011", grain="year", earliest="2011-01-01", latest="2011-12-31"),
                mention(text, "2018", "DATE", "2018", grain="year", earliest="2018-01-01", latest="2018-12-31")]
    [event] = extract_events(article("a", text, "2022-01-12", mentions))
    assert (event.date.earliest, event.date.latest) == ("2011-01-01", "2018-12-31")
    assert event.sources[0].mention_text == "von 2011 bis 2018"


def test_first_since_reports_the_earlier_and_the_current_occurrence():
    text = "Zum ersten Mal seit Juli 2019 hat der Nato-Russland-Rat getagt."
    since = mention(text, "Juli 2019", "DATE", "2019-07", grain="month", earliest="2019-07-01",
                    latest="2019-07-31", signal="seit")
    events = extract_events(article("a", text, "2022-01-12", [since]))
    assert sorted((e.date.value, e.weak) for e in events) == [("2019-07", False), ("2022-01-12", True)]


def test_the_title_is_a_short_headline_without_the_date():
    text = "Erstmals seit zweieinhalb Jahren kam in Brüssel am Mittwoch wieder der Nato-Russland-Rat zusammen."
    mentions = [mention(text, "zweieinhalb Jahren", "DURATION", "P30M", grain="month", signal="seit"),
                day(text, "Mittwoch", "2022-01-12")]
    [event] = extract_events(article("a", text, "2022-01-12", mentions))
    assert event.title == "Nato-Russland-Rat kam in Brüssel zusammen"


def test_a_german_ordinal_date_does_not_end_a_sentence():
    from chrono.text.segments import sentence_spans

    text = "Der Rat kam am 12. Januar 2022 in Brüssel zusammen. Es waren mehr als 30. Dann ging es los."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Der Rat kam am 12. Januar 2022 in Brüssel zusammen.", "Es waren mehr als 30.", "Dann ging es los."]


def test_a_comparison_is_no_plan_or_expectation():
    assert status_of("Die Diskussionen dauerten länger als erwartet", "past") == "happened"
    assert status_of("Der Bau war früher als geplant fertig", "past") == "happened"


def test_a_title_is_never_empty():
    text = "Am Freitag, 14. Januar 2022, trafen sich Unterhändler in Bern."
    mentions = [day(text, "Freitag", "2022-01-14"), day(text, "14. Januar 2022", "2022-01-14")]
    events = extract_events(article("a", text, "2022-01-14", mentions))
    assert events and all(event.title for event in events)


def test_austrian_and_swiss_roles_and_bodies_are_known():
    from chrono.events.actors import organisations_in

    people = people_in("Bundesrätin Elisabeth Baume-Schneider und Landeshauptmann Thomas Stelzer sprachen.")
    assert [(a.name, a.role) for _, _, a in people] == [("Elisabeth Baume-Schneider", "Bundesrätin"),
                                                         ("Thomas Stelzer", "Landeshauptmann")]
    assert [a.name for a in organisations_in("Der Ständerat wird im März darüber beraten.")] == ["Ständerat"]


def test_a_company_is_named_by_its_legal_form_without_the_article_before_it():
    from chrono.events.actors import companies_in

    text = "Die Deutsche Bahn AG und die Müller GmbH & Co. KG einigten sich; der Vorstand der BMW AG schwieg."
    assert [a.name for a in companies_in(text)] == ["Deutsche Bahn AG", "Müller GmbH & Co. KG", "BMW AG"]
    assert [a.name for a in companies_in("Bei Müller GmbH streikten sie.")] == ["Müller GmbH"]
    assert companies_in("Die Aktie gab nach, die AG schwieg.") == []


def test_scores_decimals_quoted_names_and_appositions_do_not_cut_a_clause():
    from chrono.text.segments import clause_span

    for sentence in ["Sie gewannen am Samstag mit 3:0 gegen Hertha BSC",
                     "Die Wahlbeteiligung lag am Sonntag bei 61,2 Prozent",
                     "Das Sturmtief „Hedda“ soll am Samstag die Alpen erreichen",
                     "Am Dienstag trat der Landesvorsitzende der FDP, Jürgen Mahler, zurück"]:
        start = sentence.index("am ") if "am " in sentence else sentence.index("Am ")
        assert clause_span(sentence, start, start + 6) == (0, len(sentence))


def test_an_ordinal_after_an_article_does_not_end_a_sentence():
    from chrono.text.segments import sentence_spans

    text = "Der 1. FC Nürnberg hat gewonnen. Reiter traf in der 71. Minute. Es waren mehr als 30. Dann ging es los."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Der 1. FC Nürnberg hat gewonnen.", "Reiter traf in der 71. Minute.", "Es waren mehr als 30.",
        "Dann ging es los."]


def test_a_role_in_apposition_is_found_before_and_after_the_name():
    found = people_in("Das sagte Jens Stoltenberg, Nato-Generalsekretär, am Mittwoch.")
    assert [(a.name, a.role) for _, _, a in found] == [("Jens Stoltenberg", "Nato-Generalsekretär")]
    found = people_in("Am Dienstag trat der Landesvorsitzende der FDP, Jürgen Mahler, zurück.")
    assert [(a.name, a.role) for _, _, a in found] == [("Jürgen Mahler", "Landesvorsitzende der FDP")]


def test_a_relative_clause_is_a_headline_about_the_noun_it_refers_to():
    text = "Trainer Max Albers, dessen Vertrag am 4. März bis 2026 verlängert worden war, lobte die Elf."
    until = mention(text, "2026", "DATE", "2026", grain="year", earliest="2026-01-01", latest="2026-12-31",
                    signal="bis")
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "4. März", "2024-03-04"), until]))
    assert event.date.value == "2024-03-04"  # "bis 2026" is when the contract ends, not when it was signed
    assert event.title == "Vertrag von Max Albers verlängert"
    text = "Den Kapitän Lukas Brandl, der sich am Sonntag in Kiel verletzt hatte, vertrat Reiter."
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "Sonntag", "2024-03-03")]))
    assert event.title == "Lukas Brandl hat sich in Kiel verletzt"


def test_the_subject_after_a_fronted_verb_comes_first():
    text = "Am Samstag waren rund 12.000 Haushalte im Oberland ohne Strom."
    [event] = extract_events(article("a", text, "2025-02-09", [day(text, "Samstag", "2025-02-08")]))
    assert event.title == "Rund 12.000 Haushalte waren im Oberland ohne Strom"
    text = "Erst am Dienstag hatte der Club den Vertrag mit Albers verlängert."
    [event] = extract_events(article("a", text, "2024-03-07", [day(text, "Dienstag", "2024-03-05")]))
    assert event.title == "Club hat den Vertrag mit Albers verlängert"


def test_a_date_line_makes_no_event():
    text = "Saarbrücken, 24. März 2025. Es war ein Wahlabend mit eindeutigem Ausgang."
    assert extract_events(article("a", text, "2025-03-24", [day(text, "24. März 2025", "2025-03-24")])) == []


def test_a_schedule_told_in_the_present_is_planned_and_a_past_report_stays_a_report():
    text = "Karlsruhe empfängt am Sonntag den SC Paderborn."
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "Sonntag", "2024-03-10", tense="present")]))
    assert event.status == "planned"
    text = "Die Passstraße bleibt bis Montag gesperrt."
    until = day(text, "Montag", "2025-02-10", signal="bis")
    assert extract_events(article("a", text, "2025-02-09", [until]))[0].status == "planned"
    text = "Der Rat kam am 12. Januar 2022 in Brüssel zusammen."
    [event] = extract_events(article("a", text, "2022-01-07", [day(text, "12. Januar 2022", "2022-01-12")]))
    assert event.status == "happened"


def test_an_age_is_no_duration_and_nach_without_wieder_tells_how_long():
    from chrono.events.dates import is_activity_duration, is_elapsed

    text = "Für ihn rückt der 19-jährige Jonas Reiter in die Startelf."
    age = mention(text, "19-jährige", "DURATION", "P19Y", grain="year")
    assert not is_activity_duration(age, text)
    text = "Nach gut drei Stunden gingen sie ohne Ergebnis auseinander."
    hours = mention(text, "gut drei Stunden", "DURATION", "PT3H", grain="hour", signal="nach")
    assert is_activity_duration(hours, text) and not is_elapsed(hours, sentence_text=text)
    text = "Dass der Rat nach zweieinhalb Jahren wieder tagt, ist eine Sensation."
    years = mention(text, "zweieinhalb Jahren", "DURATION", "P30M", grain="month", signal="nach")
    assert is_elapsed(years, sentence_text=text) and not is_activity_duration(years, text)


def test_a_subordinate_clause_ending_in_an_auxiliary_gets_its_subject_first():
    text = "Brisant ist das, weil sich die Nato 2019 hinter die Aufkündigung gestellt hatte."
    year = mention(text, "2019", "DATE", "2019", grain="year", earliest="2019-01-01", latest="2019-12-31")
    [event] = extract_events(article("a", text, "2022-01-07", [year]))
    assert event.title == "Nato hat sich hinter die Aufkündigung gestellt"
    text = "Am Donnerstag soll es weitere Gespräche in Wien geben."
    [event] = extract_events(article("a", text, "2022-01-12", [day(text, "Donnerstag", "2022-01-13", tense="future")]))
    assert event.title == "Am Donnerstag soll es weitere Gespräche in Wien geben"


def test_a_sentence_takes_the_actors_of_the_one_before_only_when_it_refers_back():
    text = "Landeshauptmann Josef Haller warnte vor dem Sturm. Am Samstag bleiben die Lifte geschlossen."
    [event] = extract_events(article("a", text, "2025-02-06", [day(text, "Samstag", "2025-02-08", tense="future")]))
    assert event.actors == []
    text = "Landeshauptmann Josef Haller warnte vor dem Sturm. Am Samstag will er die Feuerwehr besuchen."
    [event] = extract_events(article("a", text, "2025-02-06", [day(text, "Samstag", "2025-02-08", tense="future")]))
    assert [a.name for a in event.actors] == ["Josef Haller"]


def test_a_party_in_brackets_does_not_cut_the_clause():
    text = "Bundeskanzler Olaf Scholz (SPD) hat am Mittwoch in Berlin die Pläne vorgestellt."
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "Mittwoch", "2024-03-06")]))
    assert event.title == "Bundeskanzler Olaf Scholz (SPD) hat in Berlin die Pläne vorgestellt"


def test_an_age_stays_in_the_headline_and_is_no_duration():
    text = "Am Freitag wurde ein 23-Jähriger in Zürich festgenommen."
    age = mention(text, "23-Jähriger", "DURATION", "P23Y", grain="year")
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "Freitag", "2024-03-08"), age]))
    assert event.title == "Ein 23-Jähriger wurde in Zürich festgenommen"
    assert event.sources[0].durations == []
    text = "Ein 45-jähriger Autofahrer ist am Dienstagabend in Graz von der Straße abgekommen."
    age = mention(text, "45-jähriger", "DURATION", "P45Y", grain="year")
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "Dienstagabend", "2024-03-05"), age]))
    assert event.title.startswith("Ein 45-jähriger Autofahrer ist in Graz") and event.sources[0].durations == []
    from chrono.events.dates import is_age

    term = "Die zweijährige Amtszeit endet im Mai."
    assert not is_age(mention(term, "zweijährige", "DURATION", "P2Y", grain="year"), term)


def test_a_date_that_is_the_predicate_stays_in_the_headline():
    text = "Anpfiff im Stadion ist am Samstag um 13 Uhr."
    clock = mention(text, "13 Uhr", "TIME", "2024-03-09T13:00", grain="minute", earliest="2024-03-09T13:00",
                    latest="2024-03-09T13:00", tense="present")
    events = extract_events(article("a", text, "2024-03-07", [day(text, "Samstag", "2024-03-09"), clock]))
    assert "Anpfiff im Stadion ist um 13 Uhr" in [e.title for e in events]


def test_names_with_particles_and_a_role_in_apposition_with_its_body():
    found = people_in("Ursula von der Leyen, Präsidentin der EU-Kommission, reist am Freitag nach Kiew.")
    assert [(a.name, a.role) for _, _, a in found] == [("Ursula von der Leyen", "Präsidentin der EU-Kommission")]
    assert [a.name for _, _, a in people_in("Bürgermeister Kai Wegner von Berlin sprach.")] == ["Kai Wegner"]


def test_a_city_district_is_its_city_and_a_forecast_is_expected():
    assert [p.name for _, _, p in places_in("In der Nacht brannte es in Wien-Favoriten.")] == ["Wien"]
    assert [p.name for _, _, p in places_in("Das war in Corona-Zeiten anders.")] == []
    assert status_of("Der Deutsche Wetterdienst warnt für Donnerstag vor Unwettern", "present") == "expected"


def test_saint_towns_are_places_and_an_infinitive_keeps_its_short_main_clause():
    assert [p.name for _, _, p in places_in("Der Unfall bei St. Pölten und Böen in St. Gallen.")] == [
        "St. Pölten", "St. Gallen"]
    text = "Landeshauptfrau Johanna Mikl-Leitner (ÖVP) kündigte am Montag an, heuer noch ein Hilfspaket vorzulegen."
    heuer = mention(text, "heuer", "DATE", "2024", grain="year", earliest="2024-01-01", latest="2024-12-31",
                    tense="future")
    events = extract_events(article("a", text, "2024-08-05", [day(text, "Montag", "2024-08-05"), heuer]))
    assert [e.title for e in events if e.date.value == "2024"] == [
        "Landeshauptfrau Johanna Mikl-Leitner (ÖVP) kündigte an, ein Hilfspaket vorzulegen"]


def test_the_dash_after_a_dateline_does_not_open_the_sentence():
    from chrono.text.segments import sentence_spans

    text = "Saarbrücken (paw) - Nach dem Scheitern ist Mahler am Dienstag zurückgetreten."
    assert text[slice(*sentence_spans(text)[-1])] == "Nach dem Scheitern ist Mahler am Dienstag zurückgetreten."


def test_a_police_report_that_it_came_to_something_is_headed_by_what_happened():
    text = "Am Samstag gegen 23.15 Uhr kam es auf der A1 bei St. Pölten zu einem Auffahrunfall."
    clock = mention(text, "23.15 Uhr", "TIME", "2024-08-03T23:15", grain="minute", earliest="2024-08-03T23:15",
                    latest="2024-08-03T23:15", mod="APPROX", signal="gegen")
    events = extract_events(article("a", text, "2024-08-05", [day(text, "Samstag", "2024-08-03"), clock]))
    assert {e.title for e in events} == {"Auffahrunfall auf der A1 bei St. Pölten"}
    text = "Am Dienstagabend kam es in Graz zu einer schweren Schlägerei."
    [event] = extract_events(article("a", text, "2024-03-09", [day(text, "Dienstagabend", "2024-03-05")]))
    assert event.title == "Schlägerei in Graz"


def test_the_subject_after_a_verb_and_a_place_comes_first():
    for text, title in [("Am Montag wurde in Bern der neue Bundesrat vereidigt.", "Der neue Bundesrat wurde in Bern vereidigt"),
                        ("Am Montag kamen in der Schweiz die Minister zusammen.", "Minister kamen in der Schweiz zusammen")]:
        [event] = extract_events(article("a", text, "2024-03-11", [day(text, "Montag", "2024-03-11")]))
        assert event.title == title


def test_a_day_counted_from_a_year_dates_nothing():
    from chrono.temporal.expr import Anaphor

    text = "Mahler war 2022 angetreten. Unterdessen kamen am selben Tag die Unterhändler zusammen."
    year = mention(text, "2022", "DATE", "2022", grain="year", earliest="2022-01-01", latest="2022-12-31")
    same_day = mention(text, "selben Tag", "DATE", "2022-01-01", grain="day", earliest="2022-01-01",
                       latest="2022-01-01", expr=Anaphor(0, "D", counted=False, previous_value="2022"))
    events = extract_events(article("a", text, "2025-03-25", [year, same_day]))
    assert [e.date.value for e in events] == ["2022"]
    after_a_day = mention(text, "selben Tag", "DATE", "2025-03-25", grain="day", earliest="2025-03-25",
                          latest="2025-03-25", expr=Anaphor(0, "D", counted=False, previous_value="2025-03-25"))
    events = extract_events(article("a", text, "2025-03-25", [year, after_a_day]))
    assert [e.date.value for e in events] == ["2022", "2025-03-25"]


# ---------------------------------------------------------------- places, datelines, frequencies


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Das Feuer in Bad Kötzting war am Dienstag ausgebrochen.", "Bad Kötzting", "DE"),  # GeoNames: Kötzting
    ("Der Unfall in Wolfratshausen geschah am Montag.", "Wolfratshausen", "DE"),
    ("In Schiers ging am Dienstag ein Bergsturz nieder.", "Schiers", "CH"),  # 2,400 people
    ("Der Markt in Neuburg öffnet am Samstag.", "Neuburg", "DE"),  # Neuburg an der Donau
])
def test_small_towns_of_germany_austria_and_switzerland_are_places(sentence, name, country):
    from chrono.events.places import places_in

    assert [(p.name, p.country) for _, _, p in places_in(sentence)] == [(name, country)]


@pytest.mark.parametrize("sentence", [
    "Bei Rapid Wien hatte er erst im Jänner übernommen.",
    "Der ICE von Hamburg nach Berlin fiel am Montag aus.",
    "Die Regionalbahn von Cham nach Lam fuhr am Mittwoch nicht.",
    "Die Produktion soll in einer gemieteten Halle wieder anlaufen.",
    "Das Dach geriet am Abend in Brand.",
])
def test_a_club_a_route_and_a_noun_are_no_places(sentence):
    from chrono.events.places import places_in

    assert places_in(sentence) == []


@pytest.mark.parametrize(("paragraph", "name"), [
    ("Berlin (dpa) - Die Regierung hat am Mittwoch beschlossen.", "Berlin"),
    ("Wien (APA) – Der Nationalrat hat am Mittwoch getagt.", "Wien"),
    ("Schiers GR – Ein Donnern, dann Staub.", "Schiers"),
    ("Graz. Tausende Fans haben am Freitag gefeiert.", "Graz"),
    ("Graz/Wien. Rund 15.000 Menschen feierten.", None),  # two places name no single one
    ("Was ist passiert? In Schiers ging ein Bergsturz nieder.", None),
])
def test_the_place_of_a_dateline(paragraph, name):
    from chrono.events.places import dateline_place

    place = dateline_place(paragraph)
    assert (place.name if place else None) == name


def test_a_dateline_is_the_place_of_what_a_sentence_reports_unless_it_names_its_own():
    from chrono.events.merging import merge_events

    text = ("Bad Kötzting (dpa) - Ein Großbrand hat am Dienstagabend ein Sägewerk zerstört.\n\n"
            "Am Donnerstag wurde in Cham ein Verdächtiger gefasst.")
    mentions = [mention(text, "Dienstagabend", "TIME", "2025-03-11TEV", grain="partofday",
                        earliest="2025-03-11T18:00", latest="2025-03-11T23:59"),
                day(text, "Donnerstag", "2025-03-13")]
    events = merge_events(extract_events(article("a", text, "2025-03-14", mentions)))
    assert [[p.name for p in e.locations] for e in events] == [["Bad Kötzting"], ["Cham"]]


@pytest.mark.parametrize("text", [
    "„So ein Feuer erlebt man einmal in 100 Jahren“, sagte der Kommandant.",
    "Ein solches Ereignis kommt statistisch alle 100 Jahre vor, sagt der Geologe.",
])
def test_a_frequency_makes_no_event(text):
    import chrono

    art = article("a", text, "2025-03-12", chrono.tag(text, published="2025-03-12"))
    assert extract_events(art) == []


def test_sentences_up_to_an_offset_are_the_first_sentences_of_the_whole_text():
    import pathlib

    from chrono.text.segments import sentences

    seeds = pathlib.Path(__file__).resolve().parents[1] / "seeds"
    text = sorted(seeds.glob("*.txt"))[0].read_text(encoding="utf-8")
    every = sentences(text)
    assert len(every) > 10
    for offset in range(0, len(text), 97):
        first = sentences(text, until=offset)
        assert first == every[:len(first)]
        assert first[-1].start > offset or first == every  # up to the first sentence after the offset
