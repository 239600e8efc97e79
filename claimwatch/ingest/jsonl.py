"""JSON Lines: one document per line, as in shared/eval/FORMAT.md.

Each line is decoded on its own, so one bad line (not JSON, no text, bad bytes)
is rejected with its line number while the rest of the file goes through.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from ..models import Document, Rejected
from .decoding import parse_date


def read_jsonl(data: bytes | Iterable[bytes], where: str, *, doc_id: str, published: date | None = None,
               outlet: str | None = None, url: str | None = None) -> Iterator[Document | Rejected]:
    """Documents from JSON Lines given as bytes or as an iterable of lines (an open binary file
    streams: one line in memory at a time)."""
    lines = data.split(b"\n") if isinstance(data, bytes) else data
    for number, raw in enumerate(lines, start=1):
        here = f"{where}:{number}"
        if not raw.strip():
            continue
        if b"\x00" in raw:
            yield Rejected(here, "binary data, not a JSON line")
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Rejected(here, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(here, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _document(record, here, f"{doc_id}-{number}", published, outlet, url)


def _document(record: object, here: str, fallback_id: str, published: date | None,
              outlet: str | None, url: str | None) -> Document | Rejected:
    if not isinstance(record, dict):
        return Rejected(here, f"expected a JSON object, got {type(record).__name__}")
    if "text" not in record:
        return Rejected(here, "no 'text' field")
    text = record["text"]
    if not isinstance(text, str):
        return Rejected(here, f"'text' must be a string, got {type(text).__name__}")
    try:
        day = parse_date(record.get("published")) or published
    except ValueError as exc:
        return Rejected(here, str(exc))
    return Document(
        id=str(record["id"]) if record.get("id") is not None else fallback_id,
        text=text,
        published=day,
        url=_opt_str(record.get("url")) or url,
        outlet=_opt_str(record.get("outlet")) or outlet,
        title=_opt_str(record.get("title")),
        author=_opt_str(record.get("author")),
        origin=here,
    )


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
