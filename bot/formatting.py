"""How items read in a chat: dates in the reader's language, days left, who, where and source.

Everything returned is Telegram HTML with the document's text escaped, and every message is kept
under Telegram's 4096 characters.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import PurePath
from typing import Any

from babel.dates import format_date, format_interval, format_skeleton, format_timedelta

from bot.catalog import Catalog
from bot.i18n import say
from storage.models import DEADLINE, DRAFT, EVENT, Commitment
from storage.recurrence import next_occurrence

MESSAGE_LIMIT = 4096
QUOTE_CHARS = 220
WHAT_CHARS = 260
COUNT_DAYS_UP_TO = 60

_ORDINALS = {
    "es": {1: "primer", 2: "segundo", 3: "tercer", 4: "cuarto"},
    "en": {1: "first", 2: "second", 3: "third", 4: "fourth"},
}
_KIND_ICONS = {DEADLINE: "📌", EVENT: "📅"}


def escape(text: str | None) -> str:
    """Escape document text for Telegram HTML."""
    return html.escape(text or "", quote=False)


def clip(text: str, width: int) -> str:
    """Shorten text to `width` characters at a word boundary, marking the cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def when_text(item: Commitment, lang: str) -> str:
    """Say an item's date the way a reader would: a day, a range, or a window."""
    start, end, precision = item.start, item.end, item.precision
    if end is None:
        return say(lang, "no_date")
    if precision == "semester" and start is not None:
        half = 1 if start.month <= 6 else 2
        if lang == "en":
            return f"{_ORDINALS['en'][half]} half of {end.year}"
        return f"{_ORDINALS['es'][half]} semestre de {end.year}"
    if precision == "quarter" and start is not None:
        quarter = (start.month - 1) // 3 + 1
        if lang == "en":
            return f"{_ORDINALS['en'][quarter]} quarter of {end.year}"
        return f"{_ORDINALS['es'][quarter]} trimestre de {end.year}"
    if precision == "year":
        return str(end.year)
    if precision == "month" and (
        start is None or (start.year, start.month) == (end.year, end.month)
    ):
        return format_skeleton("yMMMM", end, locale=lang)
    if start is None or start == end:
        text = format_date(end, "long", locale=lang)
    else:
        text = format_interval(start, end, "yMMMMd", locale=lang)
    if precision in ("vague", "week"):
        text += f" ({say(lang, 'approximate')})"
    return text


def is_window(item: Commitment) -> bool:
    """Tell whether an item's date is a period rather than a day it falls on."""
    return item.precision not in (None, "day")


def period_text(recurrence: dict[str, Any], occurrence: date, lang: str) -> str:
    """Name one period of a recurring duty: "trimestral — período con vencimiento 30 sept 2017"."""
    day = format_date(occurrence, "medium", locale=lang)
    return say(lang, "occurrence_period", every=every_text(recurrence, lang), day=day)


def every_text(recurrence: dict[str, Any], lang: str) -> str:
    """Say how often a recurring duty comes back: "trimestral", "every 3 months"."""
    unit = {"WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[recurrence["freq"]]
    n = int(recurrence.get("interval") or 1)
    if n == 1 or (unit == "month" and n in (3, 6)):
        return say(lang, f"every_{n}_{unit}{'s' if n > 1 else ''}")
    return say(lang, f"every_n_{unit}s", n=n)


def next_due_day(item: Commitment, today: date) -> date | None:
    """The next due date of a recurring item on or after today (None: not recurring, or over)."""
    if item.recurrence is None or item.end is None:
        return None
    return next_occurrence(item.recurrence, item.end, on_or_after=today)


def days_left_text(item: Commitment, today: date, lang: str) -> str:
    """Say how far the item is from today: days left, today, ongoing, or overdue."""
    if item.end is None:
        return ""
    first = item.start or item.end
    if item.kind == EVENT or (item.start is not None and item.start != item.end):
        if first <= today <= item.end:
            return say(lang, "ongoing") if first != item.end else say(lang, "today")
        target = first if item.kind == EVENT else item.end
    else:
        target = item.end
    return count_days_text((target - today).days, lang)


def count_days_text(days: int, lang: str) -> str:
    """Say a count of days ahead (or overdue) as a reader would."""
    if days == 0:
        return say(lang, "today")
    if days == 1:
        return say(lang, "tomorrow")
    if days == -1:
        return say(lang, "overdue_one")
    if abs(days) > COUNT_DAYS_UP_TO:
        # "in 3 months", "overdue by 2 years": a count of days that far off says nothing.
        span = format_timedelta(timedelta(days=abs(days)), locale=lang)
        return say(lang, "overdue_span" if days < 0 else "in_span", span=span)
    if days < 0:
        return say(lang, "overdue_days", n=-days)
    return say(lang, "in_days", n=days)


def source_text(item: Commitment, lang: str) -> str:
    """Name the item's source: its meeting (body, place, dates) or the document's title, and
    the paragraph as printed."""
    document = item.document
    meeting = document.meeting
    if meeting.body and (meeting.place or meeting.end):
        parts = [meeting.body, meeting.place or ""]
        if meeting.start and meeting.end and meeting.start != meeting.end:
            parts.append(format_interval(meeting.start, meeting.end, "yMMMd", locale=lang))
        elif meeting.end:
            parts.append(format_skeleton("yMMMd", meeting.end, locale=lang))
        title = ", ".join(p for p in parts if p)
    else:
        title = document.title or meeting.title or PurePath(document.source).name
        if title.isupper():
            title = title.capitalize()
    parts = [escape(clip(title, 120))]
    if item.ref:
        parts.append(escape(say(lang, "paragraph", ref=item.ref)))
    return " · ".join(parts)


def who_text(item: Commitment, catalog: Catalog, lang: str) -> str:
    """List the actors of an item in the reader's language."""
    return ", ".join(escape(catalog.actor_name(name, lang)) for name in item.who)


def item_html(
    item: Commitment,
    *,
    catalog: Catalog,
    lang: str,
    today: date,
    number: int | None = None,
    full: bool = False,
    occurrence: date | None = None,
) -> str:
    """Render one item: date and days left, what, who, where, and its source with a quote.

    A recurring item shows `occurrence` (the one a reminder is about), else its next due date.
    """
    icon = _KIND_ICONS.get(item.kind, "📝")
    kind = say(lang, f"kind_{item.kind}")
    label = f"{number}. " if number is not None else ""
    left = days_left_text(item, today, lang)
    when = when_text(item, lang)
    repeats = ""
    if item.recurrence is not None:
        # A recurring duty reads by the occurrence at hand, then how often it comes back.
        due = occurrence or next_due_day(item, today)
        if due is not None and item.end is not None and due != item.end:
            when = format_date(due, "long", locale=lang)
            left = count_days_text((due - today).days, lang)
        if due is None:
            shown = say(lang, "series_over")
        else:
            # An occurrence owed and overdue is not the "next" one: it is the period due then.
            shown = say(lang, "occurrence_due" if due < today else "next_due", day=when)
        repeats = f"🔁 {escape(every_text(item.recurrence, lang))} · {escape(shown)}"
    head = f"{label}{icon} <b>{escape(when)}</b>"
    if left:
        head += f" · <i>{escape(left)}</i>"
    if item.status == DRAFT:
        head += f" · [{say(lang, 'draft')}]"
    what = item.what or item.quote
    lines = [head, f"{kind}: {escape(clip(what, WHAT_CHARS * (3 if full else 1)))}"]
    if repeats:
        lines.insert(1, repeats)
    if item.who:
        lines.append(f"👥 {who_text(item, catalog, lang)}")
    if item.where:
        lines.append(f"📍 {escape(item.where)}")
    if item.confirm:
        lines.append(f"✅ {say(lang, 'confirm_asked')}")
    quote = clip(item.quote, QUOTE_CHARS * (4 if full else 1))
    lines.append(f"📄 {source_text(item, lang)}")
    lines.append(f"<i>«{escape(quote)}»</i>")
    if full and item.date_text:
        lines.append(f"🗓 «{escape(item.date_text)}»")
    return "\n".join(lines)


def list_html(
    title: str,
    items: Sequence[Commitment],
    *,
    catalog: Catalog,
    lang: str,
    today: date,
    first_number: int = 1,
    footer: str = "",
    empty: str = "",
    occurrences: Sequence[date | None] = (),
) -> str:
    """Render a titled page of items, numbered, within Telegram's length limit.

    `occurrences`, if given, has the occurrence each recurring item is listed by (None for the
    others), as the list's query found it.
    """
    days = list(occurrences) or [None] * len(items)
    blocks = [
        item_html(
            item,
            catalog=catalog,
            lang=lang,
            today=today,
            number=first_number + i,
            occurrence=day,
        )
        for i, (item, day) in enumerate(zip(items, days, strict=True))
    ]
    body = "\n\n".join(blocks) if blocks else empty
    text = f"{title}\n\n{body}"
    if footer:
        text += f"\n\n{footer}"
    return fit(text)


def fit(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """Keep a message within the limit, cutting whole lines (tags never straddle lines)."""
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    while lines and len("\n".join(lines)) > limit - 2:
        lines.pop()
    return "\n".join(lines) + "\n…"
