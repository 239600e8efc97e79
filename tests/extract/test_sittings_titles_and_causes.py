"""Who acts and on which day, in reports of sittings and of actions: a witness "told a commission of
inquiry on Monday" speaks there in the paragraphs that follow, even one the model took for a body once a
"who" clause shows she is a person; "at the close of Monday's hearing" dates an act; "the DM" is the
District Magistrate named with that acronym; one made to act ("prompting the union to threaten a
strike") acts, and a threatened rejection is no rejection; a readout's lead that tells a meeting on a day
("X received on Wednesday H.E. Y") dates what the named ministers then say."""
from datetime import date

from claimwatch.extract import extract

INQUIRY = """Former finance chief tells inquiry payments were rushed

A former finance director of Kgalagadi Water told a commission of inquiry on Monday that she had been told to approve payments without invoices.

Lerato Mokwena said the instruction came from the board's chairperson.

Mokwena, who resigned in March 2023, said she had raised her concerns in a memo.
"""

CLOSE_OF_HEARING = """At the close of Monday's hearing, Judge Amara Mbeki said the commission would summon the directors."""

DM = """More than 60 pupils fell ill after a school meal on Tuesday, District Magistrate (DM) Suresh Chandra Varma told reporters on Wednesday.

"All the children are out of danger," the DM said."""

PROMPTED = """The talks ran into an extra day after the chair published a new draft, prompting the island states to threaten to reject it."""


def _said(text: str, published: date = date(2026, 2, 17)) -> list:
    return extract(text, published=published).statements


def test_a_witness_speaks_at_the_inquiry_the_lead_dated():
    statements = [s for s in _said(INQUIRY) if "Mokwena" in s.speaker]
    assert len(statements) == 2
    assert all(s.said_on == "2026-02-16" for s in statements)


def test_the_close_of_a_dated_hearing_dates_the_act():
    statement = next(s for s in _said(CLOSE_OF_HEARING) if s.cue == "said")
    assert statement.said_on == "2026-02-16"


def test_an_acronym_given_to_a_title_names_the_person():
    quoted = next(s for s in _said(DM, date(2025, 7, 16)) if "out of danger" in (s.content or ""))
    assert quoted.speaker.endswith("Varma")


def test_one_made_to_act_acts_and_a_threatened_rejection_is_no_denial():
    statements = _said(PROMPTED)
    threat = next(s for s in statements if s.cue == "threaten")
    assert "island states" in threat.speaker
    assert not any(s.stance == "deny" for s in statements)


READOUT = """UAE and Kyrgyzstan discuss trade

ABU DHABI, 19th November, 2025 (EWA) -- H.E. Dr. Salem Rashid Al Nuaimi, Minister of State, received on Wednesday H.E. Aibek Toktogulov, Minister of Economy of the Kyrgyz Republic, and his delegation.

During the meeting, the two sides reviewed cooperation in energy and logistics.

Dr. Al Nuaimi affirmed that the UAE attaches great importance to its relations with Kyrgyzstan.

For his part, H.E. Toktogulov said his country is keen to attract further investment.
"""


def test_a_meeting_the_lead_dates_is_where_its_named_speakers_speak():
    statements = [s for s in _said(READOUT, date(2025, 11, 19)) if s.cue in ("affirmed", "said")]
    assert sorted(s.speaker.split()[-1] for s in statements) == ["Nuaimi", "Toktogulov"]  # "H.E." a title
    assert all(s.said_on == "2025-11-19" for s in statements)
