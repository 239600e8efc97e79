"""Saved web pages: the article text and its metadata, without the page chrome.

trafilatura finds the main text, title, author and site name; htmldate finds the
publication date when the page metadata does not give one.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import lxml.html
import trafilatura
from htmldate import find_date
from lxml.etree import ParserError

from ..models import Document, Rejected
from .decoding import looks_binary, parse_date


def read_html(data: bytes, where: str, *, doc_id: str, published: date | None = None,
              outlet: str | None = None, url: str | None = None) -> Iterator[Document | Rejected]:
    if looks_binary(data):
        yield Rejected(where, "binary file, not HTML (NUL bytes found)")
        return
    html = data.decode("utf-8", errors="replace")
    yield html_document(html, where, doc_id=doc_id, published=published, outlet=outlet, url=url)


# trafilatura's fallback extractors return whatever text a page has, menus included; below
# this many words such a fallback is page chrome, not an article.
MIN_FALLBACK_WORDS = 25


def _article(html: str, url: str | None):
    """trafilatura's precise extraction first, its recall-oriented fallbacks second."""
    options = {"url": url, "with_metadata": True, "include_comments": False}
    meta = trafilatura.bare_extraction(html, favor_precision=True, fast=True, **options)
    if meta is not None and getattr(meta, "text", None):
        return meta
    meta = trafilatura.bare_extraction(_without_chrome(html), **options)
    if meta is not None and len((getattr(meta, "text", None) or "").split()) >= MIN_FALLBACK_WORDS:
        return meta
    return None


def html_document(html: str, where: str, *, doc_id: str, published: date | None = None,
                  outlet: str | None = None, url: str | None = None) -> Document | Rejected:
    """One Document from a page's HTML, or Rejected when no article text is in it."""
    meta = _article(html, url)
    text = getattr(meta, "text", None) if meta is not None else None
    if not text or not text.strip():
        return Rejected(where, "no article text found in the HTML")
    # The page's own date and site name come first; the options fill in what it lacks.
    found = getattr(meta, "date", None) or find_date(html, original_date=True, outputformat="%Y-%m-%d")
    try:
        day = parse_date(found) or published
    except ValueError:
        day = published
    return Document(
        id=doc_id, text=text, published=day,
        url=url or getattr(meta, "url", None),
        outlet=getattr(meta, "sitename", None) or outlet,
        title=getattr(meta, "title", None),
        author=getattr(meta, "author", None),
        origin=where,
    )


# Page chrome: the fallback extractors would take these for text on a page whose
# article they cannot find, so they go before the fallback runs.
_CHROME = ("nav", "footer", "aside", "form", "script", "style", "noscript")


def _without_chrome(html: str) -> str | lxml.html.HtmlElement:
    """The parsed page with navigation, footers, sidebars and forms removed."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return html
    for element in list(tree.iter(*_CHROME)):
        element.drop_tree()
    return tree
