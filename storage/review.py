"""The secretariat's review: drafts one item at a time, publish, reject, correct, and who to tell.

An item under review is its group: the Spanish and English versions of one decision are
published, rejected or corrected together. Every change goes into the history in the caller's
transaction; acting on an item that is no longer a draft changes nothing and says so (None or
an empty list), so a replayed or stale press is harmless.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, delete, func, select

from storage import history
from storage.actors import member_countries, names_covering
from storage.ingest import refresh_only_versions
from storage.models import (
    DRAFT,
    PUBLISHED,
    WITHDRAWN,
    Commitment,
    CommitmentActor,
    Document,
    Subscriber,
    SubscriberTopic,
)
from storage.roles import member_user_ids


def next_draft(
    session: Session, *, after: int = 0, document_id: int | None = None, lang: str = "es"
) -> Commitment | None:
    """Return the first draft item after group `after`, in `lang` when it has that version."""
    query = select(Commitment.group_id).where(
        Commitment.status == DRAFT, col(Commitment.group_id) > after
    )
    if document_id is not None:
        query = query.where(Commitment.document_id == document_id)
    group_id = session.exec(query.order_by(col(Commitment.group_id)).limit(1)).first()
    if group_id is None:
        return None
    return draft_version(session, group_id=group_id, lang=lang)


def draft_version(session: Session, *, group_id: int, lang: str = "es") -> Commitment | None:
    """Return an item's draft version, in `lang` when it has one."""
    versions = _versions(session, group_id, (DRAFT,))
    return next((v for v in versions if v.lang == lang), versions[0] if versions else None)


def first_items(session: Session, *, document_id: int, limit: int = 5) -> list[Commitment]:
    """Return the first dated items a document states, in its order."""
    query = (
        select(Commitment)
        .where(Commitment.document_id == document_id, col(Commitment.end).is_not(None))
        .order_by(col(Commitment.position))
        .limit(limit)
    )
    return list(session.exec(query).all())


def count_drafts(session: Session, *, document_id: int | None = None) -> int:
    """Count the items waiting for review."""
    query = select(func.count(func.distinct(Commitment.group_id))).where(Commitment.status == DRAFT)
    if document_id is not None:
        query = query.where(Commitment.document_id == document_id)
    return int(session.exec(query).one())


def publish(
    session: Session, *, group_ids: Iterable[int], by_user_id: int | None, by: str, now: datetime
) -> list[int]:
    """Publish the draft versions of items; return the groups that had drafts."""
    published = []
    meetings = set()
    for group_id in dict.fromkeys(group_ids):
        drafts = _versions(session, group_id, (DRAFT,))
        for item in drafts:
            item.status = PUBLISHED
            item.published_at = now
            item.updated_at = now
            meetings.add(item.meeting_id)
        if drafts:
            published.append(group_id)
            history.record(
                session,
                at=now,
                by=by,
                by_user_id=by_user_id,
                action=history.PUBLISHED,
                group_id=group_id,
            )
    for meeting_id in meetings:
        refresh_only_versions(session, meeting_id=meeting_id)
    return published


def record_published_at_ingestion(
    session: Session, *, document_id: int, now: datetime, by: str, by_user_id: int | None
) -> None:
    """Record in the history the items of a document that ingestion published at `now`."""
    groups = session.exec(
        select(Commitment.group_id).where(
            Commitment.document_id == document_id,
            Commitment.status == PUBLISHED,
            Commitment.published_at == now,
        )
    ).all()
    for group_id in dict.fromkeys(groups):
        history.record(
            session,
            at=now,
            by=by,
            by_user_id=by_user_id,
            action=history.PUBLISHED,
            group_id=group_id,
        )


def publish_document(
    session: Session, *, document_id: int, by_user_id: int | None, by: str, now: datetime
) -> list[int]:
    """Publish every draft item a document states; return their groups."""
    groups = session.exec(
        select(Commitment.group_id)
        .where(Commitment.document_id == document_id, Commitment.status == DRAFT)
        .order_by(col(Commitment.group_id))
    ).all()
    return publish(session, group_ids=groups, by_user_id=by_user_id, by=by, now=now)


def reject(
    session: Session, *, group_id: int, by_user_id: int | None, by: str, now: datetime
) -> bool:
    """Withdraw an item's drafts: the extractor was wrong. Return False if it had none."""
    drafts = _versions(session, group_id, (DRAFT,))
    for item in drafts:
        item.status = WITHDRAWN
        item.withdrawn_at = now
        item.updated_at = now
    if not drafts:
        return False
    history.record(
        session, at=now, by=by, by_user_id=by_user_id, action=history.REJECTED, group_id=group_id
    )
    return True


def change_date(
    session: Session,
    *,
    group_id: int,
    start: date | None,
    end: date,
    by_user_id: int | None,
    by: str,
    now: datetime,
) -> bool:
    """Set the date of an item's drafts (a day, or a period); False if it has no draft."""
    if start is not None and start > end:
        raise ValueError("a period starts before it ends")
    drafts = _versions(session, group_id, (DRAFT,))
    if not drafts:
        return False
    before = _span(drafts[0].start, drafts[0].end)
    for item in drafts:
        item.start = None if start == end else start
        item.end = end
        item.precision = "day"
        item.span_days = (end - (item.start or end)).days
        if item.ref_date is not None:
            item.reach_days = (end - item.ref_date).days
        item.updated_at = now
    history.record(
        session,
        at=now,
        by=by,
        by_user_id=by_user_id,
        action=history.DATE_CHANGED,
        group_id=group_id,
        detail=f"{before} -> {_span(start, end)}",
    )
    return True


def change_who(
    session: Session,
    *,
    group_id: int,
    who: Sequence[str],
    by_user_id: int | None,
    by: str,
    now: datetime,
) -> bool:
    """Set the actors of an item's drafts (canonical names); False if it has no draft."""
    names = list(dict.fromkeys(w.strip()[:200] for w in who if w.strip()))
    if not names:
        raise ValueError("an item names at least one actor")
    drafts = _versions(session, group_id, (DRAFT,))
    if not drafts:
        return False
    before = ", ".join(drafts[0].who)
    for item in drafts:
        item.who = names
        item.updated_at = now
        session.exec(delete(CommitmentActor).where(col(CommitmentActor.commitment_id) == item.id))
        assert item.id is not None
        for name in names:
            session.add(CommitmentActor(commitment_id=item.id, actor=name))
    history.record(
        session,
        at=now,
        by=by,
        by_user_id=by_user_id,
        action=history.WHO_CHANGED,
        group_id=group_id,
        detail=f"{before} -> {', '.join(names)}",
    )
    session.flush()
    return True


def set_members_only(
    session: Session,
    *,
    document_id: int,
    members_only: bool,
    by_user_id: int | None,
    by: str,
    now: datetime,
) -> int:
    """Make a document's items members-only (or public again); return how many changed."""
    document = session.get(Document, document_id)
    if document is None:
        return 0
    document.members_only = members_only
    items = session.exec(
        select(Commitment).where(
            Commitment.document_id == document_id, Commitment.members_only != members_only
        )
    ).all()
    for item in items:
        item.members_only = members_only
        item.updated_at = now
    for group_id in dict.fromkeys(item.group_id for item in items):
        history.record(
            session,
            at=now,
            by=by,
            by_user_id=by_user_id,
            action=history.MEMBERS_ONLY if members_only else history.PUBLIC,
            group_id=group_id,
        )
    session.flush()
    return len(items)


@dataclass
class Notice:
    """Who to tell about newly published items, and which items, in their language."""

    chat_id: int
    lang: str
    items: list[Commitment] = field(default_factory=list)


def notices(session: Session, *, group_ids: Sequence[int], forum: str = "CRM") -> list[Notice]:
    """Return, for each subscribed chat the published items concern, the items to tell it of.

    An item concerns a chat whose country it names (or includes, as "Países Miembros" does), or
    that follows one of its topics. Members-only items go only to members' private chats.
    """
    if not group_ids:
        return []
    items = session.exec(
        select(Commitment).where(
            col(Commitment.group_id).in_(group_ids), Commitment.status == PUBLISHED
        )
    ).all()
    by_group: dict[int, list[Commitment]] = {}
    for item in items:
        by_group.setdefault(item.group_id, []).append(item)
    covering = {
        a.canonical: set(names_covering(session, a.canonical, forum=forum))
        for a in member_countries(session, forum=forum)
    }
    members = set(session.exec(member_user_ids()).all())
    chats = session.exec(
        select(Subscriber).where(col(Subscriber.active)).order_by(col(Subscriber.chat_id))
    ).all()
    followed: dict[int, set[str]] = {}
    for subscriber_id, topic in session.exec(
        select(SubscriberTopic.subscriber_id, SubscriberTopic.topic)
    ).all():
        followed.setdefault(subscriber_id, set()).add(topic)
    found = []
    for chat in chats:
        names = covering.get(chat.country or "", set())
        topics = followed.get(chat.id or 0, set())
        member = chat.chat_type == "private" and chat.chat_id in members
        notice = Notice(chat.chat_id, chat.lang)
        for group_id in group_ids:
            versions = by_group.get(group_id, [])
            if not versions:
                continue
            item = next((v for v in versions if v.lang == chat.lang), versions[0])
            if item.members_only and not member:
                continue
            if names & set(item.who) or topics & set(item.topics):
                notice.items.append(item)
        if notice.items:
            found.append(notice)
    return found


def _versions(session: Session, group_id: int, statuses: Sequence[str]) -> list[Commitment]:
    query = select(Commitment).where(
        Commitment.group_id == group_id, col(Commitment.status).in_(statuses)
    )
    return list(session.exec(query.order_by(col(Commitment.lang).desc())).all())


def _span(start: date | None, end: date | None) -> str:
    if end is None:
        return "-"
    if start is None or start == end:
        return end.isoformat()
    return f"{start.isoformat()}..{end.isoformat()}"
