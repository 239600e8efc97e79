"""The brief, actors, claims and estimates commands, from files and from a store."""
from __future__ import annotations

import csv
import io
import json
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "consolidate"))
from ostria_story import story  # noqa: E402

from claimwatch.cli import app  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus.jsonl"
runner = CliRunner()


@pytest.fixture()
def fake_store(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A stand-in `claimwatch.store` whose corpus is the hand-built story; records the URLs opened."""
    opened: list[str] = []

    class Store:
        def __init__(self, url: str) -> None:
            opened.append(url)

        def corpus(self, since=None):
            return iter(story())

    monkeypatch.setitem(sys.modules, "claimwatch.store", types.SimpleNamespace(
        Store=Store, database_exists=lambda url: True, database_url=lambda url: url))
    return opened


def test_brief_from_the_store(fake_store: list[str], tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = runner.invoke(app, ["brief", "--db", "sqlite:///x.db", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert fake_store == ["sqlite:///x.db"]
    text = out.read_text()
    assert "confirmed 10 days after Ana Varga" in text
    assert (tmp_path / "brief_charts" / "ostrian-troops-in-velna.svg").exists()


def test_claims_as_jsonl_carry_status_sources_and_sentences(fake_store: list[str]) -> None:
    result = runner.invoke(app, ["claims", "--db", "sqlite:///x.db", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    troops = [r for r in rows if r["label"].startswith("Ostrian troops had crossed into Velna province, roughly")]
    assert len(troops) == 7  # figures of their own ("numbered about 3,000", "2,000-2,500") are other claims
    assert {r["independent_sources"] for r in troops} == {2}
    assert troops[0]["first_report"] == "Ana Varga, 2025-03-01"
    assert {"actor", "stance", "said_on", "document", "outlet", "sentence"} <= set(troops[0])


def test_estimates_as_csv_filtered_by_series(fake_store: list[str]) -> None:
    result = runner.invoke(app, ["estimates", "--db", "x", "--series", "troops", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["holder"] for r in rows] == ["Pat Ryder", "Pat Ryder", "Pat Ryder", "NATO"]
    assert rows[-1]["low"] == "2000" and rows[-1]["high"] == "2500" and rows[-1]["value"] == ""


def test_actors_table_names_the_merges(fake_store: list[str]) -> None:
    result = runner.invoke(app, ["actors", "--db", "x"])
    assert result.exit_code == 0
    assert "Pat Ryder" in result.stdout and "Patrick Ryder" in result.stdout


def test_without_sources_the_default_store_is_read_and_must_exist(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMWATCH_DB", raising=False)
    result = runner.invoke(app, ["brief"])
    assert result.exit_code == 2
    assert "no database at sqlite:///claimwatch.db" in result.output
    assert "claimwatch ingest" in result.output


@pytest.mark.slow
def test_brief_html_from_the_sample_corpus(tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", str(EXAMPLES), "--format", "html", "--output", str(out),
                                 "--topic", "Torva"])
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert page.startswith("<!doctype html>") and "Torva" in page
    assert "data:image/svg+xml;base64," in page


@pytest.mark.parametrize("command", ["brief", "actors", "claims", "estimates"])
def test_every_consolidation_command_explains_itself(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--topic" in result.output and "--format" in result.output
