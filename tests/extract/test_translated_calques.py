"""Verbs that agency English translated from Italian, Spanish or Portuguese uses for acts of
speech (cues.tsv): "did not exclude" a measure is not ruling it out (not_deny), "did not indicate"
or "did not specify" a thing declines to give it, and "underlined that" asserts, like "stressed"."""
from datetime import date

from claimwatch.extract import extract


def _one(text: str):
    statements = extract(text, published=date(2025, 7, 15)).statements
    assert len(statements) == 1, statements
    return statements[0]


def test_did_not_exclude_a_measure_is_a_non_denial():
    assert _one("The regional president did not exclude the requisition of private wells.").stance == "not_deny"


def test_did_not_indicate_or_specify_a_thing_is_a_refusal():
    assert _one("The department did not indicate the times.").stance == "decline"
    assert _one("The ministry did not specify the number of victims.").stance == "decline"


def test_a_thing_that_does_not_indicate_something_is_no_statement():
    assert extract("The data did not indicate a trend.", published=date(2025, 7, 15)).statements == []


def test_underlined_that_asserts():
    statement = _one("The chief executive underlined that the company had never hidden any data.")
    assert statement.stance == "assert" and statement.cue == "underlined"
