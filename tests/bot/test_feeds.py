"""The calendar feed over real HTTP: served while the bot runs, ETag / Last-Modified / 304, a bare
404 for an unknown or revoked token, and a feed that follows the chat's settings."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import httpx
import icalendar
import pytest
import recurring_ical_events
from fakes.bot_harness import ROOMY, BotHarness, settings_for, started
from fakes.clock import FakeClock
from fakes.telegram_api import FakeTelegram, User
from sqlmodel import Session

from bot.app import build_application, post_init, post_shutdown
from bot.web import WebServer
from storage.db import make_engine
from storage.subscribers import update_chat


@pytest.fixture
async def served(
    store: Path, clock: FakeClock, fake_telegram_factory: Callable[..., FakeTelegram]
) -> AsyncIterator[BotHarness]:
    """The bot with its feed server on a free port of 127.0.0.1."""
    telegram = fake_telegram_factory(limits=ROOMY)
    settings = settings_for(store, telegram, crmbot_http_port=0)
    async with started(settings, telegram, clock) as bot:
        yield bot


def server_of(harness: BotHarness) -> WebServer:
    server = harness.application.bot_data["web_server"]
    assert isinstance(server, WebServer) and server.port
    return server


async def feed_link(harness: BotHarness, user: User | None = None) -> str:
    """Ask /ics in a private chat; return the http(s) link it gives."""
    user = user or harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(user, "/ics")
    text = harness.last(user).text
    link = next(line for line in text.splitlines() if line.startswith("http://"))
    webcal = next(line for line in text.splitlines() if line.startswith("webcal://"))
    assert webcal == "webcal://" + link.removeprefix("http://")
    return link


async def test_the_feed_is_served_with_etag_and_last_modified(served: BotHarness) -> None:
    link = await feed_link(served)
    assert f"127.0.0.1:{server_of(served).port}/ics/" in link
    async with httpx.AsyncClient() as client:
        first = await client.get(link)
        assert first.status_code == 200
        assert first.headers["content-type"].startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(first.content)
        events = list(calendar.walk("VEVENT"))
        assert events
        assert recurring_ical_events.of(calendar).count() == len(events)
        etag, modified = first.headers["etag"], first.headers["last-modified"]

        again = await client.get(link)
        assert again.content == first.content and again.headers["etag"] == etag

        unchanged = await client.get(link, headers={"If-None-Match": etag})
        assert unchanged.status_code == 304 and unchanged.content == b""
        assert unchanged.headers["etag"] == etag
        since = await client.get(link, headers={"If-Modified-Since": modified})
        assert since.status_code == 304
        earlier = parsedate_to_datetime(modified) - timedelta(seconds=1)
        older = await client.get(
            link, headers={"If-Modified-Since": format_datetime(earlier, usegmt=True)}
        )
        assert older.status_code == 200
        stale = await client.get(link, headers={"If-None-Match": '"something-else"'})
        assert stale.status_code == 200 and stale.content == first.content


async def test_the_feed_follows_the_chats_settings(served: BotHarness) -> None:
    link = await feed_link(served)
    async with httpx.AsyncClient() as client:
        everyone = await client.get(link)
        with Session(served.engine) as session:
            update_chat(session, chat_id=1001, now=served.application.bot_data[
                "services"].clock.now(), country="Guatemala", lang="en")  # fmt: skip
            session.commit()
        guatemala = await client.get(link, headers={"If-None-Match": everyone.headers["etag"]})
        assert guatemala.status_code == 200, "the calendar changed, so the old ETag is stale"
        calendar = icalendar.Calendar.from_ical(guatemala.content)
        assert str(calendar["X-WR-CALNAME"]) == "RCM: Guatemala"
        assert len(list(calendar.walk("VEVENT"))) < len(
            list(icalendar.Calendar.from_ical(everyone.content).walk("VEVENT"))
        )


async def test_an_unknown_or_revoked_token_gets_a_bare_404(served: BotHarness) -> None:
    ana = served.telegram.user(1001, "Ana", language_code="es")
    link = await feed_link(served, ana)
    base = link.split("/ics/")[0]
    async with httpx.AsyncClient() as client:
        unknown = await client.get(f"{base}/ics/not-a-token.ics")
        assert unknown.status_code == 404 and unknown.content == b""
        assert (await client.get(f"{base}/ics/")).status_code == 404
        assert (await client.get(link)).status_code == 200
        await served.say(ana, "/ics reset")
        revoked = await client.get(link)
        assert revoked.status_code == 404 and revoked.content == b""
        assert "etag" not in revoked.headers
        fresh = await feed_link(served, ana)
        assert fresh != link and (await client.get(fresh)).status_code == 200


async def test_the_server_stops_with_the_bot(
    store: Path, clock: FakeClock, fake_telegram_factory: Callable[..., FakeTelegram]
) -> None:
    telegram = fake_telegram_factory(limits=ROOMY)
    settings = settings_for(store, telegram, crmbot_http_port=0)
    engine = make_engine(settings.effective_database_url())
    application = build_application(settings, clock=clock, engine=engine, token=telegram.token)
    await application.initialize()
    await post_init(application)
    port = application.bot_data["web_server"].port
    async with httpx.AsyncClient() as client:
        assert (await client.get(f"http://127.0.0.1:{port}/ics/x.ics")).status_code == 404
        await application.shutdown()
        await post_shutdown(application)
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{port}/ics/x.ics")
