"""No bot token in any log line: the check the whole suite runs under.

Every in-process test logs at DEBUG through the bot's own handler (`bot.logs.make_handler`: the
redaction filter and the one-line formatter that `crmbot run` uses), on a copy of each record so
other handlers (pytest's) see the record untouched; tests/conftest.py fails a test whose
formatted lines still hold a token. `BotProcess` (tests/fakes/bot_harness.py) runs `crmbot run`
at DEBUG and checks its standard error the same way when the process ends.

A line leaks when it holds anything shaped like a bot token (the filter's own pattern) or the
secret half of a token the test knows, in case a token ever reaches a log in a shape the pattern
does not know (URL-encoded, or cut at the colon).
"""

from __future__ import annotations

import copy
import io
import logging
from collections.abc import Iterable

from fakes.telegram_api import DEFAULT_TOKEN

from bot import logs

MARK = "<LEAKED TOKEN>"


def secrets_of(tokens: Iterable[str]) -> list[str]:
    """Return the secret half of each token ("<id>:<secret>")."""
    return [t.split(":", 1)[1] for t in tokens if ":" in t]


def leaks(text: str, tokens: Iterable[str] = (DEFAULT_TOKEN,)) -> list[str]:
    """Return the lines of `text` that hold a token, with the token itself masked."""
    secrets = [s for s in secrets_of(tokens) if s]
    found = []
    for line in text.splitlines():
        masked = logs.TOKEN.sub(MARK, line)
        for secret in secrets:
            masked = masked.replace(secret, MARK)
        if masked != line:
            found.append(masked)
    return found


class _CopyingHandler(logging.Handler):
    """Pass a copy of each record to the bot's handler, so the filter changes only the copy."""

    def __init__(self, inner: logging.Handler) -> None:
        super().__init__(logging.DEBUG)
        self.inner = inner

    def handle(self, record: logging.LogRecord) -> bool:  # type: ignore[override]
        return bool(self.inner.handle(copy.copy(record)))


class TokenLogCheck:
    """Everything logged while installed, at DEBUG, formatted as `crmbot run` would write it."""

    def __init__(self, tokens: Iterable[str] = (DEFAULT_TOKEN,)) -> None:
        self.tokens = list(tokens)
        self.stream = io.StringIO()
        self.handler = _CopyingHandler(logs.make_handler(self.stream))
        self._levels: dict[str, int] = {}

    def install(self) -> None:
        """Log everything at DEBUG to the check, the chatty libraries included."""
        names = ["", *logs.CHATTY, *logs.NEVER_DEBUG]
        self._levels = {name: logging.getLogger(name).level for name in names}
        root = logging.getLogger()
        root.addHandler(self.handler)
        root.setLevel(logging.DEBUG)
        logs.set_library_levels(logging.DEBUG)

    def remove(self) -> None:
        """Put the logging levels back and stop collecting."""
        logging.getLogger().removeHandler(self.handler)
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)

    def text(self) -> str:
        """Return every line logged so far."""
        return self.stream.getvalue()

    def leaks(self) -> list[str]:
        """Return the lines logged so far that hold a token (masked)."""
        return leaks(self.text(), self.tokens)

    def clear(self) -> None:
        """Forget what was logged so far."""
        self.stream.seek(0)
        self.stream.truncate()

    def failure(self) -> str | None:
        """Return a message naming the leaking lines, or None when no line holds a token."""
        found = self.leaks()
        if not found:
            return None
        shown = "\n".join(found[:10])
        return f"{len(found)} log line(s) hold a bot token (masked here):\n{shown}"
