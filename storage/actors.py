"""Actors and member countries, seeded from data (each forum has its own members and names)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlmodel import Session, col, select

from storage.models import Actor, ActorAlias, GroupMember
from storage.text import fold


def seed_actors(
    session: Session,
    records: Iterable[Mapping[str, Any]],
    *,
    forum: str = "CRM",
    members_group: str | None = "Países Miembros",
) -> int:
    """Insert or update actors from records like extractors/data/actors.json; return changes.

    A group record may list the canonical names it includes under "includes"; the
    `members_group` (if any) includes every actor marked as a member. Seeding twice changes
    nothing.
    """
    records = list(records)
    existing = {
        a.canonical: a for a in session.exec(select(Actor).where(Actor.forum == forum)).all()
    }
    changes = 0
    for record in records:
        canonical = str(record["canonical"])
        names = record.get("names") or {}
        values: dict[str, Any] = {
            "kind": str(record.get("kind") or "organization"),
            "member": bool(record.get("member", False)),
            "name_es": str(names.get("es") or canonical),
            "name_en": str(names.get("en") or names.get("es") or canonical),
        }
        actor = existing.get(canonical)
        if actor is None:
            actor = Actor(forum=forum, canonical=canonical, **values)
            session.add(actor)
            existing[canonical] = actor
            changes += 1
        elif any(getattr(actor, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(actor, key, value)
            changes += 1
    session.flush()

    have_aliases = {
        (a.actor_id, a.alias_norm)
        for a in session.exec(select(ActorAlias).join(Actor).where(Actor.forum == forum)).all()
    }
    for record in records:
        actor = existing[str(record["canonical"])]
        names = record.get("names") or {}
        spellings = [actor.canonical, *names.values(), *(record.get("aliases") or [])]
        for spelling in spellings:
            alias = (_id(actor), fold(spelling))
            if spelling and alias not in have_aliases:
                session.add(ActorAlias(actor_id=alias[0], alias=spelling, alias_norm=alias[1]))
                have_aliases.add(alias)
                changes += 1

    wanted: set[tuple[int, int]] = set()
    for record in records:
        group = existing[str(record["canonical"])]
        included = [existing[n] for n in record.get("includes") or [] if n in existing]
        if group.canonical == members_group:
            included += [a for a in existing.values() if a.member]
        wanted |= {(_id(group), _id(member)) for member in included}
    have_members = set(
        session.exec(
            select(GroupMember.group_id, GroupMember.member_id)
            .join(Actor, col(Actor.id) == GroupMember.group_id)
            .where(Actor.forum == forum)
        ).all()
    )
    for group_id, member_id in wanted - have_members:
        session.add(GroupMember(group_id=group_id, member_id=member_id))
        changes += 1
    session.flush()
    return changes


def resolve_actor(session: Session, name: str, *, forum: str = "CRM") -> Actor | None:
    """Find an actor by any of its names, ignoring accents and case ("mexico" finds México)."""
    return session.exec(
        select(Actor)
        .join(ActorAlias)
        .where(Actor.forum == forum, ActorAlias.alias_norm == fold(name))
        .order_by(col(Actor.id))
        .limit(1)
    ).first()


def names_covering(session: Session, country: str, *, forum: str = "CRM") -> list[str]:
    """Return the country and every group that includes it: the `who` names that concern it."""
    groups = session.exec(
        select(Actor.canonical)
        .join(GroupMember, col(GroupMember.group_id) == Actor.id)
        .where(
            Actor.forum == forum,
            GroupMember.member_id
            == select(Actor.id)
            .where(Actor.forum == forum, Actor.canonical == country)
            .scalar_subquery(),
        )
    ).all()
    return [country, *sorted(groups)]


def member_countries(session: Session, *, forum: str = "CRM") -> list[Actor]:
    """Return the forum's member countries in alphabetical order of their Spanish names."""
    return list(
        session.exec(
            select(Actor).where(Actor.forum == forum, col(Actor.member)).order_by(Actor.name_es)
        ).all()
    )


def _id(actor: Actor) -> int:
    assert actor.id is not None
    return actor.id


def actor_names(session: Session, *, forum: str = "CRM") -> dict[str, tuple[str, str]]:
    """Return each actor's Spanish and English names by canonical name."""
    rows = session.exec(
        select(Actor.canonical, Actor.name_es, Actor.name_en).where(Actor.forum == forum)
    ).all()
    return {canonical: (es, en) for canonical, es, en in rows}


def actor_aliases(session: Session, *, forum: str = "CRM") -> list[tuple[str, str]]:
    """Return every (folded alias, canonical name) pair of the forum's actors."""
    rows = session.exec(
        select(ActorAlias.alias_norm, Actor.canonical).join(Actor).where(Actor.forum == forum)
    ).all()
    return [(alias, canonical) for alias, canonical in rows]
