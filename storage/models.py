"""The tables of the commitment store.

A meeting is the identity shared by every document about it: the Spanish and the English
versions, and each revision of either. A commitment is one item as one document version states
it; the twins of an item (the same decision in Spanish and in English) share a
`CommitmentGroup`, and everything delegations record about an item (task done, participation
confirmed, reminder sent) hangs on the group, so it survives revisions and is counted once for
both languages.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import JSON, Field, Relationship, SQLModel

DRAFT = "draft"
PUBLISHED = "published"
WITHDRAWN = "withdrawn"
STATUSES = (DRAFT, PUBLISHED, WITHDRAWN)

DEADLINE = "deadline"
EVENT = "event"
TASK = "task"  # an open task without a date ("undated" in an extraction)
KINDS = (DEADLINE, EVENT, TASK)

PENDING = "pending"
DONE = "done"
CONFIRMED = "confirmed"
DECLINED = "declined"

ADMIN = "admin"
FOCAL_POINT = "focal_point"
DELEGATE = "delegate"  # a verified delegate of a member country
ROLES = (ADMIN, FOCAL_POINT, DELEGATE)

REQUEST_PENDING = "pending"
REQUEST_APPROVED = "approved"
REQUEST_REFUSED = "refused"

REACH_UNKNOWN = 36525  # days: an item without a meeting date is readable at any date

CHAT_TYPES = ("private", "group", "supergroup", "channel")  # Telegram's kinds of chat

# Names Alembic and both databases agree on, so migrations can refer to constraints by name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(sa.TypeDecorator[datetime]):
    """An aware UTC datetime on both databases (SQLite keeps no zone, so we put it back)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _when(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


class Actor(SQLModel, table=True):
    """A country, group, body or organization that commitments name, in one forum."""

    __table_args__ = (sa.UniqueConstraint("forum", "canonical"),)

    id: int | None = Field(default=None, primary_key=True)
    forum: str = Field(max_length=40)
    canonical: str = Field(max_length=200)
    kind: str = Field(max_length=20)  # country | group | body | organization
    member: bool = False  # a member country of the forum
    name_es: str = Field(max_length=300)
    name_en: str = Field(max_length=300)


class ActorAlias(SQLModel, table=True):
    """Another name an actor goes by, kept normalized for accent-insensitive lookup."""

    __tablename__ = "actor_alias"
    __table_args__ = (sa.UniqueConstraint("actor_id", "alias_norm"),)

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", ondelete="CASCADE")
    alias: str = Field(max_length=300)
    alias_norm: str = Field(max_length=300, index=True)


class GroupMember(SQLModel, table=True):
    """An actor included in a group ("Países Miembros" includes every member country)."""

    __tablename__ = "group_member"

    group_id: int = Field(foreign_key="actor.id", primary_key=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="actor.id", primary_key=True, ondelete="CASCADE")


class Meeting(SQLModel, table=True):
    """One meeting: the identity its Spanish and English documents and their revisions share."""

    __table_args__ = (sa.UniqueConstraint("forum", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    forum: str = Field(max_length=40)
    key: str = Field(max_length=400)
    body: str | None = Field(default=None, max_length=20)
    title: str | None = None
    place: str | None = None
    start: date | None = None
    end: date | None = None


class Document(SQLModel, table=True):
    """One ingested version of a meeting's document in one language."""

    __table_args__ = (sa.Index("ix_document_meeting_lang", "meeting_id", "lang"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    lang: str = Field(max_length=5)
    source: str
    content_hash: str = Field(max_length=64, unique=True)
    title: str | None = None
    ingested_at: datetime = _when()
    # Set when a revision of the same meeting's document in the same language replaced it.
    superseded_at: datetime | None = _when(default=None)
    # For verified delegates, focal points and the secretariat only, in private chats.
    members_only: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})

    meeting: Meeting = Relationship()


class CommitmentGroup(SQLModel, table=True):
    """The language-independent identity of an item: twins in Spanish and English share it."""

    __tablename__ = "commitment_group"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    key: str = Field(max_length=400)


class Commitment(SQLModel, table=True):
    """A dated deadline or event, or an open task, as one language's document states it."""

    __table_args__ = (
        sa.CheckConstraint("status IN ('draft', 'published', 'withdrawn')", name="status"),
        sa.CheckConstraint("kind IN ('deadline', 'event', 'task')", name="kind"),
        sa.CheckConstraint("kind = 'task' OR \"end\" IS NOT NULL", name="dated"),
        # The date walk every listing does; the columns after `end` are what readers filter on
        # and what probes join on, so counting reads the index alone.
        sa.Index(
            "ix_commitment_by_date",
            "status",
            "end",
            "kind",
            "lang",
            "only_version",
            "ref_date",
            "start",
            "group_id",
            "id",
        ),
        sa.Index("ix_commitment_group_lang", "group_id", "lang", "status"),
        sa.Index("ix_commitment_meeting_lang", "meeting_id", "lang"),
        sa.Index("ix_commitment_document", "document_id"),
        sa.Index("ix_commitment_span_days", "span_days"),
        sa.Index("ix_commitment_reach_days", "reach_days"),
        # The few recurring deadlines, read apart by every listing (storage.queries).
        sa.Index(
            "ix_commitment_recurring",
            "status",
            "end",
            sqlite_where=sa.text("recurrence IS NOT NULL"),
            postgresql_where=sa.text("recurrence IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="commitment_group.id")
    meeting_id: int = Field(foreign_key="meeting.id")
    document_id: int = Field(foreign_key="document.id")  # the latest version that states it
    lang: str = Field(max_length=5)
    status: str = Field(default=DRAFT, max_length=10)
    kind: str = Field(max_length=10)
    date_text: str | None = None
    start: date | None = None
    end: date | None = None
    # Days from start to end (0: one day; None: an open task), and from the meeting that decided
    # it to its end (REACH_UNKNOWN without a meeting date). The longest of each bounds how far
    # past a period an item overlapping it can end, and how far past `now` an item of a meeting
    # already held can end: listings then walk a bounded stretch of the date index.
    span_days: int | None = None
    reach_days: int | None = None
    precision: str | None = Field(default=None, max_length=10)
    quote: str
    ref: str | None = Field(default=None, max_length=100)
    what: str | None = None
    who: list[str] = Field(default_factory=list, sa_type=JSON)
    # Canonical names of the CRM networks and working groups the item's paragraph mentions.
    topics: list[str] = Field(
        default_factory=list, sa_type=JSON, sa_column_kwargs={"server_default": "[]"}
    )
    where: str | None = None
    confirm: bool = False  # members are asked to confirm participation
    anchor: str | None = None  # for open tasks: "next GRCM meeting"
    ref_date: date | None = None  # the meeting date the passage is judged from
    position: int = 0  # order in the document
    # True when this is the only published language version of its group: readers of the other
    # language are shown it. Kept at write time so reads filter on a column, not a subquery.
    only_version: bool = False
    match_key: str = Field(max_length=600)
    # Accent- and case-folded what + quote + where, filled at write time so that search is the
    # same plain LIKE on SQLite and PostgreSQL.
    search_text: str
    created_at: datetime = _when()
    updated_at: datetime = _when()
    published_at: datetime | None = _when(default=None)
    withdrawn_at: datetime | None = _when(default=None)
    # Copied from the document that states it, so readers filter on a column.
    members_only: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})
    # Why the extractor kept the date ('kept as deadline: "a más tardar"'), for the review.
    reason: str | None = None
    # A duty repeated each period (storage.recurrence): {"freq": "MONTHLY", "interval": 3,
    # "dtstart": "2018-03-31", "until": null, "count": null}; `end` is its first due date.
    recurrence: dict[str, Any] | None = Field(default=None, sa_type=sa.JSON(none_as_null=True))

    document: Document = Relationship()
    group: CommitmentGroup = Relationship()


class CommitmentActor(SQLModel, table=True):
    """One actor a commitment names in `who`, for the country filter."""

    __tablename__ = "commitment_actor"
    __table_args__ = (sa.Index("ix_commitment_actor_actor", "actor", "commitment_id"),)

    commitment_id: int = Field(foreign_key="commitment.id", primary_key=True, ondelete="CASCADE")
    actor: str = Field(primary_key=True, max_length=200)


class CommitmentTopic(SQLModel, table=True):
    """One topic (a CRM network or working group) a commitment carries, for the topic filter."""

    __tablename__ = "commitment_topic"
    __table_args__ = (sa.Index("ix_commitment_topic_topic", "topic", "commitment_id"),)

    commitment_id: int = Field(foreign_key="commitment.id", primary_key=True, ondelete="CASCADE")
    topic: str = Field(primary_key=True, max_length=200)


class TaskStatus(SQLModel, table=True):
    """Whether a country has done a task (deadline or open task): who said so, and when."""

    __tablename__ = "task_status"
    __table_args__ = (
        sa.UniqueConstraint("group_id", "country"),
        sa.CheckConstraint("status IN ('pending', 'done')", name="status"),
        sa.Index("ix_task_status_country", "country", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="commitment_group.id")
    country: str = Field(max_length=200)
    status: str = Field(max_length=10)
    recorded_by: str = Field(max_length=200)
    recorded_at: datetime = _when()


class OccurrenceStatus(SQLModel, table=True):
    """Whether a country has done one occurrence of a recurring duty (the report of one quarter).

    A recurring item's `TaskStatus` would mark every period at once; this marks one, so the
    next period is still reminded.
    """

    __tablename__ = "occurrence_status"
    __table_args__ = (
        sa.UniqueConstraint("group_id", "country", "occurrence"),
        sa.CheckConstraint("status IN ('pending', 'done')", name="status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="commitment_group.id")
    country: str = Field(max_length=200)
    occurrence: date  # the due date of the occurrence
    status: str = Field(max_length=10)
    recorded_by: str = Field(max_length=200)
    recorded_at: datetime = _when()


class Participation(SQLModel, table=True):
    """A country's answer to an event: confirmed or declined, who answered, and when."""

    __table_args__ = (
        sa.UniqueConstraint("group_id", "country"),
        sa.CheckConstraint("answer IN ('confirmed', 'declined')", name="answer"),
    )

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="commitment_group.id")
    country: str = Field(max_length=200)
    answer: str = Field(max_length=10)
    recorded_by: str = Field(max_length=200)
    recorded_at: datetime = _when()


class Subscriber(SQLModel, table=True):
    """A Telegram chat that talks to the bot: its settings, and whether it receives reminders.

    Every chat gets a row when it first talks to the bot, inactive; subscribing activates it and
    unsubscribing deactivates it, and the settings are kept either way.
    """

    __table_args__ = (
        sa.CheckConstraint("follows IN ('all', 'country')", name="follows"),
        sa.CheckConstraint(
            "chat_type IN ('private', 'group', 'supergroup', 'channel')", name="chat_type"
        ),
        sa.Index("ix_subscriber_active", "active", "follows", "country"),
    )

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=sa.BigInteger, unique=True)
    chat_type: str = Field(
        default="private", max_length=20, sa_column_kwargs={"server_default": "private"}
    )
    lang: str = Field(default="es", max_length=5)
    timezone: str = Field(default="America/Mexico_City", max_length=64)
    country: str | None = Field(default=None, max_length=200)
    # "all": every published item; "country": the items that name the subscriber's country, or
    # carry one of the chat's followed topics.
    follows: str = Field(default="all", max_length=10)
    # Days before an item to remind, largest first; None: the reminder policy's defaults.
    lead_days: list[int] | None = Field(default=None, sa_type=JSON)
    digest: bool = Field(default=True, sa_column_kwargs={"server_default": sa.true()})
    active: bool = True
    created_at: datetime = _when()
    updated_at: datetime = _when()


class SubscriberTopic(SQLModel, table=True):
    """A topic (a CRM network or working group) a chat follows."""

    __tablename__ = "subscriber_topic"
    __table_args__ = (sa.Index("ix_subscriber_topic_topic", "topic", "subscriber_id"),)

    subscriber_id: int = Field(foreign_key="subscriber.id", primary_key=True, ondelete="CASCADE")
    topic: str = Field(primary_key=True, max_length=200)


class Role(SQLModel, table=True):
    """A Telegram user's role: admin of the secretariat, focal point or verified delegate of a
    country."""

    __table_args__ = (
        sa.UniqueConstraint("user_id", "role", "country"),
        sa.CheckConstraint("role IN ('admin', 'focal_point', 'delegate')", name="role"),
        sa.CheckConstraint("role = 'admin' OR country IS NOT NULL", name="country"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_type=sa.BigInteger, index=True)
    role: str = Field(max_length=20)
    country: str | None = Field(default=None, max_length=200)
    granted_by: str | None = Field(default=None, max_length=200)
    granted_at: datetime = _when()


class RoleRequest(SQLModel, table=True):
    """A user asking to be a country's focal point or verified delegate, and the decision."""

    __tablename__ = "role_request"
    __table_args__ = (
        sa.CheckConstraint("role IN ('focal_point', 'delegate')", name="role"),
        sa.CheckConstraint("status IN ('pending', 'approved', 'refused')", name="status"),
        sa.Index("ix_role_request_status", "status", "role", "country"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_type=sa.BigInteger, index=True)
    name: str | None = Field(default=None, max_length=200)  # as Telegram showed it
    role: str = Field(max_length=20)
    country: str = Field(max_length=200)
    status: str = Field(default=REQUEST_PENDING, max_length=10)
    requested_at: datetime = _when()
    decided_by: int | None = Field(default=None, sa_type=sa.BigInteger)
    decided_at: datetime | None = _when(default=None)


class HistoryEntry(SQLModel, table=True):
    """One recorded change: a status, confirmation, mark, publication or role, who and when."""

    __tablename__ = "history"
    __table_args__ = (
        sa.Index("ix_history_group", "group_id", "country", "id"),
        sa.Index("ix_history_user", "subject_user_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _when()
    by_user_id: int | None = Field(default=None, sa_type=sa.BigInteger)  # None: the command line
    by: str = Field(max_length=200)  # "user 123 (Ana)", "crmbot ingest"
    action: str = Field(max_length=30)
    group_id: int | None = Field(default=None, foreign_key="commitment_group.id")
    country: str | None = Field(default=None, max_length=200)
    subject_user_id: int | None = Field(default=None, sa_type=sa.BigInteger)  # for role changes
    detail: str | None = None


class ReminderOutbox(SQLModel, table=True):
    """One message due to one chat: planned once, claimed, sent, and marked only when accepted.

    `key` (chat, item, occasion) is unique, so planning the same occasion twice — after a
    restart, or by two replicas — adds nothing. A claim holds for a lease: a claim not marked
    sent when its lease ends (the sender died) is claimed and sent again.
    """

    __tablename__ = "reminder_outbox"
    __table_args__ = (
        sa.CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'skipped', 'failed')", name="status"
        ),
        sa.Index("ix_reminder_outbox_status_due", "status", "due_at"),
        sa.Index("ix_reminder_outbox_subscriber_group", "subscriber_id", "group_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=200, unique=True)
    subscriber_id: int = Field(foreign_key="subscriber.id", ondelete="CASCADE")
    group_id: int | None = Field(default=None, foreign_key="commitment_group.id")
    kind: str = Field(max_length=10)  # remind | confirm | overdue | digest | snooze
    occasion: str = Field(max_length=60)  # "d7@2017-07-15", "w@2017-07-17"
    target: date | None = None  # the item's day the message is about
    due_at: datetime = _when()
    late: bool = False
    status: str = Field(default="pending", max_length=10)
    attempts: int = 0
    lease_until: datetime | None = _when(default=None)
    claimed_by: str | None = Field(default=None, max_length=100)
    sent_at: datetime | None = _when(default=None)
    error: str | None = Field(default=None, max_length=500)
    created_at: datetime = _when()


class ReminderPlanner(SQLModel, table=True):
    """How far the reminder planner got: occasions up to `planned_through` are in the outbox.

    One row. After downtime the planner starts from here, so what fell due meanwhile is
    planned (coalesced per item) and nothing already planned is looked at again.
    """

    __tablename__ = "reminder_planner"

    id: int = Field(default=1, primary_key=True)
    planned_through: datetime = _when()


class ReminderMute(SQLModel, table=True):
    """A chat that asked to stop reminders of one item."""

    __tablename__ = "reminder_mute"

    subscriber_id: int = Field(foreign_key="subscriber.id", primary_key=True, ondelete="CASCADE")
    group_id: int = Field(foreign_key="commitment_group.id", primary_key=True)
    muted_at: datetime = _when()


class CalendarFeed(SQLModel, table=True):
    """A secret link to a chat's calendar (or, for the secretariat, a country's), until revoked."""

    __tablename__ = "calendar_feed"
    __table_args__ = (sa.Index("ix_calendar_feed_chat", "chat_id", "revoked_at"),)

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(max_length=64, unique=True)
    chat_id: int = Field(sa_type=sa.BigInteger)
    # None: the chat's own calendar (its country and topics); a country: that country's items.
    country: str | None = Field(default=None, max_length=200)
    created_at: datetime = _when()
    revoked_at: datetime | None = _when(default=None)
    # What its events were last rendered with (bot.calendar.rendering: language, lead times,
    # names), and the SEQUENCE floor raised when that changed: seconds since 2000-01-01 UTC.
    revision: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    rendered_as: str | None = Field(default=None, max_length=64)
