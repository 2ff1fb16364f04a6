"""Recurring deadlines in the listings: each listed once, by the occurrence the question is
about, in date order among the one-off items, on pages that neither skip nor repeat an item, and
counted as listed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import NOW, ingest, item, san_salvador_es
from sqlmodel import Session, select

from storage.marks import mark_occurrence
from storage.models import Commitment
from storage.queries import (
    count_items_between,
    count_next_due,
    count_outstanding_tasks,
    listed_between,
    listed_next_due,
    listed_outstanding_tasks,
    next_due,
)

QUARTERLY = {"freq": "MONTHLY", "interval": 3, "dtstart": "2017-09-30"}
AUGUST = datetime(2017, 8, 20, 15, tzinfo=UTC)
OCTOBER = datetime(2017, 10, 5, 15, tzinfo=UTC)


def deadline(ref: str, end: str, **values: object) -> dict[str, object]:
    return item(
        ref=ref,
        end=end,
        date_text=end,
        who=["Guatemala"],
        what=f"Entregar {ref}",
        quote=f"Que Guatemala entregue el documento {ref} a más tardar el {end}.",
        **values,
    )


def store(session: Session) -> None:
    """The San Salvador items, one-off deadlines of Guatemala around the quarter ends (one on
    30 September itself), a quarterly report from 30 September 2017 and a monthly one from
    31 August 2017 that ends after four."""
    doc = san_salvador_es()
    doc["commitments"] += [
        deadline("40", "2017-09-29"),
        deadline("41", "2017-09-30"),
        deadline("42", "2017-10-15"),
        deadline("43", "2017-11-30"),
        deadline("44", "2017-12-30"),
        deadline("45", "2018-01-10"),
        deadline("30", "2017-09-30", recurrence=QUARTERLY),
        deadline(
            "31",
            "2017-08-31",
            recurrence={"freq": "MONTHLY", "interval": 1, "count": 4},
        ),
    ]
    ingest(session, doc)
    session.commit()


def view(listed: list[object]) -> list[tuple[str, date]]:
    return [(x.item.ref, x.day) for x in listed]  # type: ignore[attr-defined]


def test_a_recurring_deadline_is_listed_by_its_occurrence_in_the_period(session: Session) -> None:
    store(session)
    # In August: the quarterly report by its first due date, the monthly one by 31 August.
    august = listed_between(
        session=session, now=AUGUST, first=date(2017, 8, 20), last=date(2017, 10, 20)
    )
    mine = [(ref, day) for ref, day in view(august) if ref in ("30", "31")]
    assert mine == [("31", date(2017, 8, 31)), ("30", date(2017, 9, 30))]
    # In October: the quarterly one by 31 December, the monthly one by 31 October.
    october = listed_between(
        session=session, now=OCTOBER, first=date(2017, 10, 5), last=date(2018, 1, 31)
    )
    mine = [(ref, day) for ref, day in view(october) if ref in ("30", "31")]
    assert mine == [("31", date(2017, 10, 31)), ("30", date(2017, 12, 31))]
    # In sorted order among the one-off items; an occurrence after the items of its day.
    days = [day for _, day in view(october)]
    assert days == sorted(days)
    assert view(october)[:3] == [
        ("42", date(2017, 10, 15)),
        ("31", date(2017, 10, 31)),
        ("43", date(2017, 11, 30)),
    ]
    # A named period later on lists the occurrence due in it; a series over lists none.
    march = listed_between(
        session=session, now=OCTOBER, first=date(2018, 3, 1), last=date(2018, 3, 31)
    )
    assert view(march) == [("30", date(2018, 3, 31))]


def test_next_due_lists_the_next_occurrence(session: Session) -> None:
    store(session)
    listed = listed_next_due(session=session, now=OCTOBER, country="Guatemala", limit=None)
    assert view(listed) == [
        ("42", date(2017, 10, 15)),
        ("31", date(2017, 10, 31)),
        ("43", date(2017, 11, 30)),
        ("44", date(2017, 12, 30)),
        ("30", date(2017, 12, 31)),
        ("45", date(2018, 1, 10)),
    ]
    assert [i.ref for i in next_due(session=session, now=OCTOBER, country="Guatemala")] == [
        ref for ref, _ in view(listed)
    ]
    assert count_next_due(session=session, now=OCTOBER, country="Guatemala") == 6


def test_tasks_list_the_occurrence_the_country_owes(session: Session) -> None:
    store(session)
    reader = {"session": session, "now": OCTOBER, "country": "Guatemala"}
    owed = view(listed_outstanding_tasks(**reader))  # type: ignore[arg-type]
    # The September quarter is overdue and not marked: listed by it, among overdue items; the
    # monthly one by the oldest month not marked.
    assert ("30", date(2017, 9, 30)) in owed and ("31", date(2017, 8, 31)) in owed
    dated = [day for _, day in owed if day is not None]
    assert dated == sorted(dated)
    report = session.exec(select(Commitment).where(Commitment.ref == "30")).one()
    mark_occurrence(
        session,
        group_id=report.group_id,
        country="Guatemala",
        occurrence=date(2017, 9, 30),
        done=True,
        by="user 7",
        now=OCTOBER,
    )
    session.commit()
    owed = view(listed_outstanding_tasks(**reader))  # type: ignore[arg-type]
    assert ("30", date(2017, 12, 31)) in owed and ("30", date(2017, 9, 30)) not in owed
    # Marked early, the next quarter is not owed; the one after is not yet the one in play.
    mark_occurrence(
        session,
        group_id=report.group_id,
        country="Guatemala",
        occurrence=date(2017, 12, 31),
        done=True,
        by="user 7",
        now=OCTOBER,
    )
    session.commit()
    assert "30" not in [ref for ref, _ in view(listed_outstanding_tasks(**reader))]  # type: ignore[arg-type]
    assert count_outstanding_tasks(**reader, up_to=None) == len(  # type: ignore[arg-type]
        listed_outstanding_tasks(**reader)  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_pages_neither_skip_nor_repeat(session: Session, size: int) -> None:
    store(session)
    asks = {
        "between": lambda **page: listed_between(
            session=session,
            now=OCTOBER,
            first=date(2017, 6, 1),
            last=date(2019, 12, 31),
            **page,
        ),
        "next": lambda **page: listed_next_due(session=session, now=OCTOBER, **page),
        "tasks": lambda **page: listed_outstanding_tasks(
            session=session, now=OCTOBER, country="Guatemala", **page
        ),
    }
    for name, ask in asks.items():
        whole = view(ask(limit=None))
        assert len({ref for ref, _ in whole}) == len(whole), name
        pages = []
        for offset in range(0, len(whole) + size, size):
            pages += view(ask(limit=size, offset=offset))
        assert pages == whole, name
    whole = asks["between"](limit=None)
    assert count_items_between(
        session=session, now=OCTOBER, first=date(2017, 6, 1), last=date(2019, 12, 31)
    ) == len(whole)
    assert count_next_due(session=session, now=OCTOBER, up_to=3) == 3


def test_meeting_time_lists_are_unchanged_without_recurring_items(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    listed = listed_next_due(session=session, now=NOW, limit=None)
    assert all(x.occurrence is None for x in listed)
    assert [x.item.id for x in listed] == [
        i.id for i in next_due(session=session, now=NOW, limit=99)
    ]
