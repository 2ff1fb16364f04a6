"""The `crmbot` command line: one sub-command per job, each defined beside its feature."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from bot import logs

# The module behind each sub-command; each exposes `register(subparsers)`, which adds its parsers
# and sets `func(args) -> int` on them. Only the chosen sub-command's module is imported, so
# `crmbot extract` loads neither the store nor Telegram.
COMMANDS = {
    "extract": "bot.extract_cli",  # crmbot extract FILE
    "ingest": "bot.store_cli",  # crmbot ingest / upcoming / tasks / db upgrade
    "upcoming": "bot.store_cli",
    "tasks": "bot.store_cli",
    "db": "bot.store_cli",
    "run": "bot.run_cli",  # crmbot run: the Telegram bot
    "demo": "bot.demo_cli",  # crmbot demo [--chat]: the samples and the bot in a terminal
    "reminders": "bot.reminders.cli",  # crmbot reminders preview
    "export": "bot.calendar_cli",  # crmbot export --ics FILE / timeline --out FILE.png
    "timeline": "bot.calendar_cli",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Build the parser with the sub-command `command`, or with every one."""
    parser = argparse.ArgumentParser(
        prog="crmbot",
        description="Dated commitments of the Regional Conference on Migration.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    wanted = [COMMANDS[command]] if command in COMMANDS else COMMANDS.values()
    for module in dict.fromkeys(wanted):
        importlib.import_module(module).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command and return its exit status."""
    # One redacted line per warning; `crmbot run` sets up its own logging (bot/logs.py).
    handler = logs.make_handler(fmt="%(levelname)s %(name)s: %(message)s")
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    logging.getLogger("httpx").setLevel(logging.WARNING)
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in arguments if not a.startswith("-")), None)
    args = build_parser(command).parse_args(arguments)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
