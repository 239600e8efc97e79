"""Fixtures for the API tests: a tmp SQLite store filled from the hand-written ledger."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimwatch.api import create_app
from ledger import ids, ledger  # noqa: F401 (ledger fixtures shared with the page tests)


@pytest.fixture(scope="module")
def client(ledger) -> TestClient:
    """A read-mostly client over the shared ledger (tests that write use their own store)."""
    return TestClient(create_app(ledger[0]))


@pytest.fixture
def fresh_url(tmp_path) -> str:
    """An empty store of its own, for tests that write."""
    return f"sqlite:///{tmp_path / 'fresh.db'}"
