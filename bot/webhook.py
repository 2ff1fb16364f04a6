"""Webhook mode: Telegram posts each update to WEBHOOK_URL instead of the bot polling for it.

The bot's own HTTP server (`bot.web`, on CRMBOT_HTTP_HOST:CRMBOT_HTTP_PORT, behind an HTTPS
proxy) takes the posts at WEBHOOK_URL's path. A post must carry WEBHOOK_SECRET in
X-Telegram-Bot-Api-Secret-Token, compared in constant time, or it gets 403 before its body is
read, so no handler ever sees it. A body over `MAX_UPDATE_BYTES` gets 413, one that is not an
update 400; an accepted update goes into the application's update queue, and the handlers run
as they do for polled updates (concurrently, up to `bot.app.CONCURRENT_UPDATES` at once).
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# An update is a few kilobytes (a 4096-character message, its entities, the message it replies
# to); anything near this is not Telegram's.
MAX_UPDATE_BYTES = 256 * 1024

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


class WebhookReceiver:
    """The handler of Telegram's posts: check the secret, then queue the update."""

    def __init__(self, application: AnyApplication, secret: str) -> None:
        self.application = application
        self._secret = secret.encode()

    async def receive(self, request: web.Request) -> web.Response:
        """POST <webhook path>: 403 without the secret, 413 too big, 400 not an update, 200."""
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self._secret):
            log.warning("webhook post refused: wrong or missing secret (from %s)", request.remote)
            return web.Response(status=403)
        if request.content_length is not None and request.content_length > MAX_UPDATE_BYTES:
            return web.Response(status=413)
        try:
            body = await request.read()  # the server's client_max_size caps it too
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413)
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise TypeError("an update is a JSON object")
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # untrusted input: any failure is a bad request
            log.warning("webhook post refused: not an update (%s)", type(exc).__name__)
            return web.Response(status=400)
        await self.application.update_queue.put(update)
        return web.Response(status=200)
