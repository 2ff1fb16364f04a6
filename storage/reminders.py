"""What the reminder scheduler reads and writes: due reminders, claims, and delivery marks.

A reminder is per subscriber, linked item (group) and offset, in the subscriber's language. The
scheduler claims one (an insert that the unique constraint lets through once, whichever replica
tries), commits, sends, then marks it sent: after a crash between claim and send a reminder is
missed rather than sent twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, or_, select

from storage.models import (
    DEADLINE,
    EVENT,
    PUBLISHED,
    Actor,
    Commitment,
    CommitmentActor,
    GroupMember,
    ReminderLog,
    Subscriber,
)

DEFAULT_OFFSETS = (7, 1, 0)


@dataclass(frozen=True)
class DueReminder:
    """One reminder to send: who gets it, which item (in their language), and how far ahead."""

    subscriber: Subscriber
    commitment: Commitment
    offset_days: int


def due_reminders(
    *,
    session: Session,
    now: datetime,
    offsets: Sequence[int] = DEFAULT_OFFSETS,
    limit: int = 1000,
) -> list[DueReminder]:
    """Return the reminders due at `now` that nobody has claimed yet.

    An event is reminded before it starts, a deadline before it ends. Only the nearest offset
    applies (a subscriber who joins the day before a deadline gets the 1-day reminder, not the
    7-day one too), and each linked item once, in the subscriber's language if it has it.
    """
    today = now.date()
    steps = sorted(set(offsets))
    target = sa.case(
        (col(Commitment.kind) == EVENT, func.coalesce(Commitment.start, Commitment.end)),
        else_=Commitment.end,
    )
    due: list[DueReminder] = []
    for i, offset in enumerate(steps):
        # The item is in this offset's band: nearer than the next larger offset's, farther
        # than the next smaller one's (which would be the one to send).
        after = today + timedelta(days=steps[i - 1]) if i else today - timedelta(days=1)
        query = (
            select(Subscriber, Commitment)
            .join(Commitment, sa.true())
            .where(
                col(Subscriber.active),
                Commitment.status == PUBLISHED,
                col(Commitment.kind).in_((DEADLINE, EVENT)),
                col(Commitment.end) >= today,
                target > after,
                target <= today + timedelta(days=offset),
                _in_language_of_subscriber(),
                _followed_by_subscriber(),
                sa.not_(
                    select(ReminderLog.id)
                    .where(
                        ReminderLog.subscriber_id == Subscriber.id,
                        ReminderLog.group_id == Commitment.group_id,
                        ReminderLog.offset_days == offset,
                    )
                    .exists()
                ),
            )
            .order_by(col(Subscriber.id), col(Commitment.end), col(Commitment.id))
            .limit(limit - len(due))
        )
        due += [DueReminder(s, c, offset) for s, c in session.exec(query).all()]
        if len(due) >= limit:
            break
    return due


def claim_reminder(
    session: Session,
    *,
    subscriber_id: int,
    group_id: int,
    offset_days: int,
    now: datetime,
    commitment_id: int | None = None,
) -> bool:
    """Claim a reminder before sending it; return False if it was already claimed."""
    values = {
        "subscriber_id": subscriber_id,
        "group_id": group_id,
        "offset_days": offset_days,
        "commitment_id": commitment_id,
        "claimed_at": now,
    }
    insert: Any = (
        postgresql.insert(ReminderLog)
        if session.get_bind().dialect.name == "postgresql"
        else sqlite.insert(ReminderLog)
    )
    statement = (
        insert.values(**values)
        .on_conflict_do_nothing(index_elements=["subscriber_id", "group_id", "offset_days"])
        .returning(col(ReminderLog.id))
    )
    # RETURNING yields the new row, or nothing when the row was there already.
    return session.execute(statement).first() is not None


def mark_reminder_sent(
    session: Session,
    *,
    subscriber_id: int,
    group_id: int,
    offset_days: int,
    now: datetime,
    error: str | None = None,
) -> None:
    """Record that a claimed reminder went out (or why it did not)."""
    entry = session.exec(
        select(ReminderLog).where(
            ReminderLog.subscriber_id == subscriber_id,
            ReminderLog.group_id == group_id,
            ReminderLog.offset_days == offset_days,
        )
    ).one()
    if error is None:
        entry.sent_at = now
    entry.error = error
    session.flush()


def _in_language_of_subscriber() -> Any:
    other = aliased(Commitment)
    twin_in_lang = (
        select(other.id)
        .where(
            other.group_id == Commitment.group_id,
            other.lang == Subscriber.lang,
            other.status == PUBLISHED,
        )
        .correlate(Commitment, Subscriber)
        .exists()
    )
    return or_(Commitment.lang == Subscriber.lang, sa.not_(twin_in_lang))


def _followed_by_subscriber() -> Any:
    group = aliased(Actor)
    member = aliased(Actor)
    groups_of_country = (
        select(group.canonical)
        .join(GroupMember, col(GroupMember.group_id) == group.id)
        .join(member, col(member.id) == GroupMember.member_id)
        .where(member.canonical == Subscriber.country)
        # Two levels down from the query that selects subscribers: say which one is meant.
        .correlate(Subscriber)
    )
    names_country = (
        select(CommitmentActor.commitment_id)
        .where(
            CommitmentActor.commitment_id == Commitment.id,
            or_(
                CommitmentActor.actor == Subscriber.country,
                col(CommitmentActor.actor).in_(groups_of_country),
            ),
        )
        .correlate(Commitment, Subscriber)
        .exists()
    )
    return or_(Subscriber.follows == "all", names_country)
