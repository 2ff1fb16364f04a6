"""When each reminder is due: pure functions of an item, a reader's settings and `now`.

Everything is sent at 09:00 in the reader's time zone on the day it is due. For each item only
the latest occasion whose moment has passed is due: after downtime the missed ones coalesce into
that one, and a reader never gets two reminders of one item on one day. An occasion is keyed by
what it reminds of and the item's day, so a revised date plans afresh and a stale plan is
recognised when the item no longer matches it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from storage.recurrence import occurrences

SEND_AT = time(9, 0)
DEADLINE_LEADS = (14, 7, 1, 0)
EVENT_LEADS = (14, 3, 1)
CONFIRM_NUDGES = (10, 5)  # days before an event asking for confirmation, to non-responders
DIGEST_WEEKDAY = 0  # Monday
DIGEST_DAYS = 30
# Overdue deadlines are nudged weekly for this long after they passed, then left to /tasks.
OVERDUE_NUDGE_DAYS = 90
# A reminder sent this long after its moment says it is late.
LATE_AFTER = timedelta(hours=1)
# A digest whose moment passed longer ago than this (the bot was down) is skipped, not sent.
DIGEST_GRACE = timedelta(hours=3)

REMIND, CONFIRM, OVERDUE, DIGEST, SNOOZE = "remind", "confirm", "overdue", "digest", "snooze"


@dataclass(frozen=True)
class Occasion:
    """One message due to one reader: what kind, about which item and day, and when."""

    kind: str
    occasion: str  # unique for the reader and item: "d7@2017-07-15", "w@2017-07-03"
    due_at: datetime  # aware UTC
    target: date | None  # the item's day the message is about (None for a digest)
    late: bool = False


@lru_cache(maxsize=4096)  # the planner asks for the same few days and zones many times
def moment(day: date, zone: str) -> datetime:
    """Return 09:00 on `day` in `zone`, as an aware datetime (UTC offset of that day)."""
    return datetime.combine(day, SEND_AT, tzinfo=ZoneInfo(zone))


def target_day(kind: str, start: date | None, end: date) -> date:
    """The day reminders count to: a deadline's end, an event's start (a window's start)."""
    return (start or end) if kind == "event" else end


def leads_for(kind: str, chosen: Sequence[int] | None) -> tuple[int, ...]:
    """The reader's lead times, or the policy's defaults for this kind of item."""
    if chosen is not None:
        return tuple(sorted(set(chosen), reverse=True))
    return EVENT_LEADS if kind == "event" else DEADLINE_LEADS


def reminder_due(
    *, kind: str, target: date, leads: Sequence[int], zone: str, now: datetime
) -> Occasion | None:
    """Return the reminder of an item due at `now`, or None.

    Only the nearest lead time whose moment has passed counts, so missed ones coalesce; an item
    whose day has passed in the reader's zone is not reminded at all.
    """
    today = now.astimezone(ZoneInfo(zone)).date()
    if target < today:
        return None
    passed = [lead for lead in leads if moment(target - timedelta(days=lead), zone) <= now]
    if not passed:
        return None
    lead = min(passed)
    due_at = moment(target - timedelta(days=lead), zone)
    return Occasion(
        REMIND, f"d{lead}@{target.isoformat()}", due_at, target, late=now - due_at > LATE_AFTER
    )


def occurrences_ahead(
    recurrence: Mapping[str, Any], first: date, *, leads: Sequence[int], zone: str, now: datetime
) -> list[date]:
    """Return the occurrences of a recurring duty a reminder can be about at `now`: those from
    the reader's today up to the longest lead time ahead (never the whole series)."""
    today = now.astimezone(ZoneInfo(zone)).date()
    return occurrences(recurrence, first, since=today, until=today + timedelta(days=max(leads)))


def recurring_reminder_due(
    *,
    recurrence: Mapping[str, Any],
    first: date,
    leads: Sequence[int],
    zone: str,
    now: datetime,
) -> Occasion | None:
    """Return the reminder of a recurring duty due at `now`, or None.

    Each occurrence is reminded like a deadline of its own, keyed by its day; when two are due
    at once (a monthly duty with a 14-day lead), the latest moment wins, as for one item.
    """
    due = [
        reminder_due(kind="deadline", target=day, leads=leads, zone=zone, now=now)
        for day in occurrences_ahead(recurrence, first, leads=leads, zone=zone, now=now)
    ]
    return max((d for d in due if d is not None), key=lambda d: d.due_at, default=None)


def confirm_nudge_due(*, target: date, zone: str, now: datetime) -> Occasion | None:
    """Return the nudge to confirm participation in an event due at `now`, or None."""
    due = reminder_due(kind="event", target=target, leads=CONFIRM_NUDGES, zone=zone, now=now)
    if due is None or target <= now.astimezone(ZoneInfo(zone)).date():
        return None
    return Occasion(CONFIRM, "c" + due.occasion[1:], due.due_at, target, due.late)


def last_monday(now: datetime, zone: str) -> date:
    """Return the latest Monday on or before the reader's today."""
    today = now.astimezone(ZoneInfo(zone)).date()
    return today - timedelta(days=(today.weekday() - DIGEST_WEEKDAY) % 7)


def overdue_nudge_due(*, end: date, zone: str, now: datetime) -> Occasion | None:
    """Return this week's nudge about a deadline passed and not marked sent, or None."""
    monday = last_monday(now, zone)
    due_at = moment(monday, zone)
    if due_at > now or not end < monday or (monday - end).days > OVERDUE_NUDGE_DAYS:
        return None
    return Occasion(
        OVERDUE,
        f"o{monday.isoformat()}@{end.isoformat()}",
        due_at,
        end,
        late=now - due_at > LATE_AFTER,
    )


def digest_due(*, zone: str, now: datetime) -> Occasion | None:
    """Return this week's digest if its moment has come and not long passed, else None."""
    monday = last_monday(now, zone)
    due_at = moment(monday, zone)
    if due_at > now or now - due_at > DIGEST_GRACE:
        return None
    return Occasion(DIGEST, f"w@{monday.isoformat()}", due_at, None)


def upcoming_moments(
    *, kind: str, target: date, leads: Sequence[int], zone: str, after: datetime, until: datetime
) -> list[datetime]:
    """Return the reminder moments of an item between `after` and `until` (for previews)."""
    found = []
    for lead in sorted(set(leads), reverse=True):
        at = moment(target - timedelta(days=lead), zone)
        if after < at <= until:
            found.append(at)
    return found
