"""The stored picture at scale: adding 100 documents, the claims board and /api/claims, a full reconsolidate.

    python bench/picture_scale.py 1000 10000 50000     # store sizes (documents)

Stores are filled with articles written by tests/picture/synthetic.py (varied names, places,
figures and dates, so claims and actors really grow with the store). Their extraction records
are written with the text, once, and stored as they are: no model extracts them (on a shared
2-core machine spaCy would take hours over 50k documents); consolidation still parses the
statements' contents, as it does for real news. For each size: a full `reconsolidate`, then
two batches of 100 new documents each brought into the picture incrementally
(`update_picture`, median taken), then the claims board (GET /) and GET /api/claims, both read
by paged SQL (store/picture_queries.py), each timed 20 times after a first view.
Targets (issue 13): add-100 time grows at most 1.5x from the smallest to the largest store;
board and /api/claims p95 < 200 ms at the largest. Ratios to the smallest store, measured in
the same run, are what to compare.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "picture"))

VIEWS = 20  # timed requests per page
BATCHES = 2  # batches of 100 documents added, the median reported


def measure(size: int) -> dict[str, float]:
    from fastapi.testclient import TestClient
    from synthetic import article

    from claimwatch.api.app import create_app
    from claimwatch.pipeline import reconsolidate, update_picture
    from claimwatch.store import Store

    url = f"sqlite:///{tempfile.mkdtemp()}/scale.db"
    with Store(url) as store:
        started = time.perf_counter()
        for start in range(0, size, 500):
            store.add_many([article(n) for n in range(start, min(size, start + 500))])
        fill = time.perf_counter() - started
        started = time.perf_counter()
        reconsolidate(store)
        full = time.perf_counter() - started
        adds = []
        for batch in range(BATCHES):
            first = size + 100 * batch
            store.add_many([article(n) for n in range(first, first + 100)])
            started = time.perf_counter()
            update_picture(store)
            adds.append(time.perf_counter() - started)
        claims = store.count()
    client = TestClient(create_app(url), base_url="http://127.0.0.1:8000")
    pages = {}
    for name, path in (("board", "/"), ("api", "/api/claims")):
        assert client.get(path).status_code == 200  # the first view
        times = []
        for _ in range(VIEWS):
            started = time.perf_counter()
            response = client.get(path)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text[:200]
        pages[name] = statistics.quantiles(times, n=20)[-1] * 1000
    row = {"documents": size, "statements": claims.get("statements", 0), "fill_s": fill, "reconsolidate_s": full,
           "add_100_s": statistics.median(adds), "add_100_all": adds, "board_p95_ms": pages["board"],
           "api_p95_ms": pages["api"]}
    print(row, file=sys.stderr, flush=True)
    return row


def main(sizes: list[int]) -> None:
    rows = [measure(size) for size in sizes]
    base = rows[0]
    print("| documents | statements | full reconsolidate (s) | add 100 documents (s, median of 2) | add-100 ratio "
          "| claims board p95 (ms) | /api/claims p95 (ms) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['documents']:,} | {r['statements']:,} | {r['reconsolidate_s']:.1f} | {r['add_100_s']:.1f} "
              f"({', '.join(f'{a:.1f}' for a in r['add_100_all'])}) | {r['add_100_s'] / base['add_100_s']:.2f} "
              f"| {r['board_p95_ms']:.0f} | {r['api_p95_ms']:.0f} |")
    print(f"\nadd-100 ratio largest/smallest: {rows[-1]['add_100_s'] / base['add_100_s']:.2f} (target <= 1.5); "
          f"reconsolidate ratio: {rows[-1]['reconsolidate_s'] / base['reconsolidate_s']:.2f} "
          f"for {rows[-1]['documents'] / base['documents']:.0f}x the documents")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 50000])
