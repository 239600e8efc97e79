"""Reading and writing what watching keeps: each source's state, the changes, the alert cursors.

Functions over a `Store`, so the watcher and the faces share one set of queries. Each
write is its own short transaction: a source's state is saved only after the documents
fetched with it are stored, which is what lets a killed watch lose nothing.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .results import Change, SourceState
from .store import Store
from .watch_tables import AlertCursorRow, ChangeRow, SourceRow

CHANGE_KINDS = ("new_claim", "new_figure", "denial", "non_denial", "status_change", "contradiction")
_SOURCE_FIELDS = [f.name for f in dataclasses.fields(SourceState)]
_CHANGE_FIELDS = [f.name for f in dataclasses.fields(Change)]


def load_sources(store: Store, urls: Iterable[str]) -> dict[str, SourceState]:
    """The stored state of each of `urls` (a fresh one for a source never polled)."""
    urls = list(dict.fromkeys(urls))
    with Session(store.engine) as session:
        rows = {row.url: row for row in session.scalars(select(SourceRow).where(SourceRow.url.in_(urls)))}
    return {url: _state(rows[url]) if url in rows else SourceState(url) for url in urls}


def list_sources(store: Store) -> list[SourceState]:
    """Every source ever watched with this store, failing ones first."""
    with Session(store.engine) as session:
        return [_state(row) for row in session.scalars(
            select(SourceRow).order_by(SourceRow.failures.desc(), SourceRow.url))]


def save_source(store: Store, state: SourceState) -> None:
    """Write one source's state (inserted the first time)."""
    values = {name: getattr(state, name) for name in _SOURCE_FIELDS}
    with Session(store.engine) as session, session.begin():
        row = session.scalars(select(SourceRow).where(SourceRow.url == state.url)).first()
        if row is None:
            session.add(SourceRow(**values))
        else:
            for name, value in values.items():
                setattr(row, name, value)


def changes(store: Store, *, since: datetime | None = None, after: int | None = None,
            kinds: Sequence[str] | None = None, limit: int | None = None, newest_first: bool = False) -> list[Change]:
    """Stored changes taken in at or after `since` and with an id above `after`, oldest first
    (or, with `newest_first`, the latest `limit` of them)."""
    stmt = select(ChangeRow)
    if since is not None:
        stmt = stmt.where(ChangeRow.at >= since)
    if after is not None:
        stmt = stmt.where(ChangeRow.id > after)
    if kinds:
        stmt = stmt.where(ChangeRow.kind.in_(list(kinds)))
    stmt = stmt.order_by(ChangeRow.id.desc() if newest_first else ChangeRow.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with Session(store.engine) as session:
        return [Change(**{name: getattr(row, name) for name in _CHANGE_FIELDS}) for row in session.scalars(stmt)]


def latest_change_id(store: Store) -> int:
    """The id of the latest change (0 when none): where a new reader or webhook starts."""
    with Session(store.engine) as session:
        return session.scalar(select(func.coalesce(func.max(ChangeRow.id), 0))) or 0


def alert_cursor(store: Store, webhook: str) -> int | None:
    """The last change delivered to `webhook`; None when it was never used with this store."""
    with Session(store.engine) as session:
        row = session.get(AlertCursorRow, webhook)
        return row.last_change if row else None


def set_alert_cursor(store: Store, webhook: str, last_change: int) -> None:
    with Session(store.engine) as session, session.begin():
        row = session.get(AlertCursorRow, webhook)
        if row is None:
            session.add(AlertCursorRow(webhook=webhook, last_change=last_change))
        else:
            row.last_change = last_change


def _state(row: SourceRow) -> SourceState:
    return SourceState(**{name: getattr(row, name) for name in _SOURCE_FIELDS})
