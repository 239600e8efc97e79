"""The database tables, as SQLAlchemy 2 ORM classes.

Rows mirror the plain records in `claimwatch.models`; every extracted record keeps
its character span (`span_start`, `span_end`) into its document's `text`, so any
claim can be shown with the words it came from. The schema itself is created and
changed only by the Alembic migrations in `migrations/`; keep both in step.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class OutletRow(Base):
    """A publisher: a newspaper, agency, broadcaster or site."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class DocumentRow(Base):
    """One stored article: its text, where it came from, and how it was read."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str | None] = mapped_column(Text)  # the id the input gave it
    url: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)
    extraction_version: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class StatementRow(Base):
    """Who asserted, denied, did not deny or declined what, in which words."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(Text, index=True)
    speaker_key: Mapped[str | None] = mapped_column(Text)  # `speaker_key(speaker)`, what speaker filters match
    stance: Mapped[str] = mapped_column(Text)
    said_on: Mapped[str | None] = mapped_column(Text)
    said_day: Mapped[date | None] = mapped_column(Date)  # first day of `said_on`, for date filters
    # The day listings sort and filter by: `said_day`, else the document's publication day
    # (see convert.effective_day); stored at write time so the LISTING_INDEXES can serve it.
    effective_day: Mapped[date | None] = mapped_column(Date)
    cue: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)
    mode: Mapped[str] = mapped_column(Text)
    speaker_org: Mapped[str | None] = mapped_column(Text)
    speaker_country: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    content_start: Mapped[int | None] = mapped_column(Integer)
    content_end: Mapped[int | None] = mapped_column(Integer)
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)


class QuantityRow(Base):
    """A number that counts or measures something, and who gives it."""

    __tablename__ = "quantities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    approx: Mapped[bool] = mapped_column(Boolean)
    unit: Mapped[str | None] = mapped_column(Text, index=True)
    holder: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class TimeRow(Base):
    """A time expression and its TIMEX3 value."""

    __tablename__ = "times"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class EntityRow(Base):
    """A named entity as the parser found it."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


Index("ix_entities_text", EntityRow.text)

LISTING_INDEXES = ("ix_statements_by_day", "ix_statements_stance_by_day", "ix_statements_speaker_by_day",
                   "ix_statements_speaker_trgm", "speaker_names")
"""Objects migration 0002 makes per backend for the statements listing, kept out of the ORM
metadata because they differ by backend: composite indexes in listing order
(`effective_day DESC, document_id DESC, position`, with NULLS LAST spelled out on PostgreSQL),
alone and after `stance` or `speaker_key`; for "speaker contains", a pg_trgm GIN index on
PostgreSQL, and on SQLite a `speaker_names` table of distinct keys kept by a trigger."""
EXTRACTION_TABLES = (StatementRow, QuantityRow, TimeRow, EntityRow)

from . import picture_tables  # noqa: E402,F401 - the picture's tables are part of the schema
