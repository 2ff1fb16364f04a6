"""/ics and the calendar feeds: the calendar as a file in the chat, and as a link kept current.

`/ics` sends the chat's calendar (its country and followed topics) and its secret feed link;
`/ics reset` revokes the links given so far; `/ics country Panamá` is a country's calendar, for
the secretariat. `crmbot run` serves the feeds over HTTP (`serve_feed`, on the server of
`bot.web`): the same calendar for whoever holds a live token, with ETag and Last-Modified so
calendar apps ask cheaply, and a bare 404 for a token that is unknown or revoked.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING

from aiohttp import web
from sqlmodel import Session
from telegram import Update

from bot.calendar import Gathered, Scope, build_calendar, gather, moment_of, rendering, sequence_at
from bot.catalog import Catalog
from bot.formatting import escape
from bot.i18n import say
from bot.questions import may_read_members_only
from bot.replies import send
from bot.roles import find_country
from bot.services import Context, Reader, Services, reader_from, reader_of
from bot.settings import Settings
from storage.calendars import live_feed, open_feed, revise_feed, revoke_feeds
from storage.models import CalendarFeed
from storage.roles import is_admin
from storage.subscribers import get_chat, topics_of

if TYPE_CHECKING:
    from bot.web import WebServer

log = logging.getLogger(__name__)

FILENAME = "crm.ics"
RESET_WORDS = ("reset", "anular", "revocar")
COUNTRY_WORDS = ("country", "pais", "país")


@dataclass(frozen=True)
class Served:
    """A calendar ready to send: the file, how many items it holds, when it last changed."""

    body: bytes
    count: int
    last_modified: datetime


def reader_scope(session: Session, reader: Reader) -> Scope:
    """The calendar of a chat: its country and topics, its lead times, members-only if it may."""
    return Scope(
        lang=reader.lang,
        timezone=reader.timezone,
        country=reader.country,
        topics=reader.topics,
        lead_days=reader.lead_days,
        members=may_read_members_only(session, reader),
    )


def country_scope(reader: Reader, country: str) -> Scope:
    """A country's calendar for the secretariat: every item naming it, never members-only ones
    (the link may be handed on)."""
    return Scope(
        lang=reader.lang,
        timezone=reader.timezone,
        country=country,
        lead_days=reader.lead_days,
        members=False,
    )


def render(gathered: Gathered, scope: Scope, catalog: Catalog, revision: int = 0) -> Served:
    """Build the iCalendar file of what was gathered for `scope`, at a feed's `revision`."""
    name = say(scope.lang, "cal_name")
    if scope.country is not None:
        country = catalog.country_name(scope.country, scope.lang) or scope.country
        name = say(scope.lang, "cal_name_country", country=country)
    body = build_calendar(
        gathered.items,
        cancelled=gathered.cancelled,
        catalog=catalog,
        lang=scope.lang,
        lead_days=scope.lead_days,
        name=name,
        changed=gathered.changed,
        revision=revision,
    )
    # A feed rendered differently (another language) changed then, whatever its items did.
    modified = max(gathered.last_modified, moment_of(revision))
    return Served(body, len(gathered.items), modified)


def render_feed(
    session: Session, feed: CalendarFeed, scope: Scope, catalog: Catalog, now: datetime
) -> Served:
    """Build a feed's calendar (the file /ics sends too): its revision is raised first if the
    events are rendered differently from the last time, so their SEQUENCE never stays."""
    revision = revise_feed(feed, rendered_as=rendering(scope, catalog), floor=sequence_at(now))
    return render(gather(session, scope, now), scope, catalog, revision)


def feed_calendar(
    session: Session, *, token: str, catalog: Catalog, now: datetime
) -> Served | None:
    """Return the calendar a feed token opens now, or None if the token opens nothing."""
    feed = live_feed(session, token=token)
    if feed is None:
        return None
    chat = get_chat(session, chat_id=feed.chat_id)
    if chat is None:
        return None
    private = chat.chat_type == "private"
    reader = reader_from(
        chat, topics_of(session, chat_id=chat.chat_id), user_id=chat.chat_id if private else None
    )
    if feed.country is not None:
        # A country's feed lasts as long as its owner is in the secretariat.
        if not private or not is_admin(session, user_id=chat.chat_id):
            return None
        scope = country_scope(reader, feed.country)
    else:
        scope = reader_scope(session, reader)
    return render_feed(session, feed, scope, catalog, now)


def feed_links(settings: Settings, token: str, *, port: int | None = None) -> tuple[str, str]:
    """Return the webcal:// and http(s):// links of a feed token."""
    base = settings.crmbot_public_url
    if not base:
        base = f"http://{settings.crmbot_http_host}:{port or settings.crmbot_http_port}"
    address = f"{base.rstrip('/')}/ics/{token}.ics"
    return "webcal://" + address.split("://", 1)[1], address


async def ics_command(update: Update, context: Context) -> None:
    """/ics: the chat's calendar as a file, and its feed link; /ics reset; /ics country C."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    now = services.clock.now()
    args = context.args or []
    first = args[0].lower() if args else ""
    if first in RESET_WORDS and len(args) == 1:
        revoked = await services.db(lambda s: revoke_feeds(s, chat_id=reader.chat_id, now=now))
        await send(update, say(reader.lang, "ics_reset", n=revoked))
        return
    country: str | None = None
    if first in COUNTRY_WORDS:
        named = " ".join(args[1:])
        country = find_country(services.catalog, named)
        if (
            reader.is_group
            or reader.user_id is None
            or not await services.db(lambda s: is_admin(s, user_id=reader.user_id or 0))
        ):
            await send(update, say(reader.lang, "ics_admins_only"))
            return
        if country is None:
            await send(update, say(reader.lang, "ics_unknown_country", text=escape(named[:80])))
            return
    elif args:
        await send(update, say(reader.lang, "ics_usage"))
        return

    def work(session: Session) -> tuple[Served, str]:
        scope = country_scope(reader, country) if country else reader_scope(session, reader)
        feed = open_feed(session, chat_id=reader.chat_id, now=now, country=country)
        return render_feed(session, feed, scope, services.catalog, now), feed.token

    served, token = await services.db(work)
    chat = update.effective_chat
    assert chat is not None
    await chat.send_document(
        document=served.body,
        filename=FILENAME,
        caption=say(reader.lang, "ics_caption", n=served.count),
    )
    server: WebServer | None = context.bot_data.get("web_server")
    webcal, https = feed_links(services.settings, token, port=server.port if server else None)
    await send(update, say(reader.lang, "ics_links", webcal=escape(webcal), https=escape(https)))


async def serve_feed(services: Services, request: web.Request) -> web.StreamResponse:
    """GET /ics/<token>.ics: the calendar, 304 when unchanged, a bare 404 for a bad token."""
    token = request.match_info["token"]
    now = services.clock.now()
    served = await services.db(
        lambda s: feed_calendar(s, token=token, catalog=services.catalog, now=now)
    )
    if served is None:
        return web.Response(status=404)
    etag = '"' + hashlib.sha256(served.body).hexdigest()[:32] + '"'
    modified = served.last_modified.replace(microsecond=0)
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(modified, usegmt=True),
        "Cache-Control": "private, no-cache",
    }
    wanted = request.headers.get("If-None-Match")
    if wanted is not None:
        # An ETag is exact; If-Modified-Since is only looked at without one (RFC 9110).
        if wanted.strip() == "*" or etag in (t.strip() for t in wanted.split(",")):
            return web.Response(status=304, headers=headers)
    elif request.if_modified_since is not None and modified <= request.if_modified_since:
        return web.Response(status=304, headers=headers)
    return web.Response(
        body=served.body,
        headers=headers | {"Content-Disposition": f'inline; filename="{FILENAME}"'},
        content_type="text/calendar",
        charset="utf-8",
    )
