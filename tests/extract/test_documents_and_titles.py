"""A definite document cited with "according to" was issued on the day the text gave it; an official
whose title is made from the name of the body that just acted speaks on that occasion; a measure of a
document ("the 40-page report") is not its author."""
from claimwatch.extract.pipeline import extract

LAWSUIT = """Group sues chemicals maker

A German environmental group has sued chemicals maker Rheinwerk Chemie, according to a complaint filed at the Cologne Regional Court on Tuesday.

Rheinwerk knew of the discharges for years, according to the complaint.
"""

FINE = """Regulator fines app

DUBLIN, April 21 (XW) - Ireland's Data Protection Commission fined the video app Chirpa 310 million euros on Tuesday, saying it had exposed children's accounts.

"Children were pushed into public view by design," Deputy Commissioner Orla Keane said in a statement accompanying the decision.
"""

MINISTER = """Peru expels diplomat

LIMA, March 12 (PW) - Peru declared a Bolivian diplomat persona non grata on Thursday.

Peru's foreign ministry said in a statement that the diplomat had 72 hours to leave the country.

Foreign Minister Jorge Salas told reporters at the palace that Peru had "clear evidence" against him.
"""

GOVERNOR = """Storm response

The national government declared an emergency on Monday.

The government said in a statement that troops would help with the clean-up.

Governor Alma Ruiz told reporters that her state needed more help.
"""

RULING = """Court upholds ban

The federation was right to count three missed tests, according to the 40-page ruling.
"""


def test_a_definite_document_cited_was_issued_on_the_day_the_text_gave_it():
    statements = extract(LAWSUIT, "2026-04-22").statements
    assert [s.said_on for s in statements if s.cue == "according to"] == ["2026-04-21", "2026-04-21"]


def test_a_title_made_from_the_bodys_name_speaks_on_its_occasion():
    assert [s.said_on for s in extract(FINE, "2026-04-21").statements if s.speaker == "Orla Keane"] == ["2026-04-21"]
    assert [s.said_on for s in extract(MINISTER, "2026-03-12").statements if s.speaker == "Jorge Salas"] == ["2026-03-12"]


def test_a_governor_does_not_speak_for_the_government():
    statements = extract(GOVERNOR, "2026-03-03").statements
    assert [s.said_on for s in statements if s.speaker == "Alma Ruiz"] == [None]


def test_a_measure_of_a_document_is_not_its_author():
    statements = extract(RULING, "2026-06-09").statements
    assert len(statements) == 1 and statements[0].speaker != "40-page"
