"""The situation picture of the hand-built Ostria/Velna story (see conftest.py)."""
from __future__ import annotations

from claimwatch.consolidate import Picture, build_picture
from ostria_story import picture, story  # noqa: F401 (picture is a fixture)


def troops_claim(picture: Picture):
    return next(c for c in picture.claims if "velna" in c.terms)


def test_first_report_is_the_earliest_assertion_with_its_date(picture: Picture) -> None:
    first = troops_claim(picture).first_report
    assert first.speaker == "Ana Varga"
    assert first.said_on == "2025-03-01"
    assert first.citation.outlet == "Northern Herald"


def test_later_confirmations_carry_their_lag_in_days(picture: Picture) -> None:
    timeline = troops_claim(picture).timeline
    ryder = next(t for t in timeline if t.speaker == "Pat Ryder")
    assert ryder.kind == "confirmation"
    assert ryder.lag_days == 10
    assert ryder.note == "Pat Ryder confirmed 10 days after Ana Varga"


def test_copies_and_re_reports_count_once(picture: Picture) -> None:
    claim = troops_claim(picture)
    asserting = [e for e in claim.statements if e.stance == "assert"]
    # Varga, Ryder x4 (wire, copy, the Post, re-report), and the troop counts of the Post ("numbered
    # about 3,000") and of NATO (2,000-2,500): a count of troops sent is a detail of the claim that they
    # crossed, not a claim of its own as a death toll is (measures.tsv `toll`); the series keeps the counts
    assert len(asserting) == 7
    assert claim.independent_sources == 3
    assert claim.copies_discounted == 4
    origins = {e.document: e.origin for e in claim.statements}
    assert origins["harbor-1"] == "wire-1"  # a copy goes back to the wire story
    assert origins["meridian-1"] == "herald-1"  # "citing the Northern Herald"


def test_denial_makes_the_claim_disputed_and_a_contradiction(picture: Picture) -> None:
    claim = troops_claim(picture)
    assert claim.status == "disputed"
    assert "denied by Ostria's foreign ministry" in claim.status_text
    stance = [x for x in claim.contradictions if x.kind == "stance"]
    assert len(stance) == 1
    assert stance[0].first.document == "herald-1" and stance[0].second.document == "ledger-1"


def test_non_denial_is_on_the_timeline_but_not_a_denial(picture: Picture) -> None:
    kinds = {t.speaker: t.kind for t in troops_claim(picture).timeline}
    assert kinds["Ostrian defence ministry"] == "non_denial"
    assert "Ostrian defence ministry" not in troops_claim(picture).status_text


def test_an_unrelated_story_is_a_claim_of_its_own(picture: Picture) -> None:
    tram = [c for c in picture.claims if "portmere" in c.terms]
    assert len(tram) == 1
    assert tram[0].status == "single-source"
    assert {e.document for e in tram[0].statements} == {"tram-1"}


def test_picture_counts_documents_outlets_and_independent_reports(picture: Picture) -> None:
    assert picture.documents == 9
    assert len(picture.outlets) == 7
    assert picture.independent_reports == 7  # the copy and the re-report fold into their origins
    assert (picture.first_date, picture.last_date) == ("2025-03-01", "2025-03-16")


def test_since_and_topic_narrow_the_corpus() -> None:
    later = build_picture(story(), since=__import__("datetime").date(2025, 3, 12))
    assert later.documents == 6
    trams = build_picture(story(), topic="tram line")
    assert trams.documents == 1 and len(trams.claims) == 1
