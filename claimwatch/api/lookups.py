"""Queries the web faces need that the Store does not offer (yet).

Kept apart from `service.py` so that when `Store` gains `document(id)`, this
function is replaced by a call to it.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Document, Extraction
from ..store import Store
from ..store.convert import extraction_from_rows
from ..store.models import EXTRACTION_TABLES, DocumentRow, OutletRow


def document_by_id(store: Store, document_id: int) -> tuple[Any, ...] | None:
    """(id, Document, Extraction, source_id, duplicate_of, published_inferred), or None."""
    with Session(store.engine) as session:
        row = session.get(DocumentRow, document_id)
        if row is None:
            return None
        outlet = session.get(OutletRow, row.outlet_id) if row.outlet_id else None
        records: dict[type, list[Any]] = {}
        for table in EXTRACTION_TABLES:
            records[table] = list(session.scalars(select(table).where(table.document_id == row.id)
                                                  .order_by(table.position)))
        document = Document(id=str(row.id), text=row.text, published=row.published, url=row.url,
                            outlet=outlet.name if outlet else None, title=row.title, author=row.author,
                            origin=row.origin)
        extraction: Extraction = extraction_from_rows(str(row.id), row.published, row.published_inferred, records)
        return row.id, document, extraction, row.source_id, row.duplicate_of, row.published_inferred
