"""What every handler shares: settings, the clock, the store and the catalogue of names.

Handlers never touch the database on the event loop: `Services.db` runs a unit of work (one
session, committed at the end) in a worker thread, so a slow query or a busy SQLite writer
delays only the update that asked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session
from telegram import Chat, Update, User
from telegram.ext import CallbackContext, ExtBot

from bot.catalog import Catalog
from bot.clock import Clock
from bot.flood import FloodGate
from bot.i18n import language_of
from bot.metrics import Metrics
from bot.parsing import DocumentReaders
from bot.settings import Settings
from storage.models import Subscriber
from storage.subscribers import ensure_chat, topics_of

T = TypeVar("T")
# What handlers receive: python-telegram-bot's default context (bot_data holds "services").
Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]


@dataclass
class Services:
    """Shared resources, opened in `post_init` and closed in `post_shutdown`."""

    settings: Settings
    clock: Clock
    engine: Engine
    catalog: Catalog = field(default_factory=Catalog)
    bot_username: str | None = None
    # Reminders: ticks never overlap; the last one's end is reported by health checks.
    reminder_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_tick: datetime | None = None
    # What /metrics reports: updates taken in, reminders sent, failed and late.
    metrics: Metrics = field(default_factory=Metrics)
    # Abuse control: who is sending too many updates (bot/guard.py screens every update).
    flood: FloodGate = field(default_factory=FloodGate)
    # Uploaded documents are read in child processes, a few at a time.
    readers: DocumentReaders = field(default_factory=DocumentReaders)

    async def db(self, work: Callable[[Session], T]) -> T:
        """Run `work` in one session in a worker thread, commit, and return its result."""
        return await asyncio.to_thread(self._unit_of_work, work)

    def _unit_of_work(self, work: Callable[[Session], T]) -> T:
        with Session(self.engine, expire_on_commit=False) as session:
            result = work(session)
            session.commit()
            return result


@dataclass(frozen=True)
class Reader:
    """The chat a handler answers, with its settings: whom the answer is for."""

    chat_id: int
    user_id: int | None
    lang: str
    timezone: str
    country: str | None
    topics: tuple[str, ...]
    subscribed: bool
    is_group: bool
    lead_days: tuple[int, ...] | None
    digest: bool

    def now(self, clock: Clock) -> datetime:
        """Return the current moment in the reader's time zone."""
        return clock.now().astimezone(ZoneInfo(self.timezone))

    def today(self, clock: Clock) -> date:
        """Return the reader's current date."""
        return self.now(clock).date()


def reader_from(subscriber: Subscriber, topics: list[str], *, user_id: int | None) -> Reader:
    """Describe a stored chat as a reader."""
    return Reader(
        chat_id=subscriber.chat_id,
        user_id=user_id,
        lang=subscriber.lang,
        timezone=subscriber.timezone,
        country=subscriber.country,
        topics=tuple(topics),
        subscribed=subscriber.active,
        is_group=subscriber.chat_type != Chat.PRIVATE,
        lead_days=tuple(subscriber.lead_days) if subscriber.lead_days is not None else None,
        digest=subscriber.digest,
    )


async def reader_of(update: Update, context: Context) -> Reader:
    """Load (or create, with defaults from Telegram) the settings of the update's chat."""
    services = context.bot_data["services"]
    chat = update.effective_chat
    user = update.effective_user
    assert chat is not None
    lang = _initial_language(user, services.settings.crmbot_language)
    now = services.clock.now()

    def load(session: Session) -> Reader:
        subscriber = ensure_chat(
            session,
            chat_id=chat.id,
            now=now,
            lang=lang,
            timezone=services.settings.crmbot_timezone,
            chat_type=chat.type,
        )
        topics = topics_of(session, chat_id=chat.id)
        return reader_from(subscriber, topics, user_id=user.id if user else None)

    return await services.db(load)


def _initial_language(user: User | None, default: str) -> str:
    return language_of(user.language_code if user else None, default)
