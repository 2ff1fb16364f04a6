"""Duties that come back each period: "reportes financieros trimestrales", "annually".

A cue in the sentence of a deadline or an open task gives its recurrence: an RRULE frequency
and interval (quarterly is MONTHLY every 3). Cue words are data (`data/recurrence.json`).

When is a recurring duty dated? Only when the document gives its first due date:
- a date the deadline already states is the first occurrence ("the first report by 30 June
  2019, and quarterly thereafter");
- a start the sentence states ("informe semestral a partir de enero de 2018"): the first period
  runs from it, and the first report is due at that period's end (end of June 2018, a window of
  the period's precision, "semester"); a start on a day is itself the first due date;
- a calendar anchor ("al final de cada trimestre", "within 30 days after the end of each
  quarter"): the first period end (plus the days stated) after the meeting.
A recurring duty with none of these ("elabore reportes financieros trimestrales") stays an open
task that carries its recurrence: inventing a first date would make reminders of a guess.
Events are not given a recurrence: "the annual meeting in June" schedules one meeting.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, rrule

from extractors.actors import TextIndex
from extractors.commitments import Passage, build
from extractors.cues import fold
from extractors.dates import DateMention
from extractors.invariants import enforce
from extractors.model import Commitment, Frequency, OpenTask, Precision, Recurrence
from extractors.patterns import grouped

# The precision of a first period, by its length in months.
_PERIOD_PRECISION: dict[int, Precision] = {1: "month", 3: "quarter", 6: "semester", 12: "year"}
# "Informe anual 2027", "annual report of the Fund for 2012": a label, not a recurrence.
_YEAR_AFTER = re.compile(r"\s*(?:(?:de|del|for|of|para)\s+(?:[a-z]+\s+){0,3}?)?(?:19|20)\d\d\b")
# What a summary cut at the date leaves of its start: "Informe semestral a partir".
_START_TAIL = re.compile(
    r"[\s,]*\b(?:a\s+partir(?:\s+del?)?|desde(?:\s+el)?|starting(?:\s+(?:on|in|from))?"
    r"|beginning(?:\s+(?:on|in))?|commencing(?:\s+(?:on|in))?|as\s+from|from)\s*$",
    re.IGNORECASE,
)
_DAYS_BEFORE = re.compile(
    r"(\d{1,3})\s+(?:dias|days)(?:\s+(?:habiles|calendario|naturales|working|business|calendar))?"
    r"[^.;\d]{0,40}$"
)


@dataclass(frozen=True)
class Cue:
    """A recurrence cue found in a sentence: what it says and where (offsets in the text)."""

    freq: Frequency
    interval: int
    begin: int
    stop: int
    period_end: bool = False  # "al final de cada trimestre": due at each calendar period's end
    offset_days: int = 0  # "within 30 days after the end of each quarter"


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in fold(phrase).split())


def _plural(phrase: str) -> str:
    # Spanish and English plurals of every word: "estados financieros", "contribuciones".
    return r"\s+".join(re.escape(w) + r"(?:s|es)?" for w in fold(phrase).split())


_COMMON = {"una", "uno", "ano", "con", "al", "de", "a", "an", "the"}


def _clue(phrase: str) -> str:
    """The word of a phrase least likely to be in any sentence: the longest uncommon one."""
    return max(fold(phrase).split(), key=lambda w: (w not in _COMMON, len(w)))


def _alternation(parts: list[str]) -> str:
    return grouped(sorted(set(parts), key=len, reverse=True))


class _Patterns:
    def __init__(self, data: dict[str, Any]) -> None:
        both = ("es", "en")
        self.meaning: dict[str, tuple[Frequency, int]] = {}
        adverbs, adjectives = [], []
        # One word of each cue, as written in the patterns: a text holding none of them holds
        # no cue, and one search for them spares the three patterns below.
        clues: set[str] = set()
        for lang in both:
            for phrase, freq, interval in data["adverbs"][lang]:
                self.meaning[" ".join(fold(phrase).split())] = (freq, interval)
                adverbs.append(_words(phrase))
                clues.add(_clue(phrase))
            for word, freq, interval in data["adjectives"][lang]:
                self.meaning[fold(word)] = (freq, interval)
                adjectives.append(re.escape(fold(word)))
                clues.add(fold(word))
        adj = _alternation(adjectives)
        es_nouns = _alternation([_plural(n) for n in data["deliverables"]["es"]])
        en_nouns = _alternation([_plural(n) for n in data["deliverables"]["en"]])
        frames = _alternation([_words(f) for lang in both for f in data["adverbial_frames"][lang]])
        self.adverb = re.compile(rf"\b(?P<cue>{_alternation(adverbs)})\b")
        self.adjective = re.compile(
            # "reportes financieros trimestrales", "informe anual"
            rf"\b(?:{es_nouns})(?:\s+[a-z]+){{0,2}}?\s+(?P<cue>{adj})(?:es)?\b"
            # "quarterly financial reports", "annual contributions"
            rf"|\b(?P<cue2>{adj})\s+(?:[a-z-]+\s+){{0,2}}?(?:{en_nouns})\b"
            # "de manera trimestral", "on a quarterly basis"
            rf"|\b(?:{frames})\s+(?P<cue3>{adj})(?:es)?\b"
        )
        self.periods: dict[str, int] = {}
        for lang in both:
            for word, months in data["periods"][lang]:
                self.periods[" ".join(fold(word).split())] = months
        ends = _alternation([_words(p) for lang in both for p in data["period_end"][lang]])
        clues.update(_clue(p) for lang in both for p in data["period_end"][lang])
        self.clue = re.compile(grouped([re.escape(c) for c in sorted(clues)]))
        periods = _alternation([_words(p) for p in self.periods])
        self.period_end = re.compile(rf"\b(?:{ends})\s+(?P<period>{periods})\b")
        starts = _alternation([_words(s) for lang in both for s in data["start_markers"][lang]])
        self.start_before = re.compile(rf"\b(?:{starts})\s*$")


@cache
def _patterns() -> _Patterns:
    raw = (resources.files("extractors") / "data" / "recurrence.json").read_text(encoding="utf-8")
    return _Patterns(json.loads(raw))


def detect(
    text: str, begin: int = 0, stop: int | None = None, folded: str | None = None
) -> Cue | None:
    """Return the recurrence a stretch of text states, or None.

    A cue capitalised inside the sentence names something ("el Informe Anual"), and one
    followed closely by a year labels a period ("annual report of the Fund for 2012"): neither
    says a duty repeats. `folded` is `fold(text)` when the caller has it.
    """
    stop = len(text) if stop is None else stop
    folded = fold(text[begin:stop]) if folded is None else folded[begin:stop]
    pats = _patterns()
    if pats.clue.search(folded) is None:
        return None
    m = pats.period_end.search(folded)
    if m is not None:
        months = pats.periods[" ".join(m.group("period").split())]
        days = _DAYS_BEFORE.search(folded, max(0, m.start() - 80), m.start())
        freq: Frequency = "YEARLY" if months == 12 else "MONTHLY"
        return Cue(
            freq,
            1 if months == 12 else months,
            begin + m.start(),
            begin + m.end(),
            period_end=True,
            offset_days=int(days.group(1)) if days else 0,
        )
    for rx, groups in ((pats.adverb, ("cue",)), (pats.adjective, ("cue", "cue2", "cue3"))):
        for m in rx.finditer(folded):
            name = next(g for g in groups if m.group(g) is not None)
            at = m.start(name)
            original = text[begin + at : begin + m.end(name)]
            if original[:1].isupper() and text[begin:stop][:at].strip():
                continue  # a title: "el Informe Anual", "Plan Operativo Anual"
            if _YEAR_AFTER.match(folded, m.end()):
                continue  # a label: "Informe anual 2027", "annual report for 2012"
            freq, interval = pats.meaning[" ".join(m.group(name).split())]
            return Cue(freq, interval, begin + m.start(), begin + m.end())
    return None


def attach(item: Commitment, p: Passage, d: DateMention) -> Commitment:
    """Give a kept deadline the recurrence its sentence states; its date is the first due one.

    "Within 30 days after the end of each quarter" read as a plain duration would count from
    the meeting: the due date becomes the first quarter's end after the meeting, plus 30 days.
    """
    if item.kind != "deadline":
        return item
    cue = detect(p.clean, *p.sentence, p.folded or None)
    if cue is None:
        return item
    if cue.period_end and d.form == "duration" and p.reference is not None:
        due = first_period_end(cue, p.reference)
        return replace(
            item,
            start=None,
            end=due,
            precision="day",
            recurrence=Recurrence(cue.freq, cue.interval, dtstart=due),
        )
    return replace(item, recurrence=Recurrence(cue.freq, cue.interval, dtstart=item.end))


def from_start(d: DateMention, p: Passage, index: TextIndex) -> Commitment | None:
    """A recurring duty dated by the start it states, or None.

    Dates after "a partir de" are dropped as a start of validity, which they are, unless a
    recurring duty runs from them.
    """
    folded = p.folded or fold(p.clean)
    s_begin = p.sentence[0]
    if not _patterns().start_before.search(folded, max(s_begin, d.begin - 40), d.begin):
        return None
    cue = detect(p.clean, *p.sentence, p.folded or None)
    if cue is None or cue.period_end:
        return None
    rec = Recurrence(cue.freq, cue.interval)
    if d.precision == "day":
        start, due, precision = None, d.end, "day"
    else:
        # The first period runs from the start; its report is due when that period ends.
        start = d.start or d.end.replace(day=1)
        due = start + _step(rec) - timedelta(days=1)
        precision = _PERIOD_PRECISION.get(_months(rec), "vague")
    if p.reference is not None and due < p.reference:
        return None
    built = build(d, p, index)
    what = _START_TAIL.sub("", built.what) if built.what else built.what
    dated = replace(
        built,
        what=what,
        kind="deadline",
        start=start,
        end=due,
        precision=precision,  # type: ignore[arg-type]
        recurrence=replace(rec, dtstart=due),
    )
    kept, _ = enforce(dated, p.original, d.begin)
    return kept


def settle_task(
    task: OpenTask,
    original: str,
    clean: str,
    sentence: tuple[int, int],
    reference: date | None,
    folded: str | None = None,
) -> OpenTask | Commitment:
    """Give an open task its recurrence; date it when a calendar anchor gives its first due date.

    "Presentar un informe al final de cada trimestre" at a meeting on 20 June 2017 is first due
    on 30 September 2017 ("al final de cada trimestre" is the date text).
    """
    cue = detect(clean, *sentence, folded)
    if cue is None:
        return task
    if not cue.period_end or reference is None:
        return replace(task, recurrence=Recurrence(cue.freq, cue.interval))
    due = first_period_end(cue, reference)
    dated = Commitment(
        kind="deadline",
        date_text=original[cue.begin : cue.stop],
        start=None,
        end=due,
        precision="day",
        quote=task.quote,
        ref=task.ref,
        what=task.what,
        who=task.who,
        ref_date=reference,
        recurrence=Recurrence(cue.freq, cue.interval, dtstart=due),
    )
    kept, _ = enforce(dated, original, cue.begin)
    return kept if kept is not None else replace(task, recurrence=dated.recurrence)


def first_period_end(cue: Cue, after: date) -> date:
    """The first end of a calendar period (plus the cue's days) that falls after `after`."""
    months = 12 * cue.interval if cue.freq == "YEARLY" else cue.interval
    if cue.freq == "WEEKLY" or 12 % months:
        months = 12  # periods that do not tile a year: count in years
    # Calendar periods end in month `months` and every `months` after: March for quarters.
    first = datetime(after.year - 1, months, 1, tzinfo=UTC)  # rrule counts in datetimes
    ends = rrule(MONTHLY, interval=months, bymonthday=-1, dtstart=first)
    offset = timedelta(days=cue.offset_days)
    found = ends.after(datetime.combine(after - offset, time(), tzinfo=UTC))
    assert found is not None  # an unbounded rule always has a next date
    return found.date() + offset


def _step(rec: Recurrence) -> relativedelta:
    if rec.freq == "WEEKLY":
        return relativedelta(weeks=rec.interval)
    return relativedelta(months=_months(rec))


def _months(rec: Recurrence) -> int:
    return 12 * rec.interval if rec.freq == "YEARLY" else rec.interval
