"""The grammar of dates, ranges, periods and durations in CRM documents (Spanish and English).

`find_dates(text, reference)` returns every date expression in `text` with its resolved window.
A year left out resolves to the next occurrence on or after the reference date (the meeting's
last day); durations count from the reference date. Month names come from dateparser's locale
data; the grammar of ranges, weeks, quarters, semesters and "early/late" windows is ours.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import accumulate, compress, islice
from typing import Any, TypeVar

from dateparser.languages.loader import default_loader

from extractors.cues import cues, fold
from extractors.patterns import faster

_T = TypeVar("_T")

Precision = str  # "day" | "week" | "month" | "quarter" | "semester" | "year" | "vague"
MatchLike = Any  # a re.Match, or a _Group standing in for one


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, resolved to a window of days."""

    begin: int  # character offsets of the expression in the text
    stop: int
    text: str
    start: date | None  # first day of the window; None for a plain one-day deadline
    end: date  # last day of the window
    precision: Precision
    form: str  # which rule matched: "day", "range", "month", "duration", ...
    explicit_year: bool
    marker: str | None = None  # a deadline word inside the expression ("a más tardar", "by", ...)
    # the day of the text a date written without its month was read from ("25 de septiembre")
    read_from: str | None = None


# --------------------------------------------------------------------------- vocabulary


@cache
def month_numbers() -> dict[str, int]:
    """Map month names (Spanish and English, lower case, with and without accents) to 1-12."""
    keys = [calendar.month_name[i].lower() for i in range(1, 13)]
    table: dict[str, int] = {}
    for lang in ("es", "en"):
        info = default_loader.get_locale(lang).info
        for number, key in enumerate(keys, start=1):
            for name in info.get(key, []):
                name = name.lower()
                if len(name) >= 4 and not name.endswith("."):  # full names, not "ene", "mar"
                    table[name] = number
    table["setiembre"] = 9
    table["sept"] = 9
    table["may"] = 5  # the one English month name shorter than four letters
    # Abbreviations count only with their period ("Oct. 15"); "mar." and "set." stay out (sea, set).
    for abbr, number in (
        ("ene.", 1),
        ("jan.", 1),
        ("feb.", 2),
        ("abr.", 4),
        ("apr.", 4),
        ("jun.", 6),
        ("jul.", 7),
        ("ago.", 8),
        ("aug.", 8),
        ("sep.", 9),
        ("sept.", 9),
        ("oct.", 10),
        ("nov.", 11),
        ("dic.", 12),
        ("dec.", 12),
    ):
        table[abbr] = number
    return table


_MONTH_ALT = "|".join(re.escape(m) for m in sorted(month_numbers(), key=len, reverse=True))
# A month's name, not the start of a longer word ("mayo" in "Para mayor información").
MONTH = rf"(?:{_MONTH_ALT})(?:(?<!\.)\.)?(?![^\W\d_])"
# Month names shortened without their stop (see SHORT_MONTHS): read only beside a day and a year.
_SHORT_MONTH_NAME = r"(?:jan|ene|feb|mar|apr|abr|may|jun|jul|aug|ago|sept?|set|oct|nov|dec|dic)"
_SHORT_MONTH = rf"{_SHORT_MONTH_NAME}(?![\w.])"
# A weekday shortened, before a day in a shortened range: "Mon, 8 Apr - Fri, 19 Apr 2013".
_WD_SHORT = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
DAY = r"(?:(?:[12]\d|3[01]|0?[1-9])(?:\.?º|\.?°|\.o(?!\w)|ero|ro|er|st|nd|rd|th)?|primero)"
YEAR = r"(?<![\d/])(?:19|20)\d{2}(?!\d|/\d)"
# Spanish year tails: "de 2017", "del 2005", "del año 2022", "de este año", "del presente año"
ES_YEAR = rf"(?:(?:del?\s+)?(?:año\s+)?(?P<y>{YEAR})|(?P<rel>del?\s+(?:presente|próximo|proximo|siguiente|este|pasado)\s+año|del\s+año\s+(?:en\s+curso|próximo|siguiente|pasado|anterior))|(?P<rel2>de\s+este\s+año))"
# ...or "próximo" after the month, which a day's next occurrence already says: "el 24 de abril
# próximo", "del 5 al 7 de junio próximo".
_ES_YEAR_OR_NEXT = rf"(?:,?\s+{ES_YEAR}|\s+(?:próximo|proximo|entrante)\b)?"
EN_YEAR = rf"(?:,?\s*(?:of\s+)?(?:the\s+year\s+)?(?P<y>{YEAR})|(?P<rel>\s*(?:of\s+)?(?:this|next|last|the\s+current|the\s+following|the\s+previous)\s+year))"
ORD_ES = {
    "primer": 1,
    "primera": 1,
    "primero": 1,
    "1er": 1,
    "1ra": 1,
    "1a": 1,
    "1ª": 1,
    "1º": 1,
    "i": 1,
    "segundo": 2,
    "segunda": 2,
    "2do": 2,
    "2da": 2,
    "2a": 2,
    "2ª": 2,
    "2º": 2,
    "ii": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "3er": 3,
    "3ra": 3,
    "3a": 3,
    "3ª": 3,
    "3º": 3,
    "iii": 3,
    "cuarto": 4,
    "cuarta": 4,
    "4to": 4,
    "4ta": 4,
    "4º": 4,
    "4ª": 4,
    "iv": 4,
    "quinta": 5,
    "última": -1,
    "ultima": -1,
    "último": -1,
    "ultimo": -1,
}
ORD_EN = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "last": -1,
    "final": -1,
}
_ORD_ALT = "|".join(sorted((*ORD_ES, *ORD_EN), key=len, reverse=True))
ORD = rf"(?P<ord>{_ORD_ALT})"
NUMBER_WORDS = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cuarenta y cinco": 45,
    "sesenta": 60,
    "noventa": 90,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_ES_UNITS = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_ES_TEENS = {
    "trece": 13,
    "catorce": 14,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
}
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70}
_ES_TENS |= {"ochenta": 80, "noventa": 90}
_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_EN_TENS |= {"eighty": 80, "ninety": 90}
_EN_TEENS = {"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18}
_EN_TEENS |= {"nineteen": 19}


def _compound_numbers() -> dict[str, int]:
    """Number words up to 99 in both languages ("veinticinco", "treinta y dos", "twenty-one")."""
    out: dict[str, int] = {**_ES_TEENS, **_ES_TENS, **_EN_TEENS, **_EN_TENS}
    for i, unit in enumerate(_ES_UNITS, start=1):
        out[
            "veinti" + unit.replace("dos", "dós").replace("tres", "trés").replace("seis", "séis")
        ] = 20 + i
        out["veinti" + unit] = 20 + i
        for word, tens in _ES_TENS.items():
            out[f"{word} y {unit}"] = tens + i
    for i, unit in enumerate(_EN_UNITS, start=1):
        for word, tens in _EN_TENS.items():
            out[f"{word}-{unit}"] = tens + i
            out[f"{word} {unit}"] = tens + i
    out |= {"ciento veinte": 120, "ciento ochenta": 180, "cien": 100, "hundred": 100}
    out |= {"one hundred": 100, "one hundred and twenty": 120, "one hundred and eighty": 180}
    return out


NUMBER_WORDS |= _compound_numbers()
_NUM_ALT = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_DAY_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 31 and " y " not in w}
_DAY_WORDS |= {"treinta y uno": 31, "primero": 1, "primer": 1}
_DAY_WORD_ALT = "|".join(
    sorted((re.escape(w) for w in _DAY_WORDS if w not in ("a", "un")), key=len, reverse=True)
)
_YEAR_WORDS = r"(?:dos\s+mil|mil\s+novecientos)(?:\s+(?!de\b|del\b|en\b)[a-záéíóú]+){0,3}"


def number_from_words(text: str) -> int | None:
    """Read a Spanish or English number written in words ("dos mil diecinueve") or digits."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    total = current = 0
    hundreds = {
        "doscientos": 200,
        "trescientos": 300,
        "cuatrocientos": 400,
        "quinientos": 500,
        "seiscientos": 600,
        "setecientos": 700,
        "ochocientos": 800,
        "novecientos": 900,
        "ciento": 100,
    }
    words = text.replace("-", " ").split()
    i = 0
    seen = False
    while i < len(words):
        w = words[i]
        if w in ("y", "and"):
            i += 1
            continue
        pair = " ".join(words[i : i + 3])
        if pair in NUMBER_WORDS and " y " in pair:
            current += NUMBER_WORDS[pair]
            i += 3
        elif w in ("mil", "thousand"):
            total += (current or 1) * 1000
            current = 0
            i += 1
        elif w == "hundred":
            current = (current or 1) * 100
            i += 1
        elif w in hundreds:
            current += hundreds[w]
            i += 1
        elif w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
            i += 1
        else:
            return None
        seen = True
    return total + current if seen else None


# A count, "about" or not: "15", "quince (15)", "unos 15", "about two", "aproximadamente tres".
QTY = (
    r"(?:(?:unos|unas|aproximadamente|alrededor\s+de|about|some|approximately|around)\s+)?"
    rf"(?P<n>\d{{1,3}}|{_NUM_ALT})(?:\s*\(\d{{1,3}}\))?"
)
UNIT = r"(?P<unit>días(?:\s+(?:hábiles|naturales|calendario))?|dias|semanas|semana|meses|mes|años|(?:working\s+|business\s+|calendar\s+)?days|weeks|months|month|week|years|año)"

# Deadline words that may open a date expression. Kept inside the expression so the quote
# and `date_text` read naturally ("a más tardar el 15 de julio").
# A meeting's close joined to its opening day: "se inaugurase el martes 1.o de junio de 1999,
# concluyendo sus labores el jueves 17 de junio", "will open on 4 May and close on 8 May".
ES_CLOSING = (
    r"(?:,?\s*(?:concluyendo|clausurándose|terminando|finalizando)|\s+y\s+(?:se\s+)?"
    r"(?:concluirá|clausurará|terminará|finalizará|cerrará))(?:\s+sus\s+(?:labores|trabajos))?\s+el"
)
EN_CLOSING = (
    r"(?:,?\s*(?:closing|ending|concluding)|\s+and\s+(?:will\s+)?(?:close|end|conclude))"
    r"(?:\s+its\s+work)?\s+on"
)
ES_BY = r"(?:a\s+más\s+tardar|a\s+mas\s+tardar|antes\s+de\s+que\s+(?:finalice|termine|concluya|acabe|cierre)(?:\s+el\s+mes\s+de)?|antes\s+del?|previo\s+al?|hasta\s+el|no\s+más\s+allá\s+del?|no\s+más\s+tarde\s+del?|al)"
EN_BY = r"(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before|prior\s+to|until)"


@dataclass(frozen=True)
class Rule:
    """One alternative of the grammar: a pattern and how to resolve what it matched."""

    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[MatchLike, date | None], tuple[date | None, date, Precision] | None]
    needs: str = "M"  # the word every match holds: M month, Y/L year, P period, U unit, Q
    # Words of the pattern, one of which every match holds (as written, in lower case): a
    # stretch of text without any of them is not searched. Empty when no word is required.
    clues: tuple[str, ...] = ()
    # How many month names every match holds (each where a month name starts): a stretch of
    # text with fewer places where one starts is not searched.
    months: int = 0


def _month(token: str) -> int:
    table = month_numbers()
    token = token.lower()
    return table[token] if token in table else table[token.rstrip(".")]


def _day(token: str) -> int:
    if token.lower() == "primero":
        return 1
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_of(m: MatchLike, ref: date | None) -> int | None:
    """The explicit or relative year of a match, or None when it is left out."""
    groups = m.groupdict()
    if groups.get("y"):
        return int(groups["y"])
    rel = (groups.get("rel") or groups.get("rel2") or "").lower()
    if rel and ref is not None:
        if any(w in rel for w in ("próximo", "proximo", "siguiente", "viene", "next", "following")):
            return ref.year + 1
        if any(w in rel for w in ("pasado", "anterior", "last", "previous")):
            return ref.year - 1  # "from July 17 to 21 last year", "el 5 de marzo del año pasado"
        return ref.year
    return None


def _next_window(
    build: Callable[[int], tuple[date, date]], year: int | None, ref: date | None
) -> tuple[date, date] | None:
    """Resolve a window, choosing the next year whose window ends on or after `ref`."""
    if year is not None:
        return build(year)
    if ref is None:
        return None
    for y in (ref.year, ref.year + 1):
        try:
            lo, hi = build(y)
        except ValueError:
            continue
        if hi >= ref:
            return lo, hi
    return None


# --------------------------------------------------------------------------- resolvers


def _r_day(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    d, mo = _day(m["d"]), _month(m["m"])
    win = _next_window(lambda y: (date(y, mo, d), date(y, mo, d)), _year_of(m, ref), ref)
    if win is None:
        return None
    return win[0], win[1], "day"


def _day_of(
    m: MatchLike, ref: date | None, english: bool
) -> tuple[date | None, date, Precision] | None:
    """The day a rule's Spanish alternative names in groups "d", "m" and "y", or its English one
    in "d2", "m2" and "y2"."""
    if english:
        return _r_day(_Group(m, d=m["d2"], m=m["m2"], y=m["y2"]), ref)
    return _r_day(_Group(m, d=m["d"], m=m["m"], y=m["y"]), ref)


def _r_weekdays_to_day(
    m: MatchLike, ref: date | None
) -> tuple[date | None, date, Precision] | None:
    """ "el jueves y el viernes 23 de abril": from the first weekday to the day the second one
    names, when that day falls on it."""
    english = m["wd3"] is not None
    day = _day_of(m, ref, english)
    if day is None:
        return None
    last = day[1]
    first_wd = _WEEKDAYS[(m["wd3"] if english else m["wd1"]).lower()]
    last_wd = _WEEKDAYS[(m["wd4"] if english else m["wd2"]).lower()]
    if ref is not None and last.weekday() != last_wd:
        # a day without its year falls in the year, of the one read and the next, where the
        # weekdays are its own
        try:
            later = last.replace(year=last.year + 1)
        except ValueError:
            return None
        if m["y"] or m["y2"] or later.weekday() != last_wd:
            return None
        last = later
    elif last.weekday() != last_wd:
        return None
    first_day = m["d02"] if english else m["d0"]
    if first_day is None:
        return last - timedelta(days=(last_wd - first_wd) % 7 or 7), last, "day"
    if not 0 < int(first_day) < last.day:
        return None
    first = last.replace(day=int(first_day))
    return (first, last, "day") if first.weekday() == first_wd else None


# How far apart two days of two months joined by "y" or "and" may lie and still be one span
# ("30 de noviembre y 1 de diciembre"); "entre … y" and "between … and" join any two.
_JOINED_DAYS_APART = 3


def _r_range(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    m2 = _month(m["m2"])
    m1 = _month(m["m1"]) if m.groupdict().get("m1") else m2
    if m1 == m2 and d2 < d1:
        return None
    if m1 == m2 and d2 > d1 + 1 and re.search(rf"{d1}\s*/\s*{d2}", m.group()):
        return None  # "October 16/17" is two days running; "abr. 1/16" is a day and its year

    def build(y: int) -> tuple[date, date]:
        y1 = y - 1 if m1 > m2 else y  # "del 28 de diciembre al 3 de enero de 2018"
        return date(y1, m1, d1), date(y, m2, d2)

    win = _next_window(build, _year_of(m, ref), ref)
    if win is None:
        return None
    join = (m.groupdict().get("join") or "").lower().split()
    if (
        join[:1] in (["y"], ["o"], ["and"])
        and not m.groupdict().get("between")
        and (win[1] - win[0]).days > _JOINED_DAYS_APART
    ):
        return None  # "el 4 de marzo y el 5 de abril": two days, not the weeks between them
    week = bool(m.groupdict().get("wk"))
    return win[0], win[1], "week" if week else "day"


def _r_month(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    mo = _month(m["m"])
    win = _next_window(
        lambda y: (date(y, mo, 1), date(y, mo, _last_day(y, mo))), _year_of(m, ref), ref
    )
    if win is None:
        return None
    return win[0], win[1], "month"


def _r_meeting_month(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """A body's meeting named by its month: that month, unless, said without its year, it is the
    month of the reference date ("during its June meeting, the Board approved …" on 9 June):
    the meeting the text reports on."""
    read = _r_month(_Group(m, m=m["m"] or m["m2"], y=m["y"] or m["y2"]), ref)
    if read is None or ref is None or m["y"] or m["y2"]:
        return read
    first, last, _ = read
    return None if first is not None and first <= ref <= last else read


def _r_month_span(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y1 = int(m["y1"]) if m.groupdict().get("y1") else None
    year = _year_of(m, ref)

    part = (m.groupdict().get("part") or "").lower()
    # "September/early October": the second month ends with its part.
    if any(w in part for w in ("early", "principio", "inicio", "comienzo", "beginning")):
        last_day: int | None = 10
    elif any(w in part for w in ("mid", "mediado", "middle")):
        last_day = 20
    else:
        last_day = None

    def build(y: int) -> tuple[date, date]:
        first_year = y1 if y1 is not None else (y - 1 if m1 > m2 else y)
        return date(first_year, m1, 1), date(y, m2, last_day or _last_day(y, m2))

    win = _next_window(build, year, ref)
    if win is None:
        return None
    return win[0], win[1], "vague"


def _r_part_of_month(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """early / mid / late / end of / first or second fortnight of a month."""
    mo = _month(m["m"])
    part = m["part"].lower()
    part = " ".join(part.split())
    if (
        any(
            w in part
            for w in ("principio", "inicio", "comienzo", "early", "beginning", "start", "primeros")
        )
        or part == "first days"
    ):
        span, precision = (1, 10), "vague"
    elif any(w in part for w in ("mediado", "mid", "middle")):
        span, precision = (11, 20), "vague"
    elif any(
        w in part for w in ("primera quincena", "first fortnight", "first half", "primera mitad")
    ):
        span, precision = (1, 15), "vague"
    elif any(
        w in part for w in ("segunda quincena", "second fortnight", "second half", "segunda mitad")
    ):
        span, precision = (16, 31), "vague"
    else:  # finales, fines, late, end
        span, precision = (21, 31), "month"

    def build(y: int) -> tuple[date, date]:
        last = _last_day(y, mo)
        return date(y, mo, span[0]), date(y, mo, min(span[1], last))

    win = _next_window(build, _year_of(m, ref), ref)
    if win is None:
        return None
    return win[0], win[1], precision


def _r_nth_week(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    mo = _month(m["m"])
    n = ORD_ES.get(m["ord"].lower(), ORD_EN.get(m["ord"].lower(), 0))
    if n == 0 or n > 5:
        return None

    def build(y: int) -> tuple[date, date]:
        last = _last_day(y, mo)
        if n == -1:
            return date(y, mo, last - 6), date(y, mo, last)
        lo = 7 * (n - 1) + 1
        return date(y, mo, lo), date(y, mo, min(lo + 6, last))

    win = _next_window(build, _year_of(m, ref), ref)
    if win is None:
        return None
    return win[0], win[1], "week"


def _nth_part_of_year(
    m: MatchLike, ref: date | None, months: int, precision: Precision
) -> tuple[date | None, date, Precision] | None:
    """The n-th quarter (months=3) or semester (months=6) of a year; "last" is the final one."""
    count = 12 // months
    n = ORD_ES.get(m["ord"].lower(), ORD_EN.get(m["ord"].lower(), 0))
    if n == -1:
        n = count
    if not 1 <= n <= count:
        return None

    def build(y: int) -> tuple[date, date]:
        first = months * (n - 1) + 1
        last = first + months - 1
        return date(y, first, 1), date(y, last, _last_day(y, last))

    win = _next_window(build, _year_of(m, ref), ref)
    if win is None:
        return None
    return win[0], win[1], precision


def _r_quarter(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    return _nth_part_of_year(m, ref, 3, "quarter")


def _r_short_day(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """A day and its month shortened (group "ab"): "27 ago", "Dec 22"."""
    return _r_day(_Group(m, m=SHORT_MONTHS[m["ab"].lower()]), ref)


def _r_two_quarters(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "en el segundo o tercer trimestre 2022": from the first one's start to the second's end."""
    first = _nth_part_of_year(m, ref, 3, "quarter")
    second = _nth_part_of_year(_Group(m, ord=m["ord2"]), ref, 3, "quarter")
    if first is None or second is None or second[1] < (first[0] or first[1]):
        return None
    return first[0], second[1], "vague"


def _r_semester(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    return _nth_part_of_year(m, ref, 6, "semester")


def _r_part_of_year(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """primeros meses de 1997, early 2018, mediados de 2019, a finales de 2017: the year's first,
    middle and last four months, as the schema reads "primeros meses" (January to April)."""
    part = m["part"].lower()
    year = _year_of(m, ref)
    if year is None:
        return None
    if any(
        w in part
        for w in (
            "primeros",
            "first months",
            "early",
            "principio",
            "inicio",
            "comienzo",
            "beginning",
            "start",
        )
    ):
        lo, hi = (1, 1), (4, 30)
    elif any(w in part for w in ("mediado", "mid", "middle")):
        lo, hi = (5, 1), (8, 31)
    else:  # últimos meses, finales, late, end
        lo, hi = (9, 1), (12, 31)
    return date(year, *lo), date(year, *hi), "vague"


_SPRING, _SUMMER, _AUTUMN = ((3, 1), (5, 31)), ((6, 1), (8, 31)), ((9, 1), (11, 30))
_SEASONS = {
    "spring": _SPRING,
    "primavera": _SPRING,
    "summer": _SUMMER,
    "verano": _SUMMER,
    "autumn": _AUTUMN,
    "fall": _AUTUMN,
    "otoño": _AUTUMN,
}


def _r_season(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """spring, summer, autumn (fall): March-May, June-August, September-November."""
    lo, hi = _SEASONS[m["season"].lower()]
    window = _next_window(lambda y: (date(y, *lo), date(y, *hi)), _year_of(m, ref), ref)
    if window is None:
        return None
    return window[0], window[1], "vague"


def _r_year(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    year = _year_of(m, ref)
    if year is None:
        return None
    return date(year, 1, 1), date(year, 12, 31), "year"


def _r_week_of(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "the week of June 21, 2021", "la semana del 20 de junio": that day and the six after."""
    day = _r_day(_Group(m, d=m["d"] or m["d2"], m=m["m"] or m["m2"]), ref)
    if day is None:
        return None
    return day[1], day[1] + timedelta(days=6), "week"


def _r_new_year(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "postponed to 2021": the year a moved meeting moves to (nothing else is read so)."""
    before = fold(m.string[max(0, m.start() - 40) : m.start()])
    moved = None
    for moved in cues().postpone.finditer(before):  # noqa: B007 - the last one is wanted
        pass
    if moved is None or len(before[moved.end() :].split()) > 2:
        return None
    return _r_year(m, ref)


def _r_days_from(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "for 5 1/2 days starting Thursday 1st October": from the day, for as many days as begun."""
    first = _r_day(m, ref)
    if first is None or first[0] is None:
        return None
    n = _count(m)
    if not 1 <= n <= _LONGEST_SPAN_DAYS:
        return None
    days = n + (1 if m["half"] else 0)
    return first[0], first[0] + timedelta(days=days - 1), "day"


_LONGEST_SPAN_DAYS = 31


def _count(m: MatchLike) -> int:
    """The count a match's group "n" writes, in figures or in words (0 for none it knows)."""
    raw = m["n"].lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)


def _r_duration(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    if ref is None:
        return None
    n = _count(m)
    if n <= 0:
        return None
    unit = m["unit"].lower()
    if any(w in unit for w in ("hábiles", "working", "business")):
        end = _add_weekdays(ref, n)
    elif "día" in unit or "dia" in unit or "day" in unit:
        end = ref + timedelta(days=n)
    elif unit.startswith(("semana", "week")):
        end = ref + timedelta(weeks=n)
    elif unit.startswith(("mes", "month")):
        end = add_months(ref, n)
    else:
        end = add_months(ref, 12 * n)
    return None, end, "day"


_ROMAN_MONTHS = {
    r: i
    for i, r in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"], start=1
    )
}


def _r_roman(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "16/VII/19": day, month in Roman numerals, year (two digits are this century)."""
    year = int(m["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    d = date(year, _ROMAN_MONTHS[m["rm"]], int(m["a"]))
    return d, d, "day"


def _r_words(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "a los veinticinco días del mes de noviembre de dos mil diecinueve"."""
    day = _DAY_WORDS.get(" ".join(m["dw"].split()))
    year = int(m["y"]) if m["y"] else number_from_words(m["yw"] or "")
    if day is None or year is None or not 1900 <= year <= 2100:
        return None
    d = date(year, _month(m["m"]), day)
    return d, d, "day"


_WEEKDAYS = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def weekday_number(name: str) -> int | None:
    """Monday 0 … Sunday 6 for a weekday's name in Spanish or English, or None."""
    return _WEEKDAYS.get(name.lower())


def _r_weekday(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "el próximo jueves", "next Thursday": the first such day after the reference date."""
    if ref is None:
        return None
    ahead = (_WEEKDAYS[m["wd"]] - ref.weekday() - 1) % 7 + 1
    d = ref + timedelta(days=ahead)
    return d, d, "day"


def _r_this_weekday(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "este jueves", "on Thursday": that day of the reference date's week or the next;
    "mañana", "tomorrow": the day after it; "this afternoon", "esta tarde": the day itself."""
    if ref is None:
        return None
    if m["today"]:
        return ref, ref, "day"
    rel = (m["rel"] or "").lower()
    if rel:
        d = ref + timedelta(days=2 if rel.startswith("pasado") else 1)
        return d, d, "day"
    ahead = (_WEEKDAYS[(m["wd"] or m["wd2"]).lower()] - ref.weekday()) % 7
    d = ref + timedelta(days=ahead)
    return d, d, "day"


def _r_weekdays(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "on Wednesday and Thursday": the first day in the reference date's week or the next,
    the second the first such day after it."""
    if ref is None:
        return None
    first = _WEEKDAYS[(m["wd"] or m["wd3"]).lower()]
    last = _WEEKDAYS[(m["wd2"] or m["wd4"]).lower()]
    start = ref + timedelta(days=(first - ref.weekday()) % 7)
    end = start + timedelta(days=(last - first) % 7 or 7)
    return start, end, "day"


def _r_named_days(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """Two days of the reference date's month (or the next, when they are past) named with
    their weekdays."""
    if ref is None:
        return None
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not 1 <= d1 < d2 <= 31:
        return None
    year, month = ref.year, ref.month
    if d2 < ref.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        return date(year, month, d1), date(year, month, d2), "day"
    except ValueError:
        return None


def _days_of_month_from(floor: date, day: int, months: int) -> Iterator[date]:
    """Day `day` of each of `months` months from `floor`'s, on or after `floor`."""
    year, month = floor.year, floor.month
    for _ in range(months):
        if day <= _last_day(year, month) and (d := date(year, month, day)) >= floor:
            yield d
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _r_weekday_day(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "el viernes 28", "on Thursday 16th": the first such day, with that weekday, from a week
    before the anchor (the date the text named last, or the reference date) on, within three
    months."""
    if ref is None:
        return None
    weekday = _WEEKDAYS[(m["wd"] or m["wd2"] or m["wd3"]).lower()]
    day = int(m["d"] or m["d2"] or m["d3"])
    found = next(
        (d for d in _days_of_month_from(ref - _ANAPHOR_BACK, day, 3) if d.weekday() == weekday),
        None,
    )
    return (found, found, "day") if found else None


def _r_day_of_month(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "el día 27", "el mismo 26": that day of the anchor's month (the date the text named
    last, or the reference date), or of the next month when it is more than a week past."""
    if ref is None:
        return None
    found = next(_days_of_month_from(ref - _ANAPHOR_BACK, int(m["d"]), 2), None)
    return (found, found, "day") if found else None


def _r_days_of_month(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "los días 12 y 13", "las jornadas del 12, 13 y 14": days of the anchor's month, or of
    the next month when the first is more than a week past."""
    if ref is None:
        return None
    first, last = int(m["d"]), int(m["d2"])
    if not 1 <= first < last <= 31:
        return None
    if THIS_MONTH.search(m[0]):
        # "del 8 al 9 del presente mes": the month of writing, even when its days are past
        try:
            return ref.replace(day=first), ref.replace(day=last), "day"
        except ValueError:
            return None
    start = next(_days_of_month_from(ref - _ANAPHOR_BACK, first, 2), None)
    if start is None or last > _last_day(start.year, start.month):
        return None
    return start, start.replace(day=last), "day"


# The month of writing: "del presente mes", "el mes en curso", "this month".
THIS_MONTH = re.compile(
    r"\b(?:(?:presente|este|corriente)\s+mes|mes\s+en\s+curso|(?:this|the\s+current)\s+month)\b",
    re.IGNORECASE,
)


def _r_day_after(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """ "al día siguiente", "ese mismo día", "un día antes": a day from the anchor (the day the
    text named just before it)."""
    if ref is None:
        return None
    d = ref + timedelta(days=1 if m["after"] else -1 if m["before"] else 0)
    return d, d, "day"


def _add_weekdays(day: date, n: int) -> date:
    """Count `n` working days (Monday to Friday) after `day`."""
    while n > 0:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


def _r_numeric(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    # Day first, as written in the region; month first only when day first is impossible.
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    try:
        d = date(y, b, a)
    except ValueError:
        try:
            d = date(y, a, b)
        except ValueError:
            return None
    return d, d, "day"


def add_months(day: date, months: int) -> date:
    """Add calendar months, clamping to the last day of the target month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _last_day(year, month)))


# --------------------------------------------------------------------------- the grammar


_LEAD = r"(?<!\w)"


def _rx(pattern: str) -> re.Pattern[str]:
    # Patterns run on lower-cased text (faster than IGNORECASE). Every expression starts at a
    # word start; saying so first lets a scan skip mid-word positions cheaply.
    # `faster` rewrites the groups into forms the engine tries more cheaply, same matches.
    written = _LEAD + pattern
    run = faster(written)
    # A deadline word that opens the pattern tests its own word start again: said twice at
    # one place, the test is made once.
    if run.startswith(_LEAD + "(?:" + _LEAD):
        run = _LEAD + "(?:" + run[2 * len(_LEAD) + 3 :]
    rx = re.compile(run)
    WRITTEN[rx.pattern] = written
    return rx


# Each rule's pattern as written, by the pattern it runs as (the tests compare the two).
WRITTEN: dict[str, str] = {}


def _opt_by(by: str) -> str:
    return rf"(?:(?<!\w)(?P<by>{by})\s+(?:(?:el|la|los|the|on|en|durante|during|in)\s+)?)?"


# Months and weeks counted from the reference date.
_PART_ES = r"(?:a\s+)?(?P<part>fin(?:ales|es)?)\s+del?\s+"
_NEXT_ES = r"(?:el\s+|la\s+)?(?:(?P<nx>próxim[oa]|proxim[oa]|siguiente)\s+(?P<u1>mes|semana)|(?P<u2>mes|semana)\s+(?P<nx2>próxim[oa]|proxim[oa]|siguiente|entrante))"
_THIS_ES = r"(?:(?:este|el\s+presente)\s+(?P<u3>mes)|el\s+(?P<u4>mes)\s+en\s+curso)"
_PART_EN = r"(?:the\s+)?(?P<part>end)\s+of\s+"
_NEXT_EN = r"(?:the\s+)?(?P<nx>next|following|coming)\s+(?P<u1>month|week)(?!s)"
_THIS_EN = r"(?:this|the\s+current)\s+(?P<u3>month|week)(?!s)"


def _r_relative(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """The week or month of the reference date or the next one, or the end of that month."""
    if ref is None:
        return None
    unit, step = _unit_and_step(m)
    if unit in ("semana", "week"):
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week"
    first = add_months(ref.replace(day=1), step)
    last = first.replace(day=_last_day(first.year, first.month))
    return first.replace(day=21) if m.groupdict().get("part") else first, last, "month"


def _unit_and_step(m: MatchLike) -> tuple[str, int]:
    """The unit a relative expression counts in (its group "u1" to "u5") and how many of them
    it looks ahead: 1 after "próximo", "next", "entrante" (groups "nx", "nx2"), 0 for "this"."""
    groups = m.groupdict()
    unit = next(groups[k] for k in ("u1", "u2", "u3", "u4", "u5") if groups.get(k)).lower()
    return unit, 1 if groups.get("nx") or groups.get("nx2") else 0


def _r_this_month_to(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """From a day of the reference date's month to a day of the month the text names: "del 28
    de este mes al 1 de noviembre"."""
    if ref is None:
        return None
    english = m["d02"] is not None
    last = _day_of(m, ref, english)
    try:
        first = ref.replace(day=int(m["d02"] if english else m["d0"]))
    except ValueError:
        return None
    if last is None or not first < last[1]:
        return None
    return first, last[1], "day"


def _r_rest_of(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """From the day after the reference date to the end of its week, month or year; None on
    the last day of it."""
    if ref is None:
        return None
    unit, _ = _unit_and_step(m)
    if unit in ("semana", "week"):
        last = ref + timedelta(days=6 - ref.weekday())
    elif unit in ("mes", "month"):
        last = ref.replace(day=_last_day(ref.year, ref.month))
    else:
        last = date(ref.year, 12, 31)
    if last <= ref:
        return None
    return ref + timedelta(days=1), last, "vague"


def _r_relative_period(
    m: MatchLike, ref: date | None
) -> tuple[date | None, date, Precision] | None:
    """The quarter or half-year of the reference date, or the next one."""
    if ref is None:
        return None
    unit, step = _unit_and_step(m)
    months = 3 if unit in ("trimestre", "quarter") else 6
    first = add_months(date(ref.year, (ref.month - 1) // months * months + 1, 1), step * months)
    last = add_months(first, months - 1)
    last = last.replace(day=_last_day(last.year, last.month))
    return first, last, "quarter" if months == 3 else "semester"


# A weekday before a day of a range: "del lunes 14 al miércoles 16 de mayo", "from Monday 14".
_ES_WD = r"(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
_EN_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A later time of the day a text is written: "this afternoon", "esta tarde".
LATER_TODAY = r"this\s+(?:afternoon|morning|evening)|tonight|esta\s+(?:tarde|noche|mañana)"
WEEKDAY_NAME = rf"(?:{_ES_WD}|{_EN_WD})"  # in either language; the clause rules use it too
# What may come before the date that opens a row of a list or timetable: a bullet, a weekday
# ("Monday 21 January 2013 On-line registration opens", "• 12 de agosto …").
ROW_OPENING = re.compile(rf"[ \t•·▪*\-–]*(?:{WEEKDAY_NAME},?[ \t]+)?", re.IGNORECASE)
_WD = rf"(?:{WEEKDAY_NAME},?\s+)?"
# the part of a day a list of days gives one of them: "on Wednesday 18, Thursday 19 (morning)
# and Friday 20 October 2006"
_DAY_PART = r"(?:\s*\((?:morning|afternoon|evening|a\.m\.|p\.m\.)\))?"
# a time of day between the two ends of a range: "Wednesday, 15 June 2016, 9:00 - Thursday, …"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
# What may not follow a day whose month is left out: its month or year, another day or an hour
# ("viernes 28 de junio", "Thursday 16 and Friday 17 May", "jueves 8:30"), "de", "of".
_NO_MONTH_AFTER = (
    rf"(?!\s*(?:,\s*)?(?:(?:de|del|of)\b|{MONTH}|\d|[:.]\d))"
    rf"(?!\s*(?:y|al|a|and|to|through|until|hasta|-|–)\s+(?:el\s+|on\s+)?(?:\d|{WEEKDAY_NAME}))"
)
# How far before its anchor a day of the month without its month may fall ("el día 20", told
# after "el 26 de septiembre", is the 20th of September).
_ANAPHOR_BACK = timedelta(days=7)
_DURATION_TAIL = rf"{QTY}\s+{UNIT}(?:\s+(?:posteriores\s+|siguientes\s+|after\s+|following\s+|from\s+|of\s+)?(?:(?:a|al|the|of)\s+)?(?:esta|la\s+presente|la|this|the)\s+(?:reunión|meeting|fecha|date)(?!\s+(?:de|del|of)\b)|\s+(?:posteriores|siguientes))?"


def _r_short_range(m: MatchLike, ref: date | None) -> tuple[date | None, date, Precision] | None:
    """Two days of months shortened without their stop: the second day's month in `ab2` or
    `ab4`, the first day's in `ab1` or `ab3` when it has one of its own."""
    groups = m.groupdict()
    first = groups.get("ab1") or groups.get("ab3")
    return _r_range(
        _Group(
            m,
            d1=groups["d1"] or groups["d3"],
            d2=groups["d2"] or groups["d4"],
            m1=SHORT_MONTHS[first.lower()] if first else None,
            m2=SHORT_MONTHS[(groups["ab2"] or groups["ab4"]).lower()],
        ),
        ref,
    )


RULES: list[Rule] = [
    # durations: "en un plazo (máximo) de tres meses", "dentro de los 45 días posteriores", "within 60 days"
    Rule(
        "duration",
        _rx(
            rf"(?:(?:en|dentro\s+de)\s+(?:un|el)\s+(?:plazo|término|periodo|período|lapso)\s+(?:máximo\s+|no\s+mayor\s+|que\s+no\s+exceda\s+)?(?:de|a)\s+|dentro\s+de(?:\s+los|\s+las)?\s+(?:próxim[oa]s\s+)?|(?:en|durante|en\s+el\s+(?:transcurso|curso)\s+de)\s+(?:los\s+próximos|las\s+próximas)\s+|within\s+(?:the\s+(?:next|coming|following)\s+|a\s+period\s+of\s+)?|(?:in|over|during)\s+the\s+(?:next|coming)\s+"
            # an extension granted: "an additional period of six months", "un plazo adicional
            # de 90 días", "una prórroga de seis meses"
            r"|(?:an?\s+)?(?:additional|further|extra)\s+period\s+of\s+|(?:un\s+)?(?:plazo|período|periodo)\s+adicional\s+de\s+|(?:una\s+)?prórroga\s+de\s+)"
            rf"{_DURATION_TAIL}"
        ),
        _r_duration,
        needs="U",
        clues=(
            "plazo",
            "término",
            "periodo",
            "período",
            "lapso",
            "dentro",
            "próximos",
            "próximas",
            "within",
            "next",
            "coming",
            "additional",
            "further",
            "extra",
            "adicional",
            "prórroga",
        ),
    ),
    # "en los 15 días posteriores a la reunión": the count needs the word that makes it a span
    Rule(
        "duration",
        _rx(
            rf"en\s+(?:los|las)\s+{QTY}\s+{UNIT}\s+(?:posteriores|siguientes)(?:\s+(?:a\s+la|al)\s+(?:reunión|fecha))?"
        ),
        _r_duration,
        needs="U",
        clues=("posteriores", "siguientes"),
    ),
    # "en 60 días lanzará el llamado a licitación", "En seis meses, los gobiernos deberán
    # definir", "resolvió reunirse de nuevo en 60 días": a count of days, weeks, months or years
    # before a verb in the future or a duty, or after "de nuevo", is the time it is done within
    Rule(
        "duration",
        _rx(
            rf"(?P<again>(?<=nuevo\s)|(?<=reunirse\s))?en\s+{QTY}\s+(?P<unit>días|semanas|meses|años)"
            r"(?(again)|(?=,?\s+(?:(?:los|las|el|la)\s+[\w-]+\s+)?(?:(?:se|lo|la|los|las)\s+)?"
            r"(?:\w+(?:ará|erá|irá|arán|erán|irán)|deber[áa]n?)\b))"
        ),
        _r_duration,
        needs="U",
        clues=("días", "semanas", "meses", "años"),
    ),
    # "no later than three months after the end of the meeting", "a más tardar 60 días después
    # de la clausura de la reunión": counted from the meeting's last day, like the others
    Rule(
        "duration",
        _rx(
            rf"(?:(?:no|not)\s+later\s+than|a\s+más\s+tardar)\s+{QTY}\s+{UNIT}\s+"
            r"(?:after|following|después\s+de|luego\s+de)\s+(?:(?:the|la)\s+(?:end|close|closure|conclusion|clausura|conclusión|finalización)\s+(?:of|de)\s+)?"
            r"(?:this|the|la|esta)\s+(?:meeting|session|conference|reunión|sesión|conferencia)"
        ),
        _r_duration,
        needs="U",
        clues=("later", "tardar"),
    ),
    # "dentro del mes siguiente", "within the following week": one unit
    Rule(
        "duration",
        _rx(
            r"(?:dentro\s+del?|en\s+el\s+curso\s+del?)\s+(?:la\s+)?(?P<unit>mes|semana)\s+(?:siguiente|posterior|próxim[oa])"
            r"|within\s+the\s+(?:following|next)\s+(?P<unit2>month|week)"
        ),
        lambda m, ref: _r_duration(_Group(m, n="1", unit=m["unit"] or m["unit2"]), ref),
        needs="U",
        clues=("siguiente", "posterior", "próxim", "within"),
    ),
    # "del 31 de octubre al 2 de noviembre de 2012", "from 30 June to 2 July"
    Rule(
        "range",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?P<wk>(?:la\s+)?semana)\s+)?(?:del?\s+|(?P<between>entre)\s+el\s+)?{_WD}(?P<d1>{DAY})\s+de\s+(?P<m1>{MONTH})(?:\s+de\s+{YEAR})?(?:,?\s*(?P<join>al|a|hasta\s+el|y\s+el|y|o\s+el|o|-|–)|{ES_CLOSING})\s*(?:el\s+)?{_WD}(?P<d2>{DAY})\s+de\s+(?P<m2>{MONTH}){_ES_YEAR_OR_NEXT}"
        ),
        _r_range,
        needs="M",
        months=2,
    ),
    Rule(
        "range",
        _rx(
            rf"(?:(?P<wk>(?:the\s+)?week\s+of)\s+)?(?:from\s+|(?P<between>between)\s+)?{_WD}(?P<d1>{DAY})\s+(?P<m1>{MONTH})(?:,?\s+{YEAR})?(?:,?\s+{_CLOCK})?(?:,?\s*(?P<join>to|until|through|and|-|–)|{EN_CLOSING})\s*{_WD}(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:{EN_YEAR})?"
        ),
        _r_range,
        needs="M",
        months=2,
    ),
    # "la semana del 18 al 22 de septiembre de 2017", "del 8 al 9 de agosto", "20-22 de junio",
    # "13 y 14 de marzo", "12-15 noviembre de 2019"
    Rule(
        "range",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?P<wk>(?:la\s+)?semana)\s+del\s+|del\s+|entre\s+el\s+|(?:los\s+)?días\s+(?:del\s+)?)?{_WD}(?P<d1>{DAY})(?:\s*,\s*{DAY})*\s*(?:al|a|-|–|/|y|hasta\s+el|y\s+el)\s*{_WD}(?P<d2>{DAY})\s+(?:de\s+)?(?P<m2>{MONTH}){_ES_YEAR_OR_NEXT}"
        ),
        _r_range,
        needs="M",
    ),
    # "the week of 20-24 October 2014", "on 23-24 October 2025", "from 3 to 5 September 2007", "10 and 11 December",
    # "on Monday 18, Tuesday 19 and Friday 22 October 2021"
    Rule(
        "range",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:(?P<wk>(?:the\s+)?week\s+of)\s+|from\s+|between\s+)?(?:the\s+)?{_WD}(?P<d1>{DAY}){_DAY_PART}(?:\s*,\s*{_WD}{DAY}{_DAY_PART})*\s*(?:-|–|/|to|and|&|through|until|,(?=\s*{DAY}\s+(?:of\s+)?{MONTH}))\s*(?:the\s+)?{_WD}(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?:{EN_YEAR})?"
        ),
        _r_range,
        needs="M",
    ),
    # "from May 28 to June 1, 2018", "between November 30 and December 2"
    Rule(
        "range",
        _rx(
            # (a weekday before each day or not: "on Thursday, October 18 until Friday, October 26")
            rf"(?:(?P<wk>(?:the\s+)?week\s+of)\s+)?(?:from\s+|between\s+)?{_WD}(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+{YEAR})?(?:,?\s*(?:to|until|through)|\s*(?:and|-|–))\s*{_WD}(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?:{EN_YEAR})?"
        ),
        _r_range,
        needs="M",
        months=2,
    ),
    # "from the 31st of May to the 3rd of June"
    Rule(
        "range",
        _rx(
            rf"(?:from\s+)?the\s+(?P<d1>{DAY})\s+of\s+(?P<m1>{MONTH})\s*(?:to|until|through|-|–)\s*"
            rf"the\s+(?P<d2>{DAY})\s+of\s+(?P<m2>{MONTH})(?:{EN_YEAR})?"
        ),
        _r_range,
        needs="M",
        months=2,
    ),
    # "on July, the 8th"
    Rule(
        "day",
        _rx(rf"(?P<m>{MONTH}),\s+the\s+(?P<d>{DAY})(?![\d\w])"),
        _r_day,
        needs="M",
        clues=("the",),
    ),
    # "July 6-7, 2017", "the week of September 9-13, 2019", "October 16/17, 2012", "on December
    # 1, 2 and 3"
    Rule(
        "range",
        _rx(
            rf"(?:(?P<wk>(?:the\s+)?week\s+of)\s+|from\s+)?(?P<m2>{MONTH})\s+(?P<d1>{DAY})(?:\s*,\s*{DAY}(?!\d))*\s*(?:-|–|/|to|and|through)\s*(?P<d2>{DAY})(?:{EN_YEAR})?"
        ),
        _r_range,
        needs="M",
    ),
    # a period said by its length as one word: "within the 12-month period", "within a
    # six-week period", "within a two-week response period", "within a 30-day comment period"
    Rule(
        "duration",
        _rx(
            rf"within\s+(?:the|a)\s+(?P<n>\d{{1,3}}|{_NUM_ALT})-(?P<unit>day|week|month|year)"
            r"\s+(?:(?:response|comment|comments|review|consultation|notice|reply|objection|voting)\s+)?"
            r"(?:period|time\s*frame|timeframe)"
        ),
        _r_duration,
        needs="U",
        clues=("within",),
    ),
    # a count of days from a day: "for 5 1/2 days starting Thursday 1st October", "durante
    # tres días a partir del lunes 5 de octubre"
    Rule(
        "range",
        _rx(
            rf"(?:for|durante)\s+{QTY}(?P<half>\s+1/2|\s*½|\s+and\s+a\s+half|\s+y\s+medio)?\s+"
            r"(?:days|días|dias)\s+(?:starting|beginning|commencing|from|a\s+partir\s+del?|desde\s+el)"
            rf"\s+(?:on\s+)?{_WD}(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+|de\s+)?(?P<m>{MONTH})"
            rf"(?:,?\s+(?:de\s+)?(?P<y>{YEAR}))?"
        ),
        _r_days_from,
        needs="M",
        clues=("days", "días", "dias"),
    ),
    # "primera semana de diciembre de 2016", "the first week of March"
    Rule(
        "nth_week",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:la|el|durante\s+la)\s+)?{ORD}\s+semana\s+(?:de|del)\s+(?:mes\s+de\s+)?(?P<m>{MONTH})(?:\s+{ES_YEAR})?"
        ),
        _r_nth_week,
        needs="M",
        clues=("semana",),
    ),
    Rule(
        "nth_week",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:(?:in|during)\s+)?(?:the\s+)?{ORD}\s+week\s+(?:of|in)\s+(?P<m>{MONTH})(?:{EN_YEAR})?"
        ),
        _r_nth_week,
        needs="M",
        clues=("week",),
    ),
    # "the week of June 21, 2021", "the week of 20 June 2022", "la semana del 20 de junio"
    Rule(
        "week_of",
        _rx(
            rf"(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?:(?:the\s+)?{_WD}(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})|{_WD}(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?!\d|:\d))(?:{EN_YEAR})?"
        ),
        _r_week_of,
        needs="M",
        clues=("week",),
    ),
    Rule(
        "week_of",
        _rx(
            rf"(?:la\s+)?semana\s+(?:del|que\s+comienza\s+el)\s+{_WD}(?P<d>{DAY})\s+de\s+(?P<m>{MONTH})(?:\s+{ES_YEAR})?"
        ),
        lambda m, ref: _r_week_of(_Group(m, d2=None, m2=None), ref),
        needs="M",
        clues=("semana",),
    ),
    # parts of a month: "a principios de agosto", "a finales de junio de 2010", "in late September"
    Rule(
        "part_of_month",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:a\s+|hacia\s+|para\s+|durante\s+la\s+|en\s+la\s+)?(?P<part>principios|inicios|comienzos|mediados|finales|fines|primera\s+quincena|segunda\s+quincena|primera\s+mitad|segunda\s+mitad|(?:los\s+)?primeros\s+días|(?:los\s+)?últimos\s+días)\s+(?:de|del)\s+(?:mes\s+de\s+)?(?P<m>{MONTH})(?:\s+{ES_YEAR})?"
        ),
        _r_part_of_month,
        needs="M",
        clues=(
            "principios",
            "inicios",
            "comienzos",
            "mediados",
            "finales",
            "fines",
            "quincena",
            "mitad",
            "días",
        ),
    ),
    Rule(
        "part_of_month",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:in\s+|at\s+|by\s+|towards\s+)?(?:(?P<part>early|mid|late|end)[-\s]+|(?:the\s+)?(?P<part2>beginning|start|middle|end|first\s+half|second\s+half|first\s+fortnight|second\s+fortnight|first\s+days|last\s+days)\s+of\s+)(?P<m>{MONTH})(?:{EN_YEAR})?"
        ),
        lambda m, ref: _r_part_of_month(_Group(m, part=m["part"] or m["part2"]), ref),
        needs="M",
        clues=("early", "mid", "late", "end", "beginning", "start", "half", "fortnight", "days"),
    ),
    # quarters and semesters: "en el segundo o tercer trimestre 2022", one or the other
    Rule(
        "quarter",
        _rx(
            rf"(?:(?:durante|en|para)\s+)?(?:el\s+)?{ORD}\s+(?:o|u|y)\s+(?P<ord2>{_ORD_ALT})\s+trimestre"
            rf"(?:\s+{ES_YEAR})?"
        ),
        _r_two_quarters,
        needs="P",
        clues=("trimestre",),
    ),
    Rule(
        "quarter",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:durante|en|para)\s+)?(?:el\s+curso\s+del\s+|el\s+)?{ORD}\s+trimestre"
            + rf"(?:\s+{ES_YEAR})?"
        ),
        _r_quarter,
        needs="P",
        clues=("trimestre",),
    ),
    Rule(
        "quarter",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:(?:in|during|for)\s+)?(?:the\s+)?{ORD}\s+(?:quarter|trimester)(?:\s+of)?(?:{EN_YEAR})?"
        ),
        _r_quarter,
        needs="P",
        clues=("quarter", "trimester"),
    ),
    Rule(
        "quarter",
        _rx(rf"(?<!\w)(?P<by>{EN_BY}\s+)?(?:in\s+)?q(?P<ord>[1-4])(?:\s+of)?(?:\s+(?P<y>{YEAR}))?"),
        lambda m, ref: _r_quarter(
            _Group(m, ord={"1": "first", "2": "second", "3": "third", "4": "fourth"}[m["ord"]]), ref
        ),
        needs="Q",
    ),
    Rule(
        "semester",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:durante|en|para|a)\s+)?(?:el\s+curso\s+del\s+|el\s+|la\s+)?{ORD}\s+"
            + rf"(?:semestre|mitad)(?:\s+{ES_YEAR})?"
        ),
        _r_semester,
        needs="P",
        clues=("semestre", "mitad"),
    ),
    Rule(
        "semester",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:(?:in|during|for)\s+)?(?:the\s+)?{ORD}\s+(?:half|semester)(?:\s+of)?(?:{EN_YEAR})"
        ),
        _r_semester,
        needs="P",
        clues=("half", "semester"),
    ),
    Rule(
        "semester",
        _rx(_opt_by(EN_BY) + rf"(?:(?:in|during|for)\s+)?(?:the\s+)?{ORD}\s+semester"),
        _r_semester,
        needs="P",
        clues=("semester",),
    ),
    # month spans: "entre los meses de junio y agosto de 2005", "febrero o marzo", "in June or July"
    Rule(
        "month_span",
        _rx(
            rf"(?:(?:entre|en|durante)\s+)?(?:los\s+meses\s+de\s+)?(?P<m1>{MONTH})(?:\s+(?:de\s+)?(?P<y1>{YEAR}))?\s*(?:y|o|u|a|-|–|/)\s*(?:(?P<part>principios|inicios|comienzos|mediados|finales|fines)\s+de\s+)?(?P<m2>{MONTH})(?:\s+{ES_YEAR})?"
        ),
        _r_month_span,
        needs="M",
        months=2,
    ),
    Rule(
        "month_span",
        _rx(
            rf"(?:(?:between|in|during)\s+)?(?:the\s+months\s+of\s+)?(?:from\s+)?(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s*(?:and|or|to|through|-|–|/)\s*(?:(?P<part>early|mid|late|end\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[-\s]+)?(?P<m2>{MONTH})(?:{EN_YEAR})?"
        ),
        _r_month_span,
        needs="M",
        months=2,
    ),
    # a season of the northern year: "over the summer", "in the autumn of 2019", "(autumn
    # 2020)", "en primavera", "el otoño de 2021"; a season alone must have its year
    Rule(
        "season",
        _rx(
            rf"(?P<pre>(?:in|during|over|by|before|en|durante|para|hacia)\s+(?:the\s+|el\s+|la\s+)?|the\s+)?"
            rf"(?P<season>summer|autumn|fall|spring|primavera|verano|otoño)"
            rf"(?:\s+(?:(?:of|de|del)\s+)?(?:año\s+)?(?P<y>{YEAR}))?(?(pre)|(?<=\d))(?=\s|[.,;:)]|$)"
        ),
        _r_season,
        needs="P",
        clues=("summer", "autumn", "fall", "spring", "primavera", "verano", "otoño"),
    ),
    # parts of a year: "primeros meses de 1997", "a finales de 2017", "early 2018"
    Rule(
        "part_of_year",
        _rx(
            rf"(?:(?:durante|en)\s+)?(?:los\s+|las\s+|a\s+)?(?P<part>primeros\s+meses|últimos\s+meses|principios|inicios|comienzos|mediados|finales|fines)\s+(?:de|del)\s+(?:año\s+)?(?P<y>{YEAR})"
        ),
        _r_part_of_year,
        needs="Y",
        clues=("meses", "principios", "inicios", "comienzos", "mediados", "finales", "fines"),
    ),
    # "antes de finalizar el año 2018", "al cierre de 2018", "antes de que concluya 2018"
    Rule(
        "part_of_year",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:al|el)\s+)?(?P<part>finalizar|terminar|concluir|cierre|final|que\s+(?:finalice|termine|concluya))\s+(?:(?:de|del)\s+)?(?:el\s+)?(?:año\s+)?(?P<y>{YEAR})"
        ),
        _r_part_of_year,
        needs="Y",
        clues=("final", "terminar", "concluir", "cierre", "termine", "concluya"),
    ),
    Rule(
        "part_of_year",
        _rx(
            rf"(?:(?:in|during|by)\s+)?(?:the\s+)?(?P<part>first\s+months|last\s+months|early\s+part|lat(?:t)?er\s+part|early|mid|late|beginning|start|middle|end|close)(?:\s+of|\s+in|-|\s)\s*(?P<y>{YEAR})"
        ),
        _r_part_of_year,
        needs="Y",
        clues=("months", "early", "mid", "late", "latter", "beginning", "start", "end", "close"),
    ),
    # single days: "a más tardar el 15 de julio", "antes del 30 de diciembre de 2004", "al 31 de enero del 2005"
    Rule(
        "day",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:(?:el\s+)?(?:próximo|proximo)|mañana|hoy|este|esta)\s+{WEEKDAY_NAME},?\s+)?"
            # "el 17 de este octubre", "el 5 del próximo mes de marzo"
            + rf"(?P<d>{DAY})\s+(?:de\s+este(?:\s+mes\s+de)?|del\s+(?:próximo|proximo)(?:\s+mes\s+de)?|de|del\s+mes\s+de)\s+(?P<m>{MONTH})"
            + _ES_YEAR_OR_NEXT
        ),
        _r_day,
        needs="M",
    ),
    # a weekday and its day in brackets: "on Monday (3 October)", "el lunes (3 de octubre)",
    # "next Wednesday (March 6th)"
    Rule(
        "day",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + rf"(?:(?:next|this|coming|(?:el\s+)?pr[óo]ximo|este)\s+)?{WEEKDAY_NAME}\s*\(\s*"
            + rf"(?:(?P<d>{DAY})\s+(?:de\s+|of\s+)?(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>{DAY}))"
            + rf"(?:,?\s+(?:de\s+|del\s+)?(?P<y>{YEAR}))?\s*\)"
        ),
        lambda m, ref: _r_day(_Group(m, d=m["d"] or m["d2"], m=m["m"] or m["m2"]), ref),
        needs="M",
        clues=("(",),
    ),
    # "no later than 31 July 2025", "by 15 September", "on 31 March"
    Rule(
        "day",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:the\s+)?(?P<d>{DAY})(?:\s+(?:of\s+)?|-)(?P<m>{MONTH})(?:-(?P<y2>{YEAR})|{EN_YEAR})?"
        ),
        lambda m, ref: _r_day(_Group(m, y=m["y"] or m["y2"]), ref),
        needs="M",
    ),
    # "by July 30", "July 15, 2017", "a más tardar julio 15, 2018"
    Rule(
        "day",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY) + rf"(?P<m>{MONTH})\s+(?P<d>{DAY})(?!\d|:\d)(?:{EN_YEAR})?"
        ),
        _r_day,
        needs="M",
    ),
    # numeric "15/07/2017"
    Rule(
        "day",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/])"
        ),
        _r_numeric,
        needs="Y",
        clues=("/19", "/20", ".19", ".20"),
    ),
    # ISO "2018-07-15", and the year first with slashes: "2019/12/31" (not in a document's
    # symbol: "A/RES/2019/12")
    Rule(
        "day",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + r"(?<![\w/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)(?![\d/-])"
        ),
        _r_numeric,
        needs="Y",
        clues=("-", "/"),
    ),
    # months: "en mayo de 2005", "en el mes de junio de 2005", "noviembre 2013", "in May 2019"
    Rule(
        "month",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:en|durante|para)\s+(?:el\s+mes\s+(?:de\s+)?)?|(?:en\s+el\s+(?:transcurso|curso)|a\s+lo\s+largo)\s+del?\s+(?:mes\s+de\s+)?|el\s+mes\s+de\s+)?(?P<m>{MONTH})(?:\s+{ES_YEAR}|\s+(?P<y2>{YEAR}))?"
        ),
        lambda m, ref: _r_month(_Group(m, y=m["y"] or m["y2"]), ref) if _placed(m) else None,
        needs="M",
    ),
    Rule(
        "month",
        _rx(
            _opt_by(EN_BY)
            # not "for June" in "scheduled for June 19": the day that follows makes it a day
            + rf"(?:(?:in|during|for)\s+(?:the\s+month\s+of\s+)?|(?:the\s+)?month\s+of\s+)?(?P<m>{MONTH})(?!\s+\d{{1,2}}(?!\d))"
            + rf"(?:{EN_YEAR})?"
        ),
        lambda m, ref: _r_month(m, ref) if _placed(m) else None,
        needs="M",
    ),
    # a year placed by a preposition: "en 2017", "durante el año 2018", "in 2019"
    Rule(
        "year",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + rf"(?:en|durante|para\s+el\s+año|para|for|in|during|a\s+lo\s+largo\s+del?|en\s+el\s+transcurso\s+del?|en\s+el\s+curso\s+del?|throughout|in\s+the\s+course\s+of)\s+(?:el\s+(?:año\s+)?|the\s+year\s+|año\s+)?(?P<y>{YEAR})(?!\s*[-–/]\s*\d)"
        ),
        _r_year,
        needs="Y",
    ),
    # "el próximo año", "el año próximo", "del año que viene", "next year"
    Rule(
        "year",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + r"(?:(?:en|durante)\s+)?(?:el\s+|del\s+)?(?P<rel>(?:próximo|proximo|siguiente)\s+año|año\s+(?:próximo|proximo|siguiente|que\s+viene)|presente\s+año|año\s+en\s+curso)|(?:in|during)\s+(?P<rel2>the\s+(?:next|following|coming)\s+year)|(?P<rel3>next\s+year)"
        ),
        lambda m, ref: _r_year(_Group(m, rel=m["rel"] or m["rel2"] or m["rel3"]), ref),
        needs="U",
        clues=("año", "year"),
    ),
    Rule(
        "part_of_year",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + r"(?:(?:a|al)\s+)?(?:(?P<part>fin(?:al|ales|es)?|end|cierre)\s+(?:de|del|of)\s+"
            + r"|(?P<part2>finalizar|terminar|concluir|que\s+(?:finalice|termine|concluya|acabe))\s+)"
            + r"(?:(?:este|el|the|this|the\s+current)\s+)?(?P<rel>año|year|presente\s+año|año\s+en\s+curso)"
            + r"|(?:by|before|at|until)\s+(?:the\s+)?(?P<part3>year[-\s]end)\b"
        ),
        lambda m, ref: _r_part_of_year(
            _Group(m, part=m["part"] or m["part2"] or m["part3"], rel="este año"), ref
        ),
        needs="U",
        clues=("fin", "end", "cierre", "terminar", "concluir", "termine", "concluya", "acabe"),
    ),
    # a part of the next year: "a principios del próximo año", "a mediados del año que viene",
    # "early next year", "by the end of next year"
    Rule(
        "part_of_year",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + r"(?:(?:a|al|in|at|during|durante|en)\s+)?(?:the\s+|los\s+)?"
            + r"(?:(?P<part>primeros\s+meses|principios|inicios|comienzos|mediados|finales|fines|fin"
            + r"|final)\s+del?\s+"
            + r"(?:el\s+)?(?P<rel>pr[óo]ximo\s+año|siguiente\s+año"
            + r"|año\s+(?:pr[óo]ximo|siguiente|que\s+viene))"
            + r"|(?P<part2>early|mid|late|beginning\s+of|start\s+of|middle\s+of|end\s+of|close\s+of)"
            + r"[\s-]+(?P<rel2>next\s+year|the\s+(?:next|following|coming)\s+year))"
        ),
        lambda m, ref: _r_part_of_year(_Group(m, part=m["part"] or m["part2"]), ref),
        needs="U",
        clues=("año", "year"),
    ),
    # quarters and half-years counted from the reference date: "durante el próximo semestre",
    # "el trimestre en curso", "in the next quarter", "this semester"
    Rule(
        "relative",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + r"(?:(?:en|durante|para|in|during|over)\s+)?(?:el\s+|the\s+)?"
            + r"(?:(?P<nx>próximo|proximo|siguiente|next|following|coming)\s+(?P<u1>semestre|trimestre|quarter|semester)"
            + r"|(?P<u2>semestre|trimestre)\s+(?P<nx2>próximo|proximo|siguiente|entrante)"
            + r"|(?:este|presente|this|current)\s+(?P<u3>semestre|trimestre|quarter|semester)"
            + r"|(?P<u4>semestre|trimestre)\s+en\s+curso)(?!s)\b"
        ),
        _r_relative_period,
        needs="P",
        clues=(
            *("próxim", "proxim", "siguiente", "entrante", "next", "following", "coming"),
            *("este", "presente", "this", "current", "curso"),
        ),
    ),
    # "el próximo mes", "la semana entrante", "a fines del presente mes", "next week", "by the end of this month"
    Rule(
        "relative",
        _rx(
            _opt_by(ES_BY)
            + rf"(?:(?:en|durante|para)\s+)?{_PART_ES}(?:{_NEXT_ES}|{_THIS_ES}|(?P<u5>mes)\b)"
        ),
        _r_relative,
        needs="U",
        clues=("fin",),
    ),
    Rule(
        "relative",
        _rx(_opt_by(ES_BY) + rf"(?:(?:en|durante|para)\s+)?(?:{_NEXT_ES}|{_THIS_ES})"),
        _r_relative,
        needs="U",
        clues=("próxim", "proxim", "siguiente", "entrante", "este", "presente", "curso"),
    ),
    Rule(
        "relative",
        _rx(_opt_by(EN_BY) + rf"{_PART_EN}(?:{_NEXT_EN}|{_THIS_EN}|(?:the\s+)?(?P<u5>month)\b)"),
        _r_relative,
        needs="U",
        clues=("end",),
    ),
    Rule(
        "relative",
        _rx(_opt_by(EN_BY) + rf"(?:(?:in|during)\s+)?(?:{_NEXT_EN}|{_THIS_EN})"),
        _r_relative,
        needs="U",
        clues=("next", "following", "coming", "this", "current"),
    ),
    # what is left of the reference date's week, month or year: "later this month", "for the
    # rest of the year", "en lo que resta del año", "más adelante este mes"
    Rule(
        "rest_of",
        _rx(
            r"(?:later\s+(?:this|in\s+the)\s+(?P<u1>week|month|year)"
            r"|(?:for|during|in|over)\s+the\s+(?:rest|remainder)\s+of\s+(?:the|this)\s+(?P<u2>week|month|year)"
            r"|(?:en|durante)\s+(?:lo\s+que\s+(?:resta|queda)|el\s+resto)\s+del?\s+(?:presente\s+|este\s+)?(?P<u3>semana|mes|año)"
            r"|más\s+adelante\s+(?:este|en\s+el)\s+(?P<u4>mes|año))\b"
        ),
        _r_rest_of,
        needs="U",
        clues=("later", "rest", "remainder", "resta", "queda", "resto", "adelante"),
    ),
    # a target year: "by 2020", "hasta 2025", "para 2030", "antes del año 2025", "before 2030"
    # (the year named, as "antes del 30 de diciembre" is the day named)
    Rule(
        "year",
        _rx(
            rf"(?P<by>by|hasta|a\s+más\s+tardar\s+en|no\s+later\s+than|not\s+later\s+than|antes\s+del?|before|prior\s+to)\s+(?:el\s+año\s+|the\s+year\s+|año\s+)?(?P<y>{YEAR})(?!\s*[-–/]\s*\d)"
        ),
        _r_year,
        needs="Y",
        clues=("by", "hasta", "tardar", "later", "antes", "before", "prior"),
    ),
    # a session named with its year: "la 105.ª reunión (2016)", "the 109th Session of the Conference (2020)"
    Rule(
        "session_year",
        _rx(
            rf"(?:(?:la|el|the|its|su)\s+)?(?:\d{{1,3}}(?:\.?\s?[ªºa°]|st|nd|rd|th)?\s+)?(?:reuni[óo]n|sesi[óo]n|session|meeting|conferencia|conference|asamblea|assembly|cumbre|summit|congreso|congress|per[íi]odo\s+de\s+sesiones)(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?[^\W\d][\w\s-]{{0,40}}?)?\s*\((?P<y>{YEAR})\)"
        ),
        _r_year,
        needs="L",
        clues=("(19", "(20"),
    ),
    # sessions named together with their years: "the 107th (2018) and 108th (2019) Sessions"
    Rule(
        "session_year",
        _rx(
            rf"\d{{1,3}}(?:st|nd|rd|th|\.?\s?[ªº])\s*\((?P<y>{YEAR})\)"
            r"(?=(?:\s*(?:,|and|y)\s*\d{1,3}(?:st|nd|rd|th|\.?\s?[ªº])\s*\((?:19|20)\d{2}\))*"
            r"\s+(?:sessions|reuniones|meetings|periods|per[íi]odos)\b)"
        ),
        _r_year,
        needs="L",
        clues=("(19", "(20"),
    ),
    # news datelines: "Tegucigalpa, 27 ago (EFE).-": a Spanish month shortened without its
    # stop, before an agency in brackets
    Rule(
        "day",
        _rx(
            rf"(?P<d>{DAY})\s+(?P<ab>ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)"
            r"(?=\s*\()"
        ),
        _r_short_day,
        needs="M",
        clues=("(",),  # (the look-ahead sees no further than the stretch searched)
    ),
    # a shortened month, its day and two digits of the year after a slash: "Bogotá, abr. 1/16
    # (Cancillería)"
    Rule(
        "day",
        _rx(rf"(?P<ab>{_SHORT_MONTH_NAME})\.?\s+(?P<d>{DAY})/(?P<yy>[0-9]{{2}})(?![\d/])"),
        lambda m, ref: _r_day(
            _Group(m, m=SHORT_MONTHS[m["ab"].lower()], y=str(2000 + int(m["yy"]))), ref
        ),
        needs="M",
        clues=("/",),
    ),
    # English news datelines: "GUWAHATI, Dec 22:", "NEW YORK, Oct. 5 (Reuters) -": a month
    # shortened, with its stop or without, and its day, after the place's comma and before a
    # colon, a dash or an agency in brackets
    Rule(
        "day",
        _rx(
            r"(?<=,\s)(?P<ab>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?\s+"
            rf"(?P<d>{DAY})(?=\s*(?::|\(|[-–—]\s))"
        ),
        _r_short_day,
        needs="M",
        clues=(":", "(", "-", "–", "—"),  # in the look-ahead, within the stretch searched
    ),
    # a month shortened, with its stop or without, between its day and a year: "28 ago 2013 ,
    # 04:42", "13 oct, 2005", "Apr 13, 2006", "Mar. 3, 2020" ("mar", the sea, and "set" cannot
    # be meant there)
    Rule(
        "day",
        _rx(
            _opt_by(ES_BY + "|" + EN_BY)
            + rf"(?:(?P<ab>{_SHORT_MONTH_NAME})(?:\.|(?![\w.]))\s*(?P<d>{DAY})"
            + rf"|(?P<d2>{DAY})\s+(?P<ab2>{_SHORT_MONTH_NAME})(?:\.|(?![\w.])))"
            rf",?\s+(?P<y>{YEAR})"
        ),
        lambda m, ref: _r_day(
            _Group(m, d=m["d"] or m["d2"], m=SHORT_MONTHS[(m["ab"] or m["ab2"]).lower()]),
            ref,
        ),
        needs="Y",
    ),
    # two days of two months shortened without their stop, then a year: "28 Aug - 02 Sep 2023",
    # "from 28 Aug to 2 Sep 2023", "Aug 28 - Sep 2, 2023"
    Rule(
        "range",
        _rx(
            rf"(?:from\s+|del?\s+)?(?:{_WD_SHORT}(?P<d1>{DAY})\s+(?P<ab1>{_SHORT_MONTH})\s*"
            rf"(?:-|–|to|al|a)\s*{_WD_SHORT}(?P<d2>{DAY})\s+(?P<ab2>{_SHORT_MONTH})"
            rf"|{_WD_SHORT}(?P<ab3>{_SHORT_MONTH})\s+(?P<d3>{DAY})\s*(?:-|–|to)\s*{_WD_SHORT}"
            rf"(?P<ab4>{_SHORT_MONTH})\s+(?P<d4>{DAY})),?\s+(?P<y>{YEAR})"
        ),
        _r_short_range,
        needs="Y",
    ),
    # two days of one month shortened without its stop, then a year: "Oct 15-17, 2024",
    # "15-17 Oct 2024"
    Rule(
        "range",
        _rx(
            rf"(?:from\s+|del?\s+)?(?:(?P<ab4>{_SHORT_MONTH_NAME})(?![\w.])\s*(?P<d3>{DAY})"
            rf"\s*(?:-|–)\s*(?P<d4>{DAY})|(?P<d1>{DAY})\s*(?:-|–)\s*(?P<d2>{DAY})\s+"
            rf"(?P<ab2>{_SHORT_MONTH_NAME})(?![\w.])),?\s+(?P<y>{YEAR})"
        ),
        _r_short_range,
        needs="Y",
        clues=("-", "–"),
    ),
    # two weekdays, the second with its day and month: "mañana jueves y el viernes 23 de abril",
    # "el lunes y martes 3 de mayo de 2021", "on Thursday and Friday, 23 April"; or with both
    # days: "el jueves y viernes 8 y 9 de diciembre", "on Thursday and Friday 8 – 9 December"
    Rule(
        "range",
        _rx(
            rf"(?:(?:mañana|el|los\s+d[íi]as)\s+)?(?P<wd1>{_ES_WD})\s+(?:y|al|a)\s+(?:el\s+)?"
            rf"(?P<wd2>{_ES_WD}),?\s+(?:(?P<d0>{DAY})\s*(?:y|al|a|-|–)\s*)?(?P<d>{DAY})\s+de\s+"
            rf"(?P<m>{MONTH})(?:\s+{ES_YEAR})?"
            rf"|(?:on\s+)?(?P<wd3>{_EN_WD})\s+(?:and|to|-|–)\s+(?P<wd4>{_EN_WD}),?\s+"
            rf"(?:(?P<d02>{DAY})\s*(?:and|to|-|–)\s*)?(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
        ),
        _r_weekdays_to_day,
        needs="W",
    ),
    # a day written against its month, as stored pages run them together: "(Wednesday,
    # October16)", "by Sunday 21June"
    Rule(
        "day",
        _rx(
            _opt_by(EN_BY)
            + rf"(?:(?:on|the)\s+)?{_WD}"
            + rf"(?:(?P<m>{MONTH})(?<!\.)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d/])(?:,?\s+(?P<y>{YEAR}))?"
            # not a number's last part: "Decision CIPM/104-2March 2015"
            + rf"|(?<![\w/.-])(?P<d2>[0-3]?\d)(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?)"
        ),
        lambda m, ref: _r_day(
            _Group(m, d=m["d"] or m["d2"], m=m["m"] or m["m2"], y=m["y"] or m["y2"]), ref
        ),
        needs="M",
    ),
    # "31 mayo de 2017": the day without its "de"
    Rule(
        "day",
        _rx(rf"(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?:de|del)\s+(?P<y>{YEAR})"),
        _r_day,
        needs="M",
    ),
    # "16/VII/19" at the foot of a text
    Rule(
        "day",
        _rx(
            r"(?P<a>[0-3]?\d)\s?[/.-]\s?(?P<rm>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\s?[/.-]\s?(?P<y>(?:19|20)?\d{2})(?![\d/])"
        ),
        _r_roman,
        needs="R",
    ),
    # in words: "a los veinticinco días del mes de noviembre de dos mil diecinueve"
    Rule(
        "day",
        _rx(
            rf"(?:a\s+)?(?:los\s+|el\s+)?(?P<dw>{_DAY_WORD_ALT})\s+(?:\(\d{{1,2}}\)\s+)?d[íi]as?\s+del\s+mes\s+de\s+(?P<m>{MONTH})(?:\s+del?)?(?:\s+año)?\s+(?:(?P<y>{YEAR})|(?P<yw>{_YEAR_WORDS}))"
        ),
        _r_words,
        needs="M",
        clues=("mes",),
    ),
    # "el próximo jueves", "el jueves próximo", "next Thursday"
    Rule(
        "day",
        _rx(
            # (not with its day in brackets after it, "el próximo miércoles (21)": that day)
            rf"(?:el\s+)?(?:próximo|proximo)\s+(?P<wd>{_ES_WD})(?!\s*\(\s*\d)"
            rf"|(?:el\s+)?(?P<wd2>{_ES_WD})\s+(?:próximo|proximo|entrante)"
            rf"|(?:on\s+)?next\s+(?P<wd3>{_EN_WD})"
        ),
        lambda m, ref: _r_weekday(_Group(m, wd=m["wd"] or m["wd2"] or m["wd3"]), ref),
        needs="W",
    ),
    # two weekdays joined: "on Wednesday and Thursday", "from Monday to Wednesday", "el
    # miércoles y el jueves", "del lunes al miércoles": the days of the reference date's week
    Rule(
        "weekday",
        _rx(
            rf"(?:(?:este|el|del|entre\s+el|(?:desde|a\s+partir\s+de)\s+(?:el|este))\s+|a\s+partir\s+del\s+)?"
            rf"(?P<wd>{_ES_WD})\s+(?:y|al|a|(?:y\s+)?hasta\s+el)"
            # "a partir de este lunes y hasta el próximo viernes"
            rf"\s+(?:el\s+)?(?:(?:próximo|proximo)\s+)?(?P<wd2>{_ES_WD})(?!\s*,?\s*(?:\d|{MONTH}))"
            rf"|(?:(?:this|on|from|between)\s+)?(?P<wd3>{_EN_WD})\s+(?:and|to|through|until|-|–)"
            rf"\s+(?P<wd4>{_EN_WD})(?!\s*,?\s*(?:\d|{MONTH}))"
        ),
        _r_weekdays,
        needs="W",
    ),
    # "este jueves", "el viernes", "on Thursday" with no day of the month, and "mañana",
    # "tomorrow": days counted from the reference date (a news item's own date)
    Rule(
        "weekday",
        _rx(
            rf"(?:(?:este|el)\s+)(?P<wd>{_ES_WD})"
            r"(?!\s*,?\s*(?:(?:de|del)\s+)?(?:\(?\d|próximo|proximo|entrante|pasado|anterior|de\s+la\s+semana\s+pasada))"
            rf"|(?:this|on|for)\s+(?P<wd2>{_EN_WD})"
            r"(?!\s*,?\s*(?:\d|the\s+\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))"
            # (not before the day it is: "Tomorrow, on 4 February", "mañana, 4 de febrero")
            r"|(?<!\bla\s)(?<!\besta\s)(?P<rel>(?:pasado\s+)?mañana|tomorrow)(?!\s+(?:por|en|de)\s+la\b)"
            r"(?!\s*,?\s*(?:on\s+|el\s+)?\d)"
            # the item's own day, later on: "will be held this afternoon", "esta tarde"
            rf"|(?P<today>{LATER_TODAY})"
        ),
        _r_this_weekday,
        needs="W",
    ),
    # days named with their weekdays: "este miércoles 16 y jueves 17", "el sábado 21 y el
    # domingo 22 de este mes", "los días jueves 19 y viernes 20"
    Rule(
        "range",
        _rx(
            rf"(?:(?:este|el|los\s+d[ií]as)\s+)?{_ES_WD}\s+"
            rf"(?P<d1>[0-3]?\d)\s+(?:y|al|-)\s+(?:el\s+)?{_ES_WD}\s+"
            r"(?P<d2>[0-3]?\d)(?!\s+de\s+(?!este\s+mes)\w)(?:\s+de\s+este\s+mes)?"
        ),
        _r_named_days,
        needs="W",
    ),
    # A day of the month without its month, read from the date the text named last or, failing
    # one, from the reference date (see `resolve`): a weekday with its day, "el viernes 28",
    # "on Thursday 16th", "Friday, 29"; "el día 27", "el mismo (día) 26".
    Rule(
        "weekday_day",
        _rx(
            rf"(?:(?:(?:el|este|del|desde\s+el)\s+)?(?P<wd>{_ES_WD}),?\s+(?P<d>[0-3]?\d)(?!\d)"
            # "programada para el sábado (17)", "el próximo miércoles (21)"
            rf"|(?:(?:el|este)\s+)?(?:pr[óo]ximo\s+)?(?P<wd3>{_ES_WD})\s+\((?P<d3>[0-3]?\d)\)"
            rf"|(?:(?:on|this)\s+)?(?P<wd2>{_EN_WD}),?\s+(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?!\w))"
            rf"{_NO_MONTH_AFTER}"
        ),
        _r_weekday_day,
        needs="W",
    ),
    Rule(
        "day_of_month",
        _rx(rf"el\s+(?:mismo\s+)?d[íi]a\s+(?P<d>[0-3]?\d)(?!\d){_NO_MONTH_AFTER}"),
        _r_day_of_month,
        needs="U",
        clues=("el",),
    ),
    # "on 27th", "on the 27th": an English day with its ordinal ending and no month after it
    Rule(
        "day_of_month",
        # (then a stop or a word that opens a clause, not a noun: "on the 3rd floor", "on the 20th
        # Anniversary")
        _rx(
            rf"on[ \t]+(?:the[ \t]+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?!\w){_NO_MONTH_AFTER}"
            r"(?=[ \t]*(?:[,;.)]|$|(?:the|at|in|from|and|when|with|a|an)\b))"
        ),
        _r_day_of_month,
        needs="W",
        clues=("on",),
    ),
    Rule(
        "day_of_month",
        _rx(rf"el\s+mismo\s+(?P<d>[0-3]?\d)(?!\d){_NO_MONTH_AFTER}"),
        _r_day_of_month,
        needs="W",
        clues=("mismo",),
    ),
    Rule(
        "day_of_month",
        _rx(
            r"(?:(?:los\s+)?(?:próximos\s+|proximos\s+)?d[íi]as|(?:las\s+)?jornadas\s+del?)\s+"
            r"(?P<d>[0-3]?\d)(?:\s*,\s*[0-3]?\d)*\s*,?\s*(?:y|al|a)\s+(?:el\s+)?(?P<d2>[0-3]?\d)(?!\d)"
            rf"{_NO_MONTH_AFTER}"
        ),
        _r_days_of_month,
        needs="U",
        clues=("días", "dias", "jornadas"),
    ),
    # a span from a day of this month to a day of a month it names: "del 28 de este mes al 1
    # de noviembre", "from the 28th of this month to 1 November"
    Rule(
        "range",
        _rx(
            r"(?:del|desde\s+el)\s+(?P<d0>[0-3]?\d)\s+(?:de\s+este\s+mes|del\s+presente\s+mes|del\s+mes\s+en\s+curso)"
            rf"\s+(?:al|hasta\s+el)\s+(?P<d>{DAY})\s+de\s+(?P<m>{MONTH})(?:\s+{ES_YEAR})?"
            r"|from\s+the\s+(?P<d02>[0-3]?\d)(?:st|nd|rd|th)?\s+of\s+this\s+month\s+(?:to|until|through)\s+"
            rf"(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
        ),
        _r_this_month_to,
        needs="U",
        clues=("mes", "month"),
    ),
    # "del 8 al 9 del presente mes", "los días 12 y 13 de este mes"
    Rule(
        "day_of_month",
        _rx(
            r"(?:(?:los\s+)?d[íi]as|del|entre\s+el)\s+(?P<d>[0-3]?\d)\s*(?:y|al|a|-)\s*(?:el\s+)?"
            r"(?P<d2>[0-3]?\d)\s+(?:del\s+presente\s+mes|de\s+este\s+mes|del\s+mes\s+en\s+curso)"
        ),
        _r_days_of_month,
        needs="U",
        clues=("mes",),
    ),
    # a day told from the day the text named just before it, never from the reference date: "al
    # día siguiente", "ese mismo día", "en esa jornada", "un día antes", "on the same day", "the
    # following day", "two days later"; not one told from something it names ("un día antes de
    # la apertura", "the day after the vote")
    Rule(
        "day_after",
        _rx(
            r"(?:(?P<after>al\s+d[íi]a\s+siguiente|el\s+d[íi]a\s+siguiente|(?:on\s+)?the\s+(?:following|next)\s+day|(?:one|a)\s+day\s+later|the\s+day\s+after)"
            r"|(?P<same>(?:ese|el)\s+mismo\s+d[íi]a|(?:en\s+)?esa\s+(?:misma\s+)?jornada|(?:on\s+)?(?:that|the)\s+same\s+day)"
            r"|(?P<before>un\s+d[íi]a\s+antes|(?:one|a)\s+day\s+(?:earlier|before)|the\s+day\s+before))"
            r"(?!\s+(?:de|del|a\s+la|al|of|the|that|que)\b)(?!\s*\d)"
        ),
        _r_day_after,
        needs="U",
        clues=(
            "siguiente",
            "mismo",
            "jornada",
            "antes",
            "following",
            "next",
            "later",
            "after",
            "same",
            "earlier",
            "before",
        ),
    ),
    # "agosto próximo", "el próximo mes de agosto", "next August", "this coming September" (not
    # "este mes de marzo", "this March": the month of writing, past or ahead)
    Rule(
        "month",
        _rx(
            rf"(?:en\s+)?(?:el\s+)?(?:(?:próximo|proximo)\s+(?:mes\s+de\s+)?(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?:próximo|proximo|entrante|que\s+viene))"
            rf"|(?:in\s+)?(?:next|this\s+coming|the\s+coming)\s+(?P<m3>{MONTH})"
        ),
        lambda m, ref: _r_month(_Group(m, m=m["m"] or m["m2"] or m["m3"]), ref),
        needs="M",
        clues=("próximo", "proximo", "entrante", "viene", "next", "coming"),
    ),
    # a body's own meeting named by its month: "en su reunión de septiembre", "sus próximas
    # sesiones de marzo de 2031", "at its September meeting", "their next October session"; not
    # "esta cumbre de diciembre", "the September meeting", a meeting the text names again
    Rule(
        "meeting_month",
        _rx(
            rf"(?:su|sus|nuestr[ao]s?)\s+(?:pr[óo]xim[ao]s?\s+)?(?:reuni[óo]n|sesi[óo]n|cumbre|asamblea|conferencia)(?:es)?(?:\s+(?:ordinaria|extraordinaria|plenaria|anual)s?)?\s+de\s+(?P<m>{MONTH})(?:\s+(?:de|del)\s+(?P<y>{YEAR}))?"
            rf"|(?:its|their|our)\s+(?:next\s+)?(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?\s+(?:(?:plenary|ordinary|regular|annual)\s+)?(?:meeting|session|summit|conference)s?\b"
        ),
        _r_meeting_month,
        needs="M",
        clues=("su", "sus", "nuestr", "its", "their", "our"),
    ),
    # "en el marco de la reunión Viceministerial de la CRM de 2017", "at the 2017 Vice-Ministerial Meeting"
    Rule(
        "meeting_year",
        _rx(
            rf"(?:en\s+el\s+marco\s+de|durante|en\s+ocasión\s+de|con\s+ocasión\s+de|preparación\s+de|en|para|hacia)\s+la\s+(?:próxima\s+)?(?:reunión|conferencia|cumbre|sesión)\b[^.;:\n]{{0,60}}?\s+de\s+(?P<y>{YEAR})(?!\s*[-–/]\s*\d)"
        ),
        _r_year,
        needs="L",
        clues=("reunión", "conferencia", "cumbre", "sesión"),
    ),
    Rule(
        "meeting_year",
        _rx(
            rf"(?:at|during|on\s+the\s+margins\s+of)\s+the\s+(?P<y>{YEAR})\s+(?:[\w-]+\s+){{0,3}}(?:meeting|conference|summit|session)"
        ),
        _r_year,
        needs="L",
        clues=("meeting", "conference", "summit", "session"),
    ),
    # the year a moved meeting moves to: "will be postponed to 2021", "aplazada hasta 2021"
    Rule(
        "year",
        _rx(
            rf"(?:to|until|till|hasta|a|al|para)\s+(?:el\s+año\s+|the\s+year\s+)?(?P<y>{YEAR})(?!\s*[-–/]\s*\d)"
        ),
        _r_new_year,
        needs="Y",
    ),
]


_PLACING = re.compile(
    r"(?:en|durante|para|el\s+mes|a\s+lo\s+largo|in|during|for|throughout"
    r"|(?:the\s+)?month\s+of)\b",
    re.IGNORECASE,
)


def _placed(m: re.Match[str]) -> bool:
    """A bare month counts only with a year, a deadline word or a preposition before it."""
    groups = m.groupdict()
    if groups.get("y") or groups.get("y2") or groups.get("rel") or groups.get("by"):
        return True
    return bool(_PLACING.match(m.group()))


# Month names shortened without their stop, and the full name each stands for.
SHORT_MONTHS: dict[str, str] = {
    "jan": "january",
    "apr": "april",
    "aug": "august",
    "dec": "december",
    "ene": "enero",
    "feb": "febrero",
    "mar": "marzo",
    "abr": "abril",
    "may": "mayo",
    "jun": "junio",
    "jul": "julio",
    "ago": "agosto",
    "sep": "septiembre",
    "sept": "septiembre",
    "set": "septiembre",
    "oct": "octubre",
    "nov": "noviembre",
    "dic": "diciembre",
}


class _Group:
    """A match with some groups overridden, for rules that share a resolver."""

    def __init__(self, match: re.Match[str], **override: str | None) -> None:
        self._match = match
        self._override = override

    def __getitem__(self, key: str) -> Any:
        if key in self._override:
            return self._override[key]
        return self._match[key]

    def group(self, *names: str | int) -> Any:
        return self._match.group(*names)

    def groupdict(self) -> dict[str, Any]:
        return {**self._match.groupdict(), **self._override}


_ENGLISH_MONTHS = {calendar.month_name[i].lower() for i in range(1, 13)}


def _month_case_ok(m: re.Match[str], text: str, month_keys: tuple[str, ...]) -> bool:
    """English month names are capitalised: "may" the verb and "march" the noun are not dates.

    `month_keys` are the groups of the match's pattern that can hold a month name.
    """
    start = m.start()
    if start > 0 and text[start - 1] in "/\\":
        return False  # a document symbol: "AG/DEC. 26 (XXXI-O/01)"
    for key in month_keys:
        token = m.group(key)
        if token and token.rstrip(".") in _ENGLISH_MONTHS and text[m.start(key)].islower():
            return False
        if token == "dec." and _ACRONYM_BEFORE.search(
            text, max(0, m.start(key) - 12), m.start(key)
        ):
            return False  # "VMM Dec. 5", "RCGM Dec. 13": a decision's number, not 5 December
    return True


_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")


_PERIOD_WORDS = [
    "trimestre",
    "semestre",
    "quarter",
    "half",
    "semester",
    "trimester",
    "mitad",
    "quincena",
    "fortnight",
    "summer",
    "autumn",
    "fall",
    "spring",
    "primavera",
    "verano",
    "otoño",
]
_UNIT_WORDS = [
    "mes",
    "meses",
    "month",
    "months",
    "día",
    "días",
    "dia",
    "dias",
    "day",
    "days",
    "semana",
    "semanas",
    "week",
    "weeks",
    "año",
    "años",
    "year",
    "years",
]


def _ordinal(n: int) -> str:
    """A day of the month as English writes it with its ending: "1st", "12th", "23rd"."""
    ending = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th") if n not in (11, 12, 13) else "th"
    return f"{n}{ending}"


_TRIGGERS: dict[str, str] = {
    **{w: "U" for w in _UNIT_WORDS},
    **{w: "P" for w in _PERIOD_WORDS},
    **{w.rstrip("."): "M" for w in month_numbers()},
    **{q: "Q" for q in ("q1", "q2", "q3", "q4")},
    **{r: "R" for r in _ROMAN_MONTHS},
    **{w: "W" for w in _WEEKDAYS},
    **{w: "W" for w in ("mañana", "tomorrow", "afternoon", "evening", "tonight", "tarde", "noche")},
    "mismo": "W",
    # an English day with its ordinal ending, whose month the text leaves out: "on 27th"
    **{_ordinal(n): "W" for n in range(1, 32)},
    "jornada": "U",
    "jornadas": "U",
    "morning": "W",
}
# How far an expression may reach before and after the word that triggers it.
_REACH = {
    "M": (50, 45),
    "Y": (45, 12),
    "L": (120, 12),
    "P": (60, 40),
    "U": (45, 45),
    "Q": (30, 20),
    "R": (8, 8),
    "W": (20, 20),
}
_WORD = re.compile(r"\w+")
# Every place where a month name starts (they may overlap: "mayo", "may").
_MONTH_AT = re.compile(rf"(?=(?:{_MONTH_ALT}))")


@dataclass(frozen=True)
class Scan:
    """The raw matches of the grammar in a text, before resolution against a reference date."""

    text: str
    matches: tuple[tuple[int, re.Match[str]], ...]  # (rule index, match), by position
    starts: tuple[int, ...] = ()  # where each match starts, for bisection
    # Each match's place in the order `resolve` tries them: longest first, then by rule, then
    # by position.
    rank: tuple[int, ...] = ()
    # Per match, what it reads as without a reference date, filled in when `resolve` first
    # needs it: a mention (then the same under any reference: only a year of its own dates
    # it), None (a reference may date it), or _NO_DATE. A text is resolved again for each of
    # its regions; what carries its own year is read once.
    read: list[DateMention | object | None] = field(default_factory=list, repr=False, compare=False)


def _windows(
    text: str, words: Sequence[str], starts: Sequence[int], stops: Sequence[int]
) -> dict[str, list[tuple[int, int]]]:
    """Per kind of date word, the stretches of text around such words."""
    out: dict[str, list[tuple[int, int]]] = {kind: [] for kind in _REACH}
    size = len(text)
    # The kind of each distinct trigger word of the text; then the words are picked in C.
    kinds = dict(_TRIGGERS)
    for word in set(words):
        if len(word) == 4 and word[:2] in ("19", "20") and word.isdigit() and word not in kinds:
            kinds[word] = "Y"
        elif (
            not word.isalpha()
            and not word.isdigit()
            and word not in kinds
            and _GLUED.fullmatch(word)
        ):
            kinds[word] = "M"  # "october16", "21june": a month run together with its day
    for i in compress(range(len(words)), map(kinds.__contains__, words)):
        kind, start, stop = kinds[words[i]], starts[i], stops[i]
        for k in ("Y", "L") if kind == "Y" else (kind,):
            before, after = _REACH[k]
            lo, hi = max(0, start - before), min(size, stop + after)
            spans = out[k]
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return out


# A month's name run together with its day, as one word.
_GLUED = re.compile(rf"(?:{_MONTH_ALT})[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:{_MONTH_ALT})")
# Per rule, the groups of its pattern that can hold a month name (for `_month_case_ok`).
_MONTH_KEYS = [
    tuple(k for k in ("m", "m1", "m2") if k in rule.pattern.groupindex) for rule in RULES
]
# Per rule, whether its pattern has a deadline marker group, and its groups of a year.
_HAS_MARKER = ["by" in rule.pattern.groupindex for rule in RULES]
# The forms of a day written without its month, and per rule whether it reads one.
ANAPHORIC_FORMS = ("weekday_day", "day_of_month", "day_after")
_ANAPHORIC = [rule.name in ANAPHORIC_FORMS for rule in RULES]
# A day that follows another and a joining word: "jueves 15 y viernes 16", "9 and Friday 10".
_JOINED_BEFORE = re.compile(r"\d\s*(?:y|al|a|and|to|-|–)\s*(?:el\s+)?$", re.IGNORECASE)
# How far after the day the text named last such a day may be read from it.
_ANAPHOR_REACH = 1500
_YEAR_KEYS = [tuple(k for k in ("y", "y2") if k in rule.pattern.groupindex) for rule in RULES]


# What joins the stretches of text a kind of date word opens, for `_holding`: no clue holds it.
_SEPARATOR = "\x00"


def _holding(joined: str, offsets: list[int], clue: str) -> list[int]:
    """The stretches (by index) that hold `clue`, in order; `joined` is the stretches joined by
    `_SEPARATOR`, `offsets` where each begins in it. Found by searching the joined text from
    one hit on from the next stretch, not each stretch in turn in a loop of Python's."""
    assert clue and _SEPARATOR not in clue
    out: list[int] = []
    at = joined.find(clue)
    while at >= 0:
        k = bisect_right(offsets, at) - 1
        out.append(k)
        if k + 1 == len(offsets):
            break
        at = joined.find(clue, offsets[k + 1])
    return out


def scan(
    text: str,
    words: Sequence[str] | None = None,
    starts: Sequence[int] | None = None,
    stops: Sequence[int] | None = None,
) -> Scan:
    """Match every rule of the grammar, only where a date word makes a match possible.

    `words` (lower case) with their `starts` and `stops` may be given when the caller has
    already tokenised the text.
    """
    if words is None or starts is None or stops is None:
        tokens = list(_WORD.finditer(text))
        words = [t.group().lower() for t in tokens]
        starts = [t.start() for t in tokens]
        stops = [t.end() for t in tokens]
    matches: list[tuple[int, re.Match[str]]] = []
    seen: set[tuple[int, int, int]] = set()
    windows = _windows(text, words, starts, stops)
    low = text.lower()
    if len(low) != len(text):  # a few characters grow when lower-cased ("İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # Per kind, its stretches joined by a character no clue holds (so that no clue is found
    # across two of them), and where each stretch begins in the joined text.
    joined = {
        kind: _SEPARATOR.join(low[lo:hi] for lo, hi in spans) for kind, spans in windows.items()
    }
    offsets = {
        kind: list(accumulate((hi - lo + 1 for lo, hi in spans), initial=0))[:-1]
        for kind, spans in windows.items()
    }
    # Per stretch around month names: whether month names start at two places or more.
    several = [
        next(islice(_MONTH_AT.finditer(low, lo, hi), 1, None), None) is not None
        for lo, hi in windows["M"]
    ]
    # Per kind of stretch and clue, the stretches (by index) that hold the clue: looked for
    # once for all the rules that share it, not stretch by stretch for each rule.
    holding: dict[tuple[str, str], list[int]] = {}
    for index, rule in enumerate(RULES):
        spans = windows[rule.needs]
        searched: Iterable[int] = range(len(spans))
        if rule.clues:
            found: set[int] = set()
            for clue in rule.clues:
                if (rule.needs, clue) not in holding:
                    holding[rule.needs, clue] = _holding(
                        joined[rule.needs], offsets[rule.needs], clue
                    )
                found.update(holding[rule.needs, clue])
            searched = sorted(found)
        if rule.months > 1:
            searched = [k for k in searched if several[k]]
        month_keys = _MONTH_KEYS[index]
        for k in searched:
            lo, hi = spans[k]
            for m in rule.pattern.finditer(low, lo, hi):
                key = (index, m.start(), m.end())
                if key not in seen and _month_case_ok(m, text, month_keys):
                    seen.add(key)
                    matches.append((index, m))
    matches.sort(key=lambda x: (x[1].start(), x[0]))
    tried = sorted((m.start() - m.end(), index, i) for i, (index, m) in enumerate(matches))
    rank = [0] * len(matches)
    for place, (_, _, i) in enumerate(tried):
        rank[i] = place
    return Scan(
        text=text,
        matches=tuple(matches),
        starts=tuple(m.start() for _, m in matches),
        rank=tuple(rank),
    )


def resolve(
    found: Scan, reference: date | None, lo: int = 0, hi: int | None = None
) -> list[DateMention]:
    """Resolve scanned matches that start in [lo, hi): longest first, without overlaps."""
    hi = len(found.text) if hi is None else hi
    first, last = bisect_left(found.starts, lo), bisect_left(found.starts, hi)
    if not found.read:
        found.read.extend([_UNREAD] * len(found.matches))
    anaphors: list[int] = []  # days without their month, read once the others are chosen
    # Longest expression wins; among equals, the earlier rule. A match is read only when no
    # longer one chosen before it overlaps it: most shorter ones never need reading.
    taken_starts: list[int] = []  # sorted, non-overlapping spans of the chosen
    taken: dict[int, int] = {}
    chosen: list[DateMention] = []
    for i in sorted(range(first, last), key=found.rank.__getitem__):
        begin, stop = found.matches[i][1].span()
        k = bisect_left(taken_starts, begin)
        if (k > 0 and taken[taken_starts[k - 1]] > begin) or (
            k < len(taken_starts) and taken_starts[k] < stop
        ):
            continue  # overlaps one chosen before it
        if _unplaced_anaphor(found, i):
            anaphors.append(i)
            continue
        mention = _reading(found, i, reference)
        if not isinstance(mention, DateMention):
            continue
        # "durante la próxima reunión, prevista para junio de 2018": the meeting's year gives
        # way to a finer date said inside it.
        if mention.form == "meeting_year" and _holds_finer(found, reference, first, last, mention):
            continue
        insort(taken_starts, begin)
        taken[begin] = stop
        chosen.append(mention)
    chosen.sort(key=lambda c: c.begin)
    if anaphors:
        chosen = _anchored(found, sorted(anaphors), chosen, reference)
    return _joined([_trim(c, found.text) for c in chosen], found.text)


def _read_once(found: Scan, i: int) -> DateMention | object | None:
    """What the i-th match reads as without a reference date, read the first time it is asked."""
    mention = found.read[i]
    if mention is _UNREAD:
        mention = found.read[i] = _read(found, i, None)
    return mention


def _unplaced_anaphor(found: Scan, i: int) -> bool:
    """A day written without its month that only a day of the text or a reference can place."""
    return _ANAPHORIC[found.matches[i][0]] and _read_once(found, i) is None


def _reading(found: Scan, i: int, reference: date | None) -> DateMention | object | None:
    """The i-th match read alone, against `reference` when only a reference places it."""
    mention = _read_once(found, i)
    if mention is None and reference is not None:
        mention = _read(found, i, reference)
    return mention


def _holds_finer(
    found: Scan, reference: date | None, first: int, last: int, mention: DateMention
) -> bool:
    """Whether a finer date than a year reads inside the mention's span (matches first..last)."""
    at = max(first, bisect_left(found.starts, mention.begin))
    upto = min(last, bisect_left(found.starts, mention.stop))
    for i in range(at, upto):
        if _unplaced_anaphor(found, i):
            continue
        inner = _reading(found, i, reference)
        if (
            isinstance(inner, DateMention)
            and inner.precision != "year"
            and inner.stop <= mention.stop
        ):
            return True
    return False


def _anchored(
    found: Scan, anaphors: list[int], chosen: list[DateMention], reference: date | None
) -> list[DateMention]:
    """`chosen` with the days written without their month ("el viernes 28", "el mismo 26")
    that overlap none of them, each read from the day the text named last before it, near
    enough, or else from `reference` ("al día siguiente" only from a day of the text). One read
    from `reference` keeps its rule's name: it is said from the moment of writing, as a weekday
    is; one read from a day of the text is a day of the text."""
    out = list(chosen)
    starts = [d.begin for d in out]
    for i in anaphors:
        rule, m = found.matches[i]
        told_from_a_day = RULES[rule].name == "day_after"  # never from the reference date
        at = bisect_left(starts, m.start())
        if (at > 0 and out[at - 1].stop > m.start()) or (at < len(out) and out[at].begin < m.end()):
            continue
        if (at == 0 or out[at - 1].stop < m.start() - 12) and _JOINED_BEFORE.search(
            found.text, max(0, m.start() - 12), m.start()
        ):
            continue  # the second of two days the grammar did not read: "jueves 15 y viernes 16"
        anchor = next(
            (
                d
                for d in reversed(out[max(0, at - 4) : at])
                if d.precision == "day"
                and d.form != "day_after"  # "the next day" of "the following day": which?
                and m.start() - d.stop <= _ANAPHOR_REACH
            ),
            None,
        )
        if anchor is None and (reference is None or told_from_a_day):
            continue
        if told_from_a_day and anchor is not None and anchor.start not in (None, anchor.end):
            continue  # "al día siguiente" of a span of days: of which day?
        mention = _read(found, i, reference if anchor is None else anchor.start or anchor.end)
        if not isinstance(mention, DateMention):
            continue
        if anchor is not None:
            mention = replace(mention, read_from=anchor.text)
        if anchor is not None and not told_from_a_day:
            # placed by a day the text names, unless that day is only said from the moment of
            # writing too ("el miércoles 26 … el mismo 26" is placed by its weekday)
            deictic = anchor.form in ("weekday", "day_of_month")
            span = mention.start is not None and mention.start < mention.end
            mention = replace(
                mention, form="day_of_month" if deictic else "range" if span else "day"
            )
        out.insert(at, mention)
        starts.insert(at, mention.begin)
    return out


# What joins two whole days into one span: "26 September, 2005 to October 5, 2005".
_JOIN = re.compile(r"\s*(?:to|until|till|through|al|hasta(?:\s+el)?|-|–|—)\s*", re.IGNORECASE)


# An opening day, then its close: "opens on … and closes on Friday, 3 October 2003".
_OPEN_BEFORE = re.compile(
    rf"\b(?:opens|will\s+open|begins|will\s+begin|starts|will\s+start|se\s+inaugura(?:rá)?"
    rf"|se\s+abre|se\s+abrirá|comienza|comenzará|se\s+inicia(?:rá)?)\s+(?:on\s+|el\s+)?"
    rf"(?:{WEEKDAY_NAME},?\s+)?$",
    re.IGNORECASE,
)
_CLOSE_JOIN = re.compile(
    r"\s*,?\s*(?:and|y)\s+(?:closes|ends|concludes|will\s+(?:close|end|conclude)|se\s+clausura(?:rá)?"
    rf"|concluye|concluirá|termina(?:rá)?|finaliza(?:rá)?)\s+(?:on\s+|el\s+)?(?:{WEEKDAY_NAME},?\s+)?",
    re.IGNORECASE,
)


def _joined(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Two days the grammar read apart, joined by "to" or a dash, the second with its year:
    one span ("(26 September, 2005 to October 5, 2005)", written in two orders)."""
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.form == "day"
            and d.form == "day"
            and d.explicit_year
            and prev.marker is None
            and (
                _JOIN.fullmatch(text, prev.stop, d.begin)
                # "opens on Monday, 29 September 2003 and closes on Friday, 3 October 2003"
                or (
                    _CLOSE_JOIN.fullmatch(text, prev.stop, d.begin)
                    and _OPEN_BEFORE.search(text, max(0, prev.begin - 40), prev.begin)
                )
            )
        ):
            first = prev.end if prev.explicit_year else _in_year_before(prev.end, d.end)
            if first is not None and first < d.end and (d.end - first).days <= 366:
                out[-1] = DateMention(
                    begin=prev.begin,
                    stop=d.stop,
                    text=text[prev.begin : d.stop],
                    start=first,
                    end=d.end,
                    precision="day",
                    form="range",
                    explicit_year=True,
                    marker=None,
                )
                continue
        out.append(d)
    return out


def _in_year_before(day: date, end: date) -> date | None:
    """`day` moved to the last year in which it falls on or before `end`."""
    try:
        moved = day.replace(year=end.year)
        return moved if moved <= end else moved.replace(year=end.year - 1)
    except ValueError:  # 29 February
        return None


def _clear_of_each_other(
    spans: Iterable[tuple[int, int, _T]], busy: Iterable[tuple[int, int]] = ()
) -> list[_T]:
    """What each span carries, taking the spans in the order given and keeping each only where
    it overlaps neither one kept before it nor one of `busy`."""
    taken_starts: list[int] = []  # sorted, non-overlapping spans
    taken: dict[int, int] = {}
    for begin, stop in busy:
        insort(taken_starts, begin)
        taken[begin] = max(stop, taken.get(begin, stop))
    chosen: list[_T] = []
    for begin, stop, item in spans:
        i = bisect_left(taken_starts, begin)
        if i > 0 and taken[taken_starts[i - 1]] > begin:
            continue  # overlaps the span that starts before it
        if i < len(taken_starts) and taken_starts[i] < stop:
            continue  # overlaps the span that starts inside it
        insort(taken_starts, begin)
        taken[begin] = stop
        chosen.append(item)
    return chosen


def unplaced(
    found: Scan, taken: list[DateMention], lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """The spans in [lo, hi) of expressions only a reference date could place ("el 18 de
    octubre", "next week" in a text that gives no date of its own): longest first, clear of each
    other and of the mentions `taken`, in order. Call after `resolve` over the same stretch."""
    hi = len(found.text) if hi is None else hi
    first, last = bisect_left(found.starts, lo), bisect_left(found.starts, hi)
    spans = sorted(
        (
            (m.start(), m.end())
            for i, (_, m) in enumerate(found.matches[first:last], start=first)
            if i < len(found.read) and _read_once(found, i) is None
        ),
        key=lambda span: (span[0] - span[1], span[0]),
    )
    chosen = _clear_of_each_other(
        ((begin, stop, (begin, stop)) for begin, stop in spans), ((t.begin, t.stop) for t in taken)
    )
    return sorted(_trimmed_span(found.text, begin, stop) for begin, stop in chosen)


def _trimmed_span(text: str, begin: int, stop: int) -> tuple[int, int]:
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1] in " \t\n,;.:":
        stop -= 1
    return begin, stop


_UNREAD = object()  # a match `resolve` has not read yet
_NO_DATE = object()  # a match that names no date ("31 de febrero", an unknown month spelling)


def _read(found: Scan, i: int, reference: date | None) -> DateMention | object | None:
    """The date the i-th match of a scan names against `reference`: a mention, None when its
    rule reads nothing there, or _NO_DATE."""
    priority, m = found.matches[i]
    rule = RULES[priority]
    try:
        resolved = rule.resolve(m, reference)
    except (ValueError, KeyError):
        return _NO_DATE
    if resolved is None:
        return None
    start, end, precision = resolved
    begin, stop = m.span()
    explicit_year = any(m.group(k) for k in _YEAR_KEYS[priority])
    if reference is not None and not explicit_year and precision == "day":
        start, end = _by_weekday(found.text[max(0, begin - 16) : stop], start, end, reference)
    marker = m.group("by") if _HAS_MARKER[priority] else None
    if marker and precision == "month" and start is not None and _BEFORE.fullmatch(marker.strip()):
        # "antes de diciembre próximo", "before March 2020": due by the last day before it
        end = start - timedelta(days=1)
        start = None
    return DateMention(
        begin=begin,
        stop=stop,
        text=found.text[begin:stop].strip(),
        start=start,
        end=end,
        precision=precision,
        form=rule.name,
        explicit_year=explicit_year,
        marker=marker.lower().strip() if marker else None,
    )


# A deadline marker that excludes its month: "before", "antes de", "prior to".
_BEFORE = re.compile(r"before|prior\s+to|antes\s+del?|previo\s+al?", re.IGNORECASE)
# Two weekdays joined, before the days they name: "Thursday and Friday 8 – 9".
_TWO_WEEKDAYS = re.compile(
    rf"\b{WEEKDAY_NAME}\s+(?:y|and|al|to|-|–)\s+(?:el\s+)?{WEEKDAY_NAME}\b", re.IGNORECASE
)
# A weekday before a day's number: "miércoles 11", "Wednesday, 11".
_WEEKDAY_BEFORE_DAY = re.compile(rf"\b({WEEKDAY_NAME}),?\s+(?:el\s+)?(\d{{1,2}})\b", re.IGNORECASE)


def _by_weekday(
    text: str, start: date | None, end: date, reference: date
) -> tuple[date | None, date]:
    """A day written with its weekday and without its year falls in the year, of the one
    read and the ones beside it, where that weekday is its own, the nearest to the
    reference ("del miércoles 11 hasta el viernes 13 de mayo" on a page of 16 May 2022 is
    May 2022's, past, not May 2023's, when the 11th is a Thursday). Unchanged when the weekday
    fits, or fits no such year."""
    m = _WEEKDAY_BEFORE_DAY.search(text)
    first = start or end
    if m is None or int(m.group(2)) != first.day or _TWO_WEEKDAYS.search(text, 0, m.start(2)):
        # "on Thursday and Friday 8 – 9 December": the rule that read both placed them
        return start, end
    weekday = _WEEKDAYS[m.group(1).lower()]
    if first.weekday() == weekday:
        return start, end
    fits = []
    for shift in (-1, 1):
        try:
            moved = first.replace(year=first.year + shift)
            moved_end = end.replace(year=end.year + shift)
        except ValueError:  # 29 February
            continue
        if moved.weekday() == weekday:
            fits.append((abs((moved - reference).days), moved, moved_end))
    if not fits:
        return start, end
    _, moved, moved_end = min(fits)
    return (moved if start is not None else None), moved_end


def find_dates(text: str, reference: date | None) -> list[DateMention]:
    """Find every date expression in `text`, resolved against `reference`, in text order."""
    return resolve(scan(text), reference)


def _trim(mention: DateMention, text: str) -> DateMention:
    """Drop trailing punctuation or spaces a pattern may have swallowed."""
    begin, stop = _trimmed_span(text, mention.begin, mention.stop)
    if (begin, stop) == (mention.begin, mention.stop):
        return mention
    return replace(mention, begin=begin, stop=stop, text=text[begin:stop])
