"""Fetching a watched source with a conditional request: nothing is downloaded twice.

httpx does the HTTP (connection reuse across polls, redirects with a limit, separate
connect and read timeouts); this module adds the source's validators (ETag,
Last-Modified) to each request and turns every way a fetch can fail into one
`FetchFailed` with a one-line reason, so the watcher can log it and back off.
"""
from __future__ import annotations

import email.utils
import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

from ..errors import ClaimwatchError
from ..store import SourceState

USER_AGENT = "claimwatch-watch (news claim ledger; polls politely, conditional requests)"
MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5


class FetchFailed(ClaimwatchError):
    """A source could not be fetched this time; `retry_after` is the wait its server asked for, if any."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Fetched:
    """What a poll brought: a new body (with its validators), or None when the source has not changed."""

    body: bytes | None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None

    @property
    def changed(self) -> bool:
        return self.body is not None


def new_client(timeout: float) -> httpx.Client:
    """One client for the whole watch: connections to a host are reused from poll to poll."""
    return httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=MAX_REDIRECTS,
                        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})


def fetch(client: httpx.Client, state: SourceState, *, timeout: float, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET the source, asking only for a body that changed since `state`'s validators.

    A 304, or a body whose hash equals the last one (servers that send no validators),
    is 'unchanged'. Raises FetchFailed for an HTTP error, a timeout, a redirect loop,
    a body over `max_bytes` or an unreachable host.
    """
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    deadline = time.monotonic() + 2 * timeout  # a server trickling bytes still ends
    try:
        with client.stream("GET", state.url, headers=headers) as response:
            if response.status_code == 304:
                return Fetched(None, etag=state.etag, last_modified=state.last_modified, body_hash=state.body_hash)
            if response.status_code >= 400:
                raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                                  retry_after=_retry_after(response.headers.get("Retry-After")))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchFailed(f"larger than {max_bytes // 1_000_000} MB; not read")
                if time.monotonic() > deadline:
                    raise FetchFailed(f"timed out after {2 * timeout:g}s reading the body")
                chunks.append(chunk)
            body = b"".join(chunks)
            etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
            kind = response.headers.get("Content-Type", "")
    except httpx.TooManyRedirects:
        raise FetchFailed(f"redirect loop: more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException:
        raise FetchFailed(f"timed out after {timeout:g}s") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchFailed(f"not a URL that can be fetched: {exc}") from None
    except httpx.HTTPError as exc:
        raise FetchFailed(f"cannot fetch: {exc or type(exc).__name__}") from None
    digest = hashlib.sha256(body).hexdigest()
    if digest == state.body_hash:
        return Fetched(None, etag=etag or state.etag, last_modified=modified or state.last_modified, body_hash=digest)
    return Fetched(body, kind, etag, modified, digest)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
