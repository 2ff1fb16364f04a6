"""Word search: full-text indexes over the words of each item instead of trigram substrings.

`commitment.search_text` now holds the item's folded words, space-separated. SQLite indexes it
with an FTS5 `unicode61` table (kept in step by triggers), PostgreSQL with a generated tsvector
column and a GIN index. PostgreSQL cannot estimate how many rows a substring LIKE matches, and
guessed wrong it read most of the table for a rare word; it keeps statistics on words, and an
index of words has no false candidates to recheck.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_WORD = re.compile(r"[^\W_]+")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _drop_sqlite_index()
    else:
        op.execute("DROP INDEX IF EXISTS ix_commitment_search_trgm")
    # search_text was already folded (accents and case): only the punctuation goes.
    _rewrite_search_text(lambda text: " ".join(_WORD.findall(text)))
    if dialect == "sqlite":
        _create_sqlite_index("unicode61")
        return
    op.execute(
        "ALTER TABLE commitment ADD COLUMN search_vector tsvector"
        " GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED"
    )
    op.execute("CREATE INDEX ix_commitment_search_words ON commitment USING gin (search_vector)")


def downgrade() -> None:
    # search_text keeps its word form: folded words are still what 0002's indexes expect.
    if op.get_bind().dialect.name == "sqlite":
        _drop_sqlite_index()
        _create_sqlite_index("trigram")
        return
    op.execute("DROP INDEX ix_commitment_search_words")
    op.execute("ALTER TABLE commitment DROP COLUMN search_vector")
    _create_trigram_index()


def _rewrite_search_text(convert: Callable[[str], str]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, search_text FROM commitment")).all()
    converted = ((id_, text, convert(text)) for id_, text in rows)
    changes = [{"id": id_, "text": new} for id_, old, new in converted if new != old]
    for start in range(0, len(changes), 1000):
        bind.execute(
            sa.text("UPDATE commitment SET search_text = :text WHERE id = :id"),
            changes[start : start + 1000],
        )


def _create_sqlite_index(tokenize: str) -> None:
    op.execute(
        "CREATE VIRTUAL TABLE commitment_search USING fts5("
        f"search_text, content='commitment', content_rowid='id', tokenize='{tokenize}')"
    )
    op.execute(
        "CREATE TRIGGER commitment_search_insert AFTER INSERT ON commitment BEGIN "
        "INSERT INTO commitment_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER commitment_search_delete AFTER DELETE ON commitment BEGIN "
        "INSERT INTO commitment_search(commitment_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER commitment_search_update AFTER UPDATE OF search_text ON commitment BEGIN "
        "INSERT INTO commitment_search(commitment_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO commitment_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute("INSERT INTO commitment_search(commitment_search) VALUES ('rebuild')")


def _drop_sqlite_index() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS commitment_search_{trigger}")
    op.execute("DROP TABLE IF EXISTS commitment_search")


def _create_trigram_index() -> None:
    bind = op.get_bind()
    schema = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()
    if schema is None:
        return
    quoted = '"' + schema.replace('"', '""') + '"'
    op.execute(
        "CREATE INDEX ix_commitment_search_trgm ON commitment"
        f" USING gin (search_text {quoted}.gin_trgm_ops)"
    )
