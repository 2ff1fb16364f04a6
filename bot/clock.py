"""The bot's one clock: everything in bot/ asks it for the time, and tests give it a fake one."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Tells the current moment as an aware UTC datetime."""

    def now(self) -> datetime:
        """Return the current moment."""
        ...


class SystemClock:
    """The real time."""

    def now(self) -> datetime:
        """Return the current moment."""
        return datetime.now(UTC)


class ShiftedClock:
    """A clock that starts at a chosen moment and then runs on in real time (CRMBOT_NOW)."""

    def __init__(self, start: datetime) -> None:
        if start.utcoffset() is None:
            raise ValueError("the start of a shifted clock needs an offset")
        self._start = start.astimezone(UTC)
        self._origin = time.monotonic()

    def now(self) -> datetime:
        """Return the start plus the real time elapsed since the clock was made."""
        return self._start + timedelta(seconds=time.monotonic() - self._origin)


def clock_from(start: datetime | None) -> Clock:
    """Return the clock the settings ask for: shifted when CRMBOT_NOW is set, else the real one."""
    return SystemClock() if start is None else ShiftedClock(start)
