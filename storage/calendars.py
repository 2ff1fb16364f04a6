"""Calendar feeds and what calendars need beyond the listings: secret links and withdrawn items.

A feed is a secret token naming a chat (and, for the secretariat, a country); revoking a chat's
feeds makes every link it was given answer nothing. Withdrawn items go into calendars as
cancelled, so a calendar that imported them drops them instead of keeping a stale date.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, func, or_, select

from storage.models import (
    DEADLINE,
    EVENT,
    PUBLISHED,
    WITHDRAWN,
    CalendarFeed,
    Commitment,
)
from storage.queries import _concerning, _run


def feed_for(session: Session, *, chat_id: int, now: datetime, country: str | None = None) -> str:
    """Return the chat's live feed token (for `country`, if given), creating one if it has none."""
    found = session.exec(
        select(CalendarFeed).where(
            CalendarFeed.chat_id == chat_id,
            CalendarFeed.country == country if country is not None else _no_country(),
            col(CalendarFeed.revoked_at).is_(None),
        )
    ).first()
    if found is not None:
        return found.token
    feed = CalendarFeed(
        token=secrets.token_urlsafe(24), chat_id=chat_id, country=country, created_at=now
    )
    session.add(feed)
    session.flush()
    return feed.token


def live_feed(session: Session, *, token: str) -> CalendarFeed | None:
    """Return the feed a token opens, or None for an unknown or revoked token."""
    return session.exec(
        select(CalendarFeed).where(
            CalendarFeed.token == token, col(CalendarFeed.revoked_at).is_(None)
        )
    ).first()


def revoke_feeds(session: Session, *, chat_id: int, now: datetime) -> int:
    """Revoke every live feed of a chat; return how many there were."""
    feeds = session.exec(
        select(CalendarFeed).where(
            CalendarFeed.chat_id == chat_id, col(CalendarFeed.revoked_at).is_(None)
        )
    ).all()
    for feed in feeds:
        feed.revoked_at = now
    return len(feeds)


def withdrawn_between(
    *,
    session: Session,
    now: datetime,
    first: date,
    last: date,
    lang: str = "es",
    country: str | None = None,
    topics: Sequence[str] = (),
    forum: str = "CRM",
    members: bool = False,
) -> list[Commitment]:
    """Return withdrawn items overlapping `first`..`last` that no published version replaces.

    One per group, in `lang` when that version was withdrawn too. The same readers' filters as
    the listings apply: meetings held by `now`, members-only items only for members.
    """
    other = aliased(Commitment)
    still_published = (
        select(other.id)
        .where(other.group_id == Commitment.group_id, other.status == PUBLISHED)
        .correlate(Commitment)
        .exists()
    )
    query = select(Commitment).where(
        Commitment.status == WITHDRAWN,
        col(Commitment.kind).in_((DEADLINE, EVENT)),
        or_(col(Commitment.ref_date).is_(None), col(Commitment.ref_date) <= now.date()),
        col(Commitment.end) >= first,
        func.coalesce(Commitment.start, Commitment.end) <= last,
        sa.not_(still_published),
    )
    if not members:
        query = query.where(sa.not_(col(Commitment.members_only)))
    query = _concerning(session, query, country, topics, forum)
    items = _run(session, query.order_by(col(Commitment.end), col(Commitment.id)))
    chosen: dict[int, Commitment] = {}
    for item in items:
        if item.group_id not in chosen or item.lang == lang:
            chosen[item.group_id] = item
    return sorted(chosen.values(), key=lambda i: (i.end or date.min, i.group_id))


def _no_country() -> sa.ColumnElement[bool]:
    return col(CalendarFeed.country).is_(None)
