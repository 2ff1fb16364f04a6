"""The reminder outbox: what the planner reads and writes, and how senders claim and mark rows.

The database is the source of truth. The planner reads the items that may be due and the
active chats, and writes each due message to `reminder_outbox` under a unique key (chat, item,
occasion): planning twice adds nothing. A sender claims due rows for a lease, sends, and marks
each sent only once Telegram accepted it; a claim whose lease ran out (its sender died) is
claimed again. Delivery is therefore at least once, with duplicates only among the sends that
were in flight at a crash. On PostgreSQL claims skip rows other replicas hold locked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, and_, col, func, or_, select

from storage.actors import names_covering
from storage.models import (
    CONFIRMED,
    DEADLINE,
    DECLINED,
    DONE,
    EVENT,
    FOCAL_POINT,
    PUBLISHED,
    Commitment,
    CommitmentActor,
    OccurrenceStatus,
    Participation,
    ReminderMute,
    ReminderOutbox,
    ReminderPlanner,
    Role,
    Subscriber,
    SubscriberTopic,
    TaskStatus,
)
from storage.recurrence import occurrences

PENDING, SENDING, SENT, SKIPPED, FAILED = "pending", "sending", "sent", "skipped", "failed"


@dataclass(frozen=True, slots=True)
class ReminderItem:
    """What the planner needs of one linked item (its versions share dates and actors)."""

    group_id: int
    kind: str
    start: date | None
    end: date
    confirm: bool
    names: frozenset[str]  # actors named in `who`
    topics: frozenset[str]
    members_only: bool = False
    # For a recurring duty, the occurrence this is (its `end`); None for a one-off item.
    occurrence: date | None = None


@dataclass(frozen=True, slots=True)
class Recipient:
    """An active chat with what decides which items concern it."""

    subscriber_id: int
    chat_id: int
    lang: str
    timezone: str
    country: str | None
    follows: str
    lead_days: tuple[int, ...] | None
    digest: bool
    topics: frozenset[str]
    covering: frozenset[str]  # the country and the groups that include it
    focal_for: frozenset[str]  # countries this chat's user is a focal point of
    member: bool = False  # a private chat whose user may read members-only items


@dataclass(frozen=True, slots=True)
class Planned:
    """A message the planner decided is due."""

    subscriber_id: int
    group_id: int | None
    kind: str
    occasion: str
    target: date | None
    due_at: datetime
    late: bool = False

    @property
    def key(self) -> str:
        """The outbox's unique key: chat, item and occasion."""
        return f"{self.subscriber_id}:{self.group_id or '-'}:{self.occasion}"


def reminder_items(
    session: Session, *, targets: Collection[date], overdue: tuple[date, date] | None = None
) -> list[ReminderItem]:
    """Return the published deadlines and events whose reminder day is one of `targets`, and
    the deadlines that ended within `overdue` (first, last), if given."""
    target = sa.case(
        (col(Commitment.kind) == EVENT, func.coalesce(Commitment.start, Commitment.end)),
        else_=Commitment.end,
    )
    wanted: list[Any] = []
    if targets:
        wanted.append(target.in_(sorted(targets)))
    if overdue is not None:
        wanted.append(
            and_(
                Commitment.kind == DEADLINE,
                col(Commitment.end) >= overdue[0],
                col(Commitment.end) <= overdue[1],
            )
        )
    if not wanted:
        return []
    rows = session.execute(
        sa.select(*_ITEM_COLUMNS)
        .where(
            col(Commitment.status) == PUBLISHED,
            col(Commitment.kind).in_((DEADLINE, EVENT)),
            or_(*wanted),
            col(Commitment.recurrence).is_(None),  # recurring ones: `recurring_items`
        )
        .order_by(col(Commitment.group_id), col(Commitment.id))
    ).all()
    return [item for item, _ in _reminder_items(session, rows)]


def recurring_items(
    session: Session, *, targets: Collection[date], overdue: tuple[date, date] | None = None
) -> list[ReminderItem]:
    """Return the occurrences of published recurring deadlines due on one of `targets`, or
    within `overdue` (first, last): one item per occurrence, its `end` the occurrence's day.

    Only the occurrences between the earliest and latest day asked for are computed.
    """
    days = sorted(targets)
    bounds = [*days[:1], *days[-1:], *(overdue or ())]
    if not bounds:
        return []
    first, last = min(bounds), max(bounds)
    rows = session.execute(
        sa.select(*_ITEM_COLUMNS, col(Commitment.recurrence))
        .where(
            col(Commitment.status) == PUBLISHED,
            col(Commitment.kind) == DEADLINE,
            col(Commitment.recurrence).is_not(None),
            col(Commitment.end) <= last,
        )
        .order_by(col(Commitment.group_id), col(Commitment.id))
    ).all()
    wanted = set(days)
    found = []
    for item, row in _reminder_items(session, rows):
        for day in occurrences(row.recurrence, row.end, since=first, until=last):
            if day in wanted or (overdue is not None and overdue[0] <= day <= overdue[1]):
                found.append(replace(item, start=None, end=day, occurrence=day))
    return found


_ITEM_COLUMNS = (
    col(Commitment.id),
    col(Commitment.group_id),
    col(Commitment.kind),
    col(Commitment.start),
    col(Commitment.end),
    col(Commitment.confirm),
    col(Commitment.topics),
    col(Commitment.members_only),
)


def _reminder_items(session: Session, rows: Sequence[Any]) -> list[tuple[ReminderItem, Any]]:
    """One item per group (its first version), with the actors it names."""
    first_of_group: dict[int, Any] = {}
    for row in rows:
        first_of_group.setdefault(row.group_id, row)
    names: dict[int, set[str]] = defaultdict(set)
    ids = [row.id for row in first_of_group.values()]
    for chunk in _chunks(ids):
        for commitment_id, actor in session.exec(
            select(CommitmentActor.commitment_id, CommitmentActor.actor).where(
                col(CommitmentActor.commitment_id).in_(chunk)
            )
        ).all():
            names[commitment_id].add(actor)
    return [
        (
            ReminderItem(
                group_id=row.group_id,
                kind=row.kind,
                start=row.start,
                end=row.end,
                confirm=row.confirm,
                names=frozenset(names[row.id]),
                topics=frozenset(row.topics or ()),
                members_only=bool(row.members_only),
            ),
            row,
        )
        for row in first_of_group.values()
    ]


def active_zones(session: Session) -> list[str]:
    """Return the time zones of the chats that receive reminders."""
    query = sa.select(col(Subscriber.timezone)).where(col(Subscriber.active)).distinct()
    return sorted(session.execute(query).scalars().all())


def recipients(session: Session, *, forum: str = "CRM") -> list[Recipient]:
    """Return every active chat with its topics, covering groups and focal-point countries."""
    # Plain rows, not ORM objects: a tick reads every chat, and there may be many.
    chats = session.execute(
        sa.select(
            col(Subscriber.id),
            col(Subscriber.chat_id),
            col(Subscriber.chat_type),
            col(Subscriber.lang),
            col(Subscriber.timezone),
            col(Subscriber.country),
            col(Subscriber.follows),
            col(Subscriber.lead_days),
            col(Subscriber.digest),
        ).where(col(Subscriber.active))
    ).all()
    topics: dict[int, set[str]] = defaultdict(set)
    for subscriber_id, topic in session.exec(
        select(SubscriberTopic.subscriber_id, SubscriberTopic.topic)
        .join(Subscriber, col(Subscriber.id) == SubscriberTopic.subscriber_id)
        .where(col(Subscriber.active))
    ).all():
        topics[subscriber_id].add(topic)
    focal: dict[int, set[str]] = defaultdict(set)
    members: set[int] = set()
    for user_id, role, country in session.exec(select(Role.user_id, Role.role, Role.country)).all():
        members.add(user_id)
        if role == FOCAL_POINT and country is not None:
            focal[user_id].add(country)
    covering = {
        country: frozenset(names_covering(session, country, forum=forum))
        for country in {chat.country for chat in chats if chat.country is not None}
    }
    empty: frozenset[str] = frozenset()
    return [
        Recipient(
            subscriber_id=chat.id,
            chat_id=chat.chat_id,
            lang=chat.lang,
            timezone=chat.timezone,
            country=chat.country,
            follows=chat.follows,
            lead_days=tuple(chat.lead_days) if chat.lead_days is not None else None,
            digest=chat.digest,
            topics=frozenset(topics[chat.id]) if chat.id in topics else empty,
            covering=covering[chat.country] if chat.country is not None else empty,
            # A focal point's private chat has the user's id.
            focal_for=frozenset(focal[chat.chat_id])
            if chat.chat_type == "private" and chat.chat_id in focal
            else empty,
            member=chat.chat_type == "private" and chat.chat_id in members,
        )
        for chat in chats
    ]


def countries_done(session: Session, group_ids: Sequence[int]) -> dict[int, set[str]]:
    """Return, per item, the countries that marked it done."""
    done: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(group_ids):
        for group_id, country in session.exec(
            select(TaskStatus.group_id, TaskStatus.country).where(
                col(TaskStatus.group_id).in_(chunk), TaskStatus.status == DONE
            )
        ).all():
            done[group_id].add(country)
    return done


def occurrences_done(
    session: Session, group_ids: Sequence[int]
) -> dict[tuple[int, date], set[str]]:
    """Return, per occurrence of a recurring duty, the countries that marked it done."""
    done: dict[tuple[int, date], set[str]] = defaultdict(set)
    for chunk in _chunks(group_ids):
        for group_id, occurrence, country in session.execute(
            sa.select(
                col(OccurrenceStatus.group_id),
                col(OccurrenceStatus.occurrence),
                col(OccurrenceStatus.country),
            ).where(col(OccurrenceStatus.group_id).in_(chunk), col(OccurrenceStatus.status) == DONE)
        ).all():
            done[(group_id, occurrence)].add(country)
    return done


def countries_answered(session: Session, group_ids: Sequence[int]) -> dict[int, set[str]]:
    """Return, per event, the countries that confirmed or declined."""
    answered: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(group_ids):
        for group_id, country in session.exec(
            select(Participation.group_id, Participation.country).where(
                col(Participation.group_id).in_(chunk),
                col(Participation.answer).in_((CONFIRMED, DECLINED)),
            )
        ).all():
            answered[group_id].add(country)
    return answered


def muted(session: Session) -> set[tuple[int, int]]:
    """Return the (chat, item) pairs whose reminders were stopped."""
    rows = session.exec(select(ReminderMute.subscriber_id, ReminderMute.group_id)).all()
    return {(s, g) for s, g in rows}


def recent_days(session: Session, *, since: datetime) -> dict[tuple[int, int], list[datetime]]:
    """Return when each (chat, item) already has a message planned, from `since` on."""
    planned: dict[tuple[int, int], list[datetime]] = defaultdict(list)
    for subscriber_id, group_id, due_at in session.exec(
        select(ReminderOutbox.subscriber_id, ReminderOutbox.group_id, ReminderOutbox.due_at).where(
            col(ReminderOutbox.group_id).is_not(None), ReminderOutbox.due_at >= since
        )
    ).all():
        if group_id is not None:
            planned[(subscriber_id, group_id)].append(due_at)
    return planned


def planned_through(session: Session) -> datetime | None:
    """Return the moment up to which the planner has planned, or None before its first run."""
    row = session.get(ReminderPlanner, 1)
    return row.planned_through if row is not None else None


def set_planned_through(session: Session, *, moment: datetime) -> None:
    """Record that everything due up to `moment` is planned."""
    row = session.get(ReminderPlanner, 1)
    if row is None:
        session.add(ReminderPlanner(id=1, planned_through=moment))
    elif row.planned_through < moment:
        row.planned_through = moment
    session.flush()


def existing_keys(session: Session, keys: Iterable[str]) -> set[str]:
    """Return which of these keys are already in the outbox."""
    found: set[str] = set()
    for chunk in _chunks(list(keys)):
        found |= set(
            session.exec(select(ReminderOutbox.key).where(col(ReminderOutbox.key).in_(chunk)))
        )
    return found


def enqueue(session: Session, planned: Sequence[Planned], *, now: datetime) -> int:
    """Write planned messages to the outbox; a key already there is left alone. Return added."""
    if not planned:
        return 0
    insert: Any = (
        postgresql.insert(ReminderOutbox)
        if session.get_bind().dialect.name == "postgresql"
        else sqlite.insert(ReminderOutbox)
    )
    added = 0
    for chunk in _chunks(list(planned), 500):
        values = [
            {
                "key": p.key,
                "subscriber_id": p.subscriber_id,
                "group_id": p.group_id,
                "kind": p.kind,
                "occasion": p.occasion,
                "target": p.target,
                "due_at": p.due_at,
                "late": p.late,
                "status": PENDING,
                "attempts": 0,
                "created_at": now,
            }
            for p in chunk
        ]
        statement = (
            insert.values(values)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(col(ReminderOutbox.id))
        )
        added += len(session.execute(statement).all())
    session.flush()
    return added


def claim(
    session: Session, *, now: datetime, worker: str, lease: timedelta, limit: int = 100
) -> list[ReminderOutbox]:
    """Claim due rows — pending ones, and claims whose lease ran out — for `lease`.

    The caller commits at once, so the claim is visible to other senders before sending.
    """
    query = (
        select(ReminderOutbox)
        .where(
            or_(
                and_(ReminderOutbox.status == PENDING, col(ReminderOutbox.due_at) <= now),
                and_(ReminderOutbox.status == SENDING, col(ReminderOutbox.lease_until) <= now),
            )
        )
        .order_by(col(ReminderOutbox.due_at), col(ReminderOutbox.id))
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    rows = list(session.exec(query).all())
    for row in rows:
        row.status = SENDING
        row.lease_until = now + lease
        row.claimed_by = worker
        row.attempts += 1
    session.flush()
    return rows


def finish(
    session: Session, *, outbox_id: int, status: str, now: datetime, error: str | None = None
) -> None:
    """Mark a claimed row sent, skipped (no longer due) or failed (never deliverable)."""
    if status not in (SENT, SKIPPED, FAILED):
        raise ValueError(f"not a final status: {status!r}")
    row = session.get(ReminderOutbox, outbox_id)
    if row is None:
        return
    row.status = status
    row.lease_until = None
    row.error = error[:500] if error else None
    if status == SENT:
        row.sent_at = now
    session.flush()


def retry_at(session: Session, *, outbox_id: int, when: datetime, error: str) -> None:
    """Keep a row claimed until `when`, when it is claimed and tried again."""
    row = session.get(ReminderOutbox, outbox_id)
    if row is None:
        return
    row.lease_until = when
    row.error = error[:500]
    session.flush()


def skip_pending_for_chat(session: Session, *, subscriber_id: int, reason: str) -> int:
    """Skip every unsent row of a chat (it blocked the bot, or it unsubscribed)."""
    rows = session.exec(
        select(ReminderOutbox).where(
            ReminderOutbox.subscriber_id == subscriber_id,
            col(ReminderOutbox.status).in_((PENDING, SENDING)),
        )
    ).all()
    for row in rows:
        row.status = SKIPPED
        row.error = reason
        row.lease_until = None
    session.flush()
    return len(rows)


def mute(session: Session, *, subscriber_id: int, group_id: int, now: datetime) -> bool:
    """Stop a chat's reminders of one item; skip what is already planned. Return if new."""
    exists = session.get(ReminderMute, (subscriber_id, group_id)) is not None
    if not exists:
        session.add(ReminderMute(subscriber_id=subscriber_id, group_id=group_id, muted_at=now))
    for row in session.exec(
        select(ReminderOutbox).where(
            ReminderOutbox.subscriber_id == subscriber_id,
            ReminderOutbox.group_id == group_id,
            col(ReminderOutbox.status).in_((PENDING, SENDING)),
        )
    ).all():
        row.status = SKIPPED
        row.error = "stopped by the reader"
    session.flush()
    return not exists


def is_muted(session: Session, *, subscriber_id: int, group_id: int) -> bool:
    """Tell whether a chat stopped the reminders of an item."""
    return session.get(ReminderMute, (subscriber_id, group_id)) is not None


def outbox_row(session: Session, *, outbox_id: int) -> ReminderOutbox | None:
    """Return one outbox row."""
    return session.get(ReminderOutbox, outbox_id)


def outbox_depth(session: Session, *, now: datetime) -> int:
    """Count the rows due and not yet sent."""
    return int(
        session.exec(
            select(func.count())
            .select_from(ReminderOutbox)
            .where(
                col(ReminderOutbox.status).in_((PENDING, SENDING)),
                col(ReminderOutbox.due_at) <= now,
            )
        ).one()
    )


def _chunks(values: Sequence[Any], size: int = 900) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _id(subscriber: Subscriber) -> int:
    assert subscriber.id is not None
    return subscriber.id
