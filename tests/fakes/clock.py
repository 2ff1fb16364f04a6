"""A clock that tests move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta


class FakeClock:
    """Stands still until a test sets or advances it."""

    def __init__(self, start: datetime) -> None:
        if start.utcoffset() is None:
            raise ValueError("a fake clock needs an aware start")
        self.current = start

    def now(self) -> datetime:
        """Return the moment the test set."""
        return self.current

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward (timedelta keywords) and return the new moment."""
        self.current += timedelta(**delta)
        return self.current

    def set(self, moment: datetime) -> None:
        """Jump to a moment."""
        if moment.utcoffset() is None:
            raise ValueError("a fake clock needs an aware moment")
        self.current = moment
