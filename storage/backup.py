"""A consistent copy of the SQLite store while the bot runs, with SQLite's online backup API.

The copy is taken in one step, inside one read transaction: in WAL mode writers go on meanwhile
and the copy is the database as of one commit. It is written beside the target under a temporary
name, switched to a single file (no -wal beside it), checked with `PRAGMA integrity_check`, and
only then renamed to the target, so a failed backup never leaves a half-written file under the
name an operator expects. PostgreSQL is backed up with `pg_dump` (see deploy/README.md).
"""

from __future__ import annotations

import os
import shlex
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from storage.db import normalize_url

# How long to wait for a lock the bot holds (a checkpoint, a schema change) before giving up.
BUSY_TIMEOUT_SECONDS = 30


class BackupError(Exception):
    """The backup could not be made; the message says why."""


@dataclass(frozen=True)
class Backup:
    """What was copied: the source file, the backup file, its size and pages."""

    source: Path
    target: Path
    size: int
    pages: int


def sqlite_path(url: str) -> Path | None:
    """Return the file of a SQLite URL, or None when the URL is not a SQLite file."""
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser().resolve()


def backup_sqlite(source: Path, target: Path) -> Backup:
    """Copy the SQLite database `source` to `target` (replaced if it exists) while others write."""
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    target = target.expanduser().resolve()
    if target == source or target.name in (f"{source.name}-wal", f"{source.name}-shm"):
        raise BackupError("the backup file cannot be the database itself")
    if not target.parent.is_dir():
        raise BackupError(f"no folder {target.parent}")
    handle, partial_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".partial", dir=target.parent
    )
    os.close(handle)
    partial = Path(partial_name)
    try:
        _copy(source, partial)
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    check = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    try:
        pages = int(check.execute("PRAGMA page_count").fetchone()[0])
    finally:
        check.close()
    return Backup(source=source, target=target, size=target.stat().st_size, pages=pages)


def _copy(source: Path, partial: Path) -> None:
    # Read-only, so the backup can never write to the live database.
    live = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    copy = sqlite3.connect(partial)
    try:
        # pages=-1 (the default): every page in one step, so the copy is one snapshot. A
        # step-wise copy restarts whenever another connection writes, which a busy bot does.
        live.backup(copy)
        # The copy inherits WAL mode; as a single file it can be moved and restored alone.
        copy.execute("PRAGMA journal_mode=DELETE")
        verdict = copy.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            problems = "; ".join(str(row[0]) for row in verdict[:3])
            raise BackupError(f"the copy fails its integrity check: {problems}")
    finally:
        copy.close()
        live.close()


def pg_dump_command(url: str, target: Path) -> str:
    """Return the pg_dump command line that backs up the PostgreSQL database of `url`.

    The password is left out: pg_dump reads it from PGPASSWORD or ~/.pgpass.
    """
    # URL.set() takes None as "unchanged"; the URL is a named tuple, so _replace drops it.
    parsed = make_url(normalize_url(url)).set(drivername="postgresql")._replace(password=None)
    address = parsed.render_as_string(hide_password=False)
    return f"pg_dump --format=custom --file {shlex.quote(str(target))} {shlex.quote(address)}"
