"""Subscribers (Telegram chats) and roles (secretariat admins, country focal points)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import ADMIN, FOCAL_POINT, Role, Subscriber


def subscribe(
    session: Session,
    *,
    chat_id: int,
    now: datetime,
    lang: str = "es",
    timezone: str = "America/Mexico_City",
    country: str | None = None,
    follows: str = "all",
) -> Subscriber:
    """Create or update the subscription of a chat, and make it active."""
    if follows == "country" and country is None:
        raise ValueError("following a country needs a country")
    subscriber = session.exec(select(Subscriber).where(Subscriber.chat_id == chat_id)).first()
    if subscriber is None:
        subscriber = Subscriber(chat_id=chat_id, created_at=now)
        session.add(subscriber)
    subscriber.lang = lang
    subscriber.timezone = timezone
    subscriber.country = country
    subscriber.follows = follows
    subscriber.active = True
    session.flush()
    return subscriber


def unsubscribe(session: Session, *, chat_id: int) -> bool:
    """Stop reminders to a chat; return whether it was subscribed. Its history is kept."""
    subscriber = session.exec(select(Subscriber).where(Subscriber.chat_id == chat_id)).first()
    if subscriber is None or not subscriber.active:
        return False
    subscriber.active = False
    session.flush()
    return True


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
