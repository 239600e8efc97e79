"""Time expressions on sentences written for these tests: what is found and how it is valued."""
from __future__ import annotations

import time
from datetime import date

import pytest

from claimwatch.extract.times import find_times

pytestmark = pytest.mark.slow


def values(nlp, text: str, published: date | None) -> dict[str, str | None]:
    """{expression text: value} for one text (later duplicates win)."""
    return {t.text: t.value for t in find_times(nlp(text), published)}


WED = date(2025, 5, 28)  # a Wednesday


# -- absolute dates ------------------------------------------------------------
def test_month_day_takes_the_year_of_the_nearest_occurrence(nlp):
    got = values(nlp, "The mill closed on Dec. 30 and reopened on 2 January.", date(2025, 1, 3))
    assert got == {"Dec. 30": "2024-12-30", "2 January": "2025-01-02"}


def test_full_dates_months_and_years(nlp):
    got = values(nlp, "The treaty was signed on March 3, 2019, ratified in April 2020 and lapsed in 2023.", WED)
    assert got == {"March 3, 2019": "2019-03-03", "April 2020": "2020-04", "2023": "2023"}


def test_a_future_clause_puts_a_yearless_date_ahead(nlp):
    got = values(nlp, "The court will hear the appeal on Jan. 10.", date(2025, 3, 1))
    assert got["Jan. 10"] == "2026-01-10"


def test_a_past_clause_puts_a_yearless_month_behind(nlp):
    got = values(nlp, "The rebels seized the town in September.", date(2025, 4, 10))
    assert got["September"] == "2024-09"
    got = values(nlp, "The finals will be held in September.", date(2025, 4, 10))
    assert got["September"] == "2025-09"


def test_a_date_that_ends_a_state_takes_the_nearer_year_even_after_a_past_verb(nlp):
    got = values(nlp, "The judge barred the company from dredging until a full hearing on June 17.", WED)
    assert got["June 17"] == "2025-06-17"
    got = values(nlp, "The regulator suspended the licence until March 1.", date(2025, 12, 20))
    assert got["March 1"] == "2026-03-01"
    got = values(nlp, "The ferry kept sailing until February despite the storms.", date(2025, 11, 20))
    assert got["February"] == "2025-02"  # an activity that went on until then


def test_a_weekday_a_thing_is_set_for_lies_ahead(nlp):
    got = values(nlp, "She also announced a vigil in front of the hospital for Thursday.", date(2026, 2, 14))
    assert got["Thursday"] == "2026-02-19"
    got = values(nlp, "The director did not respond to a request for comment Thursday night.", date(2026, 2, 14))
    assert got["Thursday"] == "2026-02-12"


def test_since_looks_back(nlp):
    assert values(nlp, "Prices have doubled since June.", date(2024, 12, 9))["June"] == "2024-06"


def test_month_parts_and_year_parts(nlp):
    got = values(nlp, "Protests began in early March and peaked in mid-2022.", WED)
    assert got == {"early March": "2025-03", "mid-2022": "2022"}


def test_quarters_and_halves(nlp):
    got = values(nlp, "The firm posted a third-quarter loss and expects growth in the second half of next year.",
                 date(2025, 11, 5))
    assert got == {"third-quarter": "2025-Q3", "the second half of next year": "2026-H2"}


def test_a_quarter_given_its_year_lends_it_to_the_same_quarter_later(nlp):
    got = values(nlp, "The vendor cut its fourth-quarter 2024 orders. Its plans for the fourth quarter are "
                      "unchanged.", date(2024, 9, 10))
    assert got == {"fourth-quarter 2024": "2024-Q4", "the fourth quarter": "2024-Q4"}


def test_a_weekday_before_a_named_week_is_that_weeks(nlp):
    got = values(nlp, "Cups were sold between Wednesday and Friday last week; the vote is on Tuesday next week.",
                 date(2025, 6, 12))
    assert (got["Wednesday"], got["Friday"], got["Tuesday"]) == ("2025-06-04", "2025-06-06", "2025-06-17")


def test_a_progressive_completing_a_future_clause_looks_ahead(nlp):
    got = values(nlp, "\"We'll see who's standing on Monday,\" she said.", date(2027, 8, 1))
    assert got == {"Monday": "2027-08-02"}


def test_financial_short_quarters(nlp):
    got = values(nlp, "The vendor cut its 4Q24 orders and expects a weak 1H25.", date(2024, 9, 10))
    assert got == {"4Q24": "2024-Q4", "1H25": "2025-H1"}


def test_a_condition_takes_the_time_of_the_clause_it_conditions(nlp):
    got = values(nlp, "I will chase it if the money has not arrived by February 7.", date(2025, 1, 25))
    assert got == {"February 7": "2025-02-07"}


def test_modal_may_and_the_name_may_are_not_months(nlp):
    assert values(nlp, "Ministers may resign, Theresa May said.", WED) == {}


# -- relative to publication ------------------------------------------------------
def test_weekdays_look_back_unless_the_clause_looks_ahead(nlp):
    got = values(nlp, "The mayor resigned on Monday. Her deputy will take over on Friday.", WED)
    assert got == {"Monday": "2025-05-26", "Friday": "2025-05-30"}


def test_a_weekday_that_is_the_publication_day_is_that_day(nlp):
    assert values(nlp, "The council voted on Wednesday.", WED)["Wednesday"] == "2025-05-28"


def test_said_on_a_weekday_is_past_even_when_a_future_clause_follows(nlp):
    got = values(nlp, "The bank said on Tuesday it would close 40 branches.", WED)
    assert got["Tuesday"] == "2025-05-27"


def test_next_and_last_weekday(nlp):
    got = values(nlp, "The committee meets next Tuesday; it last met on Thursday.", date(2025, 1, 15))
    assert got == {"next Tuesday": "2025-01-21", "Thursday": "2025-01-09"}


def test_relative_days_weeks_months_and_years(nlp):
    text = ("Yesterday the port reopened. The union meets tomorrow and again next week. "
            "Exports fell last month, rose earlier this month and hit a record last year. "
            "This year the budget grows; results come later this week.")
    got = values(nlp, text, date(2025, 3, 17))
    assert got == {
        "Yesterday": "2025-03-16", "tomorrow": "2025-03-18", "next week": "2025-W13",
        "last month": "2025-02", "earlier this month": "2025-03", "last year": "2024",
        "This year": "2025", "later this week": "2025-W12",
    }


def test_last_week_in_the_first_days_of_january(nlp):
    assert values(nlp, "Sales slumped last week.", date(2025, 1, 2))["last week"] == "2024-W52"


def test_parts_of_the_day(nlp):
    assert values(nlp, "The minister resigned this morning.", WED)["this morning"] == "2025-05-28TMO"


def test_so_far_this_year_is_the_year(nlp):
    assert values(nlp, "Arrivals are down 40% so far this year.", WED) == {"so far this year": "2025"}


def test_today_in_a_quotation_is_the_day_it_was_said(nlp):
    text = "The judge passed sentence on Thursday. “What I say today cannot undo the harm,” she said."
    assert values(nlp, text, date(2025, 3, 14))["today"] == "2025-03-13"


# -- anchored to the last placed day ------------------------------------------------
def test_later_earlier_and_the_following_day_count_from_the_last_day_placed(nlp):
    text = ("The dam burst on July 4. Two days later the army arrived. "
            "The next morning was calm, and the following day the roads reopened.")
    got = values(nlp, text, date(2025, 7, 20))
    assert got["July 4"] == "2025-07-04"
    assert got["Two days later"] == "2025-07-06"
    assert got["the following day"] == "2025-07-07"


def test_the_previous_day_and_the_previous_week(nlp):
    text = "On Monday the agency confirmed the figure. Its chief had denied it only the previous week."
    got = values(nlp, text, date(2024, 12, 27))
    assert got == {"Monday": "2024-12-23", "the previous week": "2024-W51"}
    text = "The board met on Sunday, a week after the vote. The chairman had resigned the previous day."
    assert values(nlp, text, date(2025, 1, 13))["the previous day"] == "2025-01-11"


def test_ago_counts_from_publication(nlp):
    got = values(nlp, "The plant shut three days ago; it opened two years ago.", WED)
    assert got == {"three days ago": "2025-05-25", "two years ago": "2023"}


# -- clock times -----------------------------------------------------------------
def test_a_clock_time_takes_the_day_written_beside_it(nlp):
    got = values(nlp, "The quake struck at 4:15 a.m. on Sunday.", WED)
    assert got == {"4:15 a.m.": "2025-05-25T04:15", "Sunday": "2025-05-25"}


def test_clock_times_in_parentheses_share_the_day_after_them(nlp):
    got = values(nlp, "Voting opens at 08:00 local time (05:00 GMT) tomorrow.", WED)
    assert got == {"08:00 local time": "2025-05-29T08:00", "05:00 GMT": "2025-05-29T05:00",
                   "tomorrow": "2025-05-29"}


def test_a_lone_clock_time_falls_on_the_story_day(nlp):
    text = "The ferry sank early on Monday. It had left port at 11 p.m. with 80 people aboard."
    assert values(nlp, text, date(2025, 6, 17))["11 p.m."] == "2025-06-16T23:00"


def test_a_lone_clock_time_after_a_later_day_of_its_paragraph_is_on_that_day(nlp):
    text = ("A bus plunged into the river late on Tuesday.\n\n"
            "Police said early on Wednesday that 18 bodies had been recovered. By midday the toll stood at 23.")
    assert values(nlp, text, WED)["midday"] == "2025-05-28T12:00"
    text = ("Halvern reported results on Wednesday.\n\n"
            "Sales rose in the quarter that ended Dec. 31, 2024, the company said at 4:05 p.m.")
    assert values(nlp, text, WED)["4:05 p.m."] == "2025-05-28T16:05"  # not the day a period closed


def test_liveblog_stamps_fall_on_the_publication_day(nlp):
    text = "Updated 14:20 GMT\n14:20 GMT - Rescue teams reached the village.\n13:05 GMT - Rain eased."
    got = find_times(nlp(text), WED)
    assert [t.value for t in got] == ["2025-05-28T14:20", "2025-05-28T14:20", "2025-05-28T13:05"]


def test_this_morning_places_the_story_on_its_day_before_a_later_weekday(nlp):
    text = ("21:40 - Polls have closed.\n\n20:30 - She voted this morning.\n\n"
            "19:50 - Police had said on Tuesday that 12 cases were open.")
    got = values(nlp, text, WED)
    assert got["21:40"] == got["20:30"][:10] + "T21:40" and got["20:30"].startswith("2025-05-28")


def test_an_offset_from_midnight_is_one_clock_time(nlp):
    got = values(nlp, "Shelling resumed about an hour after midnight on Tuesday.", WED)
    assert got["about an hour after midnight"] == "2025-05-27T01:00"


# -- durations, sets and references ---------------------------------------------------
@pytest.mark.parametrize("text, expr, value", [
    ("Talks have dragged on for more than two months.", "more than two months", "P2M"),
    ("It was the worst flood in nearly three years.", "nearly three years", "P3Y"),
    ("The river will stay high for another 36 hours.", "another 36 hours", "PT36H"),
    ("Thousands fled in the past week.", "the past week", "P1W"),
    ("She received a 20-month sentence.", "20-month", "P20M"),
    ("The worst drought in a decade hit the south.", "a decade", "P10Y"),
    ("Cases rose in the previous 24 hours.", "the previous 24 hours", "PT24H"),
    ("He spent twenty-four days in hospital.", "twenty-four days", "P24D"),
    ("The talks lasted several days.", "several days", "PXD"),
])
def test_durations(nlp, text, expr, value):
    assert values(nlp, text, WED)[expr] == value


def test_a_stretch_before_an_event_is_a_duration(nlp):
    got = values(nlp, "The intruders stayed for roughly six weeks before the breach was found.", WED)
    assert got["roughly six weeks"] == "P6W"


def test_recurrences_and_the_present_are_not_reported(nlp):
    # they place nothing on a calendar; read, they keep other rules off the words
    assert values(nlp, "The daily briefing is now held in the annual report room.", WED) == {}


def test_a_daily_newspaper_is_not_a_recurrence(nlp):
    assert "daily" not in values(nlp, "She told the Lisbon daily Publico that she would stay.", WED)


def test_ages_are_not_reported(nlp):
    # an age is no time of the story; read, it is no duration or count either
    assert values(nlp, "Maria Santos, 34, and a 9-year-old girl, aged nine, were rescued.", WED) == {}


# -- not times ------------------------------------------------------------------------
def test_quantities_are_not_times(nlp):
    text = "About 2,000 troops and 1,500 vehicles crossed; 2000 soldiers stayed and 12 people died."
    assert values(nlp, text, WED) == {}


# -- without a publication date ---------------------------------------------------------
def test_without_a_publication_date_relative_values_are_unknown_and_absolute_ones_stay(nlp):
    got = values(nlp, "On Tuesday the firm repaid a loan taken on March 3, 2021.", None)
    assert got == {"Tuesday": None, "March 3, 2021": "2021-03-03"}


# -- robustness and cost ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "99:99 GMT", "Feb. 30", "on 31 February 2023", "1" * 500 + " days",
                                  "“today", "aged 999", "Q9 2024", "the 45th of May", "12 a.m. 0 p.m."])
def test_odd_input_never_raises_and_spans_stay_inside(nlp, text):
    for t in find_times(nlp(text), WED):
        assert 0 <= t.span[0] < t.span[1] <= len(text)
        assert text[t.span[0]:t.span[1]] == t.text


def test_an_impossible_date_is_found_but_unvalued(nlp):
    assert values(nlp, "The deadline was Feb. 30.", WED) == {"Feb. 30": None}


def test_finding_times_is_cheap(nlp):
    doc = nlp(" ".join(["On Tuesday, two days after the March 3 vote, officials said turnout had "
                        "risen for more than three years and would be announced at 5 p.m. tomorrow."] * 20))
    started = time.perf_counter()
    for _ in range(5):
        find_times(doc, WED)
    assert (time.perf_counter() - started) / 5 < 0.1


def test_a_timetable_in_the_present_tense_looks_ahead(nlp):
    got = values(nlp, "The summit opens on Thursday. Turnout was 12 on Tuesday, officials say.", WED)
    assert got == {"Thursday": "2025-05-29", "Tuesday": "2025-05-27"}


def test_a_range_of_clock_times_shares_the_day_after_it(nlp):
    got = values(nlp, "Polls are open from 7 a.m. to 9 p.m. on Sunday.", date(2025, 5, 30))
    assert got == {"7 a.m.": "2025-06-01T07:00", "9 p.m.": "2025-06-01T21:00", "Sunday": "2025-06-01"}


def test_a_year_range_is_one_unplaced_stretch_and_a_decade_is_its_digits(nlp):
    # both gold sets annotate "the 1991-2020 average", "the 2024-25 year" as one span without a value
    assert values(nlp, "Turnover doubled in 2016-2021.", WED) == {"2016-2021": None}
    assert values(nlp, "He scored in the 1990s.", WED) == {"1990s": "199"}


def test_the_weekend_is_the_last_one_unless_ahead(nlp):
    assert values(nlp, "Storms hit over the weekend.", WED)["the weekend"] == "2025-W21-WE"
    assert values(nlp, "Storms will hit over the weekend.", WED)["the weekend"] == "2025-W22-WE"


def test_a_participle_that_reports_is_past_one_that_schedules_is_open(nlp):
    text = "The plant will close, according to a report published on Monday."
    assert values(nlp, text, WED)["Monday"] == "2025-05-26"
    text = "The firm will seek damages at a hearing listed for Feb. 3."
    assert values(nlp, text, date(2025, 1, 20))["Feb. 3"] == "2025-02-03"


def test_this_past_weekend(nlp):
    assert values(nlp, "This past weekend, crowds gathered.", WED)["This past weekend"] == "2025-W21-WE"


def test_wire_style_clock_times_are_not_years(nlp):
    got = values(nlp, "The curfew starts at 1900 GMT. In 1900 the town was small.", WED)
    assert got == {"1900 GMT": "2025-05-28T19:00", "1900": "1900"}


def test_fractional_durations(nlp):
    got = values(nlp, "The jury took half an hour; the hearing lasted 2.5 days.", WED)
    assert got == {"half an hour": "PT30M", "2.5 days": "P2.5D"}


def test_a_deadline_with_must_looks_ahead(nlp):
    assert values(nlp, "Bids must be filed by Friday.", WED)["Friday"] == "2025-05-30"


def test_that_before_a_weekday_is_a_conjunction(nlp):
    text = "The raid happened on May 2. Officials said that Monday's vote would go ahead."
    assert values(nlp, text, WED)["Monday"] == "2025-05-26"


def test_months_later_count_from_a_month_and_days_later_from_a_day(nlp):
    text = "A ban passed in December 2022 was repealed 14 months later."
    assert values(nlp, text, WED)["14 months later"] == "2024-02"
    text = "Riots broke out on July 24, the worst this year. Two days later the army moved in."
    assert values(nlp, text, date(2025, 8, 1))["Two days later"] == "2025-07-26"


def test_a_plan_in_the_past_is_not_pushed_into_next_year(nlp):
    text = "The meeting was originally planned for February."
    assert values(nlp, text, date(2025, 3, 13))["February"] == "2025-02"


def test_a_bare_second_half_needs_a_year_half_before_it(nlp):
    assert values(nlp, "He scored twice in the second half on Saturday.", WED) == {"Saturday": "2025-05-24"}
    text = "Orders will stay soft in the first half of the year and recover in the second half."
    assert values(nlp, text, WED) == {"the first half of the year": "2025-H1", "the second half": "2025-H2"}
    assert values(nlp, "The firm expects a second-half rebound.", WED) == {"second-half": "2025-H2"}


# -- a month told by its distance from the text's year; fractions; what is agreed or foreseen ----------
def test_a_month_or_day_of_last_or_next_year_is_one_expression(nlp):
    got = values(nlp, "The rebate began in July last year; the ban ran from Aug. 12 last year to "
                      "29 December of last year, and the plant opens in March next year.", date(2026, 9, 16))
    assert got == {"July last year": "2025-07", "Aug. 12 last year": "2025-08-12",
                   "29 December of last year": "2025-12-29", "March next year": "2027-03"}


def test_a_quarter_of_something_is_no_stretch_of_time(nlp):
    got = values(nlp, "Members lost a quarter of their pay, cut by a quarter in the first quarter.", WED)
    assert got == {"the first quarter": "2025-Q1"}


def test_a_day_agreed_on_or_cancelled_until_lies_ahead(nlp):
    got = values(nlp, "Both sides had agreed to meet on Saturday, and classes are cancelled until Friday.",
                 date(2026, 4, 15))
    assert got == {"Saturday": "2026-04-18", "Friday": "2026-04-17"}
