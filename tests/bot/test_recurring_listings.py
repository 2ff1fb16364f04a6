"""Recurring duties in the listings, the weekly digest and a focal point's answer card: a
quarterly report reads by the occurrence at hand, not by its first due date. Through the real
Application and the fake Bot API server; time moves by FakeClock."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fakes.bot_harness import BotHarness
from fakes.clock import FakeClock
from fakes.recurring import REPORT_WHAT, add_quarterly_report
from fakes.telegram_api import Message
from sqlmodel import Session

from bot.questions import PAGE_SIZE
from bot.reminders.jobs import run_tick
from bot.services import Services
from storage.queries import listed_between
from storage.reminders import set_planned_through

AUGUST = datetime(2017, 8, 20, 15, tzinfo=UTC)
OCTOBER = datetime(2017, 10, 5, 15, tzinfo=UTC)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def report_block(message: Message) -> str:
    """The report's block in a list (numbered blocks are separated by blank lines)."""
    blocks = [b for b in (message.text or "").split("\n\n") if REPORT_WHAT in b]
    assert len(blocks) == 1, message.text
    return blocks[0]


def labels(message: Message) -> list[str]:
    return [label for row in message.buttons for label, _ in row]


async def test_upcoming_and_next_list_the_next_quarter_once_the_first_has_passed(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    add_quarterly_report(harness)
    clock.set(AUGUST)
    await harness.say(ana, "/upcoming 60")
    august = report_block(harness.last(ana))
    assert "30 de septiembre de 2017 · faltan 41 días" in august
    assert "🔁 trimestral · próximo vencimiento: 30 de septiembre de 2017" in august

    clock.set(OCTOBER)
    for command in ("/upcoming 90", "/next", "¿Qué vence próximamente para Guatemala?"):
        await harness.say(ana, command)
        head, repeats = report_block(harness.last(ana)).split("\n")[:2]
        assert "31 de diciembre de 2017" in head, command
        assert repeats == "🔁 trimestral · próximo vencimiento: 31 de diciembre de 2017"
    # Past the series' first due date, a period that holds a later occurrence lists it.
    await harness.say(ana, "/upcoming marzo de 2018")
    assert "31 de marzo de 2018" in report_block(harness.last(ana))


async def test_pages_of_upcoming_carry_the_report_once_in_date_order(
    harness: BotHarness, clock: FakeClock
) -> None:
    olga = harness.telegram.user(1003, "Olga", language_code="es")  # an observer: every item
    group_id = add_quarterly_report(harness)
    clock.set(datetime(2017, 7, 3, 15, tzinfo=UTC))  # after the meeting that set the report
    await harness.say(olga, "/upcoming 400")
    message = harness.last(olga)
    opened: list[int] = []
    numbers: list[int] = []
    while True:
        for row in message.buttons:
            opened += [int(data.split(":")[-1]) for _, data in row if data.startswith("I")]
        numbers += [int(n) for n in re.findall(r"^(\d+)\. ", message.text or "", re.M)]
        if "Siguiente ▶️" not in labels(message):
            break
        await harness.press(olga, message, "Siguiente ▶️")
        message = harness.last(olga)
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) > PAGE_SIZE
    # The same items as the store lists for the period, in its order, each once.
    with Session(harness.engine) as session:
        today = clock.now().date()
        expected = listed_between(
            session=session,
            now=clock.now(),
            first=today,
            last=today + timedelta(days=400),
        )
    assert opened == [x.item.group_id for x in expected]
    assert opened.count(group_id) == 1
    days = [x.day for x in expected]
    assert days == sorted(days)  # type: ignore[type-var]


async def test_tasks_show_the_overdue_unmarked_quarter_then_the_next(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    add_quarterly_report(harness)
    clock.set(OCTOBER)
    await harness.say(ana, "/tasks Guatemala")
    block = report_block(harness.last(ana))
    assert "30 de septiembre de 2017 · vencido hace 5 días" in block
    assert "🔁 trimestral · período con vencimiento 30 de septiembre de 2017" in block

    # The focal point's card says which period "sent" is about; sending it moves on.
    before = len(harness.replies(ana))
    await harness.say(ana, "/report")
    card = next(m for m in harness.replies(ana)[before:] if REPORT_WHAT in (m.text or ""))
    assert "🔁 trimestral — período con vencimiento 30 sept 2017" in card.text
    assert "\nGuatemala: aún no enviado" in card.text
    await harness.press(ana, card, "📤 Enviado")
    after = harness.last(ana)
    assert after.message_id == card.message_id
    assert "🔁 trimestral — período con vencimiento 31 dic 2017" in after.text

    await harness.say(ana, "/tasks Guatemala")
    head, repeats = report_block(harness.last(ana)).split("\n")[:2]
    assert "31 de diciembre de 2017 · en 3 meses" in head
    assert repeats == "🔁 trimestral · próximo vencimiento: 31 de diciembre de 2017"


async def test_the_answer_card_names_the_period_in_english(
    harness: BotHarness, clock: FakeClock
) -> None:
    john = harness.telegram.user(1001, "John", language_code="en")
    add_quarterly_report(harness, lang="en")
    clock.set(AUGUST)
    await harness.say(john, "/report")
    card = next(m for m in harness.replies(john) if REPORT_WHAT in (m.text or ""))
    assert "🔁 every 3 months — period due Sep 30, 2017" in card.text
    assert "🔁 every 3 months · next due: September 30, 2017" in card.text
    # A typed question in October: the December quarter.
    clock.set(OCTOBER)
    await harness.say(john, "What is due next for Guatemala?")
    head, repeats = report_block(harness.last(john)).split("\n")[:2]
    assert "December 31, 2017" in head
    assert repeats == "🔁 every 3 months · next due: December 31, 2017"


async def test_the_monday_digest_lists_the_next_quarter_and_the_one_owed(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    add_quarterly_report(harness, digest=True)
    services: Services = harness.application.bot_data["services"]
    # Monday 4 December 2017, 09:00 in Guatemala: 31 December is within the next 30 days, and
    # the September report is still owed.
    monday = utc(2017, 12, 4, 15)
    with Session(harness.engine) as session:
        set_planned_through(session, moment=utc(2017, 12, 4, 14, 59))
        session.commit()
    clock.set(monday)
    await run_tick(services, harness.application.bot)
    digest = next(m.text for m in harness.replies(ana) if "Resumen semanal" in (m.text or ""))
    coming, owed = digest.split("Pendiente de Guatemala")
    assert REPORT_WHAT in coming
    assert "🔁 trimestral · próximo vencimiento: 31 de diciembre de 2017" in coming
    assert REPORT_WHAT in owed
    assert "🔁 trimestral · período con vencimiento 30 de septiembre de 2017" in owed
