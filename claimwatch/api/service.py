"""All data access of the API and the dashboard: one thin layer over the store and the pipeline.

Routes and pages call only this module, so a change in the store's or the
pipeline's interface is adapted here. The consolidated picture comes from
`pipeline.picture_from_store` and is cached until the store's contents change.
"""
from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from ..consolidate.records import Actor, Claim, Estimate, EstimateSeries, Evidence, Picture
from ..consolidate.situation import Situation, situation
from ..errors import ClaimwatchError
from ..models import Document, Extraction
from ..pipeline import ingest_documents, open_store, picture_from_store, update_picture
from ..store import AddResult, Change, SearchHit, Store, StoredDocument, StoredQuantity, StoredStatement
from ..store.latest_figure import latest_of
from ..store.picture_queries import ClaimFilter, ClaimSummary
from . import lookups

T = TypeVar("T")
MAX_PAGE_SIZE = 100
FINGERPRINT_SECONDS = 2.0  # how often to look whether another writer changed the store

Extractor = Callable[[Sequence[Document]], list[Extraction]]


class NotFound(ClaimwatchError, LookupError):
    """The document, actor or claim asked for does not exist."""


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results; `has_next` is known without counting the whole table."""

    items: list[T]
    page: int
    size: int
    has_next: bool


@dataclass(frozen=True)
class DocumentView:
    """A stored document with everything read from it."""

    id: int
    document: Document
    extraction: Extraction
    source_id: str | None
    duplicate_of: int | None
    published_inferred: bool


@dataclass(frozen=True)
class ClaimView:
    """A claim with the estimate series its statements carry figures for."""

    claim: Claim
    series: tuple[EstimateSeries, ...]


@dataclass(frozen=True)
class Ingested:
    """What became of one posted document."""

    source_id: str
    result: AddResult
    statements: int
    quantities: int
    times: int


class Service:
    """The store and the consolidated picture, as the web faces need them."""

    def __init__(self, store_url: str | None = None, *, store: Store | None = None,
                 extractor: Extractor | None = None) -> None:
        self.store = store or open_store(store_url)
        self._extractor = extractor
        self._write_lock = threading.Lock()
        self._picture_lock = threading.Lock()
        self._picture: Picture | None = None
        self._views: dict[str, ClaimView] = {}
        self._fingerprint: str | None = None
        self._checked_at = 0.0
        self._fresh_at: float | None = None
        self._fresh_print: str | None = None
        self._situation: tuple[Picture, Situation] | None = None
        self._counts: dict[str, int] | None = None

    # -- stored records ------------------------------------------------------------------

    def documents(self, *, outlet: str | None = None, since: date | None = None, until: date | None = None,
                  page: int = 1, size: int = 20) -> Page[StoredDocument]:
        return _paged(lambda limit, offset: self.store.documents(
            outlet=outlet, since=since, until=until, limit=limit, offset=offset), page, size)

    def document(self, document_id: int) -> DocumentView:
        found = lookups.document_by_id(self.store, document_id)
        if found is None:
            raise NotFound(f"no document with id {document_id}")
        return DocumentView(*found)

    def statements(self, *, speaker: str | None = None, stance: str | None = None, since: date | None = None,
                   until: date | None = None, outlet: str | None = None, page: int = 1,
                   size: int = 20) -> Page[StoredStatement]:
        return _paged(lambda limit, offset: self.store.statements(
            speaker=speaker, stance=stance, since=since, until=until, outlet=outlet, limit=limit,
            offset=offset), page, size)

    def quantities(self, *, unit: str | None = None, holder: str | None = None, outlet: str | None = None,
                   since: date | None = None, until: date | None = None, page: int = 1,
                   size: int = 20) -> Page[StoredQuantity]:
        return _paged(lambda limit, offset: self.store.quantities(
            unit=unit, holder=holder, outlet=outlet, since=since, until=until, limit=limit, offset=offset),
            page, size)

    def search(self, query: str, *, page: int = 1, size: int = 20) -> Page[SearchHit]:
        return _paged(lambda limit, offset: self.store.search(query, limit=limit, offset=offset), page, size)

    # -- the consolidated picture ----------------------------------------------------------

    def picture(self) -> Picture:
        """The stored picture of the whole store, read again only when the store changed."""
        return self._current()[0]

    def _current(self) -> tuple[Picture, dict[str, ClaimView]]:
        with self._picture_lock:
            now = time.monotonic()
            if self._picture is None or now - self._checked_at >= FINGERPRINT_SECONDS:
                fingerprint = self.store.fingerprint()
                self._checked_at = now
                if self._picture is None or fingerprint != self._fingerprint:
                    picture = picture_from_store(self.store)
                    self._views = {c.id: ClaimView(c, tuple(series_of_claim(c, picture.series)))
                                   for c in picture.claims}
                    self._picture, self._fingerprint = picture, fingerprint
            return self._picture, self._views

    def _fresh(self) -> None:
        """Bring the stored picture up to date when another writer changed the store (looked at every
        FINGERPRINT_SECONDS); the paged queries below then read it by SQL."""
        with self._picture_lock:
            now = time.monotonic()
            if self._fresh_at is None or now - self._fresh_at >= FINGERPRINT_SECONDS:
                fingerprint = self.store.fingerprint()
                if fingerprint != self._fresh_print:
                    update_picture(self.store)
                    self._fresh_print, self._situation, self._counts = fingerprint, None, None
                self._fresh_at = now

    def claims_page(self, *, status: str | None = None, actor: str | None = None, outlet: str | None = None,
                    since: date | None = None, until: date | None = None, order: str = "sources", page: int = 1,
                    size: int = 20) -> Page[ClaimSummary]:
        """One page of claims, as `claims` orders and filters them, read by SQL (no whole picture)."""
        self._fresh()
        wanted = ClaimFilter(status=status, actor=actor, outlet=outlet, since=since, until=until)
        return _paged(lambda limit, offset: self.store.claim_summaries(wanted, order=order, limit=limit,
                                                                        offset=offset), page, size)

    def claim_counts(self) -> dict[str, int]:
        """How many claims have each status: counted over every claim, so only again when the store changed."""
        self._fresh()
        with self._picture_lock:
            if self._counts is None:
                self._counts = self.store.claim_status_counts()
            return dict(self._counts)

    def situation(self) -> tuple[Picture, Situation]:
        """The situation the board opens with, and the part of the picture it was made of (its summary),
        made again only when the store changed."""
        self._fresh()
        with self._picture_lock:
            if self._situation is None:
                part = self.store.situation_picture()
                assert part is not None  # brought up to date above
                self._situation = (part, situation(part))
            return self._situation

    def claims(self, *, status: str | None = None, actor: str | None = None, outlet: str | None = None,
               since: date | None = None, until: date | None = None, order: str = "sources") -> list[ClaimView]:
        """Claims with their estimate series: key claims first (consolidation's order: most
        independent sources, disputes before agreement), or with order="updated" the most
        recently updated first.

        `actor`: an actor id that made one of its statements; `outlet`: part of the name of
        an outlet that printed one; `since`/`until`: one was said (else printed) in that range.
        """
        wanted = (outlet or "").lower()
        first, last = (since.isoformat() if since else ""), (until.isoformat() if until else "9999")

        def keep(claim: Claim) -> bool:
            evidence = claim.statements
            if actor and not any(e.actor == actor for e in evidence):
                return False
            if wanted and not any(wanted in (e.citation.outlet or "").lower() for e in evidence):
                return False
            if since or until:
                days = [(e.said_on or e.citation.published or "")[:10] for e in evidence]
                if not any(d and first <= d <= last for d in days):
                    return False
            return status is None or claim.status == status

        views = [v for v in self._current()[1].values() if keep(v.claim)]  # in the picture's order
        if order == "updated":
            views.sort(key=lambda v: last_update(v.claim) or "", reverse=True)
        return views

    def claim(self, claim_id: str) -> ClaimView:
        self._fresh()
        found = self.store.stored_claim(claim_id)
        if found is None:
            raise NotFound(f"no claim with id {claim_id!r}")
        return ClaimView(*found)

    def actors(self, *, name: str | None = None) -> list[Actor]:
        """Actors, those with most statements first; `name` matches any of their names."""
        wanted = (name or "").strip().lower()
        actors = [a for a in self.picture().actors
                  if not wanted or any(wanted in n.lower() for n in (a.name, *a.names))]
        return sorted(actors, key=lambda a: (-a.statements, a.name.lower()))

    def actor(self, actor_id: str) -> tuple[Actor, list[tuple[Evidence, Claim]]]:
        """One actor and each of its statements with the claim it belongs to, by date."""
        picture = self.picture()
        said = [(e, c) for c in picture.claims for e in c.statements if e.actor == actor_id]
        actor = next((a for a in picture.actors if a.id == actor_id), None)
        if actor is None and said:  # a speaker consolidation could not place still has a page
            actor = Actor(id=actor_id, name=said[0][0].speaker, kind="group", statements=len(said))
        if actor is None:
            raise NotFound(f"no actor with id {actor_id!r}")
        said.sort(key=lambda pair: (pair[0].said_on or pair[0].citation.published or "", pair[0].document))
        return actor, said

    def claims_of_document(self, document_id: int) -> dict[tuple[int, int], Claim]:
        """The claim each statement span of one document belongs to."""
        key = str(document_id)
        return {e.statement.span: c for c in self.picture().claims for e in c.statements if e.document == key}

    def actors_by_document(self, document_id: int) -> dict[tuple[int, int], str]:
        """The actor id of each statement span of one document."""
        key = str(document_id)
        return {e.statement.span: e.actor for c in self.picture().claims for e in c.statements
                if e.document == key}

    # -- what changed ----------------------------------------------------------------------

    def changes(self, *, since: datetime | None = None, after: int | None = None,
                limit: int = 200) -> list[Change]:
        """The latest `limit` changes taken in since `since` and after change `after`, newest first."""
        from ..store.watch_state import changes

        return changes(self.store, since=since, after=after, limit=limit, newest_first=True)

    def latest_change_id(self) -> int:
        from ..store.watch_state import latest_change_id

        return latest_change_id(self.store)

    # -- writing ---------------------------------------------------------------------------

    def ingest(self, documents: Sequence[Document]) -> list[Ingested]:
        """Read and store documents; exact copies are reported as duplicates, not stored twice."""
        with self._write_lock:
            stored = ingest_documents(self.store, documents, self._extractor)
            self._checked_at = 0.0  # look again at once: the picture may have changed
            self._fresh_at = None
        return [Ingested(doc.id, result, len(ex.statements), len(ex.quantities), len(ex.times))
                for doc, (ex, result) in zip(documents, stored)]


def _paged(fetch: Callable[[int, int], list[T]], page: int, size: int) -> Page[T]:
    """Fetch one item more than asked, to know whether there is a next page."""
    size = max(1, min(size, MAX_PAGE_SIZE))
    page = max(1, page)
    rows = fetch(size + 1, (page - 1) * size)
    return Page(rows[:size], page, size, len(rows) > size)


def last_update(claim: Claim) -> str | None:
    """The latest day anything was said or printed about the claim."""
    days = [d for t in claim.timeline for d in (t.said_on, t.citation.published) if d]
    days += [d for e in claim.statements for d in (e.said_on, e.citation.published) if d]
    return max(days) if days else None


def series_of_claim(claim: Claim, series: Sequence[EstimateSeries]) -> list[EstimateSeries]:
    """Series with a figure given inside one of the claim's statements (same document, within its span)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for evidence in claim.statements:
        spans.setdefault(evidence.document, []).append(evidence.statement.span)
    return [s for s in series if any(_inside(e, spans) for e in s.estimates)]


def _inside(estimate: Estimate, spans: dict[str, list[tuple[int, int]]]) -> bool:
    start, end = estimate.quantity.span
    return any(a <= start and end <= b for a, b in spans.get(estimate.citation.document, ()))


def latest_estimate(view: ClaimView) -> Estimate | None:
    """The most recent current figure among the claim's series (each holder's latest: a figure given as
    history, "up from 41", is never it), by the day it was given; the stored listings read the same."""
    return latest_of(s.latest for s in view.series)


def new_source_id(text: str) -> str:
    """An id for a posted document that came without one: stable for the same text."""
    return "posted-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
