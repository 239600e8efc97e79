"""The stored picture at scale: adding 100 documents, the claims board, a full reconsolidate.

    python bench/picture_scale.py 1000 10000 50000     # store sizes (documents)

Stores are filled with articles written by tests/picture/synthetic.py (varied names, places,
figures and dates, extraction records written with them, so no model reads them and claims
and actors really grow with the store). For each size: a full `reconsolidate`, then 100 new
documents added and brought into the picture incrementally (`update_picture`), then the
claims board (`Service.claims`, as the dashboard and /api/claims call it) timed 20 times.
Targets (issue 13): add-100 time grows at most 1.5x from the smallest to the largest store;
board p95 < 200 ms at the largest. Ratios, not absolute times, are what to compare.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "picture"))


def measure(size: int) -> dict[str, float]:
    from synthetic import article

    from claimwatch.api.service import Service
    from claimwatch.pipeline import reconsolidate, update_picture
    from claimwatch.store import Store

    url = f"sqlite:///{tempfile.mkdtemp()}/scale.db"
    with Store(url) as store:
        for start in range(0, size, 500):
            store.add_many([article(n) for n in range(start, min(size, start + 500))])
        started = time.perf_counter()
        reconsolidate(store)
        full = time.perf_counter() - started
        store.add_many([article(n) for n in range(size, size + 100)])
        started = time.perf_counter()
        update_picture(store)
        add = time.perf_counter() - started
        service = Service(store=store)
        service.claims()  # the first view reads the stored picture
        times = []
        for _ in range(20):
            started = time.perf_counter()
            service.claims()
            times.append(time.perf_counter() - started)
        board = statistics.quantiles(times, n=20)[-1]
    return {"documents": size, "reconsolidate_s": full, "add_100_s": add, "board_p95_ms": board * 1000}


def main(sizes: list[int]) -> None:
    rows = [measure(size) for size in sizes]
    print("| documents | full reconsolidate (s) | add 100 documents (s) | claims board p95 (ms) |")
    print("| ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['documents']:,} | {r['reconsolidate_s']:.1f} | {r['add_100_s']:.1f} | {r['board_p95_ms']:.0f} |")
    print(f"\nadd-100 ratio largest/smallest: {rows[-1]['add_100_s'] / rows[0]['add_100_s']:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 50000])
