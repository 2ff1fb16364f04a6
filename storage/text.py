"""Text folding shared by writes and reads, so search and name lookup ignore accents and case."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def fold(text: str | None) -> str:
    """Return text without accents, case-folded, with whitespace collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


_WORD = re.compile(r"[^\W_]+")


def search_words(*texts: str | None) -> str:
    """Return the folded words (runs of letters and digits) of `texts`, space-separated.

    This is what search indexes: both the SQLite FTS5 `unicode61` tokenizer and PostgreSQL's
    text-search parser split it into exactly these words.
    """
    return " ".join(_WORD.findall(fold(" ".join(t for t in texts if t))))


def content_hash(text: str) -> str:
    """Return the SHA-256 of a document's text, blind to line endings and trailing spaces."""
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    canonical = "\n".join(lines).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
