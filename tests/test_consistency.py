"""The consistency report: dates, durations, anchors and publication dates of one event."""
from __future__ import annotations

from event_helpers import article, day, mention

from chrono.events.candidates import extract_events
from chrono.events.merging import merge_events
from chrono.findings.report import check, duration_range, event_dict, has_conflict
from chrono.model import Published
from chrono.temporal.expr import DayShift, Weekday

MEETING = "Am Mittwoch kam in Brüssel der Nato-Russland-Rat zusammen."


def report(*articles):
    events = merge_events([e for a in articles for e in extract_events(a)])
    return events, check(events, articles)


def meeting(id_: str, extra: str, duration_phrase: str, value: str, mod: str | None):
    text = MEETING + " " + extra
    mentions = [day(text, "Mittwoch", "2022-01-12"),
                mention(text, duration_phrase, "DURATION", value, grain="hour", mod=mod)]
    return article(id_, text, "2022-01-12", mentions)


def test_durations_that_do_not_meet_are_a_discrepancy_with_every_quote():
    events, findings = report(
        meeting("a", "Beide Seiten berieten rund vier Stunden lang.", "rund vier Stunden", "PT4H", "APPROX"),
        meeting("b", "Die Diskussionen dauerten mit vier Stunden länger als erwartet.", "vier Stunden", "PT4H", None),
        meeting("c", "Stoltenberg sprach nach fast fünfstündigen Beratungen.", "fast fünfstündigen", "PT5H",
                "LESS_THAN"),
    )
    [finding] = [f for f in findings if f.kind == "duration_discrepancy"]
    assert finding.severity == "discrepancy"
    assert finding.event == events[0].id and events[0].findings == [finding.id]
    assert sorted(s["document"] for s in finding.sources) == ["a", "b", "c"]
    assert "„rund vier Stunden“" in finding.explanation and "„fast fünfstündigen“" in finding.explanation
    assert "„mit vier Stunden“" in finding.explanation
    assert "fast fünf Stunden" in finding.explanation  # the duration in words, not PT5H


def test_durations_that_agree_make_no_finding():
    _, findings = report(
        meeting("a", "Beide Seiten berieten rund vier Stunden lang.", "rund vier Stunden", "PT4H", "APPROX"),
        meeting("b", "Die Diskussionen dauerten vier Stunden.", "vier Stunden", "PT4H", None),
    )
    assert findings == []


def test_amount_words_become_ranges():
    hours = 3600
    assert duration_range({"value": "PT4H", "mod": "APPROX", "text": "rund vier Stunden"}) == (
        3.6 * hours, 4.4 * hours)
    low, high = duration_range({"value": "PT5H", "mod": "LESS_THAN", "text": "fast fünfstündigen"})
    assert (low, high) == (4.5 * hours, 5 * hours)
    assert duration_range({"value": "PT5H", "mod": "LESS_THAN", "text": "weniger als fünf Stunden"})[0] == 0


def test_disjoint_dates_of_one_event_are_a_conflict():
    tuesday = "Der Nato-Russland-Rat kam am Dienstag in Brüssel zusammen, die Fronten bleiben verhärtet."
    wednesday = "Der Nato-Russland-Rat kam am Mittwoch in Brüssel zusammen, die Fronten bleiben verhärtet."
    _, findings = report(
        article("a", tuesday, "2022-01-12", [day(tuesday, "Dienstag", "2022-01-11")]),
        article("b", wednesday, "2022-01-12", [day(wednesday, "Mittwoch", "2022-01-12")]),
    )
    [conflict] = [f for f in findings if f.kind == "date_conflict"]
    assert conflict.severity == "conflict" and has_conflict(findings)
    assert {s["value"] for s in conflict.sources} == {"2022-01-11", "2022-01-12"}


def test_a_more_precise_source_refines_a_vaguer_one():
    week = "Es soll in der kommenden Woche Treffen von Unterhändlern aus Moskau und Washington in Genf geben."
    monday = "Sherman hatte bereits am Montag die US-Delegation bei Gesprächen mit Russland in Genf angeführt."
    _, findings = report(
        article("week", week, "2022-01-07", [mention(week, "der kommenden Woche", "DATE", "2022-W02", grain="week",
                                                     earliest="2022-01-10", latest="2022-01-16", tense="future")]),
        article("day", monday, "2022-01-12", [day(monday, "Montag", "2022-01-10")]),
    )
    assert [(f.kind, f.severity) for f in findings] == [("date_refinement", "note")]
    assert not has_conflict(findings)


def test_an_elapsed_time_that_misses_the_stated_start_is_an_anchor_discrepancy():
    text = "Erstmals seit drei Jahren kam in Brüssel am Mittwoch wieder der Nato-Russland-Rat zusammen."
    other = "Zum ersten Mal seit Juli 2019 kam am Mittwoch in Brüssel der Nato-Russland-Rat zusammen."
    _, findings = report(
        article("a", text, "2022-01-12", [mention(text, "drei Jahren", "DURATION", "P3Y", grain="year", signal="seit"),
                                          day(text, "Mittwoch", "2022-01-12")]),
        article("b", other, "2022-01-12", [mention(other, "Juli 2019", "DATE", "2019-07", grain="month",
                                                   earliest="2019-07-01", latest="2019-07-31", signal="seit"),
                                           day(other, "Mittwoch", "2022-01-12")]),
    )
    [finding] = [f for f in findings if f.kind == "anchor_discrepancy"]
    assert finding.severity == "discrepancy"
    assert {s["document"] for s in finding.sources} == {"a", "b"}


def test_an_elapsed_time_that_fits_the_stated_start_makes_no_finding():
    text = "Erstmals seit zweieinhalb Jahren kam in Brüssel am Mittwoch wieder der Nato-Russland-Rat zusammen."
    other = "Zum ersten Mal seit Juli 2019 kam am Mittwoch in Brüssel der Nato-Russland-Rat zusammen."
    _, findings = report(
        article("a", text, "2022-01-12", [mention(text, "zweieinhalb Jahren", "DURATION", "P30M", grain="month",
                                                  signal="seit"), day(text, "Mittwoch", "2022-01-12")]),
        article("b", other, "2022-01-12", [mention(other, "Juli 2019", "DATE", "2019-07", grain="month",
                                                   earliest="2019-07-01", latest="2019-07-31", signal="seit"),
                                           day(other, "Mittwoch", "2022-01-12")]),
    )
    assert [f for f in findings if f.kind == "anchor_discrepancy"] == []


def test_a_past_report_dated_after_publication_is_a_publication_date_conflict():
    text = "Der Nato-Russland-Rat kam am 12. Januar 2022 in Brüssel zusammen."
    _, findings = report(article("a", text, "2022-01-07", [day(text, "12. Januar 2022", "2022-01-12")]))
    [finding] = findings
    assert (finding.kind, finding.severity) == ("publication_date", "conflict")


def test_a_relative_date_is_never_held_against_the_publication_date_it_came_from():
    text = "Der Nationalrat hat die Reform am Dienstag angenommen."
    # resolved forwards by mistake: a tense problem, not a publication-date problem
    tuesday = day(text, "Dienstag", "2023-02-14", expr=Weekday(2))
    _, findings = report(article("a", text, "2023-02-08", [tuesday]))
    assert findings == []


def test_a_conflict_that_the_runner_up_publication_date_resolves_is_a_publication_date_finding():
    absolute = "Der Nato-Russland-Rat kam am 10. Januar 2022 in Brüssel zusammen."
    relative = "Der Nato-Russland-Rat kam gestern in Brüssel zusammen."
    a = article("a", absolute, "2022-01-12", [day(absolute, "10. Januar 2022", "2022-01-10")])
    b = article("b", relative, None, [day(relative, "gestern", "2022-01-11", expr=DayShift(-1))])
    b.published = Published("2022-01-12", "day", "inferred", 0.5, runner_up={"value": "2022-01-11", "score": 0.4})
    events = [event_dict(e, [a, b]) for e in merge_events(extract_events(a) + extract_events(b))]
    [finding] = check(events, [a, b])
    assert (finding.kind, finding.severity) == ("publication_date", "discrepancy")
    assert "11. Januar 2022" in finding.explanation and "10. Januar 2022" in finding.explanation


def test_a_written_chronology_can_be_checked_again():
    from chrono.pipeline import chronology_from_articles

    articles = [
        meeting("a", "Beide Seiten berieten rund vier Stunden lang.", "rund vier Stunden", "PT4H", "APPROX"),
        meeting("c", "Stoltenberg sprach nach fast fünfstündigen Beratungen.", "fast fünfstündigen", "PT5H",
                "LESS_THAN"),
    ]
    data = chronology_from_articles(articles)
    again = check(data)
    assert [f.to_dict() for f in again] == data["findings"]


def _statement(document, sentence, text, value, earliest, latest, signal=None):
    mention = {"text": text, "start": 0, "end": len(text), "value": value, "type": "DATE"}
    if signal:
        mention["signal"] = signal
    return {"document": document, "outlet": None, "published": None, "sentence": sentence,
            "sentence_start": 0, "sentence_end": len(sentence), "mention": mention, "status": "happened",
            "dated_by": "text", "date": {"value": value, "earliest": earliest, "latest": latest},
            "relative": True, "durations": [], "anchors": []}


def _event(*sources):
    return {"id": "E001", "date": {"value": "2025-02-07TEV", "earliest": "2025-02-07T18:00",
                                   "latest": "2025-02-07T23:59"}, "sources": list(sources)}


def test_a_start_and_an_end_of_one_state_do_not_conflict():
    start = _statement("a", "Die Passstraße wird ab Freitagabend gesperrt.", "ab Freitagabend", "2025-02-07TEV",
                       "2025-02-07T18:00", "2025-02-07T23:59", signal="ab")
    end = _statement("b", "Die Passstraße bleibt bis Montag gesperrt.", "bis Montag", "2025-02-10",
                     "2025-02-10", "2025-02-10", signal="bis")
    assert check([_event(start, end)]) == []


def test_an_end_before_the_start_is_still_a_conflict():
    start = _statement("a", "Die Passstraße wird ab Montag gesperrt.", "ab Montag", "2025-02-10",
                       "2025-02-10", "2025-02-10", signal="ab")
    end = _statement("b", "Die Passstraße bleibt bis Freitag gesperrt.", "bis Freitag", "2025-02-07",
                     "2025-02-07", "2025-02-07", signal="bis")
    [finding] = check([_event(start, end)])
    assert finding.kind == "date_conflict"
