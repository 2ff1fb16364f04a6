"""`crmbot db backup FILE`: a consistent copy of the SQLite store while a writer works, and a
restore the bot reads; on PostgreSQL the command names pg_dump instead."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fakes.bot_harness import BotProcess
from fakes.telegram_api import FakeTelegram
from sqlmodel import Session

from bot.cli import main
from storage.backup import BackupError, backup_sqlite, pg_dump_command
from storage.db import make_engine
from storage.subscribers import ensure_chat, follow_topic

NOW = datetime(2017, 6, 23, 15, 0, tzinfo=UTC)
FIRST_CHAT = 500_000


class Writer(threading.Thread):
    """Keep writing while the backup runs: each transaction adds a chat and its topic."""

    def __init__(self, database: Path) -> None:
        super().__init__(daemon=True)
        self.engine = make_engine(f"sqlite:///{database}")
        self.committed = 0
        self.stopping = threading.Event()
        self.enough = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                chat_id = FIRST_CHAT + self.committed
                with Session(self.engine) as session:
                    ensure_chat(session, chat_id=chat_id, now=NOW, lang="es", timezone="UTC")
                    follow_topic(session, chat_id=chat_id, topic=f"topic {chat_id}")
                    session.commit()
                self.committed += 1
                if self.committed >= 50:
                    self.enough.set()
        except BaseException as exc:
            self.error = exc
            self.enough.set()
        finally:
            self.engine.dispose()

    def stop(self) -> int:
        self.stopping.set()
        self.join(timeout=60)
        assert self.error is None, self.error
        return self.committed


@pytest.fixture
def live(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The samples store as the configured database, read from a folder without a .env."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{store}")
    return store


@pytest.fixture
def writer(live: Path) -> Iterator[Writer]:
    thread = Writer(live)
    thread.start()
    assert thread.enough.wait(timeout=60)
    yield thread
    thread.stop()


def read(database: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_a_backup_taken_while_a_writer_works_is_whole_and_consistent(
    live: Path, writer: Writer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "backups" / "crmbot-2017-06-23.sqlite3"
    target.parent.mkdir()
    before = writer.committed
    assert main(["db", "backup", str(target)]) == 0
    after = writer.committed
    writer.stop()
    assert f"copied to {target}" in capsys.readouterr().out

    # It opens, passes the integrity check, and is one file: no -wal beside it to copy along.
    assert read(target, "PRAGMA integrity_check") == [("ok",)]
    assert read(target, "PRAGMA journal_mode") == [("delete",)]
    assert not Path(f"{target}-wal").exists()
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no partial file left
    # It holds the data: the samples, as in the live database, and the writer's chats up to
    # one commit, each with its topic (never a chat without the topic of its transaction).
    for table in ("meeting", "document", "commitment", "commitment_group", "actor"):
        query = f"SELECT count(*) FROM {table}"
        assert read(target, query) == read(live, query) != [(0,)], table
    chats = read(target, f"SELECT count(*) FROM subscriber WHERE chat_id >= {FIRST_CHAT}")[0][0]
    assert isinstance(chats, int) and before <= chats <= after
    topics = read(
        target,
        "SELECT count(*) FROM subscriber_topic t JOIN subscriber s ON s.id = t.subscriber_id"
        f" WHERE s.chat_id >= {FIRST_CHAT}",
    )
    assert topics == [(chats,)]


def test_a_restored_backup_is_what_the_bot_reads(
    live: Path,
    tmp_path: Path,
    bot_env: dict[str, str],
    fake_telegram: FakeTelegram,
) -> None:
    backup = tmp_path / "crmbot.backup.sqlite3"
    assert main(["db", "backup", str(backup)]) == 0
    # The live database is lost; the restore is a copy of the backup in its place, with any
    # -wal and -shm of the lost one removed first (they belong to the old file).
    for path in (live, Path(f"{live}-wal"), Path(f"{live}-shm")):
        path.unlink(missing_ok=True)
    shutil.copyfile(backup, live)

    bot = BotProcess(tmp_path, bot_env)
    try:
        fake_telegram.wait_until_polling(timeout=60)
        ana = fake_telegram.user(1001, "Ana", language_code="es")
        fake_telegram.send_text(ana, "/start")
        question = fake_telegram.wait_for_message(
            ana, lambda m: "¿De qué país" in (m.text or ""), timeout=30
        )
        fake_telegram.press_button(ana, question, "Guatemala")
        fake_telegram.send_text(ana, "/next")
        answer = fake_telegram.wait_for_message(
            ana, lambda m: "Lo próximo" in (m.text or ""), timeout=30
        )
    finally:
        assert bot.stop() == 0, bot.output()
    # The restored samples are what the bot answers from (an empty store has nothing next).
    assert "Grupo Ad Hoc sobre migrantes extra-regionales" in answer.text
    assert read(live, "SELECT count(*) FROM subscriber WHERE chat_id = 1001") == [(1,)]


def test_a_backup_replaces_an_older_one_and_never_the_database(
    live: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "latest.sqlite3"
    target.write_text("yesterday's backup")
    assert main(["db", "backup", str(target)]) == 0
    assert read(target, "PRAGMA integrity_check") == [("ok",)]
    capsys.readouterr()

    assert main(["db", "backup", str(live)]) == 2
    assert "cannot be the database itself" in capsys.readouterr().err
    with pytest.raises(BackupError, match="no folder"):
        backup_sqlite(live, tmp_path / "missing" / "x.sqlite3")
    with pytest.raises(BackupError, match="no database"):
        backup_sqlite(tmp_path / "nothing.sqlite3", tmp_path / "x.sqlite3")
    assert read(live, "PRAGMA integrity_check") == [("ok",)]


def test_on_postgresql_the_command_names_pg_dump_without_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://crmbot:s3cret@db:5432/crmbot")
    assert main(["db", "backup", "crmbot.dump"]) == 2
    err = capsys.readouterr().err
    assert "pg_dump --format=custom --file crmbot.dump postgresql://crmbot@db:5432/crmbot" in err
    assert "s3cret" not in err
    assert not (tmp_path / "crmbot.dump").exists()
    assert pg_dump_command("postgres://u@h/d", Path("a b.dump")).endswith(
        "--file 'a b.dump' postgresql://u@h/d"
    )
