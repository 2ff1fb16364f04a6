"""The reminder outbox on both databases: what the planner reads, planning once, claims and
leases, marks, and stopping an item."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from factories import count, ingest, san_salvador_en, san_salvador_es
from sqlmodel import Session, select

from storage.marks import confirm_participation, mark_task
from storage.models import Commitment, ReminderOutbox
from storage.reminders import (
    PENDING,
    SENDING,
    SENT,
    SKIPPED,
    Planned,
    claim,
    countries_answered,
    countries_done,
    enqueue,
    existing_keys,
    finish,
    is_muted,
    mute,
    outbox_depth,
    planned_through,
    recipients,
    reminder_items,
    retry_at,
    set_planned_through,
    skip_pending_for_chat,
)
from storage.subscribers import follow_topic, grant_role, subscribe

JULY_8 = datetime(2017, 7, 8, 15, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)


def setup(session: Session) -> dict[str, int]:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    subscribe(session, chat_id=1, now=JULY_8, lang="es", country="Guatemala", follows="country")
    subscribe(session, chat_id=2, now=JULY_8, lang="en")
    session.commit()
    return {
        c.ref or "": c.group_id
        for c in session.exec(select(Commitment).where(Commitment.lang == "es")).all()
    }


def planned(subscriber_id: int, group_id: int, occasion: str, at: datetime = JULY_8) -> Planned:
    return Planned(subscriber_id, group_id, "remind", occasion, date(2017, 7, 15), at)


def chat_ids(session: Session) -> dict[int, int]:
    return {r.chat_id: r.subscriber_id for r in recipients(session)}


def test_items_are_read_once_per_linked_item_by_their_reminder_day(session: Session) -> None:
    groups = setup(session)
    items = reminder_items(session, targets=[date(2017, 7, 15), date(2017, 7, 6)])
    assert sorted(i.group_id for i in items) == sorted([groups["16.a"], groups["23"]])
    deadline = next(i for i in items if i.group_id == groups["16.a"])
    assert deadline.kind == "deadline" and "Países Miembros" in deadline.names
    # Events count from their start: the 6-7 July meeting is found by the 6th, not the 7th.
    assert [i.group_id for i in reminder_items(session, targets=[date(2017, 7, 7)])] == []
    overdue = reminder_items(session, targets=[], overdue=(date(2017, 7, 1), date(2017, 7, 31)))
    assert [i.group_id for i in overdue] == [groups["16.a"]]


def test_recipients_carry_topics_covering_groups_and_focal_roles(session: Session) -> None:
    setup(session)
    follow_topic(session, chat_id=1, topic="Red de Protección Consular")
    grant_role(session, user_id=1, role="focal_point", now=JULY_8, country="Guatemala")
    by_chat = {r.chat_id: r for r in recipients(session)}
    ana = by_chat[1]
    assert ana.topics == {"Red de Protección Consular"}
    assert "Países Miembros" in ana.covering and "Guatemala" in ana.covering
    assert ana.focal_for == {"Guatemala"}
    assert by_chat[2].country is None and by_chat[2].focal_for == frozenset()


def test_planning_the_same_occasion_twice_adds_it_once(session: Session) -> None:
    groups = setup(session)
    ids = chat_ids(session)
    rows = [
        planned(ids[1], groups["16.a"], "d7@2017-07-15"),
        planned(ids[2], groups["16.a"], "d7@2017-07-15"),
    ]
    assert enqueue(session, rows, now=JULY_8) == 2
    assert enqueue(session, rows, now=JULY_8) == 0
    session.commit()
    assert count(session, "reminder_outbox") == 2
    assert existing_keys(session, [r.key for r in rows] + ["nope"]) == {r.key for r in rows}


def test_a_claim_holds_for_its_lease_then_is_claimed_again(session: Session) -> None:
    groups = setup(session)
    ids = chat_ids(session)
    enqueue(session, [planned(ids[1], groups["16.a"], "d7@2017-07-15")], now=JULY_8)
    later = planned(ids[2], groups["16.a"], "d1@2017-07-15", at=JULY_8 + timedelta(days=6))
    enqueue(session, [later], now=JULY_8)
    session.commit()
    first = claim(session, now=JULY_8, worker="a", lease=LEASE)
    session.commit()
    assert [(r.status, r.claimed_by, r.attempts) for r in first] == [(SENDING, "a", 1)]
    # Another sender within the lease gets nothing; the row not yet due is not claimed.
    assert claim(session, now=JULY_8 + timedelta(seconds=30), worker="b", lease=LEASE) == []
    # The first sender died: after the lease the row is claimed again, and sent once marked.
    again = claim(session, now=JULY_8 + timedelta(seconds=61), worker="b", lease=LEASE)
    assert [(r.id, r.claimed_by, r.attempts) for r in again] == [(first[0].id, "b", 2)]
    assert again[0].id is not None
    finish(session, outbox_id=again[0].id, status=SENT, now=JULY_8)
    session.commit()
    assert claim(session, now=JULY_8 + timedelta(hours=1), worker="c", lease=LEASE) == []
    assert outbox_depth(session, now=JULY_8 + timedelta(hours=1)) == 0
    assert outbox_depth(session, now=JULY_8 + timedelta(days=7)) == 1


def test_a_failed_send_waits_until_its_retry_time(session: Session) -> None:
    groups = setup(session)
    ids = chat_ids(session)
    enqueue(session, [planned(ids[1], groups["16.a"], "d7@2017-07-15")], now=JULY_8)
    (row,) = claim(session, now=JULY_8, worker="a", lease=LEASE)
    assert row.id is not None
    retry_at(session, outbox_id=row.id, when=JULY_8 + timedelta(minutes=5), error="500")
    session.commit()
    assert claim(session, now=JULY_8 + timedelta(minutes=4), worker="a", lease=LEASE) == []
    assert len(claim(session, now=JULY_8 + timedelta(minutes=5), worker="a", lease=LEASE)) == 1


def test_stopping_an_item_skips_what_is_planned(session: Session) -> None:
    groups = setup(session)
    ids = chat_ids(session)
    enqueue(
        session,
        [
            planned(ids[1], groups["16.a"], "d7@2017-07-15"),
            planned(ids[1], groups["23"], "d1@2017-07-06"),
        ],
        now=JULY_8,
    )
    assert mute(session, subscriber_id=ids[1], group_id=groups["16.a"], now=JULY_8)
    assert not mute(session, subscriber_id=ids[1], group_id=groups["16.a"], now=JULY_8)
    session.commit()
    assert is_muted(session, subscriber_id=ids[1], group_id=groups["16.a"])
    statuses = dict(session.exec(select(ReminderOutbox.group_id, ReminderOutbox.status)).all())
    assert statuses == {groups["16.a"]: SKIPPED, groups["23"]: PENDING}
    assert skip_pending_for_chat(session, subscriber_id=ids[1], reason="blocked") == 1


def test_marks_and_answers_are_read_per_item(session: Session) -> None:
    groups = setup(session)
    mark_task(session, group_id=groups["16.a"], country="Panamá", done=True, by="1", now=JULY_8)
    mark_task(session, group_id=groups["16.a"], country="México", done=False, by="1", now=JULY_8)
    confirm_participation(
        session, group_id=groups["23"], country="Belice", confirmed=False, by="2", now=JULY_8
    )
    assert countries_done(session, [groups["16.a"]]) == {groups["16.a"]: {"Panamá"}}
    assert countries_answered(session, [groups["23"]]) == {groups["23"]: {"Belice"}}


def test_the_planner_remembers_how_far_it_got(session: Session) -> None:
    assert planned_through(session) is None
    set_planned_through(session, moment=JULY_8)
    set_planned_through(session, moment=JULY_8 - timedelta(hours=1))  # never goes back
    session.commit()
    assert planned_through(session) == JULY_8
