"""Runtime settings, read once from the environment (and .env) in `main()` and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting crmbot reads; see .env.example."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    database_url: str | None = None
    data_dir: Path = Path("data")
    default_timezone: str = "America/Mexico_City"
    default_language: str = "es"
    # `crmbot ingest URL`: documents larger than this are refused while downloading.
    fetch_max_bytes: int = 20_000_000
    fetch_timeout_seconds: float = 20.0
    # Off: URLs resolving to private, loopback or link-local addresses are refused.
    allow_private_urls: bool = False

    def effective_database_url(self) -> str:
        """Return DATABASE_URL, or a SQLite file under the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'crmbot.sqlite3').resolve()}"
