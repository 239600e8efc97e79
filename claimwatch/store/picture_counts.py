"""The picture's counts of documents per word and frame key (`consolidate.document_counts`).

Each document in the picture keeps the keys it counts towards on its origin row, so that
deleting or re-reading it takes them back; the counts are added and taken back under the
picture's lock, so writers never lose one.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ..consolidate.claim_text import idf
from ..consolidate.document_counts import DOCUMENTS, Counts, document_keys
from .picture_tables import OriginRow, PictureCountRow

CHUNK = 500  # keys per IN (...) query


def stored_counts(session: Session, keys: Iterable[str]) -> dict[str, int]:
    """The stored count of each of these keys (none for a key no document uses)."""
    ordered = sorted(set(keys))
    out: dict[str, int] = {}
    for start in range(0, len(ordered), CHUNK):
        out.update((key, n) for key, n in session.execute(
            select(PictureCountRow.key, PictureCountRow.documents).where(PictureCountRow.key.in_(ordered[start:start + CHUNK]))))
    return out


def add_counts(session: Session, change: Mapping[str, int]) -> None:
    """Add `change` to the stored counts (a negative change takes back); a count down to 0 goes."""
    current = stored_counts(session, change)
    ordered = sorted(change)
    for start in range(0, len(ordered), CHUNK):
        session.execute(delete(PictureCountRow).where(PictureCountRow.key.in_(ordered[start:start + CHUNK])))
    rows = [{"key": key, "documents": current.get(key, 0) + change[key]}
            for key in ordered if current.get(key, 0) + change[key] > 0]
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(PictureCountRow.__table__), rows[start:start + CHUNK])


def count_documents(counted: Mapping[str, Iterable[str]]) -> Counter:
    """How many of these documents count towards each key."""
    return Counter(key for keys in counted.values() for key in keys)


def uncount(session: Session, documents: list[int]) -> None:
    """Before documents leave the picture (deleted, or re-read): take back what they counted towards."""
    counted = {str(d): keys for d, keys in session.execute(
        select(OriginRow.document_id, OriginRow.counted).where(OriginRow.document_id.in_(documents))
        .where(OriginRow.counted.is_not(None))) if keys is not None}  # a JSON null passes IS NOT NULL
    if counted:
        add_counts(session, {key: -n for key, n in count_documents(counted).items()})


def corpus_counts(session: Session, new_documents: set[str]) -> Counts:
    """The corpus's counts for a neighbourhood's statements (`indexed_picture(counts=...)`): the stored
    documents' counts, and those of the `new_documents`, which are not counted yet. The neighbourhood's
    other documents are in the picture, counted whole, however few of their statements it holds."""
    def counts(said: list) -> Mapping[str, int]:
        keys = document_keys(said)
        fresh = count_documents({d: k for d, k in keys.items() if d in new_documents})
        wanted = set().union(*keys.values()) if keys else set()
        stored = stored_counts(session, wanted)
        return {key: stored.get(key, 0) + fresh.get(key, 0) for key in wanted}
    return counts


def word_weights(session: Session, feature_sets: Iterable[Iterable[str]]) -> dict[str, float]:
    """Each feature's idf over the picture's documents, as grouping weighs it, under the key claims are
    indexed by (an entity's name without its "E:")."""
    every = set().union(*map(set, feature_sets))
    counts = stored_counts(session, {"w:" + f for f in every} | {DOCUMENTS})
    out: dict[str, float] = {}
    for f in every:
        term = f.removeprefix("E:")
        out[term] = max(out.get(term, 0.0), idf(counts.get("w:" + f, 0), counts.get(DOCUMENTS, 0)))
    return out
