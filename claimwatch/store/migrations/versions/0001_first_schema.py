"""The first schema: outlets, documents, their extracted records, and full-text search.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _span_columns() -> list[sa.Column]:
    return [sa.Column("span_start", sa.Integer(), nullable=False),
            sa.Column("span_end", sa.Integer(), nullable=False)]


def _record_table(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=f"fk_{name}_document_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
    )
    op.create_index(f"ix_{name}_document_id", name, ["document_id"])


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outlets"),
        sa.UniqueConstraint("name", name="uq_outlets_name"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("published_inferred", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("extraction_version", sa.Integer(), nullable=False),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name="fk_documents_outlet_id_outlets"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["documents.id"], name="fk_documents_duplicate_of_documents"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    op.create_index("ix_documents_outlet_id", "documents", ["outlet_id"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])

    _record_table(
        "statements",
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("stance", sa.Text(), nullable=False),
        sa.Column("said_on", sa.Text(), nullable=True),
        sa.Column("said_day", sa.Date(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("mode", sa.Text(), nullable=False),
        sa.Column("speaker_org", sa.Text(), nullable=True),
        sa.Column("speaker_country", sa.Text(), nullable=True),
        *_span_columns(),
        sa.Column("content_start", sa.Integer(), nullable=True),
        sa.Column("content_end", sa.Integer(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
    )
    op.create_index("ix_statements_speaker", "statements", ["speaker"])
    op.create_index("ix_statements_stance", "statements", ["stance"])
    _record_table(
        "quantities",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("low", sa.Float(), nullable=True),
        sa.Column("high", sa.Float(), nullable=True),
        sa.Column("approx", sa.Boolean(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=True),
        sa.Column("holder", sa.Text(), nullable=True),
        *_span_columns(),
    )
    op.create_index("ix_quantities_unit", "quantities", ["unit"])
    _record_table(
        "times",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("anchor", sa.Text(), nullable=True),
        *_span_columns(),
    )
    _record_table(
        "entities",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        *_span_columns(),
    )
    op.create_index("ix_entities_text", "entities", ["text"])
    _create_search()


def _create_search() -> None:
    """Full-text search over title and text: FTS5 on SQLite, a tsvector + GIN index on PostgreSQL."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5("
                   "title, text, content='documents', content_rowid='id', tokenize='porter unicode61')")
        op.execute("CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
                   "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
        op.execute("CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
                   "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                   "VALUES ('delete', old.id, old.title, old.text); END")
        op.execute("CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
                   "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                   "VALUES ('delete', old.id, old.title, old.text); "
                   "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED")
        op.execute("CREATE INDEX ix_documents_search_vector ON documents USING GIN (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("entities", "times", "quantities", "statements", "documents", "outlets"):
        op.drop_table(table)
