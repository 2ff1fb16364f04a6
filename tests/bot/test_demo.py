"""`crmbot demo` on a fresh data folder: no token, no network, the bot's own handlers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def demo(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CRMBOT_"))}
    env |= {"DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "demo", *args],
        cwd=tmp_path,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_demo_shows_a_conversation_after_the_latest_sample_meeting(tmp_path: Path) -> None:
    done = demo(tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Demo date: 2021-12-02" in out
    assert "> /start" in out and "¿De qué país es su delegación?" in out
    assert "> /next" in out and "primer trimestre de 2022" in out
    assert "Pendiente de Guatemala" in out
    assert (tmp_path / "data" / "crmbot.sqlite3").is_file()


def test_demo_chat_answers_piped_lines_with_the_bots_handlers(tmp_path: Path) -> None:
    lines = "/next\n¿Qué vence en julio?\n[1]\nwhat is due in July for Panamá?\n"
    done = demo(tmp_path, "--chat", "--as-of", "2017-06-23", stdin=lines)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "> /next" in out and "15 de julio de 2017 · faltan 22 días" in out
    assert "Plazos · julio de 2017" in out
    assert "«a más tardar el 15 de julio»" in out  # [1] opened the first item
    assert "Plazos · julio de 2017 · Panamá" in out


def test_demo_chat_says_which_files_it_would_send(tmp_path: Path) -> None:
    done = demo(tmp_path, "--chat", "--as-of", "2017-06-23", stdin="/ics\n/timeline\n")
    assert done.returncode == 0, done.stderr
    assert "bot (document): crm.ics, " in done.stdout
    assert "bot (photo): " in done.stdout


def test_a_negative_number_of_days_is_refused(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CRMBOT_"))}
    env |= {"DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "upcoming", "--days", "-5"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "days must be between 1 and 3650" in done.stderr
