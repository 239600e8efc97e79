"""Fixtures for the API tests: a tmp SQLite store filled from the hand-written ledger."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimwatch.api import create_app
from ledger import fill


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> tuple[str, dict[str, int]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.db'}"
    return url, fill(url)


@pytest.fixture(scope="module")
def ids(ledger) -> dict[str, int]:
    return ledger[1]


@pytest.fixture(scope="module")
def client(ledger) -> TestClient:
    """A read-mostly client over the shared ledger (tests that write use their own store)."""
    return TestClient(create_app(ledger[0]))


@pytest.fixture
def fresh_url(tmp_path) -> str:
    """An empty store of its own, for tests that write."""
    return f"sqlite:///{tmp_path / 'fresh.db'}"
