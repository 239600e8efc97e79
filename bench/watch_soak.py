"""Soak: `claimwatch watch` polls 50 loopback feeds every few seconds for 10 minutes.

Feeds live on five loopback addresses (127.0.0.1-5, ten feeds each, so the per-host pace
is exercised); each publishes a new item at random times (seeded), keeping its latest
20. The watcher runs as a child process exactly as a user starts it; this process samples
its resident memory every second. At the end the publishing stops, the watcher gets one
more interval to take in the last items, and is stopped with Ctrl-C (SIGINT).

Pass: peak RSS over the whole run <= 1.2x the peak over the first minute (memory flat),
and every item any feed published is stored and in the picture (none missed). Results
go to the "Watch soak" section of bench/RESULTS.md.

    python bench/watch_soak.py                      # 50 feeds, every 3s, 10 minutes
    python bench/watch_soak.py --minutes 1 --feeds 10   # a quick look
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil

from common import PYTHON, REPO, child_env

sys.path.insert(0, str(REPO / "tests" / "watch"))
from feed_server import FeedServer  # noqa: E402 - the loopback feed server the watch tests use

RESULTS = REPO / "bench" / "RESULTS.md"
SECTION = "## Watch soak (bench/watch_soak.py)"
HOSTS = [f"127.0.0.{n}" for n in range(1, 6)]
PLACES = ["Arden", "Belmor", "Carrick", "Dunvale", "Elston", "Farrow", "Glenmire", "Halbury", "Inver", "Jessop",
          "Kelso", "Lanark", "Morven", "Nairn", "Oban", "Peebles", "Quarrie", "Rosslyn", "Selkirk", "Thurso"]
FIRST = ["Ana", "Ivo", "Tom", "Lena", "Tarek", "Mira", "Pavel", "Sofia", "Omar", "Greta", "Jonas", "Elif"]
LAST = ["Ruiz", "Grant", "Hale", "Moss", "Hamad", "Novak", "Berg", "Costa", "Lindqvist", "Marsh", "Okafor", "Sato"]
# A developing situation has several threads; each its own people, words and figures.
TOPICS = [
    ("Health Minister {p}", "{n} cases of cholera had been confirmed in {place}", "cholera cases"),
    ("police spokesman {p}", "{n} people had been evacuated from {place} after the floods", "evacuees"),
    ("fire chief {p}", "{n} hectares of forest had burned near {place}", "hectares burned"),
    ("union leader {p}", "{n} dock workers had joined the strike in {place}", "strikers"),
    ("Defence Ministry spokesman {p}", "{n} troops had crossed the border near {place}", "troops"),
    ("election commissioner {p}", "turnout in {place} had reached {n} percent", "turnout"),
]


def item_text(rng: random.Random, n: int) -> str:
    """Two reported sentences from two threads of the situation: an assertion or a denial, dated."""
    sentences = []
    for topic in rng.sample(TOPICS, 2):
        who = topic[0].format(p=f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        what = topic[1].format(n=rng.randint(2, 900), place=rng.choice(PLACES))
        day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        verb = rng.choice(["said", "said", "said", "confirmed", "denied"])
        sentences.append(f"{who[0].upper()}{who[1:]} {verb} on {day} that {what}.")
    return " ".join(sentences) + f" The update was number {n}."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--every", type=float, default=3.0, help="seconds between polls of a feed")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--mean-gap", type=float, default=40.0, help="mean seconds between two items of a feed")
    parser.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file)")
    parser.add_argument("--no-write", action="store_true", help="print the results only")
    args = parser.parse_args()
    # Started in the background by a shell, this process ignores SIGINT and so would the watcher, which
    # then never stops at the end: a Python handler here becomes the default again in the child.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    rng = random.Random(14)
    load_at_start = os.getloadavg()
    workdir = Path(tempfile.mkdtemp(prefix="claimwatch-soak-"))
    db = args.db or f"sqlite:///{workdir / 'soak.db'}"
    servers = [FeedServer(host) for host in HOSTS]
    for server in servers:
        server.__enter__()
    feeds = [(servers[k % len(servers)], f"feed-{k}.xml") for k in range(args.feeds)]
    urls = [server.add_feed(path, f"Outlet {k}") for k, (server, path) in enumerate(feeds)]
    published: list[str] = []
    for k, (server, path) in enumerate(feeds):  # something to read from the first poll
        published.append(_publish(server, path, f"f{k}-0", rng, len(published)))

    child = subprocess.Popen([PYTHON, "-m", "claimwatch", "watch", *urls, "--every", f"{args.every:g}s",
                              "--db", db, "--host-interval", "0.2", "--timeout", "10s"],
                             env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log_lines: list[str] = []
    threading.Thread(target=lambda: log_lines.extend(child.stderr), daemon=True).start()
    process = psutil.Process(child.pid)
    samples: list[tuple[float, int]] = []
    start = time.monotonic()
    duration = args.minutes * 60
    next_item = {k: rng.expovariate(1 / args.mean_gap) for k in range(len(feeds))}
    count = {k: 1 for k in range(len(feeds))}
    while (elapsed := time.monotonic() - start) < duration:
        for k, at in next_item.items():
            if at <= elapsed:
                server, path = feeds[k]
                published.append(_publish(server, path, f"f{k}-{count[k]}", rng, len(published)))
                count[k] += 1
                next_item[k] = elapsed + rng.expovariate(1 / args.mean_gap)
        samples.append((elapsed, process.memory_info().rss))
        assert child.poll() is None, "the watcher died:\n" + "".join(log_lines[-20:])
        time.sleep(1.0)
    # The last items get the time to be fetched, extracted and taken into the picture before the check
    # (how long each took is reported: seconds from publication to the picture).
    settle_until = time.monotonic() + max(4 * args.every, 300)
    while time.monotonic() < settle_until and _missing(db, published):
        samples.append((time.monotonic() - start, process.memory_info().rss))
        time.sleep(1.0)
    samples.append((time.monotonic() - start, process.memory_info().rss))
    child.send_signal(signal.SIGINT)
    child.wait(timeout=600)  # a poll under way when Ctrl-C comes may take minutes on a loaded machine
    for server in servers:
        server.__exit__()
    report(args, db, published, samples, servers, log_lines, urls, (load_at_start, os.getloadavg()))


PUBLISHED_AT: dict[str, datetime] = {}


def _publish(server: FeedServer, path: str, item_id: str, rng: random.Random, n: int) -> str:
    PUBLISHED_AT[item_id] = datetime.now(timezone.utc).replace(tzinfo=None)
    server.publish(path, item_id, f"Situation update {n}", item_text(rng, n))
    return item_id


def _latencies(db: str) -> list[float]:
    """Seconds from an item's publication to its arrival in the picture (arrival times are whole seconds)."""
    from claimwatch.store import Store
    from sqlalchemy import text

    with Store(db) as store, store.engine.connect() as connection:
        arrived = dict(connection.execute(text(
            "SELECT d.source_id, a.at FROM documents d JOIN picture_arrivals a ON a.document_id = d.id")).all())
    return sorted(max(0.0, (_as_time(arrived[i]) - at).total_seconds()) for i, at in PUBLISHED_AT.items()
                  if i in arrived)


def _as_time(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _missing(db: str, published: list[str]) -> list[str]:
    """Items not stored, or stored but not yet in the picture."""
    from claimwatch.store import Store
    from sqlalchemy import text

    with Store(db) as store, store.engine.connect() as connection:
        pictured = set(connection.execute(text(
            "SELECT d.source_id FROM documents d JOIN picture_origins o ON o.document_id = d.id")).scalars())
    return [item for item in published if item not in pictured]


def report(args, db: str, published: list[str], samples: list[tuple[float, int]], servers: list[FeedServer],
           log_lines: list[str], urls: list[str], loads: tuple[tuple[float, ...], tuple[float, ...]]) -> None:
    from claimwatch.store import Store
    from claimwatch.store.watch_state import changes, list_sources

    missing = _missing(db, published)
    first_minute = max(rss for t, rss in samples if t <= 60)
    peak = max(rss for _, rss in samples)
    end = samples[-1][1]
    with Store(db) as store:
        told = changes(store)
        states = list_sources(store)
        documents = store.count()["documents"]
    requests = sum(sum(s.requests.values()) for s in servers)
    not_modified = sum(sum(s.not_modified.values()) for s in servers)
    polls = [line for line in log_lines if " poll: " in line]
    failures = [line.strip() for line in log_lines if "failed" in line and "time(s) in a row" in line]
    kinds: dict[str, int] = {}
    for change in told:
        kinds[change.kind] = kinds.get(change.kind, 0) + 1
    ratio = peak / first_minute
    mb = 1024 * 1024
    waits = _latencies(db)
    seconds = args.minutes * 60
    per_feed = [n for s in servers for path, n in s.requests.items()]
    lines = [
        SECTION, "",
        f"Run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC: `python bench/watch_soak.py"
        f"{'' if (args.feeds, args.every, args.minutes) == (50, 3.0, 10.0) else f' --feeds {args.feeds} --every {args.every:g} --minutes {args.minutes:g}'}`"
        f"; {platform.machine()}, {psutil.cpu_count()} logical cores, Python {platform.python_version()}; "
        f"store {re.sub(r'/[^ ]*/', '.../', db)}; load average at start / end "
        f"{' '.join(f'{x:.1f}' for x in loads[0])} / {' '.join(f'{x:.1f}' for x in loads[1])} "
        f"(other sessions' runs shared the machine).",
        "",
        f"{len(urls)} feeds on {len(HOSTS)} loopback addresses, polled every {args.every:g}s for {args.minutes:g} "
        f"minutes by `claimwatch watch ... --host-interval 0.2` in a child process (the real model, in process); "
        f"each feed published an item every {args.mean_gap:g}s on average (keeping its latest 20).",
        "",
        "| measure | value |", "| --- | ---: |",
        f"| items published | {len(published)} |",
        f"| items missed (not stored, or not in the picture) | **{len(missing)}** |",
        f"| documents stored | {documents} |",
        f"| polls (the watcher's rounds) | {len(polls)} |",
        f"| seconds between two polls of a feed, mean (asked: {args.every:g}) | {seconds / (sum(per_feed) / len(per_feed)):.1f} |",
        f"| seconds from publication to the picture: median / 95th percentile / max | "
        f"{waits[len(waits) // 2]:.0f} / {waits[int(len(waits) * 0.95)]:.0f} / {waits[-1]:.0f} |",
        f"| requests / answered 304 Not Modified | {requests:,} / {not_modified:,} |",
        f"| source failures logged | {len(failures)} |",
        f"| changes recorded | {len(told)} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) |",
        f"| RSS peak in the first minute | {first_minute / mb:.0f} MB |",
        f"| RSS peak over the run / at the end | {peak / mb:.0f} MB / {end / mb:.0f} MB |",
        f"| peak over the run / peak in the first minute | **{ratio:.2f}** (target <= 1.2: "
        f"{'meets' if ratio <= 1.2 else 'MISSES'}) |",
        "",
        "RSS by minute (MB): " + ", ".join(f"{rss / mb:.0f}" for t, rss in _by_minute(samples)) + ".",
        "", f"Sources healthy at the end: {sum(1 for s in states if s.failures == 0)} of {len(states)}.", "",
    ]
    text = "\n".join(lines)
    print(text)
    if missing:
        print("missed:", missing[:20], file=sys.stderr)
    if not args.no_write:
        _write_section(text)


def _by_minute(samples: list[tuple[float, int]]) -> list[tuple[float, int]]:
    out, minute = [], 0
    for t, rss in samples:
        if t >= minute * 60:
            out.append((t, rss))
            minute += 1
    return out


def _write_section(text: str) -> None:
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if SECTION in current:
        before, rest = current.split(SECTION, 1)
        ends = [i for i in (rest.find("\n## "), rest.find("\n### ")) if i >= 0]  # other sections follow it
        after = rest[min(ends):] if ends else ""
        current = before + text + after
    else:
        current = current.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(current.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
