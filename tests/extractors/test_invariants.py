"""Invariants of every dated commitment, enforced where items are built."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.invariants import enforce
from extractors.loaders import load_text
from extractors.model import Commitment
from extractors.pipeline import extract

TEXT = "Que los Países Miembros remitan, a más tardar el 15 de julio, información sobre políticas."
AT = TEXT.index("a más tardar")
QUOTE = TEXT[:-1]


def item(**changes: object) -> Commitment:
    fields: dict[str, object] = {
        "kind": "deadline",
        "date_text": "a más tardar el 15 de julio",
        "start": None,
        "end": date(2017, 7, 15),
        "precision": "day",
        "quote": QUOTE,
    }
    fields.update(changes)
    return Commitment(**fields)  # type: ignore[arg-type]


def test_a_sound_item_passes_unchanged() -> None:
    c = item()
    assert enforce(c, TEXT, AT) == (c, None)


@pytest.mark.parametrize(
    ("changes", "at", "reason"),
    [
        ({"start": date(2017, 7, 20)}, AT, "dropped: ends before it starts"),
        ({"date_text": "a más tardar el 15 de julio de 2017"}, AT, "dropped: the date is not"),
        ({}, AT + 1, "dropped: the date is not"),
        ({"quote": "Que los Países Miembros envíen"}, AT, "dropped: the quote is not a verbatim"),
        ({"quote": "información sobre políticas"}, AT, "dropped: the quote is not a verbatim"),
        ({"date_text": "  "}, AT, "dropped: the date is not"),
    ],
)
def test_broken_items_are_dropped_with_a_reason(
    changes: dict[str, object], at: int, reason: str
) -> None:
    kept, why = enforce(item(**changes), TEXT, at)
    assert kept is None
    assert why is not None and why.startswith(reason)


@pytest.mark.parametrize(
    ("precision", "start", "end", "repaired"),
    [
        ("month", date(2017, 7, 1), date(2017, 7, 31), False),
        ("month", date(2017, 10, 1), date(2017, 11, 30), False),
        ("month", date(2017, 7, 1), date(2017, 12, 31), True),
        ("week", date(2017, 7, 3), date(2017, 7, 7), False),
        ("week", date(2017, 7, 1), date(2017, 7, 31), True),
        ("quarter", date(2017, 1, 1), date(2017, 3, 31), False),
        ("semester", date(2017, 1, 1), date(2017, 12, 31), True),
        ("year", date(2017, 1, 1), date(2017, 12, 31), False),
        ("vague", date(2017, 1, 1), date(2018, 12, 31), False),
    ],
)
def test_precision_fits_the_span(precision: str, start: date, end: date, repaired: bool) -> None:
    c = item(kind="event", precision=precision, start=start, end=end)
    kept, why = enforce(c, TEXT, AT)
    assert kept is not None
    assert kept.precision == ("vague" if repaired else precision)
    assert (why is not None) is repaired


def test_a_quote_cut_inside_the_date_is_stretched_to_hold_it() -> None:
    kept, why = enforce(item(quote="Que los Países Miembros remitan, a más tardar el 15"), TEXT, AT)
    assert kept is not None
    assert kept.quote == "Que los Países Miembros remitan, a más tardar el 15 de julio"
    assert why == "repaired: the quote stretched to hold the date"


SAMPLES = sorted(Path(__file__).resolve().parents[2].joinpath("samples").glob("*.*"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_extracted_item_holds_the_invariants(path: Path) -> None:
    text = load_text(path)
    result = extract(text, reference_date=date(2017, 6, 22))
    assert result.commitments
    for c in result.commitments:
        assert c.start is None or c.start <= c.end
        assert c.date_text in c.quote
        assert c.quote in text
