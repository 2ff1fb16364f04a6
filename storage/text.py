"""Text folding shared by writes and reads, so search and name lookup ignore accents and case."""

from __future__ import annotations

import hashlib
import unicodedata


def fold(text: str | None) -> str:
    """Return text without accents, case-folded, with whitespace collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def content_hash(text: str) -> str:
    """Return the SHA-256 of a document's text, blind to line endings and trailing spaces."""
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    canonical = "\n".join(lines).strip()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def like_pattern(text: str) -> str:
    """Return a LIKE pattern matching `text` anywhere, with LIKE's wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
