"""Webhook mode from the real `crmbot run`: Telegram is told the URL and the secret; a post
without the secret gets 403 and reaches no handler, one with it is answered; malformed or
oversized posts are refused; the settings stop start-up when the secret is missing or a
placeholder; and polling removes a webhook left set."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fakes.bot_harness import BotProcess
from fakes.telegram_api import FakeTelegram
from pydantic import ValidationError
from sqlmodel import Session

from bot.settings import Settings
from bot.store_cli import EXIT_FAILED
from bot.webhook import MAX_UPDATE_BYTES, SECRET_HEADER
from storage.db import make_engine
from storage.subscribers import get_chat

WEBHOOK_URL = "https://crm.example.org/telegram/update"
SECRET = "Kq3-vX9_2mZ7pL4sT8wY1nB6cR5dF0gH"
STARTUP = 60
ANSWER = 30


def http_port(bot: BotProcess) -> int:
    """Return the port the bot's HTTP server took (its log says, as CRMBOT_HTTP_PORT is 0)."""
    found = re.search(r"HTTP on [\d.]+:(\d+)", bot.output())
    assert found, "the bot did not say where it serves HTTP:\n" + bot.output()
    return int(found.group(1))


def metric(text: str, name: str) -> float:
    """Return one sample's value from a /metrics page."""
    found = re.search(rf"^{name} (\S+)$", text, re.MULTILINE)
    assert found, f"{name} missing from:\n{text}"
    return float(found.group(1))


def stored_chat(store: Path, chat_id: int) -> object:
    engine = make_engine(f"sqlite:///{store}")
    with Session(engine) as session:
        chat = get_chat(session, chat_id=chat_id)
    engine.dispose()
    return chat


@pytest.fixture
def webhook_bot(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> Iterator[tuple[BotProcess, str]]:
    """`crmbot run` in webhook mode; yield it and the local address of its webhook."""
    env = bot_env | {"WEBHOOK_URL": WEBHOOK_URL, "WEBHOOK_SECRET": SECRET}
    bot = BotProcess(tmp_path, env)
    try:
        fake_telegram.wait_for_call("setWebhook", timeout=STARTUP)
    except AssertionError:
        bot.stop()
        raise AssertionError("no setWebhook:\n" + bot.output()) from None
    yield bot, f"http://127.0.0.1:{http_port(bot)}"
    assert bot.stop() == 0, bot.output()
    assert SECRET not in bot.output(), "the webhook secret reached the log"


def test_telegram_is_told_the_url_and_secret_and_nothing_polls(
    webhook_bot: tuple[BotProcess, str], fake_telegram: FakeTelegram
) -> None:
    tg = fake_telegram
    assert (tg.webhook_url, tg.webhook_secret) == (WEBHOOK_URL, SECRET)
    (call,) = tg.calls("setWebhook")
    assert "callback_query" in call.params["allowed_updates"]
    assert tg.calls("getUpdates") == [] and tg.calls("deleteWebhook") == []


def test_a_post_without_the_right_secret_is_refused_before_any_handler(
    webhook_bot: tuple[BotProcess, str], fake_telegram: FakeTelegram, store: Path
) -> None:
    _, base = webhook_bot
    hook = base + "/telegram/update"
    tg = fake_telegram
    mallory = tg.user(6660, "Mallory", language_code="es")
    ana = tg.user(1001, "Ana", language_code="es")
    forged = tg.send_text(mallory, "/start")
    with httpx.Client(timeout=10) as client:
        assert client.post(hook, json=forged).status_code == 403
        wrongs = ["", SECRET[:-1], SECRET + "x", SECRET.lower(), "ñ" * len(SECRET)]
        for wrong in wrongs:
            headers = {SECRET_HEADER: wrong.encode()}
            assert client.post(hook, json=forged, headers=headers).status_code == 403, wrong
        # The right secret: the update is answered as a polled one would be.
        right = {SECRET_HEADER: SECRET}
        assert client.post(hook, json=tg.send_text(ana, "/start"), headers=right).status_code == 200
        tg.wait_for_message(ana, timeout=ANSWER)
        # Not an update, or too big: refused, nothing handled.
        assert client.post(hook, content=b"{not json", headers=right).status_code == 400
        assert client.post(hook, json=[1, 2], headers=right).status_code == 400
        assert client.post(hook, json={"no": "update_id"}, headers=right).status_code == 400
        big = b'{"update_id": 1, "x": "' + b"a" * MAX_UPDATE_BYTES + b'"}'
        assert client.post(hook, content=big, headers=right).status_code == 413
        assert client.get(hook, headers=right).status_code == 405
        metrics = client.get(base + "/metrics").text
    # Only Ana's update reached the handlers: no answer to Mallory, no chat stored for him.
    assert [m for m in tg.messages(mallory) if m.from_bot] == []
    assert all(c.params.get("chat_id") != mallory.id for c in tg.requests)
    assert stored_chat(store, mallory.id) is None and stored_chat(store, ana.id) is not None
    assert metric(metrics, "crmbot_updates_total") == 1


def test_start_up_stops_without_a_webhook_secret(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    missing = BotProcess(tmp_path, bot_env | {"WEBHOOK_URL": WEBHOOK_URL})
    assert missing.process.wait(timeout=STARTUP) != 0
    assert "WEBHOOK_SECRET is required when WEBHOOK_URL is set" in missing.output()
    placeholder = "replace-with-a-long-random-secret"
    env = bot_env | {"WEBHOOK_URL": WEBHOOK_URL, "WEBHOOK_SECRET": placeholder}
    example = BotProcess(tmp_path, env)
    assert example.process.wait(timeout=STARTUP) != 0
    assert "WEBHOOK_SECRET is still the example's placeholder" in example.output()
    env = bot_env | {"WEBHOOK_URL": "http://crm.example.org/hook", "WEBHOOK_SECRET": SECRET}
    plain = BotProcess(tmp_path, env)
    assert plain.process.wait(timeout=STARTUP) != 0
    assert "setting WEBHOOK_URL: " in plain.output() and "https://" in plain.output()
    for bot in (missing, example, plain):
        bot.stop()
        assert SECRET not in bot.output() and placeholder not in bot.output()
    assert fake_telegram.requests == [], "a bot with bad settings never reaches Telegram"


def test_start_up_stops_when_the_webhook_cannot_be_served_or_set(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    env = bot_env | {"WEBHOOK_URL": WEBHOOK_URL, "WEBHOOK_SECRET": SECRET}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = BotProcess(tmp_path, env | {"CRMBOT_HTTP_PORT": str(taken.getsockname()[1])})
        assert busy.process.wait(timeout=STARTUP) == EXIT_FAILED
    assert "cannot serve the webhook on 127.0.0.1:" in busy.output()
    # Telegram refuses a host it cannot resolve ("localhost" is no public name).
    env |= {"WEBHOOK_URL": "https://localhost/telegram/update"}
    refused = BotProcess(tmp_path, env)
    assert refused.process.wait(timeout=STARTUP) == EXIT_FAILED
    assert "Telegram refused the webhook https://localhost/telegram/update" in refused.output()
    for bot in (busy, refused):
        bot.stop()
    assert fake_telegram.calls("setWebhook")[-1].status == 400
    assert fake_telegram.webhook_url == ""


@pytest.mark.parametrize(
    ("url", "secret", "named", "reason"),
    [
        (WEBHOOK_URL, "short_secret", "webhook_secret", "16 to 256 characters"),
        (WEBHOOK_URL, SECRET + "!", "webhook_secret", "16 to 256 characters"),
        (WEBHOOK_URL, "a" * 257, "webhook_secret", "16 to 256 characters"),
        ("https://crm.example.org:8080/hook", SECRET, "webhook_url", "ports 443, 80, 88"),
        ("https://crm.example.org/metrics", SECRET, "webhook_url", "the HTTP server's own"),
        ("crm.example.org/hook", SECRET, "webhook_url", "https:// URL is needed"),
    ],
)
def test_malformed_webhook_settings_are_named(
    url: str, secret: str, named: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, webhook_url=url, webhook_secret=secret)  # type: ignore[call-arg]
    (error,) = raised.value.errors()
    assert error["loc"] == (named,) and reason in error["msg"]
    assert secret not in error["msg"]


def test_the_example_settings_poll_despite_the_placeholder_secret() -> None:
    example = Path(__file__).resolve().parents[2] / ".env.example"
    settings = Settings(_env_file=example)  # type: ignore[call-arg]
    assert settings.webhook_url is None and settings.webhook_path() is None
    with pytest.raises(ValidationError, match="WEBHOOK_SECRET is still the example's"):
        Settings(_env_file=example, webhook_url=WEBHOOK_URL)  # type: ignore[call-arg]


def test_polling_removes_a_webhook_left_set(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    tg = fake_telegram
    httpx.post(
        f"{tg.base_url}/bot{tg.token}/setWebhook", json={"url": WEBHOOK_URL, "secret_token": SECRET}
    ).raise_for_status()
    bot = BotProcess(tmp_path, bot_env)
    try:
        tg.wait_until_polling(timeout=STARTUP)
        assert tg.webhook_url == "" and tg.calls("deleteWebhook")
        ana = tg.user(1001, "Ana", language_code="es")
        tg.send_text(ana, "/start")
        tg.wait_for_message(ana, timeout=ANSWER)
    finally:
        assert bot.stop() == 0, bot.output()
