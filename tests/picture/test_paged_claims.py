"""The paged SQL listings of the stored picture agree with the picture read whole."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import article  # noqa: E402

from claimwatch.api.service import Service, latest_estimate  # noqa: E402
from claimwatch.pipeline import reconsolidate  # noqa: E402


def test_pages_of_claims_equal_the_whole_picture_in_its_order_and_filters(store):
    store.add_many([article(n, stories=5) for n in range(40)])
    reconsolidate(store)
    service = Service(store=store)
    whole = service.claims()
    paged = [s for page in range(1, 10) for s in service.claims_page(page=page, size=7).items]
    assert [s.id for s in paged] == [v.claim.id for v in whole]
    for summary, view in zip(paged, whole):
        assert summary.statements == len(view.claim.statements)
        latest = latest_estimate(view)
        assert (summary.latest.value if summary.latest else None) == (latest.value if latest else None)
    actor = whole[0].claim.statements[0].actor
    filters = [{"status": "denied"}, {"actor": actor}, {"outlet": "courier"},
               {"since": date(2025, 1, 9), "until": date(2025, 1, 10)}, {"order": "updated"}]
    for wanted in filters:
        expected = [v.claim.id for v in service.claims(**wanted)]
        assert [s.id for s in service.claims_page(size=100, **wanted).items] == expected, wanted
    counts = service.claim_counts()
    assert sum(counts.values()) == len(whole)


def test_one_claim_and_the_situation_read_by_sql_equal_the_whole(store):
    from claimwatch.consolidate.situation import situation

    store.add_many([article(n, stories=5) for n in range(40)])
    reconsolidate(store)
    service = Service(store=store)
    view = service.claims()[0]
    assert service.claim(view.claim.id) == view
    _, now = service.situation()
    assert now == situation(service.picture())
