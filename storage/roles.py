"""Who may do what: admins, focal points and verified delegates, and requests to become one.

Roles live in the database and are read at each message or press, so a role granted or taken
away counts from the next one. Every grant, removal and decision is written to the history in
the caller's transaction. Nothing here commits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from storage import history
from storage.models import (
    ADMIN,
    DELEGATE,
    FOCAL_POINT,
    REQUEST_APPROVED,
    REQUEST_PENDING,
    REQUEST_REFUSED,
    ROLES,
    Role,
    RoleRequest,
)

REQUESTABLE = (FOCAL_POINT, DELEGATE)


class LastAdmin(Exception):
    """Taking the role away would leave the bot without anyone in the secretariat."""


def holds(session: Session, *, user_id: int, role: str, country: str | None = None) -> bool:
    """Tell whether a user holds a role (for a country, when the role has one) now."""
    query = select(Role.id).where(Role.user_id == user_id, Role.role == role)
    if country is not None:
        query = query.where(Role.country == country)
    return session.exec(query).first() is not None


def is_admin(session: Session, *, user_id: int) -> bool:
    """Tell whether a user belongs to the secretariat."""
    return holds(session, user_id=user_id, role=ADMIN)


def countries_of(session: Session, *, user_id: int, role: str) -> list[str]:
    """Return the countries a user holds a role for, alphabetically."""
    query = select(Role.country).where(Role.user_id == user_id, Role.role == role)
    return sorted(c for c in session.exec(query).all() if c is not None)


def is_member(session: Session, *, user_id: int) -> bool:
    """Tell whether a user may read members-only items: admin, focal point or delegate."""
    return session.exec(select(Role.id).where(Role.user_id == user_id)).first() is not None


def member_user_ids() -> Any:
    """Return a subquery of the users who may read members-only items (for filters in SQL)."""
    return select(Role.user_id).where(col(Role.role).in_(ROLES))


def holders(session: Session, *, role: str, country: str | None = None) -> list[Role]:
    """Return the grants of a role (for one country if given), by country then user."""
    query = select(Role).where(Role.role == role)
    if country is not None:
        query = query.where(Role.country == country)
    return list(session.exec(query.order_by(col(Role.country), col(Role.user_id))).all())


def grant(
    session: Session,
    *,
    user_id: int,
    role: str,
    now: datetime,
    by: str,
    country: str | None = None,
    by_user_id: int | None = None,
) -> bool:
    """Give a user a role; return False (and record nothing) if they already held it."""
    _check(role, country)
    if holds(session, user_id=user_id, role=role, country=country):
        return False
    session.add(
        Role(user_id=user_id, role=role, country=country, granted_by=by[:200], granted_at=now)
    )
    history.record(
        session,
        at=now,
        by=by,
        by_user_id=by_user_id,
        action=history.ROLE_GRANTED,
        country=country,
        subject_user_id=user_id,
        detail=role,
    )
    return True


def revoke(
    session: Session,
    *,
    user_id: int,
    role: str,
    now: datetime,
    by: str,
    country: str | None = None,
    by_user_id: int | None = None,
) -> bool:
    """Take a role away; return False if the user did not hold it.

    Raises LastAdmin rather than remove the only admin: nobody could then grant any role.
    """
    _check(role, country)
    if role == ADMIN:
        # Locked (on PostgreSQL) so two admins removing each other at once cannot both pass.
        admins = session.exec(select(Role.user_id).where(Role.role == ADMIN).with_for_update())
        if set(admins.all()) == {user_id}:
            raise LastAdmin(user_id)
    query = select(Role).where(Role.user_id == user_id, Role.role == role)
    query = query.where(col(Role.country).is_(None) if country is None else Role.country == country)
    grants = session.exec(query).all()
    for held in grants:
        session.delete(held)
    if not grants:
        return False
    history.record(
        session,
        at=now,
        by=by,
        by_user_id=by_user_id,
        action=history.ROLE_REVOKED,
        country=country,
        subject_user_id=user_id,
        detail=role,
    )
    return True


def request_role(
    session: Session, *, user_id: int, role: str, country: str, now: datetime, name: str = ""
) -> tuple[RoleRequest, bool]:
    """File a user's request for a role; return it and whether it is new.

    A request already pending for the same role and country is returned as it is.
    """
    if role not in REQUESTABLE:
        raise ValueError(f"{role!r} cannot be requested")
    existing = session.exec(
        select(RoleRequest).where(
            RoleRequest.user_id == user_id,
            RoleRequest.role == role,
            RoleRequest.country == country,
            RoleRequest.status == REQUEST_PENDING,
        )
    ).first()
    if existing is not None:
        return existing, False
    request = RoleRequest(
        user_id=user_id, name=name[:200] or None, role=role, country=country, requested_at=now
    )
    session.add(request)
    session.flush()
    history.record(
        session,
        at=now,
        by=_by(user_id, name),
        by_user_id=user_id,
        action=history.ROLE_REQUESTED,
        country=country,
        subject_user_id=user_id,
        detail=role,
    )
    return request, True


def get_request(session: Session, *, request_id: int) -> RoleRequest | None:
    """Return a request by id."""
    return session.get(RoleRequest, request_id)


def pending_requests(session: Session, *, role: str | None = None) -> list[RoleRequest]:
    """Return the requests nobody has decided yet, oldest first."""
    query = select(RoleRequest).where(RoleRequest.status == REQUEST_PENDING)
    if role is not None:
        query = query.where(RoleRequest.role == role)
    return list(session.exec(query.order_by(col(RoleRequest.id))).all())


def may_decide(session: Session, *, user_id: int, request: RoleRequest) -> bool:
    """Tell whether a user may approve a request now.

    An admin decides every request; a country's focal point also decides who is a verified
    delegate of that country.
    """
    if is_admin(session, user_id=user_id):
        return True
    return request.role == DELEGATE and holds(
        session, user_id=user_id, role=FOCAL_POINT, country=request.country
    )


def deciders(session: Session, *, request: RoleRequest) -> list[int]:
    """Return the users who may decide a request (to ask them), admins last."""
    users: list[int] = []
    if request.role == DELEGATE:
        users += [r.user_id for r in holders(session, role=FOCAL_POINT, country=request.country)]
    users += [r.user_id for r in holders(session, role=ADMIN)]
    return list(dict.fromkeys(u for u in users if u != request.user_id))


def decide(
    session: Session,
    *,
    request_id: int,
    approve: bool,
    by_user_id: int,
    by: str,
    now: datetime,
) -> RoleRequest | None:
    """Approve or refuse a pending request; None when it is unknown or already decided.

    The caller checks `may_decide` first, in the same transaction.
    """
    # Two deciders pressing at once: only the update that still finds it pending decides.
    decided = session.execute(
        sa.update(RoleRequest)
        .where(col(RoleRequest.id) == request_id, col(RoleRequest.status) == REQUEST_PENDING)
        .values(
            status=REQUEST_APPROVED if approve else REQUEST_REFUSED,
            decided_by=by_user_id,
            decided_at=now,
        )
    )
    if not getattr(decided, "rowcount", 0):
        return None
    request = session.get(RoleRequest, request_id)
    assert request is not None
    session.refresh(request)
    if approve:
        grant(
            session,
            user_id=request.user_id,
            role=request.role,
            country=request.country,
            now=now,
            by=by,
            by_user_id=by_user_id,
        )
    else:
        history.record(
            session,
            at=now,
            by=by,
            by_user_id=by_user_id,
            action=history.REQUEST_REFUSED,
            country=request.country,
            subject_user_id=request.user_id,
            detail=request.role,
        )
    session.flush()
    return request


def _check(role: str, country: str | None) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if role != ADMIN and not country:
        raise ValueError(f"a {role} represents a country")
    if role == ADMIN and country is not None:
        raise ValueError("an admin represents no country")


def _by(user_id: int, name: str) -> str:
    return f"user {user_id} ({name})" if name else f"user {user_id}"


def describe_user(user_id: int, name: str | None) -> str:
    """Say who did something, for the history: the Telegram id and the name shown then."""
    return _by(user_id, name or "")
