"""Questions about what is coming: /next, /upcoming, /tasks, /events, /search, and their pages.

Every list is described by a `ListQuery` (what to list, which period, whose items, from which
item on); the same query answers a command, a typed question and a page button, so paging works
the same everywhere and survives restarts.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from babel.dates import format_interval, format_skeleton
from sqlmodel import Session
from telegram import Update

from bot import callbacks
from bot.calendar import calendar_links
from bot.callbacks import DUE, EVENTS, NEXT, PERIOD, TASKS, UPCOMING, ListQuery
from bot.catalog import Catalog
from bot.formatting import escape, item_html, list_html
from bot.i18n import say
from bot.replies import Buttons, acknowledge, send, show
from bot.services import Context, Reader, Services, reader_of
from bot.understanding import understand
from storage import focal
from storage.models import DEADLINE, EVENT, Commitment
from storage.queries import (
    Listed,
    get_item,
    listed_between,
    listed_next_due,
    listed_outstanding_tasks,
    search,
)
from storage.recurrence import is_occurrence, next_occurrence
from storage.roles import is_member
from storage.text import fold

PAGE_SIZE = 5
DEFAULT_DAYS = 30
EVENTS_DAYS = 365
MAX_DAYS = 730
# Typed questions about kinds of events are filtered in memory over at most this many items.
KEYWORD_SCAN = 300
SEARCH_LIMIT = 30
# /tasks leaves out deadlines passed, and open tasks of meetings held, longer ago than this.
TASKS_HISTORY_DAYS = 365


@dataclass(frozen=True)
class Page:
    """One page of a list, ready to send."""

    text: str
    buttons: Buttons


async def next_command(update: Update, context: Context) -> None:
    """/next: the nearest items for the chat's country and followed topics."""
    await answer_list(update, context, ListQuery(NEXT))


async def upcoming_command(update: Update, context: Context) -> None:
    """/upcoming [days | period]: what falls in the next days or in a named period."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    today = reader.today(services.clock)
    arg = " ".join(context.args or []).strip()
    if not arg:
        query = ListQuery(UPCOMING, first=today, last=today + timedelta(days=DEFAULT_DAYS))
    elif arg.lstrip("-").isdigit():
        days = int(arg)
        if not 1 <= days <= MAX_DAYS:
            await send(update, say(reader.lang, "days_out_of_range"))
            return
        query = ListQuery(UPCOMING, first=today, last=today + timedelta(days=days))
    else:
        question = understand(arg, today=today, countries=services.catalog.country_aliases)
        if question is None or question.start is None or question.end is None:
            await send(update, say(reader.lang, "period_not_understood", text=escape(arg[:80])))
            return
        query = ListQuery(PERIOD, first=question.start, last=question.end)
    await answer_list(update, context, query, reader=reader)


async def tasks_command(update: Update, context: Context) -> None:
    """/tasks [country]: what a country still owes, overdue first."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    code = None
    if context.args:
        named = services.catalog.country_aliases.get(fold(" ".join(context.args)))
        country = services.catalog.country(named)
        if country is None:
            await send(update, say(reader.lang, "tasks_need_country"))
            return
        code = country.code
    await answer_list(update, context, ListQuery(TASKS, country=code), reader=reader)


async def events_command(update: Update, context: Context) -> None:
    """/events [period]: meetings, workshops and seminars coming up."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    today = reader.today(services.clock)
    arg = " ".join(context.args or []).strip()
    first, last = today, today + timedelta(days=EVENTS_DAYS)
    if arg:
        question = understand(arg, today=today, countries=services.catalog.country_aliases)
        if question is None or question.start is None or question.end is None:
            await send(update, say(reader.lang, "period_not_understood", text=escape(arg[:80])))
            return
        first, last = question.start, question.end
    await answer_list(update, context, ListQuery(EVENTS, first=first, last=last), reader=reader)


async def search_command(update: Update, context: Context) -> None:
    """/search words: items whose text has every word (accents and case ignored)."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    words = " ".join(context.args or []).strip()[:200]
    if not words:
        await send(update, say(reader.lang, "search_usage"))
        return
    now = reader.now(services.clock)
    items = await services.db(
        lambda s: _detach(
            search(
                session=s,
                now=now,
                text=words,
                lang=reader.lang,
                limit=SEARCH_LIMIT,
                members=may_read_members_only(s, reader),
            )
        )
    )
    lang = reader.lang
    title = say(lang, "search_title", words=escape(words))
    shown = items[:SEARCH_LIMIT]
    text = list_html(
        title,
        shown[: PAGE_SIZE * 2],
        catalog=services.catalog,
        lang=lang,
        today=now.date(),
        empty=say(lang, "nothing_found", words=escape(words)),
    )
    await send(update, text, _open_buttons([Listed(i) for i in shown[: PAGE_SIZE * 2]], 1))


async def page_button(update: Update, context: Context) -> None:
    """Show another page of a list."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse_list(query.data or "")
    if parsed is None:
        reader = await reader_of(update, context)
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    await acknowledge(update)
    await answer_list(update, context, parsed)


async def item_button(update: Update, context: Context) -> None:
    """Open one item with its whole quote; a recurring deadline at the occurrence its list
    showed (see `occurrence_shown`)."""
    services: Services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    opened = callbacks.parse_item_at(query.data or "")
    reader = await reader_of(update, context)
    if opened is None:
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    group_id, listed_day = opened
    now = reader.now(services.clock)

    def load(session: Session) -> tuple[Commitment | None, date | None]:
        item = get_item(
            session=session,
            now=now,
            group_id=group_id,
            lang=reader.lang,
            members=may_read_members_only(session, reader),
        )
        if item is None:
            return None, None
        day = occurrence_shown(session, item, reader, now.date(), listed_day)
        return _detach_one(item), day

    item, day = await services.db(load)
    if item is None:
        await acknowledge(update, say(reader.lang, "item_gone"), alert=True)
        return
    await acknowledge(update)
    text = item_html(
        item,
        catalog=services.catalog,
        lang=reader.lang,
        today=now.date(),
        full=True,
        occurrence=day,
    )
    if item.end is not None:
        links = calendar_links(item, catalog=services.catalog, lang=reader.lang)
        text = f"{text}\n{links}"
    await send(update, text)


async def answer_list(
    update: Update, context: Context, query: ListQuery, *, reader: Reader | None = None
) -> None:
    """Answer with the page of `query`: a new message, or the pressed one edited."""
    if reader is None:
        reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    if query.view == TASKS and query.country is None and reader.country is None:
        await send(update, say(reader.lang, "tasks_need_country"))
        return
    page = await services.db(
        lambda s: build_page(s, query, reader, services.catalog, reader.now(services.clock))
    )
    await show(update, page.text, page.buttons)


def build_page(
    session: Session, query: ListQuery, reader: Reader, catalog: Catalog, now: datetime
) -> Page:
    """Run a list query and render the requested page with its buttons."""
    lang = reader.lang
    country, topics = _scope(query, reader, catalog)
    today = now.date()
    # One row more than a page tells whether a next page exists, without counting them all.
    # A recurring deadline is listed by the occurrence the query found (the next one due, or
    # the one a country owes), and dated by it.
    listed = _fetch(session, query, reader, now, country, topics)
    shown = [entry.item for entry in listed[:PAGE_SIZE]]
    has_more = len(listed) > PAGE_SIZE
    footer = ""
    if query.offset or has_more:
        footer = say(lang, "page_more", page=query.offset // PAGE_SIZE + 1)
    text = list_html(
        _title(query, reader, catalog, country, today),
        shown,
        catalog=catalog,
        lang=lang,
        today=today,
        first_number=query.offset + 1,
        footer=footer,
        empty=_empty(query, lang, catalog, country),
        occurrences=[entry.occurrence for entry in listed[:PAGE_SIZE]],
    )
    buttons = [list(row) for row in _open_buttons(listed[:PAGE_SIZE], query.offset + 1)]
    nav = []
    if query.offset:
        back = replace(query, offset=max(0, query.offset - PAGE_SIZE))
        nav.append((say(lang, "button_previous"), back.encode()))
    if has_more:
        nav.append(
            (say(lang, "button_next"), replace(query, offset=query.offset + PAGE_SIZE).encode())
        )
    if nav:
        buttons.append(nav)
    return Page(text, buttons)


def _fetch(
    session: Session,
    query: ListQuery,
    reader: Reader,
    now: datetime,
    country: str | None,
    topics: tuple[str, ...],
) -> list[Listed]:
    """Return the page's items plus one, if there is one more."""
    lang, offset, wanted = reader.lang, query.offset, PAGE_SIZE + 1
    members = may_read_members_only(session, reader)
    if query.view == NEXT:
        return listed_next_due(
            session=session,
            now=now,
            lang=lang,
            country=country,
            topics=topics,
            limit=wanted,
            offset=offset,
            members=members,
        )
    if query.view == TASKS:
        assert country is not None
        return listed_outstanding_tasks(
            session=session,
            now=now,
            lang=lang,
            country=country,
            topics=topics,
            limit=wanted,
            offset=offset,
            members=members,
            since=now.date() - timedelta(days=TASKS_HISTORY_DAYS),
        )
    kinds = {DUE: (DEADLINE,), EVENTS: (EVENT,)}.get(query.view, (DEADLINE, EVENT))
    today = now.date()
    first = query.first or today
    last = query.last or today + timedelta(days=EVENTS_DAYS)
    if query.keywords:
        # Kinds of event are words of the items' text: filtered here, over a bounded scan.
        scanned = listed_between(
            session=session,
            now=now,
            first=first,
            last=last,
            kinds=kinds,
            lang=lang,
            country=country,
            topics=topics,
            limit=KEYWORD_SCAN,
            members=members,
        )
        matching = [i for i in scanned if _mentions(i.item, query.keywords)]
        return matching[offset : offset + wanted]
    return listed_between(
        session=session,
        now=now,
        first=first,
        last=last,
        kinds=kinds,
        lang=lang,
        country=country,
        topics=topics,
        limit=wanted,
        offset=offset,
        members=members,
    )


def occurrence_shown(
    session: Session, item: Commitment, reader: Reader, today: date, listed: date | None
) -> date | None:
    """The occurrence an opened recurring deadline is shown at (None: not one, or its series is
    over): the one its list showed, if the button names one of its due dates; else the one the
    reader's country owes, when the item concerns that country; else the next one due."""
    if item.recurrence is None or item.end is None or item.kind != DEADLINE:
        return None
    if listed is not None and is_occurrence(item.recurrence, item.end, listed):
        return listed
    country = reader.country
    if country is not None and country in focal.concerned_countries(session, item):
        return focal.occurrence_in_play(session, item=item, country=country, today=today)
    return next_occurrence(item.recurrence, item.end, on_or_after=today)


def may_read_members_only(session: Session, reader: Reader) -> bool:
    """Members-only items are for verified delegates, focal points and admins, in private."""
    if reader.is_group or reader.user_id is None:
        return False
    return is_member(session, user_id=reader.user_id)


def _scope(
    query: ListQuery, reader: Reader, catalog: Catalog
) -> tuple[str | None, tuple[str, ...]]:
    """Whose items: a country named in the question, else the reader's country and topics."""
    if query.country is not None:
        named = catalog.country_by_code(query.country)
        return (named.canonical if named else None), ()
    return reader.country, reader.topics


def _mentions(item: Commitment, keywords: tuple[str, ...]) -> bool:
    text = fold(" ".join(filter(None, (item.what, item.quote))))
    return any(k in text for k in keywords)


def _open_buttons(items: Sequence[Listed], first_number: int) -> Buttons:
    """One button per item, numbered; a recurring deadline's opens at the occurrence listed."""
    if len(items) < 1:
        return []
    row = [
        (str(first_number + i), callbacks.item_button(x.item.group_id, x.occurrence))
        for i, x in enumerate(items)
    ]
    return [row]


def _title(
    query: ListQuery, reader: Reader, catalog: Catalog, country: str | None, today: date
) -> str:
    lang = reader.lang
    name = catalog.country_name(country, lang)
    scope = say(lang, "scope_country", country=escape(name)) if name else ""
    if query.view == NEXT:
        return say(lang, "next_title", scope=scope)
    if query.view == TASKS:
        return say(lang, "tasks_title", country=escape(name or ""))
    first = query.first or today
    last = query.last or today + timedelta(days=EVENTS_DAYS)
    if query.view == UPCOMING and first == today:
        return say(lang, "upcoming_title", days=(last - first).days, scope=scope)
    period = escape(period_text(first, last, lang))
    if query.view == EVENTS:
        if query.first is None or (first == today and (last - first).days == EVENTS_DAYS):
            return say(lang, "events_title", scope=scope)
        return say(lang, "events_period_title", period=period, scope=scope)
    if query.view == DUE:
        return say(lang, "due_title", period=period, scope=scope)
    return say(lang, "period_title", period=period, scope=scope)


def period_text(first: date, last: date, lang: str) -> str:
    """Name a period: a whole month by its name, a year by its number, else its two ends."""
    if first == last:
        return format_skeleton("yMMMMd", first, locale=lang)
    whole_month = first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]
    if whole_month and (first.year, first.month) == (last.year, last.month):
        return format_skeleton("yMMMM", first, locale=lang)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    return format_interval(first, last, "yMMMd", locale=lang)


def _empty(query: ListQuery, lang: str, catalog: Catalog, country: str | None) -> str:
    if query.view == TASKS:
        return say(lang, "nothing_tasks", country=escape(catalog.country_name(country, lang) or ""))
    return say(lang, "nothing")


def _detach(items: list[Commitment]) -> list[Commitment]:
    """Touch what rendering reads so the items can leave their session."""
    for item in items:
        _ = item.document.meeting.title
    return items


def _detach_one(item: Commitment | None) -> Commitment | None:
    return _detach([item])[0] if item is not None else None
