"""Calendar arithmetic behind time values: year ends, leap days, ISO weeks, weekdays. No model."""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.extract import calendar as cal


@pytest.mark.parametrize("day, week", [
    (date(2024, 12, 30), "2025-W01"),  # a Monday in December opening ISO 2025
    (date(2021, 1, 3), "2020-W53"),    # a Sunday in January closing a 53-week ISO year
    (date(2025, 3, 17), "2025-W12"),
    (date(2026, 12, 31), "2026-W53"),
])
def test_iso_weeks_follow_the_iso_year_not_the_calendar_year(day, week):
    assert cal.week_value(day) == week


def test_last_week_from_the_first_days_of_january_is_in_the_old_year():
    assert cal.point_value(date(2025, 1, 2), "W", -1) == "2024-W52"
    assert cal.point_value(date(2021, 1, 8), "W", -1) == "2020-W53"


def test_a_yearless_december_date_in_early_january_news_is_last_year():
    assert cal.resolve_month_day(12, 30, date(2025, 1, 3)) == date(2024, 12, 30)


def test_a_yearless_january_date_in_late_december_news_is_next_year_when_nearer():
    assert cal.resolve_month_day(1, 2, date(2024, 12, 30)) == date(2025, 1, 2)
    assert cal.resolve_month_day(1, 2, date(2024, 12, 30), "past") == date(2024, 1, 2)


def test_the_direction_overrides_nearness():
    ref = date(2025, 3, 14)
    assert cal.resolve_month_day(6, 23, ref) == date(2025, 6, 23)
    assert cal.resolve_month_day(6, 23, ref, "past") == date(2024, 6, 23)
    assert cal.resolve_month_day(2, 1, ref, "future") == date(2026, 2, 1)


def test_a_leap_day_without_a_year_finds_the_nearest_leap_year():
    assert cal.resolve_month_day(2, 29, date(2025, 3, 1), "past") == date(2024, 2, 29)
    assert cal.resolve_month_day(2, 29, date(2025, 3, 1), "future") == date(2028, 2, 29)
    assert cal.resolve_month_day(2, 29, date(2024, 3, 1)) == date(2024, 2, 29)


def test_impossible_dates_are_none():
    assert cal.make_date(2025, 2, 29) is None
    assert cal.make_date(2025, 4, 31) is None
    assert cal.resolve_month_day(2, 30, date(2025, 1, 1)) is None


def test_a_bare_month_is_the_nearest_unless_the_tense_says_otherwise():
    ref = date(2024, 10, 30)
    assert cal.resolve_month(8, ref) == (2024, 8)
    assert cal.resolve_month(2, ref) == (2025, 2)
    assert cal.resolve_month(2, ref, "past") == (2024, 2)
    assert cal.resolve_month(10, ref, "future") == (2024, 10)
    assert cal.resolve_month(9, ref, "future") == (2025, 9)


def test_weekdays_on_or_before_and_on_or_after_the_reference():
    wednesday = date(2025, 5, 28)
    assert cal.resolve_weekday(1, wednesday) == date(2025, 5, 27)          # Tuesday before
    assert cal.resolve_weekday(2, wednesday) == wednesday                   # the same day
    assert cal.resolve_weekday(3, wednesday, "future") == date(2025, 5, 29)
    assert cal.resolve_weekday(2, wednesday, "future") == wednesday
    assert cal.resolve_weekday(3, wednesday, "past") == date(2025, 5, 22)


def test_next_and_last_weekday_never_mean_the_same_day():
    wednesday = date(2025, 1, 15)
    assert cal.next_weekday(1, wednesday) == date(2025, 1, 21)
    assert cal.next_weekday(2, wednesday) == date(2025, 1, 22)
    assert cal.last_weekday(2, wednesday) == date(2025, 1, 8)
    assert cal.last_weekday(0, date(2025, 1, 1)) == date(2024, 12, 30)     # across a year end


def test_weekday_arithmetic_crosses_february_of_a_leap_year():
    assert cal.resolve_weekday(3, date(2024, 3, 1)) == date(2024, 2, 29)  # Thursday, Feb. 29


def test_shifting_keeps_the_granularity_of_the_value():
    assert cal.shift_value("2024-07-24", 2, "D") == "2024-07-26"
    assert cal.shift_value("2024-12-30", 5, "D") == "2025-01-04"
    assert cal.shift_value("2024-Q4", -1, "Y") == "2023-Q4"
    assert cal.shift_value("2024-Q1", -1, "Q") == "2023-Q4"
    assert cal.shift_value("2025-01", -1, "M") == "2024-12"
    assert cal.shift_value("2025-W01", -1, "W") == "2024-W52"
    assert cal.shift_value("2024", 3, "Y") == "2027"
    assert cal.shift_value("2024-10", 3, "D") is None
    assert cal.shift_value(None, 1, "D") is None


def test_month_shifts_clamp_the_day_to_the_month_length():
    assert cal.add_months_to_date(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert cal.add_months_to_date(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert cal.shift_value("2024-02-29", -1, "Y") == "2023-02-28"
    assert cal.add_months(2024, 11, 3) == (2025, 2)


def test_quarters_of_a_year_and_their_neighbours():
    assert cal.resolve_quarter(4, date(2025, 2, 6)) == (2024, 4)
    assert cal.resolve_quarter(1, date(2025, 2, 6)) == (2025, 1)
    assert cal.point_value(date(2025, 2, 6), "Q", -1) == "2024-Q4"


def test_duration_values_use_timex_letters():
    assert cal.duration_value(2, "M") == "P2M"
    assert cal.duration_value(1, "Y", 10) == "P10Y"
    assert cal.duration_value(36, "H") == "PT36H"
    assert cal.duration_value(5, "MIN") == "PT5M"
    assert cal.duration_value(None, "D") == "PXD"
    assert cal.duration_value(2, "Q") == "P6M"


def test_clock_values_sit_on_a_day():
    assert cal.clock_value(date(2025, 5, 28), 16, 40) == "2025-05-28T16:40"
    assert cal.clock_value(date(2025, 5, 28), 25, 0) is None
    assert cal.clock_value(None, 9, 0) is None


def test_the_day_of_a_value():
    assert cal.day_of("2025-05-28T16:40") == date(2025, 5, 28)
    assert cal.day_of("2025-05") is None
    assert cal.day_of("2025-02-30") is None


def test_fractional_durations_keep_their_fraction_or_drop_to_minutes():
    assert cal.duration_value(2.5, "Y") == "P2.5Y"
    assert cal.duration_value(0.5, "H") == "PT30M"
    assert cal.duration_value(3.0, "D") == "P3D"


def test_seasons_named_last_this_and_next():
    june = date(2025, 6, 2)
    assert cal.resolve_season(3, june, -1) == 2025   # last spring, said in June: this year's
    assert cal.resolve_season(6, june, -1) == 2024   # last summer: summer has only begun
    assert cal.resolve_season(6, june, 0) == 2025
    assert cal.resolve_season(12, date(2025, 1, 15), 0) == 2024   # this winter began in December
    assert cal.resolve_season(9, june, 1) == 2025
    assert cal.resolve_season(3, june, 1) == 2026


@pytest.mark.parametrize("year, sunday", [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2019, date(2019, 4, 21)),
    (2038, date(2038, 4, 25)),  # the latest possible Easter
    (2285, date(2285, 3, 22)),  # the earliest possible Easter
])
def test_easter_follows_the_gregorian_computus(year, sunday):
    assert cal.easter(year) == sunday


def test_holidays_by_rule_and_around_a_reference_day():
    assert cal.holiday_date("nth_weekday", 11, 43, 2025) == date(2025, 11, 27)  # fourth Thursday
    assert cal.holiday_date("easter", 0, -2, 2025) == date(2025, 4, 18)
    assert cal.resolve_holiday("fixed", 12, 25, date(2026, 1, 3)) == date(2025, 12, 25)
    assert cal.resolve_holiday("fixed", 12, 25, date(2026, 1, 3), "future") == date(2026, 12, 25)
