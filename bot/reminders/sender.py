"""The sender: claim due outbox rows, render each with current data, send, mark it sent.

A row is marked sent only after Telegram accepted the message; a claim whose sender died is
claimed again when its lease ends, so the only duplicates are the sends in flight at a crash.
Each message is rendered when it is sent, from the item as it is then: an item withdrawn,
re-dated or no longer published since it was planned is skipped, never sent with old data.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot import callbacks
from bot.catalog import Catalog
from bot.formatting import MESSAGE_LIMIT, escape, item_html
from bot.i18n import say
from bot.questions import TASKS_HISTORY_DAYS
from bot.reminders.policy import CONFIRM, DIGEST, DIGEST_DAYS, OVERDUE, SNOOZE, target_day
from bot.replies import NO_PREVIEW, keyboard
from bot.services import Services
from storage.actors import names_covering
from storage.models import DEADLINE, EVENT, Commitment, ReminderOutbox, Subscriber
from storage.queries import get_item, listed_between, listed_outstanding_tasks
from storage.recurrence import is_occurrence
from storage.reminders import (
    FAILED,
    SENT,
    SKIPPED,
    claim,
    countries_answered,
    countries_done,
    finish,
    is_muted,
    occurrences_done,
    retry_at,
    skip_pending_for_chat,
)
from storage.roles import is_member
from storage.subscribers import focal_countries, move_chat, topics_of, unsubscribe

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
BATCH = 200
CONCURRENCY = 8


def worker_name() -> str:
    """Name this process in the claims it makes."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class SendReport:
    """What one sending round did."""

    claimed: int = 0
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    retried: int = 0
    late: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Message:
    """A rendered reminder: its parts (each under Telegram's limit) and buttons."""

    parts: list[str]
    buttons: list[list[tuple[str, str]]]


async def send_due(services: Services, bot: Bot, *, worker: str, batch: int = BATCH) -> SendReport:
    """Claim one batch of due rows and send them; return what happened."""
    report = SendReport()
    now = services.clock.now()
    rows = await services.db(lambda s: claim(s, now=now, worker=worker, lease=LEASE, limit=batch))
    report.claimed = len(rows)
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one(row: ReminderOutbox) -> None:
        async with gate:
            await _deliver(services, bot, row, report)

    await asyncio.gather(*(one(row) for row in rows))
    services.metrics.count_reminders(sent=report.sent, failed=report.failed, late=report.late)
    return report


async def _deliver(services: Services, bot: Bot, row: ReminderOutbox, report: SendReport) -> None:
    assert row.id is not None
    outbox_id = row.id
    now = services.clock.now()
    prepared = await services.db(lambda s: _prepare(s, row, services.catalog, now))
    if isinstance(prepared, str):
        reason = prepared
        await services.db(lambda s: _finish(s, outbox_id, SKIPPED, now, reason))
        log.info("reminder %s skipped: %s", row.key, prepared)
        report.skipped += 1
        return
    chat_id, message = prepared
    try:
        for number, part in enumerate(message.parts):
            last = number == len(message.parts) - 1
            await bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(message.buttons) if last else None,
                link_preview_options=NO_PREVIEW,
            )
    except Forbidden as exc:
        # Blocked, or removed from the group: reminders stop, the rest go on.
        reason = f"forbidden: {exc.message}"
        await services.db(lambda s: _deactivate(s, row.subscriber_id, reason))
        await services.db(lambda s: _finish(s, outbox_id, FAILED, now, reason))
        report.failed += 1
        return
    except ChatMigrated as exc:
        # The group became a supergroup: follow it and send there at once.
        new_id = exc.new_chat_id
        await services.db(lambda s: move_chat(s, old_chat_id=chat_id, new_chat_id=new_id))
        await services.db(lambda s: retry_at(s, outbox_id=outbox_id, when=now, error="migrated"))
        report.retried += 1
        return
    except BadRequest as exc:
        reason = f"refused: {exc.message}"
        await services.db(lambda s: _finish(s, outbox_id, FAILED, now, reason))
        log.warning("reminder %s refused by Telegram: %s", row.key, reason)
        report.failed += 1
        return
    except (RetryAfter, NetworkError) as exc:
        # Still failing after the limiter's own retries: keep the claim and try again later.
        reason = str(exc)
        delay = min(600, 15 * 2 ** min(row.attempts, 5))
        when = services.clock.now() + timedelta(seconds=delay)
        await services.db(lambda s: retry_at(s, outbox_id=outbox_id, when=when, error=reason))
        report.retried += 1
        report.errors.append(reason)
        return
    sent_at = services.clock.now()
    await services.db(lambda s: _finish(s, outbox_id, SENT, sent_at, None))
    report.sent += 1
    report.late += row.late


def _finish(
    session: Session, outbox_id: int, status: str, now: datetime, error: str | None
) -> None:
    finish(session, outbox_id=outbox_id, status=status, now=now, error=error)


def _deactivate(session: Session, subscriber_id: int, reason: str) -> None:
    chat = session.get(Subscriber, subscriber_id)
    if chat is not None:
        unsubscribe(session, chat_id=chat.chat_id)
    skip_pending_for_chat(session, subscriber_id=subscriber_id, reason=f"deactivated: {reason}")


def _prepare(
    session: Session, row: ReminderOutbox, catalog: Catalog, now: datetime
) -> tuple[int, Message] | str:
    """Render a row as it should read now, or say why it is no longer due."""
    chat = session.get(Subscriber, row.subscriber_id)
    if chat is None or not chat.active:
        return "the chat unsubscribed"
    local = now.astimezone(ZoneInfo(chat.timezone))
    if row.kind == DIGEST:
        return chat.chat_id, _digest(session, chat, catalog, local)
    assert row.group_id is not None
    if is_muted(session, subscriber_id=_id(chat), group_id=row.group_id):
        return "the reader stopped this item's reminders"
    member = _member(session, chat)
    item = get_item(
        session=session, now=local, group_id=row.group_id, lang=chat.lang, members=member
    )
    if item is None:
        return "the item is no longer published"
    assert item.end is not None
    target = item.end if row.kind == OVERDUE else target_day(item.kind, item.start, item.end)
    occurrence = None
    planned_day = row.target
    if (
        item.recurrence is not None
        and planned_day is not None
        and is_occurrence(item.recurrence, item.end, planned_day)
    ):
        # One occurrence of a recurring duty: still one of its series, as planned.
        target = occurrence = planned_day
    if target != row.target:
        return f"the item's date changed to {target.isoformat()} after it was planned"
    if row.kind != OVERDUE and target < local.date():
        return "stale: the item's day has passed"
    chase: list[str] = []
    if row.kind in (CONFIRM, OVERDUE):
        chase = _countries_to_chase(session, chat, item, row.kind, occurrence)
        if not chase:
            return "every country this focal point answers for has answered"
    text = _item_message(item, row, chat, catalog, local.date(), chase, occurrence)
    return chat.chat_id, Message(split(text), _buttons(item, row, chat.lang, occurrence))


def _item_message(
    item: Commitment,
    row: ReminderOutbox,
    chat: Subscriber,
    catalog: Catalog,
    today: date,
    chase: list[str],
    occurrence: date | None = None,
) -> str:
    lang = chat.lang
    if row.kind in (CONFIRM, OVERDUE):
        countries = ", ".join(escape(catalog.actor_name(c, lang)) for c in chase)
        key = "confirm_head" if row.kind == CONFIRM else "overdue_head"
        head = say(lang, key, countries=countries)
    elif row.kind == SNOOZE:
        head = say(lang, "snoozed_head")
    else:
        head = say(lang, "reminder_late" if row.late else "reminder_head")
    body = item_html(item, catalog=catalog, lang=lang, today=today, occurrence=occurrence)
    return f"{head}\n\n{body}"


def _buttons(
    item: Commitment, row: ReminderOutbox, lang: str, occurrence: date | None
) -> list[list[tuple[str, str]]]:
    """Open the item (at the occurrence reminded, for a recurring duty), snooze, stop."""
    assert row.id is not None
    return [
        [
            (say(lang, "button_open_item"), callbacks.item_button(item.group_id, occurrence)),
            (say(lang, "button_snooze"), callbacks.simple("N", "s", str(row.id))),
            (say(lang, "button_stop_item"), callbacks.simple("N", "m", str(row.id))),
        ]
    ]


def _digest(session: Session, chat: Subscriber, catalog: Catalog, local: datetime) -> Message:
    lang = chat.lang
    today = local.date()
    topics = topics_of(session, chat_id=chat.chat_id)
    # A recurring deadline by its occurrence in the next days; among the country's open items,
    # by the occurrence it owes.
    items = listed_between(
        session=session,
        now=local,
        first=today,
        last=today + timedelta(days=DIGEST_DAYS),
        kinds=(DEADLINE, EVENT),
        lang=lang,
        country=chat.country,
        topics=topics,
        limit=30,
        members=_member(session, chat),
    )
    name = catalog.country_name(chat.country, lang)
    scope = say(lang, "scope_country", country=escape(name)) if name else ""
    blocks = [say(lang, "digest_head", scope=scope)]
    if items:
        blocks += [
            item_html(
                i.item, catalog=catalog, lang=lang, today=today, number=n, occurrence=i.occurrence
            )
            for n, i in enumerate(items, 1)
        ]
    else:
        blocks.append(say(lang, "digest_empty"))
    if chat.country and _is_focal(session, chat):
        owed = listed_outstanding_tasks(
            session=session,
            now=local,
            country=chat.country,
            lang=lang,
            limit=10,
            members=True,
            since=today - timedelta(days=TASKS_HISTORY_DAYS),
        )
        if owed:
            blocks.append(say(lang, "digest_open", country=escape(name or chat.country)))
            blocks += [
                item_html(i.item, catalog=catalog, lang=lang, today=today, occurrence=i.occurrence)
                for i in owed
            ]
    return Message(split("\n\n".join(blocks)), [])


def _member(session: Session, chat: Subscriber) -> bool:
    """Members-only items reach verified delegates, focal points and admins, in private."""
    return chat.chat_type == "private" and is_member(session, user_id=chat.chat_id)


def _is_focal(session: Session, chat: Subscriber) -> bool:
    return chat.chat_type == "private" and chat.country in focal_countries(
        session, user_id=chat.chat_id
    )


def _countries_to_chase(
    session: Session, chat: Subscriber, item: Commitment, kind: str, occurrence: date | None
) -> list[str]:
    """The countries this chat is focal point of that the item concerns and that still owe it."""
    if chat.chat_type != "private":
        return []
    named = set(item.who)
    mine = [
        c
        for c in focal_countries(session, user_id=chat.chat_id)
        if named & set(names_covering(session, c))
    ]
    if kind == CONFIRM:
        settled = countries_answered(session, [item.group_id]).get(item.group_id, set())
    elif occurrence is not None:
        settled = occurrences_done(session, [item.group_id]).get((item.group_id, occurrence), set())
    else:
        settled = countries_done(session, [item.group_id]).get(item.group_id, set())
    return [c for c in mine if c not in settled]


def split(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split a message at blank lines (or lines) into parts under Telegram's limit."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for block in text.split("\n\n"):
        pieces = [block] if len(block) <= limit else _lines(block, limit)
        for piece in pieces:
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts


def _lines(block: str, limit: int) -> list[str]:
    out, current = [], ""
    for line in block.split("\n"):
        line = line[:limit]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
        else:
            out.append(current)
            current = line
    if current:
        out.append(current)
    return out


def _id(chat: Subscriber) -> int:
    assert chat.id is not None
    return chat.id
