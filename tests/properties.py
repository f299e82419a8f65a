"""The properties of the tagger and of a build, with their hypothesis strategies; run by
tests/test_properties.py and, with more examples, by tools/property_check.py."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import strategies as st

import chrono
from chrono.chronology.document import OUTPUT_NAME, validate_file

WORDS = ["am", "Am", "seit", "bis", "vom", "zum", "im", "Im", "Anfang", "Mitte", "Ende", "vergangenen", "kommenden",
         "nächsten", "letzten", "diesem", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
         "Sonntag", "Januar", "Februar", "März", "Juli", "Dezember", "Jahr", "Jahres", "Jahren", "Tage", "Tagen",
         "Woche", "Wochen", "Monat", "Monate", "Quartal", "Herbst", "Winter", "Ostern", "Weihnachten", "Silvester",
         "Pfingsten", "morgen", "gestern", "heute", "Uhr", "um", "gegen", "Abend", "Nacht", "später", "darauf",
         "vor", "nach", "in", "der", "des", "den", "und", "zwischen", "hatte", "war", "soll", "wird", "sagte",
         "KW", "Vorjahr", "tags", "selben", "Tag", "Jahrhundert", "90er", "Frühjahr", "erstmals", "rund", "fast"]
PUNCT = [".", ",", ":", "-", "–", "/", " ", " ", " ", "\n", "\n\n", "(", ")", "„", "“", "'"]


def _number() -> st.SearchStrategy[str]:
    return st.one_of(st.integers(0, 40).map(str), st.integers(0, 99999).map(str),
                     st.tuples(st.integers(0, 35), st.integers(0, 14)).map(lambda t: f"{t[0]}.{t[1]}."),
                     st.tuples(st.integers(0, 35), st.integers(0, 14), st.integers(0, 3000))
                     .map(lambda t: f"{t[0]}.{t[1]}.{t[2]}"),
                     st.tuples(st.integers(0, 30), st.integers(0, 75)).map(lambda t: f"{t[0]}:{t[1]:02d}"))


german_dates = st.lists(st.one_of(st.sampled_from(WORDS), _number(), st.sampled_from(PUNCT)), max_size=40) \
    .map(lambda parts: " ".join(parts))
texts = st.one_of(st.text(max_size=200), german_dates,
                  st.tuples(german_dates, st.text(max_size=30), german_dates).map("".join))
publication = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
                        st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59)))


def _fields(m: chrono.Mention) -> tuple:
    return (m.text, m.type, m.value, m.mod, m.signal, m.grain, m.earliest, m.latest, m.tense)


def tag_never_raises_and_mentions_are_sound(text: str, published) -> None:
    """tag never raises; each mention's text is text[start:end]; earliest <= latest."""
    for m in chrono.tag(text, published=published):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        if m.earliest is not None and m.latest is not None:
            assert m.earliest <= m.latest, (m.text, m.earliest, m.latest)


def tagging_is_deterministic(text: str, published) -> None:
    first = chrono.tag(text, published=published)
    again = chrono.tag(text, published=published)
    assert [(m.start, m.end, *_fields(m)) for m in first] == [(m.start, m.end, *_fields(m)) for m in again]


PREFIX = "Bericht.\n\n"  # a paragraph of its own with nothing temporal in it


def a_prefix_shifts_offsets_only(text: str, published) -> None:
    plain = chrono.tag(text, published=published)
    shifted = chrono.tag(PREFIX + text, published=published)
    n = len(PREFIX)
    assert [(m.start + n, m.end + n, *_fields(m)) for m in plain] == [(m.start, m.end, *_fields(m)) for m in shifted]


articles = st.lists(st.tuples(st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
                              german_dates.filter(lambda t: t.strip())), min_size=1, max_size=3)


def build_writes_a_valid_chronology(corpus: list[tuple[dt.date | None, str]]) -> None:
    """A build on any small corpus writes a chronology that validates against the schema."""
    from chrono.chronology.document import write_chronology

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for i, (day, text) in enumerate(corpus):
            head = f"---\npublished: {day.isoformat()}\n---\n" if day else ""
            (root / f"{i}.txt").write_text(head + text, encoding="utf-8")
        data = chrono.build_chronology([root])
        written = write_chronology(data, root / "out")
        assert written == root / "out" / OUTPUT_NAME
        assert validate_file(written) == []


TAG_PROPERTIES = [tag_never_raises_and_mentions_are_sound, tagging_is_deterministic, a_prefix_shifts_offsets_only]
