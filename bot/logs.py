"""Logging for the long-running bot: one line per event, and never a bot token."""

from __future__ import annotations

import logging
import re
from typing import TextIO

# A bot token is "<bot id>:<secret>"; Bot API URLs carry it after "/bot" (the colon sometimes
# percent-encoded).
TOKEN = re.compile(r"(?<![0-9])\d{5,}(?::|%3[Aa])[A-Za-z0-9_-]{20,}")
REDACTED = "<token>"
# Other secrets the process holds (the webhook's), replaced wherever a token would be.
_SECRETS: set[str] = set()
SECRET_REDACTED = "<secret>"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers kept at WARNING unless DEBUG is asked for: httpx logs every request with its URL (a Bot
# API URL carries the token: redacted, but a line per request all the same); APScheduler logs
# every run of the reminder tick.
CHATTY = ("httpx", "apscheduler")
# Kept at WARNING even at DEBUG: SQLAlchemy would log every statement and every row it reads.
NEVER_DEBUG = ("sqlalchemy",)


def hide(secret: str) -> None:
    """Redact `secret` too, from every record from now on, as a bot token is."""
    if secret:
        _SECRETS.add(secret)


def redact(text: str) -> str:
    """Return `text` with anything shaped like a bot token, and every hidden secret, replaced."""
    text = TOKEN.sub(REDACTED, text)
    for secret in _SECRETS:
        text = text.replace(secret, SECRET_REDACTED)
    return text


class RedactTokens(logging.Filter):
    """Replace anything shaped like a bot token, and every hidden secret, in a record: message,
    arguments, traceback, stack.

    The record is changed in place, so every handler after this one sees it redacted too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            # A malformed call: logging would print the raw arguments, token and all, while
            # reporting it; keep what it said, redacted, instead.
            message = f"{record.msg} {record.args!r}"
        record.msg = redact(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class OneLineFormatter(logging.Formatter):
    """Write each event on one line: a traceback's or a message's line breaks become " | ".

    Journald and container logs take a line per entry, and a line break in a logged text
    could otherwise forge an entry.
    """

    def format(self, record: logging.LogRecord) -> str:
        return " | ".join(super().format(record).splitlines())


def make_handler(stream: TextIO | None = None, fmt: str = FORMAT) -> logging.Handler:
    """Return a handler writing to `stream` (standard error) one redacted line per event."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(OneLineFormatter(fmt))
    handler.addFilter(RedactTokens())
    return handler


def set_library_levels(level: int) -> None:
    """Quiet the chatty libraries below DEBUG, and SQLAlchemy always."""
    chatty = logging.DEBUG if level <= logging.DEBUG else logging.WARNING
    for name in CHATTY:
        logging.getLogger(name).setLevel(chatty)
    for name in NEVER_DEBUG:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure(level: int | str = logging.INFO) -> None:
    """Log to standard error at `level` (a number or a name): level, logger, tokens redacted."""
    numeric = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")
    root = logging.getLogger()
    root.handlers[:] = [make_handler()]
    root.setLevel(numeric)
    set_library_levels(numeric)
