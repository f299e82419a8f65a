"""Dates that do not exist are not invented, and publication dates from year 1 to 9999 work."""
from __future__ import annotations

import datetime as dt
import re

import pytest

import chrono

REFERENCE = "2022-01-12"


def _is_a_day(value: str | None) -> bool:
    return bool(value and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value))


@pytest.mark.parametrize("phrase, month", [
    ("Am 31. Februar 2022 war es so weit.", "2022-02"),
    ("Am 30.2. war es so weit.", None),
    ("Am 31.11. war es so weit.", None),
    ("Bis zum 31.11. soll es fertig sein.", None),
    ("Am 29. Februar 2023 war es so weit.", "2023-02"),
    ("Am 32.01.2022 war es so weit.", None),
])
def test_a_day_that_does_not_exist_gives_no_day(phrase, month):
    """No mention names a day; at most the month that was written, never another month or day."""
    mentions = chrono.tag(phrase, published=REFERENCE)
    assert [m.value for m in mentions if _is_a_day(m.value)] == []
    assert all(m.value == month for m in mentions), [(m.text, m.value) for m in mentions]


def test_a_time_that_does_not_exist_gives_no_time():
    assert [m for m in chrono.tag("Um 25:70 Uhr war es so weit.", published=REFERENCE) if m.type == "TIME"] == []


def test_a_year_beyond_the_calendar_gives_nothing():
    assert chrono.tag("Das war im Jahr 99999 so.", published=REFERENCE) == []


@pytest.mark.parametrize("phrase", ["Am 31. Dezember 2200 war es so weit.", "Im Dezember 2300 war es so weit."])
def test_a_far_year_is_that_year_or_nothing(phrase):
    year = re.search(r"\d{4}", phrase).group()
    for m in chrono.tag(phrase, published=REFERENCE):
        assert m.value is None or m.value.startswith(year), (m.text, m.value)


def test_a_count_after_a_yearless_date_leaves_the_date_its_day():
    [m] = chrono.tag("Am 5. Mai 3000 Menschen demonstrierten.", published=REFERENCE)
    assert m.text == "5. Mai" and m.value.endswith("-05-05")


def test_a_real_leap_day_is_kept():
    [m] = chrono.tag("Am 29. Februar 2024 war es so weit.", published=REFERENCE)
    assert m.value == "2024-02-29"


PHRASES = ["Am Dienstag war es so weit.", "Zu Ostern kommt er.", "An Weihnachten war es.", "Im kommenden Jahr",
           "im vergangenen Jahr", "vor drei Jahren", "in drei Tagen", "nächste Woche", "im Januar",
           "am 31. Dezember", "seit zweieinhalb Jahren", "im Herbst", "an Silvester", "Pfingstmontag",
           "am Wochenende", "im zweiten Quartal", "in den 90er Jahren", "morgen um 9 Uhr", "in der KW 52"]


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(2, 3, 1),
                                       dt.date(9998, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31),
                                       dt.datetime(9999, 12, 31, 23, 59)])
def test_publication_dates_from_year_1_to_9999(published):
    for phrase in PHRASES:
        for m in chrono.tag(phrase, published=published):
            if m.earliest:
                assert "0001-01-01" <= m.earliest[:10] <= m.latest[:10] <= "9999-12-31"


def test_easter_near_year_1_is_found():
    [m] = chrono.tag("Zu Ostern kommt er.", published=dt.date(1, 12, 31))
    assert m.value and m.value.startswith("000")


@pytest.mark.parametrize("phrase", ["Am 31. Februar 2022 war es.", "Am 29. Februar 2023 kam er.", "am 31. April",
                                    "am dreißigsten Februar 2022"])
def test_a_day_that_does_not_exist_gives_no_mention_not_even_its_month(phrase):
    assert chrono.tag(phrase, published=REFERENCE) == []
