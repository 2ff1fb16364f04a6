"""Fixtures for the bot's tests: a store holding the sample documents, a fake clock, and the
real Application talking to the fake Bot API server, fed real `Update` objects; and the real
`crmbot run` process (`BotProcess`) with the environment a deployment gives it (`bot_env`)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fakes.clock import FakeClock
from fakes.log_check import leaks
from fakes.telegram_api import DEFAULT_TOKEN, FakeTelegram, Limits, Message, Rate, User
from sqlalchemy.engine import Engine
from telegram import Update
from telegram.ext import Application

from bot.app import build_application, post_init, post_shutdown
from bot.settings import Settings
from bot.store_cli import ingest_sources, open_store
from storage.db import make_engine

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# The day after the GRCM of San Salvador (20-22 June 2017), 09:00 in Mexico City.
DEMO_NOW = datetime(2017, 6, 23, 15, 0, tzinfo=UTC)
# A chat in these tests sends a few messages a second, more than Telegram lets a bot answer
# without 429s; tests/bot/test_end_to_end.py keeps Telegram's own limits.
ROOMY = Limits(
    private_chat=Rate(burst=100, per_second=100.0), group=Rate(burst=100, per_second=100.0)
)


def settings_for(database: Path, telegram: FakeTelegram | None = None, **extra: Any) -> Settings:
    """Return settings for a store file (and a fake Bot API), ignoring any .env."""
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{database}",
        "data_dir": database.parent,
        "crmbot_timezone": "America/Mexico_City",
        # The calendar feed server takes any free port, never a fixed one another test holds.
        "crmbot_http_port": 0,
    }
    if telegram is not None:
        values |= {"telegram_bot_token": telegram.token, "telegram_api_base_url": telegram.base_url}
    return Settings(_env_file=None, **(values | extra))  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ingest the sample documents (published) into a SQLite file once."""
    path = tmp_path_factory.mktemp("store") / "samples.sqlite3"
    settings = settings_for(path)
    engine = open_store(settings)
    assert engine is not None
    failures = ingest_sources(engine, [str(SAMPLES)], settings=settings, publish=True, as_of=None)
    engine.dispose()
    assert failures == 0
    return path


@pytest.fixture
def store(samples_store: Path, tmp_path: Path) -> Path:
    """A fresh copy of the samples store for one test."""
    path = tmp_path / "crmbot.sqlite3"
    shutil.copyfile(samples_store, path)
    return path


@pytest.fixture
def clock() -> FakeClock:
    """The bot's clock, standing on the day after the San Salvador meeting."""
    return FakeClock(DEMO_NOW)


class BotHarness:
    """The real Application, fed updates the fake server builds, answering through it."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        telegram: FakeTelegram,
        engine: Engine,
    ) -> None:
        self.application = application
        self.telegram = telegram
        self.engine = engine

    async def say(self, user: User, text: str, **where: Any) -> None:
        """Deliver a message from `user` (in a group with chat=...) and let the bot answer it."""
        update = self.telegram.send_text(user, text, **where)
        if update is not None:
            await self.application.process_update(Update.de_json(update, self.application.bot))

    async def press(self, user: User, message: Message, text: str) -> None:
        """Press the button labelled `text` and let the bot handle it."""
        query = self.telegram.press_button(user, message, text)
        await self._deliver_press(query.id)

    async def press_data(self, user: User, message: Message, data: str) -> None:
        """Press a button with arbitrary (possibly forged) data and let the bot handle it."""
        query = self.telegram.press(user, message, data)
        await self._deliver_press(query.id)

    async def _deliver_press(self, query_id: str) -> None:
        update = next(
            u
            for u in self.telegram.pending_updates
            if u.get("callback_query", {}).get("id") == query_id
        )
        await self.application.process_update(Update.de_json(update, self.application.bot))

    def last(self, chat: Any) -> Message:
        """Return the bot's latest message in a chat."""
        sent = self.replies(chat)
        assert sent, "the bot sent nothing in this chat"
        return sent[-1]

    def replies(self, chat: Any) -> list[Message]:
        """Return every message the bot sent in a chat."""
        return [m for m in self.telegram.messages(chat) if m.from_bot]


@pytest.fixture
async def harness(
    store: Path, clock: FakeClock, fake_telegram_factory: Callable[..., FakeTelegram]
) -> AsyncIterator[BotHarness]:
    """Yield the bot's Application, initialised against the fake server and the samples store."""
    telegram = fake_telegram_factory(limits=ROOMY)
    async with started(settings_for(store, telegram), telegram, clock) as bot:
        yield bot


@asynccontextmanager
async def started(
    settings: Settings, telegram: FakeTelegram, clock: FakeClock
) -> AsyncIterator[BotHarness]:
    """The bot's Application with `settings`, initialised against `telegram`; shut down after."""
    engine = make_engine(settings.effective_database_url())
    application = build_application(settings, clock=clock, engine=engine, token=telegram.token)
    await application.initialize()
    await post_init(application)
    yield BotHarness(application, telegram, engine)
    await application.shutdown()
    await post_shutdown(application)


class BotProcess:
    """`crmbot run` in a subprocess; its standard error is kept for the assertions.

    It logs at DEBUG (unless `env` sets CRMBOT_LOG_LEVEL) and `stop` fails if a line holds a bot
    token.
    """

    def __init__(
        self, workdir: Path, env: dict[str, str], *, command: list[str] | None = None
    ) -> None:
        env = {"CRMBOT_LOG_LEVEL": "DEBUG"} | env
        self.tokens = [DEFAULT_TOKEN, *filter(None, [env.get("TELEGRAM_BOT_TOKEN")])]
        self.log = workdir / f"bot-{len(list(workdir.glob('bot-*.log')))}.log"
        self._stderr = self.log.open("wb")
        self.process = subprocess.Popen(
            # The working folder holds no .env, so only `env` configures the bot.
            [sys.executable, *(command or ["-m", "bot.cli", "run"])],
            cwd=workdir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )

    def stop(self) -> int:
        """Stop the bot as a service manager would (SIGTERM) and return its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stderr.close()
        leaked = leaks(self.output(), self.tokens)
        assert not leaked, "the bot logged a token (masked here):\n" + "\n".join(leaked[:10])
        return self.process.returncode

    def output(self) -> str:
        """Return what the bot logged so far."""
        return self.log.read_text("utf-8", "replace")


@pytest.fixture
def bot_env(store: Path, fake_telegram: FakeTelegram, tmp_path: Path) -> dict[str, str]:
    """The environment a deployment would give the bot, pointed at the fake server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "CRMBOT_"))}
    env |= {
        "TELEGRAM_BOT_TOKEN": fake_telegram.token,
        "TELEGRAM_API_BASE_URL": fake_telegram.base_url,
        "DATABASE_URL": f"sqlite:///{store}",
        "CRMBOT_NOW": "2017-06-23T09:00:00-06:00",
        "CRMBOT_TIMEZONE": "America/Mexico_City",
        "CRMBOT_ADMIN_IDS": "9001",
        "CRMBOT_HTTP_PORT": "0",
        "HOME": str(tmp_path),
    }
    env.pop("DATA_DIR", None)
    return env


@pytest.fixture
def running_bot(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> Iterator[BotProcess]:
    """`crmbot run` with `bot_env`, once it polls; stopped (and its log checked) afterwards."""
    bot = BotProcess(tmp_path, bot_env)
    try:
        fake_telegram.wait_until_polling(timeout=60)
    except AssertionError:
        bot.stop()
        raise AssertionError("the bot did not start polling:\n" + bot.output()) from None
    yield bot
    bot.stop()
