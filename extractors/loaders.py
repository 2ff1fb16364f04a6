"""Read a document file into plain text."""

from __future__ import annotations

from pathlib import Path

from extractors.errors import UnusableInput


def load_text(path: Path) -> str:
    """Return the text of a document, or raise UnusableInput."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnusableInput(f"cannot read file ({exc.strerror})") from exc
    if not data.strip():
        raise UnusableInput("the file is empty")
    return data.decode("utf-8", errors="replace")
