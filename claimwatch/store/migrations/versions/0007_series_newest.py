"""Each series' own latest figure, kept with the series where its holders' latest are summed up.

A claims page chose each claim's latest figure from every holder's latest figure of every series
of its claims (821 figures for 50 claims at 10k documents); with the series' own, it reads one
figure a series. A picture stored before this migration has none: it is marked incomplete, so the
next update rebuilds it whole. See claimwatch.store.latest_figure.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("picture_series", sa.Column("newest", sa.Integer()))
    op.execute(sa.table("picture_state", sa.column("complete", sa.Boolean())).update()
               .values(complete=False))


def downgrade() -> None:
    with op.batch_alter_table("picture_series") as batch:
        batch.drop_column("newest")
