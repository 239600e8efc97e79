"""Watching a situation: sources polled on a schedule into the store and the picture.

One poll: the due sources are fetched (conditionally, a few hosts at once, one request at
a time per host, a polite pause between two to the same host); each new body's documents
are extracted and stored as soon as its fetch returns, and only then is the source's state
(validators, health) saved; then the picture is brought up to date, which records the
changes (claimwatch.store.picture_changes), and alerts go out. A source that fails is
logged by name and backed off; the others go on.

Nothing is lost to Ctrl-C or kill -9: a source's validators are saved only after its
documents are stored, so a rerun fetches again what was not stored; documents stored but
not yet in the picture are brought in when the watch starts again; alerts resume from the
last one delivered.
"""
from __future__ import annotations

import ctypes
import functools
import gc
import logging
import os
import queue
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from sqlalchemy.exc import SQLAlchemyError

from ..errors import ClaimwatchError
from ..ingest.feed import EMPTY_FEED, read_feed
from ..ingest.web import is_feed, is_url, read_fetched
from ..models import Document, Rejected
from ..pipeline import Extractor, local_extractor, store_documents, update_picture
from ..store import SourceState, Store, StoreError
from ..store.watch_state import latest_change_id, load_sources, save_source
from .alerts import Webhook
from .fetch import FetchFailed, Fetched, fetch, new_client
from .schedule import HostGate, Schedule, host_of, next_poll_at

log = logging.getLogger("claimwatch.watch")
HOSTS_AT_ONCE = 8  # hosts fetched from in parallel; requests to one host never overlap
_POSITION = re.compile(r"#\d+\b")
_REJECTIONS_KEPT = 10_000  # entry rejections remembered, so each is logged once


@dataclass
class PollReport:
    """What one poll did."""

    polled: int = 0
    unchanged: int = 0
    stored: int = 0
    changes: int = 0
    alerts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    def summary(self) -> str:
        text = (f"{self.polled} polled ({self.unchanged} unchanged), {self.stored} new document(s), "
                f"{self.changes} change(s)")
        if self.alerts:
            text += f", {self.alerts} alert(s) sent"
        if self.failed:
            text += f", {len(self.failed)} failing: " + ", ".join(url for url, _ in self.failed)
        return text


class Watcher:
    """Polls `sources` into `store` every `every` seconds until stopped.

    Args:
        store: where documents, source states and changes go.
        sources: http(s) URLs of feeds or pages.
        every: seconds between two polls of a healthy source.
        timeout: seconds to wait for a server to connect or to answer.
        host_interval: least seconds between two requests to one host.
        extractor: reads a batch of documents (default: spaCy in this process).
        webhook: where alerts go, if any.
        apart: bring the picture up to date in a forked child process (where the system can fork),
            so that its working memory goes back to the system whole after each poll (see `_apart`).
    """

    def __init__(self, store: Store, sources: Sequence[str], *, every: float, timeout: float = 30.0,
                 host_interval: float = 1.0, extractor: Extractor | None = None, webhook: Webhook | None = None,
                 clock: Callable[[], float] = time.monotonic, apart: bool = False) -> None:
        bad = [s for s in sources if not is_url(s)]
        if bad:
            raise ClaimwatchError(f"{bad[0]}: not an http(s) URL; watch polls feeds and pages on the web "
                                  "(use `claimwatch ingest` for files)")
        if not sources:
            raise ClaimwatchError("no sources to watch: name feeds or pages by their http(s) URLs")
        self.store, self.timeout, self.webhook = store, timeout, webhook
        self.apart = apart and hasattr(os, "fork")
        self._warm = False  # whether an update ran in this process (see `_update_picture`)
        self.extractor = extractor or local_extractor()
        self.stopping = threading.Event()
        self.schedule = Schedule(every, clock)
        self.gate = HostGate(host_interval, clock)
        self.states: dict[str, SourceState] = load_sources(store, sources)
        for state in self.states.values():
            self.schedule.add(state)
        self._client = new_client(timeout)
        self._rejections: set[str] = set()

    # -- the loop ------------------------------------------------------------------------------

    def run(self, *, once: bool = False, on_poll: Callable[[PollReport], None] | None = None) -> None:
        """Poll until `stop()` (or, with `once`, poll every source one time)."""
        self.catch_up()
        while not self.stopping.is_set():
            due = list(self.states) if once else self.schedule.due()
            wait = None
            if due:
                try:
                    report = self.poll(due)
                except (StoreError, SQLAlchemyError) as exc:
                    if once:
                        raise
                    # The database went away (a server restart): nothing of this poll was saved as done,
                    # so the same sources are polled again once it is back.
                    log.error("the store cannot be used (%s); trying again in %s", exc,
                              _say_seconds(self.schedule.every))
                    wait = self.schedule.every
                else:
                    if on_poll:
                        on_poll(report)
            if once:
                return
            self.stopping.wait(self.schedule.seconds_to_next() if wait is None else wait)

    def stop(self) -> None:
        self.stopping.set()

    def close(self) -> None:
        self._client.close()
        if self.webhook:
            self.webhook.close()

    def catch_up(self) -> int:
        """What a stopped watch left: stored documents brought into the picture, alerts sent."""
        before = latest_change_id(self.store)
        self._update_picture()
        if self.webhook:
            self.webhook.deliver()
        return latest_change_id(self.store) - before

    def poll(self, urls: Sequence[str] | None = None) -> PollReport:
        """One poll of `urls` (default: the due sources): fetch, store, update the picture, alert."""
        report = PollReport()
        for state, outcome in self._fetch_all([self.states[u] for u in (urls or self.schedule.due())]):
            report.polled += 1
            try:
                self._take(state, outcome, report)
            except Exception as exc:  # noqa: BLE001 - one source's trouble must not stop the others
                self._failed(state, f"{type(exc).__name__}: {exc}", report)
        before = latest_change_id(self.store)
        try:
            self._update_picture()
        except ClaimwatchError as exc:
            log.warning("the picture could not be updated this time (%s); the next poll tries again", exc)
        report.changes = latest_change_id(self.store) - before
        if self.webhook:
            report.alerts = self.webhook.deliver()
        _release_memory()
        return report

    def _update_picture(self) -> None:
        """The first update that has work runs here, which fills the consolidation's tables and
        caches once for every child to share; later ones run apart (see `_apart`)."""
        if self.apart and self._warm:
            _apart(self.store, lambda: update_picture(self.store))
        else:
            self._warm = update_picture(self.store) or self._warm

    # -- one source ----------------------------------------------------------------------------

    def _take(self, state: SourceState, outcome: Fetched | FetchFailed, report: PollReport) -> None:
        """Store what one fetch brought, then save the source's state (in that order: see the module)."""
        if isinstance(outcome, FetchFailed):
            self._failed(state, str(outcome), report, outcome.retry_after)
            return
        now = _utcnow()
        kind, entries, stored = state.kind, state.last_items, 0
        if outcome.changed:
            kind = kind or ("feed" if is_feed(outcome.body, outcome.content_type) else "page")
            documents, problem = self._read(state.url, kind, outcome)
            if problem is not None:
                self._failed(state, problem, report)
                return
            stored = store_documents(documents, self.store, extractor=self.extractor,
                                     on_rejected=self._rejected).stored
            entries = len(documents)
        else:
            report.unchanged += 1
        report.stored += stored
        delay = self.schedule.polled(state.url, 0)
        self._save(replace(state, kind=kind, etag=outcome.etag, last_modified=outcome.last_modified,
                           body_hash=outcome.body_hash, polls=state.polls + 1, items_seen=state.items_seen + stored,
                           last_items=entries, failures=0, last_checked_at=now, last_success_at=now,
                           next_poll_at=next_poll_at(delay)))

    def _read(self, url: str, kind: str, fetched: Fetched) -> tuple[list[Document], str | None]:
        """The documents of a new body, or the reason the source as a whole cannot be read.
        A source first read as a feed is always read as one: a broken feed is an error, not a page."""
        assert fetched.body is not None
        items = (read_feed(fetched.body, url, doc_id=url) if kind == "feed"
                 else read_fetched(fetched.body, url, fetched.content_type))
        documents: list[Document] = []
        for item in items:
            if isinstance(item, Rejected):
                if item.where == url and item.reason == EMPTY_FEED:
                    continue
                if item.where == url:
                    return [], item.reason
                self._rejected(item)
            else:
                documents.append(item)
        return documents, None

    def _failed(self, state: SourceState, reason: str, report: PollReport, retry_after: float | None = None) -> None:
        failures = state.failures + 1
        delay = self.schedule.polled(state.url, failures, retry_after)
        now = _utcnow()
        log.warning("%s: %s (failed %d time(s) in a row; next try in %s)", state.url, reason, failures,
                    _say_seconds(delay))
        report.failed.append((state.url, reason))
        self._save(replace(state, polls=state.polls + 1, failures=failures, last_checked_at=now,
                           last_error=reason, last_error_at=now, next_poll_at=next_poll_at(delay)))

    def _rejected(self, item: Rejected) -> None:
        """An entry that cannot be stored: logged once, naming the source and the entry (known by its
        title and reason: its position '#3' moves as new entries come in above it)."""
        key = _POSITION.sub("", str(item))
        if key in self._rejections:
            return
        if len(self._rejections) >= _REJECTIONS_KEPT:
            self._rejections.clear()
        self._rejections.add(key)
        log.warning("rejected %s", item)

    def _save(self, state: SourceState) -> None:
        self.states[state.url] = state
        save_source(self.store, state)

    # -- fetching ------------------------------------------------------------------------------

    def _fetch_all(self, states: list[SourceState]) -> Iterator[tuple[SourceState, Fetched | FetchFailed]]:
        """Each source's fetch outcome as soon as it is there. One thread per host (up to HOSTS_AT_ONCE
        hosts at once) fetches that host's sources one after another, pausing between two as the gate
        says. Daemon threads: Ctrl-C never waits for a slow server."""
        work: queue.SimpleQueue[tuple[str, list[SourceState]]] = queue.SimpleQueue()
        by_host: dict[str, list[SourceState]] = defaultdict(list)
        for state in states:
            by_host[host_of(state.url)].append(state)
        for item in by_host.items():
            work.put(item)
        done: queue.SimpleQueue[tuple[SourceState, Fetched | FetchFailed | None]] = queue.SimpleQueue()

        def worker() -> None:
            while True:
                try:
                    host, group = work.get_nowait()
                except queue.Empty:
                    return
                for state in group:
                    done.put((state, None if self._wait_for(host) else self._fetch(host, state)))

        for _ in range(min(HOSTS_AT_ONCE, len(by_host))):
            threading.Thread(target=worker, name="claimwatch-fetch", daemon=True).start()
        for _ in states:
            state, outcome = done.get()
            if outcome is not None:
                yield state, outcome

    def _wait_for(self, host: str) -> bool:
        """Wait for the host's turn; True when the watch is stopping instead."""
        while (wait := self.gate.wait_time(host)) > 0:
            if self.stopping.wait(wait):
                return True
        return self.stopping.is_set()

    def _fetch(self, host: str, state: SourceState) -> Fetched | FetchFailed:
        try:
            return fetch(self._client, state, timeout=self.timeout)
        except FetchFailed as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - a bug in one fetch is that source's failure only
            return FetchFailed(f"unexpected {type(exc).__name__}: {exc}")
        finally:
            self.gate.sent(host)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _apart(store: Store, work: Callable[[], object]) -> None:
    """Run `work` on `store` in a forked child and wait for it; its error is raised here.

    Why (issue 14): a picture update churns through a working set that grows with the stored
    neighbourhood, and CPython's small-object allocator gives a 1 MiB arena back only once every
    object in it is freed, so in the watcher's own process each update left a few arenas pinned
    by the objects that live on (RSS +40 KB a document taken in, with gc and malloc_trim after
    every poll). A child's heap goes back to the system whole when it exits. The child shares the
    loaded model and tables with the parent (copy-on-write) and opens its own connections.
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read)
        code, said = 0, b""
        try:
            store.engine.dispose(close=False)  # the parent's pooled connections stay the parent's
            work()
        except BaseException as exc:  # noqa: BLE001 - told to the parent, which decides
            kind = "store" if isinstance(exc, (StoreError, SQLAlchemyError)) else \
                "claimwatch" if isinstance(exc, ClaimwatchError) else \
                "interrupted" if isinstance(exc, KeyboardInterrupt) else "error"
            code, said = 1, f"{kind}\n{type(exc).__name__}: {exc}".encode() if kind == "error" else \
                f"{kind}\n{exc}".encode()
        finally:
            try:
                os.write(write, said)
            finally:
                os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read().decode(errors="replace")
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        return
    kind, _, message = said.partition("\n")
    if kind == "interrupted":
        raise KeyboardInterrupt
    if kind == "store":
        raise StoreError(message)
    if kind == "error":
        raise RuntimeError(f"the picture update failed: {message}")
    raise ClaimwatchError(message or f"the picture update stopped (exit status {code})")


def _release_memory() -> None:
    """After a poll, collect cycles and hand the freed heap back to the system: a watch runs for weeks,
    and glibc otherwise keeps the high-water mark of the largest picture update for good."""
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@functools.cache
def _libc():
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 - glibc only
    except (OSError, AttributeError):
        return None
    return libc


def _say_seconds(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.3g}{unit}"
    return f"{seconds:.3g}s"
