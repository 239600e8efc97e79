"""The picture's counts of documents per word and frame key, for updates weighed as a rebuild.

A picture stored before this migration has no counts: it is marked incomplete, so the
next update rebuilds it whole (and counts). See claimwatch.store.picture_tables.PictureCountRow.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("picture_counts", sa.Column("key", sa.Text(), primary_key=True),
                    sa.Column("documents", sa.Integer(), nullable=False))
    op.add_column("picture_origins", sa.Column("counted", sa.JSON()))
    op.execute(sa.table("picture_state", sa.column("complete", sa.Boolean())).update()
               .values(complete=False))


def downgrade() -> None:
    with op.batch_alter_table("picture_origins") as batch:
        batch.drop_column("counted")
    op.drop_table("picture_counts")
