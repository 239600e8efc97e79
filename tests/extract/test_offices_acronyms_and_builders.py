"""Readings agency copy and briefings needed: "the OCHA spokesperson" is the person who spoke for the
body the acronym stands for, "The minister" the person introduced with that office before the name,
a builder or contractor named in apposition is a company "the company" points back to, a day still
to come in a refusal does not undo the day of the occasion, and a headline takes the day of the
source's first act on an occasion, not of one told in the perfect."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2027, 1, 22)  # a Friday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_an_acronym_with_a_prefix_left_out_names_the_body_a_spokesperson_spoke_for():
    text = ("Floods update\n\nGENEVA - Hana Orlik, a spokesperson for the UN Office for the Coordination of "
            "Humanitarian Affairs (OCHA), told a briefing on Friday that 12,000 people had been displaced.\n\n"
            "The World Food Programme said it was sending food.\n\n"
            "The OCHA spokesperson said funding was short.")
    last = _statements(text)[-1]
    assert (last.speaker, last.said_on) == ("Hana Orlik", "2027-01-22")


def test_an_office_written_before_the_name_and_a_title_lets_the_minister_point_back():
    text = ("Wells sealed\n\nIRBID, Jan. 22 (LNA) -- Minister of Agriculture, Eng. Faris Haddadin, said that "
            "inspectors had sealed 90 wells on Thursday.\n\n"
            "The minister noted that fines would double next year.")
    noted = next(s for s in _statements(text) if s.cue == "noted")
    assert noted.speaker == "Faris Haddadin"


def test_a_clause_before_the_name_is_no_office_it_was_introduced_with():
    text = ("Wells sealed\n\nAfter meeting the minister, Faris Haddadin said that inspectors had sealed "
            "90 wells.\n\nThe minister noted that fines would double next year.")
    noted = next(s for s in _statements(text) if s.cue == "noted")
    assert noted.speaker != "Faris Haddadin"


def test_commending_is_an_act_of_speech():
    text = ("Committee meets\n\nThe committee's head, MP Laila Nasser, commended the ministry's efforts on Monday.")
    [st] = _statements(text)
    assert (st.speaker, st.stance, st.said_on) == ("Laila Nasser", "assert", "2027-01-18")


def test_a_builder_named_in_apposition_is_the_company_that_speaks_later():
    text = ("Road collapse\n\nA road caved in on Sunday. Professor Mina Cho of Hallim Institute of Technology "
            "says the rain was not unusual.\n\n"
            "The builder, Daesan Engineering & Construction, says in a statement that it has stopped work. "
            "The company says its sensors recorded nothing unusual.")
    [builder, company] = [s for s in _statements(text) if s.speaker != "Mina Cho"]
    assert builder.speaker == company.speaker == "Daesan Engineering & Construction"


def test_a_contractor_named_by_a_described_name_is_not_an_earlier_body():
    text = ("Hospital hack\n\nOfficials at Narva Clinic said the attackers had used a contractor's account. "
            "The contractor, Tartu-based IT firm Kovera, denied that its systems had been breached.")
    denial = next(s for s in _statements(text) if s.stance == "deny")
    assert denial.speaker == "Kovera"


def test_a_day_still_to_come_in_a_refusal_does_not_undo_the_occasion():
    text = ("Pool row\n\nA council spokesman said on Wednesday that the authority had no objection to a second "
            "survey. He declined to say whether the closure, planned for March 31 next year, could be delayed.")
    declined = next(s for s in _statements(text) if s.cue == "declined")
    assert declined.said_on == "2027-01-20"


def test_a_headline_takes_the_day_of_the_first_act_on_an_occasion_past_one_in_the_perfect():
    text = ("Train derails near Corvale; railway says leak 'contained'\n\n"
            "CORVALE - About 300 residents left their homes after a freight train derailed late on Wednesday, "
            "the fire chief said on Friday.\n\n"
            "The railway, Northern Plains Rail, has given a lower count. In a statement on Thursday, "
            "the company said 12 cars derailed and that a small leak was contained.")
    headline = _statements(text)[0]
    assert headline.said_on == "2027-01-21"


def test_a_lead_union_is_the_association_of_its_members_the_next_paragraph_names():
    text = ("Nurses strike\n\nAbout 900 nurses walked off the job at Lakeside Hospital on Friday, their union said.\n\n"
            "The Lakeside Registered Nurses Association says the strike is about staffing.")
    [lead, named] = _statements(text)
    assert lead.speaker == named.speaker == "Lakeside Registered Nurses Association"
    assert (lead.said_on, named.said_on) == ("2027-01-22", None)
