"""The `crmbot` command line: one sub-command per job, each defined beside its feature."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot import demo_cli, extract_cli, run_cli, store_cli

# Every sub-command module exposes `register(subparsers)`, which adds its parsers and sets
# `func(args) -> int` on them.
COMMAND_MODULES = [
    extract_cli,  # crmbot extract FILE
    store_cli,  # crmbot ingest / upcoming / tasks / db upgrade
    run_cli,  # crmbot run: the Telegram bot
    demo_cli,  # crmbot demo [--chat]: the samples and the bot in a terminal
]


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="crmbot",
        description="Dated commitments of the Regional Conference on Migration.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command and return its exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
