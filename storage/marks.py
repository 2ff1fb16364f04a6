"""What focal points record about an item: a task done, a participation confirmed or declined.

Marks hang on the item's group, so they hold for both language versions and survive revisions.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from storage.models import (
    CONFIRMED,
    DECLINED,
    DONE,
    PENDING,
    OccurrenceStatus,
    Participation,
    TaskStatus,
)


def mark_task(
    session: Session, *, group_id: int, country: str, done: bool, by: str, now: datetime
) -> TaskStatus:
    """Record that a country has (or has not) done a task."""
    mark = session.exec(
        select(TaskStatus).where(TaskStatus.group_id == group_id, TaskStatus.country == country)
    ).first()
    if mark is None:
        mark = TaskStatus(
            group_id=group_id, country=country, status=PENDING, recorded_by=by, recorded_at=now
        )
        session.add(mark)
    mark.status = DONE if done else PENDING
    mark.recorded_by = by
    mark.recorded_at = now
    session.flush()
    return mark


def mark_occurrence(
    session: Session,
    *,
    group_id: int,
    country: str,
    occurrence: date,
    done: bool,
    by: str,
    now: datetime,
) -> OccurrenceStatus:
    """Record that a country has (or has not) done one occurrence of a recurring duty."""
    mark = session.exec(
        select(OccurrenceStatus).where(
            OccurrenceStatus.group_id == group_id,
            OccurrenceStatus.country == country,
            OccurrenceStatus.occurrence == occurrence,
        )
    ).first()
    if mark is None:
        mark = OccurrenceStatus(
            group_id=group_id,
            country=country,
            occurrence=occurrence,
            status=PENDING,
            recorded_by=by,
            recorded_at=now,
        )
        session.add(mark)
    mark.status = DONE if done else PENDING
    mark.recorded_by = by
    mark.recorded_at = now
    session.flush()
    return mark


def occurrences_done(session: Session, *, group_id: int, country: str) -> set[date]:
    """Return the occurrences of a recurring duty a country marked done."""
    return set(
        session.exec(
            select(col(OccurrenceStatus.occurrence)).where(
                OccurrenceStatus.group_id == group_id,
                OccurrenceStatus.country == country,
                OccurrenceStatus.status == DONE,
            )
        ).all()
    )


def confirm_participation(
    session: Session, *, group_id: int, country: str, confirmed: bool, by: str, now: datetime
) -> Participation:
    """Record a country's answer to an event: confirmed or declined."""
    answer = session.exec(
        select(Participation).where(
            Participation.group_id == group_id, Participation.country == country
        )
    ).first()
    if answer is None:
        answer = Participation(
            group_id=group_id, country=country, answer=CONFIRMED, recorded_by=by, recorded_at=now
        )
        session.add(answer)
    answer.answer = CONFIRMED if confirmed else DECLINED
    answer.recorded_by = by
    answer.recorded_at = now
    session.flush()
    return answer
