"""`crmbot run`: the Telegram bot, polling the Bot API until stopped."""

from __future__ import annotations

import argparse
import fcntl
import logging
import sys
from typing import TextIO

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from telegram import Update

from bot import logs
from bot.app import build_application
from bot.clock import clock_from
from bot.settings import Settings
from bot.store_cli import EXIT_FAILED, open_store

log = logging.getLogger("crmbot")


def register(sub: argparse._SubParsersAction) -> None:
    """Add `crmbot run`."""
    p = sub.add_parser("run", help="run the Telegram bot (long polling)")
    p.set_defaults(func=run_bot)


def load_settings() -> Settings | None:
    """Read the settings, or print one line per malformed setting and return None."""
    try:
        return Settings()
    except ValidationError as exc:
        for error in exc.errors():
            name = ".".join(str(part) for part in error["loc"]).upper()
            print(f"crmbot: setting {name}: {error['msg']}", file=sys.stderr)
        return None


# The lock file stays open (and locked) for the life of the process.
_LOCKS: list[TextIO] = []


def _only_process(database: str | None) -> bool:
    """Take the SQLite database's process lock; False if another process holds it."""
    if not database or database == ":memory:":
        return True
    handle = open(f"{database}.lock", "w")  # noqa: SIM115 - held until the process ends
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return False
    _LOCKS.append(handle)
    return True


def run_bot(args: argparse.Namespace) -> int:
    """Start the bot with long polling; return when it is stopped (Ctrl-C or SIGTERM)."""
    settings = load_settings()
    if settings is None:
        return EXIT_FAILED
    token = settings.bot_token()
    if token is None:
        print(
            "crmbot: TELEGRAM_BOT_TOKEN is missing or a placeholder: ask @BotFather for a "
            "token and put it in the environment or .env",
            file=sys.stderr,
        )
        return EXIT_FAILED
    logs.configure(settings.crmbot_log_level)
    engine = open_store(settings)
    if engine is None:
        return EXIT_FAILED
    if engine.dialect.name == "sqlite" and not _only_process(engine.url.database):
        print(
            f"crmbot: another crmbot run is using the SQLite database {engine.url.database}; "
            "SQLite takes one bot process (use PostgreSQL to run several)",
            file=sys.stderr,
        )
        engine.dispose()
        return EXIT_FAILED
    clock = clock_from(settings.crmbot_now)
    application = build_application(settings, clock=clock, engine=engine, token=token)
    log.info(
        "starting: Bot API %s, store %s, clock %s",
        settings.telegram_api_base_url,
        engine.url.render_as_string(hide_password=True),
        clock.now().isoformat(),
    )
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except SQLAlchemyError as exc:
        print(f"crmbot: database error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return EXIT_FAILED
    return 0
