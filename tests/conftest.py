"""Database fixtures: a fresh SQLite file per test, and the same tests on PostgreSQL.

Set TEST_DATABASE_URL (tests/run-suite does, with a throwaway server) to run every test that uses
`engine` on PostgreSQL too; each such test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

# pytest puts tests/ first on sys.path, where tests/storage (no __init__.py) would pass for the
# `storage` package as a namespace package; the project root first keeps the real one.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest
from fakes.log_check import TokenLogCheck
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.actors import seed_actors
from storage.db import make_engine, upgrade

# The fake Telegram Bot API server and the bot harness (tests/fakes), for the bot's tests.
pytest_plugins = ["fakes.telegram_fixtures", "fakes.bot_harness"]

PG_URL_VARIABLE = "TEST_DATABASE_URL"

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(autouse=True)
def token_log_check() -> Iterator[TokenLogCheck]:
    """Log at DEBUG through the bot's own handler; fail the test if a line holds a bot token."""
    check = TokenLogCheck()
    check.install()
    yield check
    check.remove()
    failure = check.failure()
    if failure:
        pytest.fail(failure, pytrace=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file once; each test starts from a copy of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine | None]:
    """Connect to the test PostgreSQL server, if there is one."""
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        yield None
        return
    admin = make_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        # Installed once for every test schema (the migration finds it in `public`).
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    yield admin
    admin.dispose()


def postgres_engine(admin: Engine) -> tuple[Engine, str]:
    """Return an engine whose tables live in a new, empty schema."""
    schema = f"test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine = make_engine(
        admin.url.render_as_string(hide_password=False),
        connect_args={"options": f"-csearch_path={schema}"},
    )
    return engine, schema


def drop_schema(admin: Engine, schema: str) -> None:
    """Remove a test schema and everything in it."""
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=BACKENDS)
def empty_engine(
    request: pytest.FixtureRequest, tmp_path: Path, pg_admin: Engine | None
) -> Iterator[Engine]:
    """Yield an engine on an empty database (no tables) of each backend."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
        yield engine
        engine.dispose()
        return
    if pg_admin is None:
        pytest.skip(f"{PG_URL_VARIABLE} is not set")
    engine, schema = postgres_engine(pg_admin)
    yield engine
    engine.dispose()
    drop_schema(pg_admin, schema)


@pytest.fixture(params=BACKENDS)
def engine(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    pg_admin: Engine | None,
) -> Iterator[Engine]:
    """Yield an engine on a migrated database with the CRM actors, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "crmbot.sqlite3"
        shutil.copyfile(sqlite_template, path)
        engine = make_engine(f"sqlite:///{path}")
        schema = None
    else:
        if pg_admin is None:
            pytest.skip(f"{PG_URL_VARIABLE} is not set")
        engine, schema = postgres_engine(pg_admin)
        upgrade(engine)
    with Session(engine) as session:
        seed_actors(session, actor_records())
        session.commit()
    yield engine
    engine.dispose()
    if schema is not None and pg_admin is not None:
        drop_schema(pg_admin, schema)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """Yield one session on the test database."""
    with Session(engine) as session:
        yield session


def actor_records() -> list[dict[str, object]]:
    """Return the CRM actors, as bot/ code passes them to `seed_actors`."""
    data = json.loads((files("extractors") / "data" / "actors.json").read_text("utf-8"))
    return list(data["actors"])
