"""The habits of news that break ties between equally good publication days, and how far the
evidence of inferred articles carries."""
from __future__ import annotations

import datetime as dt

from chrono.dating.constraints import latest_past_day, news_habit
from chrono.dating.solver import TIE_MARGIN, Constraint, solve
from chrono.dating.state import prepare_state
from chrono.model import Article

D = dt.date
TUE, WED, THU = D(2025, 10, 7), D(2025, 10, 8), D(2025, 10, 9)


def _state(text: str):
    return prepare_state(Article(id="a", text=text))


def _week(start: D, weight: float = 1.0) -> Constraint:
    end = start + dt.timedelta(days=6)
    return Constraint("week", weight, lambda d: float(start <= d <= end), lambda d: "week", (start, end))


def test_evidence_lighter_than_the_tie_margin_does_not_outweigh_the_habit():
    light = Constraint("light", TIE_MARGIN / 2, lambda d: float(d == THU), lambda d: "light", None)
    solution = solve([_week(TUE), light], habit=lambda d: ((d - TUE).days,))
    assert solution.best == TUE and solution.tie_broken_by_recency
    heavy = Constraint("heavy", 3 * TIE_MARGIN, lambda d: float(d == THU), lambda d: "heavy", None)
    assert solve([_week(TUE), heavy], habit=lambda d: ((d - TUE).days,)).best == THU


def test_a_day_word_that_moves_with_the_publication_day_does_not_hide_the_named_day():
    state = _state("Die Firma hat am Dienstag einen Antrag eingebracht. Das teilte sie am Nachmittag mit.")
    latest = latest_past_day(state, THU)
    assert latest is not None and latest[0] == TUE  # not the afternoon of every candidate day
    habit = news_habit(state)
    assert habit(TUE) < habit(WED) < habit(THU)


def test_a_pluperfect_weekday_comes_before_the_latest_past_day():
    from chrono.dating.order import order_constraints

    state = _state("Der Verteidiger hat am Freitag Berufung angemeldet. "
                   "Das Gericht hatte den Angeklagten am Mittwoch verurteilt.")
    [c] = order_constraints(state)
    assert c.test(D(2025, 11, 12)) == 0.0  # Freitag 7 November, Mittwoch 12 November: the wrong way round
    assert c.test(D(2025, 11, 15)) == 1.0  # Freitag 14, Mittwoch 12 November
    assert "pluperfect" in c.note(D(2025, 11, 12))


def test_a_plain_past_of_haben_or_sein_is_no_pluperfect():
    from chrono.dating.order import order_constraints

    assert order_constraints(_state("Er war am Dienstag in Wien. Am Freitag sprach er in Graz.")) == []


def test_an_event_dated_by_inference_dates_another_article_no_more_surely():
    from chrono.dating.anchors import Anchor, AnchorSet, Matcher
    from chrono.dating.constraints import anchored_constraints, near_anchors
    from chrono.events.features import Rarity

    state = _state("Die Belegschaft wurde am Mittwoch in einer Betriebsversammlung in Kufstein informiert.")
    other = _state("Heute früh versammelten sich die Mitarbeiter in Kufstein zur Betriebsversammlung.")
    rarity = Rarity()
    for s in state.sentences + other.sentences:
        rarity.add(s.feats)
    for trust, ceiling in ((0.9, 0.9), (0.3, 0.3)):
        anchors = AnchorSet([Anchor("1:other", WED, WED, other.sentences[0].text, other.sentences[0].feats, trust)])
        near = near_anchors(state, "0:a", anchors, None)
        [c] = anchored_constraints(state, near, Matcher(rarity))
        assert c.reliability == ceiling and c.test(THU) == 1.0


def test_a_seit_duration_in_a_present_clause_lasts_until_publication():
    from chrono.temporal.extract import tag

    def tense(text: str) -> str | None:
        [m] = [m for m in tag(text, published=D(2025, 4, 16), language="de") if m.type == "DURATION"]
        return m.tense

    assert tense("Seit einer Woche ist Reto Gisler Trainer in Wien.") == "present"  # counts from the day itself
    assert tense("Er war seit einer Woche Trainer.") == "past"
    assert tense("Seit drei Tagen hatte er nichts gegessen.") == "past"


def test_a_weak_date_keeps_the_later_days_on_which_its_day_names_mean_the_same():
    import datetime as dt

    from chrono.dating.inference import Resolver
    from chrono.dating.state import prepare_state
    from chrono.dating.window import widened
    from chrono.model import Article

    monday = dt.date(2026, 2, 2)
    weekly = prepare_state(Article(id="w", text="Am Montag begann der Abbau der ersten Fertigungslinie.\n"), Resolver())
    # "am Montag" (past) is that Monday on every day up to the Sunday after it
    assert widened(weekly, monday, (monday, monday), 0.2) == (monday, dt.date(2026, 2, 8))
    assert widened(weekly, monday, (monday, monday), 0.9) == (monday, monday)  # sure evidence: as it was
    daily = prepare_state(Article(id="g", text="Gestern begann der Abbau der ersten Fertigungslinie.\n"), Resolver())
    assert widened(daily, monday, (monday, monday), 0.2) == (monday, monday)  # "gestern" moves with the day


def test_a_yearless_date_told_in_the_past_lies_before_publication():
    from chrono.dating.constraints import _yearless_bounds

    state = prepare_state(Article(id="a", text="Am 22. Juli nannte die Staatsanwaltschaft die Ursache."))
    [bound] = _yearless_bounds(state)
    assert bound.test(dt.date(2025, 7, 15)) == 0.0  # on 15 July it would be a report of a coming day
    assert bound.test(dt.date(2025, 7, 22)) == 1.0 and bound.test(dt.date(2025, 7, 31)) == 1.0
    assert not _yearless_bounds(prepare_state(Article(id="b", text="Am 22. Juli soll die Ursache feststehen.")))


def test_part_of_a_yearless_month_told_in_the_past_began_before_publication():
    from chrono.dating.constraints import _yearless_bounds

    state = prepare_state(Article(id="a", text="Die Brücke, die Anfang Oktober eingehoben wurde, hält."))
    [bound] = _yearless_bounds(state)
    assert bound.test(dt.date(2023, 9, 22)) == 0.0  # in September it would still be to come
    assert bound.test(dt.date(2023, 10, 3)) == 1.0 and bound.test(dt.date(2023, 10, 15)) == 1.0
    # a whole season or year is no such bound: only days of one month at most
    assert not _yearless_bounds(prepare_state(Article(id="b", text="Im Sommer wurde die Brücke gebaut.")))
