"""Time expressions that need the story around them: days ahead of publication, the year a
narrative is in, the day a run of clock times is on, parts of days, named days and wire clocks.
Sentences are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from claimwatch.extract.times import find_times

pytestmark = pytest.mark.slow

THU = date(2026, 3, 12)  # a Thursday
WED = date(2025, 9, 17)  # a Wednesday


def values(nlp, text: str, published: date | None) -> dict[str, str | None]:
    """{expression text: value} for one text (later duplicates win)."""
    return {t.text: t.value for t in find_times(nlp(text), published)}


# -- dates pushed ahead by the verb that carries them ------------------------------
def test_an_adjournment_until_a_yearless_date_looks_ahead(nlp):
    got = values(nlp, "The judge adjourned the trial until March 30, when two more witnesses testify.", THU)
    assert got["March 30"] == "2026-03-30"


def test_a_delay_until_a_month_looks_ahead_through_a_chain_of_verbs(nlp):
    got = values(nlp, "The two ministries have agreed to postpone signing the accord until at least February.",
                 date(2025, 11, 20))
    assert got["February"] == "2026-02"


def test_a_forecast_through_the_weekend_is_the_coming_weekend(nlp):
    got = values(nlp, "Forecasters predicted strong winds along the coast through the weekend.", WED)
    assert got["the weekend"] == "2025-W38-WE"


def test_a_past_event_on_a_date_stays_behind(nlp):
    got = values(nlp, "The council postponed the vote on March 2 after a stormy session.", THU)
    assert got["March 2"] == "2026-03-02"
    got = values(nlp, "The ferry kept sailing until February despite the storms.", date(2025, 11, 20))
    assert got["February"] == "2025-02"


def test_a_quoted_will_the_parser_joined_to_a_past_verb_does_not_push_its_day_ahead(nlp):
    got = values(nlp, "\"We have never fired on crowds, and we never will,\" Colonel Tamm had told reporters "
                      "on Monday, a day before the camp was hit.", THU)
    assert got["Monday"] == "2026-03-09"
    got = values(nlp, "He told reporters that inflation would \"probably peak around 4.8%\" on Monday.", THU)
    assert got["Monday"] == "2026-03-16"  # a real "would" before its verb still looks ahead


# -- the year the narrative is in --------------------------------------------------
def test_that_year_and_a_range_of_months_take_the_last_year_placed(nlp):
    text = ("The auditor said the ledgers were altered in 2018. The payments were made between April "
            "and July of that year. That September the auditor resigned.")
    got = values(nlp, text, THU)
    assert got["April"] == "2018-04"
    assert got["July of that year"] == "2018-07"
    assert got["That September"] == "2018-09"


def test_the_first_month_of_a_range_takes_the_written_year(nlp):
    got = values(nlp, "The strike ran from November to March 2021 and again in May.", THU)
    assert got["November"] == "2020-11"
    assert got["March 2021"] == "2021-03"


def test_a_span_of_years_is_one_stretch(nlp):
    got = values(nlp, "Rainfall was 20% below the 1981-2010 mean.", THU)
    assert got == {"1981-2010": None}


# -- clock times keep the day of the clock narrative --------------------------------
def test_a_clock_time_keeps_the_day_of_the_clock_before_it(nlp):
    text = "At 6:10 on Monday a pipe burst under the station. The platforms were dry again by 8:45."
    got = values(nlp, text, WED)
    assert got["6:10"] == "2025-09-15T06:10"
    assert got["8:45"] == "2025-09-15T08:45"


def test_a_clock_time_in_a_new_paragraph_falls_on_the_story_day(nlp):
    text = ("The council met on Wednesday to discuss the flood.\nAt 6:10 on Monday a pipe burst under the "
            "station.\nThe mayor spoke to reporters at 10:00.")
    got = values(nlp, text, WED)
    assert got["6:10"] == "2025-09-15T06:10"
    assert got["10:00"] == "2025-09-17T10:00"


def test_wire_and_british_dotted_clocks(nlp):
    got = values(nlp, "The board met at 9.15am on Tuesday and the statement came at 14.30 GMT. "
                      "Shares fell 3.45 percent.", WED)
    assert got["9.15am"] == "2025-09-16T09:15"
    assert got["14.30 GMT"].endswith("T14:30")
    assert "3.45" not in " ".join(got)


# -- parts of days ------------------------------------------------------------------
@pytest.mark.parametrize("text, expr, value", [
    ("The mayor resigned late on Monday night.", "Monday", "2025-09-15"),
    ("Crews returned on Tuesday morning.", "Tuesday", "2025-09-16"),
    ("The roads reopened on Sunday afternoon.", "Sunday", "2025-09-14"),
    ("The curfew will last until Friday evening.", "Friday", "2025-09-19"),
])
def test_a_weekday_with_a_part_of_the_day_is_valued_as_the_day(nlp, text, expr, value):
    # The shared gold marks "Monday night" as the weekday with the day's value.
    assert values(nlp, text, WED)[expr] == value


# -- named days -------------------------------------------------------------------------
def test_named_days_are_placed_like_yearless_dates(nlp):
    got = values(nlp, "More shelters will open before Christmas Eve.", date(2025, 12, 1))
    assert got == {"Christmas Eve": "2025-12-24"}
    got = values(nlp, "The minister spoke on New Year's Day.", date(2026, 1, 5))
    assert got == {"New Year's Day": "2026-01-01"}


def test_easter_and_its_moveable_days(nlp):
    got = values(nlp, "The ceasefire held over Easter 2024 and broke on Good Friday 2025.", THU)
    assert got == {"Easter 2024": "2024-03-31", "Good Friday 2025": "2025-04-18"}


def test_a_holiday_name_modifying_a_noun_is_not_a_day(nlp):
    got = values(nlp, "Tourists flew to Christmas Island before the Easter holidays.", THU)
    assert "Christmas" not in got and "Easter" not in got


def test_placed_weekdays_are_days_but_tomorrow_keeps_its_part_of_the_day(nlp):
    got = values(nlp, "The strike began last Tuesday night and talks resume tomorrow evening.", WED)
    assert got == {"last Tuesday": "2025-09-16", "tomorrow evening": "2025-09-18TEV"}


# -- live blogs, weekdays with dates, deadlines ---------------------------------------------

def test_a_live_blog_s_stamped_entries_are_on_its_publication_day(nlp):
    text = ("Storm live: roads closed\n\n6.45pm — The fire service says crews are out. A man fell on "
            "Wednesday.\n\n6.10pm — Police confirm two arrests.")
    got = values(nlp, text, THU)
    assert got["6.45pm"] == "2026-03-12T18:45" and got["6.10pm"] == "2026-03-12T18:10"


def test_a_weekday_followed_by_its_date_is_that_date(nlp):
    got = values(nlp, "A public meeting will be held on Monday, March 23, at 7pm.", THU)
    assert got["Monday, March 23"] == "2026-03-23"
    got = values(nlp, "The minister spoke on Friday, the day before the march.", THU)
    assert got["Friday"] == "2026-03-06"


def test_a_deadline_set_by_a_past_request_may_lie_ahead(nlp):
    got = values(nlp, "The regulator said on Wednesday it had asked the operator to hand over its data "
                      "by 20 March.", THU)
    assert got["20 March"] == "2026-03-20"


# -- a clock time on a noun dated right after it ------------------------------------
def test_a_clock_time_on_a_noun_takes_the_day_written_after_the_noun(nlp):
    text = "Leaders left Varna on Saturday.\n\nAsked at the midday briefing on Monday, a spokeswoman said no."
    assert values(nlp, text, date(2026, 6, 15))["midday"] == "2026-06-15T12:00"
