"""How many documents the picture held when each claim was last grouped.

Grouping weighs words and frames by the corpus's counts of documents; a claim grouped when the
corpus was much smaller was weighed by counts that have moved since, so an update regroups it
again (with the claims it may join) once the picture has grown enough. A claim stored before
this migration counts as grouped over no documents: regrouped by the next updates, a few at a
time. See claimwatch.store.picture_update.stale_claims.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("picture_claims", sa.Column("grouped_at", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_picture_claims_grouped_at", "picture_claims", ["grouped_at"])


def downgrade() -> None:
    op.drop_index("ix_picture_claims_grouped_at", table_name="picture_claims")
    # not a batch: on SQLite it copies the table and loses the expression index of 0006
    op.drop_column("picture_claims", "grouped_at")
