"""The records an extraction yields: the meeting, dated commitments and open tasks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

Kind = Literal["deadline", "event"]
Precision = Literal["day", "week", "month", "quarter", "semester", "year", "vague"]
Frequency = Literal["WEEKLY", "MONTHLY", "YEARLY"]


@dataclass(frozen=True)
class Recurrence:
    """A duty that comes back: an RRULE-like frequency and interval ("MONTHLY", 3: quarterly).

    `dtstart` is the first due date, set only when the document states it or a stated anchor
    gives it ("a partir de enero de 2018" for a half-yearly report: the end of June 2018).
    """

    freq: Frequency
    interval: int = 1
    dtstart: date | None = None
    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class NamedDate:
    """A date a document's file name carries ("saarc_colombo_2009-02_en.txt": February 2009;
    "cicaa_madrid_2023_es.txt": 2023), and whether it names a month or only a year."""

    day: date  # the first day it names
    month_known: bool = True

    @property
    def reads_from(self) -> date:
        """The first day the text's year-less dates are read from: a month before a named month
        or day (a text is often named for its meeting, a little after it was written), the
        first of a named year."""
        return self.day - timedelta(days=31) if self.month_known else self.day


@dataclass(frozen=True)
class Meeting:
    """The meeting a document (or one excerpt of a compilation) reports on."""

    title: str | None = None
    body: str | None = None  # "GRCM", "CRM" (Vice-Ministerial) or "other"
    place: str | None = None
    start: date | None = None
    end: date | None = None
    lang: str | None = None
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Commitment:
    """A future obligation or scheduled activity placed at a date or period."""

    kind: Kind
    date_text: str
    start: date | None
    end: date
    precision: Precision
    quote: str
    ref: str | None = None
    what: str | None = None
    who: tuple[str, ...] = ()
    where: str | None = None
    confirm: bool = False
    ref_date: date | None = None  # the date the passage is judged from
    topics: tuple[str, ...] = ()  # networks and working groups named in its paragraph or section
    recurrence: Recurrence | None = None  # a duty repeated each period (extractors.recurrence)


@dataclass(frozen=True)
class OpenTask:
    """An obligation without a date, tied to a later meeting or to nothing."""

    quote: str
    ref: str | None = None
    what: str | None = None
    who: tuple[str, ...] = ()
    anchor: str | None = None
    ref_date: date | None = None
    topics: tuple[str, ...] = ()  # networks and working groups named in its paragraph or section
    recurrence: Recurrence | None = None  # a duty repeated each period, no first date stated


@dataclass(frozen=True)
class Decision:
    """A date expression found in the text, kept or dropped, and why (`extract --explain`)."""

    date_text: str
    begin: int  # offset in the document text
    start: date | None
    end: date | None  # None: nothing in the text places it
    kept: bool
    kind: str | None
    reason: str  # 'kept as deadline: "a más tardar"', 'dropped: past verb "organised"'

    @property
    def stop(self) -> int:
        """The offset just after the expression."""
        return self.begin + len(self.date_text)


@dataclass
class Extraction:
    """Everything found in one document."""

    document: Meeting
    commitments: list[Commitment] = field(default_factory=list)
    undated: list[OpenTask] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)  # every date expression considered
    # the day the dates the text leaves yearless or relative were read from, when one day
    # served the whole text: the meeting's last day, or a page's or a byline's date
    reference: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON shape of `crmbot extract --json`."""
        return {
            "document": _jsonable(asdict(self.document)),
            "commitments": [_jsonable(asdict(c)) for c in self.commitments],
            "undated": [_jsonable(asdict(t)) for t in self.undated],
        }


def _jsonable(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, dict):  # a recurrence
            value = _jsonable(value)
        out[key] = value
    return out
