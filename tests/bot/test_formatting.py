"""How items read: dates and windows in both languages, days left, escaping, and the limits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from bot.callbacks import ListQuery, checked, parse_item, parse_list
from bot.catalog import load_catalog
from bot.formatting import MESSAGE_LIMIT, clip, days_left_text, escape, fit, when_text
from storage.models import Commitment


def item(kind: str, start: date | None, end: date, precision: str = "day") -> Commitment:
    return Commitment(
        kind=kind,
        start=start,
        end=end,
        precision=precision,
        quote="q",
        group_id=1,
        meeting_id=1,
        document_id=1,
        lang="es",
        match_key="k",
        search_text="q",
    )


@pytest.mark.parametrize(
    ("start", "end", "precision", "es", "en"),
    [
        (None, date(2017, 7, 15), "day", "15 de julio de 2017", "July 15, 2017"),
        (date(2017, 8, 8), date(2017, 8, 9), "day", "8–9 de agosto de 2017", "Aug 8 – 9, 2017"),
        (
            date(2017, 1, 1),
            date(2017, 6, 30),
            "semester",
            "primer semestre de 2017",
            "first half of 2017",
        ),
        (
            date(2017, 7, 1),
            date(2017, 12, 31),
            "semester",
            "segundo semestre de 2017",
            "second half of 2017",
        ),
        (
            date(2022, 1, 1),
            date(2022, 3, 31),
            "quarter",
            "primer trimestre de 2022",
            "first quarter of 2022",
        ),
        (date(2017, 7, 1), date(2017, 7, 31), "month", "julio de 2017", "July 2017"),
        (date(2017, 1, 1), date(2017, 12, 31), "year", "2017", "2017"),
    ],
)
def test_dates_and_windows_read_in_each_language(
    start: date | None, end: date, precision: str, es: str, en: str
) -> None:
    commitment = item("deadline", start, end, precision)
    assert when_text(commitment, "es").replace("\u2009", " ") == es
    assert when_text(commitment, "en").replace("\u2009", " ") == en


def test_a_vague_date_says_it_is_approximate() -> None:
    vague = item("deadline", date(2018, 2, 1), date(2018, 3, 31), "vague")
    assert when_text(vague, "es").endswith("(fecha aproximada)")
    assert when_text(vague, "en").endswith("(approximate date)")


@pytest.mark.parametrize(
    ("kind", "start", "end", "today", "es", "en"),
    [
        ("deadline", None, date(2017, 7, 15), date(2017, 6, 23), "faltan 22 días", "in 22 days"),
        ("deadline", None, date(2017, 7, 15), date(2017, 7, 15), "hoy", "today"),
        ("deadline", None, date(2017, 7, 15), date(2017, 7, 14), "mañana", "tomorrow"),
        (
            "deadline",
            None,
            date(2017, 7, 15),
            date(2017, 7, 16),
            "vencido ayer",
            "overdue since yesterday",
        ),
        (
            "deadline",
            None,
            date(2017, 7, 15),
            date(2017, 7, 20),
            "vencido hace 5 días",
            "overdue by 5 days",
        ),
        (
            "deadline",
            None,
            date(2017, 7, 15),
            date(2019, 7, 20),
            "vencido hace 2 años",
            "overdue by 2 years",
        ),
        (
            "event",
            date(2017, 8, 8),
            date(2017, 8, 9),
            date(2017, 8, 1),
            "faltan 7 días",
            "in 7 days",
        ),
        ("event", date(2017, 8, 8), date(2017, 8, 9), date(2017, 8, 9), "en curso", "ongoing"),
        ("deadline", date(2017, 1, 1), date(2017, 6, 30), date(2017, 3, 1), "en curso", "ongoing"),
    ],
)
def test_days_left_counts_from_the_readers_today(
    kind: str, start: date | None, end: date, today: date, es: str, en: str
) -> None:
    commitment = item(kind, start, end)
    assert days_left_text(commitment, today, "es") == es
    assert days_left_text(commitment, today, "en") == en


def test_document_text_is_escaped_for_telegram_html() -> None:
    assert escape('A & B <script> "x"') == 'A &amp; B &lt;script&gt; "x"'
    assert clip("uno dos tres cuatro cinco", 14) == "uno dos tres…"


def test_a_message_is_cut_at_whole_lines_under_the_limit() -> None:
    lines = [f"<b>{i}</b> " + "x" * 90 for i in range(100)]
    text = fit("\n".join(lines))
    assert len(text) <= MESSAGE_LIMIT
    assert text.endswith("\n…")
    assert all(line.count("<b>") == line.count("</b>") for line in text.split("\n"))


@pytest.mark.parametrize(
    "query",
    [
        ListQuery("n"),
        ListQuery("p", 9995, date(2017, 7, 1), date(2017, 7, 31), "GT", ("taller", "workshop")),
        ListQuery("e", 5, date(2017, 1, 1), date(2018, 12, 31), None, ("capacitacion",)),
    ],
)
def test_page_buttons_fit_64_bytes_and_read_back_the_same(query: ListQuery) -> None:
    data = query.encode()
    assert len(data.encode()) <= 64
    assert parse_list(data) == query


def test_keywords_that_do_not_fit_are_dropped_whole() -> None:
    query = ListQuery("e", 0, keywords=("videoconferencia", "videoconference", "seminario"))
    assert parse_list(query.encode()) == ListQuery("e", 0, keywords=("videoconferencia",))


@pytest.mark.parametrize(
    "data",
    [
        "P:n:0:::",  # wrong field count is fine, but ...
        "P:x:0:::",
        "P:n:-1:::",
        "P:n:0:20170231-20170301::",
        "P:n:0:20170801-20170701::",
        "P:n:0::GTM12:",
        "P:e:0:::Taller",
        "P:e:0:::" + "a" * 31,
    ],
)
def test_forged_page_buttons_are_refused(data: str) -> None:
    if data == "P:n:0:::":
        assert parse_list(data) == ListQuery("n")
    else:
        assert parse_list(data) is None


def test_item_buttons_and_payload_checks() -> None:
    assert parse_item("I:42") == 42
    assert parse_item("I:42:1") is None and parse_item("I:-3") is None
    with pytest.raises(ValueError):
        checked("x" * 65)
    with pytest.raises(ValueError):
        checked("país")


def test_countries_outside_the_forum_read_in_each_language(session: Session) -> None:
    catalog = load_catalog(session)
    assert catalog.actor_name("Kenia", "en") == "Kenya"
    assert catalog.actor_name("Costa de Marfil", "es") == "Costa de Marfil"
    # The forum's own records stand, and are not offered as member countries twice.
    assert catalog.actor_name("México", "en") == "Mexico"
    assert [c.canonical for c in catalog.countries].count("México") == 1
    assert catalog.country("Kenia") is None
    # Other bodies' actors too.
    assert catalog.actor_name("OMPI", "en") == "WIPO"
    assert catalog.actor_name("Estados Partes", "en") == "States Parties"
    assert catalog.actor_name("Secretaría", "es") == "Secretaría"
