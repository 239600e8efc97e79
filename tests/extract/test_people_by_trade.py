"""Who "he" or "she" is when the last speaker is described, not named: a person by trade or by a "who"
clause ("one lorry driver, who asked not to be named"), not a body named just before whose name the model
took for a person's; a body described by its kind before its name is that body; and a refusal told
inside what someone says happened is part of their claim, not an act of its own."""
from datetime import date

from claimwatch.extract import extract

TRADE_THEN_PRONOUN = """Port strike enters second week

The shipping association Liga Portuaria del Sur said on Monday that the strike had already delayed 40 vessels.

Not every docker supports the walkout. One crane technician, who asked not to be identified, said many younger staff wanted to go back. "The bills keep coming," he said.
"""

DRIVER = """Bus drivers' pay talks stall

The transport board Movilidad Andina del Norte said talks would resume on Friday. A driver at the central depot said morale was low. "We are tired of waiting," she said.
"""

KIND_BEFORE_NAME = """The consumer watchdog Fair Deal Collective said on Tuesday it had received 300 complaints."""


def _said(text: str) -> list:
    return extract(text, published=date(2026, 6, 9)).statements


def test_he_after_a_described_technician_is_the_technician():
    quoted = next(s for s in _said(TRADE_THEN_PRONOUN) if "bills keep coming" in (s.content or ""))
    assert quoted.speaker == "crane technician"


def test_she_after_a_driver_is_the_driver_not_the_body_before():
    quoted = next(s for s in _said(DRIVER) if "tired of waiting" in (s.content or ""))
    assert "driver" in quoted.speaker


def test_a_body_named_after_its_kind_is_that_body():
    statement = next(s for s in _said(KIND_BEFORE_NAME) if s.cue == "said")
    assert statement.speaker == "Fair Deal Collective"


RECOUNTED = ('Union leader Amir Haddad rejected that account, saying the drivers had left the talks only after the '
             'operator refused to put its offer in writing. "We were shown the door," he said.')

OWN_REFUSAL = ('The ministry said on Wednesday that the outbreak had been traced to a cooling tower, but refused '
               'to name the building, though it declined to say when it would.')


def test_a_refusal_told_in_a_time_clause_of_a_claim_is_part_of_the_claim():
    statements = _said(RECOUNTED)
    assert not any(s.cue == "refused" for s in statements)
    quoted = next(s for s in statements if "shown the door" in (s.content or ""))
    assert quoted.speaker == "Amir Haddad"


def test_the_speakers_own_refusal_beside_a_claim_still_counts():
    cues = {s.cue for s in _said(OWN_REFUSAL) if s.stance == "decline"}
    assert {"refused", "declined"} <= cues


FORECASTER = ("The agency says Typhoon Senna was about 90 kilometers south of the islands on Monday. At a news "
              "conference, agency forecaster Hoshida Renta said the storm could bring record rain. He warned that "
              "rivers could burst their banks.")

TITLED_GOVERNOR = ("Hillside Prefecture Governor Morimoto Takeshi told reporters that 500 shelters had opened. "
                   "Coastal Prefecture Governor Tanabe Emiko wrote on X that schools would close. She also urged "
                   "residents near rivers to leave before dark.")


def test_a_trade_before_a_name_makes_it_a_persons_whom_he_points_back_to():
    warned = next(s for s in _said(FORECASTER) if s.cue == "warned")
    assert warned.speaker == "Hoshida Renta"


def test_a_capitalised_title_before_a_name_makes_it_a_persons():
    urged = next(s for s in _said(TITLED_GOVERNOR) if s.cue == "urged")
    assert urged.speaker == "Tanabe Emiko"
