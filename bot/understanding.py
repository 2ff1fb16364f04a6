"""Delegates' free-text questions, in Spanish or English: what kind, which period, which country.

`understand(text, today=..., countries=...)` reads one chat message and returns a `Question`
(intent, period, country, kinds of event, language) or None when the message is not a question
the bot can answer (a greeting, thanks, a link, a file name, random words). It is pure: the date
comes from the caller, and so does the table of country names (`country_aliases`).

The message is folded once (no accents, lower case, whitespace collapsed) with a map back to
the original characters, so every rule below is written without accents and `period_text` is
still quoted verbatim. Country names and courtesies are blanked out before periods and intents
are read, so "Panamá" or "hasta mañana" never turn into dates. The grammar of periods is ours;
a day with its month ("15 de agosto", "August 15th", "15/08/2018") is read by dateparser, on that
phrase only and cached.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

import dateparser

from extractors.dates import NUMBER_WORDS
from storage.text import fold

MAX_LENGTH = 300  # longer messages are not questions (a pasted paragraph, a forwarded text)


@dataclass(frozen=True)
class Question:
    """What a free-text message asks: the kind of answer, the period, the country, the kinds."""

    intent: str  # "next" | "upcoming" | "due" | "events" | "tasks"
    start: date | None = None  # the period asked about, inclusive; None = no period stated
    end: date | None = None
    period_text: str | None = None  # the words that gave the period, verbatim
    country: str | None = None  # canonical name when a country is named
    keywords: tuple[str, ...] = ()  # folded stems of the kinds of event asked for, es and en
    lang: str | None = None  # "es" or "en" when the language is clear


def country_aliases(records: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Map every folded name and alias of the country actors in `records` to its canonical name."""
    table: dict[str, str] = {}
    for record in records:
        if record.get("kind") != "country":
            continue
        canonical = str(record["canonical"])
        names = record.get("names") or {}
        for spelling in (canonical, *names.values(), *(record.get("aliases") or [])):
            key = fold(str(spelling))
            if key:
                table.setdefault(key, canonical)
    return table


_HELP_EXAMPLES = {
    "es": [
        "¿Qué vence la próxima semana?",
        "¿Qué tiene pendiente Guatemala?",
        "Próximos talleres",
        "¿Qué hay en julio?",
        "Reuniones de septiembre en Panamá",
        "¿Qué sigue?",
    ],
    "en": [
        "What is due next week?",
        "What does Panama still owe?",
        "Upcoming workshops",
        "What's on in July?",
        "Meetings in September in Mexico",
        "What's next?",
    ],
}


def help_examples(lang: str | None) -> list[str]:
    """Return example questions in `lang` ("en"; anything else gets Spanish) for the help text."""
    key = "en" if lang and lang.lower().startswith("en") else "es"
    return list(_HELP_EXAMPLES[key])


# --------------------------------------------------------------------------- folding


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """Fold `text` like `storage.text.fold`, with the original index of every folded character."""
    chars: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text.replace("’", "'").replace("‘", "'")):
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                where.append(index)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        for piece in "".join(c for c in decomposed if not unicodedata.combining(c)).casefold():
            chars.append(piece)
            where.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        where.pop()
    return "".join(chars), where


def _blank(text: str, begin: int, stop: int) -> str:
    """Replace text[begin:stop] with spaces, keeping every offset."""
    return text[:begin] + " " * (stop - begin) + text[stop:]


# --------------------------------------------------------------------------- vocabulary

_ES_MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
_EN_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# Abbreviations count only beside a day number ("Aug 15", "15 ago"): alone they are words.
_MONTH_ABBR = {
    "ene": 1,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "abr": 4,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "ago": 8,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "set": 9,
    "oct": 10,
    "nov": 11,
    "dic": 12,
    "dec": 12,
}
# English month names that are also everyday words ("what may be due", "the march").
_AMBIGUOUS_MONTHS = {"may", "march"}
_MONTHS = {**_ES_MONTHS, **_EN_MONTHS}

_WEEKDAYS = {
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
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

# The extractor's number words (the same words in the documents' dates), folded as the message
# is: "veintidós" -> "veintidos".
_NUMBERS = {fold(word): n for word, n in NUMBER_WORDS.items()}

_ORDINALS = {
    "primer": 1,
    "primero": 1,
    "primera": 1,
    "1er": 1,
    "1ero": 1,
    "1ra": 1,
    "1o": 1,
    "1a": 1,
    "segundo": 2,
    "segunda": 2,
    "2do": 2,
    "2da": 2,
    "2o": 2,
    "2a": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "3er": 3,
    "3ro": 3,
    "3o": 3,
    "cuarto": 4,
    "cuarta": 4,
    "4to": 4,
    "4o": 4,
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = rf"(?:{_alt(_MONTHS)})"
_MON_ANY = rf"(?:{_alt(_MONTHS)}|(?:{_alt(_MONTH_ABBR)})\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:ro|ero|er|do|to|st|nd|rd|th|o)?|primero"
_YEAR = r"(?:19|20)\d\d"
_QTY = rf"(?:\d{{1,3}}|{_alt(_NUMBERS)})"
_UNIT = r"(?:dias?|semanas?|mes(?:es)?|anos?|days?|weeks?|months?|years?)"
_ORD = rf"(?:{_alt(_ORDINALS)})"
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)})"
_B = r"(?<![\w/.-])"  # a period phrase starts on a word boundary
_E = r"(?![\w/-])"  # and ends on one

# Words before a period that may be quoted with it ("en julio", "in July", "for July").
_LEAD = (
    r"(?:(?:en|para|durante|in|for|during|over|throughout)\s+"
    r"(?:el\s+mes\s+de\s+|the\s+month\s+of\s+)?)"
)
# Words that make a day or a month the end of a window that starts today.
_BY = (
    r"(?:antes\s+del?|a\s+mas\s+tardar\s+(?:el\s+)?|hasta\s+(?:el\s+)?|no\s+mas\s+tarde\s+del?"
    r"|before|by|until|till|no\s+later\s+than|not\s+later\s+than|prior\s+to)"
)


def _year_tail(group: str) -> str:
    """An optional year after a day or a month: "de 2018", "del año 2018", ", 2018", "of 2018"."""
    return rf"(?:\s*,?\s*(?:de\s+|del\s+|of\s+)?(?:ano\s+)?(?P<{group}>{_YEAR}))?"


def _day_phrase(tag: str) -> str:
    """One day with its month, in any order and either language; groups suffixed with `tag`."""
    return (
        rf"(?:(?:the\s+)?(?P<d{tag}>{_DAY})\s+(?:de\s+|of\s+)?(?P<m{tag}>{_MON_ANY}){_year_tail(f'y{tag}')}"
        rf"|(?P<n{tag}>{_MON_ANY})\s+(?:the\s+)?(?P<e{tag}>{_DAY}){_year_tail(f'z{tag}')}"
        rf"|(?P<iso{tag}>{_YEAR}-\d\d?-\d\d?)"
        rf"|(?P<num{tag}>(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?:/(?:{_YEAR}|\d\d))?))"
    )


# --------------------------------------------------------------------------- calendar helpers


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _next_month_year(today: date, month: int) -> int:
    """The year of the next `month` that has not ended by `today`."""
    return today.year if month >= today.month else today.year + 1


def _span_of_months(today: date, first: int, last: int, year: int | None) -> tuple[date, date]:
    """Months first..last of `year`, or of their next occurrence that has not ended."""
    if year is None:
        year = today.year if _month_end(today.year, last) >= today else today.year + 1
    return date(year, first, 1), _month_end(year, last)


def _weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _quantity(token: str) -> int | None:
    return int(token) if token.isdigit() else _NUMBERS.get(token)


def _days_ahead(today: date, n: int, unit: str) -> date:
    if unit.startswith(("dia", "day")):
        return today + timedelta(days=n)
    if unit.startswith(("semana", "week")):
        return today + timedelta(weeks=n)
    if unit.startswith(("mes", "month")):
        return _add_months(today, n)
    return _add_months(today, 12 * n)


# --------------------------------------------------------------------------- days via dateparser

Groups = dict[str, str | None]
Window = tuple[date, date]


@dataclass(frozen=True)
class _Context:
    today: date
    english: bool  # numeric dates read month first
    text: str  # the whole folded message


@lru_cache(maxsize=2048)
def _parse_day(phrase: str, english: bool) -> tuple[int, int, int | None] | None:
    """Read (day, month, year or None) from a folded day phrase such as "15 agosto 2018"."""
    settings = {
        "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": "MDY" if english else "DMY",
        # A fixed leap-year base keeps the cache independent of today: the year, when the
        # phrase does not say it, is chosen afterwards against today.
        "RELATIVE_BASE": datetime(2000, 1, 1),  # noqa: DTZ001 - a calendar day, not an instant
    }
    parsed = dateparser.parse(phrase, languages=["es", "en"], settings=settings)
    if parsed is None:
        return None
    said_year = re.search(rf"(?<!\d){_YEAR}(?!\d)|/\d\d$", phrase) is not None
    return parsed.day, parsed.month, parsed.year if said_year else None


def _day_number(token: str) -> str:
    return "1" if token == "primero" else re.sub(r"\D", "", token)


def _day_from(g: Groups, tag: str, ctx: _Context) -> date | None:
    """The day named by the `_day_phrase(tag)` part of a match; its next occurrence if no year."""
    if g.get(f"iso{tag}"):
        phrase = g[f"iso{tag}"] or ""
    elif g.get(f"num{tag}"):
        phrase = g[f"num{tag}"] or ""
    elif g.get(f"d{tag}"):
        phrase = f"{_day_number(g[f'd{tag}'] or '')} {g[f'm{tag}']} {g.get(f'y{tag}') or ''}"
    else:
        phrase = f"{_day_number(g[f'e{tag}'] or '')} {g[f'n{tag}']} {g.get(f'z{tag}') or ''}"
    parsed = _parse_day(phrase.strip(), ctx.english)
    if parsed is None:
        return None
    day, month, year = parsed
    if year is not None:
        return date(year, month, day)
    for candidate_year in range(ctx.today.year, ctx.today.year + 9):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if candidate >= ctx.today:
            return candidate
    return None


# --------------------------------------------------------------------------- the period grammar

Resolver = Callable[[Groups, _Context], Window | None]


def _year_said(g: Groups) -> int | None:
    year = g.get("y")
    return int(year) if year else None


def _today(g: Groups, ctx: _Context) -> Window:
    return ctx.today, ctx.today


def _tomorrow(g: Groups, ctx: _Context) -> Window:
    day = ctx.today + timedelta(days=1)
    return day, day


def _after_tomorrow(g: Groups, ctx: _Context) -> Window:
    day = ctx.today + timedelta(days=2)
    return day, day


def _this_week(g: Groups, ctx: _Context) -> Window:
    return ctx.today, ctx.today + timedelta(days=6 - ctx.today.weekday())


def _next_week(g: Groups, ctx: _Context) -> Window:
    monday = ctx.today + timedelta(days=7 - ctx.today.weekday())
    return monday, monday + timedelta(days=6)


def _week_after_next(g: Groups, ctx: _Context) -> Window:
    monday = ctx.today + timedelta(days=14 - ctx.today.weekday())
    return monday, monday + timedelta(days=6)


def _last_week(g: Groups, ctx: _Context) -> Window:
    monday = ctx.today - timedelta(days=ctx.today.weekday() + 7)
    return monday, monday + timedelta(days=6)


def _weekend(g: Groups, ctx: _Context) -> Window:
    sunday = ctx.today + timedelta(days=6 - ctx.today.weekday())
    return max(ctx.today, sunday - timedelta(days=1)), sunday


def _this_month(g: Groups, ctx: _Context) -> Window:
    return ctx.today, _month_end(ctx.today.year, ctx.today.month)


def _next_month(g: Groups, ctx: _Context) -> Window:
    first = _add_months(ctx.today.replace(day=1), 1)
    return first, _month_end(first.year, first.month)


def _last_month(g: Groups, ctx: _Context) -> Window:
    first = _add_months(ctx.today.replace(day=1), -1)
    return first, _month_end(first.year, first.month)


def _this_year(g: Groups, ctx: _Context) -> Window:
    return ctx.today, date(ctx.today.year, 12, 31)


def _next_year(g: Groups, ctx: _Context) -> Window:
    return date(ctx.today.year + 1, 1, 1), date(ctx.today.year + 1, 12, 31)


def _this_part(months: int) -> Resolver:
    """From today to the end of the current quarter (3) or half (6)."""

    def resolve(g: Groups, ctx: _Context) -> Window:
        last = ((ctx.today.month - 1) // months + 1) * months
        return ctx.today, _month_end(ctx.today.year, last)

    return resolve


def _next_part(months: int) -> Resolver:
    """The whole quarter (3) or half (6) after the current one."""

    def resolve(g: Groups, ctx: _Context) -> Window:
        first = _add_months(ctx.today.replace(day=1), months - (ctx.today.month - 1) % months)
        last = _add_months(first, months - 1)
        return first, _month_end(last.year, last.month)

    return resolve


def _nth_part(months: int) -> Resolver:
    """The first, second… quarter (3) or half (6) of the year said, or its next occurrence."""

    def resolve(g: Groups, ctx: _Context) -> Window | None:
        n = _ORDINALS.get(g.get("ord") or "") or int(g.get("q") or 0)
        if not n or n > 12 // months:
            return None
        year = _year_said(g)
        return _span_of_months(ctx.today, (n - 1) * months + 1, n * months, year)

    return resolve


def _month(g: Groups, ctx: _Context) -> Window | None:
    word = g["m"] or ""
    lead, by, year = g.get("lead"), g.get("by"), g.get("y")
    alone = ctx.text.strip(" ?!.¿¡") == word
    if word in _AMBIGUOUS_MONTHS and not (lead or by or year or g.get("noun") or alone):
        return None  # "what may be due": the verb, not the month
    month = _MONTHS[word]
    start, end = _span_of_months(ctx.today, month, month, int(year) if year else None)
    if not by:
        return start, end
    if by.startswith(("antes", "before", "prior")):
        end = start - timedelta(days=1)
    return (ctx.today, end) if end >= ctx.today else None


def _month_range(g: Groups, ctx: _Context) -> Window:
    """From the first month to the second: the second's next occurrence, the first's before it."""
    first, last = _MONTHS[g["m1"] or ""], _MONTHS[g["m2"] or ""]
    year = _year_said(g) or _next_month_year(ctx.today, last)
    start_year = year if first <= last else year - 1
    return date(start_year, first, 1), _month_end(year, last)


def _year(g: Groups, ctx: _Context) -> Window:
    year = int(g["y"] or 0)
    return date(year, 1, 1), date(year, 12, 31)


def _to_end_of_month(g: Groups, ctx: _Context) -> Window:
    return ctx.today, _month_end(ctx.today.year, ctx.today.month)


def _to_end_of_year(g: Groups, ctx: _Context) -> Window:
    return ctx.today, date(ctx.today.year, 12, 31)


def _coming(g: Groups, ctx: _Context) -> Window | None:
    n = _quantity(g["n"] or "")
    if not n:
        return None
    return ctx.today, _days_ahead(ctx.today, n, g["unit"] or "")


def _coming_days(g: Groups, ctx: _Context) -> Window:
    return ctx.today, ctx.today + timedelta(days=7)


def _weekday(g: Groups, ctx: _Context) -> Window:
    start = ctx.today + timedelta(days=1) if g.get("nx") else ctx.today
    day = _weekday_on_or_after(start, _WEEKDAYS[g["wd"] or ""])
    return day, day


def _one_day(g: Groups, ctx: _Context) -> Window | None:
    day = _day_from(g, "1", ctx)
    if day is None:
        return None
    if g.get("by"):
        return (ctx.today, day) if day >= ctx.today else None
    return day, day


def _day_range(g: Groups, ctx: _Context) -> Window | None:
    """From one day to another: the second's next occurrence, the first's last one before it."""
    first, last = _day_from(g, "1", ctx), _day_from(g, "2", ctx)
    if first is None or last is None:
        return None
    if not (g.get("y1") or g.get("z1") or g.get("iso1") or (g.get("num1") or "").count("/") == 2):
        for year in (last.year, last.year - 1):
            try:
                candidate = first.replace(year=year)
            except ValueError:  # 29 February
                continue
            if candidate <= last:
                first = candidate
                break
    return (first, last) if first <= last else None


def _days_in_month(g: Groups, ctx: _Context) -> Window | None:
    word = (g["m"] or "").rstrip(".")
    month = _MONTHS.get(word) or _MONTH_ABBR.get(word)
    if month is None:
        return None
    year = _year_said(g) or _next_month_year(ctx.today, month)
    try:
        first = date(year, month, int(_day_number(g["a"] or "")))
        last = date(year, month, int(_day_number(g["b"] or "")))
    except ValueError:
        return None
    return (first, last) if first <= last else None


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    resolve: Resolver


def _rule(pattern: str, resolve: Resolver) -> _Rule:
    return _Rule(re.compile(_B + "(?:" + pattern + ")" + _E), resolve)


def _groups(m: re.Match[str]) -> Groups:
    """The match's groups, with "x_b", "x_c"… (the same part in another branch) read as "x"."""
    found = m.groupdict()
    for name, value in list(found.items()):
        if value and name[-2:] in ("_b", "_c", "_d") and not found.get(name[:-2]):
            found[name[:-2]] = value
    return found


# "May workshops", "March deadlines": a noun of the bot's after an English month makes it one.
_NOUN_AFTER = (
    r"(?=(?P<noun>\s+(?:deadlines?|events?|meetings?|workshops?|seminars?|trainings?|courses?"
    r"|webinars?|tasks?|agenda|schedule|calendar|commitments?)\b)|)"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:ro|er|st|nd|rd|th|o)?"
_YEAR_TAIL = _year_tail("y")
_RULES: tuple[_Rule, ...] = (
    _rule(r"(?:el\s+dia\s+de\s+)?hoy|today|tonight|esta\s+noche", _today),
    _rule(r"pasado\s+manana|(?:the\s+)?day\s+after\s+tomorrow", _after_tomorrow),
    # "esta mañana", "por la mañana": the morning, not tomorrow.
    _rule(r"(?<!la\s)(?<!esta\s)manana|tomorrow", _tomorrow),
    _rule(
        r"(?:esta|this)\s+(?:semana|week)|la\s+semana\s+(?:en\s+curso|actual)|the\s+current\s+week",
        _this_week,
    ),
    _rule(
        r"(?:la\s+)?(?:proxima|siguiente)\s+semana|(?:la\s+)?semana\s+(?:que\s+viene|proxima|siguiente|entrante)|(?:the\s+)?(?:next|following|coming)\s+week",
        _next_week,
    ),
    _rule(
        r"(?:the\s+)?week\s+after\s+next|(?:la\s+)?semana\s+(?:subsiguiente|despues\s+de\s+la\s+proxima)",
        _week_after_next,
    ),
    _rule(
        r"(?:la\s+)?semana\s+pasada|(?:la\s+)?pasada\s+semana|(?:the\s+)?(?:last|past|previous)\s+week",
        _last_week,
    ),
    _rule(r"(?:este\s+|el\s+)?fin\s+de\s+semana|(?:this\s+|the\s+)?weekend", _weekend),
    _rule(
        r"este\s+mes|el\s+(?:presente\s+mes|mes\s+(?:en\s+curso|actual))|this\s+month|the\s+current\s+month",
        _this_month,
    ),
    _rule(
        r"(?:el\s+)?(?:proximo|siguiente)\s+mes|(?:el\s+)?mes\s+(?:que\s+viene|proximo|siguiente|entrante)|(?:the\s+)?(?:next|following|coming)\s+month",
        _next_month,
    ),
    _rule(r"(?:el\s+)?mes\s+pasado|(?:the\s+)?(?:last|previous|past)\s+month", _last_month),
    _rule(
        r"(?:antes\s+del?\s+|hasta\s+(?:el\s+)?|para\s+(?:el\s+)?|a\s+)?(?:fin|final|finales)\s+del?\s+(?:este\s+)?mes|(?:(?:by|before|until)\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+month",
        _to_end_of_month,
    ),
    _rule(
        r"este\s+ano|el\s+(?:presente\s+ano|ano\s+(?:en\s+curso|actual))|this\s+year|the\s+current\s+year",
        _this_year,
    ),
    _rule(
        r"(?:antes\s+del?\s+|hasta\s+(?:el\s+)?|para\s+(?:el\s+)?|a\s+)?(?:fin|final|finales)\s+del?\s+ano|(?:(?:by|before|until)\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+year|(?:by\s+)?(?:the\s+)?year[\s-]end",
        _to_end_of_year,
    ),
    _rule(
        r"(?:el\s+)?(?:proximo|siguiente)\s+ano|(?:el\s+)?ano\s+(?:que\s+viene|proximo|siguiente|entrante)|(?:the\s+)?(?:next|following|coming)\s+year",
        _next_year,
    ),
    _rule(
        r"este\s+trimestre|el\s+trimestre\s+(?:en\s+curso|actual)|this\s+quarter|the\s+current\s+quarter",
        _this_part(3),
    ),
    _rule(
        r"(?:el\s+)?(?:proximo|siguiente)\s+trimestre|el\s+trimestre\s+(?:que\s+viene|proximo|siguiente)|(?:the\s+)?(?:next|following|coming)\s+quarter",
        _next_part(3),
    ),
    _rule(
        rf"(?:(?:el|the)\s+)?(?P<ord>{_ORD})\s+(?:trimestre|quarter){_YEAR_TAIL}|q(?P<q>[1-4])(?:\s+(?P<y_b>{_YEAR}))?",
        _nth_part(3),
    ),
    _rule(
        r"este\s+semestre|el\s+semestre\s+(?:en\s+curso|actual)|this\s+(?:semester|half(?:\s+of\s+the\s+year)?)|the\s+current\s+(?:semester|half)",
        _this_part(6),
    ),
    _rule(
        r"(?:el\s+)?(?:proximo|siguiente)\s+semestre|el\s+semestre\s+(?:que\s+viene|proximo|siguiente)|(?:the\s+)?next\s+(?:semester|half)",
        _next_part(6),
    ),
    _rule(
        rf"(?:(?:el|la|the)\s+)?(?P<ord>{_ORD})\s+(?:semestre|mitad\s+del\s+ano|mitad|half\s+of\s+the\s+year|half|semester)(?:\s*,?\s*(?:de\s+|del\s+|of\s+)?(?:ano\s+)?(?P<y>{_YEAR}))?|h(?P<q>[12])(?:\s+(?P<y_b>{_YEAR}))?",
        _nth_part(6),
    ),
    _rule(
        rf"(?:(?:en|durante|dentro\s+de|in|within|during|over|for)\s+)?(?:(?:los|las|the)\s+)?(?:proxim[oa]s|siguientes|next|coming|following)\s+(?P<n>{_QTY})\s+(?P<unit>{_UNIT})"
        rf"|(?:(?:en|durante)\s+)?(?:los|las)\s+(?P<n_b>{_QTY})\s+(?P<unit_b>{_UNIT})\s+(?:siguientes|proxim[oa]s)"
        rf"|(?:dentro\s+de|within|in|en)\s+(?:(?:los|las|the)\s+)?(?P<n_c>{_QTY})\s+(?P<unit_c>{_UNIT})"
        # "15 días", "30 days" alone, but not "hace 15 días" or "15 days ago".
        rf"|(?<!hace\s)(?P<n_d>\d{{1,3}})\s+(?P<unit_d>{_UNIT})(?!\s+ago\b)",
        _coming,
    ),
    _rule(
        r"(?:(?:en|durante)\s+)?(?:los|las)\s+(?:proximos|siguientes)\s+dias|(?:(?:in|over|during)\s+)?the\s+(?:next|coming)\s+(?:few\s+)?days|(?:the\s+)?next\s+few\s+days",
        _coming_days,
    ),
    _rule(
        rf"(?:(?:el|este|on|this)\s+)?(?:(?P<nx>(?:el\s+)?(?:proximo|siguiente)|next|on\s+next)\s+)?(?P<wd>{_WEEKDAY})"
        r"(?:\s+(?P<nx_b>que\s+viene|proximo|siguiente|entrante))?",
        _weekday,
    ),
    _rule(
        rf"(?:(?P<by>{_BY})\s+|(?:el|en|para|on|for)\s+|(?P<skip>del\s+))?(?:el\s+|the\s+)?{_day_phrase('1')}",
        _one_day,
    ),
    _rule(
        rf"(?:del?|desde(?:\s+el)?|entre(?:\s+el)?|from|between)\s+(?:the\s+)?{_day_phrase('1')}\s*(?:al?|hasta(?:\s+el)?|y(?:\s+el)?|to|and|through|until|till|-)\s*(?:el\s+|the\s+)?{_day_phrase('2')}",
        _day_range,
    ),
    _rule(
        rf"(?:(?:del?|desde(?:\s+el)?|entre(?:\s+el)?|from|between)\s+)?(?:the\s+)?(?P<a>{_DAYNUM})\s*(?:-|al?\b|hasta(?:\s+el)?|y(?:\s+el)?|to|and|through|until|till)\s*(?:el\s+|the\s+)?(?P<b>{_DAYNUM})\s+(?:de\s+|of\s+)?(?P<m>{_MON_ANY}){_YEAR_TAIL}"
        rf"|(?:(?:from|between)\s+)?(?P<m_b>{_MON_ANY})\s+(?P<a_b>{_DAYNUM})\s*(?:-|to|and|through|until|till)\s*(?P<b_b>{_DAYNUM})(?:\s*,?\s*(?P<y_b>{_YEAR}))?",
        _days_in_month,
    ),
    _rule(
        rf"(?:(?:del?|desde|entre|from|between)\s+)?(?P<m1>{_MON})\s+(?:al?|y|hasta|-|to|and|through|until|till)\s+(?P<m2>{_MON}){_YEAR_TAIL}",
        _month_range,
    ),
    _rule(
        rf"(?:(?P<by>{_BY})\s+|(?P<lead>{_LEAD})|(?P<skip>(?:del?|of)\s+(?:(?:el\s+)?mes\s+de\s+)?))?(?P<m>{_MON}){_YEAR_TAIL}{_NOUN_AFTER}",
        _month,
    ),
    _rule(
        rf"(?:(?:en|para|durante|in|for|during|throughout)\s+)?(?:(?:el\s+|the\s+)?(?:ano|year)\s+)?(?P<y>{_YEAR})",
        _year,
    ),
)


@dataclass(frozen=True)
class _Period:
    begin: int  # offsets in the folded text
    stop: int
    start: date
    end: date


def _find_period(text: str, ctx: _Context) -> _Period | None:
    """The longest period phrase in folded `text` that resolves; on a tie, the earlier rule."""
    best: tuple[tuple[int, int], _Period] | None = None
    for priority, rule in enumerate(_RULES):
        for m in rule.pattern.finditer(text):
            begin, stop = m.span()
            if m.groupdict().get("skip"):
                begin = m.end("skip")  # "agenda de septiembre" quotes "septiembre"
            if best is not None and (begin - stop, priority) >= best[0]:
                continue
            window = rule.resolve(_groups(m), ctx)
            if window is not None:
                best = ((begin - stop, priority), _Period(begin, stop, *window))
    return best[1] if best else None


# --------------------------------------------------------------------------- what is asked

# Kinds of event, each with the folded stems (Spanish, English) to look for in an item's text.
# Earlier kinds win where they overlap ("videoconferencia" is not a "conferencia").
_KINDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(rf"\b(?:{pattern})\b"), stems)
    for pattern, stems in (
        (
            r"video\s?-?\s?conferencias?|video\s?-?\s?conferences?|webinars?|webinarios?|virtual(?:es)?|en\s+linea|online",
            ("videoconferencia", "videoconference", "virtual", "webinar"),
        ),
        (r"taller(?:es)?|workshops?", ("taller", "workshop")),
        (r"seminarios?|seminars?", ("seminario", "seminar")),
        (r"reunion(?:es)?|meetings?", ("reunion", "meeting")),
        (r"cursos?|courses?", ("curso", "course")),
        (r"capacitacion(?:es)?|trainings?", ("capacitacion", "training")),
        (r"foros?|forums?|fora", ("foro", "forum")),
        (r"conferencias?|conferences?", ("conferencia", "conference")),
        (r"simposios?|symposi(?:um|a|ums)", ("simposio", "symposium")),
        (r"cumbres?|summits?", ("cumbre", "summit")),
    )
)
# The forum's own name is not a question about conferences.
_FORUM_NAME = re.compile(
    r"\b(?:conferencia\s+regional\s+sobre\s+migracion|regional\s+conference\s+on\s+migration)\b"
)


def _cue(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{pattern})(?![\w'])")


_TASKS = _cue(
    r"pendientes?|tareas?|adeud\w*|(?:le|les|nos|me)\s+falta\w*|falta\w*\s+por|por\s+hacer|sin\s+cumplir|incumplid\w*"
    r"|owes?|owed|outstanding|pending|tasks?|to-?dos?|left\s+to\s+do|still\s+(?:has|have|need|needs)\s+to"
    r"|remaining|unfinished|open\s+items?|what'?s\s+left|what\s+is\s+left"
)
_DUE = _cue(
    r"venc\w*|plazos?|fechas?\s+(?:limites?|topes?)|a\s+mas\s+tardar"
    r"|due|deadlines?|expir\w*|cut-?offs?"
)
# Verbs of sending count as a deadline question only when something else makes it a question.
_DUE_WEAK = _cue(
    r"entreg\w*|remit\w*|envi(?:ar|amos|o|a|an|e|en)|mandar|presentar|informar"
    r"|send|submit\w*|deliver\w*|hand\s+in|turn\s+in|report"
)
# "What must … do": what a named country owes, or else what is due.
_MUST = _cue(
    r"debe|deben|debemos|tiene\s+que|tienen\s+que|tenemos\s+que|hay\s+que"
    r"|ha(?:ve|s)\s+to|needs?\s+to|must|should"
)
_EVENTS = _cue(r"eventos?|actividad(?:es)?|convocatorias?|events?|activities|activity")
_NEXT = _cue(
    r"(?:que|q)\s+sigue|lo\s+que\s+sigue|lo\s+proximo|lo\s+siguiente|(?:que|q)\s+viene|proxim[oa]|siguiente"
    r"|what'?s\s+next|what\s+is\s+next|what\s+comes\s+next|next(?:\s+up)?"
)
_UPCOMING = _cue(
    r"agenda|calendario|cronograma|programad\w*|previst\w*|compromisos?|(?:que|q)\s+hay|hay\s+algo|proxim[oa]s|siguientes"
    r"|what'?s\s+on|what\s+is\s+on|what'?s\s+(?:coming|happening|planned|scheduled)|what\s+is\s+(?:coming|happening|planned|scheduled)"
    r"|anything|upcoming|coming\s+up|schedule\w*|calendar|planned|commitments?|coming|fechas|dates"
)
# Words that make a message a question even without a question mark.
_ASKING = _cue(
    r"que|q|cual(?:es)?|cuando|cuant[oa]s?|donde|hay|tengo|tenemos|tiene|tienen|dime|dame|muestra\w*|lista\w*|ver|busca\w*"
    r"|what'?s?|which|when|where|any|list|show|tell|give|find|proxim[oa]s?|upcoming|next|coming"
)
# Courtesies are blanked before anything else is read: "hasta mañana" is not tomorrow.
_COURTESY = _cue(
    r"hola|buen(?:os|as)?\s+(?:dias|tardes|noches|dia)|saludos|hi|hello|hey|good\s+(?:morning|afternoon|evening|night)|greetings"
    r"|(?:muchas\s+|mil\s+)?gracias|thanks?(?:\s+you)?(?:\s+(?:very|so)\s+much)?|thx|ty|cheers"
    r"|adios|chao|chau|hasta\s+(?:luego|pronto|manana|la\s+vista|la\s+proxima)|nos\s+vemos(?:\s+manana)?"
    r"|bye|goodbye|see\s+you(?:\s+(?:soon|later|tomorrow|next\s+week|on\s+\w+))?"
    r"|(?:que\s+tengas?\s+|que\s+tengan\s+)?(?:un\s+)?(?:buen|feliz|lindo)\s+fin\s+de\s+semana|buena\s+semana"
    r"|(?:have\s+a\s+)?(?:nice|good|great|happy)\s+(?:day|weekend|week)"
)
_FILLER = {
    "y", "e", "o", "de", "del", "el", "la", "los", "las", "en", "para", "por", "con", "a", "al",
    "and", "or", "of", "the", "in", "for", "about", "what", "how", "que", "q", "pues", "entonces",
    "please", "favor", "sobre", "acerca",
}  # fmt: skip
# Words of a remark about oneself or the past ("I'm in a meeting", "el taller fue muy útil").
_STATEMENT = frozenset(
    {"i", "i'm", "im", "am", "was", "were", "we're", "my", "estoy", "estuve", "estuvo", "fue",
     "fueron", "estamos", "mi", "soy"}
)  # fmt: skip
_LINK = re.compile(r"https?://|www\.|\bt\.me/|\b[\w-]+\.(?:org|com|int|net|gob|gov)\b")
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|txt|md|html?|xlsx?|pptx?|odt|rtf|csv|zip)\b")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _words(text: str) -> list[str]:
    return text.split()


# Words that tell the language of a message (folded; "agenda" and country names tell nothing).
_ES_WORDS = frozenset(
    (
        *_words(
            """que q cual cuales cuando cuanto hay el la los las del de en para por con y tiene
            tienen tenemos tengo esta este estas estos proxima proximo proximos proximas semana mes
            meses ano hoy manana vence vencen plazo plazos pendiente pendientes tarea tareas sigue
            viene eventos evento reuniones reunion talleres taller seminarios seminario cursos
            curso capacitaciones capacitacion foros foro conferencias conferencia entregar enviar
            remitir antes hasta dias semanas trimestre semestre lo al algun alguna hacer falta debe
            sobre fecha fechas limite lista dime muestrame lunes martes miercoles jueves viernes
            sabado domingo"""
        ),
        *_ES_MONTHS,
    )
)
_EN_WORDS = frozenset(
    (
        *_words(
            """what what's whats is are the in on for of to do does we due next week weeks month
            months year today tomorrow this any there when which upcoming events event meetings
            meeting workshops workshop seminars seminar trainings training courses course deadlines
            deadline owe owes still outstanding pending tasks task left send submit before by until
            days quarter half coming up have has show list me our with about schedule monday
            tuesday wednesday thursday friday saturday sunday"""
        ),
        *(set(_EN_MONTHS) - _AMBIGUOUS_MONTHS),
    )
)

# Aliases that are also everyday words count only when written as a name ("USA", not "usa").
_ORDINARY_WORDS = frozenset(
    {"usa", "us", "can", "chile", "chad", "cuba", "guinea", "jordan", "georgia", "niger", "mali",
     "turkey", "china", "man", "togo", "oman", "peru"}
)  # fmt: skip


@lru_cache(maxsize=16)
def _country_pattern(aliases: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    names = sorted({alias for alias, _ in aliases if alias}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(n) for n in names)})(?!\w)")


def _spelled_as_name(alias: str, original: str) -> bool:
    """Whether an alias that is also an ordinary word is written as a name in the message."""
    short = len(alias) <= 3 and "." not in alias
    if not short and alias not in _ORDINARY_WORDS:
        return True
    letters = [c for c in original if c.isalpha()]
    if short:
        return bool(letters) and all(c.isupper() for c in letters)
    return bool(letters) and letters[0].isupper()


def _language(tokens: list[str], original: str) -> str | None:
    es = sum(t in _ES_WORDS for t in tokens) + 2 * (("¿" in original) or ("¡" in original))
    es += any(c in "ñÑáéíóúÁÉÍÓÚ" for c in original)
    en = sum(t in _EN_WORDS for t in tokens)
    if es > en:
        return "es"
    if en > es:
        return "en"
    return None


def understand(text: str, *, today: date, countries: Mapping[str, str]) -> Question | None:
    """Return what a free-text question asks, or None when the bot cannot answer it."""
    if not text or len(text) > MAX_LENGTH or text.lstrip().startswith("/"):
        return None
    folded, where = _fold_mapped(text)
    if not folded or _LINK.search(folded) or _FILE_NAME.search(folded):
        return None

    work = folded
    courtesy = False
    for m in _COURTESY.finditer(work):
        courtesy = True
        work = _blank(work, *m.span())

    country: str | None = None
    pattern = _country_pattern(tuple(countries.items()))
    for m in pattern.finditer(work) if pattern else ():
        original = text[where[m.start()] : where[m.end() - 1] + 1]
        if _spelled_as_name(m.group(), original):
            country = country or countries[m.group()]
            work = _blank(work, *m.span())
    for m in _FORUM_NAME.finditer(work):
        work = _blank(work, *m.span())

    tokens = _TOKEN.findall(work)
    lang = _language(tokens, _outside_blanks(text, work, where))

    period = _find_period(work, _Context(today=today, english=lang == "en", text=work))
    if period is not None:
        period_text = text[where[period.begin] : where[period.stop - 1] + 1]
        work = _blank(work, period.begin, period.stop)
    else:
        period_text = None

    keywords: list[str] = []
    for kind, stems in _KINDS:
        for m in kind.finditer(work):
            keywords.extend(s for s in stems if s not in keywords)
            work = _blank(work, *m.span())

    must = _MUST.search(work) is not None
    # "¿Qué talleres hay pendientes?" asks for workshops; "pendientes de Guatemala" for tasks.
    owed = _TASKS.search(work) is not None and not (keywords and country is None)
    if owed or (must and country is not None and period is None):
        intent: str | None = "tasks"
    elif must or _DUE.search(work) or _DUE_WEAK.search(work):
        intent = "due"
    elif keywords or _EVENTS.search(work):
        intent = "events"
    elif period is None and _NEXT.search(work):
        intent = "next"
    elif _UPCOMING.search(work) or _NEXT.search(work) or period is not None:
        intent = "upcoming"
    else:
        intent = None

    strong = bool(
        _TASKS.search(work) or _DUE.search(work) or _NEXT.search(work) or _UPCOMING.search(work)
    )
    asked = "?" in text or _ASKING.search(work) is not None
    rest = [t for t in _TOKEN.findall(work) if t not in _FILLER and not _all_cues(t)]
    if intent is None:
        # Only a country named ("¿Y Panamá?"): what is coming up for it.
        if country is None or rest:
            return None
        intent = "upcoming"
    elif (
        not strong
        and not asked
        and (
            courtesy
            or any(t in _STATEMENT for t in rest)
            or (len(rest) > 1 and period is None and country is None)
        )
    ):
        # A kind of event, a sending verb or a bare period is a question when it is (nearly) all
        # the message says ("talleres", "julio", "meetings in Honduras"), not in a remark or a
        # farewell.
        return None

    return Question(
        intent=intent,
        start=period.start if period else None,
        end=period.end if period else None,
        period_text=period_text,
        country=country,
        keywords=tuple(keywords),
        lang=lang,
    )


def _outside_blanks(text: str, work: str, where: list[int]) -> str:
    """The original characters of `text` whose folded form was not blanked (names, courtesies)."""
    kept = {where[i] for i, c in enumerate(work) if c != " "}
    return "".join(c for i, c in enumerate(text) if i in kept)


def _all_cues(token: str) -> bool:
    """Whether a left-over word is itself one of the words that ask (a cue of any intent)."""
    return any(
        p.fullmatch(token)
        for p in (_TASKS, _DUE, _DUE_WEAK, _MUST, _EVENTS, _NEXT, _UPCOMING, _ASKING)
    )
