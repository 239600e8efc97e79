"""Claims: statements grouped by the proposition they share, with a readable label."""
from __future__ import annotations

from claimwatch.consolidate import build_picture
from claimwatch.consolidate.claims import readable
from claimwatch.models import Statement
from ostria_story import article


def said(text: str, cue: str = "said") -> Statement:
    return Statement(speaker="X", stance="assert", span=(0, len(text)), cue=cue, content=text)


def test_labels_drop_the_attribution() -> None:
    text = "Interior Minister Dario Keln said on Tuesday that saboteurs had damaged the spillway gates."
    assert readable(text, said(text)) == "Saboteurs had damaged the spillway gates"
    quote = '"The cracks were in our reports, with photographs," Sova said.'
    assert readable(quote, said(quote)) == "The cracks were in our reports, with photographs"


def test_long_labels_are_cut_at_a_word() -> None:
    text = "Officials said " + "the water kept rising across the valley " * 6
    label = readable(text, said(text), limit=60)
    assert len(label) <= 61 and label.endswith("…") and not label.endswith(" …")


def test_assertion_and_denial_of_one_proposition_meet_unrelated_ones_do_not() -> None:
    a = "Irina Sova said engineers had warned the Lisk Basin Authority about cracks in the spillway."
    b = "Tomas Brenner denied that the Lisk Basin Authority had been warned about cracks in the spillway."
    c = "Coach Milan Bergh said his team had won the cup final."
    picture = build_picture([
        article("a", "2025-11-05", "Valley Courier", a, statements=[("Irina Sova", "assert", a, None, "said")],
                entities=[("Lisk Basin Authority", "ORG")]),
        article("b", "2025-11-06", "Radio Solen", b, statements=[("Tomas Brenner", "deny", b, None, "denied")],
                entities=[("Lisk Basin Authority", "ORG")]),
        article("c", "2025-11-08", "Daily Ledger", c, statements=[("Milan Bergh", "assert", c, None, "said")]),
    ])
    groups = sorted(sorted(e.document for e in claim.statements) for claim in picture.claims)
    assert groups == [["a", "b"], ["c"]]
