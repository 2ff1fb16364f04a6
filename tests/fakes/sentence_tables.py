"""What the tables of real sentences share: reading a row's items, marking the rows the
extractor still misreads as strict xfails, and checking where the rows come from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from fakes.provenance import HELDOUT, SHARED, allowed_source, read_texts, shares_a_sentence

from extractors.pipeline import extract

Item = tuple[str, str | None, str]


def found(text: str, ref: str | None = None) -> list[Item]:
    """(kind initial, start, end) of each item extracted, read on `ref` when given."""
    result = extract(text, reference_date=date.fromisoformat(ref) if ref else None)
    return [
        (c.kind[0], c.start.isoformat() if c.start else None, c.end.isoformat())
        for c in result.commitments
    ]


def without_deadline_starts(items: list[Item]) -> list[Item]:
    """A deadline's start is not compared (a window's start is allowed, a day's is None)."""
    return [(k, s if k == "e" else None, e) for k, s, e in items]


def params(rows: Sequence[tuple[Any, ...]], gaps: dict[str, str]) -> list[Any]:
    """pytest params of (text, ref, expected) for each row, a strict xfail where `gaps` names
    the row by the start of its text."""
    out = []
    for text, ref, want, _ in rows:
        gap = next((why for start, why in gaps.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        out.append(pytest.param(text, ref, want, marks=marks))
    return out


def check_gaps(gaps: dict[str, str], table: Sequence[tuple[Any, ...]]) -> None:
    """Every gap names a row of its table by the start of the row's text."""
    for start in gaps:
        assert any(row[0].startswith(start) for row in table), start


def check_sources(*tables: Sequence[tuple[Any, ...]]) -> None:
    """Every row says where it was read, at an allowed address, and no text is there twice."""
    for table in tables:
        for row in table:
            assert allowed_source(row[3]), row[3]
        assert len({row[0] for row in table}) == len(table)


def check_provenance(*tables: Sequence[tuple[Any, ...]]) -> None:
    """No row shares a stretch of 90 characters with the corpora, the gold files or the
    held-out documents (see tests/fakes/provenance.py)."""
    if not SHARED.is_dir():
        pytest.skip("no shared/ folder beside the repository")
    gold = read_texts([SHARED / "corpus", SHARED / "eval", *sorted(HELDOUT.glob("heldout*"))])
    for table in tables:
        for row in table:
            assert not shares_a_sentence(row[0], gold), row[0]
