"""What focal points answer for their country, and the secretariat's roll-up of the answers.

A focal point confirms or declines an event that asks for confirmation, and marks a deadline of
their country as sent (or undoes it). Each answer goes through `storage.marks` and into the
history, whose latest entry for the item and country is the answer's version: a button carries
it, and a press made before a later change is refused (`StaleAnswer`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, or_, select

from storage import history
from storage.actors import member_countries, names_covering
from storage.marks import confirm_participation, mark_occurrence, mark_task, occurrences_done
from storage.models import (
    DEADLINE,
    DONE,
    EVENT,
    PUBLISHED,
    Commitment,
    Participation,
    TaskStatus,
)
from storage.recurrence import OWED_LOOK_BACK_DAYS, occurrence_owed

CONFIRM, DECLINE, SEND, UNSEND = "confirm", "decline", "send", "unsend"
ACTIONS = (CONFIRM, DECLINE, SEND, UNSEND)
OVERVIEW_PAST_DAYS = 365  # how far back /status looks for deadlines still owed
# A recurring duty's occurrence older than this is no longer the one a "sent" answers.
OCCURRENCE_LOOK_BACK_DAYS = OWED_LOOK_BACK_DAYS


class StaleAnswer(Exception):
    """The answer changed since the button was shown; nothing was recorded."""


class NotAnswerable(Exception):
    """This item takes no such answer from this country (not asked, not its deadline)."""


@dataclass
class Rollup:
    """One item and each concerned member country's answer (None: no answer yet).

    For a recurring deadline, each answer is about the country's occurrence in play, and
    `occurrence` is the oldest of them still owed (None: none is).
    """

    item: Commitment
    answers: dict[str, str | None] = field(default_factory=dict)
    occurrence: date | None = None

    @property
    def due(self) -> date | None:
        """The date the roll-up is about: the occurrence still owed, else the item's end."""
        return self.occurrence or self.item.end

    def countries_with(self, answer: str | None) -> list[str]:
        """Return the countries with this answer (None: without one), in catalogue order."""
        return [c for c, a in self.answers.items() if a == answer]

    def counts(self) -> dict[str | None, int]:
        """Count the countries per answer."""
        counted: dict[str | None, int] = {}
        for answer in self.answers.values():
            counted[answer] = counted.get(answer, 0) + 1
        return counted


def published_version(session: Session, *, group_id: int, lang: str) -> Commitment | None:
    """Return an item's published version, in `lang` when it has one."""
    versions = session.exec(
        select(Commitment).where(Commitment.group_id == group_id, Commitment.status == PUBLISHED)
    ).all()
    if not versions:
        return None
    return next((v for v in versions if v.lang == lang), versions[0])


def concerned_countries(session: Session, item: Commitment, *, forum: str = "CRM") -> list[str]:
    """Return the member countries an item asks an answer of.

    Every member answers an event that asks for confirmation; a deadline or task concerns the
    members its actors name or include ("Países Miembros" includes them all).
    """
    members = [a.canonical for a in member_countries(session, forum=forum)]
    if item.kind == EVENT:
        return members if item.confirm else []
    named = set(item.who)
    return [c for c in members if named & set(names_covering(session, c, forum=forum))]


def answerable(session: Session, item: Commitment, *, country: str, action: str) -> bool:
    """Tell whether a country may give this answer to this item."""
    if item.status != PUBLISHED:
        return False
    if action in (CONFIRM, DECLINE):
        if item.kind != EVENT or not item.confirm:
            return False
    elif action in (SEND, UNSEND):
        if item.kind == EVENT:
            return False
    else:
        return False
    return country in concerned_countries(session, item)


def occurrence_in_play(
    session: Session, *, item: Commitment, country: str, today: date
) -> date | None:
    """Return the occurrence of a recurring deadline a country's "sent" is about, or None.

    The oldest occurrence of the last weeks the country has not marked sent, else the next one
    due: marking one period sent leaves the next one open.
    """
    if not _recurring(item):
        return None
    return _occurrence_answer(session, item, country, today)[0]


def current_answer(
    session: Session, *, item: Commitment, country: str, today: date | None = None
) -> str | None:
    """Return a country's answer to an item: confirmed, declined, done, or None.

    For a recurring deadline, the answer about its occurrence in play on `today`.
    """
    if _recurring(item) and today is not None:
        return _occurrence_answer(session, item, country, today)[1]
    if item.kind == EVENT:
        answer = session.exec(
            select(Participation.answer).where(
                Participation.group_id == item.group_id, Participation.country == country
            )
        ).first()
        return answer
    status = session.exec(
        select(TaskStatus.status).where(
            TaskStatus.group_id == item.group_id, TaskStatus.country == country
        )
    ).first()
    return DONE if status == DONE else None


def answer(
    session: Session,
    *,
    group_id: int,
    country: str,
    action: str,
    version: int,
    by_user_id: int,
    by: str,
    now: datetime,
) -> Commitment:
    """Record a focal point's answer for their country; return the item answered.

    `version` is the latest history entry for the item and country when the button was made;
    if another answer came since, raise StaleAnswer. The caller has checked the role.
    """
    item = published_version(session, group_id=group_id, lang="es")
    if item is None or not answerable(session, item, country=country, action=action):
        raise NotAnswerable(f"{action} does not apply to item {group_id} for {country}")
    if history.latest_entry_id(session, group_id=group_id, country=country) != version:
        raise StaleAnswer(f"item {group_id} was answered for {country} since")
    detail = None
    if action in (CONFIRM, DECLINE):
        confirm_participation(
            session,
            group_id=group_id,
            country=country,
            confirmed=action == CONFIRM,
            by=by,
            now=now,
        )
        logged = history.CONFIRMED if action == CONFIRM else history.DECLINED
    elif item.recurrence is not None:
        # One period of a recurring duty: the next one is still owed.
        day = _occurrence_answered(session, item, country, action, now.date())
        if day is None:
            raise NotAnswerable(f"item {group_id} has no occurrence to mark for {country}")
        mark_occurrence(
            session,
            group_id=group_id,
            country=country,
            occurrence=day,
            done=action == SEND,
            by=by,
            now=now,
        )
        logged = history.SENT if action == SEND else history.UNSENT
        detail = day.isoformat()
    else:
        mark_task(session, group_id=group_id, country=country, done=action == SEND, by=by, now=now)
        logged = history.SENT if action == SEND else history.UNSENT
    history.record(
        session,
        at=now,
        by=by,
        by_user_id=by_user_id,
        action=logged,
        group_id=group_id,
        country=country,
        detail=detail,
    )
    return item


def _occurrence_answer(
    session: Session, item: Commitment, country: str, today: date
) -> tuple[date | None, str | None]:
    """A recurring deadline's occurrence in play for a country, and whether it is sent."""
    if item.recurrence is None or item.end is None:
        return None, None
    done = occurrences_done(session, group_id=item.group_id, country=country)
    day = occurrence_owed(item.recurrence, item.end, done=done, today=today)
    return day, (DONE if day is not None and day in done else None)


def _occurrence_answered(
    session: Session, item: Commitment, country: str, action: str, today: date
) -> date | None:
    """The occurrence "sent" marks (the one in play), or "not sent" undoes (the latest marked)."""
    if action == SEND:
        return occurrence_in_play(session, item=item, country=country, today=today)
    done = occurrences_done(session, group_id=item.group_id, country=country)
    return max(done) if done else None


def rollup(
    session: Session, item: Commitment, *, forum: str = "CRM", today: date | None = None
) -> Rollup:
    """Return each concerned member country's answer to an item.

    For a recurring deadline, each country's answer about its occurrence in play on `today`.
    """
    countries = concerned_countries(session, item, forum=forum)
    if _recurring(item) and today is not None:
        answers: dict[str, str | None] = {}
        owed = []
        for country in countries:
            day, answers[country] = _occurrence_answer(session, item, country, today)
            if day is not None and answers[country] is None:
                owed.append(day)
        return Rollup(item, answers, min(owed, default=None))
    if item.kind == EVENT:
        rows = session.exec(
            select(Participation.country, Participation.answer).where(
                Participation.group_id == item.group_id
            )
        ).all()
    else:
        rows = session.exec(
            select(TaskStatus.country, TaskStatus.status).where(
                TaskStatus.group_id == item.group_id, TaskStatus.status == DONE
            )
        ).all()
    given = dict(rows)
    return Rollup(item, {c: given.get(c) for c in countries})


def open_items(
    session: Session, *, now: datetime, lang: str = "es", limit: int = 20, forum: str = "CRM"
) -> list[Rollup]:
    """Return the items still waiting for answers, overdue deadlines first, then by date.

    Open: an event asking for confirmation that has not started, with a member not answered;
    a deadline of the last year that a concerned member has not marked sent; a recurring
    deadline with an occurrence a concerned member owes, dated and judged overdue by the oldest
    such occurrence (`Rollup.due`).
    """
    today = now.date()
    rollups = [
        r
        for r in _answerable_items(session, now=now, lang=lang, forum=forum)
        if (r.occurrence is not None if _recurring(r.item) else None in r.answers.values())
    ]
    rollups.sort(key=lambda r: (not _overdue(r.item, r.due, today), r.due or date.max))
    return rollups[:limit]


def desk(
    session: Session,
    *,
    now: datetime,
    country: str,
    lang: str = "es",
    limit: int = 8,
    forum: str = "CRM",
) -> list[tuple[Commitment, str | None, int]]:
    """Return what a country's focal point answers: each item, its answer and its version.

    Events asking for confirmation that have not started, and the country's deadlines from
    the last year, overdue first; deadlines already marked sent come last. A recurring deadline
    is dated, and judged overdue, by the country's occurrence in play (`occurrence_in_play`),
    and left out when it has none (the series is over).
    """
    today = now.date()
    items = [
        r.item
        for r in _answerable_items(session, now=now, lang=lang, forum=forum)
        if country in r.answers
    ]
    rows = []
    for item in items:
        if _recurring(item):
            day, current = _occurrence_answer(session, item, country, today)
            if day is None:
                continue
        else:
            day, current = item.end, current_answer(session, item=item, country=country)
        version = history.latest_entry_id(session, group_id=item.group_id, country=country)
        rows.append((item, current, version, day))
    rows.sort(
        key=lambda row: (
            row[0].kind == DEADLINE and row[1] == DONE,
            not _overdue(row[0], row[3], today),
            row[3] or date.max,
        )
    )
    return [(item, current, version) for item, current, version, _ in rows[:limit]]


def _answerable_items(session: Session, *, now: datetime, lang: str, forum: str) -> list[Rollup]:
    today = now.date()
    query = (
        select(Commitment)
        .where(
            Commitment.status == PUBLISHED,
            col(Commitment.end).is_not(None),
            # A recurring deadline first due long ago may still be owed (see `rollup`).
            or_(
                col(Commitment.end) >= today - timedelta(days=OVERVIEW_PAST_DAYS),
                col(Commitment.recurrence).is_not(None),
            ),
            (col(Commitment.kind) == DEADLINE)
            | ((col(Commitment.kind) == EVENT) & col(Commitment.confirm)),
        )
        .order_by(col(Commitment.end), col(Commitment.group_id))
    )
    chosen: dict[int, Commitment] = {}
    for item in session.exec(query).all():
        if item.kind == EVENT and (item.start or item.end or today) < today:
            continue  # an event under way or over takes no more confirmations
        if item.group_id not in chosen or item.lang == lang:
            chosen[item.group_id] = item
    return [rollup(session, item, forum=forum, today=today) for item in chosen.values()]


def _overdue(item: Commitment, due: date | None, today: date) -> bool:
    return item.kind == DEADLINE and due is not None and due < today


def _recurring(item: Commitment) -> bool:
    return item.recurrence is not None and item.kind == DEADLINE
