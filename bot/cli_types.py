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
