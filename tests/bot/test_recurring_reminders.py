"""Recurring duties reminded: each occurrence like a deadline of its own, at 09:00 local, once;
marking one occurrence sent leaves the next; the buttons still work. Time moves by FakeClock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from fakes.bot_harness import BotHarness
from fakes.clock import FakeClock
from fakes.recurring import REPORT_WHAT, add_quarterly_report
from sqlmodel import Session, select

from bot.cli import main
from bot.formatting import every_text
from bot.reminders.jobs import run_tick
from bot.reminders.policy import DEADLINE_LEADS, occurrences_ahead, recurring_reminder_due
from bot.services import Services
from storage import focal
from storage.history import latest_entry_id
from storage.models import ReminderOutbox
from storage.reminders import set_planned_through

QUARTERLY = {"freq": "MONTHLY", "interval": 3}
HALF_YEARLY = {"freq": "MONTHLY", "interval": 6}
YEARLY = {"freq": "YEARLY", "interval": 1}
MONTHLY = {"freq": "MONTHLY", "interval": 1}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def due(rule: dict[str, Any], first: date, zone: str, now: datetime) -> str | None:
    found = recurring_reminder_due(
        recurrence=rule, first=first, leads=DEADLINE_LEADS, zone=zone, now=now
    )
    return found.occasion if found else None


@pytest.mark.parametrize(
    ("rule", "first", "now", "expected"),
    [
        # Quarterly from 31 March 2018, in Guatemala (UTC-6, no daylight time).
        (QUARTERLY, date(2018, 3, 31), utc(2018, 3, 17, 14, 59), None),
        (QUARTERLY, date(2018, 3, 31), utc(2018, 3, 17, 15, 0), "d14@2018-03-31"),
        (QUARTERLY, date(2018, 3, 31), utc(2018, 3, 31, 15, 0), "d0@2018-03-31"),
        (QUARTERLY, date(2018, 3, 31), utc(2018, 4, 1, 15, 0), None),  # between quarters
        (QUARTERLY, date(2018, 3, 31), utc(2018, 6, 16, 15, 0), "d14@2018-06-30"),
        (QUARTERLY, date(2018, 3, 31), utc(2018, 9, 23, 15, 0), "d7@2018-09-30"),
        (QUARTERLY, date(2018, 3, 31), utc(2018, 12, 30, 15, 0), "d1@2018-12-31"),
        (QUARTERLY, date(2018, 3, 31), utc(2031, 12, 31, 15, 0), "d0@2031-12-31"),
        # Half-yearly from the end of June; yearly on 15 July.
        (HALF_YEARLY, date(2018, 6, 30), utc(2018, 12, 24, 15, 0), "d7@2018-12-31"),
        (HALF_YEARLY, date(2018, 6, 30), utc(2019, 6, 29, 15, 0), "d1@2019-06-30"),
        (YEARLY, date(2017, 7, 15), utc(2019, 7, 1, 15, 0), "d14@2019-07-15"),
        (YEARLY, date(2017, 7, 15), utc(2019, 6, 30, 15, 0), None),
        # Month ends: from 31 January, the February one is the 29th in 2024, the 28th in 2023.
        (MONTHLY, date(2024, 1, 31), utc(2024, 2, 28, 15, 0), "d1@2024-02-29"),
        (MONTHLY, date(2023, 1, 31), utc(2023, 2, 27, 15, 0), "d1@2023-02-28"),
        # A monthly duty's next occurrence 14 days ahead and this one today: the later moment.
        (MONTHLY, date(2024, 1, 31), utc(2024, 3, 17, 15, 0), "d14@2024-03-31"),
        # Nothing before the first due date.
        (QUARTERLY, date(2018, 3, 31), utc(2017, 12, 17, 15, 0), None),
    ],
)
def test_each_occurrence_is_reminded_like_a_deadline(
    rule: dict[str, Any], first: date, now: datetime, expected: str | None
) -> None:
    assert due(rule, first, "America/Guatemala", now) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Toronto: UTC-5 in winter, UTC-4 from 11 March 2018 and until 4 November 2018.
        (utc(2017, 12, 17, 13, 59), None),
        (utc(2017, 12, 17, 14, 0), "d14@2017-12-31"),  # 09:00 EST
        (utc(2018, 3, 17, 12, 59), None),
        (utc(2018, 3, 17, 13, 0), "d14@2018-03-31"),  # 09:00 EDT, after the change
        (utc(2018, 9, 30, 13, 0), "d0@2018-09-30"),
        (utc(2018, 12, 17, 13, 0), None),  # 08:00 EST: standard time again
        (utc(2018, 12, 17, 14, 0), "d14@2018-12-31"),
    ],
)
def test_nine_stays_nine_for_each_occurrence_across_daylight_saving(
    now: datetime, expected: str | None
) -> None:
    assert due(QUARTERLY, date(2017, 12, 31), "America/Toronto", now) == expected


def test_only_the_occurrences_within_the_longest_lead_are_derived() -> None:
    ahead = occurrences_ahead(
        MONTHLY, date(2000, 1, 31), leads=DEADLINE_LEADS, zone="UTC", now=utc(2099, 3, 20, 9)
    )
    assert ahead == [date(2099, 3, 31)]


def test_how_often_reads_in_each_language() -> None:
    assert every_text(QUARTERLY, "es") == "trimestral"
    assert every_text(QUARTERLY, "en") == "every 3 months"
    assert every_text(HALF_YEARLY, "es") == "semestral"
    assert every_text(YEARLY, "en") == "every year"
    assert every_text({"freq": "YEARLY", "interval": 2}, "es") == "cada 2 años"
    assert every_text({"freq": "MONTHLY", "interval": 4}, "en") == "every 4 months"


# In process: the real tick and sender, the fake Bot API server, and a quarterly report that
# Guatemala owes from 30 September 2017 (`add_quarterly_report`).


def services(harness: BotHarness) -> Services:
    return harness.application.bot_data["services"]


async def tick_at(harness: BotHarness, clock: FakeClock, moment: datetime) -> None:
    clock.set(moment)
    await run_tick(services(harness), harness.application.bot)


def about_report(harness: BotHarness, chat: object) -> list[str]:
    return [m.text or "" for m in harness.replies(chat) if REPORT_WHAT in (m.text or "")]


def occasions(harness: BotHarness) -> list[tuple[str, str]]:
    with Session(harness.engine) as session:
        rows = session.exec(select(ReminderOutbox).order_by(ReminderOutbox.id)).all()
        return [(r.occasion, r.status) for r in rows if r.target and r.target.month in (9, 12)]


async def test_a_quarterly_report_is_reminded_each_quarter_once(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    group_id = add_quarterly_report(harness)
    with Session(harness.engine) as session:
        set_planned_through(session, moment=utc(2017, 9, 16, 14))
        session.commit()
    # First quarter: 14 days before 30 September, 09:00 in Guatemala.
    await tick_at(harness, clock, utc(2017, 9, 16, 15))
    (first,) = about_report(harness, ana)
    assert "30 de septiembre de 2017" in first and "faltan 14 días" in first
    assert "🔁 trimestral · próximo vencimiento: 30 de septiembre de 2017" in first
    await tick_at(harness, clock, utc(2017, 9, 16, 15, 1))
    assert len(about_report(harness, ana)) == 1, "one reminder per occasion"

    # Ana marks this quarter's report sent: the 7-day reminder of it is not sent.
    with Session(harness.engine) as session:
        focal.answer(
            session,
            group_id=group_id,
            country="Guatemala",
            action=focal.SEND,
            version=latest_entry_id(session, group_id=group_id, country="Guatemala"),
            by_user_id=1001,
            by="user 1001 (Ana)",
            now=utc(2017, 9, 18, 16),
        )
        session.commit()
    await tick_at(harness, clock, utc(2017, 9, 23, 15))
    assert len(about_report(harness, ana)) == 1

    # The next quarter is still reminded: 14 days before 31 December.
    with Session(harness.engine) as session:
        set_planned_through(session, moment=utc(2017, 12, 17, 14))
        session.commit()
    await tick_at(harness, clock, utc(2017, 12, 17, 15))
    second = about_report(harness, ana)[1:]
    assert len(second) == 1 and "31 de diciembre de 2017" in second[0]
    assert "faltan 14 días" in second[0] and "trimestral" in second[0]
    await tick_at(harness, clock, utc(2017, 12, 17, 15, 1))
    assert len(about_report(harness, ana)) == 2
    # Its "open" button opens the item at the occurrence reminded.
    payloads = [data for row in harness.last(ana).buttons for _, data in row]
    assert f"I:20171231:{group_id}" in payloads

    # The buttons of a recurring reminder: snooze brings this occurrence back tomorrow.
    await harness.press(ana, harness.last(ana), "⏰ Mañana")
    assert harness.telegram.callback_answers[-1].text == "Se lo recuerdo mañana a las 09:00."
    await tick_at(harness, clock, utc(2017, 12, 18, 15))
    snoozed = harness.last(ana).text or ""
    assert snoozed.startswith("⏰ Recordatorio pospuesto") and "31 de diciembre de 2017" in snoozed
    assert occasions(harness) == [
        ("d14@2017-09-30", "sent"),
        ("d14@2017-12-31", "sent"),
        ("s@2017-12-18", "sent"),
    ]

    # Stop: no more reminders of this item, in this quarter or the next.
    await harness.press(ana, harness.last(ana), "🔕 No recordar más")
    await tick_at(harness, clock, utc(2017, 12, 24, 15))
    with Session(harness.engine) as session:
        set_planned_through(session, moment=utc(2018, 3, 17, 14))
        session.commit()
    await tick_at(harness, clock, utc(2018, 3, 17, 15))
    assert len(about_report(harness, ana)) == 3


def test_preview_shows_which_occurrence_each_reminder_is_about(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_quarterly_report(harness)
    monkeypatch.setenv("DATABASE_URL", str(harness.engine.url))
    args = ["reminders", "preview", "--as-of", "2017-12-17T00:00-06:00", "--days", "15"]
    assert main(args) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "informe financiero" in line]
    # Each occurrence of the next quarter, and on Mondays the nudge about the September one,
    # which the focal point has not marked sent.
    assert [line[:16] + " " + line.split()[6] for line in lines] == [
        "2017-12-17 09:00 d14@2017-12-31",
        "2017-12-18 09:00 o2017-12-18@2017-09-30",
        "2017-12-24 09:00 d7@2017-12-31",
        "2017-12-25 09:00 o2017-12-25@2017-09-30",
        "2017-12-30 09:00 d1@2017-12-31",
        "2017-12-31 09:00 d0@2017-12-31",
    ]
    assert "[every 3 months, due 2017-12-31]" in lines[0]
    assert "[every 3 months, due 2017-09-30]" in lines[1]
