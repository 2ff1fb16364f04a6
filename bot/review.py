"""The secretariat's side: documents sent to the bot and /ingest URL become drafts; /review walks
them with buttons (publish, change the date, change who, reject, publish all); publishing tells
the chats the items concern.

Only admins load and review, checked on every message and press against the roles held now.
A file is judged by Telegram's metadata (name, size) before it is downloaded, is read into text
by a child process with memory and time limits (`bot.parsing`), and anything unreadable gets one
line back: nothing of it is stored. Review buttons act on drafts only, so a
replayed press finds nothing to do and says so.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from babel.dates import format_date, format_interval
from sqlmodel import Session
from telegram import ForceReply, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot import callbacks, free_text
from bot.catalog import Catalog
from bot.fetch import FetchError, fetch
from bot.formatting import clip, escape, fit, item_html, when_text
from bot.i18n import say
from bot.parsing import ParseLimits
from bot.replies import Buttons, acknowledge, keyboard, send, show
from bot.roles import by_whom, held_by, refuse, stale
from bot.services import Context, Reader, Services, reader_of
from bot.store_cli import DOCUMENT_SUFFIXES, store_text
from bot.understanding import understand
from extractors import UnusableInput
from storage import review, roles
from storage.actors import resolve_actor
from storage.ingest import IngestError, IngestReport
from storage.models import TASK, Commitment, Document

log = logging.getLogger(__name__)

REVIEW = "W"  # W:<action>:<id>[:...]; see `review_button`
FIRST_ITEMS = 5  # items listed in the reply to an upload
NOTICE_ITEMS = 8  # items listed in one publication notice
EDITS = "review_edits"  # user_data: prompt message id -> (field, group id)


@dataclass(frozen=True)
class Loaded:
    """What storing one document did, for the reply."""

    report: IngestReport
    drafts: int  # draft items of this document waiting for review
    members_only: bool
    dated: list[Commitment]  # its first dated items


# -- loading documents --------------------------------------------------------------------------


async def document_message(update: Update, context: Context) -> None:
    """A document sent to the bot: the secretariat's is ingested as drafts; others are thanked."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    reader = await reader_of(update, context)
    held = await held_by(update, context)
    if not held.admin:
        if not reader.is_group:
            await send(update, say(reader.lang, "documents_admins_only"))
        return
    if reader.is_group:
        await send(update, say(reader.lang, "private_only"))
        return
    services: Services = context.bot_data["services"]
    document = message.document
    name = PurePath(document.file_name or "document").name[:120] or "document"
    if PurePath(name).suffix.lower() not in DOCUMENT_SUFFIXES:
        await send(update, say(reader.lang, "upload_type", name=escape(name)))
        return
    limit = services.settings.fetch_max_bytes
    # Telegram says how big the file is: an oversized one, or one whose size Telegram does not
    # give, is refused before it is downloaded.
    if document.file_size is None:
        await send(update, say(reader.lang, "upload_no_size", mb=_mb(limit)))
        return
    if document.file_size > limit:
        await send(update, say(reader.lang, "upload_too_large", mb=_mb(limit)))
        return
    if document.file_size == 0:
        await send(update, say(reader.lang, "upload_failed", reason="the file is empty"))
        return
    try:
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        await send(update, say(reader.lang, "upload_failed", reason=escape(exc.message[:120])))
        return
    received = message.date.astimezone(reader.now(services.clock).tzinfo).date()
    await _load(update, context, reader, data, name, f"telegram:{name}", received)


async def ingest_command(update: Update, context: Context) -> None:
    """/ingest URL: the secretariat loads a document from the web as drafts."""
    reader = await reader_of(update, context)
    held = await held_by(update, context)
    if not held.admin:
        await refuse(update, context, reader, "admins_only")
        return
    services: Services = context.bot_data["services"]
    args = context.args or []
    if len(args) != 1 or not args[0].lower().startswith(("http://", "https://")):
        await send(update, say(reader.lang, "ingest_usage"))
        return
    url = args[0][:2000]
    settings = services.settings
    try:
        fetched = await asyncio.to_thread(
            fetch,
            url,
            max_bytes=settings.fetch_max_bytes,
            timeout=settings.fetch_timeout_seconds,
            allow_private=settings.allow_private_urls,
        )
    except FetchError as exc:
        await send(update, say(reader.lang, "upload_failed", reason=escape(str(exc)[:200])))
        return
    today = reader.today(services.clock)
    await _load(update, context, reader, fetched.content, fetched.filename, url, today)


async def _load(
    update: Update,
    context: Context,
    reader: Reader,
    data: bytes,
    name: str,
    source: str,
    received: date,
) -> None:
    services: Services = context.bot_data["services"]
    user = update.effective_user
    assert user is not None
    by, now = by_whom(update), services.clock.now()
    settings = services.settings
    try:
        # In a child process with memory and time limits: a document bomb fails there alone.
        text = await services.readers.read(data, name, ParseLimits.of(settings))
    except UnusableInput as exc:
        await send(update, say(reader.lang, "upload_failed", reason=escape(str(exc)[:200])))
        return

    def store(session: Session) -> Loaded | str:
        if not roles.is_admin(session, user_id=user.id):
            return "not_allowed"
        # A document that states no meeting date (a press note, a web page) is read against
        # the day it was received.
        report, _ = store_text(
            session,
            text,
            source=source,
            now=now,
            as_of=received,
            by=by,
            by_user_id=user.id,
            default_lang=settings.crmbot_language,
        )
        stored = session.get(Document, report.document_id)
        assert stored is not None
        dated = review.first_items(session, document_id=report.document_id, limit=FIRST_ITEMS)
        for item in dated:
            _ = item.document.meeting.title
        return Loaded(
            report=report,
            drafts=review.count_drafts(session, document_id=report.document_id),
            members_only=stored.members_only,
            dated=dated,
        )

    try:
        loaded = await services.db(store)
    except (UnusableInput, IngestError) as exc:
        await send(update, say(reader.lang, "upload_failed", reason=escape(str(exc)[:200])))
        return
    if isinstance(loaded, str):
        await refuse(update, context, reader, loaded)
        return
    text, buttons = loaded_text(loaded, services.catalog, reader, reader.today(services.clock))
    await send(update, text, buttons)


def loaded_text(
    loaded: Loaded, catalog: Catalog, reader: Reader, today: date
) -> tuple[str, Buttons]:
    """Say what a document gave: counts, the first items with their dates, and what next."""
    lang, report = reader.lang, loaded.report
    dated = [s for s in report.added if s.kind != TASK]
    lines = [
        say(
            lang,
            f"loaded_{report.outcome}",
            meeting=escape(report.meeting),
            source=escape(PurePath(report.source).name),
        ),
        say(lang, "loaded_counts", dated=len(dated), tasks=len(report.added) - len(dated)),
    ]
    if report.outcome == "revised":
        lines.append(
            say(
                lang,
                "loaded_revision",
                added=len(report.added),
                changed=len(report.changed),
                withdrawn=len(report.withdrawn),
            )
        )
        for mark, summaries in (
            ("+", report.added),
            ("~", report.changed),
            ("−", report.withdrawn),
        ):
            for s in summaries[:FIRST_ITEMS]:
                when = s.end.isoformat() if s.end else say(lang, "no_date")
                lines.append(f"{mark} {when} · {escape(clip(s.what, 80))}")
    else:
        for item in loaded.dated:
            lines.append(
                f"• {escape(when_text(item, lang))} · {escape(clip(item.what or item.quote, 80))}"
            )
    if loaded.members_only:
        lines.append(say(lang, "members_only_on"))
    lines.append(say(lang, "loaded_drafts", n=loaded.drafts))
    doc = str(report.document_id)
    rows: list[list[tuple[str, str]]] = []
    if loaded.drafts:
        rows.append(
            [
                (say(lang, "button_review"), callbacks.simple(REVIEW, "v", doc)),
                (say(lang, "button_publish_all"), callbacks.simple(REVIEW, "a", doc)),
            ]
        )
    toggle = "0" if loaded.members_only else "1"
    label = "button_make_public" if loaded.members_only else "button_members_only"
    rows.append([(say(lang, label), callbacks.simple(REVIEW, "m", doc, toggle))])
    return "\n".join(lines), rows


# -- reviewing ----------------------------------------------------------------------------------


async def review_command(update: Update, context: Context) -> None:
    """/review: the first draft waiting for review, with its buttons."""
    reader = await reader_of(update, context)
    held = await held_by(update, context)
    if not held.admin:
        await refuse(update, context, reader, "admins_only")
        return
    if reader.is_group:
        await send(update, say(reader.lang, "private_only"))
        return
    text, buttons = await _card(context, reader, after=0)
    await send(update, text, buttons)


async def _card(
    context: Context,
    reader: Reader,
    *,
    after: int = 0,
    group_id: int | None = None,
    document_id: int | None = None,
    note: str = "",
) -> tuple[str, Buttons]:
    """Render the next draft after group `after` (or draft `group_id`) with its buttons."""
    services: Services = context.bot_data["services"]

    def load(session: Session) -> tuple[Commitment | None, int, int]:
        if group_id is not None:
            item = review.draft_version(session, group_id=group_id, lang=reader.lang)
        else:
            item = review.next_draft(
                session, after=after, document_id=document_id, lang=reader.lang
            )
        if item is None and after and document_id is None:
            # Past the last draft: start again from the first one left.
            item = review.next_draft(session, lang=reader.lang)
        if item is not None:
            _ = item.document.meeting.title
        left = review.count_drafts(session)
        in_document = review.count_drafts(session, document_id=item.document_id) if item else 0
        return item, left, in_document

    item, left, in_document = await services.db(load)
    lang = reader.lang
    prefix = f"{note}\n\n" if note else ""
    if item is None:
        return prefix + say(lang, "review_done"), []
    return prefix + card_text(item, left, services.catalog, reader, services), card_buttons(
        item, in_document, lang
    )


def card_text(
    item: Commitment, left: int, catalog: Catalog, reader: Reader, services: Services
) -> str:
    """Render a draft for review: the item in full, why the extractor kept it, its source."""
    lang = reader.lang
    lines = [
        say(lang, "review_title", item=item.group_id, left=left),
        item_html(item, catalog=catalog, lang=lang, today=reader.today(services.clock), full=True),
    ]
    if item.reason:
        lines.append(f"🔎 <i>{escape(item.reason)}</i>")
    if item.members_only:
        lines.append(say(lang, "members_only_on"))
    return fit("\n".join(lines))


def card_buttons(item: Commitment, in_document: int, lang: str) -> Buttons:
    """Return a draft's review buttons."""
    group = str(item.group_id)
    return [
        [
            (say(lang, "button_publish"), callbacks.simple(REVIEW, "p", group)),
            (say(lang, "button_reject"), callbacks.simple(REVIEW, "x", group)),
        ],
        [
            (say(lang, "button_change_date"), callbacks.simple(REVIEW, "d", group)),
            (say(lang, "button_change_who"), callbacks.simple(REVIEW, "w", group)),
            (say(lang, "button_skip"), callbacks.simple(REVIEW, "n", group)),
        ],
        [
            (
                say(lang, "button_publish_document", n=in_document),
                callbacks.simple(REVIEW, "a", str(item.document_id)),
            )
        ],
    ]


# One letter per action and the number of fields after it.
_FIELDS = {"p": 1, "x": 1, "d": 1, "w": 1, "n": 1, "o": 1, "v": 1, "a": 1, "m": 2, "s": 3}


def parse_review(data: str) -> tuple[str, list[str]] | None:
    """Read a review button's payload: its action and fields, or None if the bot did not make it."""
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != REVIEW or parts[1] not in _FIELDS:
        return None
    parsed = callbacks.fields(data, REVIEW, _FIELDS[parts[1]] + 1)
    if parsed is None:
        return None
    action, values = parsed[0], parsed[1:]
    if not all(v.isdigit() and len(v) <= 12 for v in values):
        return None
    if action == "m" and values[1] not in ("0", "1"):
        return None
    if action == "s" and (_day(values[1]) is None or _day(values[2]) is None):
        return None
    return action, values


async def review_button(update: Update, context: Context) -> None:
    """Act on a review button, if the presser is an admin now and the item is still a draft."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parsed = parse_review(query.data or "")
    if parsed is None:
        await stale(update, context, reader)
        return
    action, values = parsed
    target = int(values[0])
    user_id, by, now = query.from_user.id, by_whom(update), services.clock.now()
    lang = reader.lang

    def act(session: Session) -> tuple[str, list[int]]:
        # Every action, reading included, is for admins: drafts are not published yet.
        if not roles.is_admin(session, user_id=user_id):
            return "not_allowed", []
        if action == "p":
            done = review.publish(session, group_ids=[target], by_user_id=user_id, by=by, now=now)
            return ("" if done else "already_reviewed"), done
        if action == "x":
            rejected = review.reject(session, group_id=target, by_user_id=user_id, by=by, now=now)
            return ("" if rejected else "already_reviewed"), []
        if action == "a":
            done = review.publish_document(
                session, document_id=target, by_user_id=user_id, by=by, now=now
            )
            return ("" if done else "nothing_to_publish"), done
        if action == "m":
            review.set_members_only(
                session,
                document_id=target,
                members_only=values[1] == "1",
                by_user_id=user_id,
                by=by,
                now=now,
            )
            return "", []
        if action == "s":
            start, end = _day(values[1]), _day(values[2])
            assert start is not None and end is not None
            if start > end:
                return "stale_button", []
            changed = review.change_date(
                session,
                group_id=target,
                start=start,
                end=end,
                by_user_id=user_id,
                by=by,
                now=now,
            )
            return ("" if changed else "already_reviewed"), []
        if action in ("d", "w", "o") and review.draft_version(session, group_id=target) is None:
            return "already_reviewed", []
        return "", []

    refusal, published = await services.db(act)
    if refusal:
        await refuse(update, context, reader, refusal)
        return
    if action in ("d", "w"):
        await acknowledge(update)
        await _prompt(update, context, reader, "date" if action == "d" else "who", target)
        return
    notes = {
        "p": say(lang, "review_published", item=target),
        "x": say(lang, "review_rejected", item=target),
        "s": say(lang, "review_date_saved", item=target),
        "a": say(lang, "review_published_all", n=len(published)),
    }
    await acknowledge(update, notes.get(action))
    if action == "m":
        key = "members_only_set" if values[1] == "1" else "members_only_unset"
        await send(update, say(lang, key))
        return
    if action in ("s", "o"):
        text, buttons = await _card(context, reader, group_id=target, note=notes.get(action, ""))
    elif action == "v":
        text, buttons = await _card(context, reader, document_id=target)
    else:
        text, buttons = await _card(
            context, reader, after=target if action != "a" else 0, note=notes.get(action, "")
        )
    await show(update, text, buttons)
    if published:
        await notify(context, published)


async def _prompt(
    update: Update, context: Context, reader: Reader, field: str, group_id: int
) -> None:
    """Ask for a new date or new actors, as a reply to a message that remembers the item."""
    chat = update.effective_chat
    assert chat is not None
    prompt = await chat.send_message(
        say(reader.lang, f"prompt_{field}", item=group_id),
        parse_mode=ParseMode.HTML,
        reply_markup=ForceReply(selective=True),
    )
    assert context.user_data is not None
    edits: dict[int, tuple[str, int]] = context.user_data.setdefault(EDITS, {})
    edits[prompt.message_id] = (field, group_id)


async def typed_reply(update: Update, context: Context) -> None:
    """A reply in a private chat: a new date or new actors for an item under review, or else a
    question like any other."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    edits: dict[int, tuple[str, int]] = (context.user_data or {}).get(EDITS, {})
    if message is None or replied is None or replied.message_id not in edits:
        await free_text.question(update, context)
        return
    field, group_id = edits[replied.message_id]
    reader = await reader_of(update, context)
    held = await held_by(update, context)
    if not held.admin:
        await refuse(update, context, reader)
        return
    text = (message.text or "").strip()[:300]
    if field == "date":
        await _typed_date(update, context, reader, group_id, text)
    else:
        await _typed_who(update, context, reader, group_id, text)
        edits.pop(replied.message_id, None)


async def _typed_date(
    update: Update, context: Context, reader: Reader, group_id: int, text: str
) -> None:
    services: Services = context.bot_data["services"]
    asked = understand(text, today=reader.today(services.clock), countries={})
    if asked is None or asked.start is None or asked.end is None:
        await send(update, say(reader.lang, "date_not_understood", text=escape(text[:80])))
        return
    start, end = asked.start, asked.end
    shown = _day_text(start, end, reader.lang)
    payload = callbacks.simple(REVIEW, "s", str(group_id), f"{start:%Y%m%d}", f"{end:%Y%m%d}")
    buttons = [
        [
            (say(reader.lang, "button_save"), payload),
            (say(reader.lang, "button_cancel"), callbacks.simple(REVIEW, "o", str(group_id))),
        ]
    ]
    await send(update, say(reader.lang, "date_confirm", item=group_id, date=escape(shown)), buttons)


async def _typed_who(
    update: Update, context: Context, reader: Reader, group_id: int, text: str
) -> None:
    services: Services = context.bot_data["services"]
    user = update.effective_user
    assert user is not None
    names = [n.strip() for n in re.split(r",|;|\by\b|\band\b", text) if n.strip()]
    by, now = by_whom(update), services.clock.now()

    def change(session: Session) -> tuple[str, list[str]]:
        if not roles.is_admin(session, user_id=user.id):
            return "not_allowed", []
        found, unknown = [], []
        for name in names[:20]:
            actor = resolve_actor(session, name)
            if actor is None:
                unknown.append(name)
            else:
                found.append(actor.canonical)
        if unknown or not found:
            return "who_unknown", unknown
        changed = review.change_who(
            session, group_id=group_id, who=found, by_user_id=user.id, by=by, now=now
        )
        return ("" if changed else "already_reviewed"), found

    refusal, names_found = await services.db(change)
    if refusal == "who_unknown":
        unknown = ", ".join(escape(n[:40]) for n in names_found) or escape(text[:40])
        await send(update, say(reader.lang, "who_unknown", names=unknown))
        return
    if refusal:
        await refuse(update, context, reader, refusal)
        return
    text_, buttons = await _card(
        context, reader, group_id=group_id, note=say(reader.lang, "review_who_saved", item=group_id)
    )
    await send(update, text_, buttons)


# -- telling the chats ------------------------------------------------------------------------


async def notify(context: Context, group_ids: list[int]) -> int:
    """Send one short message to each subscribed chat the published items concern."""
    services: Services = context.bot_data["services"]

    def load(session: Session) -> list[review.Notice]:
        found = review.notices(session, group_ids=group_ids)
        for notice in found:
            for item in notice.items:
                _ = item.document.meeting.title
        return found

    sent = 0
    for notice in await services.db(load):
        lines = [say(notice.lang, "published_notice", n=len(notice.items))]
        for item in notice.items[:NOTICE_ITEMS]:
            what = clip(item.what or item.quote, 90)
            lines.append(f"• {escape(when_text(item, notice.lang))} · {escape(what)}")
        lines.append(say(notice.lang, "published_notice_more"))
        try:
            await context.bot.send_message(
                notice.chat_id,
                fit("\n".join(lines)),
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard([]),
            )
            sent += 1
        except TelegramError as exc:
            # A chat that blocked the bot or was deleted: the others are still told.
            log.info("publication notice to %s failed: %s", notice.chat_id, exc.message)
    return sent


def _day(text: str) -> date | None:
    if len(text) != 8:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _day_text(start: date, end: date, lang: str) -> str:
    if start == end:
        return format_date(end, "long", locale=lang)
    return format_interval(start, end, "yMMMMd", locale=lang)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
