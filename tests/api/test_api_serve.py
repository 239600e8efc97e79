"""`claimwatch serve`: options, and writing switched off on an exposed address without a token."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimwatch import cli


@pytest.fixture
def started(monkeypatch):
    """Capture what uvicorn would be asked to run instead of running it."""
    calls = {}

    def fake_run(app, **options):
        calls.update(app=app, **options)

    import uvicorn
    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("CLAIMWATCH_TOKEN", raising=False)
    return calls


def test_serve_help_names_its_options():
    result = CliRunner().invoke(cli.app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port"):
        assert option in result.output


def test_serve_on_loopback_allows_writes(started, tmp_path):
    result = CliRunner().invoke(cli.app, ["serve", "--db", f"sqlite:///{tmp_path / 'a.db'}", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert started["host"] == "127.0.0.1" and started["port"] == 8123
    assert started["app"].state.policy.enabled


def test_serve_exposed_without_token_is_read_only(started, tmp_path):
    result = CliRunner().invoke(cli.app, ["serve", "--db", f"sqlite:///{tmp_path / 'a.db'}", "--host", "0.0.0.0"])
    assert result.exit_code == 0
    assert not started["app"].state.policy.enabled
    assert "writing is disabled" in result.output


def test_serve_exposed_with_token_allows_writes(started, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_TOKEN", "tok")
    CliRunner().invoke(cli.app, ["serve", "--db", f"sqlite:///{tmp_path / 'a.db'}", "--host", "0.0.0.0"])
    assert started["app"].state.policy.enabled and started["app"].state.policy.token == "tok"


def test_serve_with_an_unusable_database_fails_cleanly(started):
    result = CliRunner().invoke(cli.app, ["serve", "--db", "sqlite:////nonexistent-dir/sub/x.db"])
    assert result.exit_code == 2 and "error" in result.output
