"""What every stored picture must satisfy, whatever wrote it: shared by the picture tests."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimwatch.store.models import DocumentRow, StatementRow
from claimwatch.store.picture_tables import ActorRow, ClaimMemberRow, ClaimRow, OriginRow


def assert_consistent(store) -> None:
    """Every document is in the picture, each of its statements in exactly one claim, no claim empty
    or waiting to be regrouped, and each actor's count is its members'."""
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
