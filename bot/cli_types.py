"""Argument types shared by the sub-commands."""

from __future__ import annotations

import argparse
from datetime import date


def parse_day(value: str) -> date:
    """Parse a YYYY-MM-DD command-line date."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from exc


def positive_days(value: str) -> int:
    """Parse a number of days ahead: a whole number from 1 to 3650."""
    try:
        days = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {value!r}") from None
    if not 1 <= days <= 3650:
        raise argparse.ArgumentTypeError(f"days must be between 1 and 3650, not {days}")
    return days
