"""The reminder tick, and the buttons every reminder carries (snooze a day, stop this item).

`crmbot run` runs `tick` every CRMBOT_TICK_SECONDS through python-telegram-bot's job queue: it
plans what fell due since the last tick, then sends what is due, batch after batch, until the
outbox is drained or the tick's time is up. Ticks never overlap.
"""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session
from telegram import Bot, Update
from telegram.ext import CallbackContext

from bot import callbacks
from bot.i18n import say
from bot.reminders.planner import plan
from bot.reminders.policy import SNOOZE, moment
from bot.reminders.sender import BATCH, SendReport, send_due, worker_name
from bot.replies import acknowledge
from bot.services import Context, Services, reader_of
from storage.reminders import Planned, enqueue, mute, outbox_row
from storage.subscribers import get_chat

log = logging.getLogger(__name__)

# A tick sends for at most this long, so the next one can plan again.
SEND_BUDGET_SECONDS = 50.0


async def tick(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Job queue entry point: one planning and sending round."""
    services: Services = context.bot_data["services"]
    await run_tick(services, context.bot)


async def run_tick(
    services: Services, bot: Bot, *, budget: float = SEND_BUDGET_SECONDS
) -> SendReport:
    """Plan what fell due, then send what is due; return what was sent."""
    total = SendReport()
    if services.reminder_lock.locked():
        return total
    async with services.reminder_lock:
        now = services.clock.now()
        planned = await services.db(lambda s: plan(s, now=now))
        if planned.planned or planned.skipped_digests:
            log.info(
                "planned %d reminders (%d missed digests skipped) for %s..%s",
                planned.planned,
                planned.skipped_digests,
                planned.since.isoformat(),
                planned.until.isoformat(),
            )
        worker = worker_name()
        started = time.monotonic()
        while time.monotonic() - started < budget:
            report = await send_due(services, bot, worker=worker)
            for name in ("claimed", "sent", "skipped", "failed", "retried", "late"):
                setattr(total, name, getattr(total, name) + getattr(report, name))
            if report.claimed < BATCH:
                break
        services.last_tick = services.clock.now()
        if total.claimed:
            log.info(
                "reminders: %d sent (%d late), %d skipped, %d failed, %d to retry",
                total.sent,
                total.late,
                total.skipped,
                total.failed,
                total.retried,
            )
    return total


async def reminder_button(update: Update, context: Context) -> None:
    """Snooze a reminder to tomorrow 09:00, or stop the reminders of its item."""
    services: Services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "N", 2)
    reader = await reader_of(update, context)
    if parts is None or parts[0] not in ("s", "m") or not parts[1].isdigit():
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    action, outbox_id = parts[0], int(parts[1])
    now = services.clock.now()
    presser = update.effective_user.id if update.effective_user else None
    # In a private chat only its owner can press; in a group, any member acts for the group.
    if not reader.is_group and presser != reader.chat_id:
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return

    def apply(session: Session) -> bool:
        row = outbox_row(session, outbox_id=outbox_id)
        chat = get_chat(session, chat_id=reader.chat_id)
        # Only the chat the reminder went to can snooze or stop it.
        if row is None or chat is None or row.subscriber_id != chat.id or row.group_id is None:
            return False
        if action == "m":
            mute(session, subscriber_id=row.subscriber_id, group_id=row.group_id, now=now)
            return True
        tomorrow = now.astimezone(ZoneInfo(chat.timezone)).date() + timedelta(days=1)
        again = Planned(
            row.subscriber_id,
            row.group_id,
            SNOOZE,
            f"s@{tomorrow.isoformat()}",
            row.target,
            moment(tomorrow, chat.timezone),
        )
        enqueue(session, [again], now=now)
        return True

    if not await services.db(apply):
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    await acknowledge(update, say(reader.lang, "stopped_item" if action == "m" else "snoozed"))
