"""Concurrent writers of the picture, and a writer killed mid-way, leave a consistent picture (both backends)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from consistency import assert_consistent  # noqa: E402
from synthetic import article  # noqa: E402
from test_incremental import _groups  # noqa: E402

from claimwatch.consolidate import build_picture  # noqa: E402
from claimwatch.pipeline import reconsolidate, update_picture  # noqa: E402
from claimwatch.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_two_writers_a_rereader_and_a_reader(store_url):
    articles = [article(n, stories=6) for n in range(36)]
    with Store(store_url) as store:
        store.add(*articles[0])
        update_picture(store)
        first_id = int(store.documents(limit=1)[0].id)
    errors: list[BaseException] = []
    done = threading.Event()
    # One store each, as separate processes would have (opened here: Alembic's migration runner is not
    # meant to run in two threads at once).
    writers, rereading, reading = [Store(store_url), Store(store_url)], Store(store_url), Store(store_url)

    def guarded(work):
        def run():
            try:
                work()
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)
        return run

    def writer(part, store):
        with store:
            for document, extraction in part:
                store.add(document, extraction)
                update_picture(store)

    def rereader():
        with rereading as store:
            for _ in range(4):
                store.replace_extractions([(first_id, articles[0][1])])
                update_picture(store)

    def reader():
        with reading as store:
            while not done.is_set():
                picture = store.load_picture()
                assert all(c.statements for c in picture.claims), "a claim read without its members"
                time.sleep(0.01)

    threads = [threading.Thread(target=guarded(lambda p=p, s=s: writer(p, s)))
               for p, s in zip((articles[1::2], articles[2::2]), writers)]
    threads.append(threading.Thread(target=guarded(rereader)))
    watcher = threading.Thread(target=guarded(reader))
    for t in [*threads, watcher]:
        t.start()
    for t in threads:
        t.join(timeout=600)
    done.set()
    watcher.join(timeout=60)
    assert not errors, errors
    with Store(store_url) as store:
        update_picture(store)
        assert_consistent(store)
        assert store.count()["documents"] == 36


_WRITER = """
import sys
sys.path.insert(0, {tests!r})
from synthetic import article
from claimwatch.pipeline import reconsolidate, update_picture
from claimwatch.store import Store

with Store({url!r}) as store:
    print("open", flush=True)
    if {rebuild!r}:
        while True:
            reconsolidate(store)
    for n in range(1000):
        store.add(*article(n, stories=6))
        update_picture(store)
"""


def _kill_during(url: str, rebuild: bool, seconds: float) -> None:
    """Start a writer, let it work `seconds` once it has the store open (and, ingesting, stored a few
    documents), then kill -9 it: on a loaded machine starting the interpreter alone may take seconds."""
    code = _WRITER.format(tests=str(Path(__file__).parent), url=url, rebuild=rebuild)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout.readline().strip() == b"open", process.stderr.read().decode()[-2000:]
    deadline = time.monotonic() + 300
    while not rebuild and _documents(url) < 3 and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()[-2000:]
        time.sleep(0.2)
    time.sleep(seconds)
    assert process.poll() is None, process.stderr.read().decode()[-2000:]
    process.send_signal(signal.SIGKILL)
    process.wait()


def _documents(url: str) -> int:
    with Store(url) as store:
        return store.count()["documents"]


def test_killed_during_ingest_then_rerun_is_whole_and_a_rebuild_gives_the_clean_one(store_url):
    _kill_during(store_url, rebuild=False, seconds=8)
    with Store(store_url) as store:
        assert store.count()["documents"] > 0
        update_picture(store)  # the rerun: what the killed batch left out is brought in
        assert_consistent(store)
        # Each batch went in whole or not at all, so the rerun's picture is one an uninterrupted run could
        # have made; it approximates a rebuild (see test_incremental), and `reconsolidate` gives the rebuild.
        assert _groups(reconsolidate(store)) == _groups(build_picture(store.corpus()))
        assert_consistent(store)


def test_killed_during_reconsolidate_then_rerun_equals_a_clean_rebuild(store_url):
    with Store(store_url) as store:
        for n in range(60):
            store.add(*article(n, stories=6))
        reconsolidate(store)
    _kill_during(store_url, rebuild=True, seconds=6)
    with Store(store_url) as store:
        assert_consistent(store)  # the old picture, whole
        rebuilt = reconsolidate(store)
        assert store.load_picture() == rebuilt
        assert _groups(rebuilt) == _groups(build_picture(store.corpus()))


_PART = """
import sys
sys.path.insert(0, {tests!r})
from synthetic import article
from claimwatch.pipeline import update_picture
from claimwatch.store import Store

with Store({url!r}) as store:
    for n in {numbers!r}:
        store.add(*article(n, stories=6))
        update_picture(store)
"""


def test_two_processes_writing_one_store_leave_the_picture_a_rebuild_would_make(store_url):
    """Two ingesting processes (not threads: no shared interpreter, model or cached state) take turns on
    the picture; every document ends in it once, its counts are whole, and it groups as a rebuild does."""
    with Store(store_url) as store:  # migrated once, before the writers race to open it
        store.add(*article(0, stories=6))
        update_picture(store)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", _PART.format(tests=str(Path(__file__).parent), url=store_url,
                                                                    numbers=list(range(first, 24, 2)))],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for first in (1, 2)]
    for process in writers:
        _, err = process.communicate(timeout=900)
        assert process.returncode == 0, err.decode()[-2000:]
    with Store(store_url) as store:
        assert store.documents_outside_picture() == []  # each write was followed by its writer's update
        assert_consistent(store)
        assert store.count()["documents"] == 24
        kept, rebuilt = _groups(store.load_picture()), _groups(build_picture(store.corpus()))
        # Origins aside: documents came out of publication order, so a copy taken in before the report it
        # copies was its own origin when it came (as with one writer), which a rebuild reads in order.
        assert {k: v for k, v in kept.items() if k != "origins"} == \
            {k: v for k, v in rebuilt.items() if k != "origins"}


def test_the_corpus_and_a_rebuild_read_past_one_chunk(tmp_path):
    from claimwatch.store.store import CORPUS_CHUNK

    with Store(f"sqlite:///{tmp_path / 'many.db'}") as store:
        store.add_many([article(n) for n in range(CORPUS_CHUNK + 30)])
        ids = [int(d.id) for d, _, _ in store.corpus_of([1, CORPUS_CHUNK + 5])]
        assert ids == [1, CORPUS_CHUNK + 5]
        assert len(list(store.corpus())) == CORPUS_CHUNK + 30
        reconsolidate(store)
        assert store.documents_outside_picture() == []
