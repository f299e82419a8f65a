"""resolve() is a pure function of (expression, reference date, tense)."""
import datetime as dt

import pytest

from chrono.errors import ResolutionError
from chrono.temporal import expr as ex
from chrono.temporal.durations import duration_value
from chrono.temporal.resolve import resolve

WEDNESDAY = dt.date(2022, 1, 12)
CHRISTMAS = ex.Holiday("Weihnachten", (("month", 12), ("day", 25)), week_rule=(("month", 12), ("day", 24)))


def test_a_bare_weekday_in_the_past_is_the_latest_such_day_on_or_before_the_reference():
    assert resolve(ex.Weekday(3), WEDNESDAY, "past").value == "2022-01-12"
    assert resolve(ex.Weekday(1), WEDNESDAY, "past").value == "2022-01-10"
    assert resolve(ex.Weekday(4), WEDNESDAY, "past").value == "2022-01-06"


def test_a_bare_weekday_in_a_plan_is_the_next_such_day_on_or_after_the_reference():
    assert resolve(ex.Weekday(4), WEDNESDAY, "future").value == "2022-01-13"
    assert resolve(ex.Weekday(3), dt.date(2022, 1, 7), "future").value == "2022-01-12"


def test_last_and_next_weekdays_are_strictly_before_and_after():
    assert resolve(ex.Weekday(3, "last"), WEDNESDAY, None).value == "2022-01-05"
    assert resolve(ex.Weekday(3, "next"), WEDNESDAY, None).value == "2022-01-19"


def test_the_week_before_christmas_counts_from_the_week_of_christmas_eve():
    value = resolve(ex.WeekOf(CHRISTMAS, -1), dt.date(2022, 1, 7), "past")
    assert (value.value, value.earliest, value.latest) == ("2021-W50", "2021-12-13", "2021-12-19")


def test_start_of_a_month_is_its_first_ten_days():
    value = resolve(ex.Modified(ex.Date(2021, 12), "START"), WEDNESDAY, None)
    assert (value.value, value.mod, value.earliest, value.latest) == ("2021-12", "START", "2021-12-01", "2021-12-10")


def test_a_season_without_a_year_takes_the_year_the_tense_implies():
    assert resolve(ex.Season("FA"), WEDNESDAY, "past").value == "2021-FA"
    assert resolve(ex.Season("FA"), WEDNESDAY, "future").value == "2022-FA"
    assert resolve(ex.Season("WI"), WEDNESDAY, "past").value == "2021-WI"


def test_a_month_without_a_year_follows_the_tense_and_else_the_nearest():
    assert resolve(ex.Date(None, 2), WEDNESDAY, "future").value == "2022-02"
    assert resolve(ex.Date(None, 5), WEDNESDAY, "past").value == "2021-05"  # "Im Mai hatte er gewarnt"
    assert resolve(ex.Date(None, 12), WEDNESDAY, None).value == "2021-12"


def test_the_tense_is_evidence_not_proof_for_a_date_a_few_weeks_away():
    # "Der Gipfel war für den 20. Februar angesetzt worden", written on 9 February 2023
    assert resolve(ex.Date(None, 2, 20), dt.date(2023, 2, 9), "past").value == "2023-02-20"
    # "Die Termine am 8. Jänner standen schon fest", written on 30 December 2024
    assert resolve(ex.Date(None, 1, 8), dt.date(2024, 12, 30), "past").value == "2025-01-08"
    # a month three weeks ahead beats the one eleven months back
    assert resolve(ex.Date(None, 2), WEDNESDAY, "past").value == "2022-02"
    # but a reading months away on the other side does not: "im Oktober" in a plan said in January
    assert resolve(ex.Date(None, 10), WEDNESDAY, "future").value == "2022-10"
    assert resolve(ex.Date(None, 12, 20), WEDNESDAY, "future").value == "2022-12-20"


def test_movable_feasts_are_computed_for_any_year():
    easter = ex.Holiday("Ostern", (("easter", 0),))
    assert resolve(easter, dt.date(2024, 1, 1), "future").value == "2024-03-31"
    whitsun = ex.Holiday("Pfingsten", (("easter", 49),), year=2030)
    assert resolve(whitsun, WEDNESDAY, None).value == "2030-06-09"


def test_parts_of_day_and_clock_times_are_time_values():
    evening = resolve(ex.PartOfDay(ex.Weekday(3), "EV"), WEDNESDAY, "past")
    assert (evening.type, evening.value, evening.earliest) == ("TIME", "2022-01-12TEV", "2022-01-12T18:00")
    night = resolve(ex.PartOfDay(ex.Offset(ex.Weekday(3), -1, "D"), "NI"), WEDNESDAY, "past")
    assert night.value == "2022-01-11TNI"
    assert resolve(ex.Clock(9, 51), WEDNESDAY, None).value == "2022-01-12T09:51"


def test_ago_and_ahead_resolve_at_the_grain_of_their_unit():
    assert resolve(ex.Shift(-3, "D"), WEDNESDAY, None).value == "2022-01-09"
    assert resolve(ex.Shift(-2, "W"), WEDNESDAY, None).value == "2021-W52"
    assert resolve(ex.Shift(-1, "Y"), WEDNESDAY, None).value == "2021"
    assert resolve(ex.Ahead(2, "W"), WEDNESDAY, None).value == "2022-W04"
    assert resolve(ex.Ahead(2, "W"), WEDNESDAY, "past").value == "P2W"


@pytest.mark.parametrize(("amount", "unit", "value"), [
    (2.5, "Y", "P30M"), (1.5, "H", "PT90M"), (4, "H", "PT4H"), (None, "Y", "PXY"), (None, "D", "PXD"),
    (None, "H", "PTXH"), (100, "D", "P100D"), (0.5, "Y", "P6M"),
])
def test_durations_are_written_in_timex3(amount, unit, value):
    assert duration_value(amount, unit) == value


def test_resolution_never_reads_the_clock_and_rejects_a_bad_reference():
    first = resolve(ex.DayShift(-1), "2022-01-12", None)
    assert first == resolve(ex.DayShift(-1), dt.datetime(2022, 1, 12, 8, 0), None)
    with pytest.raises(ResolutionError):
        resolve(ex.DayShift(0), "12.01.2022", None)
