"""Deadlines counted back from a meeting the text dates elsewhere.

"hasta un mes antes de las audiencias", "30 días antes como mínimo de las reuniones", "con una
anticipación no menor a 40 días del inicio del correspondiente período de sesiones", "no later
than six weeks before the session": the day is the meeting's first day less the period, once the
text has dated that meeting ("las audiencias … se llevarán a cabo del 21 al 24 de junio de 2022").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.commitments import EVENT_NOUN
from extractors.cues import fold
from extractors.dates import NUMBER_WORDS, QTY, UNIT, DateMention, add_months
from extractors.model import Commitment

_BEFORE_MEETING = re.compile(
    r"(?:(?:hasta|a\s+m[áa]s\s+tardar|no\s+later\s+than|not\s+later\s+than|at\s+least|al\s+menos"
    r"|como\s+m[íi]nimo|con\s+una\s+anticipaci[óo]n\s+(?:no\s+menor\s+(?:a|de)|m[íi]nima\s+de|de))\s+)?"
    rf"{QTY}\s+{UNIT}\s+"
    r"(?:(?:antes|before|prior\s+to|ahead\s+of)(?:\s+(?:como\s+m[íi]nimo|at\s+the\s+latest|at\s+least))?"
    r"(?:\s+(?:de(?:l)?|to|of))?|del|al|de\s+anticipaci[óo]n\s+(?:a(?:l)?|de(?:l)?))\s+"
    r"(?:(?:the|la|las|el|los)\s+)?"
    r"(?:(?:inicio|comienzo|apertura|start|opening|beginning)\s+(?:del?|of)\s+(?:(?:the|la|las|el|los)\s+)?)?"
    r"(?P<name>(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>per[íi]odo\s+(?:ordinario\s+|extraordinario\s+)?de\s+sesiones|audiencias?|hearings?|"
    + EVENT_NOUN.pattern.removeprefix(r"\b")
    + "))",
    re.IGNORECASE,
)


_CUE = re.compile(r"\b(?:antes|before|prior\s+to|ahead\s+of|anticipaci[óo]n)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CountedBack:
    """A deadline counted back from a dated meeting, and that meeting."""

    mention: DateMention
    meeting: Commitment


def counted_back(text: str, events: list[Commitment]) -> list[CountedBack]:
    """Every "N days before the meeting" of `text` whose meeting is among the dated `events`
    (in the order of the text)."""
    found = []
    seen = 0  # the end of the last expression read
    # The full pattern runs only around its cue word: tried at every position of a long text,
    # its number words and meeting nouns would cost several milliseconds per kilobyte.
    for cue in _CUE.finditer(text, 0):
        if cue.start() < seen:
            continue
        m = _BEFORE_MEETING.search(text, max(seen, cue.start() - 90), cue.end() + 160)
        if m is None or not m.start() <= cue.start() < m.end():
            continue
        seen = m.end()
        meeting = _meeting_named(m.group("name"), m.group("noun"), events)
        if meeting is None or meeting.start is None:
            continue
        end = _back(meeting.start, m.group("n"), m.group("unit"))
        if end is None:
            continue
        mention = DateMention(m.start(), m.end(), m.group(), None, end, "day", "duration", True)
        found.append(CountedBack(mention, meeting))
    return found


def _meeting_named(name: str, noun: str, events: list[Commitment]) -> Commitment | None:
    """The first dated event whose sentence names the meeting as the text does ("the
    Vice-Ministerial Meeting"), or failing that the same kind of meeting; the only one when none
    does."""
    called = " ".join(fold(name.lower()).split())
    if called != " ".join(fold(noun.lower()).split()):
        named = [c for c in events if called in " ".join(fold(c.quote.lower()).split())]
        if named:
            return named[0]
    stem = fold(noun.split()[-1].lower())[:6]
    named = [c for c in events if stem in fold(c.quote.lower())]
    if named:
        return named[0]
    return events[0] if len(events) == 1 else None


def _back(start: date, raw: str, unit: str) -> date | None:
    raw = raw.lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    if n <= 0:
        return None
    unit = unit.lower()
    if "día" in unit or "dia" in unit or "day" in unit:
        return start - timedelta(days=n)
    if unit.startswith(("semana", "week")):
        return start - timedelta(weeks=n)
    if unit.startswith(("mes", "month")):
        return add_months(start, -n)
    return None
