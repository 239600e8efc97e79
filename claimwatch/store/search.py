"""Full-text search over documents, one way per database.

SQLite uses the FTS5 table `documents_fts`; PostgreSQL the generated `search_vector`
column (both created by the first migration). Queries are plain words: each word
must occur (stemmed), and "quoted phrases" must occur as written.
"""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Select, column, func, literal_column, select, table
from sqlalchemy.engine import Dialect

from .models import DocumentRow

_fts = table("documents_fts", column("rowid"), column("rank"))
_fts_match = literal_column("documents_fts")  # FTS5 matches against the table's own name
_search_vector = literal_column("documents.search_vector")
_TERM = re.compile(r'"([^"]+)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """The words and "quoted phrases" of a query; no word is an operator (OR, NOT, - are words)."""
    terms = [(phrase or word).replace('"', "").strip() for phrase, word in _TERM.findall(query)]
    return [term for term in terms if term]


def fts5_query(query: str) -> str:
    """The query as an FTS5 expression of quoted terms, all of which must match."""
    return " ".join('"' + term + '"' for term in query_terms(query))


def _tsquery(query: str) -> ColumnElement:
    """The query as a PostgreSQL tsquery: each term a phrase query, all joined with AND."""
    parts = [func.phraseto_tsquery("english", term) for term in query_terms(query)]
    combined = parts[0]
    for part in parts[1:]:
        combined = combined.op("&&")(part)
    return combined


def search_select(dialect: Dialect, query: str) -> Select:
    """A SELECT of matching documents' `id`, relevance `score` (higher is better) and `snippet`.

    `query` must hold at least one term (see `query_terms`).
    """
    if dialect.name == "sqlite":
        match = _fts_match.op("MATCH")(fts5_query(query))
        snippet = func.snippet(_fts_match, 1, "[", "]", "…", 16)
        stmt = (select(_fts.c.rowid.label("id"), (-_fts.c.rank).label("score"), snippet.label("snippet"))
                .select_from(_fts).where(match))
        return stmt
    if dialect.name == "postgresql":
        tsquery = _tsquery(query)
        snippet = func.ts_headline("english", DocumentRow.text, tsquery,
                                   "StartSel=[, StopSel=], MaxWords=24, MinWords=8")
        stmt = (select(DocumentRow.id.label("id"), func.ts_rank(_search_vector, tsquery).label("score"),
                       snippet.label("snippet"))
                .where(_search_vector.op("@@")(tsquery)))
        return stmt
    raise NotImplementedError(f"full-text search is not set up for {dialect.name}")
