"""`claimwatch extract --workers/--dask`: same lines as one process, bad items reported, batch goes on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimwatch.cli import app

FEED = [
    {"id": "a", "published": "2025-02-03", "text": "The union said 800 workers joined the strike on Monday."},
    {"id": "b", "published": "2025-02-03", "text": "The minister denied that 5,000 homes lost power."},
    {"id": "c", "published": "2025-02-04", "text": "Rescuers said they had reached 14 villages by Tuesday."},
]


def _feed(tmp_path: Path) -> Path:
    """Nine documents (more than one batch, so the pool is used) with a bad line second."""
    path = tmp_path / "feed.jsonl"
    places = ["Northport", "Eastvale", "Southbridge"]  # distinct texts, so the store keeps all nine
    records = [dict(record, id=f"{record['id']}{n}", text=f"{places[n]}: {record['text']}")
               for n in range(3) for record in FEED]
    lines = [json.dumps(records[0]), "{not json", *(json.dumps(r) for r in records[1:])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(app, ["extract", *args])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, lines, result.stderr


@pytest.mark.slow
def test_two_workers_write_what_one_writes(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    code1, one, _ = _run(str(feed), "--workers", "1")
    code2, two, errors = _run(str(feed), "--workers", "2")
    assert two == one and [r["id"] for r in two] == ["a0", "b0", "c0", "a1", "b1", "c1", "a2", "b2", "c2"]
    assert code1 == code2 == 1  # the bad line is rejected, the rest extracted
    assert "feed.jsonl:2" in errors


def test_a_missing_model_fails_in_one_line_before_any_worker_starts(tmp_path: Path) -> None:
    code, lines, errors = _run(str(_feed(tmp_path)), "--workers", "2", "--model", "no_such_pipeline")
    assert code == 2 and lines == []
    assert "no_such_pipeline" in errors and "Traceback" not in errors


@pytest.mark.slow
def test_ingest_with_two_workers_stores_what_one_stores(tmp_path: Path) -> None:
    from claimwatch.store import Store

    feed = _feed(tmp_path)
    stored = {}
    for workers in ("1", "2"):
        db = f"sqlite:///{tmp_path / f'w{workers}.db'}"
        result = CliRunner().invoke(app, ["ingest", str(feed), "--db", db, "--workers", workers])
        assert result.exit_code == 1 and "feed.jsonl:2" in result.stderr
        with Store(db) as store:
            stored[workers] = (store.count(), store.statements(limit=100), store.quantities(limit=100))
    assert stored["2"] == stored["1"]
    assert stored["1"][0]["documents"] == 9 and stored["1"][1], "nothing stored: the test proves nothing"
