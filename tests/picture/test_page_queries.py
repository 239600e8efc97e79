"""The stored picture's pages read in a number of queries that does not grow with the store, and read
the same latest figures as the picture held in memory."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import article  # noqa: E402

from claimwatch.api.service import series_of_claim  # noqa: E402
from claimwatch.pipeline import reconsolidate, update_picture  # noqa: E402
from claimwatch.store.latest_figure import latest_of, newest, pick_latest, when  # noqa: E402
from claimwatch.store.picture_tables import FigureRow, SeriesRow  # noqa: E402


@contextmanager
def counted(store):
    """The SQL statements the store's engine runs within the block."""
    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)
    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _reads(store) -> dict[str, int]:
    """Queries run by each read path of the stored picture, on its first page and first claim."""
    out = {}
    with counted(store) as seen:
        first = store.claim_summaries(limit=20)
    out["summaries"] = len(seen)
    with counted(store) as seen:
        assert store.stored_claim(first[0].id) is not None
    out["claim"] = len(seen)
    with counted(store) as seen:
        next(store.claim_pages(size=20))
    out["listing page"] = len(seen)
    with counted(store) as seen:
        store.situation_picture()
    out["situation"] = len(seen)
    return out


def test_a_page_takes_as_many_queries_in_a_store_four_times_larger(store):
    store.add_many([article(n, stories=6) for n in range(30)])
    reconsolidate(store)
    small = _reads(store)
    store.add_many([article(n, stories=6) for n in range(30, 120)])
    reconsolidate(store)
    assert _reads(store) == small
    assert small["summaries"] <= 8  # snapshot, page, series, holders, their latest, chosen, documents, counts


def test_a_whole_listing_takes_a_few_queries_a_page(store):
    store.add_many([article(n, stories=30) for n in range(60)])
    reconsolidate(store)
    with counted(store) as seen:
        pages = list(store.claim_pages(size=10))
    assert len(pages) > 3
    assert len(seen) <= 2 + 4 * len(pages)  # the snapshot and the order, then the rows, members, documents


def test_each_claims_latest_figure_is_the_one_the_whole_picture_gives(store):
    store.add_many([article(n, stories=6) for n in range(60)])
    built = reconsolidate(store)
    assert built.series
    summaries = {s.id: s for s in store.claim_summaries(limit=1000)}
    assert set(summaries) == {c.id for c in built.claims}
    with_figures = 0
    for claim in built.claims:
        expected = latest_of(s.latest for s in series_of_claim(claim, built.series))
        assert summaries[claim.id].latest == expected, claim.id
        with_figures += expected is not None
    assert with_figures > 3


def _stored_newest(store) -> dict[str, tuple]:
    """series key -> (document, span) of the figure stored as the series' own latest."""
    from sqlalchemy import and_, select
    from sqlalchemy.orm import Session

    from claimwatch.store.models import QuantityRow

    with Session(store.engine) as session:
        stmt = (select(SeriesRow.key, FigureRow.document_id, QuantityRow.span_start, QuantityRow.span_end)
                .join(FigureRow, and_(FigureRow.series_id == SeriesRow.id, FigureRow.position == SeriesRow.newest))
                .join(QuantityRow, QuantityRow.id == FigureRow.quantity_id))
        rows = session.execute(stmt)
        return {key: (str(document), (a, b)) for key, document, a, b in rows}


def test_each_series_stores_its_own_latest_figure_as_the_picture_in_memory_chooses_it(store, monkeypatch):
    from claimwatch.store import picture_update

    store.add_many([article(n, stories=6) for n in range(40)])
    reconsolidate(store)
    monkeypatch.setattr(picture_update, "SERIES_NEIGHBOURHOOD", 0)  # new figures appended to the stored series
    store.add_many([article(n, stories=6) for n in range(40, 70)])
    update_picture(store)
    picture = store.load_picture()
    expected = {s.id: (e.citation.document, tuple(e.quantity.span)) for s in picture.series
                if (e := newest(s.latest)) is not None}
    assert len(expected) > 3
    assert _stored_newest(store) == expected
    summaries = {s.id: s for s in store.claim_summaries(limit=1000)}
    for claim in picture.claims:
        assert summaries[claim.id].latest == latest_of(s.latest for s in series_of_claim(claim, picture.series))


def test_the_latest_figure_is_the_latest_days_first_report_series_by_series():
    first = [(when("2025-01-02", None, "9"), "a"), (when("2025-01-03", None, "12"), "b"),
             (when("2025-01-03", None, "10"), "c")]
    second = [(when(None, "2025-01-03", "5"), "d")]
    older = [(when("2025-01-01", "2025-01-04", "1"), "e")]  # the day given counts, not the day printed
    assert pick_latest([first, second, older]) == "c"  # document 10 before 12, by number; the first series
    assert pick_latest([older, second]) == "d"
    assert pick_latest([[], older]) == "e"
    assert pick_latest([]) is None


def _linked(store) -> set[tuple[str, int]]:
    """(claim key, quantity id) of every stored link of a claim to a quantity (`ClaimQuantityRow`)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from claimwatch.store.picture_tables import ClaimQuantityRow, ClaimRow

    with Session(store.engine) as session:
        return set(session.execute(select(ClaimRow.key, ClaimQuantityRow.quantity_id)
                                   .join(ClaimRow, ClaimRow.id == ClaimQuantityRow.claim_id)).all())


def _inside_members(store) -> set[tuple[str, int]]:
    """(claim key, quantity id) of every quantity inside a claim's member statements, read from the
    members' spans now: what the links must say however the picture got where it is."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from claimwatch.store.models import QuantityRow, StatementRow
    from claimwatch.store.picture_tables import ClaimMemberRow, ClaimRow

    with Session(store.engine) as session:
        return set(session.execute(
            select(ClaimRow.key, QuantityRow.id).join(ClaimMemberRow, ClaimMemberRow.claim_id == ClaimRow.id)
            .join(StatementRow, StatementRow.id == ClaimMemberRow.statement_id)
            .join(QuantityRow, QuantityRow.document_id == ClaimMemberRow.document_id)
            .where(QuantityRow.span_start >= StatementRow.span_start,
                   QuantityRow.span_end <= StatementRow.span_end)).all())


def test_each_claim_is_linked_to_the_quantities_of_its_statements_after_updates_and_deletes(store):
    store.add_many([article(n, stories=6) for n in range(40)])
    reconsolidate(store)
    assert _linked(store) and _linked(store) == _inside_members(store)
    store.add_many([article(n, stories=6) for n in range(40, 70)])
    update_picture(store)
    store.delete_documents(store.document_ids()[:5])
    update_picture(store)
    assert _linked(store) == _inside_members(store)
    picture = store.load_picture()
    summaries = {s.id: s for s in store.claim_summaries(limit=1000)}
    for claim in picture.claims:  # the page reads the claim's series through the links, as memory has them
        assert summaries[claim.id].latest == latest_of(s.latest for s in series_of_claim(claim, picture.series))


def test_a_picture_stored_before_migration_0009_has_its_claims_linked_by_the_upgrade(store_url):
    from migrations import downgraded_and_upgraded
    from sqlalchemy import text

    from claimwatch.store import Store

    with Store(store_url) as store:
        store.add_many([article(n, stories=6) for n in range(30)])
        reconsolidate(store)
        expected = _linked(store)
    assert expected
    with downgraded_and_upgraded(store_url, "0008") as connection:
        assert connection.execute(text("SELECT count(*) FROM picture_claim_quantities")).scalar() == len(expected)
    with Store(store_url) as store:
        assert _linked(store) == expected
