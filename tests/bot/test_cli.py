"""The command line loads only what the chosen sub-command needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "000_fe613b9cfbbc395e.txt"


def test_extract_loads_neither_the_store_nor_telegram() -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['extract', {str(SAMPLE)!r}])\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'storage', 'telegram', 'sqlalchemy'})\n"
        "print(status, loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "0 []"


def test_help_lists_every_sub_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    for command in ("extract", "ingest", "upcoming", "tasks", "db", "run", "demo"):
        assert command in done.stdout
