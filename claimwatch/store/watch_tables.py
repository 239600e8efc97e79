"""The tables of watching: each polled source's state, and what changed in the picture.

`ChangeRow` is a log: a change keeps the words, link and outlet it was found with, so it
reads the same after its claim is regrouped or its document is deleted. `ArrivalRow`
marks the documents whose arrival was already told as changes, so a re-read document
(`claimwatch reextract`) or a rebuilt picture does not announce old news again.
Created by migration 0004; keep both in step.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class SourceRow(Base):
    """One watched feed or page: its validators for conditional requests, its health, its schedule."""

    __tablename__ = "watch_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str | None] = mapped_column(Text)  # feed | page, as first read
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(Text)  # for servers that send no validators
    polls: Mapped[int] = mapped_column(Integer, default=0)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)  # new entries read from it, in all
    last_items: Mapped[int] = mapped_column(Integer, default=0)  # entries in its last fetched body
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row; 0 when healthy
    last_checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_poll_at: Mapped[datetime | None] = mapped_column(DateTime)  # a failing source's backoff survives a restart


class ChangeRow(Base):
    """One transition of the picture: a new claim, figure, denial, status or contradiction."""

    __tablename__ = "picture_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)  # when the picture took it in (UTC)
    kind: Mapped[str] = mapped_column(Text, index=True)
    day: Mapped[str | None] = mapped_column(Text)  # when it was said, else printed
    subject: Mapped[str] = mapped_column(Text)  # claim | series
    subject_key: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(Text)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    delta: Mapped[float | None] = mapped_column(Float)
    summary: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: the log outlives deletions
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)


class ArrivalRow(Base):
    """A document whose arrival in the picture has been told as changes."""

    __tablename__ = "picture_arrivals"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)


class AlertCursorRow(Base):
    """The last change delivered to one webhook: alerts resume there after a restart."""

    __tablename__ = "watch_alert_cursors"

    webhook: Mapped[str] = mapped_column(Text, primary_key=True)
    last_change: Mapped[int] = mapped_column(Integer)
