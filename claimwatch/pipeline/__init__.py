"""The one place the stages meet: read -> extract -> store -> consolidate.

Readers (`ingest`) only make Documents, extraction only makes Extractions, the store
only keeps records and consolidation only reads the records it is handed. Composing
them is this module's job, so the faces (CLI, API, dashboard) call it and the
store's queries and reach into no stage themselves.

Ingest is a stream in batches, nothing lost: read -> (skip texts already stored)
-> extract a batch -> store the batch in one transaction. A killed ingest can
simply be run again: stored texts are recognised by their content hash and skipped.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..dedup import content_hash
from ..errors import ClaimwatchError
from ..models import Document, Extraction, Rejected

if TYPE_CHECKING:
    from ..consolidate import Triple
    from ..store import AddResult, Store

# Reads a batch of documents; returns one Extraction per document, in order.
Extractor = Callable[[list[Document]], Iterable[Extraction]]
OnRejected = Callable[[Rejected], None]
BATCH_SIZE = 64


# -- reading and extracting ------------------------------------------------------------------

def read_documents(sources: Iterable[str | Path], *, published: date | None = None, outlet: str | None = None,
                   url: str | None = None, on_rejected: OnRejected | None = None) -> Iterator[Document]:
    """The documents of every source, in order; each unreadable item goes to `on_rejected`."""
    from ..ingest import read_sources

    for item in read_sources(sources, published=published, outlet=outlet, url=url):
        if isinstance(item, Rejected):
            if on_rejected:
                on_rejected(item)
        else:
            yield item


def check_model(model: str | None = None) -> None:
    """Raise a one-line ClaimwatchError when the spaCy pipeline cannot be loaded."""
    from ..nlp import check_model as check

    check(model)


def local_extractor(model: str | None = None) -> Extractor:
    """spaCy extraction in this process (the model is loaded on first use)."""
    def run(documents: list[Document]) -> Iterable[Extraction]:
        from ..extract import extract_documents
        from ..nlp import load_nlp

        return extract_documents(documents, load_nlp(model))
    return run


def extractor_pool(workers: int | None = None, model: str | None = None) -> AbstractContextManager[Extractor]:
    """An extractor on `workers` processes (started once, on first use), for the length of a `with`."""
    from ..extract.parallel import batch_extractor

    return batch_extractor(workers, model)


def extraction_stream(documents: Iterable[Document], *, workers: int | None = None, model: str | None = None,
                      dask: str | None = None) -> Iterator[Extraction | Rejected]:
    """One Extraction (or Rejected) per document, in input order: in processes here, or on a Dask cluster."""
    if dask:
        from ..extract.cluster import extract_on_dask  # imports distributed: only when asked

        return extract_on_dask(documents, dask, workers=workers, model=model)
    from ..extract.parallel import extract_parallel

    return extract_parallel(documents, workers=workers, model=model)


def extract_files(sources: Iterable[str], *, published: date | None = None, model: str | None = None,
                  on_rejected: OnRejected | None = None) -> list["Triple"]:
    """Read and extract files in memory; a document whose text repeats an earlier one is its duplicate.

    The duplicate link is only a hint (which of two same-day twins came first): origins,
    near copies and rewrites included, are decided from the texts in consolidation, the
    same way for this path and the store's. A document whose extraction fails is
    reported through `on_rejected`, by name, and left out.
    """
    from ..consolidate import exact_duplicates
    from ..extract.parallel import extract_batch
    from ..nlp import load_nlp

    documents = list(read_documents(sources, published=published, on_rejected=on_rejected))
    read: list[tuple[Document, Extraction]] = []
    for document, result in zip(documents, extract_batch(documents, load_nlp(model)) if documents else []):
        if isinstance(result, Rejected):
            if on_rejected:
                on_rejected(result)
        else:
            read.append((document, result))
    duplicates = exact_duplicates(d for d, _ in read)
    return [(d, x, duplicates.get(d.id)) for d, x in read]


# -- storing ---------------------------------------------------------------------------------

def open_store(url: str | None = None) -> "Store":
    """The store at `url` (created or upgraded as needed); a ClaimwatchError when unavailable."""
    try:
        from ..store import Store
    except ImportError as exc:
        raise ClaimwatchError(f"the store is not available in this installation ({exc})") from None
    return Store(url)


@dataclass
class IngestReport:
    """What an ingest did: counts by outcome, and each rejected item with its reason."""

    stored: int = 0           # new documents written (near-copies included)
    near_duplicates: int = 0  # of those, linked to an earlier original
    duplicates: int = 0       # texts already stored, not written again
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + len(self.rejected)

    def summary(self) -> str:
        return (f"{self.stored} stored ({self.near_duplicates} near-duplicate), "
                f"{self.duplicates} duplicate, {len(self.rejected)} rejected")


def ingest(sources: Iterable[str | Path], store: "Store", *, published: date | None = None,
           outlet: str | None = None, url: str | None = None, extractor: Extractor | None = None,
           batch_size: int = BATCH_SIZE, on_rejected: OnRejected | None = None,
           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read every source, extract each new document and store it, then update the picture; return the counts.

    Args:
        sources: files, folders, '-' for stdin, or http(s) URLs (see `read_sources`).
        store: where documents go.
        published, outlet, url: defaults for inputs that do not carry them (plain text).
        extractor: reads a batch of documents (default: spaCy in this process); a
            parallel extractor (`extractor_pool`) can be passed here.
        batch_size: documents per extraction batch and per transaction.
        on_rejected: called with each rejected item as soon as it is found.
        on_batch: called with the running report after each stored batch.
    """
    report = IngestReport()
    read = read_documents(sources, published=published, outlet=outlet, url=url,
                          on_rejected=_rejecting(report, on_rejected))
    store_documents(read, store, extractor=extractor, batch_size=batch_size, on_rejected=on_rejected,
                    on_batch=on_batch, report=report)
    update_picture(store)
    return report


def store_documents(documents: Iterable[Document], store: "Store", *, extractor: Extractor | None = None,
                    batch_size: int = BATCH_SIZE, on_rejected: OnRejected | None = None,
                    on_batch: Callable[[IngestReport], None] | None = None,
                    report: IngestReport | None = None) -> IngestReport:
    """Extract and store the documents whose text is not stored yet, a batch per transaction, without
    updating the picture (`update_picture` does, once for many calls: the watcher stores each source's
    documents as they come, then brings the picture up to date)."""
    extractor = extractor or local_extractor()
    report = report if report is not None else IngestReport()
    reject = _rejecting(report, on_rejected)
    stream = _storable(documents, reject)
    while batch := list(islice(stream, batch_size)):
        new = _not_yet_stored(batch, store, report)
        if new:
            _store(_extract(new, extractor, reject), store, report, reject)
        if on_batch:
            on_batch(report)
    return report


def _rejecting(report: IngestReport, on_rejected: OnRejected | None) -> OnRejected:
    def reject(item: Rejected) -> None:
        report.rejected.append(item)
        if on_rejected:
            on_rejected(item)
    return reject


def ingest_documents(store: "Store", documents: Sequence[Document],
                     extractor: Extractor | None = None) -> list[tuple[Extraction, "AddResult"]]:
    """Extract and store documents handed over whole (the API's posts), in one transaction, and
    update the picture; exact copies of stored texts come back as duplicates, not stored twice."""
    extractions = list((extractor or local_extractor())(list(documents)))
    results = store.add_many(list(zip(documents, extractions)))
    update_picture(store)
    return list(zip(extractions, results))


def _storable(documents: Iterable[Document], reject: OnRejected) -> Iterator[Document]:
    for item in documents:
        if not item.text.strip():
            reject(Rejected(item.origin or item.id, "empty text, nothing to store"))
        elif "\x00" in item.text:
            reject(Rejected(item.origin or item.id, "text contains NUL characters: binary data, not an article"))
        else:
            yield item


def _not_yet_stored(batch: list[Document], store: "Store", report: IngestReport) -> list[Document]:
    """The documents whose text is not stored yet (nor earlier in this batch); the rest count as duplicates."""
    known = store.known_texts(doc.text for doc in batch)
    new, seen = [], set(known)
    for doc in batch:
        digest = content_hash(doc.text)
        if digest in seen:
            report.duplicates += 1
        else:
            seen.add(digest)
            new.append(doc)
    return new


def _extract(documents: list[Document], extractor: Extractor,
             reject: OnRejected) -> list[tuple[Document, Extraction]]:
    """Pairs of document and extraction; if the batch fails, each document is retried alone
    and one that still fails is rejected, so one bad text does not cost the batch."""
    try:
        return list(zip(documents, extractor(documents), strict=True))
    except Exception:  # noqa: BLE001 - extraction bugs must not lose the other documents
        pairs = []
        for document in documents:
            try:
                pairs.extend(zip([document], extractor([document]), strict=True))
            except Exception as exc:  # noqa: BLE001
                reject(Rejected(document.origin or document.id, f"extraction failed: {type(exc).__name__}: {exc}"))
        return pairs


def _store(pairs: list[tuple[Document, Extraction]], store: "Store", report: IngestReport,
           reject: OnRejected) -> None:
    """Store the batch in one transaction; if the store refuses it, store each pair alone
    and reject only the ones it still refuses."""
    from ..store import WriteRejected

    try:
        results = store.add_many(pairs)
    except WriteRejected:
        results = []
        for document, extraction in pairs:
            try:
                results.append(store.add(document, extraction))
            except WriteRejected as exc:
                reject(Rejected(document.origin or document.id, str(exc)))
    for result in results:
        if result.status == "duplicate":
            report.duplicates += 1
        else:
            report.stored += 1
            report.near_duplicates += result.status == "near-duplicate"


def reextract(store: "Store", *, extractor: Extractor | None = None, batch_size: int = BATCH_SIZE,
              version: int | None = None, on_batch: Callable[[int], None] | None = None) -> int:
    """Re-read every stored document extracted by another version; returns how many were re-read.

    Each batch's new records replace the old ones in one transaction, so an interrupted
    run leaves each document with one whole extraction and can be run again.
    """
    from ..extract import EXTRACTION_VERSION

    extractor = extractor or local_extractor()
    version = EXTRACTION_VERSION if version is None else version
    done = 0
    while stale := store.stale_documents(version, limit=batch_size):
        ids = [doc_id for doc_id, _ in stale]
        extractions = list(extractor([doc for _, doc in stale]))
        store.replace_extractions(list(zip(ids, extractions, strict=True)), version)
        done += len(stale)
        if on_batch:
            on_batch(done)
    if done:
        update_picture(store)
    return done


from .picture import (Aliases, picture_from_files, picture_from_store, picture_of, read_aliases,  # noqa: E402
                      reconsolidate, update_picture)
