"""A lead that tells a sitting (a council's vote, a court addressed) carries its day to the named people quoted at it, past
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



HEARING = """Founder should face trial abroad, court told

A lawyer for the Republic of Varnia told a court in Leeds on Tuesday that the founder of a failed payments firm should be sent there for trial.

Opening the hearing, Helen Ashby, for Varnia, said the founder had moved client money into "a web of shell firms" in the months before the firm stopped payments in May 2023, and had told clients the firm was sound.

Defence barrister Omar Reyes told the judge that a trial abroad would be unfair. He said his client had "never hidden anything".
"""

BULLETIN = """Volcano ash closes airport

The Andean Geophysical Institute said on Thursday that the volcano had thrown ash 6 kilometres into the air.

"We are seeing the strongest activity in years, and we cannot rule out larger explosions," the institute's director, Dr. Lucia Ferraz, told a news conference in Lima. She said field teams had been doubled.
"""


def test_a_court_the_lead_addresses_is_a_sitting_its_named_speakers_share():
    statements = extract(HEARING, "2026-03-04").statements
    days = {s.speaker: s.said_on for s in statements if s.speaker in ("Helen Ashby", "Omar Reyes")}
    assert days == {"Helen Ashby": "2026-03-03", "Omar Reyes": "2026-03-03"}


def test_a_month_inside_what_was_said_dates_no_act_reported_beside_it():
    statements = extract(HEARING, "2026-03-04").statements
    nested = [s for s in statements if s.cue == "told" and "sound" in s.content]
    assert all(s.said_on != "2023-05" for s in nested)


def test_a_director_at_a_news_conference_after_the_lead_speaks_on_its_day():
    statements = extract(BULLETIN, "2026-08-14").statements
    ferraz = [s for s in statements if s.speaker.endswith("Ferraz")]
    assert ferraz and {s.said_on for s in ferraz} == {"2026-08-13"}


CHARGES = """Clerk charged over forged permits

A former planning clerk at Dunmore council took bribes to forge building permits for five years, state prosecutors said on Tuesday.

"This was a racket that put families in unsafe homes," District Attorney Rosa Quint said at a news conference. She declined to say whether builders would be charged.
"""

RECALL = """Dairy recalls yoghurt

Brenfield Dairy said in a statement on Wednesday it was recalling 40,000 pots of yoghurt after listeria was found at its plant.

Chief executive Tom Rayne told reporters that no illness had been reported.
"""


def test_a_news_conference_with_no_day_is_of_the_day_the_lead_tells():
    statements = extract(CHARGES, "2026-04-15").statements
    quint = [s for s in statements if s.speaker.endswith("Quint")]
    assert quint and {s.said_on for s in quint} == {"2026-04-14"}


def test_the_press_is_briefed_on_no_known_day_after_news_given_in_writing():
    statements = extract(RECALL, "2026-02-19").statements
    rayne = [s for s in statements if s.speaker.endswith("Rayne")]
    assert rayne and {s.said_on for s in rayne} == {None}
