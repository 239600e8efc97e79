"""What every stored picture must satisfy, whatever wrote it: shared by the picture tests."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimwatch.consolidate.timeline import history, telling
from claimwatch.store.models import DocumentRow, StatementRow
from claimwatch.store.picture_rows import last_update
from claimwatch.store.picture_counts import count_documents
from claimwatch.store.picture_tables import ActorRow, ClaimMemberRow, ClaimRow, OriginRow, PictureCountRow


def assert_consistent(store) -> None:
    """Every document is in the picture, each of its statements in exactly one claim, no claim empty
    or waiting to be regrouped, each actor's count is its members', and the counts of documents per
    word and frame key are those of the documents in the picture; each claim's status, timeline, counts and
    telling statements are those its members give, however they were added to it."""
    with Session(store.engine) as session:
        documents = set(session.scalars(select(DocumentRow.id)))
        assert set(session.scalars(select(OriginRow.document_id))) == documents
        statements = set(session.scalars(select(StatementRow.id)))
        members = list(session.scalars(select(ClaimMemberRow.statement_id)))
        assert sorted(members) == sorted(statements), "a statement lost, or in two claims"
        empty = session.scalar(select(func.count()).select_from(ClaimRow).where(
            ~ClaimRow.id.in_(select(ClaimMemberRow.claim_id))))
        assert empty == 0
        assert session.scalar(select(func.count()).select_from(ClaimRow).where(ClaimRow.dirty.is_(True))) == 0
        counts = dict(session.execute(select(ClaimMemberRow.actor, func.count()).group_by(ClaimMemberRow.actor)).all())
        for key, n in session.execute(select(ActorRow.key, ActorRow.statements)):
            assert counts.get(key, 0) == n, key
        counted = {d: keys for d, keys in session.execute(select(OriginRow.document_id, OriginRow.counted))}
        assert None not in counted.values(), "a document in the picture, not counted"
        assert dict(session.execute(select(PictureCountRow.key, PictureCountRow.documents)).all()) == \
            dict(count_documents(counted))
    assert_claims_summed_up(store)


def assert_claims_summed_up(store) -> None:
    """Each stored claim's summary is what `history` makes of all its members, as a rebuild sums a claim up,
    and the statements it keeps as telling (when it keeps them) are `telling` of all its members."""
    with Session(store.engine) as session:
        kept = {key: (told, day) for key, told, day in session.execute(
            select(ClaimRow.key, ClaimRow.telling, ClaimRow.last_update))}
        statement_of = {(str(d), (a, b)): i for i, d, a, b in session.execute(
            select(StatementRow.id, StatementRow.document_id, StatementRow.span_start, StatementRow.span_end))}
    for claim in store.load_picture().claims:
        evidence = list(claim.statements)
        past = history(claim.id, evidence)
        asserting = sum(e.stance == "assert" for e in evidence)
        got = (claim.status, claim.status_text, claim.independent_sources, claim.timeline, claim.contradictions)
        want = (past.status, past.status_text, past.sources, past.timeline, past.contradictions)
        assert got == want, [claim.id] + [(a, b) for a, b in zip(got, want) if a != b]
        assert claim.documents == len({e.document for e in evidence}), claim.id
        assert claim.copies_discounted == asserting - past.sources, claim.id
        told, day = kept[claim.id]
        assert day == last_update(claim), claim.id
        if told is not None:
            assert told == [statement_of[(e.document, tuple(e.statement.span))] for e in telling(evidence)], claim.id
