"""The planner: at each tick, write to the outbox what fell due since the last one.

Planning covers the moments in (planned_through, now]: a normal tick looks at a minute, the first
tick after downtime at everything missed (coalesced per item by the policy). Chats with the same
settings (zone, lead times, country, topics, roles) share a profile, so the work grows with the
number of profiles and of due items, not with chats times items.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.reminders.policy import (
    CONFIRM_NUDGES,
    DIGEST,
    DIGEST_WEEKDAY,
    LATE_AFTER,
    OVERDUE_NUDGE_DAYS,
    Occasion,
    confirm_nudge_due,
    digest_due,
    leads_for,
    moment,
    overdue_nudge_due,
    reminder_due,
    target_day,
)
from storage.actors import names_covering
from storage.models import DEADLINE, EVENT
from storage.reminders import (
    Planned,
    Recipient,
    ReminderItem,
    active_zones,
    countries_answered,
    countries_done,
    enqueue,
    existing_keys,
    muted,
    occurrences_done,
    planned_through,
    recent_days,
    recipients,
    recurring_items,
    reminder_items,
    set_planned_through,
)

# Downtime longer than this is not made up for beyond it: those reminders are stale.
MAX_LOOK_BACK = timedelta(days=31)


@dataclass
class PlanReport:
    """What one planning run did."""

    since: datetime
    until: datetime
    planned: int = 0
    skipped_digests: int = 0


@dataclass(frozen=True)
class _Profile:
    zone: str
    leads: tuple[int, ...] | None
    country: str | None
    topics: frozenset[str]
    covering: frozenset[str]
    focal_for: frozenset[str]
    digest: bool
    member: bool


def plan(session: Session, *, now: datetime, forum: str = "CRM") -> PlanReport:
    """Write every message due in (planned_through, now] to the outbox; the caller commits."""
    last = planned_through(session)
    if last is None:
        # A new store: planning starts now, and moments before the bot first ran are not made
        # up for (a reminder "late" by the whole history of the documents is noise).
        set_planned_through(session, moment=now)
        return PlanReport(since=now, until=now)
    since = max(last, now - MAX_LOOK_BACK)
    report = PlanReport(since=since, until=now)
    if since >= now:
        return report
    planned = due_between(session, since=since, now=now, forum=forum, report=report)
    have = existing_keys(session, (p.key for p in planned))
    report.planned = enqueue(session, [p for p in planned if p.key not in have], now=now)
    set_planned_through(session, moment=now)
    return report


def due_between(
    session: Session,
    *,
    since: datetime,
    now: datetime,
    forum: str = "CRM",
    report: PlanReport | None = None,
    preview: bool = False,
) -> list[Planned]:
    """Return the messages whose moment falls in (since, now], one per chat and item.

    A tick judges every message at `now` (an item already past is stale, a digest long missed
    is skipped); a `preview` judges each at its own moment, as the ticks then will.
    """
    report = report or PlanReport(since=since, until=now)
    # Most ticks cross no 09:00 anywhere: then there is nothing to plan and nothing to read.
    if not any(_days_at_nine(zone, since, now) for zone in active_zones(session)):
        return []
    chats = recipients(session, forum=forum)
    profiles: dict[_Profile, list[Recipient]] = defaultdict(list)
    for chat in chats:
        profiles[_profile_of(chat)].append(chat)

    # Which reminder days can have a moment in the window, per zone and lead time.
    windows = {zone: _days_at_nine(zone, since, now) for zone in {p.zone for p in profiles}}
    targets: set[date] = set()
    mondays: dict[str, list[date]] = {}
    for profile in profiles:
        days = windows[profile.zone]
        leads = set(leads_for(DEADLINE, profile.leads)) | set(leads_for(EVENT, profile.leads))
        if profile.focal_for:
            leads |= set(CONFIRM_NUDGES)
        targets |= {day + timedelta(days=lead) for day in days for lead in leads}
        mondays[profile.zone] = [d for d in days if d.weekday() == DIGEST_WEEKDAY]
    overdue = None
    if any(mondays.values()) and any(p.focal_for for p in profiles):
        first_monday = min(d for days in mondays.values() for d in days)
        overdue = (first_monday - timedelta(days=OVERDUE_NUDGE_DAYS), now.date())
    items = reminder_items(session, targets=targets, overdue=overdue)
    # Each occurrence of a recurring duty is an item of its own, due on its day.
    items += recurring_items(session, targets=targets, overdue=overdue)
    by_target: dict[date, list[ReminderItem]] = defaultdict(list)
    for item in items:
        by_target[target_day(item.kind, item.start, item.end)].append(item)
    group_ids = [i.group_id for i in items]
    marked = countries_done(session, group_ids)
    marked_occurrences = occurrences_done(session, group_ids)

    def done(item: ReminderItem) -> Collection[str]:
        """The countries that marked this item (or this occurrence of it) sent."""
        if item.occurrence is not None:
            return marked_occurrences.get((item.group_id, item.occurrence), ())
        return marked.get(item.group_id, ())

    answered = countries_answered(session, group_ids)
    stopped = muted(session)
    covering_cache: dict[str, frozenset[str]] = {}

    def covering(country: str) -> frozenset[str]:
        if country not in covering_cache:
            covering_cache[country] = frozenset(names_covering(session, country, forum=forum))
        return covering_cache[country]

    planned: list[Planned] = []
    for profile, members in profiles.items():
        due = _due_for_profile(
            preview,
            profile,
            windows[profile.zone],
            by_target,
            items,
            done,
            answered,
            covering,
            since,
            now,
        )
        for chat in members:
            if chat.digest and profile.digest:
                digest = _digest(chat, windows[profile.zone], now, report, preview)
                if digest is not None:
                    planned.append(digest)
            for group_id, (kind, occasion, target, due_at) in due.items():
                if (chat.subscriber_id, group_id) in stopped:
                    continue
                planned.append(
                    Planned(
                        chat.subscriber_id,
                        group_id,
                        kind,
                        occasion,
                        target,
                        due_at,
                        late=now - due_at > LATE_AFTER,
                    )
                )
    return _one_per_item_and_day(session, planned, since)


def _profile_of(chat: Recipient) -> _Profile:
    return _Profile(
        chat.timezone,
        chat.lead_days,
        chat.country,
        chat.topics,
        chat.covering,
        chat.focal_for,
        chat.digest,
        chat.member,
    )


def _days_at_nine(zone: str, since: datetime, now: datetime) -> list[date]:
    """Return the local days whose 09:00 in `zone` falls in (since, now]."""
    tz = ZoneInfo(zone)
    day = since.astimezone(tz).date() - timedelta(days=1)
    last = now.astimezone(tz).date()
    days = []
    while day <= last:
        if since < moment(day, zone) <= now:
            days.append(day)
        day += timedelta(days=1)
    return days


def _concerns(profile: _Profile, item: ReminderItem) -> bool:
    if item.members_only and not profile.member:
        return False  # never to public users, never to groups
    if profile.country is None and not profile.topics:
        return True
    return bool(item.names & profile.covering) or bool(item.topics & profile.topics)


def _due_for_profile(
    preview: bool,
    profile: _Profile,
    days: list[date],
    by_target: dict[date, list[ReminderItem]],
    items: list[ReminderItem],
    done: Callable[[ReminderItem], Collection[str]],
    answered: dict[int, set[str]],
    covering: Callable[[str], frozenset[str]],
    since: datetime,
    now: datetime,
) -> dict[int, tuple[str, str, date, datetime]]:
    """Return, per item, the one message due to chats of this profile in the window."""
    zone = profile.zone
    due: dict[int, tuple[str, str, date, datetime]] = {}

    def keep(group_id: int, occasion: Occasion | None) -> None:
        if occasion is None or occasion.target is None:
            return
        # The latest moment wins: missed reminders of one item coalesce into it.
        if group_id not in due or due[group_id][3] < occasion.due_at:
            due[group_id] = (occasion.kind, occasion.occasion, occasion.target, occasion.due_at)

    focal_countries = {c: covering(c) for c in profile.focal_for}
    for day in days:
        # A tick judges at `now`; a preview judges each day at that day's 09:00.
        as_of = moment(day, zone) if preview else now
        for kind in (DEADLINE, EVENT):
            leads = leads_for(kind, profile.leads)
            for lead in leads:
                target = day + timedelta(days=lead)
                for item in by_target.get(target, ()):
                    if item.kind != kind or not _concerns(profile, item):
                        continue
                    if kind == DEADLINE and profile.country in done(item):
                        continue  # the reader's country has sent it
                    keep(
                        item.group_id,
                        reminder_due(kind=kind, target=target, leads=leads, zone=zone, now=as_of),
                    )
        # Focal points of countries that have not answered an event asking for confirmation.
        for lead in CONFIRM_NUDGES if focal_countries else ():
            target = day + timedelta(days=lead)
            for item in by_target.get(target, ()):
                if item.kind != EVENT or not item.confirm:
                    continue
                pending = [
                    c
                    for c, names in focal_countries.items()
                    if item.names & names and c not in answered.get(item.group_id, ())
                ]
                if pending:
                    keep(item.group_id, confirm_nudge_due(target=target, zone=zone, now=as_of))
        # Monday: focal points hear of their countries' overdue deadlines not marked sent.
        if focal_countries and day.weekday() == DIGEST_WEEKDAY:
            for item in items:
                if item.kind != DEADLINE:
                    continue
                pending = [
                    c
                    for c, names in focal_countries.items()
                    if item.names & names and c not in done(item)
                ]
                if pending:
                    nudge = overdue_nudge_due(end=item.end, zone=zone, now=moment(day, zone))
                    keep(item.group_id, nudge)
    return due


def _digest(
    chat: Recipient, days: list[date], now: datetime, report: PlanReport, preview: bool
) -> Planned | None:
    mondays = [d for d in days if d.weekday() == DIGEST_WEEKDAY]
    if not mondays:
        return None
    as_of = moment(max(mondays), chat.timezone) if preview else now
    digest = digest_due(zone=chat.timezone, now=as_of)
    if digest is None:
        # Missed while the bot was down: a week-old digest is noise, so it is skipped.
        report.skipped_digests += 1
        return None
    return Planned(chat.subscriber_id, None, DIGEST, digest.occasion, None, digest.due_at)


def _one_per_item_and_day(
    session: Session, planned: list[Planned], since: datetime
) -> list[Planned]:
    """Drop a message about an item to a chat that already has one planned that same day."""
    earlier = recent_days(session, since=since - timedelta(days=2))
    kept = []
    for p in planned:
        if p.group_id is not None:
            local_day = p.due_at.date()  # due_at is in the chat's own zone
            others = earlier.get((p.subscriber_id, p.group_id), ())
            if any(
                d.astimezone(p.due_at.tzinfo).date() == local_day and d != p.due_at for d in others
            ):
                continue
        kept.append(p)
    return kept
