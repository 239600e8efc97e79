"""Which body a plain description points back to, and whose act a participle is.

A firm whose name ends in a trade word ("Corvina Maritime") is a company even when a role stands in
apposition ("the Genoa-based owner of the ship"), so "the company" later is that firm, not the navy
that spoke before it. "The agency" right after a sentence whose subject is a named centre is that
centre. "The Navy" after "the Ghanaian Navy" is that navy, named in full. "Adding that" after "X said the outage showed ..." is X's, not the outage's."""
from datetime import date

from claimwatch.extract import extract

OWNER_AND_NAVY = """Gunmen board cargo ship

The Italian Navy said on Tuesday that a frigate had escorted the vessel to port. Its spokesman, Captain Marco Bellandi, said the crew were unharmed.

Corvina Maritime, the Genoa-based owner of the ship, disputed the navy's account. In a statement on Tuesday, the company said two sailors were still missing.
"""

CENTRE_THEN_AGENCY = """Flood warnings questioned

The National Centre for Flood Forecasting and Alerts recorded 280 millimetres of rain in a day. The agency said it had sent a warning to the town on Monday.
"""

ADDING_AFTER_A_FINDING = """Airport systems fail again

Aviation analyst Tomas Berglund said the outage showed how much the airport relied on a single supplier, adding that similar failures had hit three other hubs this year.
"""


def _said(text: str) -> list:
    return extract(text, published=date(2026, 3, 10)).statements


def test_a_firm_named_with_a_trade_word_is_the_company_meant_later():
    later = next(s for s in _said(OWNER_AND_NAVY) if "missing" in (s.content or ""))
    assert later.speaker == "Corvina Maritime"


def test_the_agency_is_the_centre_the_sentence_before_was_about():
    claim = next(s for s in _said(CENTRE_THEN_AGENCY) if "warning" in (s.content or ""))
    assert claim.speaker == "National Centre for Flood Forecasting and Alerts"


def test_adding_belongs_to_the_speaker_not_to_what_he_said_showed_something():
    adding = next(s for s in _said(ADDING_AFTER_A_FINDING) if s.cue == "adding")
    assert adding.speaker.endswith("Berglund")


NATION_NAMED_BODY = """Tanker boarded off Tema

Gunmen boarded a tanker off Tema on Sunday, the Ghanaian Navy said. The Navy said on Monday that four crew members were missing.
"""


def test_a_body_first_named_with_its_nation_keeps_that_name():
    speakers = {s.speaker for s in _said(NATION_NAMED_BODY)}
    assert speakers == {"Ghanaian Navy"}
