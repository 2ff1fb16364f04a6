"""Settings read once and checked, the one clock, and logs that never show a token."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.clock import ShiftedClock, SystemClock, clock_from
from bot.logs import RedactTokens
from bot.settings import Settings

TOKEN = "1234567890:AAF-crmbot_test_token_0123456789abcd"


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


def test_admin_ids_are_read_from_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRMBOT_ADMIN_IDS", " 11, 22,33 ")
    assert Settings(_env_file=None).crmbot_admin_ids == (11, 22, 33)  # type: ignore[call-arg]
    monkeypatch.setenv("CRMBOT_ADMIN_IDS", "11,abc")
    with pytest.raises(ValidationError, match="CRMBOT_ADMIN_IDS"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_empty_variables_keep_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CRMBOT_ADMIN_IDS", "CRMBOT_NOW", "DATA_DIR", "DATABASE_URL"):
        monkeypatch.setenv(name, "")
    read = Settings(_env_file=None)  # type: ignore[call-arg]
    assert read.crmbot_admin_ids == () and read.crmbot_now is None and read.database_url is None


def test_the_data_directory_does_not_depend_on_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.chdir(tmp_path)
    url = Settings(_env_file=None).effective_database_url()  # type: ignore[call-arg]
    assert url == f"sqlite:///{tmp_path / 'share' / 'crmbot' / 'crmbot.sqlite3'}"


@pytest.mark.parametrize(
    ("token", "usable"),
    [
        (TOKEN, True),
        ("123456789:replace-with-your-token", False),
        ("not-a-token", False),
        ("123456789:", False),
        (None, False),
    ],
)
def test_placeholder_and_malformed_tokens_are_refused(token: str | None, usable: bool) -> None:
    assert (settings(telegram_bot_token=token).bot_token() is not None) is usable


def test_time_zone_language_and_clock_start_are_checked() -> None:
    with pytest.raises(ValidationError, match="unknown timezone"):
        settings(crmbot_timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="language"):
        settings(crmbot_language="fr")
    with pytest.raises(ValidationError, match="offset"):
        settings(crmbot_now="2017-06-23T09:00:00")
    assert settings(crmbot_now="2017-06-23T09:00:00-06:00").crmbot_now == datetime(
        2017, 6, 23, 15, tzinfo=UTC
    )


def test_a_shifted_clock_starts_where_asked_and_runs_on() -> None:
    start = datetime(2017, 6, 23, 9, 0, tzinfo=UTC)
    clock = ShiftedClock(start)
    first, second = clock.now(), clock.now()
    assert start <= first <= second < start + timedelta(seconds=5)
    assert isinstance(clock_from(None), SystemClock)
    assert isinstance(clock_from(start), ShiftedClock)
    with pytest.raises(ValueError):
        ShiftedClock(datetime(2017, 6, 23, 9, 0))  # noqa: DTZ001 - a naive start is the error


def test_logs_never_show_a_token(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("crmbot.test")
    logger.addFilter(RedactTokens())
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/getUpdates failed")
    except RuntimeError:
        logger.exception("polling to %s", f"https://api.telegram.org/bot{TOKEN}/getMe")
    record = caplog.records[-1]
    assert TOKEN not in record.getMessage() and "<token>" in record.getMessage()
    assert record.exc_text is not None and TOKEN not in record.exc_text
