"""`crmbot export --ics FILE` and `crmbot timeline --out FILE.png`: calendars from the command line.

Both show what delegates see (published items, never members-only ones), for one country or for
everyone, in the chosen language and the bot's default time zone.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.calendar import Scope, gather
from bot.catalog import load_catalog
from bot.cli_types import parse_day
from bot.clock import clock_from
from bot.feeds import render
from bot.roles import find_country
from bot.settings import Settings
from bot.store_cli import open_store
from bot.timeline import DEFAULT_MONTHS, MAX_MONTHS, render_timeline, timeline_items, timeline_title

EXIT_FAILED = 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add `export` and `timeline`."""
    p = sub.add_parser("export", help="write the calendar of the items as an iCalendar file")
    p.add_argument("--ics", required=True, type=Path, metavar="FILE", help="the .ics file to write")
    _add_scope_options(p)
    p.set_defaults(func=run_export)

    p = sub.add_parser("timeline", help="draw the next months as a PNG picture")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.png", help="the PNG to write")
    p.add_argument(
        "--months",
        type=_months,
        default=DEFAULT_MONTHS,
        help=f"how many months ahead (1 to {MAX_MONTHS}; default {DEFAULT_MONTHS})",
    )
    _add_scope_options(p)
    p.set_defaults(func=run_timeline)


def _add_scope_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--country", help="only what concerns this country (any of its names)")
    p.add_argument(
        "--lang", choices=("es", "en"), help="language of the items (default: CRMBOT_LANGUAGE)"
    )
    p.add_argument("--as-of", type=parse_day, help="as on this date (default: today)")


def run_export(args: argparse.Namespace) -> int:
    """Write the calendar of the items to `--ics`."""

    def work(session: Session, scope: Scope, now: datetime) -> bytes:
        return render(gather(session, scope, now), scope, load_catalog(session)).body

    return _write(args, args.ics, work)


def run_timeline(args: argparse.Namespace) -> int:
    """Draw the next months to `--out`."""

    def work(session: Session, scope: Scope, now: datetime) -> bytes:
        catalog = load_catalog(session)
        title = timeline_title(scope.lang, args.months, scope.country, catalog)
        items = timeline_items(session, scope, now, args.months)
        today = now.astimezone(ZoneInfo(scope.timezone)).date()
        return render_timeline(items, lang=scope.lang, today=today, months=args.months, title=title)

    return _write(args, args.out, work)


def _write(
    args: argparse.Namespace, out: Path, work: Callable[[Session, Scope, datetime], bytes]
) -> int:
    settings = Settings()
    engine = open_store(settings)
    if engine is None:
        return EXIT_FAILED
    now = (
        clock_from(settings.crmbot_now).now()
        if args.as_of is None
        else datetime.combine(args.as_of, time(12, 0), tzinfo=UTC)
    )
    try:
        with Session(engine) as session:
            country = None
            if args.country:
                country = find_country(load_catalog(session), args.country)
                if country is None:
                    print(f"crmbot: unknown country: {args.country!r}", file=sys.stderr)
                    return EXIT_FAILED
            scope = Scope(
                lang=args.lang or settings.crmbot_language,
                timezone=settings.crmbot_timezone,
                country=country,
            )
            data = work(session, scope, now)
    finally:
        engine.dispose()
    try:
        out.write_bytes(data)
    except OSError as exc:
        print(f"crmbot: cannot write {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILED
    print(f"wrote {out} ({len(data)} bytes)")
    return 0


def _months(value: str) -> int:
    try:
        months = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of months: {value!r}") from None
    if not 1 <= months <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"months must be between 1 and {MAX_MONTHS}")
    return months
