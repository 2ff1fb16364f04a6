"""Calendar feeds and what calendars need beyond the listings: secret links and withdrawn items.

A feed is a secret token naming a chat (and, for the secretariat, a country); revoking a chat's
feeds makes every link it was given answer nothing. Withdrawn items go into calendars as
cancelled, so a calendar that imported them drops them instead of keeping a stale date.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

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
    Document,
)
from storage.queries import _concerning, _run


def feed_for(session: Session, *, chat_id: int, now: datetime, country: str | None = None) -> str:
    """Return the chat's live feed token (for `country`, if given), creating one if it has none."""
    return open_feed(session, chat_id=chat_id, now=now, country=country).token


def open_feed(
    session: Session, *, chat_id: int, now: datetime, country: str | None = None
) -> CalendarFeed:
    """Return the chat's live feed (for `country`, if given), creating one if it has none."""
    found = session.exec(
        select(CalendarFeed).where(
            CalendarFeed.chat_id == chat_id,
            CalendarFeed.country == country if country is not None else _no_country(),
            col(CalendarFeed.revoked_at).is_(None),
        )
    ).first()
    if found is not None:
        return found
    feed = CalendarFeed(
        token=secrets.token_urlsafe(24), chat_id=chat_id, country=country, created_at=now
    )
    session.add(feed)
    session.flush()
    return feed


def revise_feed(feed: CalendarFeed, *, rendered_as: str, floor: int) -> int:
    """Return the feed's revision, raised to at least `floor` (and past the last one) when its
    events are now rendered differently from the last time (another language, lead times...).

    The first rendering of a feed records how, without raising anything.
    """
    if feed.rendered_as != rendered_as:
        if feed.rendered_as is not None:
            feed.revision = max(feed.revision + 1, floor)
        feed.rendered_as = rendered_as
    return feed.revision


def last_changes(session: Session, *, group_ids: Iterable[int]) -> dict[int, datetime]:
    """Return when each item last changed, in any language: a version written, published or
    withdrawn, or moved to a newer document.

    Versions are never deleted and each moment only moves forward, so this never goes back,
    whichever version a reader is shown.
    """
    ids = sorted(set(group_ids))
    changes: dict[int, datetime] = {}
    for start in range(0, len(ids), 500):
        query = (
            sa.select(
                col(Commitment.group_id),
                func.max(Commitment.updated_at),
                func.max(Commitment.published_at),
                func.max(Commitment.withdrawn_at),
                func.max(Document.ingested_at),
            )
            .join(Document, col(Document.id) == Commitment.document_id)
            .where(col(Commitment.group_id).in_(ids[start : start + 500]))
            .group_by(col(Commitment.group_id))
        )
        for group_id, *moments in session.execute(query).all():
            changes[group_id] = max(_aware(m) for m in moments if m is not None)
    return changes


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


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _no_country() -> sa.ColumnElement[bool]:
    return col(CalendarFeed.country).is_(None)
