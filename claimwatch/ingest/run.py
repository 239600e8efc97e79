"""Ingest: read sources, extract, store; a stream in batches, nothing lost.

read_sources -> (skip texts already stored) -> extract, a batch at a time -> store
the batch in one transaction. Each batch is committed whole or not at all, so a
killed ingest can simply be run again: stored texts are recognised by their
content hash and skipped, the rest is read and stored.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import Document, Extraction, Rejected
from . import read_sources
from .dedup import content_hash

if TYPE_CHECKING:
    from ..store import AddResult, Store

# Reads a batch of documents; returns one Extraction per document, in order.
Extractor = Callable[[list[Document]], Iterable[Extraction]]
BATCH_SIZE = 64


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


def default_extractor(model: str | None = None) -> Extractor:
    """spaCy extraction in this process (the model is loaded on first use)."""
    def run(documents: list[Document]) -> Iterable[Extraction]:
        from ..extract import extract_documents
        from ..nlp import load_nlp

        return extract_documents(documents, load_nlp(model))
    return run


def ingest(sources: Iterable[str | Path], store: "Store", *, published: date | None = None,
           outlet: str | None = None, url: str | None = None, extractor: Extractor | None = None,
           batch_size: int = BATCH_SIZE, on_rejected: Callable[[Rejected], None] | None = None,
           on_batch: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read every source, extract each new document and store it; return the counts.

    Args:
        sources: files, folders, '-' for stdin, or http(s) URLs (see `read_sources`).
        store: where documents go.
        published, outlet, url: defaults for inputs that do not carry them (plain text).
        extractor: reads a batch of documents (default: spaCy in this process); a
            parallel extractor can be passed here.
        batch_size: documents per extraction batch and per transaction.
        on_rejected: called with each rejected item as soon as it is found.
        on_batch: called with the running report after each stored batch.
    """
    extractor = extractor or default_extractor()
    report = IngestReport()

    def reject(item: Rejected) -> None:
        report.rejected.append(item)
        if on_rejected:
            on_rejected(item)

    def documents() -> Iterator[Document]:
        for item in read_sources(sources, published=published, outlet=outlet, url=url):
            if isinstance(item, Rejected):
                reject(item)
            elif not item.text.strip():
                reject(Rejected(item.origin or item.id, "empty text, nothing to store"))
            elif "\x00" in item.text:
                reject(Rejected(item.origin or item.id, "text contains NUL characters: binary data, not an article"))
            else:
                yield item

    stream = documents()
    while batch := list(islice(stream, batch_size)):
        new = _not_yet_stored(batch, store, report)
        if new:
            _store(_extract(new, extractor, reject), store, report, reject)
        if on_batch:
            on_batch(report)
    return report


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
             reject: Callable[[Rejected], None]) -> list[tuple[Document, Extraction]]:
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
           reject: Callable[[Rejected], None]) -> None:
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
        _count(result, report)


def _count(result: "AddResult", report: IngestReport) -> None:
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

    extractor = extractor or default_extractor()
    version = EXTRACTION_VERSION if version is None else version
    done = 0
    while stale := store.stale_documents(version, limit=batch_size):
        ids = [doc_id for doc_id, _ in stale]
        extractions = list(extractor([doc for _, doc in stale]))
        store.replace_extractions(list(zip(ids, extractions, strict=True)), version)
        done += len(stale)
        if on_batch:
            on_batch(done)
    return done
