"""Calendars over the store: feed tokens, withdrawn items, and UIDs that survive re-ingests,
revisions and the other language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import recurring_ical_events
from factories import NOW, ingest, item, san_salvador_en, san_salvador_es
from sqlmodel import Session

from bot.calendar import Scope, build_calendar, gather, sequence_at
from bot.catalog import load_catalog
from bot.feeds import render_feed
from storage.calendars import feed_for, live_feed, open_feed, revoke_feeds, withdrawn_between
from storage.models import CalendarFeed

LATER = datetime(2017, 7, 1, 9, 0, tzinfo=UTC)


def events(session: Session, lang: str = "es", now: datetime = NOW) -> dict[str, icalendar.Event]:
    """Build the calendar everyone sees, parse it with both parsers, return events by UID."""
    scope = Scope(lang=lang, timezone="America/Mexico_City", country=None)
    gathered = gather(session, scope, now)
    body = build_calendar(
        gathered.items,
        cancelled=gathered.cancelled,
        catalog=load_catalog(session),
        lang=lang,
        lead_days=None,
        name="CRM",
    )
    calendar = icalendar.Calendar.from_ical(body)
    parsed = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    occurrences = recurring_ical_events.of(calendar).between(
        now - timedelta(days=60), now + timedelta(days=800)
    )
    assert {str(e["UID"]) for e in occurrences} == set(parsed)
    return parsed


def revised() -> dict[str, object]:
    """San Salvador v2: 16.a moved to 20 July, 16.c gone."""
    doc = san_salvador_es()
    items = {c["ref"]: c for c in doc["commitments"]}
    items["16.a"].update(end="2017-07-20", date_text="a más tardar el 20 de julio")
    del items["16.c"]
    doc["commitments"] = list(items.values())
    return doc


def test_uids_survive_a_reingest_a_revision_and_the_other_language(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    session.commit()
    spanish, english = events(session, "es"), events(session, "en")
    assert spanish and set(spanish) == set(english)
    assert all(uid.endswith("@crmbot.crm-rcm.org") for uid in spanish)

    ingest(session, san_salvador_es(), source="es-again.txt")
    session.commit()
    assert events(session) == spanish, "a re-ingest changes nothing, not even SEQUENCE"

    by_date = {str(e["SUMMARY"]): uid for uid, e in spanish.items()}
    moved = next(
        uid for s, uid in by_date.items() if "mujer migrante" in s and s.startswith("Plazo")
    )
    ingest(session, revised(), source="es-v2.txt", now=LATER)
    ingest(session, san_salvador_en(), source="en.txt", now=LATER)
    session.commit()
    after = events(session, "es", now=LATER)
    assert set(after) == set(spanish), "the revision keeps every UID, the withdrawn one included"
    assert after[moved]["DTSTART"].dt.isoformat() == "2017-07-20"
    assert int(after[moved]["SEQUENCE"]) > int(spanish[moved]["SEQUENCE"])
    unchanged = [uid for uid in spanish if uid != moved and after[uid]["STATUS"] != "CANCELLED"]
    assert unchanged
    assert all(after[u]["SEQUENCE"] == spanish[u]["SEQUENCE"] for u in unchanged)


def test_a_withdrawn_item_is_cancelled_only_while_no_version_stands(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, revised(), source="es-v2.txt", now=LATER)
    session.commit()
    gone = withdrawn_between(
        session=session, now=LATER, first=NOW.date(), last=NOW.date() + timedelta(days=400)
    )
    assert [i.ref for i in gone] == ["16.c"]
    calendar = events(session, now=LATER)
    cancelled = [e for e in calendar.values() if e["STATUS"] == "CANCELLED"]
    assert len(cancelled) == 1 and "retirado" in str(cancelled[0]["SUMMARY"])
    assert not cancelled[0].walk("VALARM"), "a cancelled item rings no alarm"
    # The item comes back in a third version: published again, no longer cancelled.
    third = san_salvador_es()
    third["commitments"][0]["what"] = "Taller de seguimiento"
    ingest(session, third, source="es-v3.txt", now=LATER + timedelta(days=1))
    session.commit()
    assert not withdrawn_between(
        session=session, now=LATER, first=NOW.date(), last=NOW.date() + timedelta(days=400)
    )


def test_a_withdrawn_members_only_item_stays_out_for_the_public(session: Session) -> None:
    doc = {
        "document": san_salvador_es()["document"],
        "commitments": [item(ref="1"), item(ref="2", end="2017-08-01")],
    }
    from storage.ingest import ingest_extraction
    from storage.text import content_hash

    ingest_extraction(session, extraction=doc, source="m.txt", content_hash=content_hash("m1"), now=NOW,
                      publish=True, members_only=True)  # fmt: skip
    doc["commitments"] = doc["commitments"][:1]
    ingest_extraction(session, extraction=doc, source="m2.txt", content_hash=content_hash("m2"), now=LATER,
                      publish=True, members_only=True)  # fmt: skip
    session.commit()
    first, last = NOW.date(), NOW.date() + timedelta(days=100)
    assert not withdrawn_between(session=session, now=LATER, first=first, last=last)
    assert [
        i.ref
        for i in withdrawn_between(session=session, now=LATER, first=first, last=last, members=True)
    ] == ["2"]


def test_a_feed_token_lasts_until_revoked(session: Session) -> None:
    token = feed_for(session, chat_id=7, now=NOW)
    assert feed_for(session, chat_id=7, now=NOW) == token, "asking again gives the same link"
    country = feed_for(session, chat_id=7, now=NOW, country="Panamá")
    assert country != token
    other = feed_for(session, chat_id=8, now=NOW)
    session.commit()
    found = live_feed(session, token=token)
    assert found is not None and found.chat_id == 7 and found.country is None
    assert live_feed(session, token="not-a-token") is None
    assert revoke_feeds(session, chat_id=7, now=LATER) == 2
    session.commit()
    assert live_feed(session, token=token) is None and live_feed(session, token=country) is None
    assert live_feed(session, token=other) is not None
    fresh = feed_for(session, chat_id=7, now=LATER)
    assert fresh not in (token, country) and len(fresh) >= 32


# -- SEQUENCE: never lower, higher whenever an event's text changes -----------------------------


def rendered(
    session: Session,
    feed: CalendarFeed,
    *,
    lang: str,
    now: datetime,
    lead_days: tuple[int, ...] | None = None,
) -> dict[str, tuple[int, bytes]]:
    """Render a feed's calendar; return each event's SEQUENCE and its text without the moments."""
    scope = Scope(lang=lang, timezone="America/Mexico_City", country=None, lead_days=lead_days)
    served = render_feed(session, feed, scope, load_catalog(session), now)
    session.commit()
    out = {}
    for event in icalendar.Calendar.from_ical(served.body).walk("VEVENT"):
        lines = event.to_ical().splitlines()
        text = b"\n".join(
            line for line in lines if not line.startswith((b"SEQUENCE", b"DTSTAMP", b"LAST-MOD"))
        )
        out[str(event["UID"])] = (int(event["SEQUENCE"]), text)
    return out


def assert_honest(before: dict[str, tuple[int, bytes]], after: dict[str, tuple[int, bytes]]) -> int:
    """Check that no SEQUENCE went down and that each changed event's went up; count those."""
    changed = 0
    for uid in before.keys() & after.keys():
        (was, old), (now, new) = before[uid], after[uid]
        assert now >= was, f"{uid}: SEQUENCE went down from {was} to {now}"
        if new != old:
            assert now > was, f"{uid}: its text changed but SEQUENCE stayed at {was}"
            changed += 1
    return changed


def test_switching_language_after_a_revision_never_lowers_sequence(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    feed = open_feed(session, chat_id=7, now=NOW)
    spanish = rendered(session, feed, lang="es", now=NOW)
    # The Spanish document is revised: its 16.a changed later than its English twin.
    ingest(session, revised(), source="es-v2.txt", now=LATER)
    session.commit()
    revised_es = rendered(session, feed, lang="es", now=LATER)
    assert assert_honest(spanish, revised_es) >= 1
    # The reader switches to English: every event's text changes, the older twin's too.
    english = rendered(session, feed, lang="en", now=LATER + timedelta(hours=1))
    assert assert_honest(revised_es, english) == len(english.keys() & revised_es.keys())
    back = rendered(session, feed, lang="es", now=LATER + timedelta(hours=2))
    assert assert_honest(english, back) == len(back.keys() & english.keys())
    # Asked again with nothing changed: the very same SEQUENCEs, nothing for calendars to redo.
    assert rendered(session, feed, lang="es", now=LATER + timedelta(hours=3)) == back


def test_a_reader_shown_the_other_language_after_a_withdrawal_gets_a_higher_sequence(
    session: Session,
) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    ingest(session, san_salvador_en(), source="en.txt")
    feed = open_feed(session, chat_id=7, now=NOW)
    before = rendered(session, feed, lang="en", now=NOW)
    # The English revision drops 16.a; the Spanish version still stands and English readers
    # are now shown it (written at NOW, before the withdrawal).
    english = san_salvador_en()
    english["commitments"] = [c for c in english["commitments"] if c["ref"] != "16.a"]
    ingest(session, english, source="en-v2.txt", now=LATER)
    session.commit()
    after = rendered(session, feed, lang="en", now=LATER)
    moved = [uid for uid in before.keys() & after.keys() if before[uid][1] != after[uid][1]]
    assert len(moved) == 1 and b"mujer migrante" in after[moved[0]][1]
    assert assert_honest(before, after) == 1


def test_an_item_withdrawn_then_back_unchanged_is_not_left_cancelled(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    feed = open_feed(session, chat_id=7, now=NOW)
    first = rendered(session, feed, lang="es", now=NOW)
    ingest(session, revised(), source="es-v2.txt", now=LATER)
    session.commit()
    withdrawn = rendered(session, feed, lang="es", now=LATER)
    assert sum(b"STATUS:CANCELLED" in text for _, text in withdrawn.values()) == 1
    assert_honest(first, withdrawn)
    # A third version states 16.c again word for word: it is published, no longer cancelled.
    third = san_salvador_es()
    third["commitments"][0]["what"] = "Taller de seguimiento"
    ingest(session, third, source="es-v3.txt", now=LATER + timedelta(minutes=1))
    session.commit()
    back = rendered(session, feed, lang="es", now=LATER + timedelta(minutes=1))
    assert not any(b"STATUS:CANCELLED" in text for _, text in back.values())
    assert assert_honest(withdrawn, back) >= 2


def test_other_lead_times_raise_the_feeds_revision_once(session: Session) -> None:
    ingest(session, san_salvador_es(), source="es.txt")
    feed = open_feed(session, chat_id=7, now=NOW)
    default = rendered(session, feed, lang="es", now=NOW)
    assert feed.revision == 0
    weekly = rendered(session, feed, lang="es", now=LATER, lead_days=(7,))
    assert assert_honest(default, weekly) == len(default)
    assert feed.revision == sequence_at(LATER)
    assert rendered(session, feed, lang="es", now=LATER + timedelta(days=1), lead_days=(7,)) == (
        weekly
    )
    assert feed.revision == sequence_at(LATER)
