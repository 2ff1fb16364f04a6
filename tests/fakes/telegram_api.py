"""A fake Telegram Bot API server on 127.0.0.1 for the bot's tests.

The server speaks the Bot API over HTTP the way Telegram does (`{base}/bot{token}/{method}` and
`{base}/file/bot{token}/{path}`), so the real `crmbot run` process or an in-process
python-telegram-bot `Application` can be pointed at it. It runs on its own event loop in a
background thread; tests drive it through `FakeTelegram`'s methods: create users and groups, queue
what they type or press, and read (or wait for) what the bot sent.

What it reproduces, with Telegram's own status codes and wording: long polling with offsets,
redelivery and the 409 conflicts; HTML parsing of texts and captions (see `parse_html`), length
limits, inline keyboard checks; edits, deletions, callback answers; documents and photos with
getFile and downloads; bot commands; blocked users; flood limits (429 with retry_after). Markdown
parse modes are accepted but not parsed: the text is stored as sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import math
import mimetypes
import random
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

JSON = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# Text: Telegram's HTML parse mode
# ---------------------------------------------------------------------------------------------


class EntityParseError(ValueError):
    """Telegram's reason for refusing an HTML text ("can't parse entities: <reason>")."""


@dataclass(frozen=True)
class FormattedText:
    """A text as Telegram stores it: plain characters plus entities in UTF-16 offsets."""

    text: str
    entities: tuple[JSON, ...] = ()

    def trimmed(self) -> FormattedText:
        """Drop leading and trailing whitespace, as Telegram does before storing a message."""
        stripped = self.text.strip(_TRIMMED)
        if stripped == self.text:
            return self
        start = utf16_length(self.text[: len(self.text) - len(self.text.lstrip(_TRIMMED))])
        end = start + utf16_length(stripped)
        entities = []
        for entity in self.entities:
            begin = max(entity["offset"], start)
            finish = min(entity["offset"] + entity["length"], end)
            if finish > begin:
                entities.append(entity | {"offset": begin - start, "length": finish - begin})
        return FormattedText(stripped, tuple(entities))


_TRIMMED = " \t\r\n\v\f"
_SUPPORTED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
        "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SIMPLE_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED_ENTITIES = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}
# Telegram's order for entities that start at the same place and have the same length.
_ENTITY_PRIORITY = {
    "blockquote": 0,
    "expandable_blockquote": 1,
    "pre": 11,
    "code": 20,
    "text_link": 49,
    "text_mention": 49,
    "bold": 90,
    "italic": 91,
    "underline": 92,
    "strikethrough": 93,
    "spoiler": 94,
    "custom_emoji": 99,
}
_SPACE_BYTES = frozenset(b" \t\r\n\v\0")
_NAME_TOKEN_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")


def utf16_length(text: str) -> int:
    """Return the length of `text` in UTF-16 code units, the unit of entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def parse_html(source: str) -> FormattedText:
    """Parse a text sent with parse_mode=HTML the way Telegram does, or raise EntityParseError.

    Telegram's parser is lenient where HTML is lenient: an `&` that starts no known entity is a
    literal `&`, entities may omit their `;`, attribute values need no quotes. It is strict about
    tags: only Telegram's tags, properly nested and closed. Byte offsets in errors count UTF-8 bytes
    of the source.
    """
    return _HtmlParser(source).parse()


@dataclass
class _OpenTag:
    name: str
    argument: str
    utf16_offset: int
    output_position: int


class _HtmlParser:
    """One pass over the UTF-8 bytes of the source; a NUL sentinel marks the end."""

    def __init__(self, source: str) -> None:
        self.data = source.encode("utf-8", "surrogatepass") + b"\0"
        self.size = len(self.data) - 1
        self.output = bytearray()
        self.utf16_offset = 0
        self.entities: list[JSON] = []
        self.open_tags: list[_OpenTag] = []
        self.has_surrogate = False

    def parse(self) -> FormattedText:
        position = 0
        while position < self.size:
            byte = self.data[position]
            if byte == ord("&"):
                decoded = _decode_html_entity(self.data, position)
                if decoded is not None:
                    code, position = decoded
                    self._emit_code_point(code)
                    continue
            if byte != ord("<"):
                self._emit_byte(byte)
                position += 1
                continue
            if self.data[position + 1] == ord("/"):
                position = self._end_tag(position)
            else:
                position = self._start_tag(position)
        if self.open_tags:
            raise EntityParseError(
                f'Can\'t find end tag corresponding to start tag "{self.open_tags[-1].name}"'
            )
        text = self.output.decode("utf-8", "surrogatepass")
        if self.has_surrogate:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise EntityParseError(
                    "Text contains invalid Unicode characters after decoding HTML entities, "
                    "check for unmatched surrogate code units"
                ) from None
        entities = []
        for entity in self.entities:
            argument = entity.pop("argument", "")
            if entity["type"] == "pre" and argument:
                entity["language"] = argument
            entities.append(entity)
        entities.sort(key=lambda e: (e["offset"], -e["length"], _ENTITY_PRIORITY[e["type"]]))
        return FormattedText(text, tuple(entities))

    def _emit_byte(self, byte: int) -> None:
        if byte & 0xC0 != 0x80:  # the first byte of a character
            self.utf16_offset += 2 if byte >= 0xF0 else 1
        self.output.append(byte)

    def _emit_code_point(self, code: int) -> None:
        self.utf16_offset += 2 if code > 0xFFFF else 1
        if 0xD800 <= code <= 0xDFFF:
            self.has_surrogate = True
        self.output += chr(code).encode("utf-8", "surrogatepass")

    def _skip_spaces(self, position: int) -> int:
        while self.data[position] != 0 and self.data[position] in _SPACE_BYTES:
            position += 1
        return position

    def _start_tag(self, begin: int) -> int:
        data = self.data
        position = begin + 1
        while data[position] not in _SPACE_BYTES and data[position] != ord(">"):
            position += 1
        if data[position] == 0:
            raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
        name = _ascii_lower(data[begin + 1 : position])
        if name not in _SUPPORTED_TAGS:
            raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {begin}')
        argument = ""
        while data[position] != ord(">"):
            position = self._skip_spaces(position)
            if data[position] == ord(">"):
                break
            attribute_begin = position
            while data[position] not in _SPACE_BYTES and data[position] not in b"=>/\"'":
                position += 1
            attribute = data[attribute_begin:position]
            if not attribute:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset {begin}'
                )
            position = self._skip_spaces(position)
            if data[position] != ord("="):
                if data[position] == 0:
                    raise EntityParseError(f'Unclosed start tag "{name}" at byte offset {begin}')
                if name == "blockquote" and attribute == b"expandable":
                    argument = "1"
                continue
            position = self._skip_spaces(position + 1)
            if data[position] == 0:
                raise EntityParseError(f'Unclosed start tag "{name}" at byte offset {begin}')
            value, position = self._attribute_value(position)
            if data[position] == 0:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
            argument = _tag_argument(name, attribute, value, argument)
        if name == "span" and argument != "spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {begin}'
            )
        self.open_tags.append(_OpenTag(name, argument, self.utf16_offset, len(self.output)))
        return position + 1

    def _attribute_value(self, position: int) -> tuple[str, int]:
        data = self.data
        quote = data[position]
        if quote not in b"\"'":
            begin = position
            while data[position] in _NAME_TOKEN_BYTES:
                position += 1
            if data[position] not in _SPACE_BYTES and data[position] != ord(">"):
                raise EntityParseError(f"Unexpected end of name token at byte offset {begin}")
            return _ascii_lower(data[begin:position]), position
        position += 1
        value = bytearray()
        while data[position] != quote and data[position] != 0:
            if data[position] == ord("&"):
                decoded = _decode_html_entity(data, position)
                if decoded is not None:
                    code, position = decoded
                    value += chr(code).encode("utf-8", "surrogatepass")
                    continue
            value.append(data[position])
            position += 1
        if data[position] == quote:
            position += 1
        return value.decode("utf-8", "replace"), position

    def _end_tag(self, begin: int) -> int:
        data = self.data
        if not self.open_tags:
            raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
        position = begin + 1
        while data[position] not in _SPACE_BYTES and data[position] != ord(">"):
            position += 1
        end_name = _ascii_lower(data[begin + 2 : position])
        position = self._skip_spaces(position)
        if data[position] != ord(">"):
            raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
        tag = self.open_tags.pop()
        if end_name and end_name != tag.name:
            raise EntityParseError(
                f"Unmatched end tag at byte offset {begin}, "
                f'expected "</{tag.name}>", found "</{end_name}>"'
            )
        if self.utf16_offset > tag.utf16_offset:
            self._add_entity(tag, self.utf16_offset - tag.utf16_offset)
        return position + 1

    def _add_entity(self, tag: _OpenTag, length: int) -> None:
        offset = tag.utf16_offset
        last = self.entities[-1] if self.entities else None
        same_range = last is not None and last["offset"] == offset and last["length"] == length
        entity: JSON = {"offset": offset, "length": length}
        if tag.name in _SIMPLE_TAG_TYPES:
            entity["type"] = _SIMPLE_TAG_TYPES[tag.name]
        elif tag.name == "tg-emoji":
            if not tag.argument.isdigit() or int(tag.argument) == 0:
                raise EntityParseError("Invalid custom emoji identifier specified")
            entity |= {"type": "custom_emoji", "custom_emoji_id": tag.argument}
        elif tag.name == "a":
            url = tag.argument or self.output[tag.output_position :].decode("utf-8", "replace")
            checked = checked_link(url)
            if checked is None:
                return  # Telegram keeps the text and drops a link it cannot use
            entity |= {"type": "text_link", "url": checked}
        elif tag.name == "blockquote":
            entity["type"] = "expandable_blockquote" if tag.argument else "blockquote"
        elif tag.name == "pre" and same_range and last and last["type"] == "code":
            if last.get("argument"):
                last["type"] = "pre"
                return
            entity["type"] = "pre"
        elif tag.name == "code" and same_range and last and last["type"] == "pre":
            if tag.argument:
                last["argument"] = tag.argument
                return
            entity["type"] = "code"
        else:
            entity |= {"type": tag.name, "argument": tag.argument}
        self.entities.append(entity)


def _decode_html_entity(data: bytes, position: int) -> tuple[int, int] | None:
    """Decode the character reference at `position` (an `&`): (code point, next position)."""
    end = position + 1
    code = 0
    if data[end] == ord("#"):
        end += 1
        digits, base = b"0123456789", 10
        if data[end] == ord("x"):
            end += 1
            digits, base = b"0123456789abcdefABCDEF", 16
        while data[end] in digits:
            code = code * base + int(chr(data[end]), base)
            end += 1
        if code == 0 or code >= 0x10FFFF or end - position >= 10:
            return None
    else:
        while chr(data[end]).isascii() and chr(data[end]).isalpha():
            end += 1
        name = _NAMED_ENTITIES.get(data[position + 1 : end])
        if name is None:
            return None
        code = ord(name)
    if data[end] == ord(";"):
        end += 1
    return code, end


def _tag_argument(tag: str, attribute: bytes, value: str, current: str) -> str:
    if tag == "a" and attribute == b"href":
        return value
    if tag == "code" and attribute == b"class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attribute == b"class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and attribute == b"emoji-id":
        return value
    if tag == "blockquote" and attribute == b"expandable":
        return "1"
    return current


def _ascii_lower(raw: bytes) -> str:
    return raw.lower().decode("utf-8", "replace")


_URL_SCHEMES = ("http", "https", "tg", "ton")
_HOST_LABEL = re.compile(r"[A-Za-z0-9\-\u00a1-\uffff]+")


def checked_link(url: str) -> str | None:
    """Return the link Telegram would keep for `url` (scheme added), or None if it refuses it."""
    try:
        return link_or_error(url)
    except ValueError:
        return None


def link_or_error(url: str) -> str:
    """Return the normalised link, or raise ValueError with Telegram's reason."""
    url = url.strip()
    scheme, separator, rest = url.partition("://")
    if not separator:
        scheme, rest = "http", url
    scheme = scheme.lower()
    if scheme not in _URL_SCHEMES:
        raise ValueError("Unsupported URL protocol")
    if scheme in ("tg", "ton"):
        if not rest:
            raise ValueError("Wrong URL")
        return f"{scheme}://{rest}"
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2].partition(":")[0]
    if not host:
        raise ValueError("URL host is empty")
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        raise ValueError("Wrong HTTP URL")
    return f"{scheme}://{rest}"


_BOT_COMMAND = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")


def bot_command_entities(text: str) -> list[JSON]:
    """Return the bot_command entities Telegram marks in a text a user sends."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_length(text[: match.start()]),
            "length": utf16_length(match.group()),
        }
        for match in _BOT_COMMAND.finditer(text)
    ]


# ---------------------------------------------------------------------------------------------
# Errors and flood control
# ---------------------------------------------------------------------------------------------


class ApiError(Exception):
    """A Bot API error response: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    return ApiError(403, f"Forbidden: {reason}")


@dataclass(frozen=True)
class Rate:
    """A flood limit: `burst` sends at once, then `per_second` sends per second."""

    burst: int
    per_second: float


@dataclass(frozen=True)
class Limits:
    """Telegram's flood limits for one bot (Bots FAQ): overall, per private chat, per group."""

    overall: Rate = Rate(burst=30, per_second=30.0)
    private_chat: Rate = Rate(burst=3, per_second=1.0)  # short bursts tolerated
    group: Rate = Rate(burst=20, per_second=20 / 60)


@dataclass(frozen=True)
class Faults:
    """Failures injected into sends, as a loaded Bot API answers some of them.

    A share of sends gets 429 with a `retry_after` in the given range, another share 500;
    neither delivers the message. `seed` makes a run repeatable.
    """

    rate_429: float = 0.0
    retry_after: tuple[int, int] = (1, 3)
    rate_500: float = 0.0
    seed: int = 0


class FloodControl:
    """Token buckets per limit and chat; a send over any limit is refused whole."""

    def __init__(self, limits: Limits, clock: Callable[[], float]) -> None:
        self.limits = limits
        self.clock = clock
        self._tokens: dict[tuple[str, int], tuple[float, float]] = {}
        self.faults = Faults()
        self._random = random.Random(0)

    def inject(self, faults: Faults) -> None:
        """Start failing sends as `faults` says."""
        self.faults = faults
        self._random = random.Random(faults.seed)

    def spend(self, chat: Chat, *, counts_overall: bool) -> None:
        """Count one send to `chat`, or raise 429 with the seconds to wait."""
        draw = self._random.random()
        if draw < self.faults.rate_429:
            retry_after = self._random.randint(*self.faults.retry_after)
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        if draw < self.faults.rate_429 + self.faults.rate_500:
            raise ApiError(500, "Internal Server Error")
        now = self.clock()
        rate = self.limits.private_chat if chat.type == "private" else self.limits.group
        keys = [(("chat", chat.id), rate)]
        if counts_overall:
            keys.append((("overall", 0), self.limits.overall))
        available = [(key, rate, self._available(key, rate, now)) for key, rate in keys]
        wait = max((1 - tokens) / rate.per_second for _, rate, tokens in available)
        if wait > 1e-9:
            retry_after = max(1, math.ceil(wait - 1e-9))
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        for key, _, tokens in available:
            self._tokens[key] = (tokens - 1, now)

    def _available(self, key: tuple[str, int], rate: Rate, now: float) -> float:
        tokens, updated = self._tokens.get(key, (float(rate.burst), now))
        return min(float(rate.burst), tokens + (now - updated) * rate.per_second)


# ---------------------------------------------------------------------------------------------
# What the server knows: users, chats, messages, files
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    """A Telegram user the test created."""

    id: int
    first_name: str
    language_code: str | None = None
    username: str | None = None
    last_name: str | None = None
    is_bot: bool = False

    def to_api(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for name in ("last_name", "username", "language_code"):
            if getattr(self, name) is not None:
                data[name] = getattr(self, name)
        return data


@dataclass
class Chat:
    """A private chat with a user, or a group the bot is in."""

    id: int
    type: str
    title: str | None = None
    user: User | None = None
    members: list[User] = field(default_factory=list)
    started: bool = True  # a private chat where the user has pressed Start
    blocked: bool = False
    bot_removed: bool = False

    def to_api(self) -> JSON:
        if self.user is not None:
            data: JSON = {"id": self.id, "type": self.type, "first_name": self.user.first_name}
            if self.user.last_name:
                data["last_name"] = self.user.last_name
            if self.user.username:
                data["username"] = self.user.username
            return data
        return {"id": self.id, "type": self.type, "title": self.title}


@dataclass
class StoredFile:
    """A file the server holds: uploaded by the bot or sent by a user."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    file_name: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0
    # Telegram may leave file_size out of a Document.
    size_given: bool = True

    @property
    def size(self) -> int:
        return len(self.content)

    def document(self) -> JSON:
        data: JSON = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.size_given:
            data["file_size"] = self.size
        if self.file_name:
            data["file_name"] = self.file_name
        if self.mime_type:
            data["mime_type"] = self.mime_type
        return data

    def photo_sizes(self) -> list[JSON]:
        largest = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "width": self.width,
            "height": self.height,
        }
        scale = 90 / max(self.width, self.height, 1)
        if scale >= 1:
            return [largest]
        thumbnail = largest | {
            "file_id": f"{self.file_id}-s",
            "file_unique_id": f"{self.file_unique_id}-s",
            "width": max(1, round(self.width * scale)),
            "height": max(1, round(self.height * scale)),
        }
        return [thumbnail, largest]


@dataclass(frozen=True)
class MessageState:
    """One version of a message: what it said and which buttons it had."""

    text: str | None
    html: str | None
    parse_mode: str | None
    entities: tuple[JSON, ...]
    reply_markup: JSON | None
    date: int


@dataclass
class Message:
    """A message in a chat, in its current state; `history` keeps the versions before edits."""

    chat: Chat
    message_id: int
    sender: User
    date: int
    from_bot: bool
    text: str | None = None  # plain text (or caption) after parsing
    html: str | None = None  # the text (or caption) exactly as sent
    parse_mode: str | None = None
    entities: tuple[JSON, ...] = ()
    reply_markup: JSON | None = None
    document: StoredFile | None = None
    photo: StoredFile | None = None
    reply_to: Message | None = None
    edit_date: int | None = None
    deleted: bool = False
    history: list[MessageState] = field(default_factory=list)

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def caption(self) -> str | None:
        return self.text if self.has_media else None

    @property
    def has_media(self) -> bool:
        return self.document is not None or self.photo is not None

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        """Inline keyboard rows as (text, callback_data or url)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [
            [(button["text"], button.get("callback_data", button.get("url"))) for button in row]
            for row in rows
        ]

    def button(self, text: str) -> JSON:
        """Return the inline button labelled `text`; fail listing the buttons there are."""
        for row in (self.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == text:
                    return dict(button)
        raise AssertionError(
            f"no button {text!r} on message {self.message_id} in chat {self.chat_id}; "
            f"buttons: {self.buttons}\n{self.describe()}"
        )

    def state(self) -> MessageState:
        return MessageState(
            self.text, self.html, self.parse_mode, self.entities, self.reply_markup, self.date
        )

    def describe(self) -> str:
        who = "bot" if self.from_bot else self.sender.first_name
        kind = " [document]" if self.document else " [photo]" if self.photo else ""
        buttons = f" buttons={self.buttons}" if self.buttons else ""
        edited = f" (edited {len(self.history)}x)" if self.history else ""
        return f"#{self.message_id} {who}{kind}{edited}: {self.text!r}{buttons}"

    def to_api(self, *, with_reply: bool = True) -> JSON:
        data: JSON = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": self.chat.to_api(),
            "from": self.sender.to_api(),
        }
        text_field, entities_field = (
            ("caption", "caption_entities") if self.has_media else ("text", "entities")
        )
        if self.text:
            data[text_field] = self.text
        if self.entities:
            data[entities_field] = [dict(entity) for entity in self.entities]
        if self.document is not None:
            data["document"] = self.document.document()
        if self.photo is not None:
            data["photo"] = self.photo.photo_sizes()
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = copy.deepcopy(self.reply_markup)
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if with_reply and self.reply_to is not None:
            data["reply_to_message"] = self.reply_to.to_api(with_reply=False)
        return data


@dataclass
class CallbackAnswer:
    """What the bot answered to a button press."""

    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int


@dataclass
class CallbackQuery:
    """A button press the server issued to the bot."""

    id: str
    user: User
    message: Message
    data: str
    answer: CallbackAnswer | None = None


@dataclass(frozen=True)
class ApiCall:
    """One Bot API request the server answered."""

    method: str
    params: JSON
    status: int
    description: str | None
    at: float

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content: bytes
    content_type: str | None


# ---------------------------------------------------------------------------------------------
# Request parameters
# ---------------------------------------------------------------------------------------------


class Params:
    """A method's parameters, however they were sent: query string, form, multipart or JSON."""

    def __init__(self, values: JSON, files: dict[str, Upload]) -> None:
        self.values = values
        self.files = files

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "") or name in self.files

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return json.dumps(value)

    def integer(self, name: str) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(str(value))
        except ValueError:
            raise bad_request(f'field "{name}" must be a valid Number') from None

    def boolean(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    def json(self, name: str, what: str) -> Any:
        value = self.values.get(name)
        if not isinstance(value, str):
            return value
        if value == "":
            return None
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {what} JSON object") from None

    def input_file(self, name: str) -> Upload | str | None:
        """Return the upload for `name` (direct or attach://), or the file_id/URL string."""
        if name in self.files:
            return self.files[name]
        value = self.text(name)
        if value and value.startswith("attach://"):
            return self.files.get(value.removeprefix("attach://"))
        return value or None

    def loggable(self) -> JSON:
        logged = {name: value for name, value in self.values.items()}
        for name, upload in self.files.items():
            logged[name] = f"<file {upload.filename!r}, {len(upload.content)} bytes>"
        return logged


async def read_params(request: web.Request) -> Params:
    """Collect the parameters of a Bot API request."""
    values: JSON = dict(request.query)
    files: dict[str, Upload] = {}
    if request.content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            values.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                content_type = value.content_type
                files[name] = Upload(value.filename, value.file.read(), content_type)
            else:
                values[name] = value
    return Params(values, files)


# ---------------------------------------------------------------------------------------------
# The state of the fake Telegram and its Bot API methods
# ---------------------------------------------------------------------------------------------

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post",
        "business_connection", "business_message", "edited_business_message",
        "deleted_business_messages", "inline_query", "chosen_inline_result", "callback_query",
        "shipping_query", "pre_checkout_query", "purchased_paid_media", "poll", "poll_answer",
        "my_chat_member", "chat_join_request", "chat_boost", "removed_chat_boost",
    }
)  # fmt: skip
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
CONFLICT_OTHER_POLLER = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)


class TelegramState:
    """Everything the fake Telegram knows; every access happens under FakeTelegram's lock."""

    def __init__(
        self,
        *,
        token: str,
        bot_username: str,
        bot_name: str,
        privacy_mode: bool,
        limits: Limits,
        monotonic: Callable[[], float],
        wall_clock: Callable[[], float],
        on_update: Callable[[], None],
    ) -> None:
        self.token = token
        self.bot = User(
            id=int(token.split(":", 1)[0]), first_name=bot_name, username=bot_username, is_bot=True
        )
        self.privacy_mode = privacy_mode
        self.flood = FloodControl(limits, monotonic)
        self.monotonic = monotonic
        self.wall_clock = wall_clock
        self.on_update = on_update
        self.chats: dict[int, Chat] = {}
        self.messages: dict[int, list[Message]] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.callback_queries: dict[str, CallbackQuery] = {}
        self.updates: list[JSON] = []
        self.next_update_id = 100_000_001
        self.confirmed_offset = 0
        self.allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self.webhook_url = ""
        self.webhook_secret = ""  # Telegram sends it in X-Telegram-Bot-Api-Secret-Token
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.descriptions: dict[tuple[str, str], str] = {}
        self.menu_buttons: dict[int | None, JSON] = {}
        self.calls: list[ApiCall] = []
        self.queued_at: dict[int, float] = {}  # update_id -> when it was queued (monotonic)
        self.downloads: list[str] = []  # file paths the bot downloaded
        self._counter = 0

    # -- helpers shared by the methods and the control API --

    def now(self) -> int:
        return int(self.wall_clock())

    def new_id(self) -> int:
        self._counter += 1
        return self._counter

    def queue_update(self, kind: str, payload: JSON) -> JSON | None:
        """Queue an update unless the bot's allowed_updates filter it out."""
        if kind not in self.allowed_updates:
            return None
        update = {"update_id": self.next_update_id, kind: payload}
        self.next_update_id += 1
        self.queued_at[update["update_id"]] = self.monotonic()
        self.updates.append(update)
        self.on_update()
        return update

    def confirm(self, offset: int | None) -> None:
        """Forget updates as getUpdates' offset says (a negative one counts from the end)."""
        if not offset:
            return
        if offset < 0:
            del self.updates[: max(0, len(self.updates) + offset)]
        else:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        self.confirmed_offset = max(self.confirmed_offset, offset)

    def add_message(self, chat: Chat, sender: User, **fields: Any) -> Message:
        history = self.messages.setdefault(chat.id, [])
        message_id = history[-1].message_id + 1 if history else 1
        message = Message(
            chat=chat,
            message_id=message_id,
            sender=sender,
            date=self.now(),
            from_bot=sender.is_bot,
            **fields,
        )
        history.append(message)
        return message

    def find_message(self, chat: Chat, message_id: int | None) -> Message | None:
        for message in self.messages.get(chat.id, []):
            if message.message_id == message_id and not message.deleted:
                return message
        return None

    def store_file(
        self, content: bytes, folder: str, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        number = self.new_id()
        extension = (file_name or "").rpartition(".")[2] if file_name and "." in file_name else ""
        path = f"{folder}/file_{number}" + (f".{extension}" if extension else "")
        stored = StoredFile(
            file_id=f"{folder[:3].upper()}{number:06d}{secrets.token_hex(8)}",
            file_unique_id=f"AgAD{number:06d}",
            file_path=path,
            content=content,
            file_name=file_name,
            mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        self.files_by_path[path] = stored
        return stored

    # -- checks the methods share --

    def target_chat(self, p: Params) -> Chat:
        raw = p.text("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        if raw.startswith("@"):
            for chat in self.chats.values():
                if chat.user and chat.user.username and f"@{chat.user.username}" == raw:
                    return chat
            raise bad_request("chat not found")
        try:
            chat_id = int(raw)
        except ValueError:
            raise bad_request("chat not found") from None
        if chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def check_can_send(self, chat: Chat) -> None:
        if chat.type == "private":
            if chat.blocked:
                raise forbidden("bot was blocked by the user")
            if not chat.started:
                raise forbidden("bot can't initiate conversation with a user")
        elif chat.bot_removed:
            raise forbidden(f"bot was kicked from the {chat.type} chat")

    def formatted(self, p: Params, *, text_field: str, entities_field: str) -> FormattedText:
        raw = p.text(text_field) or ""
        entities = p.json(entities_field, "entities")
        parse_mode = (p.text("parse_mode") or "").lower()
        if entities:
            result = FormattedText(raw, tuple(entities))
        elif parse_mode == "html":
            try:
                result = parse_html(raw)
            except EntityParseError as error:
                raise bad_request(f"can't parse entities: {error}") from None
        elif parse_mode in ("", "markdown", "markdownv2"):
            result = FormattedText(raw)
        else:
            raise bad_request("unsupported parse_mode")
        return result.trimmed()

    def reply_markup(self, p: Params) -> JSON | None:
        markup = p.json("reply_markup", "reply keyboard markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("Object expected as reply markup")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise bad_request('field "inline_keyboard" must be of type Array')
            for row in rows:
                for button in row:
                    check_inline_button(button)
        elif not any(key in markup for key in ("keyboard", "remove_keyboard", "force_reply")):
            raise bad_request("can't parse reply keyboard markup JSON object")
        return markup

    def reply_target(self, chat: Chat, p: Params) -> Message | None:
        parameters = p.json("reply_parameters", "reply parameters") or {}
        message_id = parameters.get("message_id", p.integer("reply_to_message_id"))
        if message_id is None:
            return None
        target = self.find_message(chat, int(message_id))
        allow_missing = parameters.get("allow_sending_without_reply") or p.boolean(
            "allow_sending_without_reply"
        )
        if target is None and not allow_missing:
            raise bad_request("message to be replied not found")
        return target

    def editable(self, chat: Chat, p: Params) -> Message:
        if p.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        message = self.find_message(chat, p.integer("message_id"))
        if message is None:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def send_media(self, p: Params, field_name: str) -> Message:
        chat = self.target_chat(p)
        stored = self.media_file(p, field_name)
        caption = self.formatted(p, text_field="caption", entities_field="caption_entities")
        if len(caption.text) > MAX_CAPTION_LENGTH:
            raise bad_request("message caption is too long")
        markup = self.reply_markup(p)
        reply_to = self.reply_target(chat, p)
        self.check_can_send(chat)
        self.flood.spend(chat, counts_overall=True)
        media = {"document": stored} if field_name == "document" else {"photo": stored}
        return self.add_message(
            chat,
            self.bot,
            text=caption.text or None,
            html=p.text("caption"),
            parse_mode=p.text("parse_mode"),
            entities=caption.entities,
            reply_markup=markup,
            reply_to=reply_to,
            **media,
        )

    def media_file(self, p: Params, field_name: str) -> StoredFile:
        source = p.input_file(field_name)
        if source is None:
            raise bad_request(f"there is no {field_name} in the request")
        if isinstance(source, str):
            if source.startswith(("http://", "https://")):
                raise bad_request("failed to get HTTP URL content")
            if source not in self.files:
                raise bad_request("wrong file identifier/HTTP URL specified")
            return self.files[source]
        if field_name == "photo":
            size = image_size(source.content)
            if size is None:
                raise bad_request("IMAGE_PROCESS_FAILED")
            stored = self.store_file(source.content, "photos", None, "image/jpeg")
            stored.width, stored.height = size
            return stored
        mime_type = source.content_type
        if not mime_type or mime_type == "application/octet-stream":
            mime_type = mimetypes.guess_type(source.filename or "")[0] or mime_type
        return self.store_file(source.content, "documents", source.filename, mime_type)


INLINE_BUTTON_ACTIONS = (
    "callback_data", "url", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)  # fmt: skip


def check_inline_button(button: Any) -> None:
    """Refuse an inline keyboard button the way Telegram does."""
    prefix = "can't parse inline keyboard button: "
    if not isinstance(button, dict):
        raise bad_request(prefix + "InlineKeyboardButton must be an Object")
    if "text" not in button:
        raise bad_request(prefix + 'Can\'t find field "text"')
    if not isinstance(button["text"], str):
        raise bad_request(prefix + 'Field "text" must be of type String')
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    actions = [key for key in INLINE_BUTTON_ACTIONS if button.get(key) not in (None, "")]
    if not actions:
        raise bad_request(prefix + "Text buttons are unallowed in the inline keyboard")
    if "callback_data" in actions:
        data = button["callback_data"]
        if not isinstance(data, str) or len(data.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in actions:
        url = str(button["url"])
        try:
            link = link_or_error(url)
        except ValueError as error:
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: {error}") from None
        if link.startswith("http") and "." not in link.split("://", 1)[1].split("/", 1)[0]:
            raise bad_request("BUTTON_URL_INVALID")


def image_size(content: bytes) -> tuple[int, int] | None:
    """Return (width, height) of a PNG or JPEG image, or None if it is neither."""
    if content.startswith(b"\x89PNG\r\n\x1a\n") and len(content) >= 24:
        return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
    if not content.startswith(b"\xff\xd8"):
        return None
    position = 2
    while position + 9 < len(content):
        if content[position] != 0xFF:
            return None
        marker = content[position + 1]
        length = int.from_bytes(content[position + 2 : position + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(content[position + 5 : position + 7], "big")
            width = int.from_bytes(content[position + 7 : position + 9], "big")
            return width, height
        position += 2 + length
    return None


# -- the Bot API methods: each takes the state and the parameters, returns the result --

Method = Callable[[TelegramState, Params], Any]
METHODS: dict[str, tuple[str, Method]] = {}


def api_method(name: str) -> Callable[[Method], Method]:
    def register(function: Method) -> Method:
        METHODS[name.lower()] = (name, function)
        return function

    return register


@api_method("getMe")
def get_me(state: TelegramState, p: Params) -> JSON:
    return state.bot.to_api() | {
        "can_join_groups": True,
        "can_read_all_group_messages": not state.privacy_mode,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@api_method("logOut")
def log_out(state: TelegramState, p: Params) -> bool:
    return True


@api_method("close")
def close(state: TelegramState, p: Params) -> bool:
    return True


@api_method("getWebhookInfo")
def get_webhook_info(state: TelegramState, p: Params) -> JSON:
    info: JSON = {
        "url": state.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.updates),
    }
    if state.webhook_url:
        info["max_connections"] = 40
    return info


@api_method("setWebhook")
def set_webhook(state: TelegramState, p: Params) -> bool:
    url = p.text("url") or ""
    if url and checked_link(url) is None:
        raise bad_request("bad webhook: Failed to resolve host: Name or service not known")
    if url and not url.lower().startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = p.text("secret_token") or ""
    if secret and not WEBHOOK_SECRET.fullmatch(secret):
        raise bad_request("bad webhook: secret token contains unallowed characters")
    allowed = p.json("allowed_updates", "allowed updates")
    if isinstance(allowed, list):
        state.allowed_updates = frozenset(allowed) or DEFAULT_ALLOWED_UPDATES
    if p.boolean("drop_pending_updates"):
        state.updates.clear()
    state.webhook_url = url
    state.webhook_secret = secret if url else ""
    return True


@api_method("deleteWebhook")
def delete_webhook(state: TelegramState, p: Params) -> bool:
    if p.boolean("drop_pending_updates"):
        state.updates.clear()
    state.webhook_url = ""
    state.webhook_secret = ""
    return True


@api_method("sendMessage")
def send_message(state: TelegramState, p: Params) -> JSON:
    if p.has("chat_id") and not p.text("text"):
        raise bad_request("message text is empty")
    chat = state.target_chat(p)
    text = state.formatted(p, text_field="text", entities_field="entities")
    if not text.text:
        raise bad_request("text must be non-empty")
    if len(text.text) > MAX_TEXT_LENGTH:  # Telegram counts characters (code points) here
        raise bad_request("message is too long")
    markup = state.reply_markup(p)
    reply_to = state.reply_target(chat, p)
    state.check_can_send(chat)
    state.flood.spend(chat, counts_overall=True)
    message = state.add_message(
        chat,
        state.bot,
        text=text.text,
        html=p.text("text"),
        parse_mode=p.text("parse_mode"),
        entities=text.entities,
        reply_markup=markup,
        reply_to=reply_to,
    )
    return message.to_api()


@api_method("sendDocument")
def send_document(state: TelegramState, p: Params) -> JSON:
    return state.send_media(p, "document").to_api()


@api_method("sendPhoto")
def send_photo(state: TelegramState, p: Params) -> JSON:
    return state.send_media(p, "photo").to_api()


@api_method("sendChatAction")
def send_chat_action(state: TelegramState, p: Params) -> bool:
    chat = state.target_chat(p)
    if p.text("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    state.check_can_send(chat)
    return True


@api_method("editMessageText")
def edit_message_text(state: TelegramState, p: Params) -> JSON:
    chat = state.target_chat(p)
    if not p.text("text"):
        raise bad_request("message text is empty")
    message = state.editable(chat, p)
    if message.has_media:
        raise bad_request("there is no text in the message to edit")
    text = state.formatted(p, text_field="text", entities_field="entities")
    if not text.text:
        raise bad_request("text must be non-empty")
    if len(text.text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return edit(state, message, text, p.text("text"), p.text("parse_mode"), state.reply_markup(p))


@api_method("editMessageCaption")
def edit_message_caption(state: TelegramState, p: Params) -> JSON:
    chat = state.target_chat(p)
    message = state.editable(chat, p)
    if not message.has_media:
        raise bad_request("there is no caption in the message to edit")
    caption = state.formatted(p, text_field="caption", entities_field="caption_entities")
    if len(caption.text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    return edit(
        state, message, caption, p.text("caption"), p.text("parse_mode"), state.reply_markup(p)
    )


@api_method("editMessageReplyMarkup")
def edit_message_reply_markup(state: TelegramState, p: Params) -> JSON:
    chat = state.target_chat(p)
    message = state.editable(chat, p)
    current = FormattedText(message.text or "", message.entities)
    markup = state.reply_markup(p)
    return edit(state, message, current, message.html, message.parse_mode, markup)


def edit(
    state: TelegramState,
    message: Message,
    text: FormattedText,
    html: str | None,
    parse_mode: str | None,
    markup: JSON | None,
) -> JSON:
    """Apply an edit, keeping the previous version in the message's history."""
    unchanged = (
        (message.text or "") == text.text
        and message.entities == text.entities
        and message.reply_markup == markup
    )
    if unchanged:
        raise bad_request(NOT_MODIFIED)
    state.check_can_send(message.chat)
    state.flood.spend(message.chat, counts_overall=False)
    message.history.append(message.state())
    message.text = text.text or None
    message.html = html
    message.parse_mode = parse_mode
    message.entities = text.entities
    message.reply_markup = markup
    message.edit_date = state.now()
    return message.to_api()


@api_method("deleteMessage")
def delete_message(state: TelegramState, p: Params) -> bool:
    chat = state.target_chat(p)
    message = state.find_message(chat, p.integer("message_id"))
    if message is None:
        raise bad_request("message to delete not found")
    if not message.from_bot and chat.type != "private":
        raise bad_request("message can't be deleted")
    message.deleted = True
    return True


@api_method("answerCallbackQuery")
def answer_callback_query(state: TelegramState, p: Params) -> bool:
    query = state.callback_queries.get(p.text("callback_query_id") or "")
    if query is None or query.answer is not None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    text = p.text("text")
    if text and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query.answer = CallbackAnswer(
        text=text or None,
        show_alert=p.boolean("show_alert"),
        url=p.text("url"),
        cache_time=p.integer("cache_time") or 0,
    )
    return True


@api_method("getFile")
def get_file(state: TelegramState, p: Params) -> JSON:
    stored = state.files.get(p.text("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.size > MAX_DOWNLOAD_SIZE:
        raise bad_request("file is too big")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "file_path": stored.file_path,
    }


def command_scope_key(p: Params) -> tuple[str, str]:
    scope = p.json("scope", "bot command scope") or {"type": "default"}
    if not isinstance(scope, dict) or "type" not in scope:
        raise bad_request("can't parse BotCommandScope JSON object")
    language_code = p.text("language_code") or ""
    if language_code and not re.fullmatch(r"[a-z]{2}", language_code):
        raise bad_request("invalid language code specified")
    return json.dumps(scope, sort_keys=True), language_code


@api_method("setMyCommands")
def set_my_commands(state: TelegramState, p: Params) -> bool:
    commands = p.json("commands", "commands")
    if not isinstance(commands, list):
        raise bad_request('field "commands" must be of type Array')
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    checked = [check_bot_command(command) for command in commands]
    key = command_scope_key(p)
    if checked:
        state.commands[key] = checked
    else:
        state.commands.pop(key, None)
    return True


def check_bot_command(command: Any) -> JSON:
    """Validate one BotCommand as Telegram does; return it as stored."""
    if not isinstance(command, dict):
        raise bad_request("can't parse BotCommand: Object expected")
    name = str(command.get("command", "")).strip(_TRIMMED).removeprefix("/")
    description = str(command.get("description", "")).strip(_TRIMMED)
    if not name:
        raise bad_request("command must be non-empty")
    if len(name) > 32:
        raise bad_request("command length must not exceed 32")
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise bad_request("BOT_COMMAND_INVALID")
    if not description:
        raise bad_request("command description must be non-empty")
    if len(description) > 256:
        raise bad_request("command description length must not exceed 256")
    return {"command": name, "description": description}


@api_method("getMyCommands")
def get_my_commands(state: TelegramState, p: Params) -> list[JSON]:
    return [dict(command) for command in state.commands.get(command_scope_key(p), [])]


@api_method("deleteMyCommands")
def delete_my_commands(state: TelegramState, p: Params) -> bool:
    state.commands.pop(command_scope_key(p), None)
    return True


def set_description(state: TelegramState, p: Params, kind: str, limit: int) -> bool:
    text = p.text(kind) or ""
    if len(text) > limit:
        raise bad_request(f"{kind.replace('_', ' ')} is too long")
    state.descriptions[(kind, p.text("language_code") or "")] = text
    return True


@api_method("setMyDescription")
def set_my_description(state: TelegramState, p: Params) -> bool:
    return set_description(state, p, "description", 512)


@api_method("setMyShortDescription")
def set_my_short_description(state: TelegramState, p: Params) -> bool:
    return set_description(state, p, "short_description", 120)


@api_method("getMyDescription")
def get_my_description(state: TelegramState, p: Params) -> JSON:
    key = ("description", p.text("language_code") or "")
    return {"description": state.descriptions.get(key, "")}


@api_method("getMyShortDescription")
def get_my_short_description(state: TelegramState, p: Params) -> JSON:
    key = ("short_description", p.text("language_code") or "")
    return {"short_description": state.descriptions.get(key, "")}


@api_method("setChatMenuButton")
def set_chat_menu_button(state: TelegramState, p: Params) -> bool:
    chat_id = state.target_chat(p).id if p.has("chat_id") else None
    button = p.json("menu_button", "menu button") or {"type": "default"}
    if not isinstance(button, dict) or button.get("type") not in ("commands", "web_app", "default"):
        raise bad_request("can't parse menu button JSON object")
    state.menu_buttons[chat_id] = button
    return True


@api_method("getChatMenuButton")
def get_chat_menu_button(state: TelegramState, p: Params) -> JSON:
    chat_id = state.target_chat(p).id if p.has("chat_id") else None
    return dict(state.menu_buttons.get(chat_id, state.menu_buttons.get(None, {"type": "commands"})))


# ---------------------------------------------------------------------------------------------
# The server and the tests' control API
# ---------------------------------------------------------------------------------------------

TOKEN_SHAPE = re.compile(r"\d+:[A-Za-z0-9_-]+")
DEFAULT_TOKEN = "1234567890:AAF-crmbot_test_token_0123456789abcd"


@dataclass
class _Poller:
    """A getUpdates request waiting for updates."""

    woken: asyncio.Event
    conflict: bool = False


class FakeTelegram:
    """A fake Bot API server on 127.0.0.1 and the control API tests drive it with.

    Use it as a context manager (or call `start()`/`stop()`). Waits (`wait_for_message` and
    friends) block the calling thread on a condition variable; async tests whose event loop runs
    the bot use the `*_async` variants so that loop keeps running.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "crm_test_bot",
        bot_name: str = "CRM Test Bot",
        privacy_mode: bool = True,
        limits: Limits | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if not TOKEN_SHAPE.fullmatch(token):
            raise ValueError(f"not a bot token: {token!r}")
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self.state = TelegramState(
            token=token,
            bot_username=bot_username,
            bot_name=bot_name,
            privacy_mode=privacy_mode,
            limits=limits or Limits(),
            monotonic=monotonic,
            wall_clock=wall_clock,
            on_update=self._wake_poller,
        )
        self._consumed: set[tuple[int, int]] = set()
        self._poller: _Poller | None = None
        self._closing = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle --

    def __enter__(self) -> FakeTelegram:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        """Start serving on 127.0.0.1 on a free port."""
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="fake-telegram", daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._serve(), loop).result(timeout=10)

    def stop(self) -> None:
        """End pending long polls, stop the server and its thread."""
        if self._loop is None or self._thread is None:
            return
        with self._lock:
            self._closing = True
        self._wake_poller()
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        self._loop = None
        self._thread = None

    async def _serve(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        """Where the bot should send its requests: http://127.0.0.1:PORT."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def token(self) -> str:
        return self.state.token

    @property
    def bot(self) -> User:
        return self.state.bot

    # -- HTTP --

    async def _handle_method(self, request: web.Request) -> web.Response:
        params = await read_params(request)
        token = request.match_info["token"]
        name = request.match_info["method"]
        registered = METHODS.get(name.lower())
        if registered is not None:
            name = registered[0]
        elif name.lower() == "getupdates":
            name = "getUpdates"
        result: Any = None
        error: ApiError | None = None
        try:
            if not TOKEN_SHAPE.fullmatch(token):
                raise ApiError(404, "Not Found")  # Telegram's answer to a malformed token
            if token != self.state.token:
                raise ApiError(401, "Unauthorized")
            if name == "getUpdates":
                result = await self._get_updates(params)
            elif registered is None:
                raise ApiError(404, "Not Found")
            else:
                with self._lock:
                    result = registered[1](self.state, params)
        except ApiError as raised:
            error = raised
        self._record(name, params, error)
        if error is not None:
            return _error_response(error)
        return web.json_response({"ok": True, "result": result})

    def _record(self, method: str, params: Params, error: ApiError | None) -> None:
        with self._lock:
            self.state.calls.append(
                ApiCall(
                    method=method,
                    params=params.loggable(),
                    status=error.status if error else 200,
                    description=error.description if error else None,
                    at=self.state.monotonic(),
                )
            )
            self._changed.notify_all()

    async def _get_updates(self, p: Params) -> list[JSON]:
        loop = asyncio.get_running_loop()
        limit = min(max(p.integer("limit") or 100, 1), 100)
        timeout = max(p.integer("timeout") or 0, 0)
        allowed = p.json("allowed_updates", "allowed updates")
        poller = _Poller(asyncio.Event())
        with self._lock:
            if self.state.webhook_url:
                raise ApiError(409, CONFLICT_WEBHOOK)
            if isinstance(allowed, list):
                self.state.allowed_updates = frozenset(allowed) or DEFAULT_ALLOWED_UPDATES
            self.state.confirm(p.integer("offset"))
            if self._poller is not None:
                self._poller.conflict = True
                self._poller.woken.set()
            self._poller = poller
            self._changed.notify_all()
        deadline = loop.time() + timeout
        try:
            while True:
                with self._lock:
                    if poller.conflict:
                        raise ApiError(409, CONFLICT_OTHER_POLLER)
                    batch = copy.deepcopy(self.state.updates[:limit])
                    remaining = deadline - loop.time()
                    if batch or remaining <= 0 or self._closing:
                        return batch
                    poller.woken.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(poller.woken.wait(), remaining)
        finally:
            with self._lock:
                if self._poller is poller:
                    self._poller = None
                self._changed.notify_all()

    def _wake_poller(self) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        def wake() -> None:
            if self._poller is not None:
                self._poller.woken.set()

        loop.call_soon_threadsafe(wake)

    async def _handle_file(self, request: web.Request) -> web.Response:
        with self._lock:
            stored = self.state.files_by_path.get(request.match_info["path"])
            token_ok = request.match_info["token"] == self.state.token
            self.state.downloads.append(request.match_info["path"])
            self._changed.notify_all()
        if stored is None or not token_ok or stored.size > MAX_DOWNLOAD_SIZE:
            return _error_response(ApiError(404, "Not Found"))
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    # -- the world: users, groups, what they do --

    def user(
        self,
        user_id: int,
        first_name: str,
        *,
        language_code: str | None = "es",
        username: str | None = None,
        last_name: str | None = None,
        started: bool = True,
    ) -> User:
        """Create a user and their private chat with the bot (started: they pressed Start)."""
        if user_id <= 0:
            raise ValueError("user ids are positive")
        user = User(user_id, first_name, language_code, username, last_name)
        with self._lock:
            if user_id in self.state.chats:
                raise ValueError(f"chat {user_id} already exists")
            self.state.chats[user_id] = Chat(user_id, "private", user=user, started=started)
        return user

    def group(
        self, chat_id: int, title: str, *, members: list[User], supergroup: bool = False
    ) -> Chat:
        """Create a group (negative id; a supergroup's starts with -100) with the bot in it."""
        if chat_id >= 0 or (supergroup and not str(chat_id).startswith("-100")):
            raise ValueError("group ids are negative; supergroup ids start with -100")
        chat = Chat(chat_id, "supergroup" if supergroup else "group", title, members=list(members))
        with self._lock:
            if chat_id in self.state.chats:
                raise ValueError(f"chat {chat_id} already exists")
            self.state.chats[chat_id] = chat
        return chat

    def chat(self, chat: int | User | Chat) -> Chat:
        """Return the chat with this id (a user stands for their private chat)."""
        chat_id = _chat_id(chat)
        with self._lock:
            if chat_id not in self.state.chats:
                raise KeyError(f"no chat {chat_id}")
            return self.state.chats[chat_id]

    def send_text(
        self,
        user: User,
        text: str,
        *,
        chat: Chat | None = None,
        reply_to: Message | None = None,
    ) -> JSON | None:
        """Queue a text message from `user`; return the update, or None if the bot won't get it.

        In a group with privacy mode on (the default, as for any bot) the bot only gets
        commands, messages that mention it and replies to its messages.
        """
        with self._lock:
            target = self._chat_for(user, chat)
            message = self.state.add_message(
                target, user, text=text, entities=tuple(bot_command_entities(text)),
                reply_to=reply_to,
            )  # fmt: skip
            if target.type == "private":
                target.started = True
            elif self.state.privacy_mode and not self._meant_for_bot(message):
                return None
            return self.state.queue_update("message", message.to_api())

    def send_document(
        self,
        user: User,
        file_name: str,
        content: bytes,
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        chat: Chat | None = None,
        size_given: bool = True,
    ) -> JSON | None:
        """Queue a document sent by `user`; the bot can fetch it with getFile. With
        size_given=False the update's Document has no file_size, as Telegram sometimes sends."""
        with self._lock:
            target = self._chat_for(user, chat)
            mime_type = mime_type or mimetypes.guess_type(file_name)[0]
            stored = self.state.store_file(content, "documents", file_name, mime_type)
            stored.size_given = size_given
            message = self.state.add_message(target, user, document=stored, text=caption)
            in_group = target.type != "private"
            if in_group and self.state.privacy_mode and not self._meant_for_bot(message):
                return None
            return self.state.queue_update("message", message.to_api())

    def press(self, user: User, message: Message, data: str) -> CallbackQuery:
        """Queue a callback query: `user` pressed a button with `data` on `message`."""
        with self._lock:
            query = CallbackQuery(
                id=f"{self.state.new_id()}{secrets.randbelow(10**12):012d}",
                user=user,
                message=message,
                data=data,
            )
            self.state.callback_queries[query.id] = query
            self.state.queue_update(
                "callback_query",
                {
                    "id": query.id,
                    "from": user.to_api(),
                    "message": message.to_api(),
                    "chat_instance": str(abs(message.chat_id) * 31 + 17),
                    "data": data,
                },
            )
            return query

    def press_button(self, user: User, message: Message, text: str) -> CallbackQuery:
        """Press the inline button labelled `text` on a message the bot sent."""
        button = message.button(text)
        if "callback_data" not in button:
            raise AssertionError(f"button {text!r} is not a callback button: {button}")
        return self.press(user, message, button["callback_data"])

    def inject_faults(self, faults: Faults) -> None:
        """Answer a share of later sends with 429 or 500 (see `Faults`)."""
        with self._lock:
            self.state.flood.inject(faults)

    def block(self, user: User) -> None:
        """`user` blocks the bot: later sends to them fail with 403."""
        self._set_member_status(user, blocked=True)

    def unblock(self, user: User) -> None:
        """`user` unblocks the bot (restarts it)."""
        self._set_member_status(user, blocked=False)

    def remove_bot(self, group: Chat) -> None:
        """The bot is removed from `group`: later sends there fail with 403."""
        with self._lock:
            group.bot_removed = True

    def _set_member_status(self, user: User, *, blocked: bool) -> None:
        with self._lock:
            chat = self.state.chats[user.id]
            if chat.blocked == blocked:
                return
            chat.blocked = blocked
            member = {"user": self.bot.to_api(), "status": "member"}
            kicked = {"user": self.bot.to_api(), "status": "kicked", "until_date": 0}
            old, new = (member, kicked) if blocked else (kicked, member)
            self.state.queue_update(
                "my_chat_member",
                {
                    "chat": chat.to_api(),
                    "from": user.to_api(),
                    "date": self.state.now(),
                    "old_chat_member": old,
                    "new_chat_member": new,
                },
            )

    def _chat_for(self, user: User, chat: Chat | None) -> Chat:
        target = chat or self.state.chats.get(user.id)
        if target is None:
            raise KeyError(f"user {user.id} has no chat; create them with tg.user()")
        if target.type != "private" and all(member.id != user.id for member in target.members):
            raise ValueError(f"{user.first_name} is not a member of {target.title!r}")
        return target

    def _meant_for_bot(self, message: Message) -> bool:
        text = message.text or ""
        username = (self.bot.username or "").lower()
        commands = [e for e in message.entities if e["type"] == "bot_command" and e["offset"] == 0]
        for entity in commands:
            command = text[: entity["length"]]
            if command.partition("@")[2].lower() in ("", username):
                return True
        replied_to_bot = message.reply_to is not None and message.reply_to.from_bot
        return replied_to_bot or f"@{username}" in text.lower()

    # -- what the bot did --

    def messages(self, chat: int | User | Chat, *, include_deleted: bool = False) -> list[Message]:
        """Every message the bot sent in the chat, in its current state."""
        with self._lock:
            return [
                message
                for message in self.state.messages.get(_chat_id(chat), [])
                if message.from_bot and (include_deleted or not message.deleted)
            ]

    def all_messages(self, chat: int | User | Chat) -> list[Message]:
        """The whole conversation in the chat, the users' messages included."""
        with self._lock:
            return list(self.state.messages.get(_chat_id(chat), []))

    @property
    def requests(self) -> list[ApiCall]:
        """Every API call answered so far, in order."""
        with self._lock:
            return list(self.state.calls)

    def calls(self, method: str) -> list[ApiCall]:
        """The calls of one method (case-insensitive)."""
        return [call for call in self.requests if call.method.lower() == method.lower()]

    @property
    def errors(self) -> list[ApiCall]:
        """The calls answered with an error."""
        return [call for call in self.requests if not call.ok]

    @property
    def downloads(self) -> list[str]:
        """The file paths the bot asked to download, in order."""
        with self._lock:
            return list(self.state.downloads)

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        with self._lock:
            return [q.answer for q in self.state.callback_queries.values() if q.answer]

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet confirmed by the bot."""
        with self._lock:
            return copy.deepcopy(self.state.updates)

    def queued_at(self, update: JSON) -> float:
        """When an update was queued, on the clock that stamps `requests` (ApiCall.at)."""
        with self._lock:
            return self.state.queued_at[update["update_id"]]

    @property
    def confirmed_offset(self) -> int:
        """The highest offset getUpdates confirmed with."""
        with self._lock:
            return self.state.confirmed_offset

    @property
    def is_polling(self) -> bool:
        with self._lock:
            return self._poller is not None

    @property
    def webhook_url(self) -> str:
        with self._lock:
            return self.state.webhook_url

    @property
    def webhook_secret(self) -> str:
        """The secret_token of the webhook set ("" when none is)."""
        with self._lock:
            return self.state.webhook_secret

    def commands(
        self, scope: str | JSON | None = None, language_code: str | None = None
    ) -> list[tuple[str, str]]:
        """What setMyCommands registered for a scope ("default", "all_private_chats"... or a dict)."""
        scope_object = {"type": scope} if isinstance(scope, str) else scope or {"type": "default"}
        key = (json.dumps(scope_object, sort_keys=True), language_code or "")
        with self._lock:
            return [(c["command"], c["description"]) for c in self.state.commands.get(key, [])]

    def description(self, language_code: str | None = None, *, short: bool = False) -> str | None:
        kind = "short_description" if short else "description"
        with self._lock:
            return self.state.descriptions.get((kind, language_code or ""))

    def menu_button(self, chat: int | User | Chat | None = None) -> JSON | None:
        with self._lock:
            return self.state.menu_buttons.get(None if chat is None else _chat_id(chat))

    def file_content(self, file_id: str) -> bytes:
        """The bytes of a file the server holds (e.g. a document the bot sent)."""
        with self._lock:
            return self.state.files[file_id].content

    # -- waiting for the bot (real time: the bot may be another process) --

    def wait_until(
        self, condition: Callable[[], Any], *, timeout: float = 10, what: str = "condition"
    ) -> Any:
        """Wait until `condition()` (evaluated under the lock) is truthy; return its value."""
        with self._changed:
            result = self._changed.wait_for(condition, timeout)
            if not result:
                raise AssertionError(f"timed out after {timeout} s waiting for {what}")
            return result

    def wait_for_message(
        self,
        chat: int | User | Chat,
        predicate: Callable[[Message], bool] | None = None,
        *,
        timeout: float = 10,
    ) -> Message:
        """Wait for the bot's next message in the chat not yet consumed (matching `predicate`).

        Each message is returned once; earlier ones that do not match stay unconsumed.
        """
        chat_id = _chat_id(chat)

        def next_message() -> Message | None:
            for message in self.state.messages.get(chat_id, []):
                fresh = message.from_bot and (chat_id, message.message_id) not in self._consumed
                if fresh and (predicate is None or predicate(message)):
                    return message
            return None

        with self._changed:
            found = self._changed.wait_for(next_message, timeout)
            if found is None:
                raise AssertionError(
                    f"no new bot message in chat {chat_id} within {timeout} s\n"
                    + self._diagnostics(chat_id)
                )
            self._consumed.add((chat_id, found.message_id))
            return found

    def wait_for_edit(self, message: Message, *, edits: int = 1, timeout: float = 10) -> Message:
        """Wait until the bot has edited `message` at least `edits` times."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(message.history) >= edits, timeout):
                raise AssertionError(
                    f"message {message.message_id} was not edited {edits}x within {timeout} s\n"
                    + self._diagnostics(message.chat_id)
                )
            return message

    def wait_for_answer(self, query: CallbackQuery, *, timeout: float = 10) -> CallbackAnswer:
        """Wait until the bot answers the callback query."""
        with self._changed:
            if not self._changed.wait_for(lambda: query.answer is not None, timeout):
                raise AssertionError(
                    f"callback query {query.id} ({query.data!r}) not answered within {timeout} s\n"
                    + self._diagnostics(query.message.chat_id)
                )
            assert query.answer is not None
            return query.answer

    def wait_for_call(self, method: str, *, since: int = 0, timeout: float = 10) -> ApiCall:
        """Wait for a call of `method` at index `since` or later of `requests`."""

        def find() -> ApiCall | None:
            calls = self.state.calls[since:]
            return next((c for c in calls if c.method.lower() == method.lower()), None)

        with self._changed:
            found = self._changed.wait_for(find, timeout)
            if found is None:
                raise AssertionError(
                    f"no {method} call within {timeout} s\n" + self._diagnostics(None)
                )
            return found

    def wait_until_polling(self, *, timeout: float = 10) -> None:
        """Wait until a getUpdates request is pending (the bot has started)."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._poller is not None, timeout):
                raise AssertionError(
                    f"the bot did not poll for updates within {timeout} s\n"
                    + self._diagnostics(None)
                )

    def wait_until_confirmed(self, *, timeout: float = 10) -> None:
        """Wait until the bot has confirmed (taken) every queued update."""
        with self._changed:
            if not self._changed.wait_for(lambda: not self.state.updates, timeout):
                raise AssertionError(
                    f"updates still unconfirmed after {timeout} s: "
                    f"{[u['update_id'] for u in self.state.updates]}\n" + self._diagnostics(None)
                )

    async def wait_for_message_async(
        self,
        chat: int | User | Chat,
        predicate: Callable[[Message], bool] | None = None,
        *,
        timeout: float = 10,
    ) -> Message:
        """`wait_for_message` for a test whose own event loop runs the bot."""
        return await asyncio.to_thread(self.wait_for_message, chat, predicate, timeout=timeout)

    async def wait_for_answer_async(
        self, query: CallbackQuery, *, timeout: float = 10
    ) -> CallbackAnswer:
        return await asyncio.to_thread(self.wait_for_answer, query, timeout=timeout)

    async def wait_for_edit_async(
        self, message: Message, *, edits: int = 1, timeout: float = 10
    ) -> Message:
        return await asyncio.to_thread(self.wait_for_edit, message, edits=edits, timeout=timeout)

    async def wait_until_polling_async(self, *, timeout: float = 10) -> None:
        await asyncio.to_thread(self.wait_until_polling, timeout=timeout)

    def _diagnostics(self, chat_id: int | None) -> str:
        lines = []
        if chat_id is not None:
            recent = self.state.messages.get(chat_id, [])[-8:]
            lines.append(f"recent messages in chat {chat_id}:")
            lines += [f"  {message.describe()}" for message in recent] or ["  (none)"]
        failures = [call for call in self.state.calls if call.status != 200][-8:]
        lines.append("recent error responses:")
        lines += [f"  {call.method} {call.status} {call.description}" for call in failures] or [
            "  (none)"
        ]
        return "\n".join(lines)


def _chat_id(chat: int | User | Chat) -> int:
    return chat if isinstance(chat, int) else chat.id


def _error_response(error: ApiError) -> web.Response:
    return web.json_response(error.body(), status=error.status)
