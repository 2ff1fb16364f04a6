"""Deadlines counted from a meeting the text dates elsewhere.

Back from its first day: "hasta un mes antes de las audiencias", "30 días antes como mínimo de
las reuniones", "con una anticipación no menor a 40 días del inicio del correspondiente período
de sesiones", "no later than six weeks before the session": the day is the meeting's first day
less the period, once the text has dated that meeting ("las audiencias … se llevarán a cabo del
21 al 24 de junio de 2022"). On from its last day: "dentro de los 30 días siguientes a su
clausura", "within two weeks after the close of the workshop".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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

# "dentro de los 30 días siguientes a su clausura", "within two weeks after the close of the
# workshop", "30 days after the seminar": the count runs on from the meeting's last day; "su
# clausura", "its close" are the last meeting the text dated before.
_AFTER_MEETING = re.compile(
    rf"{QTY}\s+{UNIT}\s+(?:siguientes|posteriores|after|following|despu[ée]s\s+de(?:l)?"
    r"|luego\s+de(?:l)?)\s+(?:a\s+|al\s+)?(?:(?:the|la|el|su|its|their)\s+)?"
    r"(?:(?P<edge>clausura|cierre|conclusi[óo]n|finalizaci[óo]n|terminaci[óo]n|close|closing|closure|end|conclusion)"
    r"(?:\s+(?:del?|of)\s+(?:(?:the|la|el|los|las)\s+)?(?P<name>(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>" + EVENT_NOUN.pattern.removeprefix(r"\b") + r")))?"
    r"|(?P<name2>(?:[\w-]+\s+){0,2}?(?P<noun2>" + EVENT_NOUN.pattern.removeprefix(r"\b") + r")))",
    re.IGNORECASE,
)
_AFTER_CUE = re.compile(
    r"\b(?:siguientes|posteriores|after|following|despu[ée]s|luego)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Counted:
    """A deadline counted from a dated meeting, and that meeting."""

    mention: DateMention
    meeting: Commitment


def counted_back(text: str, events: list[Commitment]) -> list[Counted]:
    """Every "N days before the meeting" of `text` whose meeting is among the dated `events`
    (in the order of the text)."""
    found = []
    for m in _around_cues(text, _CUE, _BEFORE_MEETING, 90, 160, unit_first=True):
        meeting = _meeting_named(m.group("name"), m.group("noun"), events)
        if meeting is not None and meeting.start is not None:
            found.extend(_counted(m, meeting, meeting.start, -1))
    return found


def counted_on(text: str, events: list[tuple[int, Commitment]]) -> list[Counted]:
    """Every "N days after the meeting" of `text` whose meeting is among the dated `events`
    (each with where the text dates it, in the order of the text)."""
    found = []
    for m in _around_cues(text, _AFTER_CUE, _AFTER_MEETING, 60, 120, unit_first=True):
        name = m.group("name") or m.group("name2")
        if name:
            # only a meeting named as another one ("after the close of the regional workshop"):
            # "la clausura de la reunión" is the text's own meeting, counted from its date
            meeting = _named_as(name, [c for _, c in events])
        elif _POSSESSIVE.search(m.group(), 0, m.start("edge") - m.start()):
            # "la relatoría del taller dentro de los 30 días siguientes a su clausura": the
            # meeting the clause names before, or failing that the one dated last before
            meeting = _owner(text, m.start(), events)
        else:
            meeting = None
        if meeting is not None:
            found.extend(_counted(m, meeting, meeting.end, 1))
    return found


def _counted(m: re.Match[str], meeting: Commitment, day: date, sign: int) -> list[Counted]:
    """The deadline `m` counts from the meeting's `day`, later (sign 1) or earlier (sign -1);
    none when the count names no number."""
    end = _shift(day, m.group("n"), m.group("unit"), sign)
    if end is None:
        return []
    mention = DateMention(m.start(), m.end(), m.group(), None, end, "day", "duration", True)
    return [Counted(mention, meeting)]


def _around_cues(
    text: str,
    cue_rx: re.Pattern[str],
    rx: re.Pattern[str],
    back: int,
    ahead: int,
    unit_first: bool = False,
) -> Iterator[re.Match[str]]:
    """The matches of `rx` that hold a cue word of `cue_rx`, in the order of the text. The full
    pattern runs only around its cue words: tried at every position of a long text, its number
    words and meeting nouns would cost several milliseconds per kilobyte. With `unit_first`, only
    around a cue that comes right after a unit of time ("30 días siguientes", "six weeks
    before"), or that brings its unit after it ("con una anticipación no menor a 40 días")."""
    seen = 0  # the end of the last expression read
    for cue in cue_rx.finditer(text):
        if cue.start() < seen:
            continue
        if (
            unit_first
            and not cue.group().lower().startswith("anticip")  # "con una anticipación de 40 días"
            and not _UNIT_BEFORE.search(text, max(0, cue.start() - 16), cue.start())
        ):
            continue
        m = rx.search(text, max(seen, cue.start() - back), cue.end() + ahead)
        if m is None or not m.start() <= cue.start() < m.end():
            continue
        seen = m.end()
        yield m


_UNIT_BEFORE = re.compile(
    r"\b(?:d[íi]as|semanas?|mes(?:es)?|a[ñn]os?|days|weeks?|months?|years?)(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:su|its|their)\s+$", re.IGNORECASE)


def _owner(text: str, pos: int, events: list[tuple[int, Commitment]]) -> Commitment | None:
    """The dated meeting "su clausura", "its close" at `pos` belongs to."""
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    nouns = list(EVENT_NOUN.finditer(text, start, pos))
    if nouns:
        stem = fold(nouns[-1].group().split()[-1].lower())[:6]
        named = next((c for _, c in events if stem in fold(c.quote.lower())), None)
        if named is not None:
            return named
    return next((c for at, c in reversed(events) if at < pos), None)


def _named_as(name: str, events: list[Commitment]) -> Commitment | None:
    """The first dated event whose sentence holds the meeting's name with its qualifier
    ("regional workshop", "Taller subregional"), not the bare noun."""
    called = " ".join(fold(name.lower()).split())
    if len(called.split()) < 2:
        return None
    return next((c for c in events if called in " ".join(fold(c.quote.lower()).split())), None)


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


def _shift(day: date, raw: str, unit: str, sign: int) -> date | None:
    """`day` moved by the count, later (sign 1) or earlier (sign -1)."""
    raw = raw.lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
    if n <= 0:
        return None
    unit = unit.lower()
    if "día" in unit or "dia" in unit or "day" in unit:
        return day + timedelta(days=sign * n)
    if unit.startswith(("semana", "week")):
        return day + timedelta(weeks=sign * n)
    if unit.startswith(("mes", "month")):
        return add_months(day, sign * n)
    return None
