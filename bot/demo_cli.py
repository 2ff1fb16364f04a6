"""`crmbot demo`: the sample documents in a local store, and the bot answering in the terminal.

No token and no network: the real handlers run on an offline Bot API (`bot.console`), with the
clock set just after the latest sample meeting, so what is printed is what a delegate would read.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from bot.app import build_application, post_init, post_shutdown
from bot.cli_types import parse_day
from bot.clock import ShiftedClock
from bot.console import ConsoleRequest, chat
from bot.run_cli import load_settings
from bot.settings import Settings
from bot.store_cli import EXIT_FAILED, ingest_sources, open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# The demo date when no sample states its meeting date.
DEMO_FALLBACK = date(2017, 6, 23)
# What the demo asks when it is not given lines to read.
SCRIPT = {
    "es": ["/start", "[Observador]", "[Ahora no]", "/next", "¿qué tiene pendiente Guatemala?"],
    "en": ["/start", "[Observer]", "[Not now]", "/next", "what does Guatemala still owe?"],
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add `crmbot demo`."""
    p = sub.add_parser("demo", help="load the sample documents and show the bot answering")
    p.add_argument(
        "--as-of", type=parse_day, help="the demo's date (default: after the latest sample meeting)"
    )
    p.add_argument(
        "--chat", action="store_true", help="answer lines from standard input with the bot"
    )
    p.add_argument("--lang", choices=("es", "en"), help="the demo user's Telegram language")
    p.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """Ingest the samples (published), then run the demo conversation or the typed one."""
    settings = load_settings()
    if settings is None:
        return EXIT_FAILED
    if not SAMPLES.is_dir():
        print(f"crmbot: no sample documents at {SAMPLES}", file=sys.stderr)
        return EXIT_FAILED
    engine = open_store(settings)
    if engine is None:
        return EXIT_FAILED
    out = sys.stdout
    out.write(f"Database: {engine.url.render_as_string(hide_password=True)}\n")
    days: list[date] = []
    failures = ingest_sources(
        engine, [str(SAMPLES)], settings=settings, publish=True, as_of=None, meeting_days=days
    )
    as_of = args.as_of or (max(days) + timedelta(days=1) if days else DEMO_FALLBACK)
    zone = ZoneInfo(settings.crmbot_timezone)
    clock = ShiftedClock(datetime.combine(as_of, time(9, 0), tzinfo=zone))
    lang = args.lang or settings.crmbot_language
    out.write(f"Demo date: {as_of.isoformat()} ({settings.crmbot_timezone})\n\n")
    if args.chat:
        lines = sys.stdin
        echo = not sys.stdin.isatty()
        if not echo:
            out.write("Type a command or a question; [n] presses a button; Ctrl-D ends.\n\n")
    else:
        lines, echo = iter(SCRIPT[lang]), True
    asyncio.run(_converse(settings, engine, clock, lines, lang=lang, echo=echo))
    return EXIT_FAILED if failures else 0


async def _converse(
    settings: Settings, engine: Engine, clock: ShiftedClock, lines: Any, *, lang: str, echo: bool
) -> None:
    request = ConsoleRequest(sys.stdout, clock)
    application = build_application(
        settings, clock=clock, engine=engine, token="1:console", request=request
    )
    await application.initialize()
    await post_init(application)
    try:
        await chat(application, request, lines, lang=lang, echo=echo)
    finally:
        await application.shutdown()
        await post_shutdown(application)
