"""Timelines: first report, lags, and sources that change their stance."""
from __future__ import annotations

from claimwatch.consolidate import build_picture
from claimwatch.consolidate.timeline import day
from ostria_story import article

OUTBREAK = "there was a cholera outbreak in the Lisk valley shelters"


def test_a_source_that_denies_then_confirms_is_a_reversal_not_a_dispute() -> None:
    denial = f"Health Minister Sofia Lind denied that {OUTBREAK}."
    confirmation = f"Health Minister Sofia Lind confirmed that {OUTBREAK}."
    picture = build_picture([
        article("a", "2025-11-14", "Valley Courier", denial, statements=[("Sofia Lind", "deny", denial,
                                                                         "2025-11-14", "denied")]),
        article("b", "2025-11-21", "Radio Solen", confirmation, statements=[("Sofia Lind", "assert", confirmation,
                                                                             "2025-11-21", "confirmed")]),
    ])
    claim = picture.claims[0]
    assert claim.status == "single-source"
    reversal = [x for x in claim.contradictions if x.kind == "reversal"]
    assert reversal[0].explanation == "Sofia Lind denied it on 2025-11-14, then asserted it on 2025-11-21"
    assert [t.kind for t in claim.timeline] == ["denial", "first"]  # in the order things were said
    assert claim.first_report.said_on == "2025-11-21"  # the first report is the first assertion
    assert claim.timeline[0].note == "Sofia Lind denied it 7 days before Sofia Lind"


def test_partial_dates_give_no_lag() -> None:
    assert day("2025-11") is None and day(None) is None
    assert day("2025-11-14").isoformat() == "2025-11-14"
