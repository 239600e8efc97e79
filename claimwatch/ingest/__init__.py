"""Reading documents from files, folders and stdin.

Every reader yields `Document`s and, for items it cannot read, `Rejected`
records naming the file and line, so a batch goes on past bad input.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..models import Document, Rejected
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .web import is_url, read_url

Item = Document | Rejected

# Suffix -> reader; a folder is walked and each file read by its suffix.
READERS = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}


def read_sources(sources: Iterable[str | Path], *, published: date | None = None,
                 outlet: str | None = None, url: str | None = None) -> Iterator[Item]:
    """Documents from each source in turn: files by suffix, folders recursively, '-' for stdin,
    http(s) URLs of feeds or pages.

    `published`, `outlet` and `url` fill in what a plain text file cannot say itself.
    """
    defaults = {"published": published, "outlet": outlet, "url": url}
    for source in sources:
        if str(source) == "-":
            yield from read_stdin(defaults)
            continue
        if is_url(str(source)):
            yield from read_url(str(source), **defaults)
            continue
        path = Path(source)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in READERS:
                    yield from _read_file(child, defaults, base=path)
        elif path.is_file():
            yield from _read_file(path, defaults)
        else:
            yield Rejected(str(path), "no such file or folder")


def _read_file(path: Path, defaults: dict, base: Path | None = None) -> Iterator[Item]:
    reader = READERS.get(path.suffix.lower(), read_text)
    doc_id = str(path.relative_to(base).with_suffix("")) if base else path.stem
    if reader is read_jsonl:  # stream: a feed of any length is read one line at a time
        try:
            with path.open("rb") as lines:
                yield from reader(lines, str(path), doc_id=doc_id, **defaults)
        except OSError as exc:
            yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from reader(data, str(path), doc_id=doc_id, **defaults)


def read_stdin(defaults: dict) -> Iterator[Item]:
    """JSON Lines when the first non-blank character is '{', else one plain text."""
    data = sys.stdin.buffer.read()
    reader = read_jsonl if data.lstrip()[:1] == b"{" else read_text
    yield from reader(data, "<stdin>", doc_id="stdin", **defaults)
