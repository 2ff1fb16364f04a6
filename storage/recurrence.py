"""The occurrences of a recurring duty, from its stored recurrence and first due date.

A commitment's `recurrence` is {"freq": "MONTHLY", "interval": 3, "dtstart": "2018-03-31",
"until": null, "count": null}; its `end` is the first due date (the series starts there, so a
reviewer's new date moves the whole series). The
series is computed by dateutil's rrule, lazily and only between two dates: an unbounded series
is never listed whole. A first due date on the last day of its month keeps to month ends
(31 March, 30 June, 30 September, 31 December); one on the 29th-31st that is not a month end
falls back to the month's last day where the month is shorter (30 January -> 28 February).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule

FREQUENCIES = {"WEEKLY": WEEKLY, "MONTHLY": MONTHLY, "YEARLY": YEARLY}
MAX_INTERVAL = 120
# An occurrence older than this is no longer the one a country still owes ("sent" is about).
OWED_LOOK_BACK_DAYS = 90


class BadRecurrence(ValueError):
    """A stored or ingested recurrence that does not describe a series."""


def normalize(value: Any) -> dict[str, Any] | None:
    """Return a recurrence in its stored shape, or None; raise BadRecurrence if malformed."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise BadRecurrence("recurrence must be an object")
    freq = value.get("freq")
    if freq not in FREQUENCIES:
        raise BadRecurrence(f"unknown frequency {freq!r}")
    interval = value.get("interval", 1)
    if not isinstance(interval, int) or isinstance(interval, bool):
        raise BadRecurrence("interval must be a whole number")
    if not 1 <= interval <= MAX_INTERVAL:
        raise BadRecurrence(f"interval out of range: {interval}")
    count = value.get("count")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 1):
        raise BadRecurrence("count must be a positive whole number")
    return {
        "freq": freq,
        "interval": interval,
        "dtstart": _iso(value.get("dtstart"), "dtstart"),
        "until": _iso(value.get("until"), "until"),
        "count": count,
    }


def series(recurrence: Mapping[str, Any], first: date) -> rrule:
    """The rrule of a series first due on `first` (a lazy rule, never listed whole)."""
    freq = FREQUENCIES[recurrence["freq"]]
    options: dict[str, Any] = {}
    if freq in (MONTHLY, YEARLY):
        if (first + timedelta(days=1)).day == 1:
            options["bymonthday"] = -1  # month ends stay month ends
        elif first.day > 28:
            options["bymonthday"] = tuple(range(28, first.day + 1))
            options["bysetpos"] = -1  # the 30th, or the month's last day if shorter
        if freq == YEARLY and options:
            options["bymonth"] = first.month
    until = recurrence.get("until")
    return rrule(
        freq,
        interval=recurrence.get("interval", 1),
        dtstart=_midnight(first),
        until=_midnight(date.fromisoformat(until)) if until else None,
        count=recurrence.get("count"),
        cache=False,
        **options,
    )


def occurrences(
    recurrence: Mapping[str, Any], first: date, *, since: date, until: date
) -> list[date]:
    """Return the due dates of the series from `since` to `until`, both included."""
    if until < since:
        return []
    rule = series(recurrence, first)
    return [d.date() for d in rule.between(_midnight(since), _midnight(until), inc=True)]


def next_occurrence(
    recurrence: Mapping[str, Any], first: date, *, on_or_after: date
) -> date | None:
    """Return the first due date on or after a day, or None when the series has ended."""
    found = series(recurrence, first).after(_midnight(on_or_after), inc=True)
    return found.date() if found is not None else None


def occurrence_owed(
    recurrence: Mapping[str, Any], first: date, *, done: Collection[date], today: date
) -> date | None:
    """Return the occurrence a country's "sent" is about on `today`, or None (series over).

    The oldest occurrence of the last `OWED_LOOK_BACK_DAYS` days not in `done`, else the next
    one due on or after today (which may be marked done already).
    """
    upcoming = next_occurrence(recurrence, first, on_or_after=today)
    since = today - timedelta(days=OWED_LOOK_BACK_DAYS)
    for day in occurrences(recurrence, first, since=since, until=today):
        if day not in done and day != upcoming:
            return day
    return upcoming


def rrule_parts(recurrence: Mapping[str, Any], first: date) -> dict[str, Any]:
    """Return the series as RFC 5545 RRULE parts (FREQ, INTERVAL, BYMONTHDAY..., UNTIL, COUNT),
    the same dates `series` gives when expanded from `first`."""
    parts: dict[str, Any] = {"FREQ": recurrence["freq"], "INTERVAL": recurrence.get("interval", 1)}
    if recurrence["freq"] in ("MONTHLY", "YEARLY"):
        if (first + timedelta(days=1)).day == 1:
            parts["BYMONTHDAY"] = -1
        elif first.day > 28:
            parts["BYMONTHDAY"] = list(range(28, first.day + 1))
            parts["BYSETPOS"] = -1
        if recurrence["freq"] == "YEARLY" and "BYMONTHDAY" in parts:
            parts["BYMONTH"] = first.month
    if recurrence.get("until"):
        parts["UNTIL"] = date.fromisoformat(recurrence["until"])
    if recurrence.get("count"):
        parts["COUNT"] = recurrence["count"]
    return parts


def is_occurrence(recurrence: Mapping[str, Any], first: date, day: date) -> bool:
    """Tell whether `day` is one of the series' due dates."""
    return next_occurrence(recurrence, first, on_or_after=day) == day


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _iso(value: Any, what: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise BadRecurrence(f"{what} is not a date: {value!r}")
