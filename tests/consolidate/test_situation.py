"""The situation at the top of the brief and the board: main series and ranked claims."""
from __future__ import annotations

from claimwatch.consolidate import Picture
from claimwatch.consolidate.situation import rank_claims, situation
from ostria_story import picture  # noqa: F401 (a fixture)


def test_the_troops_series_leads_with_each_holders_latest_figure(picture: Picture) -> None:
    top = situation(picture).series[0]
    assert top.series.unit == "troops"
    holders = [e.holder for e in top.latest]
    assert holders[0] == "NATO" or "NATO" in holders[0]  # the newest figure comes first
    assert {e.value or e.low for e in top.latest} == {3000, 2000}
    assert top.first is not None and top.first.said_on == "2025-03-11"
    assert top.origins >= 2 and not top.single_origin


def test_key_claims_rank_by_independent_sources_first(picture: Picture) -> None:
    ranked = rank_claims(picture.claims)
    assert [c.independent_sources for c in ranked] == sorted((c.independent_sources for c in ranked), reverse=True)
    assert situation(picture).claims[0] is ranked[0]


def test_an_empty_picture_has_an_empty_situation() -> None:
    from claimwatch.consolidate import build_picture

    empty = situation(build_picture([]))
    assert empty.series == () and empty.claims == ()
