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


def test_a_source_that_denied_then_confirmed_is_no_longer_a_denier() -> None:
    from claimwatch.consolidate import build_picture
    from ostria_story import article

    first = "Health Minister Sofia Lind denied that 14 people had fallen ill with cholera."
    later = "Health Minister Sofia Lind confirmed that 14 people had fallen ill with cholera."
    picture = build_picture([
        article("a", "2025-05-01", "Valley Daily", first,
                statements=[("Sofia Lind", "deny", first, "2025-05-01", "denied")],
                quantities=[("14", 14, None, None, False, "people", "Sofia Lind")]),
        article("b", "2025-05-08", "Capital Post", later,
                statements=[("Sofia Lind", "assert", later, "2025-05-08", "confirmed")],
                quantities=[("14", 14, None, None, False, "people", "Sofia Lind")]),
    ])
    cases = next(s for s in situation(picture).series if "case" in s.series.unit)
    assert cases.deniers == ()


def test_the_outlets_own_figures_are_not_listed_as_a_sources_estimate() -> None:
    from claimwatch.consolidate import build_picture
    from ostria_story import article

    headline = "Thousands feared dead as floods hit Vessa"
    sourced = "The interior minister said 312 people had died in Vessa."
    picture = build_picture([
        article("a", "2025-05-01", "Coast Daily", headline, quantities=[("Thousands", 2000, 2000, 9999, True,
                                                                          None, None)]),
        article("b", "2025-05-02", "Capital Post", sourced,
                statements=[("interior minister", "assert", sourced, "2025-05-02", "said")],
                quantities=[("312", 312, None, None, False, "people", "interior minister")]),
    ])
    deaths = next(s for s in situation(picture).series if s.series.unit == "deaths")
    assert [e.value for e in deaths.latest] == [312]
    assert deaths.first is not None and deaths.first.value == 312
