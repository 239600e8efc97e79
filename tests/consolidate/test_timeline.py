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


# -- the telling statements a wide claim's history is carried on from (issue 13) ----------------------

import random  # noqa: E402

from claimwatch.consolidate.records import Citation, Evidence  # noqa: E402
from claimwatch.consolidate.timeline import carries_on, chronological, history, telling  # noqa: E402
from claimwatch.models import Statement  # noqa: E402


def _said(n: int, source: str, stance: str, day_: int) -> Evidence:
    """Statement n of a claim: a source's stance on a day of November 2025, in document n."""
    on = f"2025-11-{day_:02d}"
    return Evidence(str(n), Statement(source.title(), stance, (0, 40)), source, source.title(), on,
                    Citation(str(n), "Courier", on, f"sentence {n}"), str(n), source)


def _random_claim(rng: random.Random, size: int) -> list[Evidence]:
    return [_said(n, rng.choice("abc"), rng.choice(["assert", "assert", "deny", "not_deny", "decline"]),
                  rng.randrange(1, 29)) for n in range(size)]


def test_the_telling_statements_give_the_whole_history() -> None:
    rng = random.Random(13)
    for _ in range(300):
        evidence = _random_claim(rng, rng.randrange(1, 30))
        kept = telling(evidence)
        assert kept == chronological(kept) and len(kept) <= len(evidence)
        assert history("c1", kept) == history("c1", evidence)


def test_a_claims_history_carries_on_from_its_telling_statements_and_new_ones() -> None:
    rng = random.Random(14)
    carried = split = 0
    for _ in range(400):
        evidence = _random_claim(rng, rng.randrange(2, 30))
        cut = rng.randrange(1, len(evidence))
        older, new = evidence[:cut], evidence[cut:]  # new statements of any day, before or after the older
        if carries_on(telling(older), new):
            carried += 1
            assert telling([*telling(older), *new]) == telling(evidence)
            assert history("c1", [*telling(older), *new]) == history("c1", evidence)
        else:
            split += 1
    assert carried > 100 and split > 10  # both cases are met


def test_a_new_denial_inside_a_run_of_assertions_cannot_be_carried_on() -> None:
    older = [_said(1, "a", "assert", 3), _said(2, "a", "assert", 9), _said(3, "a", "assert", 20)]
    assert not carries_on(telling(older), [_said(4, "a", "deny", 12)])  # which assertion it follows is not kept
    assert carries_on(telling(older), [_said(4, "a", "deny", 25), _said(5, "b", "deny", 12)])
    assert carries_on(telling(older), [_said(4, "a", "assert", 12)])
    assert [e.document for e in telling(older)] == ["1", "3"]
