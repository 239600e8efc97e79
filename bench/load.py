"""Load check: requests/s and latency (p50, p99) of the claims board and the statements API.

Starts `claimwatch serve` on a free loopback port over a store (the one given
with --db, else a temporary one filled from examples/corpus.jsonl), then sends a
bounded number of requests from a few keep-alive client threads, stopping early
at the time limit. Only loopback addresses are ever contacted.

    PYTHONPATH=. python bench/load.py --requests 400 --concurrency 4
"""
from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus.jsonl"
TARGETS = {"claims board (/)": "/", "statements API": "/api/statements?size=20",
           "statements API, filtered": "/api/statements?stance=assert&since=2025-01-01&size=20"}
MAX_REQUESTS = 5000
MAX_SECONDS = 120


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="Store URL to serve; default: a temporary store of the sample corpus.")
    parser.add_argument("--url", help="Measure an already running server instead (loopback only).")
    parser.add_argument("--requests", type=int, default=400, help=f"Requests per target (at most {MAX_REQUESTS}).")
    parser.add_argument("--concurrency", type=int, default=4, help="Client threads (at most 16).")
    parser.add_argument("--seconds", type=float, default=30, help=f"Time limit per target (at most {MAX_SECONDS}).")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "out" / "load.json")
    args = parser.parse_args()
    requests = max(1, min(args.requests, MAX_REQUESTS))
    concurrency = max(1, min(args.concurrency, 16))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))

    server = None
    try:
        if args.url:
            base = args.url.rstrip("/")
            host = urlsplit(base).hostname or ""
            if not _loopback(host):
                print(f"refusing {base}: the load check only talks to loopback addresses", file=sys.stderr)
                return 2
        else:
            db = args.db or _sample_store()
            server, base = _start_server(db)
        results = {name: measure(base, path, requests, concurrency, seconds) for name, path in TARGETS.items()}
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({"concurrency": concurrency, "results": results}, indent=2) + "\n")
    print(f"{'target':28} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for name, r in results.items():
        print(f"{name:28} {r['requests']:>8} {r['errors']:>6} {r['rps']:>8.1f} {r['p50_ms']:>8.1f} {r['p99_ms']:>8.1f}")
    print(f"(concurrency {concurrency}; shared 2-core machine: figures vary with other load)")
    return 0 if all(r["errors"] == 0 for r in results.values()) else 1


def measure(base: str, path: str, requests: int, concurrency: int, seconds: float) -> dict:
    """Send `requests` GETs to `path` from `concurrency` threads; stop at `seconds`."""
    parts = urlsplit(base)
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    remaining = [requests]
    deadline = time.monotonic() + seconds
    _get(parts.hostname, parts.port, path)  # warm the picture cache, not timed

    def worker() -> None:
        nonlocal errors
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors += not ok
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {"path": path, "requests": len(latencies), "errors": errors, "seconds": round(wall, 3),
            "rps": len(latencies) / wall if wall else 0.0, "p50_ms": _percentile(latencies, 50) * 1000,
            "p99_ms": _percentile(latencies, 99) * 1000}


def _percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    rank = min(len(values) - 1, max(0, math.ceil(pct / 100 * len(values)) - 1))  # nearest rank
    return values[rank]


def _get(host: str | None, port: int | None, path: str) -> int:
    connection = http.client.HTTPConnection(host, port, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _loopback(host: str) -> bool:
    sys.path.insert(0, str(ROOT))
    from claimwatch.api.security import is_loopback

    return is_loopback(host)


def _sample_store() -> str:
    """A temporary SQLite store of the sample corpus (read with the spaCy pipeline)."""
    sys.path.insert(0, str(ROOT))
    from claimwatch.api.service import Service
    from claimwatch.ingest import read_sources
    from claimwatch.models import Rejected

    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='cw-bench-')) / 'sample.db'}"
    documents = [d for d in read_sources([CORPUS]) if not isinstance(d, Rejected)]
    Service(url).ingest(documents)
    return url


def _start_server(db: str) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("CLAIMWATCH_TOKEN", None)
    server = subprocess.Popen([sys.executable, "-m", "claimwatch", "serve", "--db", db, "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode(errors='replace')}")
        try:
            if _get("127.0.0.1", port, "/api/documents?size=1") == 200:
                return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("server did not answer within 30 s")


if __name__ == "__main__":
    sys.exit(main())
