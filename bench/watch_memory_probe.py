"""Where a watch's memory goes, cheaply: the watcher's poll loop in this process on a growing store.

Ten loopback feeds get ten new items before each poll (texts as bench/watch_soak.py writes them);
after each poll one line: documents stored, RSS, glibc heap in use, SQLite's own memory, pymalloc's
arenas and, with --types, which object types grew since the last line (gc.get_objects counted by
type; strings and other untracked objects do not show there). Found issue 14's growth: a
module-level cache of figure checks, the near-copy index, then pymalloc arenas pinned by each
in-process picture update (hence `Watcher(apart=True)`, the CLI's default).

    python bench/watch_memory_probe.py --rounds 30            # updates in a forked child, as the CLI
    python bench/watch_memory_probe.py --rounds 30 --in-process --types
"""
from __future__ import annotations

import argparse
import collections
import ctypes
import gc
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from common import REPO

sys.path.insert(0, str(REPO / "tests" / "watch"))
from feed_server import FeedServer  # noqa: E402
from watch_soak import item_text  # noqa: E402


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                      "fsmblks", "uordblks", "fordblks", "keepcost")]


def _library(name: str, function: str, restype):
    try:
        found = getattr(ctypes.CDLL(name), function)
    except (OSError, AttributeError):
        return None
    found.restype = restype
    return found


def _rss_mb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))


def _arenas() -> int:
    """pymalloc's arenas in use now (from sys._debugmallocstats, which writes to the C stderr)."""
    with tempfile.TemporaryFile("w+") as out:
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        found = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", out.read())
    return int(found[1].replace(",", "")) if found else -1


def main() -> None:
    from claimwatch.store import Store
    from claimwatch.watch.watcher import Watcher

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--in-process", action="store_true", help="update the picture in this process")
    parser.add_argument("--types", action="store_true", help="object types that grew, after each poll")
    args = parser.parse_args()
    mallinfo = _library("libc.so.6", "mallinfo2", _MallInfo2)
    sqlite_used = _library("libsqlite3.so.0", "sqlite3_memory_used", ctypes.c_int64)
    rng, published = random.Random(14), 0
    workdir = Path(tempfile.mkdtemp(prefix="claimwatch-probe-"))
    with FeedServer("127.0.0.1") as server, Store(f"sqlite:///{workdir / 'probe.db'}") as store:
        urls = [server.add_feed(f"f{k}.xml", f"Outlet {k}") for k in range(10)]

        def publish(feed: int) -> None:
            nonlocal published
            server.publish(f"f{feed}.xml", f"f{feed}-{published}", f"Update {published}", item_text(rng, published))
            published += 1

        watcher = Watcher(store, urls, every=1, host_interval=0, timeout=10, apart=not args.in_process)
        before: collections.Counter = collections.Counter()
        start, mb = time.monotonic(), 2 ** 20
        for round_ in range(1, args.rounds + 1):
            for _ in range(10):
                publish(rng.randrange(10))
            watcher.poll(urls)
            heap = f"heap in use {mallinfo().uordblks / mb:.1f} MB" if mallinfo else ""
            sqlite = f"SQLite {sqlite_used() / mb:.1f} MB" if sqlite_used else ""
            print(f"round {round_} ({time.monotonic() - start:.0f}s): {store.count()['documents']} documents, "
                  f"RSS {_rss_mb()} MB, {heap}, {sqlite}, pymalloc arenas {_arenas()}", flush=True)
            if args.types:
                gc.collect()
                now = collections.Counter(type(o).__qualname__ for o in gc.get_objects())
                grown = sorted(((now[k] - before[k], k) for k in now if now[k] > before[k]), reverse=True)[:8]
                print("  grew:", ", ".join(f"{k} +{n}" for n, k in grown), flush=True)
                before = now
        watcher.close()


if __name__ == "__main__":
    main()
