"""`claimwatch watch`, `changes` and `sources` as a person or a script uses them."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimwatch.cli import app
from claimwatch.store import Store
from claimwatch.store.watch_state import changes, list_sources

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()
STORY = ["Defence ministry spokesman Ivo Grant said on Monday that about 300 troops had crossed the border.",
         "The foreign ministry denied that any troops had crossed the border, a spokeswoman said on Tuesday.",
         "Border guard commander Lena Moss said on Wednesday that about 450 troops had crossed the border.",
         "Mayor Tarek Hamad said on Thursday that the bridge at Arden had been destroyed."]


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("args, message", [
    (["feeds.txt"], "feeds.txt: not an http(s) URL"),
    (["http://127.0.0.1:9/feed", "--every", "10x"], "'10x' is not a duration"),
    (["http://127.0.0.1:9/feed", "--alert", "series:troops"], "--alert needs --webhook"),
    (["http://127.0.0.1:9/feed", "--alert", "troops", "--webhook", "http://127.0.0.1:9/hook"], "alert rule 'troops'"),
])
def test_bad_watch_usage_is_one_line_naming_the_problem(tmp_path, args, message):
    result = run("watch", *args, "--db", f"sqlite:///{tmp_path / 'w.db'}")
    assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_watch_once_then_changes_and_sources(tmp_path, server, nlp):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    feed = server.add_feed("news.xml", "Example Wire")
    server.publish("news.xml", "n1", "Troops", STORY[0])
    server.misbehaving["down.xml"] = "500"
    result = run("watch", feed, server.url("down.xml"), "--once", "--db", db, "--host-interval", "0")
    assert result.exit_code == 1  # a source failed: cron hears of it
    assert f"{server.url('down.xml')}: HTTP 500" in result.stderr and "1 new document(s)" in result.stderr
    server.publish("news.xml", "n2", "Troops", STORY[1])
    assert run("watch", feed, "--once", "--db", db, "--host-interval", "0").exit_code == 0
    listed = run("changes", "--since", "1d", "--db", db, "--format", "jsonl")
    assert listed.exit_code == 0
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {"new_claim", "denial"} <= {r["kind"] for r in rows}
    assert all(r["sentence"] and r["url"].startswith(server.base) and r["at"] for r in rows)
    denials = run("changes", "--kind", "denial", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["kind"] for line in denials] == ["denial"]
    assert "denial" in run("changes", "--db", db).stdout
    assert run("changes", "--since", "2999-01-01", "--db", db, "--format", "jsonl").stdout == ""
    bad = run("changes", "--since", "last week", "--db", db)
    assert bad.exit_code == 2 and "neither a day" in bad.stderr
    states = {json.loads(line)["url"]: json.loads(line) for line in
              run("sources", "--db", db, "--format", "jsonl").stdout.splitlines()}
    assert states[feed]["polls"] == 2 and states[feed]["items_seen"] == 2
    assert states[server.url("down.xml")]["last_error"] == "HTTP 500 Internal Server Error"


def _watch_process(url: str, store_url: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "claimwatch", "watch", url, "--every", "1s", "--db", store_url,
                             "--host-interval", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored(store: Store) -> int:
    return store.count()["documents"]


@pytest.mark.slow
def test_kill_9_while_watching_then_rerun_loses_nothing(store_url, server):
    feed = server.add_feed("live.xml", "Live Wire")
    server.publish("live.xml", "s0", "Troops", STORY[0])
    Store(store_url).close()
    process = _watch_process(feed, store_url)
    deadline = time.monotonic() + 300
    try:
        with Store(store_url) as store:
            for n, text in enumerate(STORY[1:3], start=1):  # items arriving while it watches
                while _stored(store) < n:
                    assert process.poll() is None, f"watch ended: {process.communicate()}"
                    assert time.monotonic() < deadline, "watch stored too little in time"
                    time.sleep(0.05)
                server.publish("live.xml", f"s{n}", "Troops", text)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    server.publish("live.xml", "s3", "Bridge", STORY[3])  # published while nobody watched
    rerun = subprocess.run([sys.executable, "-m", "claimwatch", "watch", feed, "--once", "--db", store_url],
                           env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with Store(store_url) as store:
        assert _stored(store) == 4 and store.documents_outside_picture() == []
        told = changes(store)
        assert 1 in {c.document_id for c in told if c.kind == "new_claim"} and any(c.kind == "denial" for c in told)
        with store.engine.connect() as connection:  # each document's arrival was told, the last one's too
            assert connection.exec_driver_sql("SELECT count(*) FROM picture_arrivals").scalar() == 4
        (state,) = list_sources(store)
        assert state.failures == 0 and state.last_items == 4
