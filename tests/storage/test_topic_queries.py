"""Topics: stored by ingestion like `who`, and followed by readers besides their country."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from factories import (
    CHILDREN,
    CONSULAR,
    NOW,
    count,
    ingest,
    san_salvador_en,
    san_salvador_es,
    tagged,
)
from sqlmodel import Session, col, select

from storage.ingest import IngestError
from storage.models import Commitment, CommitmentTopic
from storage.queries import (
    events_with_confirmations,
    items_between,
    items_by_month,
    known_topics,
    next_due,
    outstanding_tasks,
    upcoming,
)

LATER = datetime(2017, 7, 1, 9, 0, tzinfo=UTC)


def refs(items: list[Commitment]) -> list[str | None]:
    return [c.ref for c in items]


def topic_rows(session: Session, ref: str, lang: str = "es") -> list[str]:
    query = (
        select(CommitmentTopic.topic)
        .join(Commitment, col(Commitment.id) == CommitmentTopic.commitment_id)
        .where(Commitment.ref == ref, Commitment.lang == lang)
        .order_by(col(CommitmentTopic.topic))
    )
    return list(session.exec(query).all())


def stored(session: Session, ref: str, lang: str = "es") -> Commitment:
    query = select(Commitment).where(Commitment.ref == ref, Commitment.lang == lang)
    return session.exec(query).one()


def test_new_items_keep_their_topics_and_older_extractions_have_none(session: Session) -> None:
    doc = tagged(san_salvador_es())
    doc["commitments"][2]["topics"] = [CONSULAR, " Red de Protección Consular ", CHILDREN]
    del doc["commitments"][1]["topics"]  # an extraction from before items carried topics
    ingest(session, doc)
    session.commit()
    assert stored(session, "16.c").topics == [CONSULAR, CHILDREN]
    assert topic_rows(session, "16.c") == [CONSULAR, CHILDREN]
    assert stored(session, "16.a").topics == []
    assert stored(session, "20").topics == [CONSULAR]  # an open task
    assert count(session, "commitment_topic") == 5


def test_an_extraction_with_malformed_topics_is_refused(session: Session) -> None:
    doc = san_salvador_es()
    doc["commitments"][0]["topics"] = "Red de Protección Consular"
    with pytest.raises(IngestError, match="commitment 1: topics must be a list of names"):
        ingest(session, doc)


def test_a_revision_that_changes_topics_reports_and_rewrites_them(session: Session) -> None:
    ingest(session, tagged(san_salvador_es()))
    session.commit()
    doc = tagged(san_salvador_es())
    items = {c["ref"]: c for c in doc["commitments"]}
    items["16.a"]["topics"] = [CHILDREN]
    items["24"]["topics"] = []
    report = ingest(session, doc, source="v2.txt", now=LATER)
    session.commit()
    assert sorted((c.ref, c.fields) for c in report.changed) == [
        ("16.a", ("topics",)),
        ("24", ("topics",)),
    ]
    assert report.unchanged == 7
    assert topic_rows(session, "16.a") == [CHILDREN]
    assert topic_rows(session, "24") == []
    children = upcoming(session=session, now=LATER, days=120, country="Belice", topics=[CHILDREN])
    assert "16.a" in refs(children) and "27" in refs(children)
    consular = upcoming(session=session, now=LATER, days=120, topics=[CONSULAR])
    assert refs(consular) == ["16.c"]


def test_twins_carry_their_own_topics_and_readers_of_each_language_find_them(
    session: Session,
) -> None:
    ingest(session, tagged(san_salvador_es()), source="es.txt")
    english = tagged(san_salvador_en())
    report = ingest(session, english, source="en.txt")
    session.commit()
    assert report.linked == 9
    assert topic_rows(session, "27", "en") == [CHILDREN]
    found = upcoming(session=session, now=NOW, days=120, lang="en", topics=[CONSULAR])
    assert [(c.ref, c.lang) for c in found] == [("24", "en"), ("16.c", "en")]
    # An English version that lost the topic is read without it; the Spanish one keeps it.
    english["commitments"][2]["topics"] = []
    ingest(session, english, source="en-v2.txt", now=LATER)
    session.commit()
    assert refs(upcoming(session=session, now=LATER, days=120, lang="en", topics=[CONSULAR])) == [
        "24"
    ]
    assert refs(upcoming(session=session, now=LATER, days=120, topics=[CONSULAR])) == ["24", "16.c"]


def test_every_query_finds_an_item_by_topic_for_a_reader_of_another_country(
    session: Session,
) -> None:
    ingest(session, tagged(san_salvador_es()))
    session.commit()
    # Honduras is named by none of 16.c (PPT, OIM), 27 (Guatemala) or task 20 (Estados Unidos,
    # OIM); it is one of the "Países Miembros" the others name.
    honduras = {"country": "Honduras"}
    following = {"country": "Honduras", "topics": [CONSULAR]}
    assert refs(upcoming(session=session, now=NOW, days=120, **honduras)) == [
        "23",
        "16.a",
        "24",
        "26",
    ]
    assert refs(upcoming(session=session, now=NOW, days=120, **following)) == [
        "23",
        "16.a",
        "24",
        "26",
        "16.c",
    ]
    assert refs(next_due(session=session, now=NOW, limit=10, **following)) == [
        "23",
        "16.a",
        "24",
        "26",
        "16.c",
    ]
    assert "27" not in refs(next_due(session=session, now=NOW, limit=10, **following))
    assert refs(items_by_month(session=session, now=NOW, year=2017, month=9, **following)) == [
        "16.c"
    ]
    assert items_by_month(session=session, now=NOW, year=2017, month=9, **honduras) == []
    assert refs(outstanding_tasks(session=session, now=NOW, **following)) == ["16.a", "2.a", "20"]
    assert refs(outstanding_tasks(session=session, now=NOW, **honduras)) == ["16.a", "2.a"]
    events = events_with_confirmations(session=session, now=NOW, **following)
    assert refs([r.event for r in events]) == ["23", "24", "26", "16.c"]
    events = events_with_confirmations(session=session, now=NOW, topics=[CONSULAR])
    assert refs([r.event for r in events]) == ["24", "16.c"]
    assert len(events_with_confirmations(session=session, now=NOW)) == 5
    between = items_between(
        session=session,
        now=NOW,
        first=NOW.date(),
        last=datetime(2017, 12, 31, tzinfo=UTC).date(),
        country="Honduras",
        topics=[CHILDREN],
    )
    assert refs(between) == ["23", "16.a", "24", "26", "27"]


def test_topics_alone_filter_and_unknown_topics_find_nothing(session: Session) -> None:
    ingest(session, tagged(san_salvador_es()))
    session.commit()
    assert refs(upcoming(session=session, now=NOW, days=120, topics=[CHILDREN])) == ["27"]
    both = upcoming(session=session, now=NOW, days=120, topics=[CHILDREN, CONSULAR, CONSULAR])
    assert refs(both) == ["24", "27", "16.c"]
    assert upcoming(session=session, now=NOW, days=120, topics=["Red inexistente"]) == []
    # No filter at all without country or topics; an empty topic is no topic.
    assert len(upcoming(session=session, now=NOW, days=120, topics=[""])) == 6
    assert refs(outstanding_tasks(session=session, now=NOW, country="OIM", topics=[CHILDREN])) == [
        "27",
        "20",
    ]


def test_known_topics_count_readable_published_items_once_per_twin(session: Session) -> None:
    ingest(session, tagged(san_salvador_es()), source="es.txt")
    ingest(session, tagged(san_salvador_en()), source="en.txt")
    session.commit()
    assert known_topics(session=session, now=NOW) == [(CONSULAR, 3), (CHILDREN, 1)]
    # Not before the meeting was held.
    assert known_topics(session=session, now=datetime(2017, 6, 1, tzinfo=UTC)) == []
    # Drafts and withdrawn items are nobody's topics yet.
    doc = tagged(san_salvador_es())
    doc["commitments"] = [c for c in doc["commitments"] if c["ref"] != "27"]
    ingest(session, doc, source="es-v2.txt", now=LATER, publish=False)
    english = tagged(san_salvador_en())
    english["commitments"] = [c for c in english["commitments"] if c["ref"] != "27"]
    ingest(session, english, source="en-v2.txt", now=LATER, publish=False)
    session.commit()
    assert known_topics(session=session, now=LATER) == [(CONSULAR, 3)]
