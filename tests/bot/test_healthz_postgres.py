"""/healthz from the real `crmbot run` on a PostgreSQL server of its own: 200 while the server
runs, 503 (and crmbot_database_up 0) once it is stopped, with the bot still running."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import PG_URL_VARIABLE, actor_records
from fakes.bot_harness import BotProcess
from fakes.telegram_api import FakeTelegram
from sqlmodel import Session

from storage.actors import seed_actors
from storage.db import make_engine, upgrade

pytestmark = pytest.mark.postgres

PG_SERVER = Path(__file__).resolve().parents[1] / "pg-server"
STARTUP = 60


@pytest.fixture
def own_postgres() -> Iterator[tuple[str, Path]]:
    """A throwaway PostgreSQL server for this test alone (it gets stopped); yield its URL."""
    if not os.environ.get(PG_URL_VARIABLE):
        pytest.skip(f"{PG_URL_VARIABLE} is not set: no PostgreSQL for this run")
    started = subprocess.run(
        [str(PG_SERVER), "start"], capture_output=True, text=True, check=True, timeout=120
    )
    exports = dict(re.findall(r"export (\w+)='([^']*)'", started.stdout))
    directory = Path(exports["PG_SERVER_DIR"])
    try:
        yield exports["TEST_DATABASE_URL"], directory
    finally:
        subprocess.run([str(PG_SERVER), "stop", str(directory)], check=False, timeout=60)


def stop_server(directory: Path) -> None:
    subprocess.run([str(PG_SERVER), "stop", str(directory)], check=True, timeout=60)


def test_healthz_turns_503_when_the_database_is_stopped(
    own_postgres: tuple[str, Path],
    bot_env: dict[str, str],
    fake_telegram: FakeTelegram,
    tmp_path: Path,
) -> None:
    url, directory = own_postgres
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        seed_actors(session, actor_records())
        session.commit()
    engine.dispose()
    bot = BotProcess(tmp_path, bot_env | {"DATABASE_URL": url})
    try:
        fake_telegram.wait_until_polling(timeout=STARTUP)
        found = re.search(r"HTTP on [\d.]+:(\d+)", bot.output())
        assert found, bot.output()
        base = f"http://127.0.0.1:{found.group(1)}"
        with httpx.Client(timeout=30) as client:
            up = client.get(base + "/healthz")
            assert up.status_code == 200, up.text
            assert up.json()["database"] == "ok"
            assert "crmbot_database_up 1\n" in client.get(base + "/metrics").text
            stop_server(directory)
            down = client.get(base + "/healthz")
            assert down.status_code == 503, down.text
            assert down.json()["database"] == "unreachable" and down.json()["status"] == "unhealthy"
            page = client.get(base + "/metrics")
            assert page.status_code == 200 and "crmbot_database_up 0\n" in page.text
            assert "\ncrmbot_outbox_depth " not in page.text, "unknown depth: no sample"
        assert bot.process.poll() is None, "the bot keeps running without its database"
    finally:
        bot.stop()
    assert "the database does not answer" in bot.output()
