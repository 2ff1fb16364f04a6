"""Reminders: derived from the database, once per subscriber, linked item and offset."""

from __future__ import annotations

from datetime import UTC, datetime

from factories import count, ingest, san_salvador_en, san_salvador_es
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.reminders import claim_reminder, due_reminders, mark_reminder_sent
from storage.subscribers import subscribe, unsubscribe

# The day before the Ad Hoc Group meeting (6-7 July) and a week before the passport workshop.
JULY_5 = datetime(2017, 7, 5, 14, 0, tzinfo=UTC)


def setup(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    subscribe(session, chat_id=1, now=JULY_5, lang="es")
    subscribe(session, chat_id=2, now=JULY_5, lang="en")
    subscribe(session, chat_id=3, now=JULY_5, lang="es", country="Guatemala", follows="country")
    subscribe(session, chat_id=4, now=JULY_5, lang="en", country="OIM", follows="country")
    session.commit()


def plan(session: Session, now: datetime = JULY_5) -> list[tuple[int, str | None, str, int]]:
    return [
        (d.subscriber.chat_id, d.commitment.ref, d.commitment.lang, d.offset_days)
        for d in due_reminders(session=session, now=now)
    ]


def test_twins_are_reminded_once_in_each_subscribers_language(session: Session) -> None:
    setup(session)
    assert plan(session) == [(1, "23", "es", 1), (2, "23", "en", 1), (3, "23", "es", 1)]
    july_10 = datetime(2017, 7, 10, 14, 0, tzinfo=UTC)
    assert plan(session, july_10) == [
        (1, "16.a", "es", 7),
        (1, "24", "es", 7),
        (2, "16.a", "en", 7),
        (2, "24", "en", 7),
        (3, "16.a", "es", 7),
        (3, "24", "es", 7),
    ]
    # The OIM follows only what names it: the validation workshop in September.
    september_12 = datetime(2017, 9, 12, 14, 0, tzinfo=UTC)
    assert [p for p in plan(session, september_12) if p[0] == 4] == [(4, "16.c", "en", 7)]


def test_a_claimed_reminder_is_not_due_again(session: Session) -> None:
    setup(session)
    for due in due_reminders(session=session, now=JULY_5):
        assert due.subscriber.id is not None
        assert claim_reminder(
            session,
            subscriber_id=due.subscriber.id,
            group_id=due.commitment.group_id,
            offset_days=due.offset_days,
            commitment_id=due.commitment.id,
            now=JULY_5,
        )
        session.commit()
    assert plan(session) == []
    # The next band of the same items comes due later.
    next_day = datetime(2017, 7, 6, 8, tzinfo=UTC)
    assert (1, "23", "es", 0) in plan(session, next_day)
    assert count(session, "reminder_log") == 3


def test_claiming_twice_lets_only_one_through(engine: Engine) -> None:
    with Session(engine) as session:
        setup(session)
        first = due_reminders(session=session, now=JULY_5)[0]
        key = {
            "subscriber_id": first.subscriber.id,
            "group_id": first.commitment.group_id,
            "offset_days": first.offset_days,
        }
    # Two replicas, two sessions: whoever commits first sends.
    with Session(engine) as one, Session(engine) as two:
        assert claim_reminder(one, now=JULY_5, **key) is True  # type: ignore[arg-type]
        one.commit()
        assert claim_reminder(two, now=JULY_5, **key) is False  # type: ignore[arg-type]
        two.commit()
    with Session(engine) as session:
        assert count(session, "reminder_log") == 1
        mark_reminder_sent(session, now=JULY_5, **key)  # type: ignore[arg-type]
        session.commit()
        assert (
            session.exec(  # type: ignore[call-overload]
                __import__("sqlalchemy").text("SELECT sent_at FROM reminder_log")
            ).scalar_one()
            is not None
        )


def test_unsubscribed_chats_and_drafts_get_nothing(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    subscribe(session, chat_id=1, now=JULY_5)
    session.commit()
    assert plan(session) == []
    ingest(session, san_salvador_es(), publish=True)
    unsubscribe(session, chat_id=1)
    session.commit()
    assert plan(session) == []


def test_a_late_subscriber_gets_the_nearest_offset_only(session: Session) -> None:
    ingest(session, san_salvador_es())
    subscribe(session, chat_id=9, now=JULY_5)
    session.commit()
    on_the_day = datetime(2017, 7, 15, 7, tzinfo=UTC)
    assert plan(session, on_the_day) == [(9, "16.a", "es", 0), (9, "24", "es", 7)]
