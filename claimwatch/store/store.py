"""The Store: documents and what was read from them, in SQLite or PostgreSQL.

Opening a Store brings its schema up to date (Alembic, programmatically). Writes
go in batches, one transaction per batch, so an interrupted ingest leaves only
whole documents behind and re-running it stores exactly what is missing.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Text, column, create_engine, delete, event, func, insert, select, table, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DataError, IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session

from ..errors import ClaimwatchError
from ..extract import EXTRACTION_VERSION
from .. import dedup
from ..models import Document, Extraction

if TYPE_CHECKING:
    from ..consolidate.claim_tally import ClaimTally
    from ..consolidate.records import Claim, EstimateSeries, Picture
    from ..consolidate.picture import StatementKeys
    from .picture_queries import ClaimFilter, ClaimSummary
from .convert import extraction_from_rows, extraction_rows, speaker_key
from .models import EXTRACTION_TABLES, DocumentRow, OutletRow, QuantityRow, StatementRow
from .picture_rows import clear_picture, read_picture, summary_of, write_picture
from .picture_changes import Snapshot, record_changes
from .picture_update import mark_dirty, recount_actors
from .picture_tables import OriginRow, PictureStateRow
from .results import AddResult, SearchHit, StoredDocument, StoredQuantity, StoredStatement
from .search import query_terms, search_select

DEFAULT_URL = "sqlite:///claimwatch.db"
MIGRATIONS = Path(__file__).parent / "migrations"
CORPUS_CHUNK = 200
SPEAKER_NAMES = table("speaker_names", column("key", Text))  # SQLite only; see models.LISTING_INDEXES


class StoreError(ClaimwatchError):
    """The database cannot be opened or used."""


class WriteRejected(StoreError):
    """A batch was not written because a record in it breaks the schema's rules; nothing was stored."""


def database_url(url: str | None = None) -> str:
    """The database to use: an explicit URL, else $CLAIMWATCH_DB, else claimwatch.db here."""
    return url or os.environ.get("CLAIMWATCH_DB") or DEFAULT_URL


def database_exists(url: str | None = None) -> bool:
    """False only for a SQLite file that is not there yet (servers are asked when opened)."""
    parsed = make_url(database_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return True
    return Path(parsed.database).exists()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers work during an ingest; with it, NORMAL sync loses nothing on a process crash.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    """A claimwatch database. `Store(url)` opens (and if needed creates or upgrades) it.

    Args:
        url: SQLAlchemy URL, e.g. `sqlite:///claimwatch.db` or `postgresql+psycopg://user@host/db`;
            default $CLAIMWATCH_DB, else `sqlite:///claimwatch.db`.
        near_duplicate_threshold: estimated Jaccard similarity of word 3-grams above which a
            new text is linked to an earlier one as a near-copy.
    """

    def __init__(self, url: str | None = None, *, near_duplicate_threshold: float = dedup.THRESHOLD) -> None:
        self.url = database_url(url)
        try:
            self.engine: Engine = create_engine(self.url, **_engine_options(self.url))
        except (ImportError, ValueError, ArgumentError) as exc:
            raise StoreError(f"cannot use database {self.url!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._threshold = near_duplicate_threshold
        self._index: dedup.NearDuplicateIndex | None = None
        self._outlets: dict[str, int] = {}
        self._write_lock = threading.Lock()  # the near-copy index and outlet cache are shared state
        try:
            self.migrate()
        except OperationalError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {self.url!r}: {exc.orig}") from exc

    def migrate(self) -> None:
        """Bring the schema to the newest migration shipped with this package."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add(self, document: Document, extraction: Extraction) -> AddResult:
        """Store one document with its extraction, in one transaction."""
        return self.add_many([(document, extraction)])[0]

    def add_many(self, pairs: Sequence[tuple[Document, Extraction]],
                 extraction_version: int = EXTRACTION_VERSION) -> list[AddResult]:
        """Store documents with their extractions in one transaction; one result per pair, in order.

        A text already stored (same content hash) is not written again; a near-copy of
        a stored text is written and linked to its original.
        """
        try:
            with self._write_lock:
                return self._add_batch(pairs, extraction_version)
        except (IntegrityError, DataError, StatementError) as exc:
            # Nothing of the batch was written. Either a record breaks a constraint, or
            # another writer stored one of these texts meanwhile: adding one by one tells which.
            raise WriteRejected(f"cannot store: {getattr(exc, 'orig', None) or exc}") from exc

    def _add_batch(self, pairs: Sequence[tuple[Document, Extraction]], version: int) -> list[AddResult]:
        index = self._near_index()
        hashes = [dedup.content_hash(doc.text) for doc, _ in pairs]
        results: list[AddResult] = []
        added: list[tuple[int, Any]] = []
        try:
            with Session(self.engine) as session, session.begin():
                known = self._ids_by_hash(session, hashes)
                rows: dict[type, list[dict[str, Any]]] = {table: [] for table in EXTRACTION_TABLES}
                for (document, extraction), digest in zip(pairs, hashes):
                    if digest in known:
                        results.append(AddResult("duplicate", known[digest]))
                        continue
                    sig = dedup.signature(document.text, index.num_perm)
                    match = index.find(sig)
                    values = self._document_values(session, document, extraction, digest, sig, match, version)
                    doc_id = session.execute(insert(DocumentRow).returning(DocumentRow.id), [values]).scalar_one()
                    index.add(doc_id, sig, match.original if match else None)
                    added.append((doc_id, sig))
                    known[digest] = doc_id
                    for table, table_rows in extraction_rows(extraction, doc_id, values["published"]).items():
                        rows[table] += table_rows
                    results.append(AddResult("near-duplicate", doc_id, int(match.original), match.similarity)
                                   if match else AddResult("stored", doc_id))
                _insert_rows(session, rows)
        except BaseException:
            # The in-memory index and outlet cache may now name rows that were rolled back.
            self._index = None
            self._outlets.clear()
            raise
        return results

    def _document_values(self, session: Session, document: Document, extraction: Extraction, digest: str,
                         sig: Any, match: dedup.NearMatch | None, version: int) -> dict[str, Any]:
        published, inferred = document.published, False
        if published is None and extraction.published:
            published, inferred = date.fromisoformat(extraction.published[:10]), True
        return {
            "source_id": document.id, "url": document.url, "outlet_id": self._outlet_id(session, document.outlet),
            "title": document.title, "author": document.author, "published": published,
            "published_inferred": inferred, "text": document.text, "content_hash": digest,
            "minhash": dedup.signature_bytes(sig), "duplicate_of": int(match.original) if match else None,
            "similarity": match.similarity if match else None, "extraction_version": version,
            "origin": document.origin, "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
        }

    def _outlet_id(self, session: Session, name: str | None) -> int | None:
        if not name:
            return None
        name = name.strip()[:300]
        if name not in self._outlets:
            found = session.scalar(select(OutletRow.id).where(OutletRow.name == name))
            if found is None:
                found = session.execute(insert(OutletRow).returning(OutletRow.id), [{"name": name}]).scalar_one()
            self._outlets[name] = found
        return self._outlets[name]

    @staticmethod
    def _ids_by_hash(session: Session, hashes: Iterable[str]) -> dict[str, int]:
        wanted = sorted(set(hashes))
        if not wanted:
            return {}
        rows = session.execute(select(DocumentRow.content_hash, DocumentRow.id)
                               .where(DocumentRow.content_hash.in_(wanted)))
        return {digest: doc_id for digest, doc_id in rows}

    def known_texts(self, texts: Iterable[str]) -> dict[str, int]:
        """Content hash -> stored document id, for those of `texts` already stored (to skip re-reading them)."""
        with Session(self.engine) as session:
            return self._ids_by_hash(session, (dedup.content_hash(t) for t in texts))

    def _near_index(self) -> dedup.NearDuplicateIndex:
        """The near-copy index over every stored document, rebuilt from stored signatures once per open."""
        if self._index is None:
            index = dedup.NearDuplicateIndex(self._threshold)
            with Session(self.engine) as session:
                rows = session.execute(select(DocumentRow.id, DocumentRow.minhash, DocumentRow.duplicate_of)
                                       .where(DocumentRow.minhash.is_not(None)).order_by(DocumentRow.id))
                for doc_id, data, original in rows:
                    index.add(doc_id, dedup.signature_from_bytes(data), original)
            self._index = index
        return self._index

    def replace_extractions(self, extractions: Sequence[tuple[int, Extraction]],
                            extraction_version: int = EXTRACTION_VERSION) -> None:
        """Swap the stored extraction of documents (by id) for new ones, in one transaction."""
        ids = [doc_id for doc_id, _ in extractions]
        with Session(self.engine) as session, session.begin():
            self._unsettle_picture(session)
            # Their claim members and figures go with the old records (cascade), their claims and series
            # are marked to be regrouped; without an origin the documents count as not yet in the
            # picture, so the next update reads them anew.
            actors = mark_dirty(session, ids)
            clear_picture(session, ids)
            for table in EXTRACTION_TABLES:
                session.execute(delete(table).where(table.document_id.in_(ids)))
            recount_actors(session, actors)
            published = dict(session.execute(select(DocumentRow.id, DocumentRow.published)
                                             .where(DocumentRow.id.in_(ids))).all())
            rows: dict[type, list[dict[str, Any]]] = {table: [] for table in EXTRACTION_TABLES}
            for doc_id, extraction in extractions:
                for table, table_rows in extraction_rows(extraction, doc_id, published.get(doc_id)).items():
                    rows[table] += table_rows
            _insert_rows(session, rows)
            session.execute(update(DocumentRow).where(DocumentRow.id.in_(ids))
                            .values(extraction_version=extraction_version))

    # -- the consolidated picture -----------------------------------------------------------

    def fingerprint(self) -> str:
        """Changes whenever documents are added or removed, or re-read: their counts and newest ids,
        and whether records were removed since the picture was last marked (SQLite gives freed ids
        out again, so a re-read of the newest document can leave counts and ids as they were)."""
        with Session(self.engine) as session:
            row = session.execute(select(
                select(func.count()).select_from(DocumentRow).scalar_subquery(),
                select(func.max(DocumentRow.id)).scalar_subquery(),
                select(func.max(StatementRow.id)).scalar_subquery(),
                select(func.max(QuantityRow.id)).scalar_subquery(),
                select(func.count()).select_from(PictureStateRow)
                .where(PictureStateRow.fingerprint.is_(None)).scalar_subquery())).one()
        return ":".join(str(int(value or 0)) for value in row)

    def picture_state(self) -> tuple[str | None, str | None, bool]:
        """(fingerprint, overrides digest, complete) of the stored picture; (None, None, False) before the first."""
        with Session(self.engine) as session:
            state = session.get(PictureStateRow, 1)
            if state is None or state.built_at is None:
                return None, None, False
            return state.fingerprint, state.overrides, state.complete

    def delete_documents(self, ids: Sequence[int]) -> None:
        """Delete documents with everything read from them; their part of the picture goes with them
        (members and figures by cascade), and the claims and series they were in are marked to be redone."""
        ids = list(ids)
        with self._write_lock, Session(self.engine) as session, session.begin():
            self._unsettle_picture(session)
            actors = mark_dirty(session, ids)
            session.execute(update(DocumentRow).where(DocumentRow.duplicate_of.in_(ids)).values(duplicate_of=None))
            session.execute(delete(DocumentRow).where(DocumentRow.id.in_(ids)))
            recount_actors(session, actors)
            self._index = None  # the near-copy index named them

    @contextmanager
    def picture_transaction(self) -> Iterator[Session]:
        """A transaction holding the picture's lock: one writer of the picture at a time, all or nothing.
        A record that vanished under it (another writer's) raises WriteRejected, nothing written."""
        try:
            with Session(self.engine) as session, session.begin():
                self._lock_picture(session)
                yield session
        except (IntegrityError, OperationalError) as exc:
            raise WriteRejected(f"cannot update the picture: {getattr(exc, 'orig', None) or exc}") from exc

    def mark_picture(self, session: Session, fingerprint: str, overrides: str | None, summary: dict) -> None:
        """Within a picture transaction: the store contents the picture now reflects."""
        state = session.get(PictureStateRow, 1)
        state.complete, state.fingerprint, state.overrides, state.summary = True, _settled(fingerprint), overrides, summary
        state.built_at = datetime.now(timezone.utc).replace(tzinfo=None)

    def save_picture(self, picture: "Picture", *, fingerprint: str, overrides: str | None = None,
                     keys: "StatementKeys | None" = None, counted: "dict[str, frozenset[str]] | None" = None,
                     tallies: "dict[str, ClaimTally] | None" = None) -> None:
        """Replace the stored picture with `picture` in one transaction: readers see the old one until
        it commits, and an interrupted save leaves the old one whole. Writers take turns on the state row.
        `keys` are its statements' lookup keys (`indexed_picture`), indexed with their claims; `counted` the
        keys each document counts towards, counted for later updates (`picture_counts`); `tallies` what
        grouping weighs each claim by, kept so an update can join a statement to a claim without re-reading it."""
        with Session(self.engine) as session, session.begin():
            state = self._lock_picture(session)
            clear_picture(session)
            write_picture(session, picture, keys, counted, tallies)
            # Documents no picture held before arrive now: told as changes (a rebuild of told ones tells nothing).
            record_changes(session, Snapshot(), [int(r.document) for r in picture.reports])
            state.complete, state.fingerprint, state.overrides = True, _settled(fingerprint), overrides
            state.summary = summary_of(picture)
            state.built_at = datetime.now(timezone.utc).replace(tzinfo=None)

    def load_picture(self) -> "Picture | None":
        """The stored picture as consolidation made it; None when none was built yet.
        Read in one snapshot, so a writer committing meanwhile never shows half its change."""
        with Session(self.engine) as session:
            state = self._built_state(session)
            return None if state is None else read_picture(session, state.summary)

    def claim_summaries(self, wanted: "ClaimFilter | None" = None, *, order: str = "sources", limit: int = 20,
                        offset: int = 0) -> list["ClaimSummary"]:
        """One page of the stored picture's claims, by SQL (see `picture_queries.claim_page`)."""
        from .picture_queries import SUMMARY_COLUMNS, ClaimFilter, claim_page, summaries

        with Session(self.engine) as session:
            self._snapshot(session)
            return summaries(session, claim_page(session, wanted or ClaimFilter(), order=order, limit=limit,
                                                 offset=offset, only=SUMMARY_COLUMNS))

    def claim_pages(self, wanted: "ClaimFilter | None" = None, *, size: int = 200) -> Iterator[list["Claim"]]:
        """Every claim of the stored picture with its statements, a page at a time, in the picture's order:
        all read in one snapshot, the order once, then each page by its ids (no offset to skip)."""
        from .picture_queries import ClaimFilter, claim_ids, claims_by_id

        with Session(self.engine) as session:
            self._snapshot(session)
            ids = claim_ids(session, wanted or ClaimFilter())
            for start in range(0, len(ids), size):
                yield claims_by_id(session, ids[start:start + size])

    def situation_picture(self) -> "Picture | None":
        """The part of the stored picture its situation is made of (see `picture_queries.situation_picture`)."""
        from .picture_queries import situation_picture

        with Session(self.engine) as session:
            state = self._built_state(session)
            return None if state is None else situation_picture(session, state.summary)

    def _built_state(self, session: Session) -> "PictureStateRow | None":
        """In one snapshot of the store, the stored picture's state row; None when no picture was built."""
        self._snapshot(session)
        state = session.get(PictureStateRow, 1)
        return None if state is None or state.built_at is None else state

    def claim_status_counts(self) -> dict[str, int]:
        """How many claims of the stored picture have each status."""
        from .picture_queries import status_counts

        with Session(self.engine) as session:
            return status_counts(session)

    def stored_claim(self, key: str) -> "tuple[Claim, tuple[EstimateSeries, ...]] | None":
        """One claim of the stored picture with the series it gives figures for."""
        from .picture_queries import claim_view

        with Session(self.engine) as session:
            self._snapshot(session)
            return claim_view(session, key)

    def documents_outside_picture(self, limit: int | None = None) -> list[int]:
        """Ids of stored documents the picture does not cover yet (added or re-read since), oldest first."""
        stmt = (select(DocumentRow.id).outerjoin(OriginRow, OriginRow.document_id == DocumentRow.id)
                .where(OriginRow.document_id.is_(None)).order_by(DocumentRow.id))
        with Session(self.engine) as session:
            return list(session.scalars(stmt.limit(limit) if limit else stmt))

    def document_ids(self, *, since: date | None = None, topic: str | None = None) -> list[int]:
        """Ids of documents published on or after `since` whose title or text holds every word of `topic`."""
        stmt = select(DocumentRow.id)
        if since is not None:
            stmt = stmt.where(DocumentRow.published >= since)
        haystack = func.lower(func.coalesce(DocumentRow.title, "") + "\n" + DocumentRow.text)
        for word in (topic or "").lower().split():
            stmt = stmt.where(haystack.like(_contains(word), escape="\\"))
        with Session(self.engine) as session:
            return list(session.scalars(stmt.order_by(DocumentRow.id)))

    def outlet_names(self) -> list[str]:
        """Every outlet's name, in the order they were first stored."""
        with Session(self.engine) as session:
            return list(session.scalars(select(OutletRow.name).order_by(OutletRow.id)))

    def first_published(self) -> list[int]:
        """The id of the earliest published document (none in an empty store)."""
        with Session(self.engine) as session:
            found = session.scalar(select(DocumentRow.id).where(DocumentRow.published.is_not(None))
                                   .order_by(DocumentRow.published, DocumentRow.id).limit(1))
        return [found] if found is not None else []

    def _snapshot(self, session: Session) -> None:
        """Make every read of this session see one committed state of the database."""
        if self.engine.dialect.name == "sqlite":
            session.connection().exec_driver_sql("BEGIN")  # the driver would begin only before a write
        else:
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})

    def _unsettle_picture(self, session: Session) -> None:
        """Before records are removed: lock the picture (not while it is being updated from them) and
        forget which store contents it reflects. SQLite gives freed row ids out again, so a store whose
        newest records were re-read or deleted and added anew can show the very counts and newest ids
        the picture was marked with; the next update must still look for what it lacks."""
        self._lock_picture(session).fingerprint = None

    def _lock_picture(self, session: Session) -> PictureStateRow:
        """The state row, locked until the transaction ends (SQLite: by taking the write lock now)."""
        if self.engine.dialect.name == "sqlite":
            session.execute(update(PictureStateRow).where(PictureStateRow.id == 1).values(id=PictureStateRow.id))
        return session.scalars(select(PictureStateRow).where(PictureStateRow.id == 1).with_for_update()).one()

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> dict[str, int]:
        """Rows per table, and how many documents are near-copies."""
        with Session(self.engine) as session:
            counts = {"documents": session.scalar(select(func.count()).select_from(DocumentRow)),
                      "near_duplicates": session.scalar(select(func.count()).select_from(DocumentRow)
                                                        .where(DocumentRow.duplicate_of.is_not(None))),
                      "outlets": session.scalar(select(func.count()).select_from(OutletRow))}
            for table in EXTRACTION_TABLES:
                counts[table.__tablename__] = session.scalar(select(func.count()).select_from(table))
        return counts

    def stale_documents(self, extraction_version: int = EXTRACTION_VERSION,
                        limit: int = CORPUS_CHUNK) -> list[tuple[int, Document]]:
        """Up to `limit` stored documents read by another extraction version than this one."""
        with Session(self.engine) as session:
            rows = session.scalars(select(DocumentRow).where(DocumentRow.extraction_version != extraction_version)
                                   .order_by(DocumentRow.id).limit(limit)).all()
            return [(row.id, self._document(session, row)) for row in rows]

    def _document(self, session: Session, row: DocumentRow) -> Document:
        outlet = session.get(OutletRow, row.outlet_id) if row.outlet_id else None
        return Document(id=str(row.id), text=row.text, published=None if row.published_inferred else row.published,
                        url=row.url, outlet=outlet.name if outlet else None, title=row.title, author=row.author,
                        origin=row.origin or row.source_id, source_id=row.source_id)

    def corpus(self, since: date | None = None) -> Iterator[tuple[Document, Extraction, str | None]]:
        """Every stored document (published on or after `since`, if given) with its extraction
        records and the id of the document it nearly copies (None for an original).

        Ids are the store's document ids as strings; documents come in id (ingest) order,
        read in chunks so memory stays bounded.
        """
        return self._corpus(since, None)

    def corpus_of(self, ids: Sequence[int]) -> Iterator[tuple[Document, Extraction, str | None]]:
        """The documents with these ids, as `corpus` gives them (the picture's update reads its neighbourhood)."""
        return self._corpus(None, ids)

    def _corpus(self, since: date | None,
                ids: Sequence[int] | None) -> Iterator[tuple[Document, Extraction, str | None]]:
        """Documents (published on or after `since`, or among `ids`) with their extraction records
        and the id of the document each nearly copies (None for an original).

        Ids are the store's document ids as strings; documents come in id (ingest) order,
        read in chunks so memory stays bounded.
        """
        last = 0
        while True:
            with Session(self.engine) as session:
                stmt = select(DocumentRow).where(DocumentRow.id > last).order_by(DocumentRow.id).limit(CORPUS_CHUNK)
                if since is not None:
                    stmt = stmt.where(DocumentRow.published >= since)
                if ids is not None:
                    stmt = stmt.where(DocumentRow.id.in_(sorted(ids)))
                rows = session.scalars(stmt).all()
                if not rows:
                    return
                chunk_ids = [row.id for row in rows]
                records: dict[int, dict[type, list[Any]]] = {i: {} for i in chunk_ids}
                for table in EXTRACTION_TABLES:
                    for rec in session.scalars(select(table).where(table.document_id.in_(chunk_ids))
                                               .order_by(table.document_id, table.position)):
                        records[rec.document_id].setdefault(table, []).append(rec)
                chunk = [(self._document(session, row),
                          extraction_from_rows(str(row.id), row.published, row.published_inferred, records[row.id]),
                          str(row.duplicate_of) if row.duplicate_of is not None else None) for row in rows]
            yield from chunk
            last = chunk_ids[-1]

    def documents(self, *, outlet: str | None = None, since: date | None = None, until: date | None = None,
                  limit: int = 50, offset: int = 0) -> list[StoredDocument]:
        """Stored documents, newest first."""
        n_statements = (select(func.count()).select_from(StatementRow)
                        .where(StatementRow.document_id == DocumentRow.id).scalar_subquery())
        n_quantities = (select(func.count()).select_from(QuantityRow)
                        .where(QuantityRow.document_id == DocumentRow.id).scalar_subquery())
        stmt = (select(DocumentRow.id, DocumentRow.source_id, DocumentRow.published, OutletRow.name,
                       DocumentRow.title, DocumentRow.url, func.length(DocumentRow.text), n_statements, n_quantities,
                       DocumentRow.duplicate_of, DocumentRow.extraction_version)
                .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id))
        stmt = _document_filters(stmt, DocumentRow.published, outlet, since, until)
        stmt = stmt.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc())
        with Session(self.engine) as session:
            return [StoredDocument(*row) for row in session.execute(stmt.limit(limit).offset(offset))]

    def statements(self, *, speaker: str | None = None, stance: str | None = None, since: date | None = None,
                   until: date | None = None, outlet: str | None = None, limit: int = 50,
                   offset: int = 0) -> list[StoredStatement]:
        """Statements, newest first; `speaker` and `outlet` match any part of the name, any case;
        `since`/`until` apply to the day the statement was made, else the publication day.

        Order and filters use the stored `effective_day`, so an index in listing order
        (day, then document id, then position: stable across pages) yields the first pages
        without sorting the table.
        """
        day = StatementRow.effective_day
        evidence = func.substr(DocumentRow.text, StatementRow.span_start + 1, StatementRow.span_end - StatementRow.span_start)
        stmt = (select(StatementRow.document_id, OutletRow.name, DocumentRow.published, StatementRow.speaker,
                       StatementRow.stance, StatementRow.said_on, StatementRow.cue, StatementRow.mode,
                       StatementRow.speaker_org, StatementRow.span_start, StatementRow.span_end, evidence)
                .join(DocumentRow, DocumentRow.id == StatementRow.document_id)
                .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id))
        if speaker and (key := speaker_key(speaker)):
            stmt = stmt.where(self._speaker_contains(key))
        if stance:
            stmt = stmt.where(StatementRow.stance == stance)
        stmt = _document_filters(stmt, day, outlet, since, until)
        # SQLite puts NULLs last in DESC by itself and only uses the index for the plain form.
        newest = day.desc() if self.engine.dialect.name == "sqlite" else day.desc().nulls_last()
        stmt = stmt.order_by(newest, StatementRow.document_id.desc(), StatementRow.position)
        with Session(self.engine) as session:
            return [StoredStatement(*row[:9], (row[9], row[10]), row[11])
                    for row in session.execute(stmt.limit(limit).offset(offset))]

    def _speaker_contains(self, key: str) -> Any:
        """Speaker keys containing `key`: on SQLite looked up among the distinct names first, so
        the statements are then found through the speaker index; on PostgreSQL served by the
        pg_trgm index when there is one."""
        pattern = _contains(key)
        if self.engine.dialect.name == "sqlite":
            names = select(SPEAKER_NAMES.c.key).where(SPEAKER_NAMES.c.key.like(pattern, escape="\\"))
            return StatementRow.speaker_key.in_(names)
        return StatementRow.speaker_key.like(pattern, escape="\\")

    def quantities(self, *, unit: str | None = None, holder: str | None = None, outlet: str | None = None,
                   since: date | None = None, until: date | None = None, limit: int = 50,
                   offset: int = 0) -> list[StoredQuantity]:
        """Quantities, newest document first; `unit` and `holder` match any part, any case."""
        stmt = (select(QuantityRow.document_id, OutletRow.name, DocumentRow.published, QuantityRow.text,
                       QuantityRow.value, QuantityRow.low, QuantityRow.high, QuantityRow.approx, QuantityRow.unit,
                       QuantityRow.holder, QuantityRow.span_start, QuantityRow.span_end)
                .join(DocumentRow, DocumentRow.id == QuantityRow.document_id)
                .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id))
        if unit:
            stmt = stmt.where(QuantityRow.unit.ilike(_contains(unit), escape="\\"))
        if holder:
            stmt = stmt.where(QuantityRow.holder.ilike(_contains(holder), escape="\\"))
        stmt = _document_filters(stmt, DocumentRow.published, outlet, since, until)
        stmt = stmt.order_by(DocumentRow.published.desc().nulls_last(), QuantityRow.document_id.desc(),
                             QuantityRow.position)
        with Session(self.engine) as session:
            return [StoredQuantity(*row[:10], (row[10], row[11]))
                    for row in session.execute(stmt.limit(limit).offset(offset))]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents matching all words of `query` (stemmed; "quoted phrases" as written), best first."""
        if not query_terms(query):
            return []
        hits = search_select(self.engine.dialect, query).subquery()
        stmt = (select(hits.c.id, hits.c.score, DocumentRow.published, OutletRow.name, DocumentRow.title,
                       hits.c.snippet)
                .join(DocumentRow, DocumentRow.id == hits.c.id)
                .outerjoin(OutletRow, OutletRow.id == DocumentRow.outlet_id)
                .order_by(hits.c.score.desc(), hits.c.id).limit(limit).offset(offset))
        with Session(self.engine) as session:
            return [SearchHit(*row) for row in session.execute(stmt)]


def _insert_rows(session: Session, rows: dict[type, list[dict[str, Any]]]) -> None:
    """One multi-row insert per table (Core, not ORM: the ORM would split rows by which values are None)."""
    connection = session.connection()
    for table, table_rows in rows.items():
        if table_rows:
            connection.execute(insert(table.__table__), table_rows)


def _engine_options(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": 30}}
    return {"pool_pre_ping": True}


def _contains(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _document_filters(stmt: Any, day: Any, outlet: str | None, since: date | None, until: date | None) -> Any:
    if outlet:
        stmt = stmt.where(OutletRow.name.ilike(_contains(outlet), escape="\\"))
    if since:
        stmt = stmt.where(day >= since)
    if until:
        stmt = stmt.where(day <= until)
    return stmt


def _settled(fingerprint: str) -> str:
    """The fingerprint a picture just marked or saved stands for: the same contents, with nothing
    removed since (its last field, see `Store.fingerprint`)."""
    head, _, _ = fingerprint.rpartition(":")
    return f"{head}:0" if head else fingerprint
