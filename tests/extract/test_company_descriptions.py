"""'The company', 'its chief executive' and 'last night': a body named as a kind of business, a role
owned by "its", and a day part of the day before."""
from claimwatch.extract.pipeline import extract

SHIPPING = """Tanker hit off Aden; group claims strike, owner says crew safe

ADEN, May 4 (SWN) - An armed group said on Monday that its fighters had struck a tanker in the Gulf of Aden.

Brightwater Tanker Operators, the Athens-based manager of the vessel, said on Monday that all 23 crew members were safe. The tanker would sail on to Djibouti for an inspection, it said.

The company denied that any of its ships had called at ports the group says it has banned.
"""

FERRIES = """Dock workers vote to strike

About 900 staff employed by Northsound Ferries were balloted. The Harbour and Dock Workers' Union said 81% had backed a strike.

In a statement last night, Northsound Ferries said it was "disappointed" by the result, describing its offer as "the best in the sector this year".

Its chief executive, Moira Kinnell, said in the statement that the rise was affordable.
"""


def _speakers_of(statements, words):
    return {s.speaker for s in statements if s.content and words in s.content}


def test_the_company_is_the_body_whose_name_calls_it_a_business():
    statements = extract(SHIPPING, "2026-05-04").statements
    assert _speakers_of(statements, "called at ports") == {"Brightwater Tanker Operators"}
    assert _speakers_of(statements, "sail on to Djibouti") == {"Brightwater Tanker Operators"}


def test_its_chief_executive_speaks_for_the_body_it_points_back_to():
    statements = extract(FERRIES, "2026-01-22").statements
    kinnell = [s for s in statements if s.speaker == "Moira Kinnell"]
    assert kinnell and all(s.speaker_org == "Northsound Ferries" for s in kinnell)


def test_last_night_is_the_evening_before_publication_and_dates_the_statement():
    extraction = extract(FERRIES, "2026-01-22")
    assert ("last night", "2026-01-21TNI") in {(t.text, t.value) for t in extraction.times}
    said = [s for s in extraction.statements if s.speaker == "Northsound Ferries"]
    assert said and all(s.said_on == "2026-01-21" for s in said), [(s.cue, s.said_on) for s in said]
