"""Fixtures for the page tests: the API tests' hand-written ledger, served by a TestClient."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimwatch.api import create_app

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "api"))  # the shared ledger module
from ledger import ids, ledger  # noqa: E402,F401 (fixtures shared with the API tests)

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(ledger) -> TestClient:
    return TestClient(create_app(ledger[0]), headers=HTML)
