"""Shared fixtures: the spaCy pipeline once per session; a fresh store on each backend."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

POSTGRES_URL = os.environ.get("CLAIMWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SESSION_TAG = uuid.uuid4().hex[:8]


@pytest.fixture(scope="session")
def nlp():
    from claimwatch.nlp import load_nlp

    return load_nlp()


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
        # pg_trgm once, in public: left to the migration it would land in (and vanish with) a test schema.
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
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
