"""Migrations: upgrade, downgrade and upgrade again on both databases; models match them."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factories import NOW, ingest, san_salvador_es
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from storage.db import current_revision, downgrade, head_revision, open_engine, upgrade
from storage.models import Commitment
from storage.queries import search

TABLES = {
    "actor",
    "actor_alias",
    "group_member",
    "meeting",
    "document",
    "commitment_group",
    "commitment",
    "commitment_actor",
    "task_status",
    "participation",
    "subscriber",
    "role",
    "reminder_log",
}


def tables(engine: Engine) -> set[str]:
    # SQLite's full-text index is a virtual table with shadow tables of its own.
    names = set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
    return {n for n in names if not n.startswith("commitment_search")}


def test_upgrade_downgrade_upgrade(empty_engine: Engine) -> None:
    assert current_revision(empty_engine) is None
    upgrade(empty_engine)
    assert current_revision(empty_engine) == head_revision()
    assert tables(empty_engine) == TABLES
    assert search_index(empty_engine)
    downgrade(empty_engine, "base")
    assert current_revision(empty_engine) is None
    assert tables(empty_engine) == set()
    assert not search_index(empty_engine)
    upgrade(empty_engine)
    assert tables(empty_engine) == TABLES
    assert search_index(empty_engine)


def search_index(engine: Engine) -> bool:
    """Tell whether the backend's substring index for search exists."""
    inspector = sa.inspect(engine)
    if engine.dialect.name == "sqlite":
        return "commitment_search" in inspector.get_table_names()
    if "commitment" not in inspector.get_table_names():
        return False
    return "ix_commitment_search_words" in {i["name"] for i in inspector.get_indexes("commitment")}


def test_the_models_match_the_migrations(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    # The search indexes (SQLite FTS5; PostgreSQL's tsvector column and its GIN index) exist
    # only in the migrations, on purpose.
    differences = [
        d
        for d in differences
        if "commitment_search" not in str(d) and "search_vector" not in str(d)
    ]
    assert differences == []


def test_first_use_of_sqlite_creates_the_data_directory_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "new" / "dir" / "crmbot.sqlite3"
    engine = open_engine(f"sqlite:///{path}")
    assert path.exists()
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_word_search_migration_keeps_stored_items_searchable(empty_engine: Engine) -> None:
    upgrade(empty_engine, "0002")
    with Session(empty_engine) as session:
        ingest(session, san_salvador_es())
        session.commit()
    # Before 0003, search_text was the folded text with its punctuation.
    with empty_engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE commitment SET search_text = 'taller sobre integridad del pasaporte (fase 2).'"
            " WHERE ref = '24'"
        )
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        texts = session.exec(select(Commitment.search_text).where(Commitment.ref == "24")).all()
        assert texts == ["taller sobre integridad del pasaporte fase 2"]
        found = search(session=session, now=NOW, text="pasaporte (fase")
        assert [c.ref for c in found] == ["24"]
    downgrade(empty_engine, "0002")
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        assert [c.ref for c in search(session=session, now=NOW, text="integridad")] == ["24"]
