"""The words of findings: German templates, sources by name, dates and durations in words."""
from __future__ import annotations

from chrono.findings.wording import Wording, document_names, explain
from chrono.render.labels import duration_words


def _source(document: str, text: str, value: str, earliest: str, latest: str, outlet: str | None = None) -> dict:
    return {"document": document, "outlet": outlet, "published": "2022-01-12",
            "mention": {"text": text, "value": value},
            "date": {"value": value, "earliest": earliest, "latest": latest}}


def test_a_refinement_names_the_week_and_its_days_and_the_sources_by_name():
    coarse = _source("003_8e5494bd7d007070", "in der kommenden Woche", "2022-W02", "2022-01-10", "2022-01-16")
    fine = _source("000_4c861c54e3e3357d", "am Montag", "2022-01-10", "2022-01-10", "2022-01-10", outlet="ZDF")
    names = document_names([{"id": "003_8e5494bd7d007070", "file": "seeds/003_8e5494bd7d007070.txt"},
                            {"id": "000_4c861c54e3e3357d", "source": "ZDF"}])
    text = explain(Wording("date_refinement", {"coarse_source": coarse, "fine_source": fine}), names)
    assert text.startswith("Artikel 003 datiert es nur ungefähr („in der kommenden Woche“: KW 2/2022 (10.–16. Jan. 2022))")
    assert "ZDF nennt das genaue Datum („am Montag“: Montag, 10. Januar 2022)" in text
    assert "8e5494bd" not in text and "2022-W02" not in text


def test_a_date_conflict_lists_each_date_in_words_with_its_sources():
    a = _source("a", "am Dienstag", "2022-01-11", "2022-01-11", "2022-01-11", outlet="dpa")
    b = _source("b", "am Montag", "2022-01-10", "2022-01-10", "2022-01-10", outlet="ZDF")
    text = explain(Wording("date_conflict", {"dated": [a, b], "doubtful": [b]}), {})
    assert "Dienstag, 11. Januar 2022 bei dpa; Montag, 10. Januar 2022 bei ZDF" in text
    assert "ZDF: das Datum ist relativ" in text


def test_durations_are_said_as_a_reader_would():
    assert duration_words("PT5H", "LESS_THAN", "fast fünfstündigen") == "fast fünf Stunden"
    assert duration_words("PT4H", None, "rund vier Stunden") == "rund vier Stunden"
    assert duration_words("PT20H", "MORE_THAN", "mehr als 20 Stunden") == "mehr als 20 Stunden"
    assert duration_words("P1D") == "ein Tag" and duration_words("PT90M") == "90 Minuten"
    assert duration_words("P1.5Y") == "anderthalb Jahre"


def test_a_plain_string_explanation_is_kept():
    assert explain("schon in Worten", {}) == "schon in Worten"
