"""The questions the bot answers, as plain functions of a session and `now`.

Readers only ever see published items (the secretariat's command line may add drafts), and
members-only items only when the caller says the reader is a member (`members=True`), from
meetings held by `now`, one per linked item: the version in the reader's language when there is
one, the other language's otherwise. Each commitment comes with its `document` (and meeting)
loaded, so callers can cite the source.

A recurring deadline is listed by one occurrence (`Listed`): the first due in the period asked
about, the next one due, or the one a country still owes. The few recurring items are read
apart (a partial index holds them) and their occurrences found in Python; the one-off items keep
their paged walk of the date index, and the two are merged by date into one list whose pages
neither skip nor repeat an item.
"""

from __future__ import annotations

import calendar
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypedDict, Unpack

import sqlalchemy as sa
from sqlalchemy.orm import aliased, selectinload
from sqlmodel import Session, col, func, or_, select

from storage.actors import member_countries, names_covering
from storage.models import (
    CONFIRMED,
    DEADLINE,
    DECLINED,
    DONE,
    DRAFT,
    EVENT,
    PUBLISHED,
    TASK,
    Commitment,
    CommitmentActor,
    CommitmentTopic,
    Document,
    OccurrenceStatus,
    Participation,
    TaskStatus,
)
from storage.recurrence import next_occurrence, occurrence_owed
from storage.text import search_words

COUNT_LIMIT = 200
"""Where `count_*` stop counting by default: a count equal to it means "at least that many".

Forty pages of five are more than anyone pages through, and an exact count of every item a
reader ever had (every overdue task since 2000) is a walk over all of them."""


@dataclass(frozen=True)
class Listed:
    """An item as a list shows it: a recurring deadline by one of its occurrences."""

    item: Commitment
    occurrence: date | None = None  # the due date a recurring deadline is listed by

    @property
    def day(self) -> date | None:
        """The date the item is listed by: its occurrence, or its end."""
        return self.occurrence or self.item.end


@dataclass
class EventRollup:
    """An event and each member country's answer to it (None: not answered yet)."""

    event: Commitment
    answers: dict[str, Participation | None] = field(default_factory=dict)

    @property
    def confirmed(self) -> list[str]:
        """Return the countries that confirmed."""
        return [c for c, a in self.answers.items() if a is not None and a.answer == CONFIRMED]

    @property
    def declined(self) -> list[str]:
        """Return the countries that declined."""
        return [c for c, a in self.answers.items() if a is not None and a.answer == DECLINED]

    @property
    def pending(self) -> list[str]:
        """Return the countries that have not answered."""
        return [c for c, a in self.answers.items() if a is None]


class ReadOptions(TypedDict, total=False):
    """What a listing takes besides the country: the fields of `Scope` other than `country`."""

    lang: str
    topics: Sequence[str]
    forum: str
    include_drafts: bool
    members: bool


@dataclass(frozen=True)
class Scope:
    """Whose items a listing reads and which versions its reader may see.

    The items naming `country` or a group that includes it, or carrying one of `topics` (with
    neither, every item); actors are looked up in the `forum`'s catalogue. The version in `lang`
    when an item has one; drafts only with `include_drafts`, members-only items only with
    `members` (see `_readable`).
    """

    lang: str = "es"
    country: str | None = None
    topics: Sequence[str] = ()
    forum: str = "CRM"
    include_drafts: bool = False
    members: bool = False


def next_due(
    *,
    session: Session,
    now: datetime,
    country: str | None = None,
    limit: int = 10,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Commitment]:
    """Return the next deadlines and events that have not ended, soonest first."""
    listing = _next_due(session, now, Scope(country=country, **options))
    return [x.item for x in listing.page(session, limit, offset)]


def listed_next_due(
    *,
    session: Session,
    now: datetime,
    country: str | None = None,
    limit: int | None = 10,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Listed]:
    """`next_due`, a recurring deadline listed by its next occurrence."""
    listing = _next_due(session, now, Scope(country=country, **options))
    return listing.page(session, limit, offset)


def count_next_due(
    *,
    session: Session,
    now: datetime,
    country: str | None = None,
    up_to: int | None = COUNT_LIMIT,
    **options: Unpack[ReadOptions],
) -> int:
    """Count what `next_due` pages through, up to `up_to` (see `COUNT_LIMIT`)."""
    return _next_due(session, now, Scope(country=country, **options)).count(session, up_to)


def upcoming(
    *,
    session: Session,
    now: datetime,
    days: int = 30,
    country: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Commitment]:
    """Return deadlines and events falling within the next `days` days (ongoing included)."""
    today = now.date()
    last = today + timedelta(days=days)
    return items_between(
        session=session,
        now=now,
        first=today,
        last=last,
        country=country,
        limit=limit,
        offset=offset,
        **options,
    )


def count_upcoming(
    *,
    session: Session,
    now: datetime,
    days: int = 30,
    country: str | None = None,
    up_to: int | None = COUNT_LIMIT,
    **options: Unpack[ReadOptions],
) -> int:
    """Count what `upcoming` pages through, up to `up_to` (see `COUNT_LIMIT`)."""
    today = now.date()
    last = today + timedelta(days=days)
    return count_items_between(
        session=session, now=now, first=today, last=last, country=country, up_to=up_to, **options
    )


def items_between(
    *,
    session: Session,
    now: datetime,
    first: date,
    last: date,
    kinds: Sequence[str] = (DEADLINE, EVENT),
    country: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Commitment]:
    """Return the dated items whose span overlaps `first`..`last` (both included), soonest first.

    An item spans from its start (or its end, for a one-day item) to its end, so a window
    ("primer semestre de 2017") that covers part of the period is in it. A recurring deadline
    is in it when one of its occurrences is.
    """
    listing = _between(session, now, first, last, kinds, Scope(country=country, **options))
    return [x.item for x in listing.page(session, limit, offset)]


def listed_between(
    *,
    session: Session,
    now: datetime,
    first: date,
    last: date,
    kinds: Sequence[str] = (DEADLINE, EVENT),
    country: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Listed]:
    """`items_between`, a recurring deadline listed by its first occurrence in the period."""
    listing = _between(session, now, first, last, kinds, Scope(country=country, **options))
    return listing.page(session, limit, offset)


def count_items_between(
    *,
    session: Session,
    now: datetime,
    first: date,
    last: date,
    kinds: Sequence[str] = (DEADLINE, EVENT),
    country: str | None = None,
    up_to: int | None = COUNT_LIMIT,
    **options: Unpack[ReadOptions],
) -> int:
    """Count what `items_between` pages through, up to `up_to` (see `COUNT_LIMIT`)."""
    listing = _between(session, now, first, last, kinds, Scope(country=country, **options))
    return listing.count(session, up_to)


def items_by_month(
    *,
    session: Session,
    now: datetime,
    year: int,
    month: int,
    country: str | None = None,
    **options: Unpack[ReadOptions],
) -> list[Commitment]:
    """Return the deadlines and events that fall in (or overlap) one calendar month."""
    return items_between(
        session=session,
        now=now,
        first=date(year, month, 1),
        last=date(year, month, calendar.monthrange(year, month)[1]),
        country=country,
        **options,
    )


def outstanding_tasks(
    *,
    session: Session,
    now: datetime,
    country: str,
    since: date | None = None,
    limit: int | None = None,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Commitment]:
    """Return the deadlines and open tasks a country has not marked done, overdue ones first.

    Dated tasks come in date order, then the undated ones; `offset` counts across both. With
    `since`, deadlines that ended before it and open tasks of meetings held before it are left
    out: what a country did not mark years ago is history, not work outstanding.
    """
    listing = _outstanding(session, now, Scope(country=country, **options), since)
    return [x.item for x in listing.page(session, limit, offset)]


def listed_outstanding_tasks(
    *,
    session: Session,
    now: datetime,
    country: str,
    since: date | None = None,
    limit: int | None = None,
    offset: int = 0,
    **options: Unpack[ReadOptions],
) -> list[Listed]:
    """`outstanding_tasks`, a recurring deadline listed by the occurrence the country owes.

    That is the occurrence a focal point's "sent" marks: the oldest of the last weeks not
    marked sent (overdue, like a one-off deadline not marked), else the next one due.
    """
    listing = _outstanding(session, now, Scope(country=country, **options), since)
    return listing.page(session, limit, offset)


def count_outstanding_tasks(
    *,
    session: Session,
    now: datetime,
    country: str,
    since: date | None = None,
    up_to: int | None = COUNT_LIMIT,
    **options: Unpack[ReadOptions],
) -> int:
    """Count what `outstanding_tasks` pages through, up to `up_to` (see `COUNT_LIMIT`)."""
    listing = _outstanding(session, now, Scope(country=country, **options), since)
    return listing.count(session, up_to)


def events_with_confirmations(
    *,
    session: Session,
    now: datetime,
    days: int | None = None,
    only_asked: bool = False,
    country: str | None = None,
    **options: Unpack[ReadOptions],
) -> list[EventRollup]:
    """Return the events that have not ended, with each member country's answer."""
    scope = Scope(country=country, **options)
    today = now.date()
    query = _readable(now, scope).where(Commitment.kind == EVENT, col(Commitment.end) >= today)
    if days is not None:
        horizon = today + timedelta(days=days)
        query = query.where(
            _ends_by(session, now, horizon),
            func.coalesce(Commitment.start, Commitment.end) <= horizon,
        )
    if only_asked:
        query = query.where(col(Commitment.confirm))
    query = _within(query, _concern(session, scope))
    events = _run(session, query.order_by(*_by_end))
    countries = [a.canonical for a in member_countries(session, forum=scope.forum)]
    answers: dict[int, dict[str, Participation]] = {}
    group_ids = [e.group_id for e in events]
    if group_ids:
        for p in session.exec(
            select(Participation).where(col(Participation.group_id).in_(group_ids))
        ).all():
            answers.setdefault(p.group_id, {})[p.country] = p
    rollups = []
    for event in events:
        given = answers.get(event.group_id, {})
        names = countries + sorted(set(given) - set(countries))
        rollups.append(EventRollup(event, {c: given.get(c) for c in names}))
    return rollups


def get_item(
    *,
    session: Session,
    now: datetime,
    group_id: int,
    lang: str = "es",
    include_drafts: bool = False,
    members: bool = False,
) -> Commitment | None:
    """Return the readable version of one linked item, in the reader's language if it has one.

    Items are referred to by group id: the same for both languages and across revisions. None
    when there is nothing a reader may see: an unknown group, a withdrawn item, a draft (unless
    `include_drafts`), or an item of a meeting not held by `now`.
    """
    scope = Scope(lang=lang, include_drafts=include_drafts, members=members)
    query = _readable(now, scope).where(Commitment.group_id == group_id)
    # Two published versions of the same language cannot both exist; the order only makes
    # the answer deterministic if a draft and a published one are both readable.
    items = _run(session, query.order_by(col(Commitment.status).desc(), col(Commitment.id)))
    return items[0] if items else None


def known_topics(*, session: Session, now: datetime) -> list[tuple[str, int]]:
    """Return each topic of the readable published items with how many carry it, most first.

    Twins count once: the count is of linked items, whatever their languages.
    """
    items = func.count(sa.distinct(col(Commitment.group_id)))
    query = (
        select(CommitmentTopic.topic, items)
        .join(Commitment, col(Commitment.id) == CommitmentTopic.commitment_id)
        .where(
            Commitment.status == PUBLISHED,
            sa.not_(col(Commitment.members_only)),
            or_(col(Commitment.ref_date).is_(None), col(Commitment.ref_date) <= now.date()),
        )
        .group_by(col(CommitmentTopic.topic))
        .order_by(items.desc(), col(CommitmentTopic.topic))
    )
    return [(topic, int(n)) for topic, n in session.exec(query).all()]


def search(
    *,
    session: Session,
    now: datetime,
    text: str,
    lang: str = "es",
    limit: int = 20,
    include_drafts: bool = False,
    members: bool = False,
) -> list[Commitment]:
    """Find items whose what, quote or place have every word of `text`, ignoring accents and case.

    Each word of `text` matches the start of a word ("pasaport" finds "pasaportes"); words are
    runs of letters and digits, so punctuation is ignored and a text without any finds nothing.
    """
    words = search_words(text).split()
    if not words:
        return []
    scope = Scope(lang=lang, include_drafts=include_drafts, members=members)
    query = _readable(now, scope)
    if session.get_bind().dialect.name == "postgresql":
        # The generated tsvector column and its GIN index (migration 0003).
        prefixes = " & ".join(f"{word}:*" for word in words)
        matching = sa.text("commitment.search_vector @@ to_tsquery('simple', :prefixes)")
        query = query.where(matching.bindparams(prefixes=prefixes))
    else:
        # The FTS5 table of migration 0003; words are letters and digits, safe to quote.
        prefixes = " ".join(f'"{word}"*' for word in words)
        matching = sa.text(
            "SELECT rowid FROM commitment_search WHERE commitment_search MATCH :prefixes"
        )
        query = query.where(col(Commitment.id).in_(matching.bindparams(prefixes=prefixes)))
    # Latest dates first, undated tasks last; two queries so each can walk the date index.
    dated = query.where(col(Commitment.end).is_not(None))
    items = _run(session, dated.order_by(*(c.desc() for c in _by_end)).limit(limit))
    if len(items) >= limit:
        return items
    undated = query.where(col(Commitment.end).is_(None)).order_by(col(Commitment.id).desc())
    return items + _run(session, undated.limit(limit - len(items)))


def twins(*, session: Session, group_id: int) -> list[Commitment]:
    """Return every language version of one linked item, withdrawn ones included."""
    query = select(Commitment).where(Commitment.group_id == group_id)
    return _run(session, query.order_by(col(Commitment.lang)))


_by_end = (col(Commitment.end), col(Commitment.start), col(Commitment.id))


def _readable(now: datetime, scope: Scope) -> Any:
    """Select published items from meetings held by `now`, one per group, in the scope's
    language if any.

    Members-only items are left out unless `scope.members`: the reader is a verified delegate, a
    focal point or the secretariat, in a private chat.
    """
    lang, members = scope.lang, scope.members
    if not scope.include_drafts:
        query = select(Commitment).where(
            Commitment.status == PUBLISHED,
            or_(col(Commitment.ref_date).is_(None), col(Commitment.ref_date) <= now.date()),
            or_(Commitment.lang == lang, col(Commitment.only_version)),
        )
        return query if members else query.where(sa.not_(col(Commitment.members_only)))
    # Drafts are for the secretariat reviewing them, never for delegates.
    statuses = (PUBLISHED, DRAFT)
    other = aliased(Commitment)
    in_lang = (
        select(other.id)
        .where(other.group_id == Commitment.group_id, other.lang == lang)
        .where(col(other.status).in_(statuses))
        .correlate(Commitment)
        .exists()
    )
    query = select(Commitment).where(
        col(Commitment.status).in_(statuses),
        or_(col(Commitment.ref_date).is_(None), col(Commitment.ref_date) <= now.date()),
        or_(Commitment.lang == lang, sa.not_(in_lang)),
    )
    return query if members else query.where(sa.not_(col(Commitment.members_only)))


@dataclass(frozen=True)
class _Listing:
    """What one listing reads, shared by its list and its count: the one-off dated items (a
    query walked in date order), the recurring deadlines by the occurrence listed, and for
    tasks the undated items (a query), which come after the dated ones."""

    dated: Any
    recurring: list[Listed]
    undated: Any | None = None

    def page(self, session: Session, limit: int | None, offset: int) -> list[Listed]:
        """Return `limit` items (all, if None) from the `offset`-th on."""
        items = _merged_page(session, self.dated, self.recurring, limit, offset)
        if self.undated is None or (limit is not None and len(items) >= limit):
            return items
        # A page that started among the dated items and ran past them goes on from the first
        # undated one; a page past all of them skips as many undated ones as it is past.
        skip = 0
        if not items and offset:
            skip = max(0, offset - _count(session, self.dated, offset) - len(self.recurring))
        rest = None if limit is None else limit - len(items)
        undated = self.undated.order_by(col(Commitment.id))
        return items + [Listed(item) for item in _run(session, _page(undated, rest, skip))]

    def count(self, session: Session, up_to: int | None) -> int:
        """Count the items `page` pages through, up to `up_to` (None: all)."""
        found = _capped(_count(session, self.dated, up_to) + len(self.recurring), up_to)
        if self.undated is None or (up_to is not None and found >= up_to):
            return found
        return found + _count(session, self.undated, None if up_to is None else up_to - found)


def _next_due(session: Session, now: datetime, scope: Scope) -> _Listing:
    """The deadlines and events that have not ended; a recurring deadline by its next
    occurrence on or after today."""
    concern = _concern(session, scope)
    query = _readable(now, scope).where(
        col(Commitment.kind).in_((DEADLINE, EVENT)),
        col(Commitment.end) >= now.date(),
        _ends_by(session, now),
        _one_off,
    )
    found = []
    for item in _recurring(session, now, scope, concern):
        assert item.recurrence is not None and item.end is not None
        day = next_occurrence(item.recurrence, item.end, on_or_after=now.date())
        if day is not None:
            found.append(Listed(item, day))
    return _Listing(_within(query, concern), _by_occurrence(found))


def _between(
    session: Session, now: datetime, first: date, last: date, kinds: Sequence[str], scope: Scope
) -> _Listing:
    """The dated items of `kinds` overlapping `first`..`last`; a recurring deadline by its
    first occurrence in the period.

    Its first occurrence spans the item's own dates (a window overlapping the period is in it,
    as a one-off item's is); the later ones are days.
    """
    if first > last:
        raise ValueError(f"the period starts ({first}) after it ends ({last})")
    concern = _concern(session, scope)
    # Open tasks have no dates: they never fall in a period.
    query = _readable(now, scope).where(
        col(Commitment.kind).in_([k for k in kinds if k in (DEADLINE, EVENT)]),
        col(Commitment.end) >= first,
        _ends_by(session, now, last),
        func.coalesce(Commitment.start, Commitment.end) <= last,
        _one_off,
    )
    found = []
    for item in _recurring(session, now, scope, concern) if DEADLINE in kinds else []:
        assert item.recurrence is not None and item.end is not None
        day = next_occurrence(item.recurrence, item.end, on_or_after=first)
        overlaps = day == item.end and (item.start or item.end) <= last
        if day is not None and (day <= last or overlaps):
            found.append(Listed(item, day))
    return _Listing(_within(query, concern), _by_occurrence(found))


def _outstanding(session: Session, now: datetime, scope: Scope, since: date | None) -> _Listing:
    """The deadlines and open tasks the scope's country has not marked done (see `_since`); a
    recurring deadline by the occurrence the country owes, left out when that one is marked
    sent already (early) or the series is over."""
    country = scope.country
    assert country is not None
    concern = _concern(session, scope)
    # A probe of the (group, country) unique index per item walked, rather than a list of
    # every task the country ever marked done, built before the first item.
    done = (
        select(TaskStatus.id)
        .where(
            TaskStatus.group_id == Commitment.group_id,
            TaskStatus.country == country,
            TaskStatus.status == DONE,
        )
        .exists()
    )
    query = _readable(now, scope).where(
        col(Commitment.kind).in_((DEADLINE, TASK)), sa.not_(done), _one_off
    )
    query = _since(_within(query, concern), since)
    items = _recurring(session, now, scope, concern)
    marked: dict[int, set[date]] = {}
    if items:
        marks = select(col(OccurrenceStatus.group_id), col(OccurrenceStatus.occurrence)).where(
            col(OccurrenceStatus.group_id).in_(sorted({i.group_id for i in items})),
            OccurrenceStatus.country == country,
            OccurrenceStatus.status == DONE,
        )
        for group_id, day in session.exec(marks).all():
            marked.setdefault(group_id, set()).add(day)
    found = []
    for item in items:
        assert item.recurrence is not None and item.end is not None
        sent = marked.get(item.group_id, set())
        owed = occurrence_owed(item.recurrence, item.end, done=sent, today=now.date())
        if owed is not None and owed not in sent and (since is None or owed >= since):
            found.append(Listed(item, owed))
    # Dated items in date order (an index walk that stops at the limit), then undated ones.
    return _Listing(
        dated=query.where(col(Commitment.end).is_not(None), _ends_by(session, now)),
        recurring=_by_occurrence(found),
        undated=query.where(col(Commitment.end).is_(None)),
    )


# A recurring deadline is listed by an occurrence (`_recurring` and the listings above); every
# other item, an open task that carries a recurrence but no date included, by its own dates.
_one_off = or_(col(Commitment.kind) != DEADLINE, col(Commitment.recurrence).is_(None))


def _recurring(
    session: Session, now: datetime, scope: Scope, concern: Any | None
) -> list[Commitment]:
    """The readable recurring deadlines concerning the reader (few: a partial index holds them)."""
    query = _readable(now, scope).where(
        col(Commitment.recurrence).is_not(None),
        col(Commitment.kind) == DEADLINE,
        col(Commitment.end).is_not(None),
    )
    return _run(session, _within(query, concern).order_by(col(Commitment.id)))


def _by_occurrence(found: list[Listed]) -> list[Listed]:
    return sorted(found, key=lambda listed: (listed.occurrence, listed.item.id))


def _merged_page(
    session: Session, one_off: Any, recurring: list[Listed], limit: int | None, offset: int
) -> list[Listed]:
    """Return one page of the one-off items (a query, walked in date order) and the recurring
    ones (sorted by occurrence) merged by date; an occurrence follows the one-off items of its
    day.

    With R recurring items, the page's one-off items are among those from `offset - R` on, so
    the database still skips the rest: the merged position of the first one read is how many
    one-off items it skipped plus the recurring ones dated before it.
    """
    ordered = one_off.order_by(*_by_end)
    if not recurring:
        return [Listed(item) for item in _run(session, _page(ordered, limit, offset))]
    if offset < 0:
        raise ValueError("offset must not be negative")
    start = max(0, offset - len(recurring))
    wanted = None if limit is None else offset + limit - start
    ones = _run(session, _page(ordered, wanted, start))
    if start and not ones:
        # Past every one-off item: where the recurring ones fall depends on all of them (fewer
        # than `start`).
        start = 0
        ones = _run(session, _page(ordered, None, 0))
    before = 0
    if start:
        first_day = ones[0].end
        assert first_day is not None
        before = len([r for r in recurring if r.occurrence and r.occurrence < first_day])
    merged: Iterable[Listed] = heapq.merge(
        [Listed(item) for item in ones],
        recurring[before:],
        key=lambda listed: (listed.day, listed.occurrence is not None),
    )
    skip = offset - (start + before)
    page = list(merged)[skip:]
    return page if limit is None else page[:limit]


def _capped(found: int, up_to: int | None) -> int:
    return found if up_to is None else min(found, up_to)


def _since(query: Any, since: date | None) -> Any:
    """Keep deadlines ending on or after `since`, and open tasks of meetings held since then
    (or of an unknown date)."""
    if since is None:
        return query
    return query.where(
        or_(
            col(Commitment.end) >= since,
            sa.and_(
                col(Commitment.end).is_(None),
                or_(col(Commitment.ref_date).is_(None), col(Commitment.ref_date) >= since),
            ),
        )
    )


def _concerning(
    session: Session, query: Any, country: str | None, topics: Sequence[str], forum: str
) -> Any:
    """Keep the items naming the country or a group that includes it, or carrying a topic."""
    return _within(query, _concern(session, Scope(country=country, topics=topics, forum=forum)))


def _within(query: Any, concern: Any | None) -> Any:
    return query if concern is None else query.where(concern)


def _concern(session: Session, scope: Scope) -> Any:
    """The condition an item concerning the reader meets: it names the country or a group that
    includes it, or carries a topic; None when every item does (neither a country nor topics).

    Built once per listing: the country's names are looked up once for all of its queries.
    """
    country = scope.country
    wanted = list(dict.fromkeys(t for t in scope.topics if t))
    if country is None and not wanted:
        return None
    # Correlated EXISTS lets the database walk items in date order and stop at the limit: each
    # candidate costs one index probe per table, whatever the country or topics.
    probes = []
    if country is not None:
        names = names_covering(session, country, forum=scope.forum)
        probes.append(
            select(CommitmentActor.commitment_id).where(
                CommitmentActor.commitment_id == Commitment.id,
                col(CommitmentActor.actor).in_(names),
            )
        )
    if wanted:
        probes.append(
            select(CommitmentTopic.commitment_id).where(
                CommitmentTopic.commitment_id == Commitment.id,
                col(CommitmentTopic.topic).in_(wanted),
            )
        )
    if session.get_bind().dialect.name == "postgresql":
        # PostgreSQL would rather hash every id naming the country (tens of thousands of rows
        # read before the first item) than probe the few items a page walks; OFFSET 0 keeps
        # each EXISTS a per-item probe.
        probes = [probe.offset(0) for probe in probes]
    return or_(*(probe.exists() for probe in probes))


def _page(query: Any, limit: int | None, offset: int) -> Any:
    if offset < 0:
        raise ValueError("offset must not be negative")
    if offset:
        query = query.offset(offset)
    return query if limit is None else query.limit(limit)


def _count(session: Session, query: Any, up_to: int | None) -> int:
    ids = query.with_only_columns(col(Commitment.id)).order_by(None)
    if up_to is not None:
        # In date order the database walks the date index and stops at the limit, so counting
        # costs what reading that many items does (unordered, PostgreSQL reads every candidate
        # into a bitmap first).
        ids = ids.order_by(col(Commitment.end)).limit(up_to)
    return int(session.exec(select(func.count()).select_from(ids.subquery())).one())


def _ends_by(session: Session, now: datetime, last: date | None = None) -> Any:
    """Bound the end of the readable items (that overlap a period ending on `last`, if given).

    An item of a meeting held by `now` ends at most the longest reach (meeting to end) after
    `now`, and one overlapping the period starts by `last`, so it ends at most the longest span
    later. "Ends on or after today" becomes a bounded stretch of the date index instead of
    everything after it, which matters once future meetings' items are stored.
    """
    spans = sa.select(func.max(Commitment.span_days)).scalar_subquery()
    reaches = sa.select(func.max(Commitment.reach_days)).scalar_subquery()
    # Two subqueries, as each max alone is read off the end of its index.
    longest_span, longest_reach = session.execute(sa.select(spans, reaches)).one()
    bound = _plus(now.date(), longest_reach or 0)
    if last is not None:
        bound = min(bound, _plus(last, longest_span or 0))
    return col(Commitment.end) <= bound


def _plus(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def _run(session: Session, query: Any) -> list[Commitment]:
    loads = selectinload(Commitment.document).selectinload(Document.meeting)  # type: ignore[arg-type]
    return list(session.exec(query.options(loads)).all())
