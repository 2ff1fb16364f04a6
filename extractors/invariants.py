"""What every dated commitment must satisfy, checked where it is built.

`end` is not before `start`; `date_text` and `quote` are verbatim pieces of the document, the
date inside its quote; `precision` fits the span from `start` to `end`. An item that breaks
the first two is dropped; a precision that claims more than its span holds becomes "vague".
Each drop or repair carries its reason, shown by `crmbot extract --explain`.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.model import Commitment

# The longest span, in days, each precision can name ("octubre-noviembre" is two months).
_LONGEST = {
    "week": 14,
    "month": 62,
    "quarter": 92,
    "semester": 184,
    "year": 366,
}


def enforce(c: Commitment, text: str, at: int) -> tuple[Commitment | None, str | None]:
    """Return the commitment (repaired if need be) or None, and the reason for a change.

    `at` is where the date expression begins in `text`, the document as loaded.
    """
    change = None
    if c.start is not None and c.end < c.start:
        return None, f"dropped: ends before it starts ({c.start} > {c.end})"
    if not c.date_text.strip() or not text.startswith(c.date_text, at):
        return None, "dropped: the date is not verbatim in the document"
    # A quote that holds the date lies within len(quote) of it on either side.
    window = text[max(0, at + len(c.date_text) - len(c.quote)) : at + len(c.quote)]
    if not c.quote or c.quote not in window:
        q = text.find(c.quote, max(0, at - len(c.quote)), at + len(c.quote)) if c.quote else -1
        if not 0 <= q <= at:
            return None, "dropped: the quote is not a verbatim piece around the date"
        # The quote stops before the date ends ("by Oct" for "by Oct. 15"): stretch it.
        c = replace(c, quote=text[q : at + len(c.date_text)])
        change = "repaired: the quote stretched to hold the date"
    longest = _LONGEST.get(c.precision)
    if longest is not None and c.start is not None and (c.end - c.start).days + 1 > longest:
        days = (c.end - c.start).days + 1
        change = f"repaired: {days} days is not a {c.precision}"
        c = replace(c, precision="vague")
    return c, change
