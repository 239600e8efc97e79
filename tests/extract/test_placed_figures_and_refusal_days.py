"""Figures given by placing them ("put the number of people evacuated at 12,000", "put the toll
far higher"), the day a refusal answers ("declined to comment when contacted on Tuesday", "did
not respond to questions sent on Monday") and a meeting report that returns to its sitting after
an aside about an earlier written submission."""
from datetime import date

import pytest

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


PRESS_CONFERENCE = """Regular press conference of the foreign ministry

On Thursday afternoon the foreign ministry held its regular press conference. Opening it, Spokesperson Lan Hoang announced that the government would send aid to Laos.

Question (Mekong Radio): The Asia Trade Post reported on Tuesday, citing three people familiar with the matter, that the two countries had agreed a tariff of 18 percent. Can you confirm this?

Answer: Negotiations are continuing in a constructive spirit. I am not in a position to comment on specific figures at this stage.

Question (City Times): Will the minister travel to Washington next week?

Answer: Information on specific visits will be announced at the appropriate time.
"""


def test_answer_labels_are_the_spokesperson_s_turns_and_a_question_label_is_no_part_of_its_sentence():
    statements = _statements(PRESS_CONFERENCE, date(2026, 5, 22))
    speakers = {st.speaker for st in statements}
    assert "Answer" not in speakers
    answers = [st for st in statements if st.speaker == "Lan Hoang" and st.cue == ":"]
    assert len(answers) >= 2 and all(st.said_on == "2026-05-21" for st in answers)
    [report] = [st for st in statements if st.speaker == "Asia Trade Post"]
    assert (report.cue, report.said_on) == ("reported", "2026-05-19")


def test_a_boss_is_a_person_and_the_body_s_spokesperson_is_the_body_s():
    [boss] = _statements("Tesco boss says prices will fall")
    assert (boss.speaker, boss.speaker_org) == ("Tesco boss", "Tesco")
    text = "DWP boss admits carers were underpaid\n\nA DWP spokesperson said the department regretted the mistake."
    assert [st.speaker for st in _statements(text)] == ["DWP boss", "DWP spokesperson"]


SENTENCING = """Driver jailed for killing cyclist

A driver who killed a cyclist on a ring road has been jailed for six years.

In a victim impact statement read to the court on Thursday, the cyclist's mother, Ann Mercer, said her son had lived for others.

Priya Nand, defending, said the driver was remorseful.

Sentencing him, Judge Helen Carr said the evidence was overwhelming.

Bell's solicitor declined to say whether his client would appeal.
"""


def test_a_statement_read_to_the_court_dates_the_hearing_its_next_speakers_address():
    days = {st.speaker: st.said_on for st in _statements(SENTENCING, date(2025, 11, 28))}
    assert days["Ann Mercer"] == "2025-11-27"
    assert days["Priya Nand"] == "2025-11-27"
    assert days["Helen Carr"] == "2025-11-27"
    assert days["Bell's solicitor"] is None  # a role, not a person named at the hearing


def test_a_wire_lead_names_its_source_as_the_subject_of_what_it_reports():
    text = "Halvorsen Motor Co. is recalling about 318,000 SUVs in the United States, the automaker said on Wednesday."
    [st] = _statements(text, date(2025, 10, 23))
    assert (st.speaker, st.said_on) == ("Halvorsen Motor Co.", "2025-10-22")
    # not a body another kind of description calls
    [st] = _statements("Halvorsen Motor Co. is recalling 318,000 SUVs, the ministry said on Wednesday.", date(2025, 10, 23))
    assert st.speaker != "Halvorsen Motor Co."


def test_a_source_the_parser_hung_on_the_last_place_of_what_it_reports_still_speaks():
    text = ("The suspect was detained at his apartment in the district of Marzahn, the Federal "
            "Prosecutor's Office said in a statement.")
    [st] = _statements(text, date(2026, 9, 16))
    assert st.speaker == "Federal Prosecutor's Office"
    assert _statements("The ship docked in Piraeus, the port of Athens, yesterday.") == []


def test_claims_described_or_called_fabricated_are_denied():
    [st] = _statements("The ministry described the Turkish claims as fabricated.")
    assert st.stance == "deny"
    [st] = _statements('The ministry described the claims as "fabricated and part of a propaganda campaign."')
    assert st.stance == "deny"
    [st] = _statements("The minister called the report exaggerated and politically motivated.")
    assert (st.cue, st.stance) == ("called", "deny")
    [st] = _statements("The ministry described the plan as ambitious.")
    assert st.stance == "assert"
    assert _statements("He called the meeting to order.") == []


def test_a_detail_withheld_alongside_a_statement_is_the_speaker_s_refusal():
    statements = _statements("The ministry said the talks had been positive, without giving further details.")
    assert [(st.speaker, st.stance) for st in statements] == [("ministry", "assert"), ("ministry", "decline")]
    statements = _statements("The WFP said two trucks had been hit, without saying who had fired.")
    assert [(st.speaker, st.stance) for st in statements] == [("WFP", "assert"), ("WFP", "decline")]
    assert _statements("The company settled the case without admitting wrongdoing.") == []


def test_a_subject_source_nouns_lists_is_one_who_can_speak():
    [st] = _statements("The rebels threatened to attack the town.")
    assert (st.speaker, st.cue) == ("rebels", "threatened")
    assert _statements("The dispute threatened to derail the bill.") == []


def test_a_headline_finding_before_a_comma_is_the_finder_s():
    text = ("Bid's price tag 'unrealistic', city auditor finds\n\n"
            "The city auditor said on Thursday that the cost was unrealistic.")
    found = [st for st in _statements(text, date(2026, 6, 26)) if st.cue == "finds"]
    assert [st.speaker for st in found] == ["city auditor"]
    assert [st.cue for st in _statements("Bid price tag too high, he finds.")] == []


def test_a_statement_issued_after_the_sitting_the_lead_told_is_on_its_day():
    text = ("Pool to close\n\nAskton's pool will close after district councillors voted on Wednesday night to end "
            "its funding.\n\nIn a statement issued after the vote, the council said it regretted the closure.")
    [st] = _statements(text, date(2026, 11, 5))
    assert (st.speaker, st.said_on) == ("council", "2026-11-04")
    text = ("Tension on the peninsula\n\nThe National Security Council met on Sunday to discuss the launches.\n\n"
            "In a statement released after the 70-minute meeting, the NSC expressed deep regret over the launches.")
    [st] = _statements(text, date(2026, 5, 5))
    assert st.said_on == "2026-05-03"


def test_an_official_s_visit_on_a_day_is_where_they_spoke():
    text = ("Transport Minister Hari Dhakal, who visited the site on Wednesday afternoon, announced compensation "
            "for the family of each victim. He said an inquiry would report within a week.")
    assert [st.said_on for st in _statements(text, date(2026, 7, 10))] == ["2026-07-08", "2026-07-08"]
    [st] = _statements("The minister, who visited Kyiv last year, said the talks were going well.", date(2026, 7, 10))
    assert st.said_on is None


def test_a_person_speaking_as_the_paragraph_s_first_sentence_goes_on_speaks_on_its_day():
    text = ("Prisoners freed\n\nAndrius Vaitkus, 46, looked thin but smiling as he spoke to reporters outside a "
            "Vilnius hospital on Friday. \"I did not know I was free until the car stopped at the border,\" he said.")
    [st] = _statements(text, date(2026, 7, 12))
    assert (st.speaker, st.said_on) == ("Andrius Vaitkus", "2026-07-10")


def test_a_statement_accompanying_a_report_told_before_is_on_the_report_s_day():
    text = ("Collision report\n\nThe Marine Accident Investigation Branch published its interim report on Thursday.\n\n"
            "\"This is an interim report,\" Chief Inspector Catherine Doyle said in a statement accompanying the "
            "report. She said the branch had issued two urgent recommendations.")
    assert [st.said_on for st in _statements(text, date(2026, 9, 12))] == ["2026-09-10", "2026-09-10"]


def test_would_not_speculate_elaborate_or_discuss_is_a_refusal():
    for text in ("Police would not speculate about a motive.", "The minister did not elaborate.",
                 "The spokesman would not discuss the case."):
        [st] = _statements(text)
        assert st.stance == "decline", text
    assert _statements("The ministers discussed the plan.") == []


def test_a_national_parliament_by_its_own_name_is_a_sitting_its_next_speakers_address():
    text = ("Trolley figures dominate the Dáil\n\nSpeaking during Leaders' Questions in the Dáil, Colm Reddan said "
            "the count at 8am today showed 568 patients waiting for a bed.\n\n"
            "Opposition leader Orla Kinnane said it was the highest figure the union had recorded.")
    days = {st.speaker: st.said_on for st in _statements(text, date(2027, 2, 9))}
    assert days == {"Colm Reddan": "2027-02-09", "Orla Kinnane": "2027-02-09"}


def test_would_not_commit_to_anything_is_a_refusal_but_a_reported_one_is_not_a_statement():
    [st] = _statements("The minister accepted the findings but would not commit to implementing every recommendation.")
    assert (st.cue, st.stance) == ("commit", "decline")
    statements = _statements("A spokesman declined to comment, saying the federation would not discuss an ongoing case.")
    assert [st.cue for st in statements] == ["declined", "saying"]


def test_a_company_is_known_by_the_first_word_of_its_legal_name():
    text = ("Halvorsen Motor Co. is recalling 318,000 SUVs, the automaker said on Wednesday, weeks after a lawsuit "
            "accused it of hiding the problem.\n\nIn a statement, Halvorsen said a torque sensor could fail.")
    days = [st.said_on for st in _statements(text, date(2025, 10, 23)) if st.speaker.startswith("Halvorsen")]
    assert days == ["2025-10-22", "2025-10-22"]


def test_a_translated_german_so_and_its_source_closing_a_sentence_attribute_it():
    [st] = _statements("The four slightly injured were brought into the hospital in Zams, so the police.")
    assert (st.speaker, st.cue) == ("police", "so")
    assert "hospital in Zams" in st.content
    [st] = _statements("Every affected household should receive up to 1,500 euros quickly, so Lindemann.")
    assert st.speaker == "Lindemann"
    assert _statements("He was tired, so we went home.") == []


@pytest.mark.parametrize("text, published, said_on", [
    pytest.param("The rocket that failed shortly after liftoff on Saturday lost pressure in its tank, Arcturus "
                 "Launch Systems said at a news conference held hours after the loss of the satellite.",
                 date(2026, 7, 19), "2026-07-18", id="a news conference held hours after an event is on its day"),
    pytest.param("In a written response dated Oct. 27 and annexed to the report, the ministry said it accepted "
                 "five of the seven recommendations.",
                 date(2026, 11, 5), "2026-10-27", id="a written response dated a day is a document of that day"),
    pytest.param("The emir was flown to London for treatment for six weeks in 2023. The palace said at the time "
                 "that he had undergone \"minor surgery.\"",
                 date(2026, 6, 7), "2023", id="an act at the time is at the moment the text just told"),
])
def test_the_day_of_one_statement(text, published, said_on):
    [st] = _statements(text, published)
    assert st.said_on == said_on
