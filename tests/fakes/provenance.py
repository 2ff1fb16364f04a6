"""Where the extractor's test sentences may come from, checked the same way by every table.

A sentence must say where it was read, not from a site of the bodies whose documents make up the
hidden evaluation sets, and no stretch of 90 characters of it (a shorter one whole) may be in the
shared corpora and gold files or in the held-out documents: set phrases ("The Governing Body
requested the Director-General") may be shared, sentences may not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
HELDOUT = Path(__file__).resolve().parents[1] / "data"

# Where the documents of the hidden evaluation sets come from: no sentence may be read there.
HIDDEN_SET_SITES = (
    "coe.int",
    "consilium.europa.eu",
    "cbd.int",
    "unfccc.int",
    "wto.org",
    "unesco.org",
    "au.int",
    "mercosur.int",
    "comunidadandina.org",
    "fao.org",
    "csmigraciones.org",
    "ecosoc",
    "imo.org",
    "albatcp",
    "parlacen.int",
    "alianzapacifico.net",
    "igad.int",
    "sadc.int",
    "arctic-council.org",
)
_ADDRESS = re.compile(r"https?://[^\s/]+\.[a-z]{2,}/")


def allowed_source(address: str) -> bool:
    """A web address, and not one of the hidden sets' sites."""
    return bool(_ADDRESS.match(address)) and not any(
        site in address.lower() for site in HIDDEN_SET_SITES
    )


def read_texts(folders: Iterable[Path]) -> str:
    """Every text, gold and note file under `folders`, whitespace flattened, one per line."""
    return "\n".join(
        " ".join(path.read_text(errors="ignore").split())
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file() and path.suffix in (".txt", ".json", ".md")
    )


def shares_a_sentence(text: str, corpus: str) -> bool:
    """Whether a stretch of 90 characters of `text` (or all of a shorter one) is in `corpus`."""
    flat = " ".join(text.split())
    windows = {flat[i : i + 90] for i in range(0, max(1, len(flat) - 89), 30)}
    return any(w in corpus for w in windows)
