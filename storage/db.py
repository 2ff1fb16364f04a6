"""Engines for SQLite (one machine) and PostgreSQL (many replicas), and schema migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine, make_url


class SchemaNotReady(Exception):
    """The database schema is older than this code: run `crmbot db upgrade`."""


def normalize_url(url: str) -> str:
    """Return the URL with the psycopg 3 driver for any PostgreSQL spelling."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine: SQLite in WAL mode with foreign keys, or PostgreSQL through psycopg."""
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        kwargs.setdefault("pool_pre_ping", True)
        connect_args = dict(kwargs.pop("connect_args", {}))
        # Options given in the URL (`?options=-csearch_path%3Dcrm`) are kept beside ours.
        given = [str(o) for o in (parsed.query.get("options"), connect_args.get("options")) if o]
        parsed = parsed.difference_update_query(["options"])
        # The bot's queries are short index walks; JIT compiling them (on when the planner
        # overestimates rows) costs tens of milliseconds and saves nothing.
        connect_args["options"] = " ".join([*given, "-c jit=off"])
        return sa.create_engine(parsed, connect_args=connect_args, **kwargs)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    # The bot's handlers and the reminder tick may share the engine across threads.
    kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
    engine = sa.create_engine(url, **kwargs)

    @sa.event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # WAL lets readers (the bot answering) run while a writer (ingestion) works.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


@contextmanager
def _alembic_config(connection: Connection) -> Iterator[Config]:
    with as_file(files("storage") / "migrations") as location:
        config = Config()
        config.set_main_option("script_location", str(location))
        # env.py uses this connection, so URLs with '%' in a password never meet configparser.
        config.attributes["connection"] = connection
        yield config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (the latest by default)."""
    with engine.begin() as connection, _alembic_config(connection) as config:
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema down to `revision` ("base" removes every table)."""
    with engine.begin() as connection, _alembic_config(connection) as config:
        command.downgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """Return the latest revision this code knows."""
    with as_file(files("storage") / "migrations") as location:
        config = Config()
        config.set_main_option("script_location", str(location))
        return ScriptDirectory.from_config(config).get_current_head()


def open_engine(url: str, **kwargs: Any) -> Engine:
    """Open the store: SQLite is migrated on first use, PostgreSQL must already be current."""
    engine = make_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        upgrade(engine)
    elif current_revision(engine) != head_revision():
        engine.dispose()
        raise SchemaNotReady("the database schema is not current: run `crmbot db upgrade`")
    return engine
