"""Recurring duties in the listings, the weekly digest and a focal point's answer card: a
quarterly report reads by the occurrence at hand, not by its first due date. Through the real
Application and the fake Bot API server; time moves by FakeClock."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from fakes.bot_harness import BotHarness
from fakes.clock import FakeClock
from fakes.recurring import FOCAL_CHAT, REPORT_WHAT, STORED_AT, add_quarterly_report, store_decided
from fakes.telegram_api import Message, User
from sqlmodel import Session

from bot.callbacks import MAX_BYTES, item_button, parse_item_at
from bot.cli import main
from bot.questions import PAGE_SIZE
from bot.reminders.jobs import run_tick
from bot.services import Services
from storage.queries import listed_between
from storage.reminders import set_planned_through
from storage.subscribers import grant_role

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


async def open_listed(harness: BotHarness, user: User, listing: Message, group_id: int) -> str:
    """Press the button that opens the report in a list; return its payload and the item as
    opened, from its first line."""
    found = [(label, data) for row in listing.buttons for label, data in row]
    mine = [(label, data) for label, data in found if data.endswith(f":{group_id}")]
    assert len(mine) == 1, found
    label, data = mine[0]
    await harness.press(user, listing, label)
    return f"{data}\n{harness.last(user).text}"


async def test_an_item_opened_from_a_list_shows_the_occurrence_the_list_showed(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")  # Guatemala's focal point
    olga = harness.telegram.user(1003, "Olga", language_code="es")  # an observer: no country
    group_id = add_quarterly_report(harness)
    clock.set(OCTOBER)
    # /tasks lists the September quarter Guatemala still owes; its button opens that one.
    await harness.say(ana, "/tasks Guatemala")
    tasks = harness.last(ana)
    data, head, repeats = (await open_listed(harness, ana, tasks, group_id)).split("\n")[:3]
    assert data == f"I:20170930:{group_id}"
    assert head == "📌 30 de septiembre de 2017 · vencido hace 5 días"
    assert repeats == "🔁 trimestral · período con vencimiento 30 de septiembre de 2017"
    # A later period lists a later occurrence, and opens at it.
    await harness.say(ana, "/upcoming marzo de 2018")
    march = harness.last(ana)
    data, head, repeats = (await open_listed(harness, ana, march, group_id)).split("\n")[:3]
    assert data == f"I:20180331:{group_id}"
    assert head.startswith("📌 31 de marzo de 2018")
    assert repeats == "🔁 trimestral · próximo vencimiento: 31 de marzo de 2018"

    # A button naming no occurrence (a reminder's, one made before) or one that is not a due
    # date of the series (forged): the reader's occurrence, the one owed for Guatemala's focal
    # point, the next one due for an observer.
    for data in (f"I:{group_id}", f"I:20171001:{group_id}"):
        await harness.press_data(ana, tasks, data)
        assert harness.last(ana).text.startswith("📌 30 de septiembre de 2017"), data
    await harness.say(olga, "/next")
    await harness.press_data(olga, harness.last(olga), f"I:{group_id}")
    opened = harness.last(olga).text or ""
    assert opened.startswith("📌 31 de diciembre de 2017 · en 3 meses"), opened
    # Marked sent, the September quarter is no longer what Guatemala owes.
    await harness.say(ana, "/report")
    card = next(m for m in reversed(harness.replies(ana)) if REPORT_WHAT in (m.text or ""))
    await harness.press(ana, card, "📤 Enviado")
    await harness.press_data(ana, tasks, f"I:{group_id}")
    assert harness.last(ana).text.startswith("📌 31 de diciembre de 2017"), harness.last(ana).text


def test_the_longest_item_payload_fits_telegrams_limit() -> None:
    data = item_button(10**12 - 1, date(2099, 12, 31))
    assert len(data.encode()) <= MAX_BYTES
    assert parse_item_at(data) == (10**12 - 1, date(2099, 12, 31))
    assert parse_item_at("I:20170231:7") is None  # not a date
    assert parse_item_at("I:7") == (7, None)


# A secretariat's overview and a focal point's desk in October 2021, when the San Salvador
# items are history: two of Guatemala's reports, first due long ago, and two one-off deadlines.
ADMIN_ID = 9001
QUARTERLY_WHAT = "Remitir el informe trimestral de retornos"
HALF_YEARLY_WHAT = "Remitir el informe semestral de retornos"
CENSUS_WHAT = "Entregar el censo de retornados"
REGISTER_WHAT = "Entregar el padrón consular"


def guatemalas(
    ref: str, what: str, end: str, recurrence: dict[str, object] | None = None
) -> dict[str, object]:
    return {
        "kind": "deadline",
        "date_text": end,
        "start": None,
        "end": end,
        "precision": "day",
        "quote": f"Que Guatemala {what[0].lower()}{what[1:]} a más tardar el {end}.",
        "ref": ref,
        "what": what,
        "who": ["Guatemala"],
        "recurrence": recurrence,
    }


def add_reports_due_long_ago(harness: BotHarness) -> None:
    store_decided(
        harness,
        [
            # In October 2021 Guatemala owes the quarter of 30 September 2021.
            guatemalas("11", QUARTERLY_WHAT, "2020-12-31", {"freq": "MONTHLY", "interval": 3}),
            # More than a year before: next due 31 December 2021.
            guatemalas("12", HALF_YEARLY_WHAT, "2020-06-30", {"freq": "MONTHLY", "interval": 6}),
            guatemalas("13", CENSUS_WHAT, "2021-08-31"),
            guatemalas("14", REGISTER_WHAT, "2021-11-15"),
        ],
    )
    with Session(harness.engine) as session:
        grant_role(session, user_id=ADMIN_ID, role="admin", now=STORED_AT)
        grant_role(
            session, user_id=FOCAL_CHAT, role="focal_point", now=STORED_AT, country="Guatemala"
        )
        session.commit()


def overview_lines(text: str) -> dict[str, str]:
    """Each of the four items' line in the overview: '#12 2021-09-30 ⚠️ · what' -> date part."""
    found = {}
    for line in text.splitlines():
        for what in (QUARTERLY_WHAT, HALF_YEARLY_WHAT, CENSUS_WHAT, REGISTER_WHAT):
            if what in line:
                found[what] = line.split(" · ")[0].split(" ", 1)[1]
    return found


async def test_status_and_the_desk_date_a_recurring_deadline_by_the_occurrence_owed(
    harness: BotHarness, clock: FakeClock
) -> None:
    admin = harness.telegram.user(ADMIN_ID, "Sofía", language_code="es")
    ana = harness.telegram.user(FOCAL_CHAT, "Ana", language_code="es")
    add_reports_due_long_ago(harness)
    clock.set(datetime(2021, 10, 5, 15, tzinfo=UTC))
    await harness.say(admin, "/status")
    overview = overview_lines(harness.last(admin).text or "")
    # Overdue first, by the occurrence owed; the half-yearly report first due over a year ago
    # is still there, by its next occurrence.
    assert list(overview.items()) == [
        (CENSUS_WHAT, "2021-08-31 ⚠️"),
        (QUARTERLY_WHAT, "2021-09-30 ⚠️"),
        (REGISTER_WHAT, "2021-11-15"),
        (HALF_YEARLY_WHAT, "2021-12-31"),
    ]

    await harness.say(ana, "/report")
    cards = [m.text or "" for m in harness.replies(ana) if "📌" in (m.text or "")]
    order = [w for text in cards for w in overview if w in text]
    assert order == [CENSUS_WHAT, QUARTERLY_WHAT, REGISTER_WHAT, HALF_YEARLY_WHAT]
    quarterly = next(m for m in harness.replies(ana) if QUARTERLY_WHAT in (m.text or ""))
    assert "período con vencimiento 30 sept 2021" in quarterly.text

    # The September quarter sent: the quarterly report is owed next on 31 December, not late.
    await harness.press(ana, quarterly, "📤 Enviado")
    await harness.say(admin, "/status")
    overview = overview_lines(harness.last(admin).text or "")
    assert overview[QUARTERLY_WHAT] == "2021-12-31"
    assert list(overview)[:2] == [CENSUS_WHAT, REGISTER_WHAT]


async def test_the_command_line_lists_the_occurrence(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_quarterly_report(harness)
    monkeypatch.setenv("DATABASE_URL", str(harness.engine.url))
    args = ["--as-of", "2017-10-05", "--published-only"]
    assert main(["upcoming", *args, "--country", "Guatemala", "--days", "90"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if REPORT_WHAT in x)
    assert line.startswith("2017-12-31 ") and "OVERDUE" not in line
    assert main(["tasks", *args, "--country", "Guatemala"]) == 0
    out = capsys.readouterr().out.splitlines()
    at = next(i for i, x in enumerate(out) if REPORT_WHAT in x)
    assert out[at].startswith("2017-09-30 ") and out[at].endswith("OVERDUE")
    assert "every 3 months from 2017-09-30" in out[at + 1]
    # In JSON, the occurrence listed beside the first due date.
    assert main(["upcoming", *args, "--country", "Guatemala", "--days", "90", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    report = next(x for x in listed if x["what"] == REPORT_WHAT)
    assert (report["occurrence"], report["end"]) == ("2017-12-31", "2017-09-30")
    assert report["recurrence"]["interval"] == 3
