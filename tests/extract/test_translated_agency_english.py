"""Agency and machine-translated English: a body or person that "indicated that" says it; a source set
after a closing act reads as its object ("..., informed the provincial Government"); a quotation closed
by "expressed the mayor"; and "according to the balance released by X" is X's statement, whatever the
text calls what X put out."""
from datetime import date

from claimwatch.extract import extract

INDICATED = """The mayor of Valdemora, Ernesto Quiroga, indicated that the town had decreed two days of mourning."""

INVERTED = """The number of injured rose this Sunday to 23, informed the provincial Government."""

EXPRESSED = """"The valley is in pain, every family has someone underground," expressed the mayor."""

BALANCE = """According to the balance released on Sunday by the provincial Government, rescuers worked through the night."""

TIMELINE = """The first call came at 9:52 p.m., according to a timeline released by Chief Mary Tallbird of the Red Lake Nation."""


def _said(text: str) -> list:
    return extract(text, published=date(2025, 8, 3)).statements


def test_a_person_who_indicated_that_says_it():
    statement = next(s for s in _said(INDICATED) if s.cue == "indicated")
    assert statement.speaker == "Ernesto Quiroga"


def test_data_that_indicate_still_need_an_owner():
    assert not any(s.cue == "indicated" for s in _said("The weather indicated that the harvest would be late."))


def test_a_source_after_a_closing_act_is_its_speaker_not_its_object():
    statement = next(s for s in _said(INVERTED) if s.cue == "informed")
    assert "Government" in statement.speaker
    assert "rose this Sunday to 23" in (statement.content or "")


def test_a_quotation_closed_by_expressed_is_the_speakers():
    statement = next(s for s in _said(EXPRESSED) if s.cue == "expressed")
    assert statement.speaker == "mayor" and statement.mode == "direct"


def test_according_to_what_a_body_released_is_the_bodys():
    statement = next(s for s in _said(BALANCE) if s.cue == "according to")
    assert "Government" in statement.speaker
    statement = next(s for s in _said(TIMELINE) if s.cue == "according to")
    assert statement.speaker == "Mary Tallbird"
