"""Document text -> Extraction."""

from __future__ import annotations

from datetime import date

from extractors.model import Extraction, Meeting


def extract(text: str, *, reference_date: date | None = None) -> Extraction:
    """Extract the meeting, dated commitments and open tasks from a document's text."""
    return Extraction(document=Meeting())
