"""One sentence rule for consolidation: citations, figure contexts, copy detection and ledes agree."""
from __future__ import annotations

from claimwatch.consolidate import sentences


def _bounds(text: str, needle: str) -> str:
    start = text.index(needle)
    left, right = sentences.sentence_bounds(text, (start, start + len(needle)))
    return text[left:right]


def test_a_title_or_an_abbreviation_does_not_end_a_sentence() -> None:
    text = "Gen. Musa Bako said 40 soldiers died near the U.S. base on Friday. Rain fell."
    assert _bounds(text, "40") == "Gen. Musa Bako said 40 soldiers died near the U.S. base on Friday."
    text = "The clinic opened at 9 a.m. on Monday and saw 300 patients, Dr. Aziz said. It closed at noon."
    assert _bounds(text, "300") == "The clinic opened at 9 a.m. on Monday and saw 300 patients, Dr. Aziz said."


def test_a_closing_quote_stays_with_its_sentence_and_a_paragraph_ends_one() -> None:
    text = "\u201cWe counted 12 boats.\u201d The mayor left.\nNext paragraph, 5 more"
    assert _bounds(text, "12") == "\u201cWe counted 12 boats.\u201d"
    assert _bounds(text, "5 more") == "Next paragraph, 5 more"


def test_the_sentence_before_is_reached_from_its_stop() -> None:
    text = "Officials gave 30. Others said 50."
    left, _ = sentences.sentence_bounds(text, (text.index("50"), text.index("50") + 2))
    assert text[slice(*sentences.sentence_bounds(text, (left - 2, left - 2)))] == "Officials gave 30."


def test_a_paragraph_splits_into_its_sentences() -> None:
    paragraph = "Sen. Ruiz spoke first. She said the U.S. plan \u201cfails.\u201d Then a vote."
    assert sentences.split(paragraph) == ["Sen. Ruiz spoke first.", "She said the U.S. plan \u201cfails.\u201d",
                                          "Then a vote."]


def test_a_claims_key_terms_break_ties_the_same_way_every_run() -> None:
    from types import SimpleNamespace

    from claimwatch.consolidate.claim_text import key_terms
    members = [SimpleNamespace(features=frozenset({"E:dam", "flood", "warn", "Q:deaths"})),
               SimpleNamespace(features=frozenset({"warn", "flood", "E:dam", "study"}))]
    assert key_terms(members) == ("dam", "flood", "warn", "study")
