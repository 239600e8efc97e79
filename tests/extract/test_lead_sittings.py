"""A lead that tells a sitting (a council's vote) carries its day to the named people quoted at it, past
an earlier act told in the past perfect; a quotation's "are going home" does not make the act's weekday
a future one."""
from claimwatch.extract.pipeline import extract

COUNCIL = """Council passes budget

The Lakeport City Council voted 5-2 late Tuesday to approve a $90 million budget that raises the levy by 4%, less than the 6% Mayor Dana Holt had proposed in August.

Council President Ray Ortiz said the budget "asks a lot of homeowners".

Council member Priya Nand said the city had "not found a single dollar of savings".
"""

ADDRESS = """Prisoners freed

VILNIUS, June 19 (NW) - Lithuania and Belarus exchanged prisoners on Thursday.

"Tonight five people are going home to their families," President Rasa Kaire said in a televised address on Thursday evening.
"""



def test_people_quoted_after_a_lead_sitting_share_its_day():
    statements = extract(COUNCIL, "2026-12-02").statements
    days = {s.speaker.split()[-1]: s.said_on for s in statements if s.cue == "said"}
    assert days == {"Ortiz": "2026-12-01", "Nand": "2026-12-01"}


def test_a_quotations_going_home_leaves_the_acts_weekday_behind():
    times = [t for t in extract(ADDRESS, "2026-06-19").times if t.text.startswith("Thursday")]
    assert [t.value for t in times] == ["2026-06-18", "2026-06-18"]

