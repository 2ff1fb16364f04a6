"""Stay under Telegram's flood limits instead of waiting for 429s.

Telegram lets a bot send about 30 messages a second overall, about one a second to one private
chat (a short burst passes) and 20 a minute to one group, and answers more with 429 and
`retry_after`. Each limit is a
cell-rate schedule (GCRA): a send reserves the next slot of its chat, then of the whole bot, and
waits for it, so a fan-out runs at the overall rate with no 429 and one busy chat never holds up
the others. A 429 that comes anyway (another process on the same token) pauses every send for
`retry_after`; network errors and Telegram's 5xx are retried with backoff.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, cast

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)
Answer = bool | dict[str, Any] | list[dict[str, Any]]

# Methods that put a message in a chat (edits count too).
CHAT_METHODS = frozenset(
    {
        "sendMessage",
        "sendDocument",
        "sendPhoto",
        "sendMediaGroup",
        "sendChatAction",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "copyMessage",
        "forwardMessage",
    }
)


class Schedule:
    """A generic cell-rate schedule: `rate` per second with bursts of up to `burst`."""

    def __init__(self, rate: float, burst: int = 1) -> None:
        self.interval = 1.0 / rate
        self.tolerance = (burst - 1) * self.interval
        self.theoretical = 0.0

    def reserve(self, now: float) -> float:
        """Reserve the next slot and return how long to wait for it."""
        self.theoretical = max(self.theoretical, now)
        wait = max(0.0, self.theoretical - self.tolerance - now)
        self.theoretical += self.interval
        return wait


class TelegramLimiter(BaseRateLimiter[int]):
    """python-telegram-bot's rate limiter hook, with Telegram's three limits."""

    def __init__(
        self,
        *,
        overall: float = 29.0,
        private_chat: float = 1.0,
        private_burst: int = 2,
        group_per_minute: float = 19.0,
        group_burst: int = 10,
        max_retries: int = 5,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._overall = Schedule(overall)
        self._private_rate = private_chat
        self._private_burst = private_burst
        self._group_rate = group_per_minute / 60
        self._group_burst = group_burst
        self._chats: dict[int | str, Schedule] = {}
        self._max_retries = max_retries
        self._clock = clock
        self._paused_until = 0.0
        self.retry_afters = 0  # 429s received, for the metrics

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    def _now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()

    def _chat(self, chat_id: int | str) -> Schedule:
        schedule = self._chats.get(chat_id)
        if schedule is None:
            group = isinstance(chat_id, str) or chat_id < 0
            schedule = (
                Schedule(self._group_rate, self._group_burst)
                if group
                else Schedule(self._private_rate, self._private_burst)
            )
            if len(self._chats) > 100_000:
                self._chats.clear()  # old schedules are all in the past by now
            self._chats[chat_id] = schedule
        return schedule

    async def _wait_for_slot(self, chat_id: int | str | None) -> None:
        if chat_id is not None:
            await asyncio.sleep(self._chat(chat_id).reserve(self._now()))
        while True:
            pause = self._paused_until - self._now()
            if pause <= 0:
                break
            await asyncio.sleep(pause)
        await asyncio.sleep(self._overall.reserve(self._now()))

    async def process_request(
        self,
        callback: Callable[
            ..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]] | None]
        ],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send within the limits; retry after a 429, a network error or a 5xx."""
        limited = endpoint in CHAT_METHODS
        chat_id = data.get("chat_id") if limited else None
        retries = rate_limit_args if rate_limit_args is not None else self._max_retries
        for attempt in range(retries + 1):
            if limited:
                await self._wait_for_slot(chat_id)
            try:
                return cast(Answer, await callback(*args, **kwargs))
            except RetryAfter as exc:
                self.retry_afters += 1
                wait = exc._retry_after.total_seconds()
                # The limit is the whole bot's: every send waits, not only this one.
                self._paused_until = max(self._paused_until, self._now() + wait + 0.1)
                log.warning("Telegram asked to wait %.1f s (429); all sends pause", wait)
                if attempt == retries:
                    raise
            except BadRequest:
                raise  # Telegram refused the request itself: sending it again changes nothing
            except (TimedOut, NetworkError):
                # A network failure or a 5xx. A timed-out send may have been delivered:
                # retrying risks a duplicate, the lesser harm for a reminder than losing it.
                if attempt == retries:
                    raise
                await asyncio.sleep(min(30.0, 0.5 * 2**attempt))
        raise AssertionError("the last attempt returns or raises")
