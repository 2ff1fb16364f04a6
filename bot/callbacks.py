"""Button payloads: short, self-contained, and distrusted when they come back.

Telegram gives a button at most 64 bytes of callback data and hands back whatever the client
sends, so every payload is plain ASCII fields separated by ':' that `parse` checks strictly;
anything else is a forged or stale press. Lists carry their whole query in the payload, so a
page button still works after a restart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MAX_BYTES = 64

# A list's view: what it lists.
NEXT, UPCOMING, DUE, EVENTS, TASKS, PERIOD = "n", "u", "d", "e", "t", "p"
VIEWS = (NEXT, UPCOMING, DUE, EVENTS, TASKS, PERIOD)


@dataclass(frozen=True)
class ListQuery:
    """A list the bot showed, enough to show any page of it again."""

    view: str
    offset: int = 0
    first: date | None = None
    last: date | None = None
    country: str | None = None  # button code of a country named in the question
    # Kinds of event asked for, as folded stems ("taller", "workshop"), at most 30 characters.
    keywords: tuple[str, ...] = ()

    def encode(self) -> str:
        """Return the payload of a page button."""
        days = ""
        if self.first is not None and self.last is not None:
            days = f"{self.first:%Y%m%d}-{self.last:%Y%m%d}"
        fields = ["P", self.view, str(self.offset), days, self.country or "", keywords_field(self)]
        return checked(":".join(fields))


def keywords_field(query: ListQuery) -> str:
    """Join as many keywords as fit in the payload's last field."""
    joined = ""
    for word in query.keywords:
        candidate = f"{joined}+{word}" if joined else word
        if len(candidate) > MAX_KEYWORDS or not _KEYWORD.fullmatch(word):
            break
        joined = candidate
    return joined


def checked(data: str) -> str:
    """Return `data` if Telegram accepts it as callback data."""
    if not data.isascii() or not 0 < len(data.encode()) <= MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes or not ASCII: {data!r}")
    return data


MAX_KEYWORDS = 30
_KEYWORD = re.compile(r"[a-z]{1,20}")
_LIST = re.compile(
    r"P:(?P<view>[nudetp]):(?P<offset>\d{1,4}):(?:(?P<first>\d{8})-(?P<last>\d{8}))?"
    r":(?P<country>[A-Za-z0-9]{0,4}):(?P<keywords>(?:[a-z]{1,20}(?:\+[a-z]{1,20})*)?)"
)


def parse_list(data: str) -> ListQuery | None:
    """Read a page button's payload, or None when it is not one this bot makes."""
    match = _LIST.fullmatch(data)
    if match is None or len(match["keywords"]) > MAX_KEYWORDS:
        return None
    first = last = None
    if match["first"]:
        try:
            first = date(int(match["first"][:4]), int(match["first"][4:6]), int(match["first"][6:]))
            last = date(int(match["last"][:4]), int(match["last"][4:6]), int(match["last"][6:]))
        except ValueError:
            return None
        if last < first:
            return None
    return ListQuery(
        view=match["view"],
        offset=int(match["offset"]),
        first=first,
        last=last,
        country=match["country"] or None,
        keywords=tuple(match["keywords"].split("+")) if match["keywords"] else (),
    )


def item_button(group_id: int, occurrence: date | None = None) -> str:
    """Return the payload of a button that opens one item: "I:42", or for a recurring deadline
    the occurrence its list showed too, "I:20170930:42" (23 bytes at most)."""
    day = f"{occurrence:%Y%m%d}:" if occurrence is not None else ""
    return checked(f"I:{day}{group_id}")


def parse_item(data: str) -> int | None:
    """Read an item button's payload: the item's group id."""
    opened = parse_item_at(data)
    return opened[0] if opened is not None else None


def parse_item_at(data: str) -> tuple[int, date | None] | None:
    """Read an item button's payload: the item's group id and the occurrence it was listed by
    (None when it gives none), or None when it is not one this bot makes."""
    match = re.fullmatch(r"I:(?:(?P<day>\d{8}):)?(?P<group>\d{1,12})", data)
    if match is None:
        return None
    day = None
    if match["day"]:
        try:
            day = date(int(match["day"][:4]), int(match["day"][4:6]), int(match["day"][6:]))
        except ValueError:
            return None
    return int(match["group"]), day


def simple(prefix: str, *values: str) -> str:
    """Return a payload made of a prefix and plain fields."""
    return checked(":".join((prefix, *values)))


def fields(data: str, prefix: str, count: int) -> list[str] | None:
    """Split a payload made by `simple`, or None when the prefix or field count is wrong."""
    parts = data.split(":")
    if parts[0] != prefix or len(parts) != count + 1:
        return None
    if not all(re.fullmatch(r"[A-Za-z0-9_+-]{1,24}", p) for p in parts[1:]):
        return None
    return parts[1:]
