"""Storing documents and extractions in SQLite or PostgreSQL, and reading them back."""
from .results import AddResult, Change, SearchHit, SourceState, StoredDocument, StoredQuantity, StoredStatement
from .store import DEFAULT_URL, Store, StoreError, WriteRejected, database_exists, database_url

__all__ = ["AddResult", "Change", "DEFAULT_URL", "SearchHit", "SourceState", "Store", "StoreError", "StoredDocument",
           "StoredQuantity", "StoredStatement", "WriteRejected", "database_exists", "database_url"]
