"""Plain text files: the whole file is one document."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..models import Document, Rejected
from .decoding import decode_utf8, looks_binary


def read_text(data: bytes, where: str, *, doc_id: str, published: date | None = None,
              outlet: str | None = None, url: str | None = None) -> Iterator[Document | Rejected]:
    if looks_binary(data):
        yield Rejected(where, "binary file, not text (NUL bytes found)")
        return
    try:
        text = decode_utf8(data, where)
    except ValueError as exc:
        yield Rejected(where, str(exc).removeprefix(f"{where}: "))
        return
    yield Document(id=doc_id, text=text, published=published, outlet=outlet, url=url, origin=where)
