"""Logging: one line per event with level and logger, the level from CRMBOT_LOG_LEVEL, and no
bot token in any line, at DEBUG too; and the suite's own token checks, shown to fail on a leak."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fakes.bot_harness import BotProcess
from fakes.log_check import TokenLogCheck, leaks
from fakes.telegram_api import DEFAULT_TOKEN, FakeTelegram

from bot import logs
from bot.logs import RedactTokens
from bot.settings import Settings

SECRET = DEFAULT_TOKEN.split(":", 1)[1]
# The shape @BotFather gives: a numeric id and a 35-character secret.
REAL_SHAPE = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"


@pytest.fixture
def root_logging() -> Iterator[None]:
    """Let a test call logs.configure(); put the root logger and the libraries back afterwards."""
    names = ["", *logs.CHATTY, *logs.NEVER_DEBUG]
    levels = {name: logging.getLogger(name).level for name in names}
    handlers = logging.getLogger().handlers[:]
    yield
    logging.getLogger().handlers[:] = handlers
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def logged(record: logging.LogRecord) -> str:
    """Return what the bot's handler writes for one record."""
    stream = io.StringIO()
    logs.make_handler(stream).handle(record)
    return stream.getvalue()


def test_the_token_pattern_knows_the_tokens_tests_and_botfather_use() -> None:
    for token in (DEFAULT_TOKEN, REAL_SHAPE, "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"):
        assert logs.TOKEN.fullmatch(token), token
    assert logs.redact(f"/bot{DEFAULT_TOKEN}/getMe") == "/bot<token>/getMe"
    assert logs.redact(f"/bot{DEFAULT_TOKEN.replace(':', '%3A')}/getMe") == "/bot<token>/getMe"
    # Times, dates and callback data are not tokens.
    for text in ("2017-06-23T09:00:00-06:00", "F:99999999999999:c:GT:0", "12:30:45,123"):
        assert logs.redact(text) == text


def test_a_hidden_secret_is_redacted_like_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    webhook_secret = "s3cr3t-Webhook_value-0123456789"
    monkeypatch.setattr(logs, "_SECRETS", set())
    try:
        raise RuntimeError(f"setWebhook refused secret_token={webhook_secret}")
    except RuntimeError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "telegram.Bot", logging.DEBUG, __file__, 1, "Calling setWebhook with %s",
        ({"secret_token": webhook_secret},), exc_info,
    )  # fmt: skip
    logs.hide(webhook_secret)
    line = logged(record)
    assert webhook_secret not in line
    assert "{'secret_token': '<secret>'}" in line
    assert "RuntimeError: setWebhook refused secret_token=<secret>" in line


def test_a_token_is_redacted_from_message_arguments_traceback_and_stack() -> None:
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{DEFAULT_TOKEN}/getUpdates failed")
    except RuntimeError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "telegram.ext.Updater",
        logging.ERROR,
        __file__,
        1,
        f"token {DEFAULT_TOKEN} while calling %s",
        (f"https://api.telegram.org/bot{REAL_SHAPE}/getMe",),
        exc_info,
        sinfo=f'Stack (most recent call last):\n  File "x.py", line 1\n    get("{DEFAULT_TOKEN}")',
    )
    line = logged(record)
    assert SECRET not in line and REAL_SHAPE.split(":")[1] not in line
    assert not logs.TOKEN.search(line)
    # Each part was there, redacted: the message, its argument, the traceback and the stack.
    assert "token <token> while calling https://api.telegram.org/bot<token>/getMe" in line
    assert "RuntimeError: POST https://api.telegram.org/bot<token>/getUpdates failed" in line
    assert 'get("<token>")' in line
    # One line, with level and logger.
    assert line.count("\n") == 1
    assert " ERROR telegram.ext.Updater: token <token>" in line
    assert " | Traceback (most recent call last): | " in line


def test_a_malformed_logging_call_is_redacted_too() -> None:
    record = logging.LogRecord("crmbot", logging.INFO, __file__, 1, "%d", (DEFAULT_TOKEN,), None)
    line = logged(record)
    assert SECRET not in line and "<token>" in line


def test_a_line_break_in_a_message_cannot_forge_a_second_entry() -> None:
    record = logging.LogRecord(
        "crmbot", logging.INFO, __file__, 1, "got %r", ("hi\n2017 ERROR crmbot: fake",), None
    )
    line = logged(record)
    assert line.count("\n") == 1


def test_the_level_comes_from_the_setting_and_httpx_stays_quiet_above_debug(
    root_logging: None,
) -> None:
    assert Settings(_env_file=None).crmbot_log_level == "INFO"  # type: ignore[call-arg]
    assert Settings(_env_file=None, crmbot_log_level="debug").crmbot_log_level == "DEBUG"  # type: ignore[call-arg]
    logs.configure("INFO")
    assert logging.getLogger().level == logging.INFO
    assert logging.getLogger("httpx").level == logging.WARNING
    assert logging.getLogger("sqlalchemy").level == logging.WARNING
    (handler,) = logging.getLogger().handlers
    assert any(isinstance(f, RedactTokens) for f in handler.filters)
    logs.configure("DEBUG")
    assert logging.getLogger().level == logging.DEBUG
    assert logging.getLogger("httpx").level == logging.DEBUG
    assert logging.getLogger("sqlalchemy").level == logging.WARNING
    with pytest.raises(ValueError):
        logs.configure("LOUD")


def test_httpx_at_debug_logs_the_bot_api_url_with_the_token_redacted(
    root_logging: None, fake_telegram: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.configure("DEBUG")
    response = httpx.post(f"{fake_telegram.base_url}/bot{fake_telegram.token}/getMe")
    assert response.status_code == 200
    err = capsys.readouterr().err
    request_lines = [line for line in err.splitlines() if " INFO httpx: HTTP Request: POST" in line]
    assert request_lines and all("/bot<token>/getMe" in line for line in request_lines)
    assert SECRET not in err


def test_the_suites_check_catches_a_leak_and_passes_a_redacted_line(
    token_log_check: TokenLogCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The check this test runs under (tests/conftest.py) collects DEBUG lines of any logger.
    logging.getLogger("httpx").debug("GET /bot%s/getMe", DEFAULT_TOKEN)
    assert "/bot<token>/getMe" in token_log_check.text()
    assert token_log_check.failure() is None
    # A deliberate leak: the filter broken, the line goes out as it came.
    monkeypatch.setattr(RedactTokens, "filter", lambda self, record: True)
    logging.getLogger("crmbot").debug("calling /bot%s/getMe", DEFAULT_TOKEN)
    failure = token_log_check.failure()
    assert failure is not None and "1 log line(s)" in failure
    assert SECRET not in failure  # the report masks the token it found
    token_log_check.clear()  # the leak was this test's own doing
    monkeypatch.undo()


def test_the_check_also_finds_a_known_secret_the_pattern_would_miss() -> None:
    bot_id = DEFAULT_TOKEN.split(":")[0]
    found = leaks(f"ok\nPOST /bot{bot_id}/{SECRET}/getMe\n")
    assert found == [f"POST /bot{bot_id}/<LEAKED TOKEN>/getMe"]


def test_a_bot_process_that_logs_a_token_fails_its_stop(tmp_path: Path) -> None:
    leaky = BotProcess(
        tmp_path,
        {"PATH": "/usr/bin:/bin"},
        command=["-c", f"import sys; sys.stderr.write('INFO x: /bot{DEFAULT_TOKEN}/getMe\\n')"],
    )
    leaky.process.wait(timeout=60)
    with pytest.raises(AssertionError, match="the bot logged a token"):
        leaky.stop()


def test_crmbot_run_at_debug_logs_requests_with_the_token_redacted(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    bot = BotProcess(tmp_path, bot_env)
    try:
        fake_telegram.wait_until_polling(timeout=60)
        ana = fake_telegram.user(1001, "Ana", language_code="es")
        fake_telegram.send_text(ana, "/help")
        fake_telegram.wait_for_message(ana, timeout=30)
    finally:
        assert bot.stop() == 0, bot.output()  # and no line holds the token
    output = bot.output()
    assert " DEBUG " in output
    # httpx's request lines, which carry the Bot API URL, are there, redacted.
    assert "HTTP Request: POST" in output and "/bot<token>/getUpdates" in output
    assert SECRET not in output


def test_an_unknown_log_level_stops_start_up(bot_env: dict[str, str], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=bot_env | {"CRMBOT_LOG_LEVEL": "LOUD"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "setting CRMBOT_LOG_LEVEL" in done.stderr
