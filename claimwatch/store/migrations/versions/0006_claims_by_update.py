"""The claims listed latest first: an index in that order, so a page is read from its head, not sorted.

`order=updated` sorts claims by `last_update IS NULL, last_update DESC` and then the
picture's order; without an index on those expressions every page sorted every claim.
See claimwatch.store.picture_tables (UPDATED_ORDER).

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_picture_claims_updated", "picture_claims",
                    [sa.text("(last_update IS NULL)"), sa.text("last_update DESC"), sa.text("independent_sources DESC"),
                     sa.text("disputed DESC"), sa.text("members DESC"), "key"])


def downgrade() -> None:
    op.drop_index("ix_picture_claims_updated", table_name="picture_claims")
