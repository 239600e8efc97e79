"""Extracting on a Dask cluster: batches go to the workers, records come back to the client in order.

Each Dask worker process loads the spaCy pipeline once: a worker plugin loads it
when the worker joins, and tasks reuse the per-process cache of `load_nlp`. The
client keeps at most `window` batches in flight and yields results in input
order, so the caller (the CLI, later the store) writes them as they arrive.
The workers need claimwatch and the model installed; they never see the output.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import WorkerError
from ..models import Document
from ..nlp import load_nlp
from .parallel import DEFAULT_BATCH_SIZE, Result, batched, default_workers, extract_batch, in_order

LOCAL = "local"


def extract_on_dask(documents: Iterable[Document], address: str, *, workers: int | None = None,
                    model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                    window: int | None = None) -> Iterator[Result]:
    """One Extraction (or Rejected) per Document, in input order, read on a Dask cluster.

    Args:
        address: a scheduler address (tcp://host:8786) or 'local' to start a
            LocalCluster of `workers` single-threaded processes for the run.
        workers: size of a local cluster; ignored for a remote one.
        window: batches in flight; default two per worker thread of the cluster.
    """
    with dask_client(address, workers) as client:
        yield from extract_with_client(documents, client, model=model, batch_size=batch_size, window=window)


def extract_with_client(documents: Iterable[Document], client: Client, *, model: str | None = None,
                        batch_size: int = DEFAULT_BATCH_SIZE, window: int | None = None) -> Iterator[Result]:
    """Like `extract_on_dask`, on a `distributed.Client` the caller owns (and closes)."""
    client.register_plugin(ModelPreload(model), name=f"claimwatch-model-{model or 'default'}")
    threads = sum(client.nthreads().values()) or 1
    submit = lambda batch: client.submit(_extract_on_worker, batch, model, batch_size, pure=False)  # noqa: E731
    for results in in_order(submit, batched(documents, batch_size), window or 2 * threads):
        yield from results


@contextmanager
def dask_client(address: str, workers: int | None = None) -> Iterator[Client]:
    """A connected `distributed.Client`; for 'local', on a LocalCluster started and stopped here."""
    if address == LOCAL:
        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise WorkerError(f"cannot reach the Dask scheduler at {address}: {exc}; "
                          "start one with `dask scheduler` or use --dask local") from None
    with client:
        yield client


def _extract_on_worker(documents: list[Document], model: str | None, batch_size: int) -> list[Result]:
    return extract_batch(documents, load_nlp(model), batch_size)


class ModelPreload(WorkerPlugin):
    """Worker plugin: load the pipeline when a worker starts, so no task pays for it."""

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker) -> None:
        load_nlp(self.model)
