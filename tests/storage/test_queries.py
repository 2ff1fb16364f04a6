"""The questions the bot answers: due next, upcoming, a country's tasks, events, search, months."""

from __future__ import annotations

from datetime import UTC, date, datetime

from factories import NOW, ingest, san_salvador_en, san_salvador_es
from sqlmodel import Session

from storage.marks import confirm_participation, mark_task
from storage.queries import (
    events_with_confirmations,
    items_by_month,
    next_due,
    outstanding_tasks,
    search,
    upcoming,
)


def refs(items: list) -> list[str | None]:  # type: ignore[type-arg]
    return [c.ref for c in items]


def test_only_published_items_are_shown(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    session.commit()
    assert next_due(session=session, now=NOW) == []
    assert search(session=session, now=NOW, text="pasaporte") == []
    # The secretariat reviewing drafts finds them.
    drafts = search(session=session, now=NOW, text="pasaporte", include_drafts=True)
    assert [(c.ref, c.status) for c in drafts] == [("24", "draft")]


def test_next_due_is_soonest_first_and_skips_what_has_ended(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    assert refs(next_due(session=session, now=NOW, limit=4)) == ["23", "16.a", "24", "26"]
    later = datetime(2017, 7, 16, tzinfo=UTC)
    assert refs(next_due(session=session, now=later, limit=2)) == ["24", "26"]


def test_upcoming_lists_july_to_september_with_their_source(session: Session) -> None:
    ingest(session, san_salvador_es(), source="000_fe613b9cfbbc395e.txt")
    session.commit()
    items = upcoming(session=session, now=NOW, days=120)
    assert refs(items) == ["23", "16.a", "24", "26", "27", "16.c"]
    assert {c.document.source for c in items} == {"000_fe613b9cfbbc395e.txt"}
    assert items[0].document.meeting.place == "San Salvador, El Salvador"
    assert refs(upcoming(session=session, now=NOW, days=20)) == ["23"]
    # An event starting within the window is listed.
    assert refs(upcoming(session=session, now=NOW, days=24)) == ["23", "16.a", "24"]


def test_upcoming_for_a_country_includes_its_groups(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    guatemala = upcoming(session=session, now=NOW, days=120, country="Guatemala")
    # 16.c names only the PPT and the OIM; 27 names Guatemala; the rest "Países Miembros".
    assert refs(guatemala) == ["23", "16.a", "24", "26", "27"]
    honduras = upcoming(session=session, now=NOW, days=120, country="Honduras")
    assert refs(honduras) == ["23", "16.a", "24", "26"]
    assert refs(upcoming(session=session, now=NOW, days=120, country="OIM")) == ["16.c"]


def test_outstanding_tasks_include_overdue_and_undated_until_done(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    late = datetime(2017, 8, 1, tzinfo=UTC)
    tasks = outstanding_tasks(session=session, now=late, country="Guatemala")
    # 16.a (15 July) is overdue but still owed; events are not tasks; undated tasks come last.
    assert refs(tasks) == ["16.a", "27", "2.a"]
    assert [c.end for c in tasks] == [date(2017, 7, 15), date(2017, 8, 31), None]
    mark_task(
        session, group_id=tasks[0].group_id, country="Guatemala", done=True, by="gt", now=late
    )
    session.commit()
    assert refs(outstanding_tasks(session=session, now=late, country="Guatemala")) == ["27", "2.a"]
    # Done by Guatemala is not done by Honduras.
    assert refs(outstanding_tasks(session=session, now=late, country="Honduras")) == ["16.a", "2.a"]
    mark_task(
        session, group_id=tasks[0].group_id, country="Guatemala", done=False, by="gt", now=late
    )
    session.commit()
    assert refs(outstanding_tasks(session=session, now=late, country="Guatemala"))[0] == "16.a"


def test_a_done_mark_holds_for_both_languages(session: Session) -> None:
    ingest(session, san_salvador_es())
    ingest(session, san_salvador_en(), source="en.txt")
    session.commit()
    spanish = outstanding_tasks(session=session, now=NOW, country="Guatemala")
    mark_task(
        session, group_id=spanish[0].group_id, country="Guatemala", done=True, by="gt", now=NOW
    )
    session.commit()
    english = outstanding_tasks(session=session, now=NOW, country="Guatemala", lang="en")
    assert refs(english) == ["27", "2.a"]
    assert english[0].what == "Send the national report on migrant children"


def test_events_roll_up_every_member_countrys_answer(session: Session) -> None:
    ingest(session, san_salvador_es())
    ingest(session, san_salvador_en(), source="en.txt")
    session.commit()
    workshop = next(
        r for r in events_with_confirmations(session=session, now=NOW) if r.event.ref == "24"
    )
    confirm_participation(
        session,
        group_id=workshop.event.group_id,
        country="Guatemala",
        confirmed=True,
        by="gt",
        now=NOW,
    )
    confirm_participation(
        session,
        group_id=workshop.event.group_id,
        country="Belice",
        confirmed=True,
        by="bz",
        now=NOW,
    )
    confirm_participation(
        session,
        group_id=workshop.event.group_id,
        country="México",
        confirmed=False,
        by="mx",
        now=NOW,
    )
    # A second answer replaces the first.
    confirm_participation(
        session,
        group_id=workshop.event.group_id,
        country="Belice",
        confirmed=False,
        by="bz",
        now=NOW,
    )
    session.commit()
    rollups = events_with_confirmations(session=session, now=NOW, lang="en", only_asked=True)
    assert refs([r.event for r in rollups]) == ["23", "24", "26"]
    passport = rollups[1]
    assert passport.event.what == "Passport Integrity Workshop"
    assert passport.confirmed == ["Guatemala"]
    assert passport.declined == ["Belice", "México"]
    assert len(passport.pending) == 8
    assert len(passport.answers) == 11
    assert passport.answers["Guatemala"] is not None
    assert passport.answers["Guatemala"].recorded_by == "gt"


def test_search_ignores_accents_and_case(session: Session) -> None:
    ingest(session, san_salvador_es())
    ingest(session, san_salvador_en(), source="en.txt")
    session.commit()
    assert refs(search(session=session, now=NOW, text="VALIDACION")) == ["16.c"]
    assert refs(search(session=session, now=NOW, text="niñez")) == ["27"]
    assert refs(search(session=session, now=NOW, text="ninez")) == ["27"]
    # Place is searched too; one result per linked item, in the reader's language.
    found = search(session=session, now=NOW, text="ciudad de méxico")
    assert [(c.ref, c.lang) for c in found] == [("23", "es")]
    english = search(session=session, now=NOW, text="passport", lang="en")
    assert [(c.ref, c.lang) for c in english] == [("24", "en")]
    assert search(session=session, now=NOW, text="   ") == []


def test_search_matches_the_start_of_every_word_in_any_order(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    assert refs(search(session=session, now=NOW, text="pasaport")) == ["24"]
    assert refs(search(session=session, now=NOW, text="PASAPORTE, integridad")) == ["24"]
    assert search(session=session, now=NOW, text="aporte") == []
    assert search(session=session, now=NOW, text="pasaporte Belmopán") == []


def test_items_by_month_include_what_overlaps_it(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    july = items_by_month(session=session, now=NOW, year=2017, month=7)
    assert refs(july) == ["23", "16.a", "24"]
    assert refs(items_by_month(session=session, now=NOW, year=2017, month=9)) == ["16.c"]
    assert refs(items_by_month(session=session, now=NOW, year=2019, month=2)) == ["11"]
    assert items_by_month(session=session, now=NOW, year=2018, month=2) == []
