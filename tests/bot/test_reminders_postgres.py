"""Two `crmbot run` processes on one PostgreSQL database share the reminder outbox: each reminder
goes out once, and when one process is killed the other finishes the fan-out."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import actor_records, drop_schema, postgres_engine
from fakes.bot_harness import SAMPLES, BotProcess, settings_for
from fakes.telegram_api import FakeTelegram, User
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.store_cli import ingest_sources
from storage.actors import seed_actors
from storage.db import make_engine, upgrade
from storage.subscribers import subscribe, update_chat

pytestmark = pytest.mark.postgres

BEFORE_NINE = "2017-07-08T08:59:57-06:00"  # the 7-day reminder of 15 July is due at 09:00
REMINDER = "15 de julio de 2017 · faltan 7 días"
JULY_1 = datetime(2017, 7, 1, tzinfo=UTC)
WAIT = 120


@pytest.fixture
def postgres_store(pg_admin: Engine | None) -> Iterator[str]:
    """A schema of its own holding the San Salvador sample; yield its DATABASE_URL."""
    if pg_admin is None:
        pytest.skip("TEST_DATABASE_URL is not set")
    engine, schema = postgres_engine(pg_admin)
    upgrade(engine)
    with Session(engine) as session:
        seed_actors(session, actor_records())
        session.commit()
    url = engine.url.render_as_string(hide_password=False) + f"?options=-csearch_path%3D{schema}"
    settings = settings_for(Path("unused.sqlite3"), database_url=url)
    sample = [str(SAMPLES / "000_fe613b9cfbbc395e.txt")]
    assert ingest_sources(engine, sample, settings=settings, publish=True, as_of=None) == 0
    engine.dispose()
    yield url
    drop_schema(pg_admin, schema)


def chats(url: str, users: list[User]) -> None:
    engine = make_engine(url)
    with Session(engine) as session:
        for user in users:
            subscribe(
                session,
                chat_id=user.id,
                now=JULY_1,
                lang="es",
                timezone="America/Guatemala",
                country="Guatemala",
                follows="country",
            )
            update_chat(session, chat_id=user.id, now=JULY_1, digest=False)
        session.commit()
    engine.dispose()


def received(tg: FakeTelegram, user: User) -> int:
    return sum(1 for m in tg.messages(user) if m.from_bot and REMINDER in (m.text or ""))


def start_two(env: dict[str, str], tmp_path: Path) -> list[BotProcess]:
    return [BotProcess(tmp_path, env), BotProcess(tmp_path, env)]


@pytest.fixture
def env(bot_env: dict[str, str], postgres_store: str) -> dict[str, str]:
    return bot_env | {
        "DATABASE_URL": postgres_store,
        "CRMBOT_NOW": BEFORE_NINE,
        "CRMBOT_TICK_SECONDS": "1",
    }


def test_two_processes_send_each_reminder_once(
    env: dict[str, str], postgres_store: str, fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    tg = fake_telegram
    users = [tg.user(8000 + n, f"D{n}", language_code="es") for n in range(80)]
    chats(postgres_store, users)
    bots = start_two(env, tmp_path)
    try:
        tg.wait_until(
            lambda: all(received(tg, u) for u in users), timeout=WAIT, what="every recipient"
        )
    finally:
        for bot in bots:
            bot.stop()
    assert [received(tg, u) for u in users] == [1] * len(users)


def test_when_one_process_dies_the_other_finishes_the_fan_out(
    env: dict[str, str], postgres_store: str, fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    tg = fake_telegram
    users = [tg.user(9000 + n, f"D{n}", language_code="es") for n in range(300)]
    chats(postgres_store, users)
    first, second = start_two(env, tmp_path)
    try:
        tg.wait_until(
            lambda: sum(received(tg, u) for u in users) >= 60,
            timeout=WAIT,
            what="a part of the fan-out",
        )
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        tg.wait_until(
            lambda: all(received(tg, u) for u in users), timeout=WAIT, what="every recipient"
        )
    finally:
        first.stop()
        second.stop()
    duplicates = sum(received(tg, u) - 1 for u in users)
    assert duplicates <= 8, duplicates
