"""Roles, requests, focal points' answers, review, members-only visibility and the history, on
SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from factories import NOW, count, ingest, san_salvador_es
from sqlmodel import Session, select

from storage import focal, history, review, roles
from storage.ingest import ingest_extraction
from storage.models import (
    ADMIN,
    DELEGATE,
    DONE,
    DRAFT,
    FOCAL_POINT,
    PUBLISHED,
    WITHDRAWN,
    Commitment,
    HistoryEntry,
    Participation,
    Role,
    TaskStatus,
)
from storage.queries import get_item, known_topics, next_due, search
from storage.subscribers import ensure_chat, follow_topic, subscribe
from storage.text import content_hash

ADMIN_ID, FOCAL_ID, DELEGATE_ID, PUBLIC_ID = 9001, 501, 601, 701


def group_of(session: Session, ref: str) -> int:
    return session.exec(select(Commitment.group_id).where(Commitment.ref == ref)).first() or 0


def entries(session: Session, **where: object) -> list[HistoryEntry]:
    query = select(HistoryEntry).order_by(HistoryEntry.id)  # type: ignore[arg-type]
    for name, value in where.items():
        query = query.where(getattr(HistoryEntry, name) == value)
    return list(session.exec(query).all())


# -- roles and requests -------------------------------------------------------------------------


def test_granting_and_revoking_roles_is_recorded_once(session: Session) -> None:
    assert roles.grant(
        session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="admin"
    )
    assert not roles.grant(
        session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="admin"
    )
    assert roles.holds(session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala")
    assert not roles.holds(session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Honduras")
    assert roles.is_member(session, user_id=FOCAL_ID)
    assert not roles.is_member(session, user_id=PUBLIC_ID)
    assert roles.countries_of(session, user_id=FOCAL_ID, role=FOCAL_POINT) == ["Guatemala"]
    assert roles.revoke(
        session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="admin"
    )
    assert not roles.revoke(
        session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="admin"
    )
    session.commit()
    assert not roles.is_member(session, user_id=FOCAL_ID)
    assert [(e.action, e.subject_user_id, e.country, e.detail) for e in entries(session)] == [
        (history.ROLE_GRANTED, FOCAL_ID, "Guatemala", FOCAL_POINT),
        (history.ROLE_REVOKED, FOCAL_ID, "Guatemala", FOCAL_POINT),
    ]


def test_the_last_admin_cannot_be_revoked(session: Session) -> None:
    roles.grant(session, user_id=ADMIN_ID, role=ADMIN, now=NOW, by="CRMBOT_ADMIN_IDS")
    with pytest.raises(roles.LastAdmin):
        roles.revoke(session, user_id=ADMIN_ID, role=ADMIN, now=NOW, by="admin")
    assert roles.is_admin(session, user_id=ADMIN_ID)
    roles.grant(session, user_id=FOCAL_ID, role=ADMIN, now=NOW, by="admin")
    assert roles.revoke(session, user_id=ADMIN_ID, role=ADMIN, now=NOW, by="admin")
    with pytest.raises(roles.LastAdmin):
        roles.revoke(session, user_id=FOCAL_ID, role=ADMIN, now=NOW, by="admin")
    # Someone who is not an admin is simply not one: nothing to refuse.
    assert not roles.revoke(session, user_id=ADMIN_ID, role=ADMIN, now=NOW, by="admin")
    session.commit()
    assert [r.user_id for r in roles.holders(session, role=ADMIN)] == [FOCAL_ID]
    revoked = entries(session, action=history.ROLE_REVOKED)
    assert [(e.subject_user_id, e.detail) for e in revoked] == [(ADMIN_ID, ADMIN)]


@pytest.mark.parametrize(
    ("role", "country"), [("chair", None), (FOCAL_POINT, None), (DELEGATE, ""), (ADMIN, "Belice")]
)
def test_a_role_needs_its_country_and_only_known_roles_exist(
    session: Session, role: str, country: str | None
) -> None:
    with pytest.raises(ValueError):
        roles.grant(session, user_id=1, role=role, country=country, now=NOW, by="x")


def test_a_delegate_request_is_decided_by_the_countrys_focal_point_or_an_admin(
    session: Session,
) -> None:
    roles.grant(session, user_id=ADMIN_ID, role=ADMIN, now=NOW, by="CRMBOT_ADMIN_IDS")
    roles.grant(
        session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="admin"
    )
    roles.grant(session, user_id=502, role=FOCAL_POINT, country="Honduras", now=NOW, by="admin")
    request, new = roles.request_role(
        session, user_id=DELEGATE_ID, role=DELEGATE, country="Guatemala", now=NOW, name="Luis"
    )
    again, new_again = roles.request_role(
        session, user_id=DELEGATE_ID, role=DELEGATE, country="Guatemala", now=NOW
    )
    assert new and not new_again and again.id == request.id
    assert roles.deciders(session, request=request) == [FOCAL_ID, ADMIN_ID]
    assert roles.may_decide(session, user_id=FOCAL_ID, request=request)
    assert roles.may_decide(session, user_id=ADMIN_ID, request=request)
    assert not roles.may_decide(session, user_id=502, request=request)
    assert not roles.may_decide(session, user_id=DELEGATE_ID, request=request)

    assert request.id is not None
    decided = roles.decide(
        session, request_id=request.id, approve=True, by_user_id=FOCAL_ID, by="focal", now=NOW
    )
    assert decided is not None and decided.status == "approved"
    # A replayed approval (or a refusal after it) changes nothing.
    assert (
        roles.decide(
            session, request_id=request.id, approve=False, by_user_id=ADMIN_ID, by="a", now=NOW
        )
        is None
    )
    session.commit()
    assert roles.holds(session, user_id=DELEGATE_ID, role=DELEGATE, country="Guatemala")
    assert roles.pending_requests(session) == []


def test_only_an_admin_decides_who_is_a_focal_point(session: Session) -> None:
    roles.grant(
        session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="admin"
    )
    request, _ = roles.request_role(
        session, user_id=PUBLIC_ID, role=FOCAL_POINT, country="Guatemala", now=NOW
    )
    assert not roles.may_decide(session, user_id=FOCAL_ID, request=request)
    assert request.id is not None
    refused = roles.decide(
        session, request_id=request.id, approve=False, by_user_id=ADMIN_ID, by="a", now=NOW
    )
    assert refused is not None and refused.status == "refused"
    session.commit()
    assert not roles.holds(session, user_id=PUBLIC_ID, role=FOCAL_POINT)
    assert [e.action for e in entries(session, subject_user_id=PUBLIC_ID)] == [
        history.ROLE_REQUESTED,
        history.REQUEST_REFUSED,
    ]
    with pytest.raises(ValueError):
        roles.request_role(session, user_id=PUBLIC_ID, role=ADMIN, country="Guatemala", now=NOW)


# -- focal points' answers ----------------------------------------------------------------------


def test_a_focal_point_confirms_changes_mind_and_a_stale_press_changes_nothing(
    session: Session,
) -> None:
    ingest(session, san_salvador_es())
    workshop = group_of(session, "24")  # asks members to confirm
    first = focal.answer(
        session,
        group_id=workshop,
        country="Guatemala",
        action=focal.CONFIRM,
        version=0,
        by_user_id=FOCAL_ID,
        by="user 501",
        now=NOW,
    )
    assert first.ref == "24"
    version = history.latest_entry_id(session, group_id=workshop, country="Guatemala")
    assert version > 0
    # The same confirm button pressed again (version 0) is stale now.
    with pytest.raises(focal.StaleAnswer):
        focal.answer(
            session,
            group_id=workshop,
            country="Guatemala",
            action=focal.CONFIRM,
            version=0,
            by_user_id=FOCAL_ID,
            by="user 501",
            now=NOW,
        )
    focal.answer(
        session,
        group_id=workshop,
        country="Guatemala",
        action=focal.DECLINE,
        version=version,
        by_user_id=FOCAL_ID,
        by="user 501",
        now=NOW + timedelta(hours=1),
    )
    session.commit()
    answers = session.exec(select(Participation)).all()
    assert [(p.country, p.answer) for p in answers] == [("Guatemala", "declined")]
    assert [e.action for e in entries(session, group_id=workshop)] == ["confirmed", "declined"]


def test_answers_only_where_they_apply(session: Session) -> None:
    ingest(session, san_salvador_es())
    cases = [
        ("16.c", focal.CONFIRM, "Guatemala"),  # an event that asks no confirmation
        ("24", focal.SEND, "Guatemala"),  # an event is not sent
        ("27", focal.SEND, "Honduras"),  # Guatemala's deadline, not Honduras's
        ("16.a", focal.CONFIRM, "Guatemala"),  # a deadline is not confirmed
        ("24", "explode", "Guatemala"),
    ]
    for ref, action, country in cases:
        with pytest.raises(focal.NotAnswerable):
            focal.answer(
                session,
                group_id=group_of(session, ref),
                country=country,
                action=action,
                version=0,
                by_user_id=FOCAL_ID,
                by="x",
                now=NOW,
            )
    assert count(session, "participation") == count(session, "task_status") == 0
    assert count(session, "history") == 0


def test_a_draft_takes_no_answers(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    with pytest.raises(focal.NotAnswerable):
        focal.answer(
            session,
            group_id=group_of(session, "24"),
            country="Guatemala",
            action=focal.CONFIRM,
            version=0,
            by_user_id=FOCAL_ID,
            by="x",
            now=NOW,
        )


def test_sent_and_undo_and_the_rollup_per_member_country(session: Session) -> None:
    ingest(session, san_salvador_es())
    deadline = group_of(session, "16.a")  # every member country
    focal.answer(
        session,
        group_id=deadline,
        country="Guatemala",
        action=focal.SEND,
        version=0,
        by_user_id=FOCAL_ID,
        by="x",
        now=NOW,
    )
    item = focal.published_version(session, group_id=deadline, lang="es")
    assert item is not None
    rolled = focal.rollup(session, item)
    assert rolled.countries_with(DONE) == ["Guatemala"]
    assert len(rolled.countries_with(None)) == len(rolled.answers) - 1 >= 10
    version = history.latest_entry_id(session, group_id=deadline, country="Guatemala")
    focal.answer(
        session,
        group_id=deadline,
        country="Guatemala",
        action=focal.UNSEND,
        version=version,
        by_user_id=FOCAL_ID,
        by="x",
        now=NOW,
    )
    assert focal.rollup(session, item).countries_with(DONE) == []
    marks = session.exec(select(TaskStatus)).all()
    assert [(m.country, m.status) for m in marks] == [("Guatemala", "pending")]
    # Guatemala's own deadline concerns Guatemala alone.
    own = focal.published_version(session, group_id=group_of(session, "27"), lang="es")
    assert own is not None and focal.concerned_countries(session, own) == ["Guatemala"]


def test_open_items_put_overdue_deadlines_first_and_drop_what_is_answered(
    session: Session,
) -> None:
    ingest(session, san_salvador_es())
    later = NOW + timedelta(days=30)  # 23 July: 16.a (15 July) is overdue
    listed = [r.item.ref for r in focal.open_items(session, now=later)]
    assert listed[0] == "16.a"
    assert "24" not in listed  # the passport workshop has started by then
    assert "26" in listed and "27" in listed
    desk = focal.desk(session, now=NOW, country="Guatemala")
    assert [item.ref for item, _, _ in desk] == ["23", "16.a", "24", "26", "27"]
    assert all(answer is None and version == 0 for _, answer, version in desk)


# -- review and publication ---------------------------------------------------------------------


def test_review_publishes_rejects_and_corrects_drafts_with_history(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    assert review.count_drafts(session) == 9
    first = review.next_draft(session)
    assert first is not None and first.status == DRAFT
    assert get_item(session=session, now=NOW, group_id=first.group_id) is None

    assert review.publish(
        session, group_ids=[first.group_id], by_user_id=ADMIN_ID, by="admin", now=NOW
    ) == [first.group_id]
    # Publishing again (a replayed press) publishes nothing.
    assert review.publish(session, group_ids=[first.group_id], by_user_id=1, by="a", now=NOW) == []
    shown = get_item(session=session, now=NOW, group_id=first.group_id)
    assert shown is not None and shown.status == PUBLISHED

    second = review.next_draft(session, after=first.group_id)
    assert second is not None
    assert review.change_date(
        session,
        group_id=second.group_id,
        start=None,
        end=date(2017, 7, 20),
        by_user_id=ADMIN_ID,
        by="admin",
        now=NOW,
    )
    assert review.change_who(
        session,
        group_id=second.group_id,
        who=["Guatemala", "Honduras"],
        by_user_id=ADMIN_ID,
        by="admin",
        now=NOW,
    )
    third = review.next_draft(session, after=second.group_id)
    assert third is not None
    assert review.reject(session, group_id=third.group_id, by_user_id=ADMIN_ID, by="admin", now=NOW)
    assert not review.reject(
        session, group_id=third.group_id, by_user_id=ADMIN_ID, by="admin", now=NOW
    )
    session.commit()
    session.refresh(second)
    assert (second.end, second.start, second.who) == (
        date(2017, 7, 20),
        None,
        ["Guatemala", "Honduras"],
    )
    session.refresh(third)
    assert third.status == WITHDRAWN
    assert [e.action for e in entries(session)] == [
        history.PUBLISHED,
        history.DATE_CHANGED,
        history.WHO_CHANGED,
        history.REJECTED,
    ]
    assert "-> 2017-07-20" in (entries(session, action=history.DATE_CHANGED)[0].detail or "")
    honduras = next_due(session=session, now=NOW, country="Honduras", limit=50)
    assert second.group_id not in {c.group_id for c in honduras}  # still a draft

    document_id = second.document_id
    published = review.publish_document(
        session, document_id=document_id, by_user_id=ADMIN_ID, by="admin", now=NOW
    )
    assert len(published) == 7 and review.count_drafts(session) == 0
    honduras = next_due(session=session, now=NOW, country="Honduras", limit=50)
    assert second.group_id in {c.group_id for c in honduras}


def test_members_only_items_are_hidden_unless_the_reader_is_a_member(session: Session) -> None:
    extraction = san_salvador_es()
    extraction["commitments"][4]["topics"] = ["Red de Protección Consular"]
    ingest_extraction_members(session, extraction, "members.txt")
    workshop = group_of(session, "24")
    assert get_item(session=session, now=NOW, group_id=workshop) is None
    assert get_item(session=session, now=NOW, group_id=workshop, members=True) is not None
    assert next_due(session=session, now=NOW) == []
    assert len(next_due(session=session, now=NOW, members=True)) > 0
    assert search(session=session, now=NOW, text="pasaporte") == []
    assert [c.ref for c in search(session=session, now=NOW, text="pasaporte", members=True)] == [
        "24"
    ]
    assert known_topics(session=session, now=NOW) == []

    document_id = session.exec(select(Commitment.document_id)).first()
    assert document_id is not None
    changed = review.set_members_only(
        session, document_id=document_id, members_only=False, by_user_id=1, by="a", now=NOW
    )
    assert changed == 9
    assert get_item(session=session, now=NOW, group_id=workshop) is not None


def ingest_extraction_members(session: Session, extraction: dict[str, Any], source: str) -> None:
    ingest_extraction(
        session,
        extraction=extraction,
        source=source,
        content_hash=content_hash(json.dumps(extraction, sort_keys=True)),
        now=NOW,
        publish=True,
        members_only=True,
    )


def test_publication_notices_go_to_the_chats_the_items_concern(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    subscribe(session, chat_id=DELEGATE_ID, now=NOW, country="Guatemala", follows="country")
    subscribe(session, chat_id=PUBLIC_ID, now=NOW, lang="en", country="Honduras")
    subscribe(session, chat_id=-100, now=NOW, country="Guatemala", chat_type="group")
    subscribe(session, chat_id=801, now=NOW, country=None)  # follows nothing in particular
    ensure_chat(session, chat_id=802, now=NOW, lang="es", timezone="UTC")  # never subscribed
    follow_topic(session, chat_id=801, topic="Red de Protección Consular")
    guatemala, canada = group_of(session, "27"), group_of(session, "11")
    review.publish(session, group_ids=[guatemala, canada], by_user_id=1, by="a", now=NOW)
    notices = review.notices(session, group_ids=[guatemala, canada])
    assert {(n.chat_id, tuple(i.ref for i in n.items)) for n in notices} == {
        (DELEGATE_ID, ("27",)),
        (-100, ("27",)),
    }
    everyone = group_of(session, "16.a")
    review.publish(session, group_ids=[everyone], by_user_id=1, by="a", now=NOW)
    notified = {n.chat_id for n in review.notices(session, group_ids=[everyone])}
    assert notified == {DELEGATE_ID, PUBLIC_ID, -100}


def test_members_only_notices_reach_only_members_private_chats(session: Session) -> None:
    ingest_extraction_members(session, san_salvador_es(), "members.txt")
    roles.grant(session, user_id=DELEGATE_ID, role=DELEGATE, country="Guatemala", now=NOW, by="x")
    for chat_id, chat_type in ((DELEGATE_ID, "private"), (PUBLIC_ID, "private"), (-7, "group")):
        subscribe(session, chat_id=chat_id, now=NOW, country="Guatemala", chat_type=chat_type)
    notices = review.notices(session, group_ids=[group_of(session, "27")])
    assert [n.chat_id for n in notices] == [DELEGATE_ID]


def test_roles_survive_only_as_roles(session: Session) -> None:
    roles.grant(session, user_id=DELEGATE_ID, role=DELEGATE, country="Guatemala", now=NOW, by="x")
    session.commit()
    rows = session.exec(select(Role)).all()
    assert [(r.user_id, r.role, r.country) for r in rows] == [(DELEGATE_ID, DELEGATE, "Guatemala")]
    assert DELEGATE_ID in set(session.exec(roles.member_user_ids()).all())
