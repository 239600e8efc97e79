"""Shared fixtures: a fresh store on each backend, a fast stand-in extractor, the spaCy pipeline."""
from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from claimwatch.models import Document, Extraction, Quantity, Statement, TimeExpr

POSTGRES_URL = os.environ.get("CLAIMWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SESSION_TAG = uuid.uuid4().hex[:8]
FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


def _pg_admin():
    import psycopg

    url = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://", 1)
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at {url} (start it, or set CLAIMWATCH_TEST_POSTGRES): {exc}")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:
    """A database URL for an empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'claimwatch.db'}"
        return
    schema = f"cw_test_{SESSION_TAG}_{uuid.uuid4().hex[:8]}"
    from psycopg import sql

    with _pg_admin() as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    sep = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with _pg_admin() as admin:
            admin.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture
def store(store_url):
    from claimwatch.store import Store

    with Store(store_url) as opened:
        yield opened


_NUMBER = re.compile(r"\b\d[\d,]*\b")
_SAID = re.compile(r"\b([A-Z][a-z]+) (said|denied)\b")


def fake_extract(document: Document) -> Extraction:
    """A quick, model-free reading for store tests: 'Name said/denied' and bare numbers."""
    statements = [Statement(speaker=m[1], stance="assert" if m[2] == "said" else "deny", span=m.span(), cue=m[2])
                  for m in _SAID.finditer(document.text)]
    quantities = [Quantity(text=m[0], span=m.span(), value=float(m[0].replace(",", "")), unit="people")
                  for m in _NUMBER.finditer(document.text)]
    times = [TimeExpr(text="today", value=document.published.isoformat(), span=(0, 0))] if document.published else []
    return Extraction(id=document.id, statements=statements, quantities=quantities, times=times)


def fake_extractor(documents: list[Document]) -> list[Extraction]:
    return [fake_extract(d) for d in documents]


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from claimwatch.nlp import load_nlp

    return load_nlp()
