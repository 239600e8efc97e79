"""Which body speaks. A body whose name ends in a word that is also a role ("the Health Service
Executive") is that body, not the last person who spoke for a body sharing a word of its name; and "a
spokesperson" speaks for the body the paragraph just heard from, not one named inside what it said."""
from datetime import date

from claimwatch.extract import extract

EXECUTIVE_BODY = """Clinic waiting lists grow

A Department of Health spokeswoman said on Thursday that the figures had been checked by outside experts.

The Health Service Executive, which runs the clinics, declined to say how many patients were waiting.
"""

REPORT_FROM_ANOTHER = """Pharmacy chain data breach

The Data Protection Authority confirmed on Monday that it had received a report from Kestrel Pharmacy about the breach and was making enquiries. A spokesperson declined to say whether an investigation had been opened.
"""


def _said(text: str) -> list:
    return extract(text, published=date(2026, 4, 24)).statements


def test_a_body_named_executive_is_not_a_spokesperson_before_it():
    refusal = next(s for s in _said(EXECUTIVE_BODY) if s.stance == "decline")
    assert refusal.speaker == "Health Service Executive"


def test_a_spokesperson_speaks_for_the_body_that_reported_not_one_it_named():
    refusal = next(s for s in _said(REPORT_FROM_ANOTHER) if s.stance == "decline")
    assert refusal.speaker.startswith("Data Protection Authority")
