"""Extracting on every core: batches of documents over a process pool, results in input order.

Each worker process loads the spaCy pipeline once (pool initializer) and reads
whole batches, so the cost on top of the parse is one pickle of the documents out
and of the records back. Input is consumed lazily and at most `window` batches are
in flight, so memory stays flat however many documents stream through.

Workers are started with 'spawn' by default. 'fork' reaches the first result
sooner (about 2 s less in bench/scaling.py: no re-import of spaCy) but is not safe
in general: the parent may hold a loaded model and runs a progress-bar thread, and
a lock held by another thread at fork time stays locked in the child. The pool
never needs the parent's model anyway (the parent does not load one), and start-up
is paid once per run; pass `start_method="fork"` where the parent is known to be
single-threaded.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Protocol, TypeVar

from spacy.language import Language

from ..errors import ClaimwatchError, WorkerError
from ..models import Document, Extraction, Rejected
from ..nlp import load_nlp
from .pipeline import extract_documents

Result = Extraction | Rejected
T = TypeVar("T")

DEFAULT_BATCH_SIZE = 8  # documents per task: small enough to balance two workers on a short feed
START_METHOD = "spawn"
# Each worker pays ~2 CPU-seconds to start (imports, model load): about what parsing
# ~10,000 words costs. Below this much text, one process finishes first.
POOL_MIN_CHARS = 150_000


class FutureLike(Protocol):
    """A concurrent.futures or Dask future: all `in_order` needs."""

    def result(self): ...


def default_workers() -> int:
    """The cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_parallel(documents: Iterable[Document], workers: int | None = None, model: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE, window: int | None = None,
                     start_method: str = START_METHOD, min_pool_chars: int = POOL_MIN_CHARS) -> Iterator[Result]:
    """One Extraction per Document, in input order, read by `workers` processes.

    A document whose extraction raises comes back as a `Rejected` in its place and
    the rest go on. The output equals that of `workers=1` record for record.

    Args:
        documents: any iterable, read lazily.
        workers: processes to use; default all cores. 1 reads in this process.
        model: spaCy pipeline name (see `claimwatch.nlp.load_nlp`).
        batch_size: documents per task sent to a worker (and per `nlp.pipe` batch).
        window: batches in flight at once; default two per worker.
        start_method: multiprocessing start method for the workers.
        min_pool_chars: an input shorter than this (or within one batch) is read in
            this process: starting workers would cost more than they save.
    """
    workers = workers or default_workers()
    stream = iter(documents)
    head: list[Document] = []
    if workers > 1:
        chars = 0
        for document in stream:  # read ahead until the input is known to be worth a pool
            head.append(document)
            chars += len(document.text) if isinstance(document.text, str) else 0
            if len(head) > batch_size and chars >= min_pool_chars:
                break
        else:
            workers = 1  # all of it fits in one batch, or is too short to repay starting workers
    batches = batched(chain(head, stream), batch_size)
    if workers == 1:
        nlp = load_nlp(model)
        for batch in batches:
            yield from extract_batch(batch, nlp, batch_size)
        return
    with ExtractionPool(workers, model, start_method) as pool:
        yield from pool.extract(batches, batch_size, window)


class ExtractionPool:
    """Worker processes that each hold a loaded pipeline, reusable across calls.

    For a long-running caller (a service, a benchmark) that should pay the
    start-up once::

        with ExtractionPool(workers=2) as pool:
            pool.warm_up()
            for record in pool.extract(batched(documents, 8)): ...
    """

    def __init__(self, workers: int | None = None, model: str | None = None,
                 start_method: str = START_METHOD) -> None:
        self.workers = workers or default_workers()
        self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(start_method),
                                             initializer=_load_worker_model, initargs=(model,))

    def __enter__(self) -> "ExtractionPool":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def extract(self, batches: Iterable[list[Document]], batch_size: int = DEFAULT_BATCH_SIZE,
                window: int | None = None) -> Iterator[Result]:
        """Results for each batch of documents, in order, with at most `window` batches in flight."""
        submit = lambda batch: self._executor.submit(_extract_in_worker, batch, batch_size)  # noqa: E731
        try:
            for results in in_order(submit, batches, window or 2 * self.workers):
                yield from results
        except BrokenProcessPool as exc:
            raise WorkerError(f"an extraction worker process died ({exc}); try fewer --workers "
                              "or check free memory") from None

    def warm_up(self) -> None:
        """Start every worker and wait until each has its pipeline loaded."""
        seen: set[int] = set()
        while len(seen) < self.workers:
            futures = [self._executor.submit(_ready_worker) for _ in range(self.workers)]
            seen.update(future.result() for future in futures)


@contextmanager
def batch_extractor(workers: int | None = None, model: str | None = None,
                    task_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Callable[[list[Document]], list[Extraction]]]:
    """A function reading a list of documents into Extractions, in order, on `workers` processes.

    The shape `ingest` takes as its extractor: the caller batches and stores, the
    pool (started once, on first use) reads each batch `task_size` documents per task.
    A document that cannot be read raises `ExtractionFailed`, so the caller can
    retry the batch one document at a time and reject just that one.
    """
    workers = workers or default_workers()
    if workers == 1:
        yield lambda documents: _all_read(extract_batch(documents, load_nlp(model), task_size))
        return
    with ExtractionPool(workers, model) as pool:
        yield lambda documents: _all_read(pool.extract(batched(documents, task_size), task_size))


class ExtractionFailed(Exception):
    """A document's extraction raised; the message is the original error."""


def _all_read(results: Iterable[Result]) -> list[Extraction]:
    out = []
    for result in results:
        if isinstance(result, Rejected):
            raise ExtractionFailed(result.reason.removeprefix("extraction failed: "))
        out.append(result)
    return out


def extract_batch(documents: list[Document], nlp: Language, batch_size: int = DEFAULT_BATCH_SIZE) -> list[Result]:
    """Extractions for one batch; if the batch fails, each document is retried alone.

    A document that still fails becomes a `Rejected` naming where it came from,
    so one bad item costs only itself. Used by every backend, so a pool, a Dask
    cluster and a single process give the same records.
    """
    try:
        return list(extract_documents(documents, nlp, batch_size=batch_size))
    except ClaimwatchError:
        raise
    except Exception:  # noqa: BLE001  (an item's failure must not stop the batch)
        return [_extract_alone(document, nlp) for document in documents]


def in_order(submit: Callable[[list[T]], FutureLike], batches: Iterable[list[T]], window: int) -> Iterator:
    """Results of `submit(batch)` for each batch, in batch order, with at most `window` pending.

    Works with any future that has `.result()` (concurrent.futures or Dask).
    """
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` consecutive items (the last may be shorter), read lazily."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _extract_alone(document: Document, nlp: Language) -> Result:
    try:
        return next(extract_documents([document], nlp))
    except ClaimwatchError:
        raise
    except Exception as exc:  # noqa: BLE001
        reason = " ".join(str(exc).split())[:200]
        return Rejected(document.origin or document.id,
                        f"extraction failed: {type(exc).__name__}" + (f": {reason}" if reason else ""))


# Worker side: the model is loaded once per process by the pool initializer; a load
# error is kept and raised by the first task, so it reaches the caller as a ModelError.
_worker_state: dict[str, object] = {}


def _load_worker_model(model: str | None) -> None:
    _exit_with_parent(os.getppid())
    try:
        _worker_state["nlp"] = load_nlp(model)
    except ClaimwatchError as exc:
        _worker_state["error"] = exc


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """A worker whose parent dies without shutting the pool down (kill -9, out of memory) is
    orphaned and would wait for work forever, holding a loaded model; it leaves instead."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _ready_worker() -> int:
    if "error" in _worker_state:
        raise _worker_state["error"]  # type: ignore[misc]
    time.sleep(0.05)  # hold this worker so the next ready-check lands on another one
    return os.getpid()


def _extract_in_worker(documents: list[Document], batch_size: int) -> list[Result]:
    if "error" in _worker_state:
        raise _worker_state["error"]  # type: ignore[misc]
    return extract_batch(documents, _worker_state["nlp"], batch_size)  # type: ignore[arg-type]

