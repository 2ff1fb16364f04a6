"""The next months at a glance: a PNG of a reader's items, for /timeline and `crmbot timeline`.

One row per item, so no two labels overlap: deadlines are diamonds on their day, events are bars
over their days, windows ("primer semestre") are shaded and hatched as approximate, and a line
marks today. Drawn with matplotlib's Agg canvas (no display, no pyplot state), in the worker
thread that reads the items, never on the event loop.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from sqlmodel import Session
from telegram import Update

from bot.calendar import Scope
from bot.catalog import Catalog
from bot.formatting import clip, every_text, is_window, when_text
from bot.i18n import say
from bot.questions import may_read_members_only
from bot.services import Context, Services, reader_of
from storage.models import DEADLINE, EVENT, Commitment
from storage.queries import items_between
from storage.recurrence import occurrences

DEFAULT_MONTHS = 6
MAX_MONTHS = 24
MAX_ROWS = 40
# Days shown before today, so today's line stands clear of the axis.
LEAD_IN_DAYS = 7
LABEL_CHARS = 64
DEADLINE_COLOUR = "#c0392b"
EVENT_COLOUR = "#2471a3"
TODAY_COLOUR = "#27ae60"


def timeline_items(session: Session, scope: Scope, now: datetime, months: int) -> list[Commitment]:
    """Read the items of the next `months` months for `scope`, soonest first."""
    today = now.astimezone(ZoneInfo(scope.timezone)).date()
    return items_between(
        session=session,
        now=now,
        first=today,
        last=_months_after(today, months),
        lang=scope.lang,
        country=scope.country,
        topics=scope.topics,
        members=scope.members,
        limit=MAX_ROWS + 1,
    )


def render_timeline(
    items: Sequence[Commitment], *, lang: str, today: date, months: int, title: str
) -> bytes:
    """Draw the items between today and `months` months later; return the PNG."""
    figure = draw_timeline(items, lang=lang, today=today, months=months, title=title)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def draw_timeline(
    items: Sequence[Commitment], *, lang: str, today: date, months: int, title: str
) -> Figure:
    """Lay out the timeline's figure (on an Agg canvas) without saving it."""
    shown = list(items[:MAX_ROWS])
    last = _months_after(today, months)
    rows = max(len(shown), 1)
    figure = Figure(figsize=(11, 1.6 + 0.34 * rows), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for row, item in enumerate(shown):
        assert item.end is not None
        first = max(item.start or item.end, today)
        end = min(item.end, last)
        width = (end - first).days + 1
        if is_window(item) and item.end >= today:
            colour = DEADLINE_COLOUR if item.kind == DEADLINE else EVENT_COLOUR
            axes.barh(row, width, left=_x(first), height=0.6, color=colour, alpha=0.18,
                      hatch="///", edgecolor=colour, linewidth=0)  # fmt: skip
        elif item.kind == EVENT:
            axes.barh(row, width, left=_x(first), height=0.6, color=EVENT_COLOUR)
        days = _due_days(item, today, last)
        if days:
            axes.plot([_x(day) + 0.5 for day in days], [row] * len(days), marker="D",
                      markersize=8, color=DEADLINE_COLOUR, linestyle="none")  # fmt: skip
    axes.axvline(_x(today), color=TODAY_COLOUR, linewidth=1.5)
    axes.text(_x(today), -0.9, f" {say(lang, 'timeline_today')}", color=TODAY_COLOUR,
              va="bottom", fontsize=9)  # fmt: skip
    if not shown:
        axes.text(0.5, 0.5, say(lang, "timeline_empty"), transform=axes.transAxes,
                  ha="center", va="center", fontsize=12)  # fmt: skip
    labels = [_label(item, lang, today, last) for item in shown]
    axes.set_yticks(range(len(shown)), labels, fontsize=8)
    axes.set_ylim(rows - 0.4, -1.0)
    axes.set_xlim(_x(today) - LEAD_IN_DAYS, _x(last) + 1)
    ticks = _month_starts(today, last)
    axes.set_xticks(
        [_x(d) for d in ticks],
        [_month_label(d, i, lang) for i, d in enumerate(ticks)],
        fontsize=8,
    )
    axes.grid(axis="x", color="#dddddd", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.set_title(title, fontsize=12, loc="left")
    figure.tight_layout()
    return figure


def timeline_title(lang: str, months: int, country: str | None, catalog: Catalog) -> str:
    """Title the picture: the months ahead and whose items."""
    name = catalog.country_name(country, lang) if country else None
    return say(lang, "timeline_title", months=months, scope=f" · {name}" if name else "")


async def timeline_command(update: Update, context: Context) -> None:
    """/timeline [months]: a picture of the next months for the chat's country and topics."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    arg = (context.args or [""])[0]
    months = DEFAULT_MONTHS
    if arg.isdigit() and 1 <= int(arg) <= MAX_MONTHS:
        months = int(arg)
    now = services.clock.now()
    today = reader.today(services.clock)
    title = timeline_title(reader.lang, months, reader.country, services.catalog)

    def draw(session: Session) -> bytes:
        scope = Scope(
            lang=reader.lang,
            timezone=reader.timezone,
            country=reader.country,
            topics=reader.topics,
            members=may_read_members_only(session, reader),
        )
        items = timeline_items(session, scope, now, months)
        return render_timeline(items, lang=reader.lang, today=today, months=months, title=title)

    picture = await services.db(draw)
    chat = update.effective_chat
    assert chat is not None
    await chat.send_photo(photo=picture, caption=say(reader.lang, "timeline_caption"))


def _month_label(day: date, index: int, lang: str) -> str:
    """A month's short name; the year under the first month and each January, so labels stay
    short enough never to run into each other."""
    name = format_skeleton("MMM", day, locale=lang).rstrip(".")
    return f"{name}\n{day.year}" if index == 0 or day.month == 1 else name


def _x(day: date) -> float:
    """A day's position on the time axis (matplotlib's day numbers)."""
    return float(date2num(datetime.combine(day, time(0))))


def _due_days(item: Commitment, today: date, last: date) -> list[date]:
    """The days a deadline's diamonds mark: its end, or each occurrence of a recurring one in
    the picture's months."""
    if item.kind != DEADLINE or item.end is None:
        return []
    if item.recurrence is not None:
        return occurrences(item.recurrence, item.end, since=today, until=last)
    return [item.end] if item.end <= last else []


def _label(item: Commitment, lang: str, today: date, last: date) -> str:
    day = item.end if item.kind == DEADLINE or item.start is None else item.start
    assert day is not None
    if item.recurrence is not None and item.kind == DEADLINE:
        # A recurring duty by its first due day in the picture, and how often it comes back.
        days = _due_days(item, today, last) or [day]
        every = every_text(item.recurrence, lang)
        text = f"{format_skeleton('MMMd', days[0], locale=lang)} · {every}"
        return clip(f"{text} · {item.what or item.quote}", LABEL_CHARS)
    # A window reads as itself ("second half of 2017"): its first day would say a false date.
    when = when_text(item, lang) if is_window(item) else format_skeleton("MMMd", day, locale=lang)
    return clip(f"{when} · {item.what or item.quote}", LABEL_CHARS)


def _months_after(day: date, months: int) -> date:
    month = day.month + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, 1) - timedelta(days=1)


def _month_starts(first: date, last: date) -> list[date]:
    starts = []
    day = date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            starts.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return starts
