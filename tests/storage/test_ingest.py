"""Ingestion: idempotence, revisions that keep marks, twins, all-or-nothing, verbatim text."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

import pytest
from factories import (
    NOW,
    compilation,
    count,
    ingest,
    item,
    san_salvador_en,
    san_salvador_es,
    task,
)
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.ingest import IngestError
from storage.marks import confirm_participation, mark_task
from storage.models import DRAFT, PUBLISHED, WITHDRAWN, Commitment, Document
from storage.queries import events_with_confirmations, outstanding_tasks, search, upcoming

LATER = datetime(2017, 7, 1, 9, 0, tzinfo=UTC)


def by_ref(session: Session, lang: str = "es") -> dict[str | None, Commitment]:
    rows = session.exec(select(Commitment).where(Commitment.lang == lang)).all()
    return {c.ref: c for c in rows if c.kind != "task"}


def snapshot(session: Session) -> list[tuple[object, ...]]:
    rows = session.exec(select(Commitment).order_by(Commitment.id)).all()
    return [
        (c.id, c.group_id, c.status, c.kind, c.end, c.quote, c.updated_at, c.document_id)
        for c in rows
    ]


def test_first_ingestion_stores_every_item_as_draft(session: Session) -> None:
    report = ingest(session, san_salvador_es(), publish=False)
    session.commit()
    assert report.outcome == "new"
    assert len(report.added) == 9
    assert report.meeting == "GRCM · San Salvador, El Salvador · 2017-06-20..2017-06-22"
    statuses = {c.status for c in session.exec(select(Commitment)).all()}
    assert statuses == {DRAFT}


def test_the_same_document_twice_changes_nothing(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    before = snapshot(session)
    again = ingest(session, san_salvador_es(), source="copy-elsewhere.txt", now=LATER)
    session.commit()
    assert again.outcome == "unchanged"
    assert (again.added, again.changed, again.withdrawn) == ([], [], [])
    assert snapshot(session) == before
    assert count(session, "document") == 1


def test_reingesting_with_publish_publishes_the_drafts(session: Session) -> None:
    ingest(session, san_salvador_es(), publish=False)
    report = ingest(session, san_salvador_es(), publish=True)
    session.commit()
    assert report.outcome == "unchanged"
    assert report.published == 9
    assert {c.status for c in session.exec(select(Commitment)).all()} == {PUBLISHED}


def revised() -> dict[str, object]:
    """Return San Salvador v2: 16.a moved to 20 July, 26 gone, 28 new, 24 reworded."""
    doc = san_salvador_es()
    items = {c["ref"]: c for c in doc["commitments"]}
    items["16.a"].update(end="2017-07-20", date_text="a más tardar el 20 de julio")
    items["24"]["quote"] = items["24"]["quote"].replace("se llevará a cabo", "tendrá lugar")
    del items["26"]
    items["28"] = item(
        ref="28",
        who=["ST"],
        end="2017-09-30",
        date_text="antes del 30 de septiembre",
        quote="la ST enviará la versión revisada antes del 30 de septiembre.",
    )
    doc["commitments"] = list(items.values())
    return doc


def test_a_revision_keeps_confirmations_and_done_marks(session: Session) -> None:
    ingest(session, san_salvador_es())
    old = by_ref(session)
    confirm_participation(
        session,
        group_id=old["24"].group_id,
        country="Guatemala",
        confirmed=True,
        by="focal:gt",
        now=NOW,
    )
    confirm_participation(
        session,
        group_id=old["26"].group_id,
        country="Honduras",
        confirmed=False,
        by="focal:hn",
        now=NOW,
    )
    mark_task(
        session,
        group_id=old["16.a"].group_id,
        country="Guatemala",
        done=True,
        by="focal:gt",
        now=NOW,
    )
    session.commit()
    ids = {ref: c.id for ref, c in old.items()}

    report = ingest(session, revised(), source="v2.txt", now=LATER)
    session.commit()

    assert report.outcome == "revised"
    assert [a.ref for a in report.added] == ["28"]
    assert sorted((c.ref, c.fields) for c in report.changed) == [
        ("16.a", ("date_text", "end")),
        ("24", ("quote",)),
    ]
    assert [w.ref for w in report.withdrawn] == ["26"]
    assert report.unchanged == 6
    new = by_ref(session)
    # Unchanged and changed items keep their ids; the vanished one is withdrawn, not deleted.
    assert {ref: new[ref].id for ref in ids} == ids
    assert new["16.a"].end == date(2017, 7, 20)
    assert new["26"].status == WITHDRAWN
    assert new["24"].status == PUBLISHED
    assert {new[r].document.source for r in ("11", "16.a", "24", "28")} == {"v2.txt"}

    rollup = {r.event.ref: r for r in events_with_confirmations(session=session, now=LATER)}
    assert rollup["24"].confirmed == ["Guatemala"]
    assert "26" not in rollup
    tasks = outstanding_tasks(session=session, now=LATER, country="Guatemala")
    assert "16.a" not in [t.ref for t in tasks]
    assert "16.a" in [
        t.ref for t in outstanding_tasks(session=session, now=LATER, country="Honduras")
    ]


def test_an_item_that_comes_back_in_a_later_revision_keeps_its_marks(session: Session) -> None:
    ingest(session, san_salvador_es())
    group = by_ref(session)["26"].group_id
    confirm_participation(
        session, group_id=group, country="Panamá", confirmed=True, by="focal:pa", now=NOW
    )
    ingest(session, revised(), source="v2.txt", now=LATER)
    report = ingest(session, san_salvador_es() | {"undated": [task()]}, source="v3.txt", now=LATER)
    session.commit()
    assert "26" in [c.ref for c in report.changed]
    back = by_ref(session)["26"]
    assert (back.status, back.group_id) == (PUBLISHED, group)
    rollup = {r.event.ref: r for r in events_with_confirmations(session=session, now=LATER)}
    assert rollup["26"].confirmed == ["Panamá"]


def test_a_renumbered_item_is_matched_by_its_quote(session: Session) -> None:
    ingest(session, san_salvador_es())
    before = by_ref(session)["27"].id
    doc = san_salvador_es()
    doc["commitments"][-1]["ref"] = "29"
    report = ingest(session, doc, source="v2.txt", now=LATER)
    session.commit()
    assert report.added == [] and report.withdrawn == []
    assert [c.fields for c in report.changed] == [("ref",)]
    assert by_ref(session)["29"].id == before


def test_twins_are_one_meeting_and_linked_item_by_item(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    report = ingest(session, san_salvador_en(), source="en.txt")
    session.commit()
    assert report.outcome == "new"
    assert report.linked == 9
    assert count(session, "meeting") == 1
    assert count(session, "commitment_group") == 9
    es, en = by_ref(session, "es"), by_ref(session, "en")
    assert {ref: c.group_id for ref, c in es.items()} == {ref: c.group_id for ref, c in en.items()}


def test_twins_are_read_once_in_the_readers_language(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    session.commit()
    spanish = upcoming(session=session, now=NOW, days=120, lang="es")
    english = upcoming(session=session, now=NOW, days=120, lang="en")
    assert [c.ref for c in spanish] == [c.ref for c in english]
    assert len({c.group_id for c in spanish}) == len(spanish)
    assert {c.lang for c in spanish} == {"es"} and {c.lang for c in english} == {"en"}
    assert english[0].document.source == "en.txt"


def test_a_twin_missing_in_one_language_is_shown_in_the_other(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    english = san_salvador_en()
    english["commitments"] = [c for c in english["commitments"] if c["ref"] != "24"]
    ingest(session, english, source="en.txt")
    session.commit()
    shown = upcoming(session=session, now=NOW, days=120, lang="en")
    assert [(c.ref, c.lang) for c in shown if c.ref in ("23", "24")] == [("23", "en"), ("24", "es")]


def test_a_revised_twin_keeps_the_link(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    group = by_ref(session, "en")["16.a"].group_id
    english = san_salvador_en()
    english["commitments"][1]["quote"] += " (revised)"
    ingest(session, english, source="en-v2.txt", now=LATER)
    session.commit()
    assert by_ref(session, "en")["16.a"].group_id == group == by_ref(session, "es")["16.a"].group_id


def test_a_compilation_is_judged_item_by_item(session: Session) -> None:
    ingest(session, compilation(), source="historial.txt")
    session.commit()
    rows = session.exec(select(Commitment).order_by(Commitment.end)).all()
    assert [c.ref_date for c in rows] == [date(1996, 3, 13), date(2004, 12, 2)]
    assert len({c.group_id for c in rows}) == 2
    as_of_1997 = upcoming(session=session, now=datetime(1996, 12, 1, tzinfo=UTC), days=365)
    # The 2005 workshop was not decided yet in 1996.
    assert [c.end for c in as_of_1997] == [date(1997, 4, 30)]


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ({"end": "2017-13-45"}, "commitment 6 end: not an ISO date: '2017-13-45'"),
        ({"end": None}, "commitment 6: a dated item needs an end date"),
        ({"kind": "party"}, "commitment 6: kind must be deadline or event, not 'party'"),
        ({"quote": ""}, "commitment 6: no quote"),
        ({"who": "Guatemala"}, "commitment 6: who must be a list of names"),
        ({"start": "2017-09-01"}, "commitment 6: starts after it ends"),
    ],
)
def test_a_corrupt_document_leaves_the_database_as_it_was(
    engine: Engine, broken: dict[str, object], message: str
) -> None:
    with Session(engine) as session:
        ingest(session, san_salvador_es())
        session.commit()
        before = snapshot(session)
    doc = revised()
    doc["commitments"][-2].update(broken)
    with Session(engine) as session, pytest.raises(IngestError) as failure:
        ingest(session, doc, source="v2.txt", now=LATER)
        session.commit()
    assert str(failure.value) == message
    with Session(engine) as session:
        assert snapshot(session) == before
        assert count(session, "document") == 1


def test_a_failure_after_writing_rolls_the_whole_document_back(engine: Engine) -> None:
    with pytest.raises(RuntimeError), Session(engine) as session:
        report = ingest(session, san_salvador_es())
        assert len(report.added) == 9
        raise RuntimeError("the process died before commit")
    with Session(engine) as session:
        assert count(session, "commitment") == 0
        assert count(session, "document") == 0
        assert count(session, "meeting") == 0


INJECTIONS = [
    "'; DROP TABLE commitment; --",
    'Robert"); DELETE FROM document WHERE ("1"="1',
    "100% _fin_ \\ de 'año' ción",
]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_strings_are_stored_and_found_verbatim(session: Session, payload: str) -> None:
    doc = san_salvador_es()
    doc["commitments"][1]["quote"] = f"Texto {payload} final"
    doc["commitments"][1]["what"] = payload
    ingest(session, doc)
    session.commit()
    found = search(session=session, now=NOW, text=payload)
    assert [c.what for c in found] == [payload]
    assert found[0].quote == f"Texto {payload} final"
    assert count(session, "commitment") == 9


def test_wildcards_and_search_syntax_are_plain_punctuation(session: Session) -> None:
    doc = san_salvador_es()
    doc["commitments"][1]["what"] = "100% cumplido"
    ingest(session, doc)
    session.commit()
    assert [c.what for c in search(session=session, now=NOW, text="100%")] == ["100% cumplido"]
    assert [c.what for c in search(session=session, now=NOW, text="cumpl*")] == ["100% cumplido"]
    for syntax in ["%", "_", "*", '"', "'", "(", "^", ":", "&", "|", "!", "-", "\\"]:
        assert search(session=session, now=NOW, text=syntax) == [], syntax
    assert search(session=session, now=NOW, text='cumplido" OR "julio') == []
    assert search(session=session, now=NOW, text="cumplido & !julio | x:*") == []


def test_documents_are_kept_as_versions(session: Session) -> None:
    ingest(session, san_salvador_es(), source="v1.txt")
    ingest(session, revised(), source="v2.txt", now=LATER)
    session.commit()
    docs = session.exec(select(Document).order_by(Document.id)).all()
    assert [(d.source, d.superseded_at) for d in docs] == [("v1.txt", LATER), ("v2.txt", None)]


def test_the_same_items_under_two_documents_of_a_meeting_with_one_language_missing(
    session: Session,
) -> None:
    # An English version with no language stated falls back on the default language.
    doc = copy.deepcopy(san_salvador_es())
    doc["document"]["lang"] = None
    report = ingest(session, doc)
    assert report.lang == "es"


def test_search_follows_revisions(session: Session) -> None:
    ingest(session, san_salvador_es())
    doc = san_salvador_es()
    doc["commitments"][4]["what"] = "Taller sobre documentos de viaje"
    ingest(session, doc, source="v2.txt", now=LATER)
    session.commit()
    assert [c.ref for c in search(session=session, now=LATER, text="documentos de viaje")] == ["24"]
    assert search(session=session, now=LATER, text="integridad del pasaporte") != []
    doc["commitments"][4]["quote"] = "El taller se celebrará del 17 al 18 de julio de 2017."
    ingest(session, doc, source="v3.txt", now=LATER)
    session.commit()
    assert search(session=session, now=LATER, text="integridad del pasaporte") == []


def test_spans_and_reaches_follow_the_dates(session: Session) -> None:
    ingest(session, san_salvador_es())
    session.commit()
    items = by_ref(session)
    # 16.c runs 18-22 September; the meeting that set it was read from 20 June.
    assert (items["16.c"].span_days, items["16.c"].reach_days) == (4, 94)
    assert (items["16.a"].span_days, items["16.a"].reach_days) == (0, 25)
    ingest(session, revised(), source="v2.txt", now=LATER)
    session.commit()
    assert by_ref(session)["16.a"].reach_days == 30
