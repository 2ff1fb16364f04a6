"""Runtime settings, read once from the environment (and .env) in `main()` and passed down."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from extractors.loaders import MAX_BYTES

LANGUAGES = ("es", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# The token secrets that examples and templates use: never a real bot's.
PLACEHOLDER_SECRETS = {"replace-with-your-token", "your-token", "token", "changeme", "xxx"}
# Telegram takes a webhook secret of 1-256 such characters; fewer than 16 is guessable.
WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,256}")
WEBHOOK_PORTS = (443, 80, 88, 8443)


def default_data_dir() -> Path:
    """Return where crmbot keeps its files when DATA_DIR is unset, whatever the current folder."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "crmbot"


class Settings(BaseSettings):
    """Every setting crmbot reads; see .env.example."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    telegram_bot_token: SecretStr | None = None
    # The Bot API endpoint: methods at {base}/bot{token}/{method}, files at {base}/file/bot{token}/.
    telegram_api_base_url: str = "https://api.telegram.org"
    database_url: str | None = None
    data_dir: Path = Field(default_factory=default_data_dir)
    # Telegram user ids of the secretariat, comma-separated.
    crmbot_admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # Defaults for a chat that has not chosen: timezone, and language when Telegram gives none
    # of the bot's languages.
    crmbot_timezone: str = "America/Mexico_City"
    crmbot_language: str = "es"
    # Start the bot's clock at this moment (ISO datetime with offset); it then runs on.
    crmbot_now: datetime | None = None
    # How often the reminder tick plans and sends, in seconds.
    crmbot_tick_seconds: float = Field(default=60.0, ge=1.0, le=3600.0)
    # What `crmbot run` logs: DEBUG, INFO, WARNING, ERROR or CRITICAL (tokens always redacted).
    crmbot_log_level: str = "INFO"
    # The bot's HTTP server (port 0: any free port): calendar feeds, /healthz, /metrics and, in
    # webhook mode, the webhook; and the address the feed links give.
    crmbot_http_host: str = "127.0.0.1"
    crmbot_http_port: int = Field(default=8080, ge=0, le=65535)
    crmbot_public_url: str | None = None
    # Webhook mode: Telegram posts updates to this public https URL (a proxy passes them to the
    # HTTP server above, same path); unset, the bot polls. The secret proves a post is Telegram's.
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    # Documents larger than this are refused, downloaded or uploaded (the extractor's own cap
    # is the most it can be).
    fetch_max_bytes: int = Field(default=MAX_BYTES, gt=0, le=MAX_BYTES)
    fetch_timeout_seconds: float = Field(default=20.0, gt=0)
    # Off: URLs resolving to private, loopback or link-local addresses are refused.
    allow_private_urls: bool = False
    # Each document is read into text by a child process that may use this much wall-clock and
    # CPU time and this much memory (address space); over either, it is refused, not stored.
    crmbot_parse_timeout_seconds: float = Field(default=15.0, gt=0, le=600)
    crmbot_parse_memory_mb: int = Field(default=512, ge=128, le=16384)
    # Flood control: a user may send this many updates at once and this many a minute after
    # that (a group twice as many); the update over it is told once to slow down and that
    # sender's updates are ignored for CRMBOT_FLOOD_MUTE_SECONDS (longer if it keeps on). 0: off.
    crmbot_flood_per_minute: int = Field(default=30, ge=0, le=10_000)
    crmbot_flood_mute_seconds: float = Field(default=60.0, ge=1.0, le=86_400.0)
    # Texts and captions longer than this are refused politely, unread (Telegram allows 4096).
    crmbot_max_text_chars: int = Field(default=2000, ge=1, le=4096)

    @field_validator("crmbot_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            try:
                return tuple(int(p) for p in parts if p)
            except ValueError:
                raise ValueError("CRMBOT_ADMIN_IDS: comma-separated Telegram user ids") from None
        return value

    @field_validator("crmbot_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown timezone {value!r} (an IANA name such as America/Guatemala)"
            ) from None
        return value

    @field_validator("crmbot_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("crmbot_log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"log level must be one of {', '.join(LOG_LEVELS)}")
        return level

    @field_validator("crmbot_now")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.utcoffset() is None:
            raise ValueError("CRMBOT_NOW needs an offset, e.g. 2017-06-23T09:00:00-06:00")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("an https:// URL is needed (Telegram posts to HTTPS only)")
        try:
            port = parts.port
        except ValueError:
            raise ValueError("the URL's port is not a number") from None
        if port not in (None, *WEBHOOK_PORTS):
            raise ValueError("Telegram posts only to ports 443, 80, 88 and 8443")
        path = parts.path or "/"
        if path.rstrip("/") in ("/healthz", "/metrics") or path.startswith("/ics/"):
            raise ValueError(f"the path {path} is the HTTP server's own; choose another")
        return value.strip()

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        if not WEBHOOK_SECRET_SHAPE.fullmatch(value.get_secret_value()):
            raise ValueError(
                "16 to 256 characters among A-Z, a-z, 0-9, _ and - "
                "(python3 -c 'import secrets; print(secrets.token_urlsafe(32))' makes one)"
            )
        return value

    @model_validator(mode="after")
    def _webhook_complete(self) -> Settings:
        if not self.webhook_url:
            return self  # polling: the secret (.env.example's placeholder too) is not used
        if self.webhook_secret is None:
            raise ValueError(
                "WEBHOOK_SECRET is required when WEBHOOK_URL is set: Telegram sends it with "
                "every update so the bot can refuse posts from anyone else"
            )
        secret = self.webhook_secret.get_secret_value().lower()
        if "replace-with" in secret or secret in PLACEHOLDER_SECRETS:
            raise ValueError(
                "WEBHOOK_SECRET is still the example's placeholder: put a random one there"
            )
        return self

    def webhook_path(self) -> str | None:
        """Return the path the webhook is served at (WEBHOOK_URL's), or None when polling."""
        if not self.webhook_url:
            return None
        return urlsplit(self.webhook_url).path or "/"

    def effective_database_url(self) -> str:
        """Return DATABASE_URL, or a SQLite file under the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'crmbot.sqlite3').resolve()}"

    def bot_token(self) -> str | None:
        """Return the bot token, or None when it is missing or still the example's placeholder."""
        if self.telegram_bot_token is None:
            return None
        token = self.telegram_bot_token.get_secret_value().strip()
        id_part, _, secret = token.partition(":")
        if not id_part.isdigit() or not secret or secret.lower() in PLACEHOLDER_SECRETS:
            return None
        return token
