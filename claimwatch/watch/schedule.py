"""When each source is polled next: the interval, a backoff for failing sources, a polite pace per host.

Pure bookkeeping over a clock the caller passes in, so it is tested without waiting.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from ..errors import ClaimwatchError
from ..store import SourceState

MAX_BACKOFF = 6 * 3600.0  # a failing source is still tried four times a day
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")


def parse_duration(text: str) -> float:
    """Seconds in '90', '30s', '10m', '2h' or '1d'; a ClaimwatchError naming the text otherwise."""
    match = _DURATION.match(text or "")
    if not match or float(match[1]) <= 0:
        raise ClaimwatchError(f"{text!r} is not a duration: write e.g. 30s, 10m, 2h or 1d")
    return float(match[1]) * _UNITS[match[2] or "s"]


def backoff(every: float, failures: int, retry_after: float | None = None) -> float:
    """Seconds until the next poll: `every` while healthy; doubled for each failure in a row,
    up to MAX_BACKOFF (or `every` when that is longer); never sooner than the server asked."""
    if failures <= 0:
        return every
    delay = min(every * 2 ** min(failures, 20), max(every, MAX_BACKOFF))
    return max(delay, retry_after or 0.0)


def host_of(url: str) -> str:
    """What politeness is counted per: the host name, whatever the port."""
    return (urlsplit(url).hostname or url).lower()


class Schedule:
    """The next due time of each source, on the monotonic clock `clock`."""

    def __init__(self, every: float, clock: Callable[[], float]) -> None:
        self.every = every
        self.clock = clock
        self._due: dict[str, float] = {}

    def add(self, state: SourceState, utcnow: datetime | None = None) -> None:
        """A source as stored: due now, unless it was failing and its backoff has not run out
        (a restart does not hammer a broken server)."""
        now = self.clock()
        wait = 0.0
        if state.failures and state.next_poll_at is not None:
            utcnow = utcnow or _utcnow()
            wait = max(0.0, (state.next_poll_at - utcnow).total_seconds())
        self._due[state.url] = now + wait

    def due(self) -> list[str]:
        now = self.clock()
        return sorted((url for url, at in self._due.items() if at <= now), key=lambda u: (self._due[u], u))

    def polled(self, url: str, failures: int, retry_after: float | None = None) -> float:
        """After a poll: set the next due time; returns the seconds until then."""
        delay = backoff(self.every, failures, retry_after)
        self._due[url] = self.clock() + delay
        return delay

    def seconds_to_next(self) -> float:
        if not self._due:
            return self.every
        return max(0.0, min(self._due.values()) - self.clock())


class HostGate:
    """At most one request per `interval` seconds to one host, across threads and polls."""

    def __init__(self, interval: float, clock: Callable[[], float]) -> None:
        self.interval = interval
        self.clock = clock
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait_time(self, host: str) -> float:
        """Seconds before the next request to `host` may go."""
        with self._lock:
            return max(0.0, self._next.get(host, 0.0) - self.clock())

    def sent(self, host: str) -> None:
        """A request to `host` just ended: the next one waits `interval`."""
        with self._lock:
            self._next[host] = self.clock() + self.interval


def next_poll_at(seconds: float) -> datetime:
    """The wall-clock time (naive UTC, as the store keeps times) `seconds` from now."""
    return _utcnow() + timedelta(seconds=seconds)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def since_time(text: str, now: datetime | None = None) -> datetime:
    """The moment `--since` names: a day (2024-10-20, from its start, UTC), a time (2024-10-20T08:00),
    or a duration back from now (2h, 3d); a ClaimwatchError naming the text otherwise."""
    now = now or _utcnow()
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            return now - timedelta(seconds=parse_duration(text))
        except ClaimwatchError:
            raise ClaimwatchError(f"{text!r} is neither a day (2024-10-20), a time (2024-10-20T08:00) "
                                  "nor a duration back from now (2h, 3d)") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment
