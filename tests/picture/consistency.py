"""What every stored picture must satisfy, whatever wrote it: shared by the picture tests."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimwatch.store.models import DocumentRow, StatementRow
from claimwatch.store.picture_counts import count_documents
from claimwatch.store.picture_tables import ActorRow, ClaimMemberRow, ClaimRow, OriginRow, PictureCountRow


def assert_consistent(store) -> None:
    """Every document is in the picture, each of its statements in exactly one claim, no claim empty
    or waiting to be regrouped, each actor's count is its members', and the counts of documents per
    word and frame key are those of the documents in the picture."""
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
