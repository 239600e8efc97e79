"""Watching: the state of each polled source, and the picture's changes as records.

Documents already in the picture when this migration runs count as told: their
arrival is not announced as changes after an upgrade. See claimwatch.store.watch_tables.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources", sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("url", sa.Text(), nullable=False, unique=True), sa.Column("kind", sa.Text()),
        sa.Column("etag", sa.Text()), sa.Column("last_modified", sa.Text()), sa.Column("body_hash", sa.Text()),
        sa.Column("polls", sa.Integer(), nullable=False), sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.Column("last_items", sa.Integer(), nullable=False), sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_checked_at", sa.DateTime()), sa.Column("last_success_at", sa.DateTime()),
        sa.Column("last_error", sa.Text()), sa.Column("last_error_at", sa.DateTime()),
        sa.Column("next_poll_at", sa.DateTime()))
    op.create_table(
        "picture_changes", sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False, index=True), sa.Column("kind", sa.Text(), nullable=False, index=True),
        sa.Column("day", sa.Text()), sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("subject_key", sa.Text(), nullable=False), sa.Column("label", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text()), sa.Column("before", sa.Text()), sa.Column("after", sa.Text()),
        sa.Column("delta", sa.Float()), sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False), sa.Column("document_id", sa.Integer()),
        sa.Column("url", sa.Text()), sa.Column("outlet", sa.Text()))
    arrivals = op.create_table(
        "picture_arrivals",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False))
    op.create_table(
        "watch_alert_cursors", sa.Column("webhook", sa.Text(), primary_key=True),
        sa.Column("last_change", sa.Integer(), nullable=False))
    op.execute(arrivals.insert().from_select(
        ["document_id", "at"], sa.select(sa.column("document_id"), sa.func.current_timestamp())
        .select_from(sa.table("picture_origins", sa.column("document_id")))))


def downgrade() -> None:
    for name in ("watch_alert_cursors", "picture_arrivals", "picture_changes", "watch_sources"):
        op.drop_table(name)
