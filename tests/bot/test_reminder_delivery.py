"""Reminders end to end in-process: the tick plans from the samples store, sends through the fake
Bot API server, and the fake clock moves time."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fakes.bot_harness import BotHarness
from fakes.clock import FakeClock
from sqlmodel import Session, select

from bot.cli import main
from bot.reminders.jobs import run_tick
from bot.reminders.sender import split
from bot.services import Services
from storage.db import make_engine
from storage.marks import confirm_participation
from storage.models import Commitment, ReminderOutbox
from storage.reminders import set_planned_through
from storage.roles import grant
from storage.subscribers import get_chat, grant_role, subscribe, update_chat

# 8 July 2017, 09:00 in Guatemala: seven days before the 15 July deadline (para. 16.a).
JULY_8_NINE = datetime(2017, 7, 8, 15, 0, tzinfo=UTC)


def services(harness: BotHarness) -> Services:
    return harness.application.bot_data["services"]


def join(harness: BotHarness, chat_id: int, **settings: object) -> None:
    with Session(harness.engine) as session:
        subscribe(
            session,
            chat_id=chat_id,
            now=JULY_8_NINE,
            lang="es",
            timezone="America/Guatemala",
            country="Guatemala",
            follows="country",
        )
        if settings:
            update_chat(session, chat_id=chat_id, now=JULY_8_NINE, **settings)  # type: ignore[arg-type]
        session.commit()


def since(harness: BotHarness, moment: datetime) -> None:
    with Session(harness.engine) as session:
        set_planned_through(session, moment=moment)
        session.commit()


def texts(harness: BotHarness, chat: object) -> list[str]:
    return [m.text or "" for m in harness.replies(chat)]


def outbox(harness: BotHarness) -> list[ReminderOutbox]:
    with Session(harness.engine) as session:
        return list(session.exec(select(ReminderOutbox).order_by(ReminderOutbox.id)).all())


async def tick(harness: BotHarness) -> None:
    await run_tick(services(harness), harness.application.bot)


async def test_a_deadline_is_reminded_at_nine_once(harness: BotHarness, clock: FakeClock) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    join(harness, 1001)
    since(harness, datetime(2017, 7, 8, 14, 0, tzinfo=UTC))
    clock.set(datetime(2017, 7, 8, 14, 59, tzinfo=UTC))
    await tick(harness)
    assert texts(harness, ana) == []
    clock.set(JULY_8_NINE)
    await tick(harness)
    (reminder,) = texts(harness, ana)
    assert reminder.startswith("🔔 Recordatorio")
    assert "15 de julio de 2017 · faltan 7 días" in reminder and "párr. 16.a" in reminder
    labels = [label for row in harness.last(ana).buttons for label, _ in row]
    assert labels == ["📄 Ver", "⏰ Mañana", "🔕 No recordar más"]
    clock.advance(minutes=1)
    await tick(harness)
    assert len(texts(harness, ana)) == 1, "a reminder is sent once"
    assert [r.status for r in outbox(harness)] == ["sent"]


async def test_after_downtime_missed_reminders_coalesce_and_say_late(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    join(harness, 1001, digest=False)
    # Down from 30 June until the afternoon of 14 July.
    since(harness, datetime(2017, 6, 30, 12, 0, tzinfo=UTC))
    clock.set(datetime(2017, 7, 14, 20, 0, tzinfo=UTC))
    await tick(harness)
    sent = texts(harness, ana)
    about_deadline = [t for t in sent if "15 de julio de 2017" in t]
    assert len(about_deadline) == 1, "14, 7 and 1 days before coalesce into one"
    assert about_deadline[0].startswith("🔔 Recordatorio (con retraso")
    assert "mañana" in about_deadline[0]
    # The Ad Hoc meeting of 6-7 July is past: stale, not sent.
    assert not any("6–7 de julio" in t for t in sent)
    occasions = {r.occasion for r in outbox(harness)}
    assert "d1@2017-07-15" in occasions and "d7@2017-07-15" not in occasions


async def test_each_chat_hears_at_nine_in_its_own_zone(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    rosa = harness.telegram.user(1002, "Rosa", language_code="es")
    join(harness, 1001)
    join(harness, 1002, timezone="America/Santo_Domingo")
    since(harness, datetime(2017, 7, 8, 12, 0, tzinfo=UTC))
    clock.set(datetime(2017, 7, 8, 13, 0, tzinfo=UTC))  # 09:00 in Santo Domingo, 07:00 in Guatemala
    await tick(harness)
    assert len(texts(harness, rosa)) == 1 and texts(harness, ana) == []
    clock.set(JULY_8_NINE)
    await tick(harness)
    assert len(texts(harness, rosa)) == 1 and len(texts(harness, ana)) == 1


async def test_a_blocked_chat_is_deactivated_and_the_others_still_hear(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    luis = harness.telegram.user(1002, "Luis", language_code="es")
    join(harness, 1001)
    join(harness, 1002)
    harness.telegram.block(ana)
    since(harness, datetime(2017, 7, 8, 14, 0, tzinfo=UTC))
    clock.set(JULY_8_NINE)
    await tick(harness)
    assert len(texts(harness, luis)) == 1
    with Session(harness.engine) as session:
        blocked = get_chat(session, chat_id=1001)
        assert blocked is not None and not blocked.active and blocked.country == "Guatemala"
    assert sorted(r.status for r in outbox(harness)) == ["failed", "sent"]


async def test_an_item_withdrawn_after_planning_is_not_sent(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    join(harness, 1001)
    since(harness, datetime(2017, 7, 8, 14, 0, tzinfo=UTC))
    clock.set(JULY_8_NINE)
    harness.telegram.block(ana)  # the first attempt fails and the row stays planned...
    await tick(harness)
    harness.telegram.unblock(ana)
    with Session(harness.engine) as session:
        subscribe(session, chat_id=1001, now=JULY_8_NINE)
        item = session.exec(
            select(Commitment).where(Commitment.ref == "16.a", Commitment.end == date(2017, 7, 15))
        ).one()
        item.status = "withdrawn"
        session.add(item)
        session.commit()
    clock.advance(days=6)  # ...and at the next occasion the item is gone.
    await tick(harness)
    assert not any("15 de julio" in t for t in texts(harness, ana))


async def test_the_weekly_digest_comes_on_monday_unless_switched_off(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    luis = harness.telegram.user(1002, "Luis", language_code="es")
    join(harness, 1001)
    join(harness, 1002, digest=False)
    # Monday 10 July 2017, 09:00 in Guatemala.
    since(harness, datetime(2017, 7, 10, 14, 0, tzinfo=UTC))
    clock.set(datetime(2017, 7, 10, 15, 0, tzinfo=UTC))
    await tick(harness)
    digests = [t for t in texts(harness, ana) if t.startswith("📰 Resumen semanal")]
    assert len(digests) == 1
    assert "15 de julio de 2017" in digests[0] and "17–18 de julio de 2017" in digests[0]
    assert not any(t.startswith("📰") for t in texts(harness, luis))


async def test_focal_points_are_nudged_to_confirm_until_they_answer(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    join(harness, 1001, digest=False)
    with Session(harness.engine) as session:
        grant_role(session, user_id=1001, role="focal_point", now=JULY_8_NINE, country="Guatemala")
        session.commit()
    # The passport workshop (17-18 July) asks for confirmation: 10 days before is 7 July.
    since(harness, datetime(2017, 7, 7, 14, 0, tzinfo=UTC))
    clock.set(datetime(2017, 7, 7, 15, 0, tzinfo=UTC))
    await tick(harness)
    nudges = [t for t in texts(harness, ana) if t.startswith("✅ Falta confirmar")]
    assert len(nudges) == 1 and "Guatemala" in nudges[0] and "Integridad del Pasaporte" in nudges[0]
    with Session(harness.engine) as session:
        workshop = session.exec(
            select(Commitment).where(Commitment.ref == "24", Commitment.start == date(2017, 7, 17))
        ).one()
        confirm_participation(
            session,
            group_id=workshop.group_id,
            country="Guatemala",
            confirmed=True,
            by="1001",
            now=clock.now(),
        )
        session.commit()
    clock.set(datetime(2017, 7, 12, 15, 0, tzinfo=UTC))  # five days before
    await tick(harness)
    assert len([t for t in texts(harness, ana) if t.startswith("✅")]) == 1


async def test_snooze_and_stop_buttons(harness: BotHarness, clock: FakeClock) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    join(harness, 1001, digest=False)
    since(harness, datetime(2017, 7, 8, 14, 0, tzinfo=UTC))
    clock.set(JULY_8_NINE)
    await tick(harness)
    reminder = harness.last(ana)
    await harness.press(ana, reminder, "⏰ Mañana")
    assert harness.telegram.callback_answers[-1].text == "Se lo recuerdo mañana a las 09:00."
    clock.set(datetime(2017, 7, 9, 15, 0, tzinfo=UTC))
    await tick(harness)
    assert harness.last(ana).text.startswith("⏰ Recordatorio pospuesto")
    await harness.press(ana, harness.last(ana), "🔕 No recordar más")
    clock.set(datetime(2017, 7, 14, 15, 0, tzinfo=UTC))
    await tick(harness)
    assert not any(
        "faltan 1 día" in t or "mañana" in t.split("\n")[2] for t in texts(harness, ana)[2:]
    )
    # Another chat cannot press this chat's reminder buttons.
    eve = harness.telegram.user(1003, "Eve", language_code="es")
    await harness.press_data(eve, reminder, reminder.buttons[0][1][1])
    assert "ya no es válido" in (harness.telegram.callback_answers[-1].text or "")


def test_long_messages_are_split_at_blank_lines_under_the_limit() -> None:
    blocks = [f"<b>{n}</b> " + "x" * 1500 for n in range(8)]
    parts = split("\n\n".join(blocks))
    assert len(parts) == 4 and all(len(p) <= 4096 for p in parts)
    assert "\n\n".join(parts) == "\n\n".join(blocks)


def test_preview_lists_each_reminder_at_its_local_moment(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        subscribe(
            session,
            chat_id=1001,
            now=JULY_8_NINE,
            lang="es",
            timezone="America/Guatemala",
            country="Guatemala",
            follows="country",
        )
        session.commit()
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{store}")
    monkeypatch.chdir(store.parent)
    assert main(["reminders", "preview", "--as-of", "2017-07-08T00:00-06:00", "--days", "8"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2017-07-08 09:00 America/Guatemala")
    assert "d7@2017-07-15" in lines[0] and "16.a" in lines[0]
    assert any(line.startswith("2017-07-10 09:00") and "digest" in line for line in lines)
    assert any(line.startswith("2017-07-15 09:00") and "d0@2017-07-15" in line for line in lines)
    # Nothing was written: a preview plans nothing.
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        assert session.exec(select(ReminderOutbox)).all() == []
    engine.dispose()


async def test_members_only_items_reach_verified_delegates_in_private_only(
    harness: BotHarness, clock: FakeClock
) -> None:
    vera = harness.telegram.user(1001, "Vera", language_code="es")  # a verified delegate
    pablo = harness.telegram.user(1002, "Pablo", language_code="es")  # a public user
    group = harness.telegram.group(-2001, "Delegación", members=[vera, pablo])
    join(harness, 1001, digest=False)
    join(harness, 1002, digest=False)
    with Session(harness.engine) as session:
        subscribe(
            session,
            chat_id=-2001,
            now=JULY_8_NINE,
            lang="es",
            timezone="America/Guatemala",
            country="Guatemala",
            follows="country",
            chat_type="group",
        )
        grant(
            session, user_id=1001, role="delegate", now=JULY_8_NINE, by="test", country="Guatemala"
        )
        for item in session.exec(select(Commitment).where(Commitment.ref == "16.a")).all():
            item.members_only = True
            session.add(item)
        session.commit()
    since(harness, datetime(2017, 7, 8, 14, 0, tzinfo=UTC))
    clock.set(JULY_8_NINE)
    await tick(harness)
    assert len([t for t in texts(harness, vera) if "15 de julio de 2017" in t]) == 1
    assert not any("15 de julio de 2017" in t for t in texts(harness, pablo))
    assert not any("15 de julio de 2017" in t for t in texts(harness, group))
    # The same in answers: /next in private for the delegate only.
    await harness.say(vera, "/next")
    assert "15 de julio de 2017" in harness.last(vera).text
    await harness.say(pablo, "/next")
    assert "15 de julio de 2017" not in harness.last(pablo).text
    await harness.say(vera, "/next@crm_test_bot", chat=group)
    assert "15 de julio de 2017" not in harness.last(group).text


async def test_a_new_store_plans_from_its_first_tick_on(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    join(harness, 1001, digest=False)
    # The bot first runs a minute after the 7-day moment: that one is not made up for.
    clock.set(datetime(2017, 7, 8, 15, 1, tzinfo=UTC))
    await tick(harness)
    assert texts(harness, ana) == []
    clock.set(datetime(2017, 7, 14, 15, 0, tzinfo=UTC))
    await tick(harness)
    (reminder,) = [t for t in texts(harness, ana) if "15 de julio de 2017" in t]
    assert "15 de julio de 2017 · mañana" in reminder and "con retraso" not in reminder
