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

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .dedup import content_hash
from .errors import ClaimwatchError
from .models import Document, Extraction, Rejected

if TYPE_CHECKING:
    from .consolidate import Overrides, Picture, Triple
    from .store import AddResult, Store

# Reads a batch of documents; returns one Extraction per document, in order.
Extractor = Callable[[list[Document]], Iterable[Extraction]]
OnRejected = Callable[[Rejected], None]
BATCH_SIZE = 64


# -- reading and extracting ------------------------------------------------------------------

def read_documents(sources: Iterable[str | Path], *, published: date | None = None, outlet: str | None = None,
                   url: str | None = None, on_rejected: OnRejected | None = None) -> Iterator[Document]:
    """The documents of every source, in order; each unreadable item goes to `on_rejected`."""
    from .ingest import read_sources

    for item in read_sources(sources, published=published, outlet=outlet, url=url):
        if isinstance(item, Rejected):
            if on_rejected:
                on_rejected(item)
        else:
            yield item


def check_model(model: str | None = None) -> None:
    """Raise a one-line ClaimwatchError when the spaCy pipeline cannot be loaded."""
    from .nlp import check_model as check

    check(model)


def local_extractor(model: str | None = None) -> Extractor:
    """spaCy extraction in this process (the model is loaded on first use)."""
    def run(documents: list[Document]) -> Iterable[Extraction]:
        from .extract import extract_documents
        from .nlp import load_nlp

        return extract_documents(documents, load_nlp(model))
    return run


def extractor_pool(workers: int | None = None, model: str | None = None) -> AbstractContextManager[Extractor]:
    """An extractor on `workers` processes (started once, on first use), for the length of a `with`."""
    from .extract.parallel import batch_extractor

    return batch_extractor(workers, model)


def extraction_stream(documents: Iterable[Document], *, workers: int | None = None, model: str | None = None,
                      dask: str | None = None) -> Iterator[Extraction | Rejected]:
    """One Extraction (or Rejected) per document, in input order: in processes here, or on a Dask cluster."""
    if dask:
        from .extract.cluster import extract_on_dask  # imports distributed: only when asked

        return extract_on_dask(documents, dask, workers=workers, model=model)
    from .extract.parallel import extract_parallel

    return extract_parallel(documents, workers=workers, model=model)


def extract_files(sources: Iterable[str], *, published: date | None = None, model: str | None = None,
                  on_rejected: OnRejected | None = None) -> list["Triple"]:
    """Read and extract files in memory; a document whose text repeats an earlier one is its duplicate.

    The duplicate link is only a hint (which of two same-day twins came first): origins,
    near copies and rewrites included, are decided from the texts in consolidation, the
    same way for this path and the store's. A document whose extraction fails is
    reported through `on_rejected`, by name, and left out.
    """
    from .consolidate import exact_duplicates
    from .extract.parallel import extract_batch
    from .nlp import load_nlp

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
        from .store import Store
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
    extractor = extractor or local_extractor()
    report = IngestReport()

    def reject(item: Rejected) -> None:
        report.rejected.append(item)
        if on_rejected:
            on_rejected(item)

    stream = _storable(read_documents(sources, published=published, outlet=outlet, url=url, on_rejected=reject),
                       reject)
    while batch := list(islice(stream, batch_size)):
        new = _not_yet_stored(batch, store, report)
        if new:
            _store(_extract(new, extractor, reject), store, report, reject)
        if on_batch:
            on_batch(report)
    update_picture(store)
    return report


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
    from .store import WriteRejected

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
    from .extract import EXTRACTION_VERSION

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


# -- the picture -----------------------------------------------------------------------------

Progress = Callable[[str, int, "int | None"], None]  # phase, done so far, total (None when unknown)
_KEEP = object()  # reconsolidate with the aliases the stored picture was built with


@dataclass(frozen=True)
class Aliases:
    """An aliases file as the store keeps it beside the picture: where it was read from, and its text."""

    name: str
    text: str

    def overrides(self) -> "Overrides":
        from .consolidate.overrides import overrides_from_text

        return overrides_from_text(self.text, self.name)

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "text": self.text}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: str | None) -> "Aliases | None":
        return cls(**json.loads(data)) if data else None


def read_aliases(path: str | Path | None) -> Aliases | None:
    """The aliases file at `path` (checked now, so a bad one fails before any work); None for none."""
    if path is None:
        return None
    try:
        aliases = Aliases(Path(path).name, Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ClaimwatchError(f"cannot read aliases file {path}: {exc.strerror or exc}") from None
    aliases.overrides()
    return aliases


def picture_of(triples: Iterable["Triple"], *, overrides: "Overrides | None" = None, since: date | None = None,
               topic: str | None = None) -> "Picture":
    """The situation picture of (document, extraction, duplicate_of) triples."""
    from .consolidate import build_picture

    return build_picture(triples, overrides=overrides, since=since, topic=topic)


def picture_from_files(sources: Iterable[str], *, overrides: "Overrides | None" = None, since: date | None = None,
                       topic: str | None = None, published: date | None = None, model: str | None = None,
                       on_rejected: OnRejected | None = None) -> "Picture":
    """Read and extract files in memory, then consolidate them."""
    triples = extract_files(sources, published=published, model=model, on_rejected=on_rejected)
    return picture_of(triples, overrides=overrides, since=since, topic=topic)


def reconsolidate(store: "Store", *, aliases: "Aliases | None | object" = _KEEP,
                  on_progress: Progress | None = None) -> "Picture":
    """Rebuild the whole stored picture from the stored statements (after an upgrade or new aliases).

    The corpus is read in chunks, consolidated, and the picture replaced in one
    transaction: an interrupted run leaves the previous picture whole, and running it
    again starts over. A store changed under the run (a document re-read meanwhile) is
    read again.
    """
    if aliases is _KEEP:
        aliases = Aliases.from_json(store.picture_state()[1])
    overrides = aliases.overrides() if isinstance(aliases, Aliases) else None
    for _ in range(3):
        fingerprint = store.fingerprint()
        total = store.count()["documents"]
        picture = picture_of(_counted(store.corpus(), on_progress, total), overrides=overrides)
        if on_progress:
            on_progress("writing", 0, None)
        try:
            store.save_picture(picture, fingerprint=fingerprint,
                               overrides=aliases.to_json() if isinstance(aliases, Aliases) else None)
        except LookupError:
            continue  # a statement consolidated is gone: the store changed during the run
        return picture
    raise ClaimwatchError("the store kept changing while the picture was rebuilt; run `claimwatch reconsolidate` "
                          "again when writers are done")


def update_picture(store: "Store", *, on_progress: Progress | None = None) -> bool:
    """Bring the stored picture up to date with the stored documents; True when it had to change."""
    fingerprint, _, complete = store.picture_state()
    if complete and fingerprint == store.fingerprint():
        return False
    reconsolidate(store, on_progress=on_progress)
    return True


def picture_from_store(store: "Store", *, aliases: Aliases | None = None, since: date | None = None,
                       topic: str | None = None) -> "Picture":
    """The stored picture, brought up to date first (rebuilt only when `aliases` differ from the
    stored ones); with `since` or `topic`, only the parts from the documents they select."""
    from .consolidate.window import within

    if aliases is not None and aliases.to_json() != store.picture_state()[1]:
        reconsolidate(store, aliases=aliases)
    else:
        update_picture(store)
    picture = store.load_picture()
    assert picture is not None  # just brought up to date
    if since is not None or topic:
        picture = within(picture, {str(i) for i in store.document_ids(since=since, topic=topic)}, topic=topic)
    return picture


def _counted(triples: Iterable["Triple"], on_progress: Progress | None, total: int) -> Iterator["Triple"]:
    for n, triple in enumerate(triples, start=1):
        if on_progress and (n % 50 == 0 or n == total):
            on_progress("reading", n, total)
        yield triple
