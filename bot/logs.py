"""Logging for the long-running bot: one line per event, and never a bot token."""

from __future__ import annotations

import logging
import re

# A bot token is "<bot id>:<secret>"; Bot API URLs carry it after "/bot".
TOKEN = re.compile(r"(?<![0-9])\d{5,}:[A-Za-z0-9_-]{20,}")
_REDACTED = "<token>"


class RedactTokens(logging.Filter):
    """Replace anything shaped like a bot token in a record, its arguments and its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = TOKEN.sub(_REDACTED, message)
        record.args = ()
        if record.exc_text:
            record.exc_text = TOKEN.sub(_REDACTED, record.exc_text)
        return True


def configure(level: int = logging.INFO) -> None:
    """Log to standard error with level and logger, tokens redacted, httpx quiet."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, and Bot API URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
