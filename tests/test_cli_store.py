"""The store commands as a person or a script uses them, with the real model."""
from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from claimwatch.cli import app
from claimwatch.extract import EXTRACTION_VERSION
from claimwatch.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
STORE_COMMANDS = ["ingest", "reextract", "docs", "statements", "quantities", "search"]

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_every_store_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "--db" in result.output


@pytest.fixture
def filled(store_url, tmp_path):
    """A store with the fixture page, feeds, a plain text and a bad line ingested through the CLI."""
    note = tmp_path / "note.txt"
    note.write_text("Police spokesman Ivo Brandt said 30 officers searched the forest on Sunday.")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "l1", "text": "The ministry denied that 5 ferries were grounded.",
                                 "published": "2025-06-02", "outlet": "Isle Gazette"}) + "\n{not json\n")
    result = run("ingest", str(FIXTURES), str(note), str(lines), "--db", store_url,
                 "--published", "2025-06-01", "--outlet", "Forest Weekly", "--url", "https://forest.example/search")
    return store_url, result, lines


def test_ingest_names_each_rejected_item_and_counts_the_rest(filled):
    _, result, lines = filled
    assert result.exit_code == 1
    rejected = [line for line in result.stderr.splitlines() if "rejected" in line and "stored" not in line]
    assert len(rejected) == 2
    assert any("river-news.rss#3" in line and "no text" in line for line in rejected)
    assert any(f"{lines}:2" in line and "not JSON" in line for line in rejected)
    assert result.stderr.splitlines()[-1] == "claimwatch: 6 stored (0 near-duplicate), 0 duplicate, 2 rejected"


def test_ingesting_the_same_sources_again_stores_nothing(filled, tmp_path):
    store_url, _, lines = filled
    result = run("ingest", str(FIXTURES), str(lines), "--db", store_url)
    assert result.stderr.splitlines()[-1] == "claimwatch: 0 stored (0 near-duplicate), 5 duplicate, 2 rejected"


def test_plain_text_takes_its_metadata_from_the_options(filled):
    store_url, _, _ = filled
    result = run("docs", "--db", store_url, "--outlet", "forest", "-f", "jsonl")
    (doc,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert doc["published"] == "2025-06-01" and doc["url"] == "https://forest.example/search"


def test_statements_as_a_table_jsonl_and_csv(filled):
    store_url, _, _ = filled
    table = run("statements", "--db", store_url, "--speaker", "verlinde")
    assert table.exit_code == 0 and "Verlinde" in table.stdout and "│" in table.stdout
    records = [json.loads(line) for line in run("statements", "--db", store_url, "-f", "jsonl").stdout.splitlines()]
    assert records and all(set(r) >= {"speaker", "stance", "span", "evidence", "document_id"} for r in records)
    assert any(r["stance"] == "decline" for r in records)
    rows = list(csv.DictReader(io.StringIO(run("statements", "--db", store_url, "-f", "csv", "--stance", "deny",
                                               "--limit", "1").stdout)))
    assert len(rows) == 1 and rows[0]["stance"] == "deny"
    assert run("statements", "--db", store_url, "--stance", "maybe").exit_code == 2


def test_paging_walks_through_all_rows_once(filled):
    store_url, _, _ = filled
    everything = run("statements", "--db", store_url, "-f", "jsonl", "--limit", "1000").stdout.splitlines()
    pages = []
    for offset in range(0, len(everything), 3):
        pages += run("statements", "--db", store_url, "-f", "jsonl", "--limit", "3",
                     "--offset", str(offset)).stdout.splitlines()
    assert pages == everything


def test_quantities_and_search(filled):
    store_url, _, _ = filled
    found = [json.loads(line) for line in run("quantities", "--db", store_url, "--unit", "firefighters",
                                                "-f", "jsonl").stdout.splitlines()]
    assert [q["value"] for q in found] == [60]
    hits = [json.loads(line) for line in run("search", "harbour firefighters", "--db", store_url,
                                              "-f", "jsonl").stdout.splitlines()]
    assert len(hits) == 1 and hits[0]["title"] == "Warehouse fire closes Port Elsmere harbour"


def test_stdin_and_reextract(store_url):
    line = json.dumps({"id": "s1", "text": "Coach Lena Ortiz said 11 players were injured.", "published": "2025-01-09"})
    result = run("ingest", "-", "--db", store_url, input=line + "\n")
    assert result.exit_code == 0 and "1 stored" in result.stderr
    with Store(store_url) as store:
        before = store.count()
        ((doc_id, document),) = store.stale_documents(extraction_version=EXTRACTION_VERSION + 1)
        # Pretend an older extractor read it, with nothing found.
        from claimwatch.models import Extraction
        store.replace_extractions([(doc_id, Extraction(id=document.id))], extraction_version=EXTRACTION_VERSION - 1)
        assert store.count()["statements"] == 0
    result = run("reextract", "--db", store_url)
    assert result.exit_code == 0 and "1 document(s) re-extracted" in result.stderr
    with Store(store_url) as store:
        assert store.count() == before
    assert "0 document(s)" in run("reextract", "--db", store_url).stderr


def test_a_database_that_cannot_open_is_one_line_and_status_2(tmp_path):
    result = run("ingest", str(FIXTURES / "council.atom"), "--db", f"sqlite:///{tmp_path}/missing/dir/x.db")
    assert result.exit_code == 2 and result.stderr.startswith("claimwatch: error: cannot open database")


def test_reading_a_database_that_is_not_there_says_so_and_creates_nothing(tmp_path):
    where = tmp_path / "typo.db"
    result = run("statements", "--db", f"sqlite:///{where}")
    assert result.exit_code == 2 and "no database at" in result.stderr
    assert not where.exists()


# -- kill -9 in the middle of a large ingest -------------------------------------------------

PLACES = ["Arden", "Belmor", "Carrick", "Dunvale", "Elston", "Farrow", "Glenmire", "Halbury", "Inver", "Jessop"]
WHO = ["the mayor", "police", "the health ministry", "a fire service spokeswoman", "the governor"]
THINGS = ["families", "homes", "vehicles", "boats", "schools", "patients", "workers", "bridges"]
VERBS = ["said", "reported", "confirmed", "estimated", "denied"]


def _generated_jsonl(path: Path, count: int) -> Path:
    rng = random.Random(7)
    with path.open("w") as out:
        for n in range(count):
            place, who, verb = rng.choice(PLACES), rng.choice(WHO), rng.choice(VERBS)
            text = (f"In {place}, {who} {verb} that {rng.randint(2, 900)} {rng.choice(THINGS)} were affected "
                    f"by the storm on day {n}. Crews in {rng.choice(PLACES)} moved {rng.randint(2, 90)} "
                    f"{rng.choice(THINGS)} before item {n * 7919 % 10007} was logged.")
            out.write(json.dumps({"id": f"gen-{n}", "text": text, "published": "2025-02-01"}) + "\n")
    return path


def _ingest_process(source: Path, store_url: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "claimwatch", "ingest", str(source), "--db", store_url,
                             "--batch-size", "25"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.fixture(scope="module")
def big_ingest(tmp_path_factory) -> tuple[Path, dict[str, tuple[int, ...]]]:
    """A generated JSONL, and what one uninterrupted ingest stores for each text."""
    folder = tmp_path_factory.mktemp("big")
    source = _generated_jsonl(folder / "big.jsonl", 1500)
    reference = f"sqlite:///{folder / 'reference.db'}"
    done = _ingest_process(source, reference)
    _, stderr = done.communicate(timeout=900)
    assert done.returncode == 0, stderr
    return source, _records_per_text(reference)


def test_kill_9_mid_ingest_then_rerun_completes_exactly(store_url, big_ingest):
    source, reference = big_ingest
    total = len(reference)
    Store(store_url).close()  # create the schema first, so the count below can poll it
    process = _ingest_process(source, store_url)
    deadline = time.monotonic() + 300
    with Store(store_url) as store:
        while store.count()["documents"] < 100:
            assert process.poll() is None, f"ingest ended before it could be killed: {process.communicate()}"
            assert time.monotonic() < deadline, "ingest stored too little in time"
            time.sleep(0.1)
        workers = psutil.Process(process.pid).children(recursive=True)
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    # the extraction workers the killed ingest leaves behind notice and leave, models and all
    _, still_running = psutil.wait_procs(workers, timeout=30)
    assert still_running == []
    killed = _records_per_text(store_url)
    assert 100 <= len(killed) < total, "the kill should land mid-ingest"
    # Each document that made it in has its whole extraction: no half-written batch.
    assert killed == {digest: reference[digest] for digest in killed}

    rerun = _ingest_process(source, store_url)
    _, stderr = rerun.communicate(timeout=900)
    assert rerun.returncode == 0, stderr
    assert stderr.splitlines()[-1] == (f"claimwatch: {total - len(killed)} stored (0 near-duplicate), "
                                       f"{len(killed)} duplicate, 0 rejected")
    assert _records_per_text(store_url) == reference


def _records_per_text(store_url: str) -> dict[str, tuple[int, ...]]:
    """Content hash -> (statements, quantities, times, entities) stored for it; checks no row is doubled."""
    from sqlalchemy import func, select

    from claimwatch.store.models import EXTRACTION_TABLES, DocumentRow

    with Store(store_url) as store, store.engine.connect() as connection:
        if store.engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        ids = dict(connection.execute(select(DocumentRow.id, DocumentRow.content_hash)).all())
        counts: dict[int, list[int]] = {doc_id: [] for doc_id in ids}
        for table in EXTRACTION_TABLES:
            per_doc = dict(connection.execute(select(table.document_id, func.count()).group_by(table.document_id)).all())
            doubled = connection.scalar(select(func.count()).select_from(
                select(table.document_id, table.position).group_by(table.document_id, table.position)
                .having(func.count() > 1).subquery()))
            assert doubled == 0, f"{table.__tablename__} has doubled rows"
            for doc_id in counts:
                counts[doc_id].append(per_doc.get(doc_id, 0))
    assert len(set(ids.values())) == len(ids)
    return {ids[doc_id]: tuple(values) for doc_id, values in counts.items()}
