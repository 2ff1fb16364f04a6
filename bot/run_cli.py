"""`crmbot run`: the Telegram bot, polling the Bot API (or, with WEBHOOK_URL, taking Telegram's
posts) until stopped."""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import logging
import signal
import sys
from typing import Any, TextIO

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot import logs
from bot.app import build_application, post_init, post_shutdown
from bot.clock import clock_from
from bot.settings import Settings
from bot.store_cli import EXIT_FAILED, open_store

log = logging.getLogger("crmbot")


def register(sub: argparse._SubParsersAction) -> None:
    """Add `crmbot run`."""
    p = sub.add_parser("run", help="run the Telegram bot (long polling, or a webhook)")
    p.set_defaults(func=run_bot)


def load_settings() -> Settings | None:
    """Read the settings, or print one line per malformed setting and return None."""
    try:
        return Settings()
    except ValidationError as exc:
        for error in exc.errors():
            name = ".".join(str(part) for part in error["loc"]).upper()
            where = f"setting {name}: " if name else ""  # a rule across settings names them
            print(f"crmbot: {where}{error['msg']}", file=sys.stderr)
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
    """Start the bot (polling, or a webhook); return when it is stopped (Ctrl-C or SIGTERM)."""
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
        if settings.webhook_url:
            return asyncio.run(run_webhook(application, settings))
        else:
            # Polling deletes any webhook first, as Telegram sends no updates to a poller then.
            application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except SQLAlchemyError as exc:
        print(f"crmbot: database error: {str(exc).splitlines()[0]}", file=sys.stderr)
        return EXIT_FAILED
    return 0


async def run_webhook(
    application: Application[Any, Any, Any, Any, Any, Any], settings: Settings
) -> int:
    """Run the bot in webhook mode until SIGTERM or SIGINT; return the exit status.

    The lifecycle of polling: initialise, `post_init` (which starts the HTTP server, webhook
    path included), tell Telegram where to post and with which secret, handle updates; on a
    signal, stop, shut down, `post_shutdown`. The webhook stays set while the bot is stopped,
    so Telegram keeps the updates until it is back. A port taken or a URL Telegram refuses
    stops start-up with a line saying so.
    """
    assert settings.webhook_url and settings.webhook_secret
    secret = settings.webhook_secret.get_secret_value()
    # python-telegram-bot logs setWebhook's parameters, the secret among them, at DEBUG.
    logs.hide(secret)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await application.initialize()
    try:
        try:
            await post_init(application)
        except OSError as exc:
            where = f"{settings.crmbot_http_host}:{settings.crmbot_http_port}"
            print(f"crmbot: cannot serve the webhook on {where}: {exc}", file=sys.stderr)
            return EXIT_FAILED
        try:
            await application.bot.set_webhook(
                settings.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        except TelegramError as exc:
            print(
                f"crmbot: Telegram refused the webhook {settings.webhook_url}: {exc}",
                file=sys.stderr,
            )
            return EXIT_FAILED
        await application.start()
        log.info("webhook mode: Telegram posts updates to %s", settings.webhook_url)
        await stopping.wait()
        await application.stop()
        return 0
    finally:
        await application.shutdown()
        await post_shutdown(application)
