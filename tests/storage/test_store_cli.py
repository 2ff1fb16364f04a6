"""The store's commands end to end, on a SQLite file named by DATABASE_URL."""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from factories import count, ingest, san_salvador_en, san_salvador_es
from sqlmodel import Session, select

from bot.cli import main
from storage.db import current_revision, head_revision, make_engine, open_engine
from storage.models import Commitment, Document

TEXT = "Conclusiones de la reunión.\nQue los Países Miembros remitan información.\n"


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    # A clean working directory: no developer's .env is read.
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def stored(url: str) -> dict[str, int]:
    engine = make_engine(url)
    with Session(engine) as session:
        counts = {t: count(session, t) for t in ("document", "commitment", "meeting")}
    engine.dispose()
    return counts


def test_db_upgrade_creates_the_schema(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out == "crmbot: database schema is current\n"
    engine = make_engine(database)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_ingesting_a_file_twice_stores_it_once(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "acta.txt"
    document.write_text(TEXT, encoding="utf-8")
    assert main(["ingest", str(document)]) == 0
    first = capsys.readouterr().out
    assert first.startswith(f"{document} [es] ")
    assert ": new, " in first
    assert main(["ingest", str(document), "--publish"]) == 0
    assert "already stored, nothing changed" in capsys.readouterr().out
    assert stored(database)["document"] == 1


def test_an_unusable_file_stores_nothing_and_says_why(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    # The good document is stored; the bad one is reported; the exit status says one failed.
    assert main(["ingest", str(empty), str(good)]) == 2
    captured = capsys.readouterr()
    # One line naming the file and the loader's reason.
    assert captured.err.startswith(f"crmbot: {empty}: ")
    assert captured.err.count("\n") == 1
    assert stored(database)["document"] == 1


def test_a_folder_is_ingested_document_by_document(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.md").write_text(TEXT + "Y algo más.\n", encoding="utf-8")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    assert main(["ingest", str(folder)]) == 0
    out = capsys.readouterr().out
    assert [line.split(" ")[0] for line in out.splitlines() if not line.startswith(" ")] == [
        str(folder / "a.txt"),
        str(folder / "b.md"),
    ]
    assert stored(database)["document"] == 2


def test_a_url_is_fetched_when_private_addresses_are_allowed(
    database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "acta.txt").write_text(TEXT, encoding="utf-8")
    handler = partial(QuietHandler, directory=str(site))
    with serving(handler) as base:
        assert main(["ingest", f"{base}/acta.txt"]) == 2
        assert "resolves to a loopback address" in capsys.readouterr().err
        assert stored(database)["document"] == 0
        monkeypatch.setenv("ALLOW_PRIVATE_URLS", "true")
        assert main(["ingest", f"{base}/acta.txt"]) == 0
    assert capsys.readouterr().out.startswith(f"{base}/acta.txt [es] ")
    engine = make_engine(database)
    with Session(engine) as session:
        assert session.exec(select(Document)).one().source == f"{base}/acta.txt"
    engine.dispose()


def test_upcoming_and_tasks_print_items_with_their_source(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_engine(database)
    assert main(["db", "upgrade"]) == 0
    with Session(engine) as session:
        ingest(session, san_salvador_es(), source="/corpus/000_fe613b9cfbbc395e.txt")
        ingest(session, san_salvador_en(), source="/corpus/en.txt", publish=False)
        session.commit()
    capsys.readouterr()

    assert main(["upcoming", "--as-of", "2017-06-23", "--json", "--published-only"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["ref"], i["end"]) for i in items] == [
        ("23", "2017-07-07"),
        ("16.a", "2017-07-15"),
        ("24", "2017-07-18"),
        ("26", "2017-08-09"),
        ("27", "2017-08-31"),
        ("16.c", "2017-09-22"),
    ]
    assert {i["source"] for i in items} == {"/corpus/000_fe613b9cfbbc395e.txt"}

    assert main(["upcoming", "--as-of", "2017-06-23", "--country", "guatemala"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Coming up for Guatemala from 2017-06-23, next 120 days: 5 items\n")
    assert "source: 000_fe613b9cfbbc395e.txt §27 — “Guatemala enviará" in out

    # The English drafts are listed for the secretariat, marked as drafts.
    assert main(["upcoming", "--as-of", "2017-06-23", "--lang", "en", "--days", "20"]) == 0
    out = capsys.readouterr().out
    assert "IV Meeting of the Ad Hoc Group" in out and "[draft]" in out

    assert main(["tasks", "--country", "Guatemala", "--as-of", "2017-08-01"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Outstanding for Guatemala as of 2017-08-01: 3 items"
    assert "Remitir información" in out.splitlines()[2] and "OVERDUE" in out.splitlines()[2]
    engine.dispose()


def test_an_unknown_country_is_an_error(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "--country", "Atlantis"]) == 2
    assert capsys.readouterr().err == "crmbot: unknown country or actor: 'Atlantis'\n"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class serving:
    def __init__(self, handler: object) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # type: ignore[arg-type]

    def __enter__(self) -> str:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_date_in_the_files_name_gives_a_yearless_document_its_year(
    database: str, tmp_path: Path
) -> None:
    # a release that prints no year: the name it was saved under carries one
    document = tmp_path / "saarc-council_2009-02.txt"
    document.write_text(
        "SAARC Foreign Ministers to meet in Colombo\n\nThe Council of Ministers will meet in"
        " Colombo on 27-28 February for its Inter-Summit Session.\n",
        encoding="utf-8",
    )
    assert main(["ingest", str(document)]) == 0
    engine = make_engine(database)
    with Session(engine) as session:
        ends = [c.end for c in session.exec(select(Commitment)) if c.end is not None]
    engine.dispose()
    assert [end.isoformat() for end in ends] == ["2009-02-28"]
