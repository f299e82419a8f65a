"""Day words beside day names, and happenings denied or demanded, when dating an article."""
from __future__ import annotations

import datetime as dt

from chrono.dating.daywords import day_word_constraints
from chrono.dating.state import prepare_state
from chrono.events.features import features
from chrono.model import Article

WED, THU = dt.date(2025, 3, 12), dt.date(2025, 3, 13)


def _constraints(text: str, kind: str):
    state = prepare_state(Article(id="a", text=text))
    return [c for c in day_word_constraints(state) if c.kind == kind]


def test_a_day_word_read_as_nowadays_still_names_the_weekday_beside_it():
    [c] = _constraints("Eine Einigung könnte noch heute, Dienstag, verkündet werden.", "apposition")
    assert c.test(dt.date(2025, 4, 8)) == 1.0 and c.test(dt.date(2025, 4, 7)) == 0.0


def test_one_day_is_not_called_gestern_and_by_its_weekday():
    [c] = _constraints("Albers hat gestern Abend ihren Rücktritt erklärt. Am Dienstag hatte sie im Ausschuss "
                       "noch von Einzelfällen gesprochen.", "one name")
    assert c.test(WED) == 0.0  # gestern and Dienstag would both be 11 March
    assert c.test(THU) == 1.0


def test_a_day_written_as_a_date_is_not_the_day_named_by_a_weekday():
    # 14 July 2025 is a Monday: on 15 July "seit Montagmorgen" would be that same day
    [c] = _constraints("Funken hätten am 14. Juli trockenes Gras entzündet. Erst seit Montagmorgen rollen "
                       "wieder Züge.", "date or name")
    assert c.test(dt.date(2025, 7, 15)) == 0.0
    assert c.test(dt.date(2025, 7, 22)) == 1.0  # the Monday after: two days
    assert not _constraints("Am Montag, 14. Juli, fing die Böschung Feuer.", "date or name")  # one day named twice


def test_a_day_word_in_a_quote_speaks_from_the_quote():
    assert not _constraints("«Heute ist ein guter Tag für das Land», sagte Lohse am Mittwoch in Hannover.", "one name")


def test_a_happening_excluded_or_demanded_gives_no_kind():
    excluded = features("Am Dienstag hatte Albers im Innenausschuss einen Rücktritt noch ausgeschlossen.")
    assert "council" in excluded.kinds and "dismissal" not in excluded.kinds
    assert "rücktritt" not in excluded.words
    assert "dismissal" in features("Albers hat am Abend ihren Rücktritt erklärt.").kinds
    demanded = features("Die Grünen verlangen, dass der Landtag einen Untersuchungsausschuss einsetzt.")
    assert "council" not in demanded.kinds
    assert "council" in features("Der Untersuchungsausschuss tagt am Mittwoch zum ersten Mal.").kinds


def test_a_sentence_that_dates_something_else_by_an_event_does_not_date_the_event():
    from chrono.dating.elapsed import _dates_the_event
    from chrono.dating.sentences import reference_phrase

    phrase = reference_phrase("de")
    assert not _dates_the_event("Der seit dem Murgang vermisste Mann ist am Donnerstag gefunden worden.", "murgang", phrase)
    assert _dates_the_event("Am Dienstagabend ist ein Murgang in das Dorf niedergegangen.", "murgang", phrase)


def test_the_event_of_an_elapsed_time_is_its_noun_not_an_adjective_before_it():
    from chrono.dating.elapsed import _cues

    after = _cues("de")["after"]
    text = "Zwei Wochen nach der angekündigten Schließung haben sich beide Seiten geeinigt."
    assert after.match(text, len("Zwei Wochen")).group(1) == "Schließung"
    assert after.match("Vier Tage nach dem Murgang", len("Vier Tage")).group(1) == "Murgang"


def test_a_phrase_that_dates_by_another_happening_is_not_what_the_mention_dates():
    state = prepare_state(Article(id="a", text="Rund 200 Leute kamen gestern Abend zum Informationsabend der Gemeinde, "
                                  "neun Tage nach dem Ausbruch des Waldbrands."))
    evening = next(i for i, m in enumerate(state.mentions) if m.text.startswith("gestern"))
    assert "fire" in state.sentences[0].feats.kinds  # the sentence names the fire ...
    assert "fire" not in state.feats_of(evening).kinds and "waldbrand" not in state.feats_of(evening).words
    own = prepare_state(Article(id="b", text="Seit dem Angriff in der Nacht zum 2. März arbeitet die Verwaltung ohne Computer."))
    night = next(i for i, m in enumerate(own.mentions) if "Nacht" in m.text)
    assert "attack" in own.feats_of(night).kinds  # ... a date right after the phrase is the phrase's own


def test_an_elapsed_time_counts_from_the_noun_of_a_genitive_too():
    from chrono.dating.elapsed import _cues

    found = _cues("de")["after"].match(" nach dem Ausbruch des Waldbrands.")
    assert found is not None and found.groups() == ("Ausbruch", "Waldbrands")


def test_a_sentence_opened_by_damals_tells_what_the_date_before_it_dates():
    text = ("„Es ist mehr, als wir vor 16 Tagen hatten“, sagte die Betriebsrätin. Damals hatte der Konzernchef "
            "angekündigt, das Werk bis Ende September zu schließen. Die Kantine bleibt offen.")
    from chrono.events.features import stem

    state = prepare_state(Article(id="a", text=text))
    back = next(i for i, m in enumerate(state.mentions) if m.text == "vor 16 Tagen")
    assert {"konzernchef", "werk"} <= state.feats_of(back).words
    assert stem("Kantine") not in state.feats_of(back).words  # only the sentence that continues it
    plain = prepare_state(Article(id="b", text=text.replace("Damals hatte", "Zuvor hatte")))
    back = next(i for i, m in enumerate(plain.mentions) if m.text == "vor 16 Tagen")
    assert "konzernchef" not in plain.feats_of(back).words
