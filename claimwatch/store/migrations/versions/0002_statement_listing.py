"""The statements listing served by indexes: a stored effective day and a speaker key.

Listing statements newest first used to sort every row by
coalesce(said_day, documents.published), which no index can serve. This adds
`effective_day` and `speaker_key` (see claimwatch.store.convert), fills them in for
existing rows, and creates the objects named in models.LISTING_INDEXES.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.engine import Connection

from claimwatch.store.convert import speaker_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

statements = sa.table("statements", sa.column("id", sa.Integer), sa.column("document_id", sa.Integer),
                      sa.column("speaker", sa.Text), sa.column("speaker_key", sa.Text),
                      sa.column("said_day", sa.Date), sa.column("effective_day", sa.Date))
documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("published", sa.Date))


def upgrade() -> None:
    connection = op.get_bind()
    op.add_column("statements", sa.Column("speaker_key", sa.Text(), nullable=True))
    op.add_column("statements", sa.Column("effective_day", sa.Date(), nullable=True))
    _backfill(connection)
    op.drop_index("ix_statements_stance", table_name="statements")  # the stance listing index leads with it

    postgres = connection.dialect.name == "postgresql"
    day_desc = sa.text("effective_day DESC NULLS LAST" if postgres else "effective_day DESC")
    order = [day_desc, sa.text("document_id DESC"), "position"]
    op.create_index("ix_statements_by_day", "statements", order)
    op.create_index("ix_statements_stance_by_day", "statements", ["stance", *order])
    op.create_index("ix_statements_speaker_by_day", "statements", ["speaker_key", *order])
    if postgres:
        _create_trigram_index(connection)
    elif connection.dialect.name == "sqlite":
        _create_speaker_names()


def _backfill(connection: Connection) -> None:
    """Fill both columns in for rows written before this revision."""
    published = (sa.select(documents.c.published).where(documents.c.id == statements.c.document_id)
                 .scalar_subquery())
    connection.execute(sa.update(statements).values(
        effective_day=sa.func.coalesce(statements.c.said_day, published)))
    # Python lower-cases every script (SQLite's lower() only ASCII); one UPDATE per distinct name.
    names = connection.execute(sa.select(statements.c.speaker).distinct()).scalars().all()
    for name in names:
        connection.execute(sa.update(statements).where(statements.c.speaker == name)
                           .values(speaker_key=speaker_key(name)))


def _create_trigram_index(connection: Connection) -> None:
    """A pg_trgm GIN index for "speaker contains" when the extension is (or can be) installed;
    without it the filter still works, by scanning."""
    schema = _trigram_schema(connection)
    if schema is None:
        try:
            with connection.begin_nested():  # a savepoint: a refused CREATE must not abort the migration
                connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        except sa.exc.DBAPIError:
            return
        schema = _trigram_schema(connection)
    if schema is None:
        return
    # The extension may live in a schema outside search_path, so its operator class is named in full.
    opclass = f"{connection.dialect.identifier_preparer.quote_schema(schema)}.gin_trgm_ops"
    op.create_index("ix_statements_speaker_trgm", "statements", ["speaker_key"], postgresql_using="gin",
                    postgresql_ops={"speaker_key": opclass})


def _trigram_schema(connection: Connection) -> str | None:
    return connection.execute(sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'")).scalar()


def _create_speaker_names() -> None:
    """SQLite: the distinct speaker keys, so "contains" scans names, not every statement.
    Keys are never removed: a name with no statements left matches no statement."""
    op.execute("CREATE TABLE speaker_names (key TEXT PRIMARY KEY) WITHOUT ROWID")
    op.execute("INSERT OR IGNORE INTO speaker_names (key) "
               "SELECT DISTINCT speaker_key FROM statements WHERE speaker_key IS NOT NULL")
    op.execute("CREATE TRIGGER speaker_names_insert AFTER INSERT ON statements "
               "WHEN new.speaker_key IS NOT NULL BEGIN "
               "INSERT OR IGNORE INTO speaker_names (key) VALUES (new.speaker_key); END")
    op.execute("CREATE TRIGGER speaker_names_update AFTER UPDATE OF speaker_key ON statements "
               "WHEN new.speaker_key IS NOT NULL BEGIN "
               "INSERT OR IGNORE INTO speaker_names (key) VALUES (new.speaker_key); END")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS speaker_names_insert")
        op.execute("DROP TRIGGER IF EXISTS speaker_names_update")
        op.execute("DROP TABLE IF EXISTS speaker_names")
    if connection.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_statements_speaker_trgm")
    for index in ("ix_statements_speaker_by_day", "ix_statements_stance_by_day", "ix_statements_by_day"):
        op.drop_index(index, table_name="statements")
    op.create_index("ix_statements_stance", "statements", ["stance"])
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("effective_day")
        batch.drop_column("speaker_key")
