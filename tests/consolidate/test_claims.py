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


def test_labels_drop_a_leading_that_and_the_addressee() -> None:
    text = "the Harbour Gazette that divers had found a second crack in the pier"
    assert readable(text, said(text, cue="told")) == "Divers had found a second crack in the pier"
    text = "that the ferry would run again on Monday"
    assert readable(text, said(text, cue="announced")) == "The ferry would run again on Monday"
    text = "That there were no plans to close the port"
    assert readable(text, said(text, cue="denied")) == "There were no plans to close the port"


BRIDGE = "the Harlow Bridge collapse"


def bridge_story(*sentences: tuple[str, str, str, str, list]) -> list:
    """One article per (id, day, speaker, sentence, quantities); every one names the story's bridge."""
    return [article(doc_id, day, f"Outlet {n}", f"{sentence} Crews cleared {BRIDGE} overnight.",
                    statements=[(speaker, "assert", sentence, day, "said")], quantities=quantities,
                    entities=[("Harlow Bridge", "FAC")])
            for n, (doc_id, day, speaker, sentence, quantities) in enumerate(sentences)]


def claim_groups(triples: list) -> list[list[str]]:
    return sorted(sorted(e.document for e in claim.statements) for claim in build_picture(triples).claims)


def test_the_story_words_alone_do_not_make_one_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said rust in the Harlow Bridge cables had gone unrepaired.", []),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said the Harlow Bridge collapse closed the river port.", []),
        ("c", "2025-04-03", "Pia Lorne", "Pia Lorne said the Harlow Bridge cables showed rust that went unrepaired.",
         []),
        ("d", "2025-04-04", "Oskar Wren", "Oskar Wren said the Harlow Bridge collapse delayed the city budget.", []),
    ))
    assert groups == [["a", "c"], ["b"], ["d"]]


def test_the_same_kind_of_figure_alone_does_not_make_one_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said 900 residents were evacuated from the river district.",
         [("900", 900, None, None, False, "residents", "Nora Hale")]),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said 40 people fell ill with typhoid in the river district.",
         [("40", 40, None, None, False, "people", "Ivo Brandt")]),
    ))
    assert groups == [["a"], ["b"]]


def test_different_figures_for_one_measure_are_different_claims_the_same_figure_confirms() -> None:
    picture = build_picture(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said 12 people died when the Harlow Bridge fell.",
         [("12", 12, None, None, False, "people", "Nora Hale")]),
        ("b", "2025-04-02", "Ivo Brandt", "Ivo Brandt said 30 people died when the Harlow Bridge fell.",
         [("30", 30, None, None, False, "people", "Ivo Brandt")]),
        ("c", "2025-04-03", "Pia Lorne", "Pia Lorne said 30 people died when the Harlow Bridge fell.",
         [("30", 30, None, None, False, "people", "Pia Lorne")]),
        ("d", "2025-04-04", "Oskar Wren", "Oskar Wren said far more people died when the Harlow Bridge fell.", []),
    ))
    by_documents = {tuple(sorted(e.document for e in c.statements)): c for c in picture.claims}
    assert set(by_documents) == {("a",), ("b", "c"), ("d",)}
    assert by_documents[("b", "c")].status == "confirmed" and by_documents[("a",)].status == "single-source"
    deaths = next(s for s in picture.series if s.unit == "deaths")
    assert sorted(e.value for e in deaths.estimates) == [12, 30, 30]  # every figure stays in the series


def test_a_figure_in_an_aside_does_not_split_a_claim() -> None:
    groups = claim_groups(bridge_story(
        ("a", "2025-04-01", "Nora Hale", "Nora Hale said typhoid had broken out in the river shelters.", []),
        ("b", "2025-04-05", "Ivo Brandt",
         "Ivo Brandt said typhoid had broken out in the river shelters, with 40 cases so far.",
         [("40 cases", 40, None, None, False, "cases", "Ivo Brandt")]),
    ))
    assert groups == [["a", "b"]]
