"""A court decision the lead tells dates its judge's words and what is said outside court, past a
paragraph of background; a programme and its broadcast are one occasion; an interview's host asks and
does not claim; names a company's trade word ends are bodies; "CEO" in a headline is the chief
executive the body names; "X of Y" opening on a known given name is a person at Y."""
from claimwatch.extract.pipeline import extract

from statement_lookup import by_cue

SENTENCING = """Roofer jailed for hail repair fraud

OMAHA - A roofer who took deposits from storm victims and never returned was sentenced on Thursday to six years in prison.

Dale Harker, 41, pleaded guilty in May to eleven counts of fraud. Court heard that he collected about $300,000.

District Court Judge Maren Tollefson said the scheme had preyed on people at their lowest point.

Prosecutor Ben Oduya had asked for nine years, telling the court at a hearing in October that Harker had "shown no remorse". Defence lawyer Cass Rindell argued at the same hearing for four years.

Outside court, one of the victims, Joan Petrakis, said she would never see her savings again.

Rindell told reporters outside the courthouse that his client would not appeal.
"""


def test_the_judge_and_those_outside_court_speak_on_the_day_of_the_decision():
    statements = extract(SENTENCING, "2026-11-20").statements
    days = {s.speaker: s.said_on for s in statements if s.cue in ("said", "told")}
    assert days["Maren Tollefson"] == "2026-11-19"
    assert days["Joan Petrakis"] == "2026-11-19"
    assert by_cue(statements, "told").said_on == "2026-11-19"


def test_the_same_hearing_is_the_one_just_dated_however_roughly():
    statements = extract(SENTENCING, "2026-11-20").statements
    assert by_cue(statements, "argued").said_on == "2026-10"


RADIO = """Minister will not give ferry cost

The islands minister, Fiona Rennick, told the Morning Programme on Tuesday that the new ferry would be late.

Ailsa Grant, who chairs the island's ferry committee, told the programme later that shops had lost bookings.
"""


def test_a_programme_named_again_is_the_broadcast_already_dated():
    statements = extract(RADIO, "2026-06-10").statements
    assert [s.said_on for s in statements if s.cue == "told"] == ["2026-06-09", "2026-06-09"]


INTERVIEW = """Secretary defends hiring plan

WASHINGTON - Transportation Secretary Elaine Marsh defended her hiring plan on Sunday. An excerpt of the exchange with host Dana Whitby follows.

WHITBY: The union says you are 3,000 controllers short. Is that number right?

MARSH: I don't accept that number. We are short by about 1,200.

WHITBY: Will you publish the full report?

MARSH: I'm not going to get ahead of the investigation.
"""


def test_a_host_the_introduction_names_asks_and_claims_nothing():
    statements = extract(INTERVIEW, "2024-09-23").statements
    turns = [s for s in statements if s.cue == ":"]
    assert {s.speaker for s in turns} == {"Elaine Marsh"}
    assert len(turns) == 2


EARNINGS = """Lumora Networks forecasts weak quarter; CEO says 'nobody is leaving us'

SAN JOSE, Calif., July 30 (PMW) - Lumora Networks forecast third-quarter revenue below Wall Street estimates on Wednesday.

The company expects revenue of $1.12 billion for the quarter.

"The carriers are not leaving us," Chief Executive Priya Natarajan told analysts on a call on Wednesday.

But Ana Ferreira of Crestview Partners said the sell-off was overdone. "Margins are holding up better than feared," she said.
"""


def test_a_company_the_tagger_took_for_a_person_is_the_company_meant():
    statements = extract(EARNINGS, "2026-07-30").statements
    assert by_cue(statements, "expects").speaker == "Lumora Networks"


def test_a_forecast_of_a_quarter_is_dated_by_the_day_closing_its_object():
    statements = extract(EARNINGS, "2026-07-30").statements
    assert by_cue(statements, "forecast").said_on == "2026-07-29"


def test_a_headline_ceo_is_the_chief_executive_the_body_names():
    statements = extract(EARNINGS, "2026-07-30").statements
    assert by_cue(statements, "says").speaker == "Priya Natarajan"


def test_a_given_name_before_of_names_a_person_at_a_firm():
    statements = extract(EARNINGS, "2026-07-30").statements
    said = [s for s in statements if s.cue == "said"]
    assert [s.speaker for s in said] == ["Ana Ferreira", "Ana Ferreira"]
    assert said[0].speaker_org == "Crestview Partners"


RESPONSE = """Neighbours pledge joint air-defence command

VILNIUS - Lithuania and Poland will set up a joint air-defence command by 2028, their foreign ministers said on Thursday.

In a joint statement, the two governments said the command would coordinate radar units along their borders.

Belarus responded on Friday. At the foreign ministry's weekly briefing in Minsk, spokesman Ruslan Varabei called the plan "a provocation".
"""


def test_a_body_that_responded_on_a_day_gives_its_answer_in_the_next_sentence():
    statements = extract(RESPONSE, "2026-10-10").statements
    assert by_cue(statements, "called").said_on == "2026-10-09"


def test_the_two_governments_are_the_pair_named_together_before():
    statements = extract(RESPONSE, "2026-10-10").statements
    assert {s.speaker for s in statements if s.content and s.content.startswith("the command")} == {"Lithuania", "Poland"}


RATE = """Central bank cuts rate

SAN JOSE, Dec 12 (LMW) - Costa Rica's central bank cut its benchmark rate by 50 basis points on Thursday.

In a poll published on Monday, seven of 10 economists had forecast a cut of 25 basis points.

Economists said the bigger cut signalled a shift in the bank's thinking.
"""


def test_a_day_told_in_the_past_perfect_is_not_carried_to_the_speakers_next_act():
    statements = extract(RATE, "2024-12-12").statements
    assert by_cue(statements, "said").said_on is None


MISREAD_VERDICT = """Roofer gets nine years

DES MOINES, Iowa - A roofing contractor who took deposits from dozens of homeowners after a 2023 hailstorm and never did the work was sentenced on Tuesday to nine years in prison.

Travis Mulder, 44, pleaded guilty in October to 11 counts of theft.

"You took their savings," Polk County District Judge Marianne Ostrowski said.
"""


def test_a_sentence_the_parser_hung_on_a_relative_clause_still_dates_the_hearing():
    statements = extract(MISREAD_VERDICT, "2025-01-15").statements
    assert next(s for s in statements if s.speaker == "Marianne Ostrowski").said_on == "2025-01-14"


def test_a_study_the_speaker_says_there_is_none_of_is_no_source():
    text = ("Arena deal questioned\n\nHannah Lindqvist told me last week that she knew of \"no credible study\" "
            "showing that a publicly financed arena had paid for itself. A No 10 spokeswoman said a minister "
            "would be appointed on Monday.")
    speakers = [s.speaker for s in extract(text, "2026-02-22").statements]
    assert "no credible study" not in speakers and "Hannah Lindqvist" in speakers
    assert any("No 10" in s or "Downing" in s for s in speakers)


AGENCY = """Fodder delivered to herders

Ulaanbaatar, March 11 (SHNA) - Yesterday, at the regular meeting of the Cabinet, Minister of Food, Agriculture and Light Industry S. Oyunbileg informed that 8,600 tonnes of hay were delivered to the affected aimags. The Minister stressed that additional 12 billion tugrug will be allocated from the reserve fund.
"""


def test_a_name_hung_on_the_phrase_before_the_act_is_its_subject_and_the_minister_it():
    statements = extract(AGENCY, "2026-03-11").statements
    assert [(s.speaker, s.said_on) for s in statements] == [("S. Oyunbileg", "2026-03-10"), ("S. Oyunbileg", "2026-03-10")]


def test_according_to_his_words_is_according_to_him():
    text = ("Herders count losses\n\nThe herder Bat Dorj said the hay came late. According to his words, he lost "
            "270 head of livestock.")
    statements = extract(text, "2026-03-11").statements
    assert by_cue(statements, "according to").speaker == "Bat Dorj"


def test_a_count_that_puts_a_party_on_a_share_is_a_figure_given_not_things_placed():
    text = ("Count goes on\n\nWith most votes counted, the electoral commission puts Civic Croatia on 36.2 per cent. "
            "The project would put four buildings on 140 acres near the airport.")
    statements = extract(text, "2026-08-14").statements
    assert [s.cue for s in statements] == ["puts"]
