"""Chats and roles: every chat's settings, subscription and followed topics; admins, focal points.

Every function here adds and flushes but never commits: the caller owns the transaction.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, delete, func, select

from storage.models import ADMIN, CHAT_TYPES, FOCAL_POINT, Role, Subscriber, SubscriberTopic

LANGS = ("es", "en")
FOLLOWS = ("all", "country")
MAX_LEAD_DAYS = 60  # the farthest ahead a reminder can be asked for
MAX_LEADS = 6  # how many reminders per item a chat can ask for
MAX_TOPICS = 20  # topics one chat can follow: each is a term of the readers' filter
DEFAULT_LANG = "es"
DEFAULT_TIMEZONE = "America/Mexico_City"


class _Unset(enum.Enum):
    UNSET = "UNSET"


UNSET = _Unset.UNSET
"""Leave a setting as it is (`update_chat`); `None` means something else (clear it)."""

Unset = Literal[_Unset.UNSET]


class UnknownChat(LookupError):
    """No row for this chat: it has not talked to the bot yet (`ensure_chat` creates one)."""


def get_chat(session: Session, *, chat_id: int) -> Subscriber | None:
    """Return a chat's row, or None if it never talked to the bot."""
    return session.exec(select(Subscriber).where(Subscriber.chat_id == chat_id)).first()


def ensure_chat(
    session: Session,
    *,
    chat_id: int,
    now: datetime,
    lang: str,
    timezone: str,
    chat_type: str = "private",
) -> Subscriber:
    """Return a chat's row, creating it (not subscribed) with these settings if it is missing.

    An existing row is returned as it is: the settings given only seed a new chat. Two replicas
    seeing the same new chat at once both get the one row.
    """
    _check_lang(lang)
    _check_timezone(timezone)
    if chat_type not in CHAT_TYPES:
        raise ValueError(f"unknown chat type {chat_type!r}: one of {', '.join(CHAT_TYPES)}")
    existing = get_chat(session, chat_id=chat_id)
    if existing is not None:
        return existing
    values = {
        "chat_id": chat_id,
        "chat_type": chat_type,
        "lang": lang,
        "timezone": timezone,
        "country": None,
        "follows": "all",
        "lead_days": None,
        "digest": True,
        "active": False,
        "created_at": now,
        "updated_at": now,
    }
    insert: Any = (
        postgresql.insert(Subscriber)
        if session.get_bind().dialect.name == "postgresql"
        else sqlite.insert(Subscriber)
    )
    # An insert that yields to a concurrent one, rather than failing the caller's transaction.
    session.execute(insert.values(**values).on_conflict_do_nothing(index_elements=["chat_id"]))
    created = get_chat(session, chat_id=chat_id)
    assert created is not None
    return created


def update_chat(
    session: Session,
    *,
    chat_id: int,
    now: datetime,
    lang: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    country: str | Unset | None = UNSET,
    follows: str | Unset = UNSET,
    lead_days: Sequence[int] | Unset | None = UNSET,
    digest: bool | Unset = UNSET,
) -> Subscriber:
    """Change a chat's settings; those left UNSET keep their value.

    Raise ValueError, saying what is wrong, for a language other than es/en, a timezone that is
    not an IANA zone, lead days that are not distinct whole days from 0 to 60 (at most six), or
    following a country without one; nothing is changed then. `country=None` clears the country,
    and a chat that followed it goes back to following everything. `lead_days=None` restores the
    reminder policy's defaults; lead days are stored largest first.
    """
    subscriber = get_chat(session, chat_id=chat_id)
    if subscriber is None:
        raise UnknownChat(f"chat {chat_id} has not talked to the bot")
    changes: dict[str, Any] = {}
    if lang is not UNSET:
        _check_lang(lang)
        changes["lang"] = lang
    if timezone is not UNSET:
        _check_timezone(timezone)
        changes["timezone"] = timezone
    if country is not UNSET:
        if country is not None:
            country = country.strip()
            if not country or len(country) > 200:
                raise ValueError("a country is a name of 1 to 200 characters")
        changes["country"] = country
    if lead_days is not UNSET:
        changes["lead_days"] = None if lead_days is None else _check_lead_days(lead_days)
    if digest is not UNSET:
        if not isinstance(digest, bool):
            raise ValueError("digest is on (True) or off (False)")
        changes["digest"] = digest
    new_country = changes.get("country", subscriber.country)
    if follows is not UNSET:
        if follows not in FOLLOWS:
            raise ValueError(f"follows is one of {', '.join(FOLLOWS)}, not {follows!r}")
        changes["follows"] = follows
    elif new_country is None and subscriber.follows == "country":
        changes["follows"] = "all"
    if changes.get("follows", subscriber.follows) == "country" and new_country is None:
        raise ValueError("following a country needs a country")
    changed = False
    for name, value in changes.items():
        if getattr(subscriber, name) != value:
            setattr(subscriber, name, value)
            changed = True
    if changed:
        subscriber.updated_at = now
    session.flush()
    return subscriber


def subscribe(
    session: Session,
    *,
    chat_id: int,
    now: datetime,
    lang: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    country: str | Unset | None = UNSET,
    follows: str | Unset = UNSET,
    chat_type: str = "private",
) -> Subscriber:
    """Start reminders to a chat, creating its row if needed; settings given are changed too.

    Settings left UNSET keep the chat's values (a new chat takes Spanish and Mexico City time).
    """
    ensure_chat(
        session,
        chat_id=chat_id,
        now=now,
        lang=DEFAULT_LANG if lang is UNSET else lang,
        timezone=DEFAULT_TIMEZONE if timezone is UNSET else timezone,
        chat_type=chat_type,
    )
    subscriber = update_chat(
        session,
        chat_id=chat_id,
        now=now,
        lang=lang,
        timezone=timezone,
        country=country,
        follows=follows,
    )
    if not subscriber.active:
        subscriber.active = True
        subscriber.updated_at = now
    session.flush()
    return subscriber


def unsubscribe(session: Session, *, chat_id: int, now: datetime | None = None) -> bool:
    """Stop reminders to a chat; return whether it was subscribed. Its settings are kept."""
    subscriber = get_chat(session, chat_id=chat_id)
    if subscriber is None or not subscriber.active:
        return False
    subscriber.active = False
    if now is not None:
        subscriber.updated_at = now
    session.flush()
    return True


def follow_topic(session: Session, *, chat_id: int, topic: str) -> bool:
    """Make a chat follow a topic; return False if it already did."""
    subscriber = _chat(session, chat_id)
    topic = _check_topic(topic)
    following = select(func.count()).where(SubscriberTopic.subscriber_id == subscriber.id)
    if session.exec(following).one() >= MAX_TOPICS:
        if topic in topics_of(session, chat_id=chat_id):
            return False
        raise ValueError(f"a chat follows at most {MAX_TOPICS} topics")
    insert: Any = (
        postgresql.insert(SubscriberTopic)
        if session.get_bind().dialect.name == "postgresql"
        else sqlite.insert(SubscriberTopic)
    )
    statement = (
        insert.values(subscriber_id=subscriber.id, topic=topic)
        .on_conflict_do_nothing(index_elements=["subscriber_id", "topic"])
        .returning(col(SubscriberTopic.topic))
    )
    # RETURNING yields the new row, or nothing when the chat followed the topic already.
    return session.execute(statement).first() is not None


def unfollow_topic(session: Session, *, chat_id: int, topic: str) -> bool:
    """Make a chat stop following a topic; return False if it did not follow it."""
    subscriber = get_chat(session, chat_id=chat_id)
    if subscriber is None:
        return False
    result = session.execute(
        delete(SubscriberTopic).where(
            col(SubscriberTopic.subscriber_id) == subscriber.id,
            col(SubscriberTopic.topic) == topic.strip(),
        )
    )
    session.flush()
    return bool(getattr(result, "rowcount", 0))


def topics_of(session: Session, *, chat_id: int) -> list[str]:
    """Return the topics a chat follows, in alphabetical order ([] for an unknown chat)."""
    query = (
        select(SubscriberTopic.topic)
        .join(Subscriber, col(Subscriber.id) == SubscriberTopic.subscriber_id)
        .where(Subscriber.chat_id == chat_id)
        .order_by(col(SubscriberTopic.topic))
    )
    return list(session.exec(query).all())


def _chat(session: Session, chat_id: int) -> Subscriber:
    subscriber = get_chat(session, chat_id=chat_id)
    if subscriber is None:
        raise UnknownChat(f"chat {chat_id} has not talked to the bot")
    return subscriber


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: one of {', '.join(LANGS)}")


def _check_timezone(timezone: str) -> None:
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(
            f"unknown timezone {timezone!r}: an IANA name such as 'America/Guatemala'"
        ) from None
    if len(timezone) > 64:
        raise ValueError(f"unknown timezone {timezone!r}: longer than any IANA name")


def _check_lead_days(lead_days: Sequence[int]) -> list[int]:
    if isinstance(lead_days, str | bytes):
        raise ValueError("lead days are a list of whole days")
    days = list(lead_days)
    for day in days:
        # bool is an int to Python, never a number of days to a reader.
        if not isinstance(day, int) or isinstance(day, bool):
            raise ValueError(f"lead days are whole days, not {day!r}")
        if not 0 <= day <= MAX_LEAD_DAYS:
            raise ValueError(f"lead days run from 0 (the day itself) to {MAX_LEAD_DAYS}, not {day}")
    if len(set(days)) != len(days):
        raise ValueError("lead days must not repeat")
    if len(days) > MAX_LEADS:
        raise ValueError(f"at most {MAX_LEADS} lead days")
    return sorted(days, reverse=True)


def _check_topic(topic: str) -> str:
    topic = topic.strip() if isinstance(topic, str) else ""
    if not topic or len(topic) > 200:
        raise ValueError("a topic is a name of 1 to 200 characters")
    return topic


def grant_role(
    session: Session,
    *,
    user_id: int,
    role: str,
    now: datetime,
    country: str | None = None,
    granted_by: str | None = None,
) -> Role:
    """Give a user a role (admin, or focal point of a country); granting twice is harmless."""
    if role not in (ADMIN, FOCAL_POINT):
        raise ValueError(f"unknown role {role!r}")
    if role == FOCAL_POINT and country is None:
        raise ValueError("a focal point represents a country")
    query = select(Role).where(Role.user_id == user_id, Role.role == role)
    query = query.where(col(Role.country).is_(None) if country is None else Role.country == country)
    existing = session.exec(query).first()
    if existing is not None:
        return existing
    granted = Role(
        user_id=user_id, role=role, country=country, granted_by=granted_by, granted_at=now
    )
    session.add(granted)
    session.flush()
    return granted


def revoke_role(session: Session, *, user_id: int, role: str, country: str | None = None) -> int:
    """Take a role away from a user; return how many grants were removed."""
    query = select(Role).where(Role.user_id == user_id, Role.role == role)
    if country is not None:
        query = query.where(Role.country == country)
    removed = session.exec(query).all()
    for grant in removed:
        session.delete(grant)
    session.flush()
    return len(removed)


def roles_of(session: Session, *, user_id: int) -> list[Role]:
    """Return every role a user holds."""
    return list(session.exec(select(Role).where(Role.user_id == user_id)).all())


def is_admin(session: Session, *, user_id: int) -> bool:
    """Tell whether a user administers the bot."""
    query = select(Role.id).where(Role.user_id == user_id, Role.role == ADMIN)
    return session.exec(query).first() is not None


def focal_countries(session: Session, *, user_id: int) -> list[str]:
    """Return the countries a user is a focal point of."""
    query = select(Role.country).where(Role.user_id == user_id, Role.role == FOCAL_POINT)
    return sorted(c for c in session.exec(query).all() if c is not None)


def move_chat(session: Session, *, old_chat_id: int, new_chat_id: int) -> bool:
    """Follow a group that Telegram migrated to a supergroup (a new chat id)."""
    chat = session.exec(select(Subscriber).where(Subscriber.chat_id == old_chat_id)).first()
    if chat is None or get_chat(session, chat_id=new_chat_id) is not None:
        return False
    chat.chat_id = new_chat_id
    chat.chat_type = "supergroup"
    session.flush()
    return True


def chats_by_id(session: Session) -> dict[int, Subscriber]:
    """Return every chat by its row id (for listings of the outbox)."""
    return {chat.id: chat for chat in session.exec(select(Subscriber)).all() if chat.id is not None}
