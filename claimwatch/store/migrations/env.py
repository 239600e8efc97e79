"""Alembic environment: runs migrations on the connection the Store hands over.

The Store builds the Alembic Config in code and passes its open connection in
`config.attributes["connection"]`, so no alembic.ini or URL is needed here.
"""
from __future__ import annotations

from alembic import context

from claimwatch.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through claimwatch.Store, which passes its connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
