"""RSS and Atom feeds: each entry is one document with its link, date and content.

Entry content is HTML; it is turned into paragraphs of plain text. An entry with
no text (only a title or a link) is rejected, naming the feed and the entry.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timezone

import feedparser
import lxml.html
from lxml.etree import ParserError

from ..models import Document, Rejected
from .decoding import looks_binary

# Elements after which the text starts a new paragraph or line.
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
_DROP = ("script", "style", "noscript", "iframe", "figure", "figcaption")
EMPTY_FEED = "feed has no entries"  # a well-formed feed with nothing in it yet: not an error to a watcher


def looks_like_feed(data: bytes) -> bool:
    """An RSS, Atom or RDF root element near the start of the bytes."""
    head = data[:2048].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read_feed(data: bytes, where: str, *, doc_id: str, published: date | None = None,
              outlet: str | None = None, url: str | None = None) -> Iterator[Document | Rejected]:
    if looks_binary(data):
        yield Rejected(where, "binary file, not a feed (NUL bytes found)")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        yield Rejected(where, f"not an RSS or Atom feed ({problem})" if parsed.bozo and problem
                       else EMPTY_FEED)
        return
    site = parsed.feed.get("title") or outlet
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_document(entry, f"{where}#{number}", doc_id=f"{doc_id}-{number}", published=published,
                             outlet=site)


def entry_document(entry: dict, where: str, *, doc_id: str, published: date | None = None,
                   outlet: str | None = None) -> Document | Rejected:
    """One Document from a feedparser entry, or Rejected when the entry carries no text."""
    title = _clean(entry.get("title"))
    link = entry.get("link") or None
    html = _entry_html(entry)
    text = html_fragment_text(html) if html else ""
    label = f"{where} ({title or link or 'untitled'})"
    if not text:
        return Rejected(label, "feed entry has no text (only a title or link)")
    return Document(
        id=str(entry.get("id") or link or doc_id), text=text, published=_entry_day(entry) or published,
        url=link, outlet=outlet, title=title, author=_clean(entry.get("author")), origin=where,
    )


def _entry_html(entry: dict) -> str:
    """The fullest content the entry has: content:encoded / Atom content, else the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary", "") or entry.get("description", "") or ""


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element, whitespace tidied."""
    if "<" not in html:
        return "\n\n".join(p for p in (" ".join(b.split()) for b in html.split("\n\n")) if p)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for bad in list(root.iter(*_DROP)):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(block.split()) for block in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_day(entry: dict) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date()
    return None


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None
