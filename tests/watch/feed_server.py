"""A loopback feed server whose feeds change between polls, and that can misbehave on purpose.

Used by the watch tests and by bench/watch_soak.py. Each feed is RSS 2.0 built from its
items; it answers conditional requests (ETag and Last-Modified, 304 when unchanged) and
counts them. A path can instead answer 500, hang past the client's timeout, redirect to
itself forever, or serve a body that is not a feed.
"""
from __future__ import annotations

import hashlib
import http.server
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

MISBEHAVIOURS = ("500", "hang", "loop", "malformed")


@dataclass
class Item:
    id: str
    title: str
    text: str
    published: datetime


@dataclass
class Feed:
    title: str
    items: list[Item] = field(default_factory=list)
    keep: int = 20  # a feed shows its latest items only, as real feeds do
    version: int = 0
    changed_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc).replace(microsecond=0))

    def body(self, base: str) -> bytes:
        entries = "".join(
            f"<item><guid isPermaLink=\"false\">{escape(i.id)}</guid><title>{escape(i.title)}</title>"
            f"<link>{escape(base)}/items/{escape(i.id)}</link><pubDate>{format_datetime(i.published)}</pubDate>"
            f"<description>{escape(i.text)}</description></item>"
            for i in reversed(self.items[-self.keep:]))
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{escape(self.title)}"
                f"</title><link>{escape(base)}</link><description>test feed</description>{entries}</channel></rss>"
                ).encode("utf-8")

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(f"{self.title}:{self.version}".encode()).hexdigest()[:16] + '"'


class FeedServer:
    """Serves `feeds` by path on 127.0.0.1 (or another loopback address) at a free port."""

    def __init__(self, host: str = "127.0.0.1", hang_seconds: float = 5.0) -> None:
        self.feeds: dict[str, Feed] = {}
        self.misbehaving: dict[str, str] = {}  # path -> one of MISBEHAVIOURS
        self.requests: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.hang_seconds = hang_seconds
        self.lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                server._answer(self)

        self.httpd = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FeedServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def add_feed(self, path: str, title: str, keep: int = 20) -> str:
        with self.lock:
            self.feeds[path] = Feed(title, keep=keep)
        return self.url(path)

    def publish(self, path: str, item_id: str, title: str, text: str, published: datetime | None = None) -> None:
        """A new item at the top of the feed: its version (and ETag, Last-Modified) changes."""
        with self.lock:
            feed = self.feeds[path]
            feed.items.append(Item(item_id, title, text, published or datetime.now(timezone.utc)))
            feed.version += 1
            feed.changed_at = max(datetime.now(timezone.utc).replace(microsecond=0), feed.changed_at)

    def _answer(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = handler.path.lstrip("/")
        with self.lock:
            self.requests[path] += 1
            trouble = self.misbehaving.get(path)
            feed = self.feeds.get(path)
            body = feed.body(self.base) if feed else b""
            etag, modified = (feed.etag, format_datetime(feed.changed_at, usegmt=True)) if feed else ("", "")
        if trouble == "500":
            return _send(handler, 500, b"internal error", "text/plain")
        if trouble == "hang":
            time.sleep(self.hang_seconds)
            return _send(handler, 200, body, "application/rss+xml")
        if trouble == "loop":
            handler.send_response(302)
            handler.send_header("Location", f"/{path}")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None
        if trouble == "malformed":
            return _send(handler, 200, b"<rss version=\"2.0\"><channel><title>broken<item><title>half",
                         "application/rss+xml")
        if feed is None:
            return _send(handler, 404, b"no such feed", "text/plain")
        if handler.headers.get("If-None-Match") == etag:
            with self.lock:
                self.not_modified[path] += 1
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return None
        return _send(handler, 200, body, "application/rss+xml", {"ETag": etag, "Last-Modified": modified})


def _send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes, kind: str,
          headers: dict[str, str] | None = None) -> None:
    try:
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client gave up (a timeout test): nothing to answer
