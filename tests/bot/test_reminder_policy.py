"""The reminder policy as tables: lead times, windows, coalescing, digests, nudges, time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.reminders.policy import (
    DEADLINE_LEADS,
    EVENT_LEADS,
    confirm_nudge_due,
    digest_due,
    leads_for,
    moment,
    overdue_nudge_due,
    reminder_due,
    target_day,
)

JULY_15 = date(2017, 7, 15)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (utc(2017, 6, 30, 13, 59), None),  # 14 days before, 08:59 in Guatemala (UTC-6)
        (utc(2017, 7, 1, 15, 0), "d14@2017-07-15"),  # 14 days before, 09:00
        (utc(2017, 7, 7, 23, 0), "d14@2017-07-15"),
        (utc(2017, 7, 8, 15, 0), "d7@2017-07-15"),
        (utc(2017, 7, 14, 15, 0), "d1@2017-07-15"),
        (utc(2017, 7, 15, 15, 0), "d0@2017-07-15"),
        (utc(2017, 7, 16, 5, 59), "d0@2017-07-15"),  # still the 15th in Guatemala
        (utc(2017, 7, 16, 6, 0), None),  # the 16th there: the day has passed
    ],
)
def test_a_deadline_is_reminded_at_each_lead_time_at_nine(
    now: datetime, expected: str | None
) -> None:
    due = reminder_due(
        kind="deadline", target=JULY_15, leads=DEADLINE_LEADS, zone="America/Guatemala", now=now
    )
    assert (due.occasion if due else None) == expected


def test_missed_occasions_coalesce_into_the_latest_and_say_late() -> None:
    # Down from before the 14-day moment until after the 7-day one: one reminder, the 7-day one.
    due = reminder_due(
        kind="deadline",
        target=JULY_15,
        leads=DEADLINE_LEADS,
        zone="America/Guatemala",
        now=utc(2017, 7, 9, 20, 0),
    )
    assert due is not None and due.occasion == "d7@2017-07-15" and due.late
    on_time = reminder_due(
        kind="deadline",
        target=JULY_15,
        leads=DEADLINE_LEADS,
        zone="America/Guatemala",
        now=utc(2017, 7, 8, 15, 5),
    )
    assert on_time is not None and not on_time.late


def test_events_count_to_their_start_and_deadline_windows_to_their_end() -> None:
    assert target_day("event", date(2017, 8, 8), date(2017, 8, 9)) == date(2017, 8, 8)
    assert target_day("deadline", date(2017, 1, 1), date(2017, 6, 30)) == date(2017, 6, 30)
    assert target_day("event", date(2017, 1, 1), date(2017, 6, 30)) == date(2017, 1, 1)
    assert leads_for("event", None) == EVENT_LEADS
    assert leads_for("deadline", None) == DEADLINE_LEADS
    assert leads_for("event", [1, 30, 7, 7]) == (30, 7, 1)


ZONES_JULY = [
    ("America/Mexico_City", 14),  # 2017: daylight time, UTC-5
    ("America/Guatemala", 15),
    ("America/Panama", 14),
    ("America/Santo_Domingo", 13),
    ("America/Toronto", 13),
    ("America/Los_Angeles", 16),
    ("America/New_York", 13),
    ("America/Belize", 15),
]


@pytest.mark.parametrize(("zone", "utc_hour"), ZONES_JULY)
def test_nine_in_the_morning_in_each_zone_of_the_region(zone: str, utc_hour: int) -> None:
    at = moment(JULY_15, zone)
    assert at.astimezone(UTC) == utc(2017, 7, 15, utc_hour, 0)


@pytest.mark.parametrize(
    ("zone", "before", "after"),
    [
        # Daylight time starts on 11 March 2018 in the United States and Canada.
        ("America/Toronto", 14, 13),
        ("America/New_York", 14, 13),
        ("America/Los_Angeles", 17, 16),
        # Mexico City kept daylight time then (from 1 April 2018); Guatemala never did.
        ("America/Guatemala", 15, 15),
    ],
)
def test_nine_stays_nine_across_a_daylight_saving_change(
    zone: str, before: int, after: int
) -> None:
    deadline = date(2018, 3, 14)
    week_before = reminder_due(
        kind="deadline", target=deadline, leads=(7,), zone=zone, now=utc(2018, 3, 8, 0, 0)
    )
    assert week_before is not None and week_before.due_at.astimezone(UTC).hour == before
    day_before = reminder_due(
        kind="deadline", target=deadline, leads=(1,), zone=zone, now=utc(2018, 3, 14, 0, 0)
    )
    assert day_before is not None and day_before.due_at.astimezone(UTC).hour == after


def test_confirmation_nudges_at_ten_and_five_days_before_the_event() -> None:
    start = date(2017, 8, 8)
    zone = "America/Panama"
    assert confirm_nudge_due(target=start, zone=zone, now=utc(2017, 7, 29, 13, 0)) is None
    ten = confirm_nudge_due(target=start, zone=zone, now=utc(2017, 7, 29, 14, 0))
    assert ten is not None and ten.occasion == "c10@2017-08-08"
    five = confirm_nudge_due(target=start, zone=zone, now=utc(2017, 8, 3, 14, 0))
    assert five is not None and five.occasion == "c5@2017-08-08"
    assert confirm_nudge_due(target=start, zone=zone, now=utc(2017, 8, 8, 14, 0)) is None


def test_an_overdue_deadline_is_nudged_each_monday_for_a_while() -> None:
    zone = "America/Guatemala"
    # 17 July 2017 is a Monday.
    assert overdue_nudge_due(end=JULY_15, zone=zone, now=utc(2017, 7, 17, 14, 59)) is None
    nudge = overdue_nudge_due(end=JULY_15, zone=zone, now=utc(2017, 7, 17, 15, 0))
    assert nudge is not None and nudge.occasion == "o2017-07-17@2017-07-15"
    later = overdue_nudge_due(end=JULY_15, zone=zone, now=utc(2017, 7, 26, 15, 0))
    assert later is not None and later.occasion == "o2017-07-24@2017-07-15"
    assert overdue_nudge_due(end=JULY_15, zone=zone, now=utc(2017, 12, 4, 15, 0)) is None


def test_the_weekly_digest_is_on_monday_at_nine_and_skipped_when_missed() -> None:
    zone = "America/Santo_Domingo"
    digest = digest_due(zone=zone, now=utc(2017, 7, 17, 13, 0))
    assert digest is not None and digest.occasion == "w@2017-07-17"
    assert digest_due(zone=zone, now=utc(2017, 7, 17, 12, 59)) is None
    # Down all Monday morning: the digest is skipped, not sent in the afternoon.
    assert digest_due(zone=zone, now=utc(2017, 7, 17, 17, 0)) is None
    assert digest_due(zone=zone, now=utc(2017, 7, 18, 13, 0)) is None
