"""Each claim keeps the statements its history is made of.

Adding statements to a wide claim made its status, timeline and contradictions again from all
its members' rows, which grew with the claim. The statements its history depends on
(claimwatch.consolidate.timeline.telling: each source's earliest statement of each stance, the
ends of each run of one stance) are few and give the same history, so they are kept with the claim
and an update reads those and the new statements. Claims stored before this migration have none:
the next update adding to one reads all its members, as before, and keeps them from then on.

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("picture_claims", sa.Column("telling", sa.JSON()))


def downgrade() -> None:
    # not a batch: on SQLite it copies the table and loses the expression index of 0006
    op.drop_column("picture_claims", "telling")
