"""A body the text names in full once ("the Coastal Command of the Navy of Veloria") keeps that name
when it is later called by its short name; "the statement" right after a body spoke is that body's,
on its day; "Opening the debate, X said" speaks at the debate the text dated; and "would not name
the hotel" declines."""
from datetime import date

from claimwatch.extract import extract

FULL_THEN_SHORT = """Overnight strikes hit three ports

The attack was reported by the Coastal Command of the Navy of Veloria on Sunday morning.

Two vessels were damaged at Port Selm, the Coastal Command said on Sunday. The statement did not say whether anyone had been hurt.
"""

STATEMENT_AFTER = ("Fourteen people were evacuated from the tower, the fire brigade said on Tuesday. "
                   "The statement did not say what had started the blaze.")


def _said(text: str) -> list:
    return extract(text, published=date(2025, 7, 13)).statements


def test_a_short_name_takes_the_full_name_the_text_gave():
    said = next(s for s in _said(FULL_THEN_SHORT) if s.cue == "said")
    assert said.speaker == "Coastal Command of the Navy of Veloria"


def test_the_statement_after_a_body_spoke_is_that_bodys_on_its_day():
    declined = next(s for s in _said(STATEMENT_AFTER) if s.stance == "decline")
    assert declined.speaker == "fire brigade" and declined.said_on == "2025-07-08"


OPENING_THE_DEBATE = """LAHORE: The general debate on the Punjab budget began in the provincial assembly on Monday amid loud protests.

Opening the debate, Leader of the Opposition Kamran Aziz said the revenue target was unrealistic. He claimed that only a third of the development funds had been spent."""


def test_opening_the_debate_the_lead_dated_shares_its_day():
    statements = _said(OPENING_THE_DEBATE)
    aziz = [s for s in statements if s.speaker == "Kamran Aziz"]
    assert len(aziz) == 2 and all(s.said_on == "2025-07-07" for s in aziz)


def test_not_naming_is_declining_but_not_as_an_aside_or_of_a_relative():
    statements = _said("The ministry said the water was safe but would not name the hotel. "
                       "The EU urged calm, without naming any country. "
                       "A man whom police did not name was arrested.")
    named = [(s.speaker, s.stance) for s in statements if s.cue in ("name", "naming")]
    assert named == [("ministry", "decline")]
