"""Reminders from the real `crmbot run` process through the fake Bot API server: faults, a
restart across a reminder moment, and a process killed in the middle of a fan-out.

The bot's clock starts at CRMBOT_NOW and the tick runs every second; the tests wait for the
other process, they never move time themselves.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fakes.bot_harness import BotProcess
from fakes.telegram_api import FakeTelegram, Faults, User
from sqlmodel import Session, select

from storage.db import make_engine
from storage.models import ReminderOutbox
from storage.reminders import PENDING, SENDING, planned_through
from storage.subscribers import get_chat, subscribe

# 8 July 2017 in Guatemala: the 15 July deadline (para. 16.a) is seven days ahead at 09:00.
BEFORE_NINE = "2017-07-08T08:59:57-06:00"
REMINDER = "15 de julio de 2017 · faltan 7 días"
WAIT = 120
JULY_1 = datetime(2017, 7, 1, tzinfo=UTC)


def subscribe_all(store: Path, users: list[User]) -> None:
    engine = make_engine(f"sqlite:///{store}")
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
            chat = get_chat(session, chat_id=user.id)
            assert chat is not None
            chat.digest = False
        session.commit()
    engine.dispose()


def outbox(store: Path) -> list[ReminderOutbox]:
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        rows = list(session.exec(select(ReminderOutbox)).all())
    engine.dispose()
    return rows


def wait_for(condition: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    """Wait for the bot process to reach a state (polling the database it writes)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def reminders_to(tg: FakeTelegram, user: User) -> list[str]:
    return [m.text for m in tg.messages(user) if m.from_bot and REMINDER in (m.text or "")]


@pytest.fixture
def env(bot_env: dict[str, str]) -> dict[str, str]:
    return bot_env | {"CRMBOT_NOW": BEFORE_NINE, "CRMBOT_TICK_SECONDS": "1"}


def test_every_reminder_arrives_once_through_429s_500s_and_blocked_users(
    env: dict[str, str],
    store: Path,
    fake_telegram_factory: Callable[..., FakeTelegram],
    tmp_path: Path,
) -> None:
    tg = fake_telegram_factory()
    tg.inject_faults(Faults(rate_429=0.10, retry_after=(1, 3), rate_500=0.05, seed=7))
    users = [tg.user(5000 + n, f"Delegada {n}", language_code="es") for n in range(40)]
    blocked = users[:3]
    for user in blocked:
        tg.block(user)
    subscribe_all(store, users)
    bot = BotProcess(
        tmp_path, env | {"TELEGRAM_BOT_TOKEN": tg.token, "TELEGRAM_API_BASE_URL": tg.base_url}
    )
    try:
        wait_for(lambda: len(outbox(store)) >= len(users), "the reminders to be planned")
        wait_for(
            lambda: all(r.status not in (PENDING, SENDING) for r in outbox(store)),
            "every planned reminder to be sent or given up",
        )
    finally:
        bot.stop()
    for user in users[3:]:
        assert len(reminders_to(tg, user)) == 1, bot.output()
    assert {r.status for r in outbox(store) if r.subscriber_id} >= {"sent", "failed"}
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        for user in blocked:
            chat = get_chat(session, chat_id=user.id)
            assert chat is not None and not chat.active
        assert all(get_chat(session, chat_id=u.id).active for u in users[3:])  # type: ignore[union-attr]
    engine.dispose()
    statuses = Counter(c.status for c in tg.requests if c.method == "sendMessage")
    assert statuses[429] and statuses[500], "the faults were injected"


def test_a_reminder_whose_moment_passed_while_stopped_is_sent_on_restart(
    env: dict[str, str], store: Path, fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    subscribe_all(store, [ana])
    first = BotProcess(tmp_path, env | {"CRMBOT_NOW": "2017-07-08T07:00:00-06:00"})
    tg.wait_until_polling(timeout=60)
    wait_for(lambda: _planned_through(store) is not None, "a first tick")
    assert first.stop() == 0
    assert reminders_to(tg, ana) == []
    # Back at 11:00: 09:00 passed while the bot was stopped.
    second = BotProcess(tmp_path, env | {"CRMBOT_NOW": "2017-07-08T11:00:00-06:00"})
    try:
        tg.wait_until(lambda: reminders_to(tg, ana), timeout=WAIT, what="the late reminder")
    finally:
        second.stop()
    (late,) = reminders_to(tg, ana)
    assert late.startswith("🔔 Recordatorio (con retraso")


def test_a_fan_out_killed_midway_reaches_everyone_after_a_restart(
    env: dict[str, str], store: Path, fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    tg = fake_telegram
    users = [tg.user(7000 + n, f"Delegado {n}", language_code="es") for n in range(500)]
    subscribe_all(store, users)
    first = BotProcess(tmp_path, env)

    def delivered() -> int:
        return sum(1 for c in tg.requests if c.method == "sendMessage" and c.ok)

    tg.wait_until(lambda: delivered() >= 120, timeout=WAIT, what="a part of the fan-out")
    first.process.send_signal(signal.SIGKILL)
    first.process.wait()
    first.stop()
    at_kill = delivered()
    assert at_kill < len(users), "killed in the middle"
    second = BotProcess(tmp_path, env)
    try:
        tg.wait_until(
            lambda: all(reminders_to(tg, u) for u in users), timeout=WAIT, what="every recipient"
        )
    finally:
        second.stop()
    counts = [len(reminders_to(tg, u)) for u in users]
    duplicates = sum(n - 1 for n in counts)
    # Only sends in flight when the process died can be sent twice (at most the sender's
    # concurrency), and the claim lease holds them back until it ends.
    assert duplicates <= 8, duplicates
    assert not [c for c in tg.requests if c.status == 429], "the fan-out stays under the limits"


def _planned_through(store: Path) -> datetime | None:
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        moment = planned_through(session)
    engine.dispose()
    return moment
