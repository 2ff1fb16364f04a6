"""The bot's HTTP server, started and stopped with `crmbot run` on CRMBOT_HTTP_HOST:PORT.

One server for everything an operator or Telegram reaches over HTTP:

- `GET /ics/<token>.ics`: the calendar feeds (`bot.feeds`);
- `GET /healthz`: database reachability and the reminder tick's age, 200 or 503 (`bot.health`);
- `GET /metrics`: counters and gauges in Prometheus' text format (`bot.metrics`);
- `POST <WEBHOOK_URL's path>`, in webhook mode only: Telegram's updates (`bot.webhook`).

Only the feeds and the webhook path need to be reachable from outside; a proxy in front should
pass those two and keep /healthz and /metrics for the operator's own network.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web
from telegram.ext import Application

from bot import feeds, health
from bot.metrics import CONTENT_TYPE, Gauges, exposition
from bot.ratelimit import TelegramLimiter
from bot.services import Services
from bot.webhook import MAX_UPDATE_BYTES, WebhookReceiver
from storage.reminders import outbox_depth

log = logging.getLogger(__name__)


class WebServer:
    """The HTTP server of one bot process."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.application = application
        self.services: Services = application.bot_data["services"]
        self.started = self.services.clock.now()
        self.port: int | None = None
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen on CRMBOT_HTTP_HOST:CRMBOT_HTTP_PORT (port 0: any free port)."""
        settings = self.services.settings
        app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        app.router.add_get("/ics/{token}.ics", self.feed)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics)
        path = settings.webhook_path()
        if path is not None and settings.webhook_secret is not None:
            receiver = WebhookReceiver(self.application, settings.webhook_secret.get_secret_value())
            app.router.add_post(path, receiver.receive)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, settings.crmbot_http_host, settings.crmbot_http_port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        self.started = self.services.clock.now()
        self.port = runner.addresses[0][1]
        log.info(
            "HTTP on %s:%d: /ics, /healthz, /metrics%s",
            settings.crmbot_http_host,
            self.port,
            f", webhook at {path}" if path else "",
        )

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def feed(self, request: web.Request) -> web.StreamResponse:
        """GET /ics/<token>.ics."""
        return await feeds.serve_feed(self.services, request)

    async def healthz(self, request: web.Request) -> web.Response:
        """GET /healthz: 200 when the database answers and the tick is recent, else 503."""
        report = await health.check(self.services, started=self.started)
        return web.json_response(report.as_json(), status=200 if report.healthy else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        """GET /metrics: Prometheus' text format."""
        services = self.services
        now = services.clock.now()
        depth = await health.ask_database(services, lambda s: outbox_depth(s, now=now), "metrics")
        limiter = self.application.bot.rate_limiter
        gauges = Gauges(
            database_up=depth is not None,
            outbox_depth=depth,
            retry_afters=limiter.retry_afters if isinstance(limiter, TelegramLimiter) else 0,
            last_tick=services.last_tick,
            flood_dropped=services.flood.dropped,
            flood_mutes=services.flood.muted,
        )
        return web.Response(
            text=exposition(services.metrics, gauges), headers={"Content-Type": CONTENT_TYPE}
        )
