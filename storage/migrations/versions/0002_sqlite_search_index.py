"""Full-text trigram index for search on SQLite (PostgreSQL has its pg_trgm index since 0001).

An FTS5 table over commitment.search_text, kept in step by triggers. A later migration that
rebuilds the commitment table in SQLite batch mode must create the triggers again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    "CREATE VIRTUAL TABLE commitment_search USING fts5("
    "search_text, content='commitment', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER commitment_search_insert AFTER INSERT ON commitment BEGIN "
    "INSERT INTO commitment_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER commitment_search_delete AFTER DELETE ON commitment BEGIN "
    "INSERT INTO commitment_search(commitment_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER commitment_search_update AFTER UPDATE OF search_text ON commitment BEGIN "
    "INSERT INTO commitment_search(commitment_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO commitment_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO commitment_search(commitment_search) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER commitment_search_{trigger}")
    op.execute("DROP TABLE commitment_search")
