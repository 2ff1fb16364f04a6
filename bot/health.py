"""GET /healthz: does the database answer, and is the reminder tick still running?

Healthy (200) when a trivial query answers within `DATABASE_TIMEOUT` and the last tick ended
less than `stale_after` ago: three tick intervals plus a minute, room for one slow tick (a tick
sends for up to `SEND_BUDGET_SECONDS`) and one skipped. Before the first tick the age counts
from the server's start. Otherwise 503, with the same JSON saying what is wrong.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from bot.services import Services
from storage.health import ping

log = logging.getLogger(__name__)
T = TypeVar("T")

DATABASE_TIMEOUT = 5.0
STALE_MARGIN = timedelta(seconds=60)
# What a database that is down, unreachable or hanging raises.
DATABASE_ERRORS = (SQLAlchemyError, OSError, TimeoutError)


def stale_after(tick_seconds: float) -> timedelta:
    """Return the age past which the reminder tick counts as stopped."""
    return 3 * timedelta(seconds=tick_seconds) + STALE_MARGIN


@dataclass(frozen=True)
class Health:
    """What /healthz reports."""

    database: bool
    last_tick: datetime | None
    tick_age: timedelta
    stale_after: timedelta

    @property
    def tick_stale(self) -> bool:
        """Whether the tick has not run for too long."""
        return self.tick_age > self.stale_after

    @property
    def healthy(self) -> bool:
        """Whether the bot can do its work: a database, and reminders going out."""
        return self.database and not self.tick_stale

    def as_json(self) -> dict[str, Any]:
        """Return the report as the body of /healthz."""
        return {
            "status": "ok" if self.healthy else "unhealthy",
            "database": "ok" if self.database else "unreachable",
            "last_tick": self.last_tick.isoformat() if self.last_tick else None,
            "tick_age_seconds": round(self.tick_age.total_seconds(), 1),
            "tick_stale_after_seconds": self.stale_after.total_seconds(),
            "tick": "stale" if self.tick_stale else "ok",
        }


async def ask_database(services: Services, work: Callable[[Session], T], asker: str) -> T | None:
    """Return `work`'s answer, or None (logged for `asker`) when the database does not answer
    within `DATABASE_TIMEOUT`."""
    try:
        return await asyncio.wait_for(services.db(work), DATABASE_TIMEOUT)
    except DATABASE_ERRORS as exc:
        log.warning("%s: the database does not answer: %s", asker, first_line(exc))
        return None


async def database_answers(services: Services) -> bool:
    """Tell whether the database answers a trivial query in time."""
    return await ask_database(services, ping, "health check") is not None


def first_line(error: BaseException) -> str:
    """Return the first line of an error's message (a driver's may run to many)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


async def check(services: Services, *, started: datetime) -> Health:
    """Check the database and the tick's age now."""
    database = await database_answers(services)
    now = services.clock.now()
    last = services.last_tick
    return Health(
        database=database,
        last_tick=last,
        tick_age=max(timedelta(0), now - (last or started)),
        stale_after=stale_after(services.settings.crmbot_tick_seconds),
    )
