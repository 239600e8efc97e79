"""Where the triples come from: files extracted in memory, or the store."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from ..errors import ClaimwatchError
from ..models import Document, Extraction, Rejected
from .corpus import Triple, exact_duplicates


def triples_from_sources(sources: Iterable[str], *, published: date | None = None, model: str | None = None,
                         on_rejected: Callable[[Rejected], None] | None = None) -> list[Triple]:
    """Read and extract files in memory; a document whose text repeats an earlier one is its duplicate.

    The duplicate link is only a hint (which of two same-day twins came first): origins,
    near copies and rewrites included, are decided from the texts in `independence`,
    the same way for this path and the store's. A document whose extraction fails is
    reported through `on_rejected`, by name, and left out.
    """
    from ..extract.parallel import extract_batch
    from ..ingest import read_sources
    from ..nlp import load_nlp

    documents: list[Document] = []
    for item in read_sources(sources, published=published):
        if isinstance(item, Rejected):
            if on_rejected:
                on_rejected(item)
        else:
            documents.append(item)
    read: list[tuple[Document, Extraction]] = []
    for document, result in zip(documents, extract_batch(documents, load_nlp(model)) if documents else []):
        if isinstance(result, Rejected):
            if on_rejected:
                on_rejected(result)
        else:
            read.append((document, result))
    duplicates = exact_duplicates(d for d, _ in read)
    return [(d, x, duplicates.get(d.id)) for d, x in read]


def triples_from_store(url: str, since: date | None = None) -> Iterator[Triple]:
    """Stored documents with their extractions and near-duplicate links."""
    try:
        from ..store import Store
    except ImportError as exc:
        raise ClaimwatchError(f"the store is not available in this installation ({exc})") from None
    yield from Store(url).corpus(since=since)
