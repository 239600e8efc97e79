"""Two readings of people and their acts. A Spanish or Portuguese name with two family names is
shortened to the first of them ("Ferrándiz" for "Lucía Ferrándiz Ocampo"), and the short form is the
same person, who keeps the day of her occasion. A second act of a subject named before an earlier
verb ("He said ... but declined to ...", "denied it, saying ...") is a statement of its own clause,
so it does not begin where the first act's sentence begins."""
from datetime import date

from claimwatch.extract import extract

TWO_FAMILY_NAMES = """Quarry collapse toll rises

At a news conference in Valparaíso on Thursday morning, regional prosecutor Lucía Ferrándiz Ocampo said rescuers had found the bodies of six workers under the rubble.

Ferrándiz said two engineers had been detained for questioning.
"""

SECOND_ACT = """Ferry owner questioned

The harbour master said the vessel had been carrying more passengers than its licence allowed but declined to name the owner, citing the inquiry.
"""


def _said(text: str) -> list:
    return extract(text, published=date(2026, 3, 6)).statements


def test_the_first_family_name_is_the_person_named_in_full():
    later = next(s for s in _said(TWO_FAMILY_NAMES) if "detained" in (s.content or ""))
    assert later.speaker == "Lucía Ferrándiz Ocampo"
    assert later.said_on == "2026-03-05"


def test_a_second_act_is_its_own_clause():
    text = SECOND_ACT
    statements = _said(text)
    refusal = next(s for s in statements if s.stance == "decline")
    claim = next(s for s in statements if s.stance == "assert")
    assert text[refusal.span[0]:refusal.span[1]].startswith("declined to name the owner")
    assert claim.span[0] < refusal.span[0]
