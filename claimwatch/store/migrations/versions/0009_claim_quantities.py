"""Each claim linked to the quantities given inside its statements, and with what grouping weighs it by.

A claims page found its claims' series by joining every figure of every member document to the
statements' spans at read time, which grew with the claims' documents (738 ms for the board at
50k documents). The link is written with the claim, so a page reads its claims' own figures.
Claims stored before this migration are linked here from their members, with the same span rule.
See claimwatch.store.picture_tables.ClaimQuantityRow.

A claim's tally (its summed word vectors, frames and figures: claimwatch.consolidate.claim_tally)
lets an update join a new statement to a wide claim without re-reading its members. Claims stored
before have none: an update regroups them whole, as before, and a reconsolidate gives them one.

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "picture_claim_quantities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("picture_claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("quantity_id", sa.Integer(), sa.ForeignKey("quantities.id", ondelete="CASCADE"), nullable=False))
    op.create_index("ix_picture_claim_quantities_claim_id", "picture_claim_quantities", ["claim_id"])
    op.create_index("ix_picture_claim_quantities_quantity_id", "picture_claim_quantities", ["quantity_id"])
    members = sa.table("picture_claim_members", *(sa.column(c) for c in ("claim_id", "statement_id", "document_id")))
    statements = sa.table("statements", *(sa.column(c) for c in ("id", "span_start", "span_end")))
    quantities = sa.table("quantities", *(sa.column(c) for c in ("id", "document_id", "span_start", "span_end")))
    links = sa.table("picture_claim_quantities", sa.column("claim_id"), sa.column("quantity_id"))
    existing = (sa.select(members.c.claim_id, quantities.c.id).distinct()
                .join(statements, statements.c.id == members.c.statement_id)
                .join(quantities, quantities.c.document_id == members.c.document_id)
                .where(quantities.c.span_start >= statements.c.span_start,
                       quantities.c.span_end <= statements.c.span_end))
    op.execute(sa.insert(links).from_select(["claim_id", "quantity_id"], existing))
    op.add_column("picture_claims", sa.Column("tally", sa.JSON()))


def downgrade() -> None:
    # not a batch: on SQLite it copies the table and loses the expression index of 0006
    op.drop_column("picture_claims", "tally")
    op.drop_table("picture_claim_quantities")
