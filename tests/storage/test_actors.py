"""Actors as data: seeding is idempotent, names resolve without accents, groups include members."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import actor_records
from factories import count
from sqlmodel import Session

from storage.actors import member_countries, names_covering, resolve_actor, seed_actors
from storage.models import FOCAL_POINT
from storage.subscribers import focal_countries, grant_role, is_admin, revoke_role, roles_of

NOW = datetime(2024, 1, 1, tzinfo=UTC)


def test_seeding_twice_changes_nothing(session: Session) -> None:
    actors, aliases = count(session, "actor"), count(session, "actor_alias")
    assert seed_actors(session, actor_records()) == 0
    assert (count(session, "actor"), count(session, "actor_alias")) == (actors, aliases)


def test_crm_has_eleven_members_and_the_group_includes_them(session: Session) -> None:
    members = [a.canonical for a in member_countries(session)]
    assert len(members) == 11
    assert members[0] == "Belice" and "República Dominicana" in members
    assert names_covering(session, "Guatemala") == ["Guatemala", "Países Miembros"]
    assert names_covering(session, "OIM") == ["OIM"]


def test_names_resolve_by_alias_without_accents_or_case(session: Session) -> None:
    for spelling in ("mexico", "MÉXICO", "Méjico"):
        actor = resolve_actor(session, spelling)
        assert actor is not None and actor.canonical == "México"
    dominican = resolve_actor(session, "dominican republic")
    assert dominican is not None and dominican.name_en == "Dominican Republic"
    assert resolve_actor(session, "Atlantis") is None


def test_another_forum_has_its_own_members(session: Session) -> None:
    records = [
        {
            "canonical": "Argentina",
            "kind": "country",
            "member": True,
            "names": {"es": "Argentina", "en": "Argentina"},
            "aliases": [],
        },
        {
            "canonical": "Chile",
            "kind": "country",
            "member": True,
            "names": {"es": "Chile", "en": "Chile"},
            "aliases": [],
        },
        {
            "canonical": "Cono Sur",
            "kind": "group",
            "names": {"es": "Cono Sur", "en": "Southern Cone"},
            "aliases": [],
            "includes": ["Chile"],
        },
    ]
    seed_actors(session, records, forum="CSM", members_group=None)
    assert [a.canonical for a in member_countries(session, forum="CSM")] == ["Argentina", "Chile"]
    assert names_covering(session, "Chile", forum="CSM") == ["Chile", "Cono Sur"]
    assert len(member_countries(session)) == 11
    assert resolve_actor(session, "southern cone", forum="CSM") is not None
    assert resolve_actor(session, "southern cone") is None


def test_roles_admin_and_focal_point(session: Session) -> None:
    grant_role(session, user_id=10, role="admin", now=NOW)
    grant_role(session, user_id=11, role=FOCAL_POINT, country="Guatemala", now=NOW)
    grant_role(session, user_id=11, role=FOCAL_POINT, country="Guatemala", now=NOW)
    grant_role(session, user_id=11, role=FOCAL_POINT, country="Honduras", now=NOW)
    session.commit()
    assert is_admin(session, user_id=10) and not is_admin(session, user_id=11)
    assert focal_countries(session, user_id=11) == ["Guatemala", "Honduras"]
    assert len(roles_of(session, user_id=11)) == 2
    assert revoke_role(session, user_id=11, role=FOCAL_POINT, country="Honduras") == 1
    assert focal_countries(session, user_id=11) == ["Guatemala"]
    assert roles_of(session, user_id=11)[0].granted_at == NOW
