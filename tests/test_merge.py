"""Merging candidates that report the same event, and keeping different events apart."""
from __future__ import annotations

import datetime as dt

from event_helpers import article, day, mention

from chrono.events.blocking import candidate_pairs
from chrono.events.candidates import extract_events
from chrono.events.merging import merge_events
from chrono.events.similarity import Candidate as _Candidate

BRUSSELS_A = "Erstmals seit langem kam in Brüssel am Mittwoch wieder der Nato-Russland-Rat zusammen."
BRUSSELS_B = "Der Nato-Russland-Rat hat am Mittwoch in Brüssel getagt, die Fronten bleiben verhärtet."
PLAN = "Für Mittwoch ist zudem eine Tagung des Nato-Russland-Rats auf Botschafterebene angesetzt."
BREST = "Am Mittwochabend wurde Nato-Generalsekretär Jens Stoltenberg im westfranzösischen Brest erwartet."
GENEVA = "Sherman hatte bereits am Montag die US-Delegation bei Gesprächen mit Russland in Genf angeführt."
GENEVA_WEEK = "Es soll in der kommenden Woche Treffen von Unterhändlern aus Moskau und Washington in Genf geben."


def candidates(*articles):
    return [event for a in articles for event in extract_events(a)]


def documents(event):
    return sorted({s.document for s in event.sources})


def test_the_same_event_in_different_words_is_merged():
    events = merge_events(candidates(
        article("a", BRUSSELS_A, "2022-01-12", [day(BRUSSELS_A, "Mittwoch", "2022-01-12")]),
        article("b", BRUSSELS_B, "2022-01-12", [day(BRUSSELS_B, "Mittwoch", "2022-01-12")]),
    ))
    assert len(events) == 1 and documents(events[0]) == ["a", "b"]


def test_a_plan_reported_before_the_event_merges_with_the_report_after_it():
    events = merge_events(candidates(
        article("plan", PLAN, "2022-01-07", [day(PLAN, "Mittwoch", "2022-01-12", tense="future")]),
        article("report", BRUSSELS_A, "2022-01-12", [day(BRUSSELS_A, "Mittwoch", "2022-01-12")]),
    ))
    assert len(events) == 1
    assert documents(events[0]) == ["plan", "report"]
    assert events[0].status == "happened"
    assert {s.status for s in events[0].sources} == {"planned", "happened"}


def test_different_events_on_the_same_day_stay_apart():
    evening = mention(BREST, "Mittwochabend", "TIME", "2022-01-12TEV", grain="partofday",
                      earliest="2022-01-12T18:00", latest="2022-01-12T23:59")
    events = merge_events(candidates(
        article("a", BRUSSELS_A, "2022-01-12", [day(BRUSSELS_A, "Mittwoch", "2022-01-12")]),
        article("b", BREST, "2022-01-12", [evening]),
    ))
    assert len(events) == 2
    assert [e.date.value for e in events] == ["2022-01-12", "2022-01-12TEV"]


def test_a_week_holds_the_day_inside_it():
    week = mention(GENEVA_WEEK, "der kommenden Woche", "DATE", "2022-W02", grain="week",
                   earliest="2022-01-10", latest="2022-01-16", tense="future")
    events = merge_events(candidates(
        article("week", GENEVA_WEEK, "2022-01-07", [week]),
        article("day", GENEVA, "2022-01-12", [day(GENEVA, "Montag", "2022-01-10")]),
    ))
    assert len(events) == 1
    assert events[0].date.value == "2022-01-10"  # the most precise date all sources allow


def test_one_article_never_gives_one_event_two_disjoint_dates():
    text = "Am Montag tagte der Rat in Brüssel. Am Mittwoch tagte der Rat in Brüssel."
    a = article("a", text, "2022-01-12", [day(text, "Montag", "2022-01-10"), day(text, "Mittwoch", "2022-01-12")])
    assert len(merge_events(candidates(a))) == 2


def test_a_context_dated_statement_joins_an_event_but_never_makes_one():
    text = "Am Mittwoch kam in Brüssel der Nato-Russland-Rat zusammen. Beide Seiten berieten rund vier Stunden lang."
    duration = mention(text, "rund vier Stunden", "DURATION", "PT4H", grain="hour", mod="APPROX")
    events = merge_events(candidates(article("a", text, "2022-01-12", [day(text, "Mittwoch", "2022-01-12"), duration])))
    assert len(events) == 1
    assert [s.dated_by for s in events[0].sources] == ["text", "context"]
    lonely = "Beide Seiten berieten rund vier Stunden lang."
    alone = mention(lonely, "rund vier Stunden", "DURATION", "PT4H", grain="hour", mod="APPROX")
    assert merge_events(candidates(article("b", lonely, "2022-01-12", [alone]))) == []


def test_events_are_sorted_by_date_and_numbered():
    text = "Am Mittwoch tagte der Rat in Brüssel. Am Montag sprach Sherman in Genf."
    a = article("a", text, "2022-01-12", [day(text, "Mittwoch", "2022-01-12"), day(text, "Montag", "2022-01-10")])
    events = merge_events(candidates(a))
    assert [(e.id, e.date.value) for e in events] == [("E001", "2022-01-10"), ("E002", "2022-01-12")]


def test_blocking_compares_only_candidates_close_in_time():
    start = dt.datetime(2000, 1, 1)
    items = [_Candidate(i, None, start + dt.timedelta(days=10 * i), start + dt.timedelta(days=10 * i, hours=23))
             for i in range(500)]
    pairs = list(candidate_pairs(items))
    assert pairs == []  # ten days apart: nothing to compare, instead of 124,750 pairs
    close = [_Candidate(i, None, start + dt.timedelta(days=i), start + dt.timedelta(days=i, hours=23))
             for i in range(500)]
    assert len(list(candidate_pairs(close))) < 500 * 5


def test_neighbourhood_finds_the_pairs_of_the_sweep_and_follows_merges():
    import random

    from chrono.events.blocking import Neighbourhood

    rng = random.Random(7)
    start = dt.datetime(2020, 1, 1)
    items = []
    for i in range(400):  # moments, days, weeks and months, some far apart
        begin = start + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 90))
        items.append(_Candidate(i, None, begin, begin + dt.timedelta(minutes=rng.choice([0, 30, 600, 1440, 10080, 40000]))))
    pairs = {frozenset((a.index, b.index)) for a, b in candidate_pairs(items)}
    near = Neighbourhood(items)
    found = {frozenset((i, int(j))) for i in range(400) for j in near.of(i, [i])}
    assert found == pairs and len(pairs) > 1000
    # after a merge a cluster's neighbours are those of its members, under the keys of their clusters
    a, b = sorted(pairs, key=sorted)[0]
    near.merged(a, [a], b, [b])
    expected = {j for m in (a, b) for j in range(400) if frozenset((m, j)) in pairs} - {a, b}
    assert set(near.of(a, [a, b]).tolist()) == expected


def test_long_intervals_are_compared_only_when_they_share_a_blocking_key():
    year = [_Candidate(i, None, dt.datetime(2014, 1, 1), dt.datetime(2014, 12, 31, 23, 59)) for i in range(300)]
    assert list(candidate_pairs(year)) == []  # 44,850 overlapping pairs, none with anything in common
    text = "Russland annektierte 2014 die Krim. Die Annexion der Krim 2014 verurteilte die Nato."
    a = article("a", text, "2022-01-12", [
        mention(text, "2014", "DATE", "2014", grain="year", earliest="2014-01-01", latest="2014-12-31"),
        mention(text, "2014", "DATE", "2014", grain="year", earliest="2014-01-01", latest="2014-12-31", nth=1)])
    both = [_Candidate(i, e, dt.datetime(2014, 1, 1), dt.datetime(2014, 12, 31)) for i, e in enumerate(candidates(a))]
    assert len(list(candidate_pairs(both))) == 1  # both speak of the Krim


def test_a_signal_only_one_side_states_does_not_count_against_a_merge():
    vienna = "Das österreichische Parlament in Wien hat am Donnerstag das Klimaschutzgesetz verabschiedet."
    plain = "Der Nationalrat hat am Donnerstag das neue Klimaschutzgesetz beschlossen."
    events = merge_events(candidates(
        article("a", vienna, "2023-02-09", [day(vienna, "Donnerstag", "2023-02-09")]),
        article("b", plain, "2023-02-09", [day(plain, "Donnerstag", "2023-02-09")]),
    ))
    assert len(events) == 1 and documents(events[0]) == ["a", "b"]


def test_the_chronology_lists_one_source_entry_per_article():
    text = "Am Mittwoch kam in Brüssel der Nato-Russland-Rat zusammen. Beide Seiten berieten rund vier Stunden lang."
    duration = mention(text, "rund vier Stunden", "DURATION", "PT4H", grain="hour", mod="APPROX")
    [event] = merge_events(candidates(article("a", text, "2022-01-12", [day(text, "Mittwoch", "2022-01-12"), duration])))
    [entry] = event.to_dict()["sources"]
    assert entry["mention"]["text"] == "Am Mittwoch" and entry["dated_by"] == "text"
    [other] = entry["statements"]
    assert other["dated_by"] == "context" and other["durations"][0]["text"] == "rund vier Stunden"


def test_one_shared_country_is_not_enough_to_merge():
    talks = "Zu Wochenbeginn waren Verhandlungen zwischen den USA und Russland über den Ukraine-Konflikt zu Ende gegangen."
    soldier = "Nach Angaben der Ukraine kam am Dienstag erneut einer ihrer Soldaten bei Kämpfen ums Leben."
    week = mention(talks, "Wochenbeginn", "DATE", "2022-W02", grain="week", mod="START",
                   earliest="2022-01-10", latest="2022-01-12")
    events = merge_events(candidates(
        article("a", talks, "2022-01-12", [week]),
        article("b", soldier, "2022-01-12", [day(soldier, "Dienstag", "2022-01-11")]),
    ))
    assert len(events) == 2


def test_the_kind_of_happening_is_read_from_the_head_of_a_compound():
    from chrono.events.similarity import _kinds

    def kinds(text):
        [event] = extract_events(article("a", text, "2025-03-24", [day(text, "Sonntag", "2025-03-23")]))
        return _kinds(event)

    assert kinds("Die CDU hat die Landtagswahl am Sonntag gewonnen.") == {"vote"}
    assert kinds("Die Wahlbeteiligung lag am Sonntag bei 61 Prozent.") == set()
    assert kinds("CDU und SPD haben am Sonntag Sondierungsgespräche aufgenommen.") == {"talks"}


def test_a_city_and_a_region_are_no_evidence_against_one_event():
    from chrono.events.similarity import Cluster as _Cluster
    from chrono.events.similarity import Profiles as _Profiles
    from chrono.events.similarity import _entity_weights, _vectorise, places_meet

    talks = "Die Sondierungen zwischen CDU und SPD haben am Dienstag {} begonnen."
    places = ["in Saarbrücken", "im Saarland", "in Bayern", "in Mainz"]
    texts = [talks.format(p) for p in places]
    events = candidates(*(article(str(i), t, "2025-03-26", [day(t, "Dienstag", "2025-03-25")])
                          for i, t in enumerate(texts)))
    profiles = _Profiles(_vectorise(events), _entity_weights(events))
    saarbruecken, saarland, bayern, mainz = (
        _Cluster(_Candidate(i, e, dt.datetime(2025, 3, 25), dt.datetime(2025, 3, 25, 23, 59)), profiles)
        for i, e in enumerate(events))
    assert places_meet(saarbruecken, saarland) is None  # the city may lie in the region: nothing said
    assert places_meet(saarland, bayern) == 0.0 and places_meet(saarbruecken, mainz) == 0.0
    assert places_meet(saarland, saarland) == 1.0


def merged_reports(reports: dict[str, str], published: str, weekday: str, value: str) -> list[list[str]]:
    """The documents of each event that one-sentence reports of ``weekday`` (= ``value``) make."""
    events = merge_events(candidates(*(article(name, text, published, [day(text, weekday, value)])
                                       for name, text in reports.items())))
    return sorted(documents(e) for e in events)


def test_match_reports_written_to_one_template_are_told_apart_by_their_teams():
    reports = {"a": "Der FC Bayern hat am Samstag in München gegen Mainz mit 3:0 gewonnen.",
               "b": "Borussia Dortmund hat am Samstag in Bochum mit 2:1 gewonnen.",
               "c": "Der VfB Stuttgart hat am Samstag gegen Freiburg mit 1:0 gewonnen.",
               "d": "Der FC Bayern besiegte am Samstag den FSV Mainz souverän mit 3:0."}
    assert merged_reports(reports, "2024-09-02", "Samstag", "2024-08-31") == [["a", "d"], ["b"], ["c"]]


def test_elections_in_two_states_on_one_day_stay_apart():
    reports = {"a": "Bei der Landtagswahl in Sachsen ist die CDU am Sonntag knapp stärkste Kraft geworden.",
               "b": "Bei der Landtagswahl in Thüringen ist die AfD am Sonntag stärkste Kraft geworden.",
               "c": "Die CDU hat am Sonntag die Landtagswahl in Sachsen knapp gewonnen."}
    assert merged_reports(reports, "2024-09-02", "Sonntag", "2024-09-01") == [["a", "c"], ["b"]]


def test_different_events_in_one_city_on_one_day_stay_apart():
    reports = {"a": "Am Samstag demonstrierten in Wien rund 5000 Menschen gegen die Regierung.",
               "b": "Bundeskanzler Karl Nehammer (ÖVP) hat am Samstag in Wien eine Pressekonferenz zur Budgetlage gegeben.",
               "c": "Tausende Menschen gingen am Samstag in Wien gegen die Regierung auf die Straße.",
               "d": "Die Polizei hat am Samstag in Wien einen mutmaßlichen Einbrecher festgenommen.",
               "e": "Bei einer Kundgebung gegen die Regierung in Wien zählte die Polizei am Samstag rund 5000 Teilnehmer."}
    events = merge_events(candidates(*(article(name, text, "2024-03-11", [day(text, "Samstag", "2024-03-09")])
                                       for name, text in reports.items())))
    assert sorted(documents(e) for e in events) == [["a", "c", "e"], ["b"], ["d"]]
    [demo] = [e for e in events if documents(e) == ["a", "c", "e"]]
    assert demo.title == "Rund 5000 Menschen demonstrierten in Wien gegen die Regierung"


def test_statement_cosines_in_bulk_are_the_pairwise_ones_bit_for_bit():
    from chrono.events.similarity import Cluster as _Cluster
    from chrono.events.similarity import Profiles as _Profiles
    from chrono.events.similarity import _entity_weights, _vectorise, text_cosine
    from chrono.events.similarity import cosines as _cosines

    texts = [(BRUSSELS_A, "Mittwoch"), (BRUSSELS_B, "Mittwoch"), (PLAN, "Mittwoch"), (GENEVA, "Montag")]
    events = candidates(*(article(str(i), t, "2022-01-12", [day(t, phrase, "2022-01-12")])
                          for i, (t, phrase) in enumerate(texts)))
    assert len(events) == len(texts)
    profiles = _Profiles(_vectorise(events), _entity_weights(events))
    start = dt.datetime(2022, 1, 12)
    clusters = [_Cluster(_Candidate(i, e, start, start), profiles) for i, e in enumerate(events)]
    clusters[1].absorb(clusters.pop(2))  # a grown vector: features in the order they came
    for hub in clusters:
        others = [c for c in clusters if c is not hub]
        first = [n % 2 == 0 for n in range(len(others))]
        expected = [text_cosine(hub, o) if f else text_cosine(o, hub) for o, f in zip(others, first, strict=True)]
        assert _cosines(hub, others, first) == expected


# ---------------------------------------------------------------- evidence and its record


FIRE_A = "Ein Großbrand hat am Dienstagabend ein Sägewerk in Bad Kötzting zerstört."
FIRE_B = "Am Dienstagabend war in dem Betrieb in Bad Kötzting ein Feuer ausgebrochen."
BRAWL = "Am Dienstagabend gingen in Bad Kötzting Fans nach dem Spiel in einer Schlägerei aufeinander los."


def evening(text):
    return mention(text, "Dienstagabend", "TIME", "2025-03-11TEV", grain="partofday",
                   earliest="2025-03-11T18:00", latest="2025-03-11T23:59")


def test_one_happening_told_with_other_words_merges_by_its_kind_and_place():
    events = merge_events(candidates(article("a", FIRE_A, "2025-03-12", [evening(FIRE_A)]),
                                     article("b", FIRE_B, "2025-03-12", [evening(FIRE_B)])))
    assert [documents(e) for e in events] == [["a", "b"]]


def test_a_merged_event_records_which_features_decided():
    [event] = merge_events(candidates(article("a", FIRE_A, "2025-03-12", [evening(FIRE_A)]),
                                      article("b", FIRE_B, "2025-03-12", [evening(FIRE_B)])))
    record = event.to_dict()["merge"]
    assert {"kind", "places", "dates"} <= set(record["decided_by"])
    [link] = record["links"]
    assert link["shared"]["kinds"] == ["fire"] and link["shared"]["places"] == ["Bad Kötzting"]
    assert link["dates"] == "overlap" and link["score"] >= 0.3


def test_an_event_of_one_statement_has_no_merge_record():
    [event] = merge_events(candidates(article("a", FIRE_A, "2025-03-12", [evening(FIRE_A)])))
    assert "merge" not in event.to_dict()


def test_two_kinds_of_happening_of_one_evening_in_one_town_stay_apart():
    events = merge_events(candidates(article("a", FIRE_A, "2025-03-12", [evening(FIRE_A)]),
                                     article("b", BRAWL, "2025-03-12", [evening(BRAWL)])))
    assert sorted(documents(e) for e in events) == [["a"], ["b"]]


def test_approximate_clock_times_of_one_moment_can_merge():
    a = "Das Feuer im Sägewerk in Bad Kötzting brach gegen 21.15 Uhr aus."
    b = "Gegen 21.10 Uhr meldete die Leitstelle den Brand im Sägewerk in Bad Kötzting."
    events = merge_events(candidates(
        article("a", a, "2025-03-12", [mention(a, "gegen 21.15 Uhr", "TIME", "2025-03-11T21:15", grain="minute", mod="APPROX",
                                                       earliest="2025-03-11T21:15", latest="2025-03-11T21:15")]),
        article("b", b, "2025-03-12", [mention(b, "Gegen 21.10 Uhr", "TIME", "2025-03-11T21:10", grain="minute", mod="APPROX",
                                                       earliest="2025-03-11T21:10", latest="2025-03-11T21:10")])))
    assert [documents(e) for e in events] == [["a", "b"]]


def test_a_clock_time_whose_day_is_uncertain_merges_and_conflicts_with_nothing():
    from chrono.findings.report import check

    a = "Der Bergsturz in Schiers ging am Dienstag nieder."
    b = "Der Bergsturz in Schiers ging um 2.40 Uhr nieder."  # its day is the one the text seemed to mean
    events = merge_events(candidates(
        article("a", a, "2025-10-22", [day(a, "Dienstag", "2025-10-21")]),
        article("b", b, "2025-10-22", [mention(b, "2.40 Uhr", "TIME", "2025-10-22T02:40", grain="minute",
                                               earliest="2025-10-22T02:40", latest="2025-10-22T02:40")])))
    assert [documents(e) for e in events] == [["a", "b"]]
    assert [f.kind for f in check(events, [])] == []


def test_a_date_named_as_a_date_is_compared_with_the_happening_of_the_sentence_before():
    a = ("Wann die Bewohner der geräumten Häuser in Leuna zurückkehren können, ist offen. "
         "Einsatzleiter Jens Kuhnert nannte den 14. März als frühesten Termin.")
    b = "Die Bewohner der geräumten Häuser in Leuna können am 14. März zurückkehren."
    found = candidates(article("a", a, "2025-02-03", [day(a, "14. März", "2025-03-14")]),
                       article("b", b, "2025-02-03", [day(b, "14. März", "2025-03-14", tense="future")]))
    assert "Bewohner" in found[0].sources[0].statement
    assert [documents(e) for e in merge_events(found)] == [["a", "b"]]


def test_a_date_without_a_date_noun_keeps_its_own_statement():
    a = "Wann die Bewohner der geräumten Häuser in Leuna zurückkehren können, ist offen. Kuhnert tagte am 14. März."
    [event] = candidates(article("a", a, "2025-02-03", [day(a, "14. März", "2025-03-14")]))
    assert "Bewohner" not in event.sources[0].statement


def test_one_sentence_reported_every_other_day_does_not_chain_into_one_event():
    """Complete linkage on dates: reports two days apart may be one event told with conflicting
    dates, but no event holds two reports further apart than that window, however alike."""
    text = "Die Polizei in Hafenstadt bittet nach dem Einbruch vom {} um Hinweise."
    days = ["2023-01-02", "2023-01-04", "2023-01-06", "2023-01-08", "2023-01-10"]
    reports = []
    for n, value in enumerate(days):
        phrase = f"{int(value[-2:])}. Januar"
        body = text.format(phrase)
        reports.append(article(f"r{n}", body, value, [day(body, phrase, value)]))
    events = merge_events(candidates(*reports))
    for event in events:
        dates = sorted(dt.date.fromisoformat(days[int(s.document[1:])]) for s in event.sources)
        assert (dates[-1] - dates[0]).days <= 3, [s.document for s in event.sources]
    assert len(events) < len(days)  # neighbours two days apart still meet


def test_figures_of_different_companies_written_to_one_template_stay_apart():
    """A company named with its legal form is an actor: two firms' results on one day are two
    events, one firm's results told twice are one."""
    reports = {"a": "Die Löreiter AG hat am Dienstag ihre Zahlen für das dritte Quartal vorgelegt.",
               "b": "Die Rüke AG hat am Dienstag ihre Zahlen für das dritte Quartal vorgelegt.",
               "c": "Am Dienstag legte die Löreiter AG ihre Quartalszahlen vor."}
    assert merged_reports(reports, "2023-08-09", "Dienstag", "2023-08-08") == [["a", "c"], ["b"]]
