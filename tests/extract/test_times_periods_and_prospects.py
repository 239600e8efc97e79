"""Times that general calendar and tense rules give (session 50).

- A future shifted back in reported speech ("said the heaviest snow was expected early Sunday")
  looks ahead, but not a past perfect ("had set out early on Saturday", "had agreed ... on Wednesday").
- A present obligation ("if you don't have to be on the road Sunday") and an infinitive hung on the
  object of a verb that looks ahead ("expected outages to peak on Sunday afternoon") look ahead.
- Time granted "until" a day lies ahead of the granting, unless the granting is a past perfect.
- A baseline ("unchanged from January") lies behind, whatever the clause around it says.
- A coordinated plain present goes on now, so its "until" lies ahead.
- "the same month last year", "the same period last year" / "of 2025", "the year before" count from
  the last point the text placed; "the first three months of 2024" is a quarter; "the coming
  weekend" told on a weekday is this week's.
- "30 minutes earlier than planned" is a stretch; "by early summer" a season; "its March meeting" a month.
"""
from __future__ import annotations

from datetime import date

from claimwatch.extract.times import find_times


def values(nlp, text: str, published: date) -> dict[str, str | None]:
    """{expression text: value} for one text (later duplicates win)."""
    return {t.text: t.value for t in find_times(nlp(text), published)}


WED = date(2027, 1, 20)  # a Wednesday


def test_a_future_told_in_reported_speech_looks_ahead(nlp):
    got = values(nlp, "The forecaster said the system was deepening and that the heaviest snow was expected "
                      "early Sunday.", WED)
    assert got["Sunday"] == "2027-01-24"


def test_a_past_perfect_of_a_prospect_verb_stays_behind(nlp):
    got = values(nlp, "The statement said the group had set out from the coast early on Saturday.", WED)
    assert got["Saturday"] == "2027-01-16"


def test_a_present_obligation_looks_ahead(nlp):
    got = values(nlp, "\"If you don't have to be on the road Sunday, don't be,\" she said.", WED)
    assert got["Sunday"] == "2027-01-24"


def test_an_infinitive_on_the_object_of_expect_looks_ahead(nlp):
    got = values(nlp, "The utility said it expected outages to peak \"on Sunday afternoon, when the wind "
                      "shifts.\"", WED)
    assert got["Sunday"] == "2027-01-24"


def test_time_granted_until_a_day_lies_ahead_unless_told_in_the_past_perfect(nlp):
    assert values(nlp, "The regulator has given the company until Friday to refund them.", WED)["Friday"] \
        == "2027-01-22"
    got = values(nlp, "It said the park had been given until the end of March to carry out the work.",
                 date(2026, 6, 1))
    assert got["the end of March"] == "2026-03"


def test_a_baseline_lies_behind(nlp):
    got = values(nlp, "The board agreed to hold the price for February supplies at 44 cent, unchanged from "
                      "January.", date(2026, 2, 28))
    assert got["January"] == "2026-01"


def test_a_coordinated_present_runs_until_a_day_ahead(nlp):
    got = values(nlp, "The cuts, which take effect from October 25 and run until the end of March, remove "
                      "310,000 seats.", date(2027, 9, 10))
    assert got["the end of March"] == "2028-03"


def test_the_same_month_last_year_is_a_year_before_the_month_last_placed(nlp):
    got = values(nlp, "The resort had 41,300 stays in February, 12 percent more than in the same month last "
                      "year.", date(2027, 3, 16))
    assert got == {"February": "2027-02", "the same month last year": "2026-02"}


def test_the_same_period_needs_a_year(nlp):
    got = values(nlp, "Rangers removed 1,318 snares in the first three months of 2024, up 40% on the same "
                      "period last year.", date(2024, 4, 21))
    assert got == {"the first three months of 2024": "2024-Q1", "the same period last year": "2023-Q1"}
    got = values(nlp, "Arrivals rose in the first quarter of 2026, against the same period of 2025.",
                 date(2026, 5, 1))
    assert got["the same period of 2025"] == "2025-Q1"
    assert "the same period" not in values(nlp, "Sales rose in March, unlike the same period.", date(2026, 5, 1))


def test_the_year_before_counts_from_the_last_year_placed(nlp):
    got = values(nlp, "The board received 214 complaints in 2022, up from 96 the year before.", date(2024, 9, 26))
    assert got == {"2022": "2022", "the year before": "2021"}


def test_halves_and_quarters_told_in_months(nlp):
    got = values(nlp, "Output fell in the last six months of last year.", date(2024, 4, 21))
    assert got == {"the last six months of last year": "2023-H2"}


def test_the_coming_weekend_told_on_a_weekday_is_this_weeks(nlp):
    got = values(nlp, "Hoteliers recorded cancellations for the coming weekend.", date(2027, 3, 16))
    assert got == {"the coming weekend": "2027-W11-WE"}


def test_minutes_earlier_than_planned_are_a_stretch(nlp):
    got = values(nlp, "Organisers said the stage would start 30 minutes earlier than planned.", WED)
    assert got == {"30 minutes": "PT30M"}


def test_a_season_after_by_and_a_month_naming_a_meeting(nlp):
    got = values(nlp, "Analysts expect prices to firm by early summer, and the board will review the price "
                      "at its March meeting.", date(2026, 2, 28))
    assert (got["summer"], got["March"]) == ("2026-SU", "2026-03")
