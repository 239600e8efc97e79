"""extract_with_client: a Dask LocalCluster of two worker processes gives the single-process records."""
from __future__ import annotations

from datetime import date

import pytest

distributed = pytest.importorskip("distributed")

from claimwatch.extract.cluster import extract_with_client  # noqa: E402
from claimwatch.extract.parallel import extract_parallel  # noqa: E402
from claimwatch.models import Document  # noqa: E402

TEXTS = [
    "The water board said on Tuesday that 12 wells had run dry.",
    "Police denied that 200 people were detained at the march on May 2.",
    "The company reported a loss of $4.5 million for the quarter, its chief executive said.",
    "Health officials could not confirm the figure of 30 new cases.",
]


@pytest.mark.slow
def test_local_cluster_of_two_workers_equals_one_process() -> None:
    documents = [Document(id=f"c{n}", text=t, published=date(2025, 5, 6)) for n, t in enumerate(TEXTS)]
    single = list(extract_parallel(documents, workers=1))

    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        clustered = list(extract_with_client(documents, client, batch_size=1))
        assert len(client.nthreads()) == 2

    assert clustered == single
    assert [r.id for r in clustered] == ["c0", "c1", "c2", "c3"]
