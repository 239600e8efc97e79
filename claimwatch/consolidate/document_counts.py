"""How many documents use each word and frame key: the corpus's weights a part of it is grouped with.

Grouping weighs a shared word by its idf and a shared frame by how rare its event and
participants are (`claims.document_weights`, `claims.frame_rarity`), both counted over the
documents it is handed. A rebuild hands it the corpus. The store's update hands it a
neighbourhood (the new documents and the claims they may join), over which the story's own
words look rare and a common frame distinctive, and a claim the rebuild would join stays
apart. So the store counts each document's keys (`document_keys`) and the update groups with
the corpus's counts (`corpus_weights`).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from .claim_text import idf
from .claims import Said, rarity_of

DOCUMENTS = "*"  # the key every document with a statement counts towards: how many documents there are
Counts = Callable[[list["Said"]], Mapping[str, int]]
"""The corpus's count of documents for each key of these statements (`document_keys`)."""


def document_keys(said: Iterable[Said]) -> dict[str, frozenset[str]]:
    """Per document, what its statements count towards: DOCUMENTS, each content feature ("w:" and the
    feature) and each frame key `frame_rarity` counts ("f:event:" and the event, "f:" and a participant)."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in said:
        keys = out[s.report.id]
        keys.add(DOCUMENTS)
        keys.update("w:" + f for f in s.features)
        if s.frame is not None:
            keys.add("f:event:" + s.frame.event)
            keys.update("f:" + p for p in s.frame.participants)
    return {document: frozenset(keys) for document, keys in out.items()}


def corpus_weights(said: list[Said], counts: Mapping[str, int]
                   ) -> tuple[dict[str, float], Callable[[str], float]]:
    """The idf of each feature of `said` and the rarity of frame keys, from the corpus's `counts` of
    documents: what `group_statements` takes as `weights` and `rarity`. Over the counts of `said`'s own
    documents they are what it computes itself."""
    total = counts.get(DOCUMENTS, 0)
    weights = {f: idf(counts.get("w:" + f, 0), total) for s in said for f in s.features}
    return weights, lambda key: rarity_of(counts.get("f:" + key, 0), total)
