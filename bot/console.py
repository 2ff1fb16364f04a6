"""The bot in a terminal: typed lines become updates for the real handlers, replies are printed.

`ConsoleRequest` stands in for the network under python-telegram-bot: it answers the few Bot
API methods the handlers call and prints what would have been sent. `chat` feeds lines to the
same `Application` that `crmbot run` polls with, so `crmbot demo --chat` shows exactly what a
delegate would read. A line `[label]` or `[n]` presses a button of the last message shown.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterable
from typing import Any, TextIO

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot.clock import Clock

BOT_ID = 1
BOT_USERNAME = "crmbot_demo_bot"
CHAT_ID = 1000
_TAG = re.compile(r"<[^>]+>")


class ConsoleRequest(BaseRequest):
    """An offline Bot API that prints messages and remembers the last buttons shown."""

    def __init__(self, out: TextIO, clock: Clock) -> None:
        self.out = out
        self.clock = clock
        self.message_ids = itertools.count(1)
        self.last_message: dict[str, Any] | None = None

    @property
    def read_timeout(self) -> float | None:
        """No network, so no timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Answer one Bot API call."""
        endpoint = url.rsplit("/", 1)[-1].lower()
        params: dict[str, Any] = dict(request_data.parameters) if request_data else {}
        result: Any = True
        if endpoint == "getme":
            result = bot_user()
        elif endpoint in ("sendmessage", "editmessagetext"):
            result = self._show(params, edited=endpoint == "editmessagetext")
        elif endpoint in ("senddocument", "sendphoto") and request_data is not None:
            result = self._file(endpoint, params, request_data)
        elif endpoint == "answercallbackquery" and params.get("text"):
            self.out.write(f"  ({params['text']})\n")
        body = json.dumps({"ok": True, "result": result}).encode()
        return 200, body

    def _show(self, params: dict[str, Any], *, edited: bool) -> dict[str, Any]:
        text = str(params.get("text", ""))
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        buttons = [b for row in (markup or {}).get("inline_keyboard", []) for b in row]
        self.out.write(("bot (edited):\n" if edited else "bot:\n") + plain(text) + "\n")
        if buttons:
            labels = "  ".join(f"[{i}] {b['text']}" for i, b in enumerate(buttons, 1))
            self.out.write(f"  {labels}\n")
        self.out.write("\n")
        message_id = int(params.get("message_id") or next(self.message_ids))
        message = {
            "message_id": message_id,
            "date": int(self.clock.now().timestamp()),
            "chat": private_chat(),
            "from": bot_user(),
            "text": plain(text),
        }
        if markup:
            message["reply_markup"] = markup
        self.last_message = message
        return message

    def _file(self, endpoint: str, params: dict[str, Any], data: RequestData) -> dict[str, Any]:
        """Say what file would have been sent (a terminal shows no pictures)."""
        files = data.multipart_data
        name, size = "file", 0
        for part in files.values():
            filename, content = part[0], part[1]
            name = filename or name
            size = len(content) if isinstance(content, bytes) else 0
        kind = "photo" if endpoint == "sendphoto" else "document"
        label = f"{name}, " if kind == "document" else ""
        self.out.write(f"bot ({kind}): {label}{size:,} bytes\n")
        if params.get("caption"):
            self.out.write(plain(str(params["caption"])) + "\n")
        self.out.write("\n")
        message: dict[str, Any] = {
            "message_id": next(self.message_ids),
            "date": int(self.clock.now().timestamp()),
            "chat": private_chat(),
            "from": bot_user(),
        }
        if kind == "photo":
            message["photo"] = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
        else:
            message["document"] = {"file_id": "d", "file_unique_id": "d", "file_name": name}
        return message


def plain(text: str) -> str:
    """Turn Telegram HTML into terminal text."""
    return html.unescape(_TAG.sub("", text))


def bot_user() -> dict[str, Any]:
    """Return the demo bot as Telegram describes a bot."""
    return {"id": BOT_ID, "is_bot": True, "first_name": "crmbot", "username": BOT_USERNAME}


def private_chat() -> dict[str, Any]:
    """Return the demo user's private chat."""
    return {"id": CHAT_ID, "type": "private", "first_name": "Delegada"}


def demo_user(lang: str) -> dict[str, Any]:
    """Return the demo user, speaking `lang`."""
    return {"id": CHAT_ID, "is_bot": False, "first_name": "Delegada", "language_code": lang}


async def chat(
    application: Application[Any, Any, Any, Any, Any, Any],
    request: ConsoleRequest,
    lines: Iterable[str],
    *,
    lang: str,
    echo: bool,
) -> None:
    """Feed each line to the application as the demo user's message or button press."""
    update_ids = itertools.count(1)
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if echo:
            request.out.write(f"> {line}\n")
        data = _update(line, next(update_ids), request, lang)
        if data is None:
            request.out.write("  (no such button on the last message)\n\n")
            continue
        await application.process_update(Update.de_json(data, application.bot))
        request.out.flush()


def _update(line: str, update_id: int, request: ConsoleRequest, lang: str) -> dict | None:
    user = demo_user(lang)
    pressed = re.fullmatch(r"\[(.+)\]", line)
    if pressed is None:
        message: dict[str, Any] = {
            "message_id": next(request.message_ids),
            "date": int(request.clock.now().timestamp()),
            "chat": private_chat(),
            "from": user,
            "text": line,
        }
        if line.startswith("/"):
            length = len(line.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": update_id, "message": message}
    shown = request.last_message or {}
    buttons = [b for row in shown.get("reply_markup", {}).get("inline_keyboard", []) for b in row]
    wanted = pressed[1].strip()
    if wanted.isdigit() and 1 <= int(wanted) <= len(buttons):
        button = buttons[int(wanted) - 1]
    else:
        button = next((b for b in buttons if wanted.lower() in b["text"].lower()), None)
    if button is None or "callback_data" not in button:
        return None
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "from": user,
            "chat_instance": "demo",
            "message": shown,
            "data": button["callback_data"],
        },
    }
