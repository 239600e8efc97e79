"""The consolidated picture in the store: actors, claims, series, origins.

Written by a full consolidation (`claimwatch reconsolidate`) and kept up to date by
ingest; read by every face, so none rebuilds the picture. Each join keeps its reason.
See claimwatch.store.picture_tables.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _cascade(name: str, target: str, **kw) -> sa.Column:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(target, ondelete="CASCADE"), **kw)


def upgrade() -> None:
    state = op.create_table(
        "picture_state", _id(), sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("built_at", sa.DateTime()), sa.Column("fingerprint", sa.Text()),
        sa.Column("overrides", sa.Text()), sa.Column("summary", sa.JSON(), nullable=False))
    # The one state row, there from the start: writers of the picture lock it to take turns.
    op.bulk_insert(state, [{"id": 1, "complete": False, "summary": {}}])
    op.create_table(
        "picture_actors", _id(), sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False), sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("org", sa.Text()), sa.Column("country", sa.Text()), sa.Column("role", sa.Text()),
        sa.Column("statements", sa.Integer(), nullable=False), sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False))
    op.create_table(
        "picture_actor_names", _id(), _cascade("actor_id", "picture_actors.id", nullable=False, index=True),
        sa.Column("position", sa.Integer(), nullable=False), sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False, index=True),
        sa.Column("last_word", sa.Text(), nullable=False, index=True))
    op.create_table(
        "picture_claims", _id(), sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("frame", sa.Text()), sa.Column("terms", sa.JSON(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False, index=True),
        sa.Column("status_text", sa.Text(), nullable=False),
        sa.Column("independent_sources", sa.Integer(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False), sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("copies_discounted", sa.Integer(), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False, index=True),
        sa.Column("last_update", sa.Text(), index=True), sa.Column("timeline", sa.JSON(), nullable=False),
        sa.Column("contradictions", sa.JSON(), nullable=False))
    op.create_index("ix_picture_claims_board", "picture_claims",
                    [sa.text("independent_sources DESC"), sa.text("disputed DESC"), sa.text("members DESC"), "key"])
    op.create_table(
        "picture_claim_keys", _id(), _cascade("claim_id", "picture_claims.id", nullable=False, index=True),
        sa.Column("key", sa.Text(), nullable=False, index=True))
    op.create_table(
        "picture_claim_members", _id(), _cascade("claim_id", "picture_claims.id", nullable=False, index=True),
        _cascade("statement_id", "statements.id", nullable=False, unique=True), sa.Column("amended", sa.JSON()),
        _cascade("document_id", "documents.id", nullable=False, index=True),
        sa.Column("position", sa.Integer(), nullable=False), sa.Column("actor", sa.Text(), nullable=False, index=True),
        sa.Column("speaker", sa.Text(), nullable=False), sa.Column("said_on", sa.Text()),
        sa.Column("sentence", sa.Text(), nullable=False), sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False))
    op.create_index("ix_picture_claim_members_claim_position", "picture_claim_members", ["claim_id", "position"])
    op.create_table(
        "picture_series", _id(), sa.Column("key", sa.Text(), nullable=False, unique=True),
        sa.Column("rank", sa.Integer(), nullable=False), sa.Column("label", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False, index=True), sa.Column("place", sa.Text()),
        sa.Column("low", sa.Float()), sa.Column("high", sa.Float()), sa.Column("conservative", sa.Float()),
        sa.Column("conservative_from", sa.Integer()), sa.Column("latest", sa.JSON(), nullable=False),
        sa.Column("contradictions", sa.JSON(), nullable=False), sa.Column("dirty", sa.Boolean(), nullable=False, index=True))
    op.create_table(
        "picture_figures", _id(), _cascade("series_id", "picture_series.id", index=True),
        _cascade("quantity_id", "quantities.id", nullable=False, index=True), sa.Column("amended", sa.JSON()),
        _cascade("document_id", "documents.id", nullable=False, index=True),
        sa.Column("position", sa.Integer(), nullable=False), sa.Column("series_key", sa.Text(), nullable=False),
        sa.Column("holder", sa.Text(), nullable=False), sa.Column("holder_id", sa.Text(), index=True),
        sa.Column("value", sa.Float()), sa.Column("low", sa.Float()), sa.Column("high", sa.Float()),
        sa.Column("approx", sa.Boolean(), nullable=False), sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("said_on", sa.Text()), sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False), sa.Column("previous", sa.Boolean(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False))
    op.create_index("ix_picture_figures_series_position", "picture_figures", ["series_id", "position"])
    op.create_table(
        "picture_origins", _cascade("document_id", "documents.id", primary_key=True),
        sa.Column("origin", sa.Text(), nullable=False, index=True), sa.Column("reason", sa.Text()),
        sa.Column("position", sa.Integer(), nullable=False))


def downgrade() -> None:
    for name in ("picture_origins", "picture_figures", "picture_series", "picture_claim_members", "picture_claim_keys",
                 "picture_claims", "picture_actor_names", "picture_actors", "picture_state"):
        op.drop_table(name)
