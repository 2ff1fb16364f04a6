"""The questions the bot answers: due next, upcoming, a country's tasks, events, search, months."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from factories import (
    CONSULAR,
    NOW,
    compilation,
    ingest,
    san_salvador_en,
    san_salvador_es,
    tagged,
)
from sqlmodel import Session, select

from storage.marks import confirm_participation, mark_task
from storage.models import DEADLINE, EVENT, Commitment
from storage.queries import (
    count_items_between,
    count_next_due,
    count_outstanding_tasks,
    count_upcoming,
    events_with_confirmations,
    get_item,
    items_between,
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


def test_outstanding_tasks_since_a_day_leave_out_old_history(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    later = datetime(2017, 8, 1, tzinfo=UTC)
    everything = outstanding_tasks(session=session, now=later, country="Guatemala")
    assert refs(everything) == ["16.a", "27", "2.a"]
    # Since 20 July: 16.a (15 July) is left out; the open task of the June meeting too.
    recent = outstanding_tasks(
        session=session, now=later, country="Guatemala", since=date(2017, 7, 20)
    )
    assert refs(recent) == ["27"]
    assert (
        count_outstanding_tasks(
            session=session, now=later, country="Guatemala", since=date(2017, 7, 20)
        )
        == 1
    )
    # Since the day its passage is judged from (the meeting), the open task stays.
    since_meeting = outstanding_tasks(
        session=session, now=later, country="Guatemala", since=date(2017, 6, 20)
    )
    assert refs(since_meeting) == ["16.a", "27", "2.a"]


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


def between(session: Session, first: str, last: str, **kwargs: object) -> list[str | None]:
    found = items_between(
        session=session,
        now=NOW,
        first=date.fromisoformat(first),
        last=date.fromisoformat(last),
        **kwargs,  # type: ignore[arg-type]
    )
    return refs(found)


def test_items_between_include_every_span_touching_the_period(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    # 23 runs 6-7 July, 16.a is due 15 July, 24 runs 17-18 July.
    assert between(session, "2017-07-07", "2017-07-15") == ["23", "16.a"]
    assert between(session, "2017-07-08", "2017-07-14") == []
    assert between(session, "2017-07-16", "2017-07-17") == ["24"]
    assert between(session, "2017-07-18", "2017-07-18") == ["24"]
    assert between(session, "2017-07-19", "2017-08-07") == []
    # A window that holds the whole period: the September week, the year 2019.
    assert between(session, "2017-09-20", "2017-09-20") == ["16.c"]
    assert between(session, "2019-06-01", "2019-06-30") == ["11"]
    assert between(session, "2017-01-01", "2019-12-31") == [
        "23",
        "16.a",
        "24",
        "26",
        "27",
        "16.c",
        "11",
    ]


def test_items_between_by_kind_country_and_meeting_date(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    assert between(session, "2017-07-01", "2017-07-31", kinds=(EVENT,)) == ["23", "24"]
    assert between(session, "2017-07-01", "2017-07-31", kinds=(DEADLINE,)) == ["16.a"]
    assert between(session, "2017-08-01", "2017-08-31", country="Guatemala") == ["26", "27"]
    assert between(session, "2017-08-01", "2017-08-31", country="Panamá") == ["26"]
    # Past periods are answered too: what was due, not only what is still to come.
    late = datetime(2018, 1, 10, tzinfo=UTC)
    july = items_between(session=session, now=late, first=date(2017, 7, 1), last=date(2017, 7, 31))
    assert refs(july) == ["23", "16.a", "24"]
    # Before the meeting was held nothing it decided is known.
    early = datetime(2017, 6, 1, tzinfo=UTC)
    assert (
        items_between(session=session, now=early, first=date(2017, 7, 1), last=date(2017, 7, 31))
        == []
    )
    with pytest.raises(ValueError, match=r"starts \(2017-08-01\) after it ends"):
        between(session, "2017-08-01", "2017-07-31")


def test_pages_of_a_listing_add_up_to_the_whole_listing(session: Session) -> None:
    ingest(session, tagged(san_salvador_es()))
    session.commit()
    whole = refs(next_due(session=session, now=NOW, limit=100))
    assert len(whole) == 7
    pages = [refs(next_due(session=session, now=NOW, limit=3, offset=n)) for n in (0, 3, 6, 9)]
    assert pages == [whole[0:3], whole[3:6], whole[6:], []]
    assert count_next_due(session=session, now=NOW) == 7
    assert count_next_due(session=session, now=NOW, country="Honduras", topics=[CONSULAR]) == 5
    july = refs(upcoming(session=session, now=NOW, days=120, limit=2, offset=1))
    assert july == ["16.a", "24"]
    assert refs(upcoming(session=session, now=NOW, days=120, offset=4)) == ["27", "16.c"]
    assert count_upcoming(session=session, now=NOW, days=120) == 6
    assert count_upcoming(session=session, now=NOW, days=120, country="OIM") == 1
    august = {"first": date(2017, 8, 1), "last": date(2017, 8, 31)}
    page = items_between(session=session, now=NOW, limit=1, offset=1, **august)
    assert refs(page) == ["27"]
    assert count_items_between(session=session, now=NOW, **august) == 2
    assert count_items_between(session=session, now=NOW, country="Honduras", **august) == 1
    with pytest.raises(ValueError, match="offset"):
        next_due(session=session, now=NOW, offset=-1)


def test_pages_of_outstanding_tasks_run_on_from_dated_to_undated(session: Session) -> None:
    ingest(session, tagged(san_salvador_es()))
    session.commit()
    reader = {"country": "Guatemala", "topics": [CONSULAR]}
    whole = refs(outstanding_tasks(session=session, now=NOW, **reader))
    # 16.a and 27 are dated; 2.a and 20 (tagged with the followed network) are not.
    assert whole == ["16.a", "27", "2.a", "20"]
    assert count_outstanding_tasks(session=session, now=NOW, **reader) == 4
    for size in (1, 2, 3):
        pages: list[str | None] = []
        for offset in range(0, 5, size):
            pages += refs(
                outstanding_tasks(session=session, now=NOW, limit=size, offset=offset, **reader)
            )
        assert pages == whole, size
    assert refs(outstanding_tasks(session=session, now=NOW, offset=3, **reader)) == ["20"]
    assert outstanding_tasks(session=session, now=NOW, offset=4, **reader) == []
    assert refs(outstanding_tasks(session=session, now=NOW, offset=1, limit=2, **reader)) == [
        "27",
        "2.a",
    ]


def group_of(session: Session, ref: str) -> int:
    query = select(Commitment).where(Commitment.ref == ref, Commitment.lang == "es")
    return session.exec(query).one().group_id


def test_an_item_is_read_by_its_group_in_the_readers_language(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    english = san_salvador_en()
    english["commitments"] = [c for c in english["commitments"] if c["ref"] != "24"]
    ingest(session, english, source="en.txt")
    session.commit()
    workshop, meeting, dues = (
        group_of(session, "24"),
        group_of(session, "23"),
        group_of(session, "2.a"),
    )
    spanish = get_item(session=session, now=NOW, group_id=meeting)
    english_item = get_item(session=session, now=NOW, group_id=meeting, lang="en")
    assert spanish is not None and english_item is not None
    assert (spanish.lang, english_item.lang) == ("es", "en")
    assert english_item.what == "IV Meeting of the Ad Hoc Group on extra-regional migrants"
    assert english_item.document.source == "en.txt"
    # No English version: the Spanish one is what English readers get.
    only = get_item(session=session, now=NOW, group_id=workshop, lang="en")
    assert only is not None and (only.ref, only.lang) == ("24", "es")
    task = get_item(session=session, now=NOW, group_id=dues, lang="en")
    assert task is not None and task.what == "Pay outstanding dues"
    assert get_item(session=session, now=NOW, group_id=10**9) is None
    # Not before the meeting was held.
    assert get_item(session=session, now=datetime(2017, 6, 1, tzinfo=UTC), group_id=meeting) is None


def test_drafts_and_withdrawn_items_are_not_read(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    session.commit()
    group = group_of(session, "26")
    assert get_item(session=session, now=NOW, group_id=group) is None
    draft = get_item(session=session, now=NOW, group_id=group, include_drafts=True)
    assert draft is not None and draft.status == "draft"
    ingest(session, san_salvador_es(), publish=True)
    session.commit()
    published = get_item(session=session, now=NOW, group_id=group)
    assert published is not None and published.status == "published"
    # A later version without 26 withdraws it.
    doc = san_salvador_es()
    doc["commitments"] = [c for c in doc["commitments"] if c["ref"] != "26"]
    ingest(session, doc, source="v2.txt")
    session.commit()
    assert get_item(session=session, now=NOW, group_id=group) is None
    assert get_item(session=session, now=NOW, group_id=group, include_drafts=True) is None


def test_counts_stop_at_the_limit_asked_for(session: Session) -> None:
    ingest(session, tagged(san_salvador_es()))
    session.commit()
    assert count_next_due(session=session, now=NOW, up_to=3) == 3
    assert count_next_due(session=session, now=NOW, up_to=None) == 7
    assert count_upcoming(session=session, now=NOW, days=120, up_to=2) == 2
    reader = {"country": "Guatemala", "topics": [CONSULAR]}
    # Two dated tasks, then the undated ones count towards the same limit.
    assert count_outstanding_tasks(session=session, now=NOW, up_to=3, **reader) == 3
    assert count_outstanding_tasks(session=session, now=NOW, up_to=1, **reader) == 1
    assert count_outstanding_tasks(session=session, now=NOW, up_to=None, **reader) == 4


def test_items_without_a_meeting_date_are_found_however_far_ahead(session: Session) -> None:
    # A compilation whose excerpts carry no meeting date: readable at any date.
    doc = compilation()
    for record in doc["commitments"]:
        record["ref_date"] = None
    ingest(session, doc, source="historial.txt")
    ingest(session, san_salvador_es())
    session.commit()
    long_ago = datetime(1990, 1, 1, tzinfo=UTC)
    assert [c.end for c in next_due(session=session, now=long_ago)] == [
        date(1997, 4, 30),
        date(2005, 5, 31),
    ]
    may_2005 = items_between(
        session=session, now=long_ago, first=date(2005, 5, 10), last=date(2005, 5, 10)
    )
    assert [c.end for c in may_2005] == [date(2005, 5, 31)]
