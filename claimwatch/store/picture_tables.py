"""The consolidated picture's tables: actors, claims, series and origins, each join with its reason.

A claim's members point at their statement rows and a series' figures at their
quantity rows, both ON DELETE CASCADE: deleting a document can never leave a claim
referring to a statement that is gone. Values a face shows without computing
(labels, statuses, citations, timelines) are stored as consolidation made them, so
reading the picture rebuilds nothing. Created by migration 0003; keep both in step.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class PictureStateRow(Base):
    """One row: what the stored picture was built from, and whether it is whole."""

    __tablename__ = "picture_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)  # False while a rebuild is under way
    built_at: Mapped[datetime | None] = mapped_column(DateTime)
    fingerprint: Mapped[str | None] = mapped_column(Text)  # the store's contents it reflects (see Store.fingerprint)
    overrides: Mapped[str | None] = mapped_column(Text)  # digest of the aliases it was built with
    summary: Mapped[dict] = mapped_column(JSON)  # outlets, documents, independent reports, first and last day


class ActorRow(Base):
    """One real-world source; `reasons` says why each other name was joined to it."""

    __tablename__ = "picture_actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # Actor.id
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    org: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    statements: Mapped[int] = mapped_column(Integer, default=0)
    rank: Mapped[int] = mapped_column(Integer)  # position in the picture
    reasons: Mapped[list] = mapped_column(JSON)


class ActorNameRow(Base):
    """A name an actor goes by, as a lower-case key: how a new mention finds its candidate actors."""

    __tablename__ = "picture_actor_names"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("picture_actors.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    last_word: Mapped[str] = mapped_column(Text, index=True)  # a person's surname, as a later report may say it


class ClaimRow(Base):
    """Statements about one proposition; `frame` and `terms` say why they were grouped."""

    __tablename__ = "picture_claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # Claim.id
    label: Mapped[str] = mapped_column(Text)
    frame: Mapped[str | None] = mapped_column(Text)
    terms: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(Text, index=True)
    status_text: Mapped[str] = mapped_column(Text)
    independent_sources: Mapped[int] = mapped_column(Integer)
    disputed: Mapped[bool] = mapped_column(Boolean)  # disputed or denied: ranked before agreement
    members: Mapped[int] = mapped_column(Integer)
    documents: Mapped[int] = mapped_column(Integer)
    copies_discounted: Mapped[int] = mapped_column(Integer)
    dirty: Mapped[bool] = mapped_column(Boolean, default=False, index=True)  # lost members: to regroup
    grouped_at: Mapped[int] = mapped_column(Integer, default=0, index=True)  # documents in the picture when grouped
    tally: Mapped[dict | None] = mapped_column(JSON)  # what grouping weighs it by (`claim_tally`); migration 0009
    # the statement ids its history is made of (`timeline.telling`), so statements can be added to it
    # without reading every member; None: read them all (stored before migration 0010)
    telling: Mapped[list | None] = mapped_column(JSON)
    last_update: Mapped[str | None] = mapped_column(Text, index=True)  # latest day said or printed
    timeline: Mapped[list] = mapped_column(JSON)
    contradictions: Mapped[list] = mapped_column(JSON)


class ClaimKeyRow(Base):
    """A key of a claim: how a new statement finds the claims it may join, through an index. A content
    word of its members, or what grouping looks claims up by: "F:event|participant" of a member's frame,
    "G:measure|value" of a member's figure (`consolidate.picture.lookup_keys`)."""

    __tablename__ = "picture_claim_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("picture_claims.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(Text, index=True)


class ClaimMemberRow(Base):
    """A statement in a claim, as consolidated: its actor, origin and independent source."""

    __tablename__ = "picture_claim_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("picture_claims.id", ondelete="CASCADE"), index=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), unique=True)
    amended: Mapped[dict | None] = mapped_column(JSON)  # what consolidation read anew (stance, headline day)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # chronological within the claim
    actor: Mapped[str] = mapped_column(Text, index=True)  # Actor.id
    speaker: Mapped[str] = mapped_column(Text)
    said_on: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)


class ClaimQuantityRow(Base):
    """A quantity given inside one of a claim's statements, linked when the claim is written: a page of
    claims finds their series through their own figures (through the figures' quantity index), not by
    joining every figure of every member document to the statements' spans at read time. Quantity rows
    outlive series being regrouped, so the link stays right however the figures are regrouped. Added by
    migration 0009."""

    __tablename__ = "picture_claim_quantities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("picture_claims.id", ondelete="CASCADE"), index=True)
    quantity_id: Mapped[int] = mapped_column(ForeignKey("quantities.id", ondelete="CASCADE"), index=True)


class SeriesRow(Base):
    """Figures about one measured thing; each figure says why it is in the series."""

    __tablename__ = "picture_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  # EstimateSeries.id
    rank: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text, index=True)  # the measure: how new figures find their series
    place: Mapped[str | None] = mapped_column(Text)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    conservative: Mapped[float | None] = mapped_column(Float)
    conservative_from: Mapped[int | None] = mapped_column(Integer)  # position of that figure
    latest: Mapped[list] = mapped_column(JSON)  # positions of each holder's latest figure
    newest: Mapped[int | None] = mapped_column(Integer)  # position of the series' own latest figure (a page's)
    contradictions: Mapped[list] = mapped_column(JSON)
    dirty: Mapped[bool] = mapped_column(Boolean, default=False, index=True)  # lost figures: to sum up again


class FigureRow(Base):
    """One figure (a quantity as consolidated); no series for a loose figure no series measures."""

    __tablename__ = "picture_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("picture_series.id", ondelete="CASCADE"), index=True)
    quantity_id: Mapped[int] = mapped_column(ForeignKey("quantities.id", ondelete="CASCADE"), index=True)
    amended: Mapped[dict | None] = mapped_column(JSON)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    series_key: Mapped[str] = mapped_column(Text)  # Estimate.series (a loose figure's measure)
    holder: Mapped[str] = mapped_column(Text)
    holder_id: Mapped[str | None] = mapped_column(Text, index=True)
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    approx: Mapped[bool] = mapped_column(Boolean)
    unit: Mapped[str] = mapped_column(Text)
    said_on: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text)
    previous: Mapped[bool] = mapped_column(Boolean)
    why: Mapped[str] = mapped_column(Text)


class OriginRow(Base):
    """The independent report a document goes back to, and why we think so."""

    __tablename__ = "picture_origins"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    origin: Mapped[str] = mapped_column(Text, index=True)  # a document id, or "outlet:NAME"
    reason: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)  # publication order
    counted: Mapped[list | None] = mapped_column(JSON)  # the keys it counts towards (PictureCountRow), to take back


class PictureCountRow(Base):
    """How many documents of the picture use a word or frame key (`consolidate.document_counts`): an update
    groups its neighbourhood with the corpus's weights, as a rebuild would. Added by migration 0005."""

    __tablename__ = "picture_counts"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    documents: Mapped[int] = mapped_column(Integer)


Index("ix_picture_claim_members_claim_position", ClaimMemberRow.claim_id, ClaimMemberRow.position)
CLAIM_ORDER = (ClaimRow.independent_sources.desc(), ClaimRow.disputed.desc(), ClaimRow.members.desc(), ClaimRow.key)
"""The picture's order of claims: most independent sources, disputes before agreement, most statements."""
Index("ix_picture_claims_board", *CLAIM_ORDER)
UPDATED_ORDER = (ClaimRow.last_update.is_(None), ClaimRow.last_update.desc(), *CLAIM_ORDER)
"""Claims most recently updated first (undated last), then in the picture's order."""
Index("ix_picture_claims_updated", *UPDATED_ORDER)  # migration 0006
Index("ix_picture_figures_series_position", FigureRow.series_id, FigureRow.position)

PICTURE_TABLES = (PictureCountRow, OriginRow, FigureRow, SeriesRow, ClaimQuantityRow, ClaimMemberRow, ClaimKeyRow,
                  ClaimRow, ActorNameRow, ActorRow)
"""Children before parents: the order to empty them in."""
