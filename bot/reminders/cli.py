"""`crmbot reminders preview`: what the bot would send, to whom and when, without sending."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.clock import clock_from
from bot.formatting import every_text
from bot.reminders.planner import due_between
from bot.run_cli import load_settings
from bot.store_cli import EXIT_FAILED, open_store
from storage.queries import get_item
from storage.subscribers import chats_by_id


def register(sub: argparse._SubParsersAction) -> None:
    """Add `crmbot reminders preview`."""
    p = sub.add_parser("reminders", help="reminders: preview what would be sent")
    actions = p.add_subparsers(dest="reminders_command", required=True, metavar="ACTION")
    preview = actions.add_parser("preview", help="list the reminders of the coming days")
    preview.add_argument("--as-of", type=_moment, help="start from this ISO datetime with offset")
    preview.add_argument(
        "--days",
        type=int,
        default=7,
        choices=range(1, 61),
        metavar="1-60",
        help="how many days ahead (default 7)",
    )
    preview.add_argument("--user", type=int, help="only this chat (a Telegram user or group id)")
    preview.set_defaults(func=run_preview)


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO datetime: {value!r}") from None
    if moment.utcoffset() is None:
        raise argparse.ArgumentTypeError("give an offset, e.g. 2017-07-08T08:00-06:00")
    return moment


def run_preview(args: argparse.Namespace) -> int:
    """Print, day by day, each reminder the planner would write, in the chat's local time."""
    settings = load_settings()
    if settings is None:
        return EXIT_FAILED
    engine = open_store(settings)
    if engine is None:
        return EXIT_FAILED
    start = args.as_of or clock_from(settings.crmbot_now).now()
    lines = 0
    with Session(engine) as session:
        chats = chats_by_id(session)
        for day in range(args.days):
            since = start + timedelta(days=day)
            for planned in due_between(
                session, since=since, now=since + timedelta(days=1), preview=True
            ):
                chat = chats.get(planned.subscriber_id)
                if chat is None or (args.user is not None and chat.chat_id != args.user):
                    continue
                local = planned.due_at.astimezone(ZoneInfo(chat.timezone))
                about = "weekly digest"
                if planned.group_id is not None:
                    item = get_item(
                        session=session, now=local, group_id=planned.group_id, lang=chat.lang
                    )
                    what = " ".join(((item.what or item.quote) if item else "?").split())[:60]
                    about = f"{item.ref if item else '-'}: {what}"
                    if item is not None and item.recurrence is not None and planned.target:
                        # Which occurrence of a recurring duty this reminder is about.
                        every = every_text(item.recurrence, "en")
                        about += f" [{every}, due {planned.target.isoformat()}]"
                sys.stdout.write(
                    f"{local:%Y-%m-%d %H:%M} {chat.timezone:<22} chat {chat.chat_id:<12} "
                    f"{planned.kind:<8} {planned.occasion:<24} {about}\n"
                )
                lines += 1
        session.rollback()
    engine.dispose()
    if not lines:
        sys.stdout.write("No reminders in this period.\n")
    return 0
