"""Items as calendars: an iCalendar file of a reader's items, and "add to calendar" links.

Every item is an all-day event (DTEND the day after its last day, as RFC 5545 counts it), so it
falls on the same dates in every time zone; a window ("primer semestre de 2017") spans its days
and says it is approximate. An item's UID comes from its commitment group, the same in Spanish
and English and across revisions, so importing the file again updates the calendar instead of
adding copies, and a withdrawn item is sent cancelled. Calendar apps ignore an update whose
SEQUENCE is not higher than the one they hold, so SEQUENCE never goes down and grows whenever
an event's text does: it is the later of the item's last change in any language (not the shown
version's: a reader may be shown the other language's) and the feed's revision, raised when the
feed is rendered differently (another language, other lead times, other names). Each of the
reader's lead times is an alarm at 09:00 that many days before. A recurring deadline is one
event on its first due day with an RRULE, so its alarms come before every occurrence; calendars
expand it to the same dates the bot reminds.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vRecur
from sqlmodel import Session

from bot.catalog import Catalog
from bot.formatting import clip, every_text, is_window, source_text, when_text
from bot.i18n import say
from bot.reminders.policy import SEND_AT, leads_for, target_day
from storage.calendars import last_changes, withdrawn_between
from storage.models import DEADLINE, WITHDRAWN, Commitment
from storage.queries import items_between
from storage.recurrence import rrule_parts

# Fixed for good: calendars that imported an item know it by this domain and its group id.
UID_DOMAIN = "crmbot.crm-rcm.org"
PRODID = "-//CRM//crmbot//ES"
# A calendar holds what ended up to a month ago and what falls in the next two years.
PAST_DAYS = 30
AHEAD_DAYS = 730
# SEQUENCE counts seconds since this moment (32 bits last until 2068): two changes a minute
# apart still differ.
SEQUENCE_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
# Raise when the text of events changes in code: every feed's revision then goes up once.
EVENT_FORMAT = 1
SUMMARY_CHARS = 120
LINK_DETAIL_CHARS = 600


@dataclass(frozen=True)
class Scope:
    """Whose calendar: language, country and topics of the items, lead times, members-only."""

    lang: str
    timezone: str
    country: str | None
    topics: tuple[str, ...] = ()
    lead_days: tuple[int, ...] | None = None
    members: bool = False


@dataclass(frozen=True)
class Gathered:
    """What goes into a calendar: the items, the withdrawn ones, when each item last changed
    (by group), and when any did."""

    items: list[Commitment]
    cancelled: list[Commitment]
    last_modified: datetime
    changed: dict[int, datetime] = field(default_factory=dict)


def sequence_at(moment: datetime) -> int:
    """Return the SEQUENCE of a change made at `moment`."""
    return int((_aware(moment) - SEQUENCE_EPOCH).total_seconds())


def moment_of(sequence: int) -> datetime:
    """Return the moment a SEQUENCE counts up to."""
    return SEQUENCE_EPOCH + timedelta(seconds=sequence)


def rendering(scope: Scope, catalog: Catalog) -> str:
    """Fingerprint what a calendar's events are rendered with besides the items themselves:
    the format, the language, the lead times (alarms) and the names of countries and actors."""
    names = sorted(catalog.actor_names.items())
    text = repr((EVENT_FORMAT, scope.lang, scope.lead_days, names))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def uid_of(group_id: int) -> str:
    """Return the UID of a linked item: its group id at the project's fixed domain."""
    return f"commitment-{group_id}@{UID_DOMAIN}"


def gather(session: Session, scope: Scope, now: datetime) -> Gathered:
    """Read the items a calendar of `scope` holds at `now`, with their sources loaded."""
    today = now.astimezone(ZoneInfo(scope.timezone)).date()
    first, last = today - timedelta(days=PAST_DAYS), today + timedelta(days=AHEAD_DAYS)
    items = items_between(
        session=session,
        now=now,
        first=first,
        last=last,
        lang=scope.lang,
        country=scope.country,
        topics=scope.topics,
        members=scope.members,
    )
    cancelled = withdrawn_between(
        session=session,
        now=now,
        first=first,
        last=last,
        lang=scope.lang,
        country=scope.country,
        topics=scope.topics,
        members=scope.members,
    )
    for item in [*items, *cancelled]:
        _ = item.document.meeting.title
    # The window moves each day, so a calendar is never older than the reader's midnight.
    midnight = datetime.combine(today, time(0), tzinfo=ZoneInfo(scope.timezone)).astimezone(UTC)
    changed = last_changes(session, group_ids=[i.group_id for i in [*items, *cancelled]])
    return Gathered(items, cancelled, max([midnight, *changed.values()]), changed)


def build_calendar(
    items: Sequence[Commitment],
    *,
    catalog: Catalog,
    lang: str,
    lead_days: Sequence[int] | None,
    name: str,
    cancelled: Sequence[Commitment] = (),
    changed: Mapping[int, datetime] | None = None,
    revision: int = 0,
) -> bytes:
    """Return an iCalendar file of `items` (and `cancelled` ones), in `lang`.

    `changed` gives when each item (by group) last changed in any language, the shown
    version's own change otherwise; `revision` is the feed's (see `revise_feed`).
    """
    changed = changed or {}
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    # Subscribed calendars refresh twice a day: reminders are by the day, not the minute.
    calendar.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    for item, leads in [*((i, lead_days) for i in items), *((i, ()) for i in cancelled)]:
        when = changed.get(item.group_id, _aware(item.updated_at))
        calendar.add_component(
            _event(
                item, catalog=catalog, lang=lang, lead_days=leads, changed=when, revision=revision
            )
        )
    return calendar.to_ical()


def _event(
    item: Commitment,
    *,
    catalog: Catalog,
    lang: str,
    lead_days: Sequence[int] | None,
    changed: datetime,
    revision: int,
) -> Event:
    assert item.end is not None, "only dated items go into calendars"
    # A recurring deadline's occurrences are days, the first one its first due date.
    repeats = item.recurrence is not None and item.kind == DEADLINE
    first = item.end if repeats else item.start or item.end
    event = Event()
    event.add("uid", uid_of(item.group_id))
    changed = _aware(changed)
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("sequence", max(sequence_at(changed), revision))
    event.add("summary", summary(item, lang))
    event.add("dtstart", first)
    event.add("dtend", item.end + timedelta(days=1))
    if repeats:
        assert item.recurrence is not None
        event.add("rrule", rrule_parts(item.recurrence, item.end))
    event.add("transp", "TRANSPARENT")
    event.add("description", description(item, catalog=catalog, lang=lang))
    if item.where:
        event.add("location", item.where)
    event.add("categories", [say(lang, f"kind_{item.kind}")])
    cancelled = item.status == WITHDRAWN
    event.add(
        "status", "CANCELLED" if cancelled else "TENTATIVE" if is_window(item) else "CONFIRMED"
    )
    if cancelled:
        return event
    target = item.end if repeats else target_day(item.kind, item.start, item.end)
    for lead in leads_for(item.kind, lead_days):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary(item, lang))
        # 09:00 on the day `lead` days before the item's day, counted from DTSTART (midnight).
        offset = (target - first).days - lead
        alarm.add("trigger", timedelta(days=offset, hours=SEND_AT.hour, minutes=SEND_AT.minute))
        event.add_component(alarm)
    return event


def summary(item: Commitment, lang: str) -> str:
    """One line: the kind and what, marked approximate for a window."""
    text = f"{say(lang, f'kind_{item.kind}')}: {clip(item.what or item.quote, SUMMARY_CHARS)}"
    if item.status == WITHDRAWN:
        text = f"[{say(lang, 'cal_cancelled')}] {text}"
    if is_window(item):
        text += f" ({say(lang, 'approximate')})"
    return text


def description(item: Commitment, *, catalog: Catalog, lang: str) -> str:
    """Plain text: when, what, who, where, and the source paragraph with its quote."""
    lines = [f"{say(lang, 'cal_when')}: {when_text(item, lang)}"]
    if is_window(item):
        lines[0] += f" ({say(lang, 'approximate')})"
    if item.recurrence is not None and item.kind == DEADLINE:
        lines[0] += f" · {every_text(item.recurrence, lang)}"
    lines.append(f"{say(lang, f'kind_{item.kind}')}: {item.what or item.quote}")
    if item.who:
        who = ", ".join(catalog.actor_name(name, lang) for name in item.who)
        lines.append(f"{say(lang, 'cal_who')}: {who}")
    if item.where:
        lines.append(f"{say(lang, 'cal_where')}: {item.where}")
    lines.append(f"{say(lang, 'cal_source')}: {html.unescape(source_text(item, lang))}")
    lines.append(f"«{item.quote}»")
    if item.status == WITHDRAWN:
        lines.insert(0, say(lang, "cal_withdrawn"))
    return "\n\n".join(lines)


def google_link(item: Commitment, *, catalog: Catalog, lang: str) -> str:
    """Return a link that opens Google Calendar with the item filled in, all day."""
    assert item.end is not None
    first, after = item.start or item.end, item.end + timedelta(days=1)
    values = {
        "action": "TEMPLATE",
        "text": summary(item, lang),
        "dates": f"{first:%Y%m%d}/{after:%Y%m%d}",
        "details": _link_details(item, catalog=catalog, lang=lang),
    }
    if item.where:
        values["location"] = item.where
    if item.recurrence is not None and item.kind == DEADLINE:
        # The series from its first due day, as in the .ics file.
        rule = vRecur(rrule_parts(item.recurrence, item.end)).to_ical().decode()
        values["dates"] = f"{item.end:%Y%m%d}/{after:%Y%m%d}"
        values["recur"] = f"RRULE:{rule}"
    return "https://calendar.google.com/calendar/render?" + urlencode(values, quote_via=quote)


def outlook_link(item: Commitment, *, catalog: Catalog, lang: str) -> str:
    """Return a link that opens Outlook on the web with the item filled in, all day."""
    assert item.end is not None
    first, after = item.start or item.end, item.end + timedelta(days=1)
    values = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "allday": "true",
        "subject": summary(item, lang),
        "startdt": first.isoformat(),
        "enddt": after.isoformat(),
        "body": _link_details(item, catalog=catalog, lang=lang),
    }
    if item.where:
        values["location"] = item.where
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        values, quote_via=quote
    )


def calendar_links(item: Commitment, *, catalog: Catalog, lang: str) -> str:
    """One line of Telegram HTML: "Add to" Google Calendar and Outlook links for a dated item."""
    google = html.escape(google_link(item, catalog=catalog, lang=lang), quote=True)
    outlook = html.escape(outlook_link(item, catalog=catalog, lang=lang), quote=True)
    return (
        f'🗓 {say(lang, "cal_add")} <a href="{google}">Google Calendar</a>'
        f' · <a href="{outlook}">Outlook</a>'
    )


def _link_details(item: Commitment, *, catalog: Catalog, lang: str) -> str:
    # A link carries the gist and the source; the whole quote would make it too long to send.
    what = clip(item.what or item.quote, LINK_DETAIL_CHARS)
    parts = [what]
    if item.who:
        parts.append(", ".join(catalog.actor_name(name, lang) for name in item.who))
    parts.append(html.unescape(source_text(item, lang)))
    return "\n\n".join(parts)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
