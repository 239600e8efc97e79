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
        """Holds the story and the picture saved for it, as the real store would."""

        def __init__(self, url: str) -> None:
            opened.append(url)
            self.saved = None

        def corpus(self, since=None):
            return iter(story())

        def count(self):
            return {"documents": len(story())}

        def fingerprint(self):
            return "story"

        def picture_state(self):
            return (self.saved[1], self.saved[2], True) if self.saved else (None, None, False)

        def save_picture(self, picture, *, fingerprint, overrides=None, keys=None, counted=None, tallies=None):
            self.saved = (picture, fingerprint, overrides)

        def load_picture(self):
            return self.saved[0] if self.saved else None

        def claim_pages(self, wanted=None, *, size=200):  # the listing's paged read of the stored claims
            claims = list(self.saved[0].claims) if self.saved else []
            for start in range(0, len(claims), 3):
                yield claims[start:start + 3]

        def __enter__(self):
            return self

        def __exit__(self, *_exc):
            pass

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
    assert len(troops) == 9  # with the troop counts ("numbered about 3,000", "2,000-2,500"): details, no claims apart
    assert {r["independent_sources"] for r in troops} == {3}
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


@pytest.mark.parametrize("command", ["brief", "actors", "claims", "estimates", "picture"])
def test_every_consolidation_command_explains_itself(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--topic" in result.output and "--format" in result.output


def test_picture_json_follows_the_shared_contract(fake_store: list[str], tmp_path: Path) -> None:
    out = tmp_path / "picture.json"
    result = runner.invoke(app, ["picture", "--db", "x", "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    pic = json.loads(out.read_text())
    assert set(pic) >= {"documents", "actors", "statements", "claims", "series", "figures"}
    origin = {d["doc"]: d["origin"] for d in pic["documents"]}
    assert origin["harbor-1"] == "wire-1" and origin["herald-1"] == "herald-1"
    actors = {a["actor"] for a in pic["actors"]}
    claims = {c["claim"]: c for c in pic["claims"]}
    assert len(pic["statements"]) == sum(len(x.statements) for _, x, _ in story())  # every statement listed
    for s in pic["statements"]:
        assert s["actor"] in actors and s["claim"] in claims
    for claim in claims.values():  # `first` points at one of the claim's own statements
        assert pic["statements"][claim["first"]]["claim"] == claim["claim"]
    series = {s["series"] for s in pic["series"]}
    assert all(f["series"] in series | {None} and f["holder"] in actors | {None} for f in pic["figures"])


def test_an_empty_corpus_gives_an_empty_picture(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = runner.invoke(app, ["picture", str(empty)])
    assert result.exit_code == 0, result.output
    pic = json.loads(result.stdout)
    assert all(pic[key] == [] for key in ("documents", "actors", "statements", "claims", "series", "figures"))


def test_a_picture_from_a_missing_store_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["picture", "--db", f"sqlite:///{tmp_path / 'nowhere.db'}"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no database at" in result.output


def test_a_document_whose_extraction_fails_is_named_and_left_out(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    pipeline = importlib.import_module("claimwatch.extract.pipeline")

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": text, "published": "2025-01-02", "outlet": "Wire"})
                                for i, text in (("good", "The minister said the bridge had reopened."),
                                                ("bad", "POISON The mayor said the road was closed."))) + "\n")
    real = pipeline._assemble

    def failing(document, chunks):
        if "POISON" in document.text:
            raise RuntimeError("the parser choked")
        return real(document, chunks)

    monkeypatch.setattr(pipeline, "_assemble", failing)
    result = runner.invoke(app, ["picture", str(corpus)])
    assert result.exit_code == 1
    pic = json.loads(result.stdout)
    assert [d["doc"] for d in pic["documents"]] == ["good"]
    assert "rejected" in result.stderr and "corpus.jsonl:2" in result.stderr and "the parser choked" in result.stderr


def test_a_picture_from_a_real_store_names_documents_by_their_input_ids(tmp_path: Path) -> None:
    from claimwatch.store import Store

    url = f"sqlite:///{tmp_path / 'story.db'}"
    with Store(url) as store:
        for document, extraction, _ in story():
            store.add(document, extraction)
    out = tmp_path / "picture.json"
    result = runner.invoke(app, ["picture", "--db", url, "--output", str(out)])
    assert result.exit_code == 0, result.output
    pic = json.loads(out.read_text())
    ids = {document.id for document, _, _ in story()} - {"harbor-1"}  # an exact copy is stored once
    assert {d["doc"] for d in pic["documents"]} == ids
    assert {s["doc"] for s in pic["statements"]} <= ids and {f["doc"] for f in pic["figures"]} <= ids
    origin = {d["doc"]: d["origin"] for d in pic["documents"]}
    assert origin["meridian-1"] == "herald-1"  # a re-report, named by input ids
