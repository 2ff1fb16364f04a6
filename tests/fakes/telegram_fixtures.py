"""Pytest fixtures for the fake Telegram Bot API server (`fakes.telegram_api`).

Registered for the whole suite from tests/conftest.py:

    pytest_plugins = ["fakes.telegram_fixtures"]

`fake_telegram` is a running server with Telegram's default limits; `fake_telegram_factory` makes
servers with other settings (tight flood limits, a fake monotonic clock, privacy mode off);
`telegram_bot` is an initialised python-telegram-bot `Bot` talking to `fake_telegram`, for handler
tests that run in-process. `bot_environment` gives what a `crmbot run` subprocess needs to talk
to the fake server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from fakes.telegram_api import FakeTelegram
from telegram import Bot


def ptb_bot(telegram: FakeTelegram, token: str | None = None) -> Bot:
    """Return a python-telegram-bot `Bot` whose requests go to the fake server."""
    return Bot(
        token or telegram.token,
        base_url=f"{telegram.base_url}/bot",
        base_file_url=f"{telegram.base_url}/file/bot",
    )


def bot_environment(telegram: FakeTelegram) -> dict[str, str]:
    """Return the environment variables that point a `crmbot run` process at the fake server."""
    return {"TELEGRAM_BOT_TOKEN": telegram.token, "TELEGRAM_API_BASE_URL": telegram.base_url}


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """Yield a running fake Bot API server with Telegram's default behaviour."""
    with FakeTelegram() as telegram:
        yield telegram


@pytest.fixture
def fake_telegram_factory() -> Iterator[Callable[..., FakeTelegram]]:
    """Yield a function that starts a fake server with the given settings; all stop afterwards."""
    started: list[FakeTelegram] = []

    def start(**settings: Any) -> FakeTelegram:
        telegram = FakeTelegram(**settings)
        telegram.start()
        started.append(telegram)
        return telegram

    yield start
    for telegram in started:
        telegram.stop()


@pytest.fixture
async def telegram_bot(fake_telegram: FakeTelegram) -> AsyncIterator[Bot]:
    """Yield an initialised PTB `Bot` talking to `fake_telegram`."""
    async with ptb_bot(fake_telegram) as bot:
        yield bot
