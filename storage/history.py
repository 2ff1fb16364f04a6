"""The change log: who changed what about an item or a role, and when.

Every confirmation, mark, publication, rejection, date or actor change and role change goes
through `record`, in the same transaction as the change itself, so the log and the store never
disagree. Entries are never updated or deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from storage.models import HistoryEntry

# What an entry records.
CONFIRMED = "confirmed"
DECLINED = "declined"
SENT = "sent"
UNSENT = "unsent"
PUBLISHED = "published"
REJECTED = "rejected"
DATE_CHANGED = "date_changed"
WHO_CHANGED = "who_changed"
MEMBERS_ONLY = "members_only"
PUBLIC = "public"
INGESTED = "ingested"
ROLE_GRANTED = "role_granted"
ROLE_REVOKED = "role_revoked"
ROLE_REQUESTED = "role_requested"
REQUEST_REFUSED = "request_refused"

# The entries that change a country's answer to an item: the latest one is its version.
ANSWERS = (CONFIRMED, DECLINED, SENT, UNSENT)


def record(
    session: Session,
    *,
    at: datetime,
    by: str,
    action: str,
    by_user_id: int | None = None,
    group_id: int | None = None,
    country: str | None = None,
    subject_user_id: int | None = None,
    detail: str | None = None,
) -> HistoryEntry:
    """Add one entry to the log."""
    entry = HistoryEntry(
        at=at,
        by_user_id=by_user_id,
        by=by[:200],
        action=action,
        group_id=group_id,
        country=country,
        subject_user_id=subject_user_id,
        detail=detail,
    )
    session.add(entry)
    session.flush()
    return entry


def history_of(session: Session, *, group_id: int, limit: int = 50) -> list[HistoryEntry]:
    """Return an item's entries, newest first."""
    query = (
        select(HistoryEntry)
        .where(HistoryEntry.group_id == group_id)
        .order_by(col(HistoryEntry.id).desc())
        .limit(limit)
    )
    return list(session.exec(query).all())


def latest_entry_id(
    session: Session, *, group_id: int, country: str, actions: Sequence[str] = ANSWERS
) -> int:
    """Return the id of the latest entry of these actions for an item and country (0: none).

    Buttons carry it: a press made before a later change is stale and changes nothing.
    """
    query = (
        select(HistoryEntry.id)
        .where(
            HistoryEntry.group_id == group_id,
            HistoryEntry.country == country,
            col(HistoryEntry.action).in_(actions),
        )
        .order_by(col(HistoryEntry.id).desc())
        .limit(1)
    )
    return session.exec(query).first() or 0
