"""Figures given by placing them ("put the number of people evacuated at 12,000", "put the toll
far higher"), the day a refusal answers ("declined to comment when contacted on Tuesday", "did
not respond to questions sent on Monday") and a meeting report that returns to its sitting after
an aside about an earlier written submission."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_a_figure_the_parser_hangs_on_a_participle_inside_the_object_is_still_given():
    text = "The river basin authority, which runs the dam, put the number of people evacuated at 12,000."
    [st] = _statements(text)
    assert st.speaker.endswith("Authority") or "authority" in st.speaker.lower()
    assert st.cue == "put"


def test_a_toll_placed_higher_or_lower_is_a_figure_given():
    [st] = _statements("The local administrator, Chol Arop, put the civilian toll far higher.")
    assert st.speaker == "Chol Arop"
    assert "far higher" in st.content
    [st] = _statements("Residents put the number much lower.")
    assert st.speaker.lower() == "residents"


def test_things_placed_at_risk_give_no_figure():
    assert _statements("The storm put thousands of people living in the valley at risk.") == []


def test_a_refusal_takes_the_day_the_reporter_approached():
    [st] = _statements("Northbridge Systems declined to comment when contacted on Tuesday.")
    assert (st.stance, st.said_on) == ("decline", "2026-03-10")
    [st] = _statements("Teo did not respond to questions sent by direct message and email on Monday.")
    assert (st.stance, st.said_on) == ("decline", "2026-03-09")
    [st] = _statements("Gail Sorensen declined to comment Monday night.")
    assert st.said_on == "2026-03-09"


def test_an_approach_on_a_month_does_not_date_a_refusal_to_a_day():
    [st] = _statements("The firm declined to comment on plans announced on Monday by its rival.")
    assert st.said_on is None


MEETING = """Pool to close after council vote

Askton's only public pool will close in March after district councillors voted on Wednesday night to end its funding.

The campaign group Keep Askton Swimming said in a written submission earlier this month that the repair bill was inflated. Its chair, Dora Pratt, told the meeting during public questions that the pool had recorded 38,000 swims.

Cllr Graham Stoke said he understood the "strength of feeling" but insisted the council could not keep patching the building.
"""


def test_a_meeting_report_returns_to_its_sitting_after_an_earlier_submission():
    statements = _statements(MEETING, date(2026, 1, 16))
    days = {(st.speaker, st.cue): st.said_on for st in statements}
    assert days[("Keep Askton Swimming", "said")] == "2026-01"
    assert days[("Dora Pratt", "told")] == "2026-01-14"
    assert days[("Graham Stoke", "said")] == "2026-01-14"
    assert days[("Graham Stoke", "insisted")] == "2026-01-14"
