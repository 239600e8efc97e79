"""The stored picture at scale: full reconsolidate, adding 100 documents, the board and /api/claims.

    python bench/picture_scale.py 1000 10000 50000              # everything, stores in a temporary folder
    python bench/picture_scale.py --dir D --only build 1000 10000 50000   # fill, reconsolidate, add 100 (x2)
    python bench/picture_scale.py --dir D --only read            # board and /api/claims on D's stores
    python bench/picture_scale.py --dir D --only extract         # spaCy on a sample of the same texts
    python bench/picture_scale.py --dir D --only add 50000       # 100 more documents (x2) into a built store
    python bench/picture_scale.py --dir D --only report          # the table, from D's JSON files
    python bench/picture_scale.py --dir P --postgres URL 1000    # stores in PostgreSQL (a results folder of its own)

Stores are filled with articles written by tests/picture/synthetic.py (varied names, places,
figures and dates, so claims and actors really grow with the store). Their extraction records
are written with the text and stored in bulk (`Store.add_many`, no picture); the picture is then
built once by a full `reconsolidate` (that is the reconsolidate timing). Two batches of 100 new
documents are then brought into the picture incrementally (`update_picture`, median reported).
The board (GET /, 50 claims and the situation) and GET /api/claims (20 claims) are read by
paged SQL through the app, each timed VIEWS times after a first view, on the store as the build
left it (size + 200 documents): wall time, and the CPU time of this process (the app's thread and
the client's), which a loaded shared machine does not stretch.

No model extracts the stored documents (on a shared 2-core machine spaCy would take hours over
50k). The extraction time the issue compares reconsolidate with is estimated: real spaCy
extraction (`local_extractor`, the ingest path's) of a sample of the same synthetic texts, timed
after the model is warm, in words per second, scaled linearly to each store's word count.
Targets (issue 13): add-100 time grows at most 1.5x from 1k to 50k; board and /api/claims
p95 < 200 ms at 50k; reconsolidate of 50k under the time it took to extract them.
Each phase writes JSON into --dir, so a long build can be read and reported later. `--only add`
times two more batches on a store a build left (e.g. a copy, upgraded, to time new code without
rebuilding 50k): the documents not yet in its picture are brought in first, untimed, and the
model is loaded before the first timed batch, as the build's reconsolidate loads it.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "picture"))

VIEWS = 20  # timed requests per page
BATCHES = 2  # batches of 100 documents added, the median reported
FILL_CHUNK = 500  # documents per add_many transaction
SAMPLE = 300  # documents extracted by spaCy for the extraction rate


POSTGRES: str | None = None  # --postgres: a server URL, each size in a schema of its own


def _url(folder: Path, size: int) -> str:
    if POSTGRES is None:
        return f"sqlite:///{folder / f'scale-{size}.db'}"
    sep = "&" if "?" in POSTGRES else "?"
    return f"{POSTGRES}{sep}options=-csearch_path%3Dpicture_scale_{size}"


def _empty(folder: Path, size: int) -> None:
    """No store of this size yet: its SQLite file removed, or its PostgreSQL schema made anew."""
    if POSTGRES is None:
        (folder / f"scale-{size}.db").unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(POSTGRES.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        admin.execute(f"DROP SCHEMA IF EXISTS picture_scale_{size} CASCADE")
        admin.execute(f"CREATE SCHEMA picture_scale_{size}")


def _machine() -> dict:
    return {"load": os.getloadavg(), "cpus": os.cpu_count(), "python": platform.python_version(),
            "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def _save(folder: Path, name: str, data: dict) -> None:
    (folder / name).write_text(json.dumps(data, indent=1), encoding="utf-8")
    print(name, data, file=sys.stderr, flush=True)


def build(folder: Path, size: int) -> dict:
    """Fill a store of `size` documents in bulk, rebuild its picture whole, then add 100 documents twice."""
    from synthetic import article

    from claimwatch.pipeline import reconsolidate, update_picture
    from claimwatch.store import Store

    _empty(folder, size)
    started, words = time.perf_counter(), 0
    with Store(_url(folder, size)) as store:
        for start in range(0, size, FILL_CHUNK):
            pairs = [article(n) for n in range(start, min(size, start + FILL_CHUNK))]
            words += sum(len(d.text.split()) for d, _ in pairs)
            store.add_many(pairs)
        fill = time.perf_counter() - started
        statements = store.count().get("statements", 0)
        load_before = os.getloadavg()
        started, cpu = time.perf_counter(), time.process_time()
        reconsolidate(store)
        full, full_cpu = time.perf_counter() - started, time.process_time() - cpu
        row = {"documents": size, "backend": "postgresql" if POSTGRES else "sqlite", "words": words,
               "statements": statements, "fill_s": fill, "reconsolidate_s": full, "reconsolidate_cpu_s": full_cpu,
               "add_100_s": [], "add_100_cpu_s": [], "machine_at_reconsolidate": load_before}
        for batch in range(BATCHES):  # saved after each step: a long run read before its end keeps them
            _save(folder, f"build-{size}.json", {**row, **_machine()})
            first = size + 100 * batch
            store.add_many([article(n) for n in range(first, first + 100)])
            started, cpu = time.perf_counter(), time.process_time()
            update_picture(store)
            row["add_100_s"].append(time.perf_counter() - started)
            row["add_100_cpu_s"].append(time.process_time() - cpu)
    row.update(_machine())
    _save(folder, f"build-{size}.json", row)
    return row


def add(folder: Path, size: int) -> dict:
    """Two more batches of 100 new documents into the picture of a store a build left, timed."""
    from synthetic import article

    from claimwatch.consolidate.frames import parse_all
    from claimwatch.pipeline import update_picture
    from claimwatch.store import Store

    parse_all(["the model is loaded before the timing"])
    with Store(_url(folder, size)) as store:
        update_picture(store)  # whatever the build left outside the picture
        row = {"documents": size, "backend": "postgresql" if POSTGRES else "sqlite",
               "in_picture": store.count()["documents"], "add_100_s": [], "add_100_cpu_s": []}
        for _ in range(BATCHES):
            first = store.count()["documents"]
            store.add_many([article(n) for n in range(first, first + 100)])
            started, cpu = time.perf_counter(), time.process_time()
            update_picture(store)
            row["add_100_s"].append(time.perf_counter() - started)
            row["add_100_cpu_s"].append(time.process_time() - cpu)
            _save(folder, f"add-{size}.json", {**row, **_machine()})
    return row


def read(folder: Path, size: int) -> dict:
    """p95 of the board and /api/claims (and one claim's page) on a built store."""
    from fastapi.testclient import TestClient

    from claimwatch.api.app import create_app

    client = TestClient(create_app(_url(folder, size)), base_url="http://127.0.0.1:8000")
    first = client.get("/api/claims").json()["items"][0]["id"]
    pages = {}
    for name, path in (("board", "/"), ("api", "/api/claims"), ("claim", f"/claims/{first}")):
        started = time.perf_counter()
        assert client.get(path).status_code == 200  # the first view: the board's situation is made once
        pages[f"{name}_first_ms"] = (time.perf_counter() - started) * 1000
        times, cpu = [], []
        for _ in range(VIEWS):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(path)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)  # the app's thread and the client's: this process
            assert response.status_code == 200, response.text[:200]
        pages[f"{name}_p95_ms"] = statistics.quantiles(times, n=20)[-1] * 1000
        pages[f"{name}_median_ms"] = statistics.median(times) * 1000
        pages[f"{name}_cpu_p95_ms"] = statistics.quantiles(cpu, n=20)[-1] * 1000
    row = {"documents": size, "backend": "postgresql" if POSTGRES else "sqlite", **pages, **_machine()}
    _save(folder, f"read-{size}.json", row)
    return row


def extract_rate(folder: Path, sample: int = SAMPLE) -> dict:
    """spaCy extraction of `sample` synthetic texts (the ingest path's extractor), in words per second."""
    from synthetic import article

    from claimwatch.pipeline import local_extractor

    documents = [article(n)[0] for n in range(sample)]
    extract = local_extractor()
    list(extract(documents[:10]))  # load and warm the model
    started, cpu = time.perf_counter(), time.process_time()
    list(extract(documents))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    words = sum(len(d.text.split()) for d in documents)
    row = {"documents": sample, "words": words, "seconds": seconds, "cpu_s": cpu, "words_per_s": words / seconds,
           "words_per_cpu_s": words / cpu, **_machine()}
    _save(folder, "extract.json", row)
    return row


READ_COLUMNS = ("board_p95_ms", "board_cpu_p95_ms", "api_p95_ms", "api_cpu_p95_ms", "claim_p95_ms", "board_first_ms")


def report(folder: Path) -> str:
    builds = sorted((json.loads(p.read_text()) for p in folder.glob("build-*.json")), key=lambda r: r["documents"])
    reads = {r["documents"]: r for r in (json.loads(p.read_text()) for p in folder.glob("read-*.json"))}
    rate = json.loads((folder / "extract.json").read_text()) if (folder / "extract.json").exists() else None
    lines = ["| documents | statements | full reconsolidate (s wall / CPU) | extraction, estimated (s wall / CPU) "
             "| add 100 (s wall, median of 2) | add-100 ratio | board p95 (ms wall / CPU) "
             "| /api/claims p95 (ms wall / CPU) | claim page p95 (ms) | board first view (ms) |", "|" + " ---: |" * 10]
    base = statistics.median(builds[0]["add_100_s"]) if builds and builds[0]["add_100_s"] else float("nan")
    for b in builds:
        r = reads.get(b["documents"], {})
        add = statistics.median(b["add_100_s"]) if b["add_100_s"] else float("nan")
        extraction = f"{b['words'] / rate['words_per_s']:.0f} / {b['words'] / rate['words_per_cpu_s']:.0f}" if rate else "-"
        shown = [f"{r[k]:.0f}" if k in r else "-" for k in READ_COLUMNS]
        reading = " | ".join([f"{shown[0]} / {shown[1]}", f"{shown[2]} / {shown[3]}", *shown[4:]])
        lines.append(f"| {b['documents']:,} | {b['statements']:,} | {b['reconsolidate_s']:.0f} / "
                     f"{b['reconsolidate_cpu_s']:.0f} | {extraction} | {add:.1f} "
                     f"({', '.join(f'{a:.1f}' for a in b['add_100_s'])}) | {add / base:.2f} | {reading} |")
    if rate:
        lines.append(f"\nExtraction rate: {rate['words_per_s']:.0f} words/s wall ({rate['words_per_cpu_s']:.0f} "
                     f"per CPU second) over {rate['documents']} synthetic documents, load {rate['load']}.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="store sizes in documents (default 1000 10000 50000)")
    parser.add_argument("--dir", type=Path, help="where stores and results are kept (default: a temporary folder)")
    parser.add_argument("--only", choices=("build", "add", "read", "extract", "report"))
    parser.add_argument("--postgres", help="a PostgreSQL URL to keep the stores in (else SQLite files in --dir)")
    parser.add_argument("--sample", type=int, default=SAMPLE, help="documents extracted for the extraction rate")
    args = parser.parse_args()
    global POSTGRES
    POSTGRES = args.postgres
    folder = args.dir or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes or sorted(int(p.stem.split("-")[1]) for p in folder.glob("build-*.json")) \
        or [1000, 10000, 50000]
    if args.only in (None, "extract"):
        extract_rate(folder, args.sample)
    for size in sizes:
        if args.only in (None, "build"):
            build(folder, size)
        if args.only == "add":
            add(folder, size)
        if args.only in (None, "read"):
            read(folder, size)
    print(report(folder))


if __name__ == "__main__":
    main()
