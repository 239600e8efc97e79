"""A plain description ("the university") that names the one body of its kind the text has named,
however far back; a surname the tagger reads as an adverb right before its act; and a case
handed on ("referred the matter to prosecutors"), which says nothing."""
from datetime import date

from claimwatch.extract import extract

PUBLISHED = date(2026, 4, 16)  # a Thursday


def _statements(text: str, published: date = PUBLISHED):
    return extract(text, published).statements


def test_the_only_body_of_its_kind_named_earlier_is_the_one_a_description_names():
    text = ("A former admissions officer at Bellmont University took bribes, prosecutors said on Tuesday.\n\n"
            "The officer's lawyer said her client denied the charges.\n\n"
            "The state's commissioner said on Wednesday that his office would audit every campus.\n\n"
            "The university said it had first learned of the allegations in January.")
    last = _statements(text)[-1]
    assert last.speaker == "Bellmont University"


def test_two_bodies_of_the_kind_leave_the_description_unnamed():
    text = ("Students from Bellmont University and Carver University marched on Tuesday.\n\n"
            "The officer's lawyer said her client denied the charges.\n\n"
            "The university said it had first learned of the allegations in January.")
    last = _statements(text)[-1]
    assert last.speaker not in ("Bellmont University", "Carver University")


def test_a_spokesman_of_the_described_body_speaks_for_the_named_body():
    text = ("A former admissions officer at Bellmont University took bribes, prosecutors said on Tuesday.\n\n"
            "The officer's lawyer said her client denied the charges.\n\n"
            "The university said it had first learned of the allegations in January. "
            "It reported the matter to federal authorities \"within days\", a spokesman said.")
    assert _statements(text)[-1].speaker == "Bellmont University spokesman"


def test_referring_a_matter_to_someone_is_no_statement():
    text = "The university referred the matter to federal authorities in January."
    assert _statements(text) == []


def test_a_surname_read_as_an_adverb_right_before_its_act_is_the_speaker():
    text = ("Taranaki MP Suzanne Blakely said on Wednesday that she could not vote for the law.\n\n"
            "Blakely rejected suggestions that she was preparing to leave the party.")
    last = _statements(text)[-1]
    assert (last.speaker, last.stance) == ("Suzanne Blakely", "deny")
