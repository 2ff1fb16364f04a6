"""Calendars in the chat and on the command line: /ics, "add to calendar" links, /timeline, and
`crmbot export` / `crmbot timeline`, on the sample documents, parsed by two iCalendar parsers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from fakes.bot_harness import BotHarness
from fakes.telegram_api import User
from sqlmodel import Session

from bot.calendar import Scope
from bot.cli import main
from bot.timeline import draw_timeline, timeline_items
from storage.calendars import live_feed
from storage.db import make_engine
from storage.ingest import ingest_extraction
from storage.models import ADMIN
from storage.subscribers import ensure_chat, grant_role, update_chat
from storage.text import content_hash

NOW = datetime(2017, 6, 23, 15, 0, tzinfo=ZoneInfo("UTC"))
PNG = b"\x89PNG\r\n\x1a\n"


def parse(body: bytes) -> tuple[icalendar.Calendar, list[icalendar.Event]]:
    """Parse a calendar with icalendar, check the second parser agrees, return its events."""
    calendar = icalendar.Calendar.from_ical(body)
    events = list(calendar.walk("VEVENT"))
    seen = recurring_ical_events.of(calendar).between(date(2016, 1, 1), date(2020, 1, 1))
    assert sorted(str(e["UID"]) for e in seen) == sorted(str(e["UID"]) for e in events)
    return calendar, events


def document_of(harness: BotHarness, chat: object) -> bytes:
    sent = [m for m in harness.replies(chat) if m.document is not None]
    assert sent, "the bot sent no document"
    document = sent[-1].document
    assert document is not None and document.file_name == "crm.ics"
    return harness.telegram.file_content(document.file_id)


def settle(harness: BotHarness, user: User, **settings: object) -> None:
    """Store a private chat's settings directly (onboarding has its own tests)."""
    with Session(harness.engine) as session:
        ensure_chat(session, chat_id=user.id, now=NOW, lang="es", timezone="America/Guatemala")
        update_chat(session, chat_id=user.id, now=NOW, **settings)  # type: ignore[arg-type]
        session.commit()


def by_summary(events: list[icalendar.Event], words: str) -> icalendar.Event:
    found = [e for e in events if words in str(e["SUMMARY"])]
    assert len(found) == 1, [str(e["SUMMARY"]) for e in events]
    return found[0]


def triggers(event: icalendar.Event) -> list[timedelta]:
    return sorted((a["TRIGGER"].dt for a in event.walk("VALARM")), reverse=True)


async def test_ics_gives_a_guatemala_delegate_the_2017_items_with_alarms(
    harness: BotHarness,
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    settle(harness, ana, country="Guatemala", timezone="America/Guatemala")
    await harness.say(ana, "/ics")
    calendar, events = parse(document_of(harness, ana))
    assert str(calendar["X-WR-CALNAME"]) == "CRM: Guatemala"
    in_2017 = [e for e in events if e["DTSTART"].dt.year == 2017]
    assert len(in_2017) >= 3
    # One-day items are all-day: DTSTART a date, DTEND the day after (exclusive).
    deadline = by_summary(events, "mujer migrante")
    assert deadline["DTSTART"].dt == date(2017, 7, 15) and deadline["DTEND"].dt == date(2017, 7, 16)
    assert not isinstance(deadline["DTSTART"].dt, datetime)
    assert deadline["STATUS"] == "CONFIRMED"
    description = str(deadline["DESCRIPTION"])
    assert "Fecha: 15 de julio de 2017" in description and "Quién: " in description
    assert "Fuente: GRCM, San Salvador" in description and "párr." in description
    assert "«Que los Países Miembros remitan" in description
    # The policy's default lead times, each at 09:00: 14, 7, 1 days before and the day itself.
    hours9 = timedelta(hours=9)
    assert triggers(deadline) == [hours9 - timedelta(days=d) for d in (0, 1, 7, 14)]
    event = by_summary(events, "IV Reunión")
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (date(2017, 7, 6), date(2017, 7, 8))
    assert triggers(event) == [hours9 - timedelta(days=d) for d in (1, 3, 14)]
    assert "Ciudad de México" in str(event["LOCATION"])
    # A window spans its days and says it is approximate.
    window = [e for e in events if "fecha aproximada" in str(e["SUMMARY"])]
    assert window and all((e["DTEND"].dt - e["DTSTART"].dt).days > 1 for e in window)
    assert {str(e["STATUS"]) for e in window} == {"TENTATIVE"}

    links = harness.last(ana).text
    assert "webcal://127.0.0.1:" in links and "http://127.0.0.1:" in links
    token = links.split("/ics/")[1].split(".ics")[0]
    with Session(harness.engine) as session:
        feed = live_feed(session, token=token)
        assert feed is not None and feed.chat_id == ana.id


async def test_alarms_follow_the_readers_own_lead_times_in_english(harness: BotHarness) -> None:
    john = harness.telegram.user(1002, "John", language_code="en")
    settle(harness, john, lang="en", country="Guatemala", lead_days=[10, 2])
    await harness.say(john, "/ics")
    _, events = parse(document_of(harness, john))
    for event in events:
        assert triggers(event)[0] == timedelta(hours=9) - timedelta(days=2) + _to_target(event)
        assert len(triggers(event)) == 2
    deadline = by_summary(events, "mujer migrante")
    assert str(deadline["SUMMARY"]).startswith("Deadline: ")
    assert "Date: July 15, 2017" in str(deadline["DESCRIPTION"])


def _to_target(event: icalendar.Event) -> timedelta:
    """Deadlines count to their last day, events to their first."""
    if str(event["CATEGORIES"].cats[0]) == "Deadline":
        return event["DTEND"].dt - event["DTSTART"].dt - timedelta(days=1)
    return timedelta(0)


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "America/Toronto"])
async def test_an_all_day_item_falls_on_its_day_west_of_utc(harness: BotHarness, zone: str) -> None:
    user = harness.telegram.user(1003, "Lee", language_code="en")
    settle(harness, user, lang="en", timezone=zone, country="Guatemala")
    await harness.say(user, "/ics")
    calendar, _ = parse(document_of(harness, user))
    tz = ZoneInfo(zone)

    def on(day: date) -> list[str]:
        start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
        found = recurring_ical_events.of(calendar).between(start, start + timedelta(days=1))
        return [str(e["SUMMARY"]) for e in found]

    assert any("mujer migrante" in s for s in on(date(2017, 7, 15)))
    assert not any("mujer migrante" in s for s in on(date(2017, 7, 14)))
    assert not any("mujer migrante" in s for s in on(date(2017, 7, 16)))


async def test_members_only_items_stay_out_of_a_groups_calendar(harness: BotHarness) -> None:
    extraction = {
        "document": {"title": "Reunión reservada", "lang": "es", "body": "GRCM",
                     "place": "Panamá", "start": "2017-06-20", "end": "2017-06-21"},
        "commitments": [{
            "kind": "deadline", "date_text": "antes del 9 de agosto", "start": None,
            "end": "2017-08-09", "precision": "day", "ref": "1", "who": ["Guatemala"],
            "what": "Enviar el informe reservado", "where": None, "confirm": False,
            "quote": "Guatemala enviará el informe reservado antes del 9 de agosto.",
            "ref_date": "2017-06-21",
        }],
    }  # fmt: skip
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    with Session(harness.engine) as session:
        ingest_extraction(session, extraction=extraction, source="reservado.txt",
                          content_hash=content_hash("reservado"), now=NOW, publish=True,
                          members_only=True)  # fmt: skip
        grant_role(session, user_id=ana.id, role=ADMIN, now=NOW, granted_by="test")
        session.commit()
    settle(harness, ana, country="Guatemala")
    group = harness.telegram.group(-2001, "Delegación de Guatemala", members=[ana])
    await harness.say(ana, "/ics", chat=group)
    _, events = parse(document_of(harness, group))
    assert events and not [e for e in events if "reservado" in str(e["SUMMARY"])]
    await harness.say(ana, "/ics")
    _, events = parse(document_of(harness, ana))
    assert [e for e in events if "reservado" in str(e["SUMMARY"])]


async def test_a_country_calendar_is_for_the_secretariat(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/ics country Panamá")
    assert "Solo la Secretaría" in harness.last(ana).text
    with Session(harness.engine) as session:
        grant_role(session, user_id=ana.id, role=ADMIN, now=NOW, granted_by="test")
        session.commit()
    await harness.say(ana, "/ics country Narnia")
    assert "No conozco ese país" in harness.last(ana).text
    await harness.say(ana, "/ics country Panamá")
    calendar, events = parse(document_of(harness, ana))
    assert str(calendar["X-WR-CALNAME"]) == "CRM: Panamá" and events


async def test_ics_reset_revokes_the_links(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/ics")
    token = harness.last(ana).text.split("/ics/")[1].split(".ics")[0]
    await harness.say(ana, "/ics reset")
    assert "anulados (1)" in harness.last(ana).text
    with Session(harness.engine) as session:
        assert live_feed(session, token=token) is None
    await harness.say(ana, "/ics")
    assert token not in harness.last(ana).text


async def test_an_items_detail_links_to_google_calendar_and_outlook(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    settle(harness, ana, country="Guatemala")
    await harness.say(ana, "/next")
    listing = harness.last(ana)
    await harness.press(ana, listing, "1")
    detail = harness.last(ana)
    links = [e for e in detail.entities if e.get("type") == "text_link"]
    urls = {urlsplit(e["url"]).netloc: parse_qs(urlsplit(e["url"]).query) for e in links}
    google = urls["calendar.google.com"]
    outlook = urls["outlook.live.com"]
    assert google["action"] == ["TEMPLATE"]
    first, after = google["dates"][0].split("/")
    assert (outlook["startdt"][0], outlook["enddt"][0]) == (
        f"{first[:4]}-{first[4:6]}-{first[6:]}",
        f"{after[:4]}-{after[4:6]}-{after[6:]}",
    )
    assert outlook["allday"] == ["true"] and google["text"] == outlook["subject"]


async def test_timeline_sends_a_png(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    settle(harness, ana, country="Guatemala")
    await harness.say(ana, "/timeline")
    sent = harness.last(ana)
    assert sent.photo is not None
    assert harness.telegram.file_content(sent.photo.file_id).startswith(PNG)
    assert "plazos" in (sent.text or "")


def test_export_and_timeline_from_the_command_line(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{store}")
    monkeypatch.setenv("CRMBOT_NOW", "2017-06-23T09:00:00-06:00")
    out = tmp_path / "gt.ics"
    assert main(["export", "--ics", str(out), "--country", "Guatemala"]) == 0
    _, events = parse(out.read_bytes())
    assert len([e for e in events if e["DTSTART"].dt.year == 2017]) >= 3
    everyone = tmp_path / "all.ics"
    assert main(["export", "--ics", str(everyone), "--lang", "en"]) == 0
    assert len(parse(everyone.read_bytes())[1]) >= len(events)
    assert main(["export", "--ics", str(out), "--country", "Narnia"]) == 1
    picture = tmp_path / "timeline.png"
    assert main(["timeline", "--country", "Guatemala", "--months", "8", "--out", str(picture)]) == 0
    assert picture.read_bytes().startswith(PNG)


def test_the_timelines_labels_never_overlap(store: Path) -> None:
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        scope = Scope(lang="es", timezone="America/Mexico_City", country=None)
        items = timeline_items(session, scope, NOW, 24)
        figure = draw_timeline(items, lang="es", today=NOW.date(), months=24, title="CRM")
    engine.dispose()
    assert len(items) >= 8
    canvas = figure.canvas
    canvas.draw()
    renderer = canvas.get_renderer()  # type: ignore[attr-defined]
    axes = figure.axes[0]
    for labels in (axes.get_xticklabels(), axes.get_yticklabels()):
        boxes = [label.get_window_extent(renderer) for label in labels if label.get_text()]
        assert len(boxes) >= 8
        for i, box in enumerate(boxes):
            assert not any(box.overlaps(other) for other in boxes[i + 1 :])
    # Every label stays inside the picture.
    picture = figure.bbox
    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        box = label.get_window_extent(renderer)
        assert picture.x0 <= box.x0 and box.x1 <= picture.x1
