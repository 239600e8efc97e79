"""Sources given as http(s) URLs: a feed is read entry by entry, a page as one article."""
from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date

from ..models import Document, Rejected
from .feed import looks_like_feed, read_feed
from .html import read_html

TIMEOUT_SECONDS = 30
MAX_BYTES = 20_000_000
USER_AGENT = "claimwatch (news claim ledger)"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_url(source: str, *, published: date | None = None, outlet: str | None = None,
             url: str | None = None) -> Iterator[Document | Rejected]:
    """Fetch `source` and read it as a feed (RSS/Atom) or, failing that, as an HTML article.

    `url` is ignored: a fetched page's URL is the one it was fetched from.
    """
    url = source
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            kind = response.headers.get("Content-Type", "")
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        yield Rejected(url, f"HTTP {exc.code} {exc.reason}")
        return
    except (urllib.error.URLError, OSError, ValueError) as exc:
        yield Rejected(url, f"cannot fetch: {getattr(exc, 'reason', exc)}")
        return
    if len(data) > MAX_BYTES:
        yield Rejected(url, f"larger than {MAX_BYTES // 1_000_000} MB; save it and ingest the file")
        return
    yield from read_fetched(data, url, kind, published=published, outlet=outlet)


def is_feed(data: bytes, content_type: str = "") -> bool:
    """Fetched bytes are a feed by their root element, or by what the server calls them."""
    return looks_like_feed(data) or any(k in content_type for k in ("rss", "atom"))


def read_fetched(data: bytes, url: str, content_type: str = "", *, published: date | None = None,
                 outlet: str | None = None) -> Iterator[Document | Rejected]:
    """The documents of bytes fetched from `url`: a feed entry by entry, else the page as one article.
    Shared by `ingest URL` and `watch`, so both read a source the same way."""
    if is_feed(data, content_type):
        yield from read_feed(data, url, doc_id=url, published=published, outlet=outlet)
    else:
        yield from read_html(data, url, doc_id=url, published=published, outlet=outlet, url=url)
