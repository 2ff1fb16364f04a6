"""Migrations: upgrade, downgrade and upgrade again on both databases; models match them."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from factories import NOW, count, ingest, san_salvador_es
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from storage.calendars import feed_for, live_feed
from storage.db import current_revision, downgrade, head_revision, open_engine, upgrade
from storage.models import Commitment
from storage.queries import next_due, search
from storage.reminders import Planned, enqueue
from storage.subscribers import (
    ensure_chat,
    follow_topic,
    get_chat,
    subscribe,
    topics_of,
    update_chat,
)

TABLES = {
    "actor",
    "actor_alias",
    "group_member",
    "meeting",
    "document",
    "commitment_group",
    "commitment",
    "commitment_actor",
    "commitment_topic",
    "task_status",
    "occurrence_status",
    "participation",
    "subscriber",
    "subscriber_topic",
    "role",
    "role_request",
    "history",
    "reminder_outbox",
    "reminder_planner",
    "reminder_mute",
    "calendar_feed",
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
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        ingest(session, san_salvador_es())
        session.commit()
    downgrade(empty_engine, "0002")
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


def test_chat_settings_and_topics_migrate_both_ways_with_data(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    doc = san_salvador_es()
    doc["commitments"][1]["topics"] = ["Red de Protección Consular"]
    with Session(empty_engine) as session:
        ingest(session, doc)
        subscribe(session, chat_id=1, now=NOW, lang="en", country="Panamá", follows="country")
        ensure_chat(session, chat_id=2, now=NOW, lang="es", timezone="UTC", chat_type="group")
        follow_topic(session, chat_id=1, topic="Red de Protección Consular")
        chat = get_chat(session, chat_id=1)
        item = session.exec(select(Commitment).where(Commitment.ref == "16.a")).one()
        assert chat is not None and chat.id is not None
        session.commit()
        subscriber_id, group_id = chat.id, item.group_id

    # A claim in the reminder log that 0004 knew (the outbox replaces it in 0006).
    downgrade(empty_engine, "0005")
    with empty_engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO reminder_log (subscriber_id, group_id, offset_days, claimed_at)"
                " VALUES (:subscriber, :group, 7, :now)"
            ),
            {"subscriber": subscriber_id, "group": group_id, "now": NOW},
        )
    downgrade(empty_engine, "0003")
    assert "updated_at" not in columns(empty_engine, "subscriber")
    assert "topics" not in columns(empty_engine, "commitment")
    assert not {"subscriber_topic", "commitment_topic"} & tables(empty_engine)
    with Session(empty_engine) as session:
        # Nothing is rebuilt: the reminder log that cascades from subscribers is still there.
        assert count(session, "subscriber") == 2
        assert count(session, "reminder_log") == 1
        assert count(session, "commitment") == 9

    # Up to where the reminder log still is (0005), then past it.
    upgrade(empty_engine, "0005")
    with Session(empty_engine) as session:
        chat = get_chat(session, chat_id=1)
        assert chat is not None
        # What 0003 knew is kept; the new settings take their defaults; nothing is backfilled.
        assert (chat.lang, chat.country, chat.follows, chat.active) == (
            "en",
            "Panamá",
            "country",
            True,
        )
        assert (chat.chat_type, chat.lead_days, chat.digest) == ("private", None, True)
        assert chat.updated_at == chat.created_at == NOW
        group = get_chat(session, chat_id=2)
        assert group is not None and group.chat_type == "private" and group.active is False
        assert topics_of(session, chat_id=1) == []
        # Columns, not models: the models are those of the head revision, not of 0005.
        assert {tuple(t) for t in session.exec(select(Commitment.topics)).all()} == {()}
        # Spans and reaches are derived from the dates, so existing items get them.
        spans = select(Commitment.span_days, Commitment.reach_days)
        assert session.exec(spans.where(Commitment.ref == "16.c")).one() == (4, 94)
        assert session.exec(spans.where(Commitment.ref == "2.a")).one() == (None, None)
        assert count(session, "commitment_topic") == 0
        assert count(session, "reminder_log") == 1
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        assert [c.ref for c in search(session=session, now=NOW, text="pasaporte")] == ["24"]
        # The new columns and tables take writes after the round trip.
        update_chat(session, chat_id=1, now=NOW, lead_days=[3, 10], digest=False)
        assert follow_topic(session, chat_id=1, topic="Red de Protección Consular")
        ingest(session, doc | {"undated": []}, source="v2.txt")
        session.commit()
        assert topics_of(session, chat_id=1) == ["Red de Protección Consular"]
        assert count(session, "commitment_topic") == 1
        found = next_due(session=session, now=NOW, limit=2)
        assert [(c.ref, c.topics) for c in found] == [
            ("23", []),
            ("16.a", ["Red de Protección Consular"]),
        ]
    with pytest.raises(sa.exc.IntegrityError), empty_engine.begin() as connection:
        connection.exec_driver_sql("UPDATE subscriber SET chat_type = 'bot' WHERE chat_id = 1")


def columns(engine: Engine, table: str) -> set[str]:
    """Return the column names of a table."""
    return {c["name"] for c in sa.inspect(engine).get_columns(table)}


def test_the_reminder_outbox_replaces_the_reminder_log_both_ways(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    assert "reminder_log" not in tables(empty_engine)
    with Session(empty_engine) as session:
        ingest(session, san_salvador_es())
        subscribe(session, chat_id=1, now=NOW, lang="es", country="Panamá", follows="country")
        chat = get_chat(session, chat_id=1)
        item = session.exec(select(Commitment).where(Commitment.ref == "16.a")).one()
        assert chat is not None and chat.id is not None
        planned = Planned(chat.id, item.group_id, "remind", "d7@2017-07-15", item.end, NOW)
        assert enqueue(session, [planned], now=NOW) == 1
        session.commit()
    downgrade(empty_engine, "0005")
    assert "reminder_log" in tables(empty_engine)
    assert not {"reminder_outbox", "reminder_planner", "reminder_mute"} & tables(empty_engine)
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        # Chats and items survive; the outbox starts empty and is planned again.
        assert count(session, "subscriber") == 1 and count(session, "reminder_outbox") == 0


def test_calendar_feeds_migrate_both_ways(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        subscribe(session, chat_id=1, now=NOW, lang="es", country="Panamá", follows="country")
        token = feed_for(session, chat_id=1, now=NOW)
        session.commit()
    downgrade(empty_engine, "0006")
    assert "calendar_feed" not in tables(empty_engine)
    assert "reminder_outbox" in tables(empty_engine)
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        # Chats stay; the links given before the downgrade are gone, and new ones work.
        assert count(session, "subscriber") == 1 and count(session, "calendar_feed") == 0
        assert live_feed(session, token=token) is None
        assert live_feed(session, token=feed_for(session, chat_id=1, now=NOW)) is not None


def test_recurring_duties_migrate_both_ways(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    doc = san_salvador_es()
    doc["commitments"][1]["recurrence"] = {"freq": "MONTHLY", "interval": 3}
    with Session(empty_engine) as session:
        ingest(session, doc)
        session.commit()
    downgrade(empty_engine, "0007")
    assert "recurrence" not in columns(empty_engine, "commitment")
    assert "occurrence_status" not in tables(empty_engine)
    with Session(empty_engine) as session:
        # The items stay; only their recurrence is gone.
        assert count(session, "commitment") == 9
    upgrade(empty_engine)
    with Session(empty_engine) as session:
        items = session.exec(select(Commitment.ref, Commitment.recurrence)).all()
        assert all(recurrence is None for _, recurrence in items)
        # A revision of the document restores it.
        doc["commitments"][1]["what"] = "Remitir información sobre mujer migrante"
        ingest(session, doc, source="v2.txt")
        session.commit()
        item = session.exec(select(Commitment).where(Commitment.ref == "16.a")).one()
        assert item.recurrence is not None and item.recurrence["interval"] == 3
