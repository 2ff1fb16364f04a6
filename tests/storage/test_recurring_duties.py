"""Recurring duties in the store: the series of due dates, ingestion and revision keep the
recurrence, one occurrence is marked sent at a time, and the planner reads occurrences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import NOW, ingest, item, san_salvador_es
from sqlmodel import Session, select

from storage import focal
from storage.history import latest_entry_id
from storage.ingest import IngestError
from storage.marks import mark_occurrence
from storage.models import DONE, Commitment
from storage.recurrence import (
    BadRecurrence,
    is_occurrence,
    next_occurrence,
    normalize,
    occurrences,
)
from storage.reminders import occurrences_done, recurring_items, reminder_items
from storage.subscribers import grant_role

QUARTERLY = {"freq": "MONTHLY", "interval": 3}


def days(*values: str) -> list[date]:
    return [date.fromisoformat(v) for v in values]


@pytest.mark.parametrize(
    ("rule", "first", "since", "until", "expected"),
    [
        # Quarterly from a quarter's end keeps to quarter ends.
        (QUARTERLY, "2018-03-31", "2018-01-01", "2018-12-31", days("2018-03-31", "2018-06-30", "2018-09-30", "2018-12-31")),
        # Half-yearly and yearly.
        ({"freq": "MONTHLY", "interval": 6}, "2018-06-30", "2018-01-01", "2019-12-31", days("2018-06-30", "2018-12-31", "2019-06-30", "2019-12-31")),
        ({"freq": "YEARLY", "interval": 1}, "2017-07-15", "2017-01-01", "2019-12-31", days("2017-07-15", "2018-07-15", "2019-07-15")),
        ({"freq": "YEARLY", "interval": 2}, "2021-12-31", "2021-01-01", "2026-01-01", days("2021-12-31", "2023-12-31", "2025-12-31")),
        # Month ends: 31 January -> 29 February in a leap year, 28 in another.
        ({"freq": "MONTHLY", "interval": 1}, "2024-01-31", "2024-01-01", "2024-04-30", days("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30")),
        ({"freq": "MONTHLY", "interval": 1}, "2023-01-31", "2023-02-01", "2023-03-31", days("2023-02-28", "2023-03-31")),
        # The 30th that is not a month end stays the 30th, or the last day of February.
        ({"freq": "MONTHLY", "interval": 1}, "2024-01-30", "2024-01-01", "2024-04-30", days("2024-01-30", "2024-02-29", "2024-03-30", "2024-04-30")),
        # 29 February, yearly: 28 February in the years between.
        ({"freq": "YEARLY", "interval": 1}, "2024-02-29", "2024-01-01", "2028-12-31", days("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29")),
        # A series with an end, or a count.
        ({**QUARTERLY, "until": "2018-09-30"}, "2018-03-31", "2018-01-01", "2019-12-31", days("2018-03-31", "2018-06-30", "2018-09-30")),
        ({**QUARTERLY, "count": 2}, "2018-03-31", "2018-01-01", "2019-12-31", days("2018-03-31", "2018-06-30")),
        # Nothing before the first due date.
        (QUARTERLY, "2018-03-31", "2017-01-01", "2018-03-30", []),
    ],
)  # fmt: skip
def test_the_series_of_due_dates(
    rule: dict[str, object], first: str, since: str, until: str, expected: list[date]
) -> None:
    stored = normalize(rule)
    assert stored is not None
    got = occurrences(
        stored,
        date.fromisoformat(first),
        since=date.fromisoformat(since),
        until=date.fromisoformat(until),
    )
    assert got == expected


def test_an_unbounded_series_is_only_read_between_two_dates() -> None:
    first = date(2000, 3, 31)
    # A century of quarters is never listed: the next one after a day is found directly.
    assert next_occurrence(QUARTERLY, first, on_or_after=date(2099, 11, 2)) == date(2099, 12, 31)
    assert is_occurrence(QUARTERLY, first, date(2050, 6, 30))
    assert not is_occurrence(QUARTERLY, first, date(2050, 6, 29))
    assert next_occurrence({**QUARTERLY, "count": 1}, first, on_or_after=date(2000, 4, 1)) is None


@pytest.mark.parametrize(
    "bad",
    [
        {"freq": "HOURLY", "interval": 1},
        {"freq": "MONTHLY", "interval": 0},
        {"freq": "MONTHLY", "interval": "3"},
        {"freq": "MONTHLY", "interval": 3, "dtstart": "31/03/2018"},
        {"freq": "MONTHLY", "interval": 3, "count": 0},
        "quarterly",
    ],
)
def test_a_malformed_recurrence_is_refused(bad: object) -> None:
    with pytest.raises(BadRecurrence):
        normalize(bad)


def report_item(**values: object) -> dict[str, object]:
    record = {
        "ref": "30",
        "date_text": "a partir del 30 de septiembre de 2017",
        "end": "2017-09-30",
        "who": ["Guatemala"],
        "what": "Informe financiero trimestral",
        "quote": "Que Guatemala remita informes financieros trimestrales a partir del 30 de "
        "septiembre de 2017.",
        "recurrence": {"freq": "MONTHLY", "interval": 3, "dtstart": "2017-09-30"},
    }
    return item(**(record | values))


def with_report(**values: object) -> dict[str, object]:
    doc = san_salvador_es()
    doc["commitments"].append(report_item(**values))
    return doc


def the_report(session: Session) -> Commitment:
    return session.exec(select(Commitment).where(Commitment.ref == "30")).one()


def test_ingestion_keeps_the_recurrence_and_a_revision_changes_it(session: Session) -> None:
    ingest(session, with_report())
    session.commit()
    report = the_report(session)
    assert report.recurrence == {
        "freq": "MONTHLY",
        "interval": 3,
        "dtstart": "2017-09-30",
        "until": None,
        "count": None,
    }
    # The other items have none (SQL NULL, so the planner can tell them apart).
    assert session.exec(select(Commitment).where(Commitment.recurrence == None)).all()  # noqa: E711
    revised = ingest(
        session,
        with_report(recurrence={"freq": "MONTHLY", "interval": 6}),
        source="v2.txt",
        now=NOW + timedelta(days=1),
    )
    session.commit()
    assert [(c.ref, c.fields) for c in revised.changed] == [("30", ("recurrence",))]
    assert the_report(session).recurrence["interval"] == 6  # type: ignore[index]


def test_a_malformed_recurrence_is_an_ingest_error(session: Session) -> None:
    with pytest.raises(IngestError, match="commitment 8: unknown frequency"):
        ingest(session, with_report(recurrence={"freq": "SOMETIMES"}))


def test_the_planner_reads_each_occurrence_as_an_item_of_its_own(session: Session) -> None:
    ingest(session, with_report())
    session.commit()
    targets = {date(2017, 9, 30), date(2017, 12, 31), date(2018, 1, 1)}
    # The one-off items' query leaves the recurring one out.
    assert all(i.occurrence is None for i in reminder_items(session, targets=targets))
    found = recurring_items(session, targets=targets)
    assert [(i.end, i.occurrence) for i in found] == [
        (date(2017, 9, 30), date(2017, 9, 30)),
        (date(2017, 12, 31), date(2017, 12, 31)),
    ]
    assert found[0].names == {"Guatemala"}
    overdue = recurring_items(session, targets=(), overdue=(date(2017, 7, 1), date(2017, 10, 31)))
    assert [i.occurrence for i in overdue] == [date(2017, 9, 30)]


def in_play(session: Session, report: Commitment, today: date) -> date | None:
    return focal.occurrence_in_play(session, item=report, country="Guatemala", today=today)


def test_marking_one_occurrence_sent_leaves_the_next_open(session: Session) -> None:
    ingest(session, with_report())
    grant_role(session, user_id=7, role="focal_point", now=NOW, country="Guatemala")
    session.commit()
    report = the_report(session)
    # Before the first occurrence, "sent" is about it.
    today = date(2017, 9, 20)
    assert in_play(session, report, today) == date(2017, 9, 30)
    focal.answer(
        session,
        group_id=report.group_id,
        country="Guatemala",
        action=focal.SEND,
        version=latest_entry_id(session, group_id=report.group_id, country="Guatemala"),
        by_user_id=7,
        by="user 7",
        now=NOW.replace(year=2017, month=9, day=20),
    )
    session.commit()
    done = occurrences_done(session, [report.group_id])
    assert done == {(report.group_id, date(2017, 9, 30)): {"Guatemala"}}
    assert focal.current_answer(session, item=report, country="Guatemala", today=today) == DONE
    # After it, the next quarter is open again.
    later = date(2017, 10, 2)
    assert in_play(session, report, later) == date(2017, 12, 31)
    assert focal.current_answer(session, item=report, country="Guatemala", today=later) is None
    # The secretariat's roll-up reads the same occurrence.
    assert focal.rollup(session, report, today=today).answers == {"Guatemala": DONE}
    assert focal.rollup(session, report, today=later).answers == {"Guatemala": None}


def test_an_occurrence_left_unsent_stays_in_play_until_marked(session: Session) -> None:
    ingest(session, with_report())
    session.commit()
    report = the_report(session)
    today = date(2017, 10, 15)  # the September report was never marked sent
    assert in_play(session, report, today) == date(2017, 9, 30)
    mark_occurrence(
        session,
        group_id=report.group_id,
        country="Guatemala",
        occurrence=date(2017, 9, 30),
        done=True,
        by="user 7",
        now=NOW,
    )
    assert in_play(session, report, today) == date(2017, 12, 31)
