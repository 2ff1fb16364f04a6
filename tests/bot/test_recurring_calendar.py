"""Recurring deadlines in calendars: one VEVENT on the first due day with an RRULE (and its
alarms) that calendars expand to the dates the bot reminds; the timeline marks each occurrence in
its months; the Google Calendar link repeats too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import icalendar
import recurring_ical_events
from dateutil.rrule import rrulestr
from fakes.bot_harness import BotHarness
from fakes.clock import FakeClock
from fakes.recurring import store_decided
from fakes.telegram_api import User
from matplotlib.dates import num2date
from sqlmodel import Session

from bot.calendar import Scope, google_link
from bot.timeline import draw_timeline, timeline_items
from storage.recurrence import occurrences
from storage.subscribers import ensure_chat, update_chat

OCTOBER = datetime(2017, 10, 5, 15, tzinfo=UTC)
QUARTERLY = {"freq": "MONTHLY", "interval": 3}
# The 30th, five times: 28 February in 2018.
MONTHLY_30TH = {"freq": "MONTHLY", "interval": 1, "count": 5}
YEARLY_UNTIL = {"freq": "YEARLY", "interval": 1, "until": "2019-08-15"}
SERIES = {
    "Informe trimestral": (QUARTERLY, date(2017, 9, 30)),
    "Informe mensual": (MONTHLY_30TH, date(2017, 10, 30)),
    "Informe anual": (YEARLY_UNTIL, date(2017, 8, 15)),
}


def add_series(harness: BotHarness) -> None:
    store_decided(
        harness,
        [
            {
                "kind": "deadline",
                "date_text": first.isoformat(),
                "start": None,
                "end": first.isoformat(),
                "precision": "day",
                "quote": f"Que Guatemala remita un {what.lower()} a partir del {first.isoformat()}.",
                "ref": str(n),
                "what": what,
                "who": ["Guatemala"],
                "recurrence": rule,
            }
            for n, (what, (rule, first)) in enumerate(SERIES.items(), 1)
        ],
    )


def settle(harness: BotHarness, user: User) -> None:
    with Session(harness.engine) as session:
        now = datetime(2017, 7, 1, 12, tzinfo=UTC)
        ensure_chat(session, chat_id=user.id, now=now, lang="es", timezone="America/Guatemala")
        update_chat(session, chat_id=user.id, now=now, country="Guatemala")
        session.commit()


def ics_of(harness: BotHarness, chat: object) -> icalendar.Calendar:
    sent = [m for m in harness.replies(chat) if m.document is not None]
    assert sent and sent[-1].document is not None
    return icalendar.Calendar.from_ical(harness.telegram.file_content(sent[-1].document.file_id))


def event_of(calendar: icalendar.Calendar, what: str) -> icalendar.Event:
    found = [e for e in calendar.walk("VEVENT") if what in str(e["SUMMARY"])]
    assert len(found) == 1
    return found[0]


async def test_a_recurring_deadline_is_one_event_with_its_rrule_and_alarms(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    add_series(harness)
    settle(harness, ana)
    clock.set(OCTOBER)
    await harness.say(ana, "/ics")
    calendar = ics_of(harness, ana)

    quarterly = event_of(calendar, "Informe trimestral")
    assert quarterly["DTSTART"].dt == date(2017, 9, 30)
    assert quarterly["DTEND"].dt == date(2017, 10, 1)
    rule = quarterly["RRULE"]
    assert (rule["FREQ"], rule["INTERVAL"], rule["BYMONTHDAY"]) == (["MONTHLY"], [3], [-1])
    assert "UNTIL" not in rule and "COUNT" not in rule
    # Its alarms: 09:00 on 14, 7 and 1 days before each occurrence and on the day.
    triggers = sorted(a["TRIGGER"].dt for a in quarterly.walk("VALARM"))
    assert triggers == [timedelta(days=-d, hours=9) for d in (14, 7, 1, 0)]
    assert "trimestral" in str(quarterly["DESCRIPTION"])

    monthly = event_of(calendar, "Informe mensual")
    assert monthly["RRULE"]["COUNT"] == [5]
    yearly = event_of(calendar, "Informe anual")
    assert yearly["RRULE"]["UNTIL"][0] == date(2019, 8, 15)
    assert yearly["DTSTART"].dt == date(2017, 8, 15)

    # Expanded by a calendar, each series falls on the dates the bot reminds.
    first, last = date(2017, 1, 1), date(2020, 12, 31)
    # `between` leaves its end out.
    expanded = recurring_ical_events.of(calendar).between(first, last + timedelta(days=1))
    for what, (rule_, start) in SERIES.items():
        days = sorted(e["DTSTART"].dt for e in expanded if what in str(e["SUMMARY"]))
        expected = occurrences(
            {"until": None, "count": None, **rule_}, start, since=first, until=last
        )
        assert days == expected, what
        # The RRULE alone, read by dateutil, agrees too.
        event = event_of(calendar, what)
        text = event["RRULE"].to_ical().decode()
        rule_dates = rrulestr(f"RRULE:{text}", dtstart=datetime.combine(start, datetime.min.time()))
        assert [d.date() for d in rule_dates.between(
            datetime.combine(first, datetime.min.time()),
            datetime.combine(last, datetime.min.time()),
            inc=True,
        )] == expected  # fmt: skip
    monthly_days = sorted(
        e["DTSTART"].dt for e in expanded if "Informe mensual" in str(e["SUMMARY"])
    )
    assert monthly_days == [
        date(2017, 10, 30),
        date(2017, 11, 30),
        date(2017, 12, 30),
        date(2018, 1, 30),
        date(2018, 2, 28),
    ]


async def test_a_series_stays_in_the_calendar_after_its_first_due_date(
    harness: BotHarness, clock: FakeClock
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    add_series(harness)
    settle(harness, ana)
    clock.set(datetime(2019, 1, 10, 15, tzinfo=UTC))
    await harness.say(ana, "/ics")
    calendar = ics_of(harness, ana)
    assert event_of(calendar, "Informe trimestral")["DTSTART"].dt == date(2017, 9, 30)
    assert event_of(calendar, "Informe anual")  # 15 August 2019 is still ahead
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert not any("Informe mensual" in s for s in summaries)  # its five are over


async def test_the_timeline_marks_each_occurrence_in_its_months(harness: BotHarness) -> None:
    add_series(harness)
    scope = Scope(lang="es", timezone="America/Guatemala", country="Guatemala")
    with Session(harness.engine) as session:
        items = timeline_items(session, scope, OCTOBER, 12)
    today = OCTOBER.date()
    figure = draw_timeline(items, lang="es", today=today, months=12, title="CRM")
    axes = figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    for what, (rule, start) in SERIES.items():
        row = next(i for i, label in enumerate(labels) if what in label)
        marks = [
            line
            for line in axes.get_lines()
            if line.get_marker() == "D" and list(line.get_ydata()) == [row] * len(line.get_ydata())
        ]
        days = sorted(num2date(x - 0.5).date() for line in marks for x in line.get_xdata())
        last = date(2018, 10, 31)
        assert days == occurrences(
            {"until": None, "count": None, **rule}, start, since=today, until=last
        )
    quarterly = next(label for label in labels if "Informe trimestral" in label)
    assert quarterly.startswith("31 dic · trimestral")


def test_the_google_calendar_link_repeats_a_recurring_deadline(harness: BotHarness) -> None:
    add_series(harness)
    scope = Scope(lang="es", timezone="America/Guatemala", country="Guatemala")
    with Session(harness.engine) as session:
        items = timeline_items(session, scope, OCTOBER, 6)
        report = next(i for i in items if i.what == "Informe trimestral")
        _ = report.document.meeting.title
    catalog = harness.application.bot_data["services"].catalog
    query = parse_qs(urlsplit(google_link(report, catalog=catalog, lang="es")).query)
    assert query["dates"] == ["20170930/20171001"]
    assert query["recur"] == ["RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"]
