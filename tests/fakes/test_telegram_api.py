"""The fake Telegram Bot API server behaves as Telegram does, as seen by python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import struct
from collections.abc import Callable

import httpx
import pytest
from fakes.telegram_api import (
    EntityParseError,
    FakeTelegram,
    Faults,
    Limits,
    Rate,
    bot_command_entities,
    parse_html,
    utf16_length,
)
from fakes.telegram_fixtures import bot_environment, ptb_bot
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

Factory = Callable[..., FakeTelegram]


def keyboard(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows]
    )


class ManualClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- Telegram's HTML parse mode -------------------------------------------------------------

ACCEPTED_HTML = [
    ("<b>A &amp; B</b>", "A & B", [{"type": "bold", "offset": 0, "length": 5}]),
    # A bare "&" that starts no entity stays a literal "&", as on Telegram.
    ("A & B", "A & B", []),
    ("&lt;x&gt; &quot;q&quot; &#233;&#x1F600;", '<x> "q" é😀', []),
    ("&amp no semicolon, &nbsp; unknown", "& no semicolon, &nbsp; unknown", []),
    ("<i>😀x</i>y", "😀xy", [{"type": "italic", "offset": 0, "length": 3}]),
    ("<B>Acta</B>", "Acta", [{"type": "bold", "offset": 0, "length": 4}]),
    ("<b>x</>", "x", [{"type": "bold", "offset": 0, "length": 1}]),
    ("<b></b>x", "x", []),
    (
        '<a href="https://crm.int/acta?id=1&amp;l=es">acta</a>',
        "acta",
        [{"type": "text_link", "offset": 0, "length": 4, "url": "https://crm.int/acta?id=1&l=es"}],
    ),
    ("<a href=nowhere>x</a>", "x", []),  # a link Telegram cannot use is dropped, the text kept
    (
        '<pre><code class="language-python">x = 1</code></pre>',
        "x = 1",
        [{"type": "pre", "offset": 0, "length": 5, "language": "python"}],
    ),
    ("<code>a</code>", "a", [{"type": "code", "offset": 0, "length": 1}]),
    ('<span class="tg-spoiler">s</span>', "s", [{"type": "spoiler", "offset": 0, "length": 1}]),
    ("<tg-spoiler>s</tg-spoiler>", "s", [{"type": "spoiler", "offset": 0, "length": 1}]),
    (
        "<blockquote expandable>q</blockquote>",
        "q",
        [{"type": "expandable_blockquote", "offset": 0, "length": 1}],
    ),
    (
        "<s><u>x</u></s>",
        "x",
        [
            {"type": "underline", "offset": 0, "length": 1},
            {"type": "strikethrough", "offset": 0, "length": 1},
        ],
    ),
    (
        "<b>Plazo:</b> 15 de <i>julio</i>",
        "Plazo: 15 de julio",
        [
            {"type": "bold", "offset": 0, "length": 6},
            {"type": "italic", "offset": 13, "length": 5},
        ],
    ),
]

REJECTED_HTML = [
    ("A & B <x>", 'Unsupported start tag "x" at byte offset 6'),
    ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
    ("<script>alert(1)</script>", 'Unsupported start tag "script" at byte offset 0'),
    ("Ñandú <p>", 'Unsupported start tag "p" at byte offset 8'),  # offsets count UTF-8 bytes
    ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<b><i>test</b></i>", 'Unmatched end tag at byte offset 10, expected "</i>", found "</b>"'),
    ("x</b>", "Unexpected end tag at byte offset 1"),
    ("<b", "Unclosed start tag at byte offset 0"),
    ("<b>x</b", "Unclosed end tag at byte offset 4"),
    ('<span class="x">s</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ("<a href=x/y>l</a>", "Unexpected end of name token at byte offset 8"),
    ('<tg-emoji emoji-id="abc">x</tg-emoji>', "Invalid custom emoji identifier specified"),
]


@pytest.mark.parametrize(("source", "text", "entities"), ACCEPTED_HTML)
def test_html_is_parsed_as_telegram_does(source: str, text: str, entities: list[dict]) -> None:
    parsed = parse_html(source)
    assert parsed.text == text
    assert list(parsed.entities) == entities


@pytest.mark.parametrize(("source", "reason"), REJECTED_HTML)
def test_html_is_refused_with_telegrams_reason(source: str, reason: str) -> None:
    with pytest.raises(EntityParseError) as refused:
        parse_html(source)
    assert str(refused.value) == reason


@pytest.mark.parametrize(("text", "length"), [("abc", 3), ("é", 1), ("😀", 2), ("🇬🇹", 4), ("", 0)])
def test_utf16_length(text: str, length: int) -> None:
    assert utf16_length(text) == length


@pytest.mark.parametrize(
    ("text", "commands"),
    [
        ("/start", [(0, 6)]),
        ("/next@crm_test_bot", [(0, 18)]),
        ("/tareas guatemala", [(0, 7)]),
        ("😀 /ayuda", [(3, 6)]),
        ("a/b", []),
        ("/cmd@ab", []),  # a bot username has at least 3 characters
        ("http://x.org/path", []),
    ],
)
def test_bot_commands_are_marked_as_telegram_does(
    text: str, commands: list[tuple[int, int]]
) -> None:
    entities = bot_command_entities(text)
    assert [(e["offset"], e["length"]) for e in entities] == commands
    assert all(e["type"] == "bot_command" for e in entities)


# --- Authorisation and request formats --------------------------------------------------------


async def test_get_me_describes_the_bot(telegram_bot) -> None:
    me = await telegram_bot.get_me()
    assert me.username == "crm_test_bot"
    assert me.is_bot
    assert me.id == int(telegram_bot.token.split(":")[0])
    assert me.can_read_all_group_messages is False  # privacy mode, as for a new bot


async def test_a_wrong_token_is_unauthorized(fake_telegram: FakeTelegram) -> None:
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with ptb_bot(fake_telegram, token="999:wrong-token"):
            pass
    [refused] = fake_telegram.errors
    assert (refused.method, refused.status, refused.description) == ("getMe", 401, "Unauthorized")


def test_methods_are_case_insensitive_and_accept_query_json_and_form(
    fake_telegram: FakeTelegram,
) -> None:
    tg = fake_telegram
    tg.user(1001, "Ana")
    url = f"{tg.base_url}/bot{tg.token}"
    with httpx.Client() as client:
        assert client.get(f"{url}/GETME").json()["result"]["username"] == "crm_test_bot"
        by_query = client.get(f"{url}/sendMessage", params={"chat_id": 1001, "text": "uno"})
        by_json = client.post(f"{url}/sendmessage", json={"chat_id": 1001, "text": "dos"})
        by_form = client.post(f"{url}/sendMessage", data={"chat_id": "1001", "text": "tres"})
        unknown = client.post(f"{url}/sendTelepathy")
        malformed = client.post(f"{tg.base_url}/botnot-a-token/getMe")
    assert [r.json()["result"]["text"] for r in (by_query, by_json, by_form)] == [
        "uno",
        "dos",
        "tres",
    ]
    assert unknown.status_code == 404
    assert unknown.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert malformed.status_code == 404
    assert [call.method for call in tg.requests] == [
        "getMe",
        "sendMessage",
        "sendMessage",
        "sendMessage",
        "sendTelepathy",
        "getMe",
    ]


# --- Updates ----------------------------------------------------------------------------------


async def test_unconfirmed_updates_are_delivered_again_until_an_offset_confirms_them(
    fake_telegram: FakeTelegram,
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    tg.send_text(ana, "/start")
    tg.send_text(ana, "hola")
    async with ptb_bot(tg) as first_run:
        updates = await first_run.get_updates(timeout=0)
    assert [u.message.text for u in updates] == ["/start", "hola"]
    message = updates[0].message
    assert message.from_user.language_code == "es"
    assert message.chat.type == "private"
    assert message.entities[0].type == "bot_command"

    async with ptb_bot(tg) as restarted:  # the bot died before confirming
        again = await restarted.get_updates(timeout=0)
        assert [u.update_id for u in again] == [u.update_id for u in updates]
        confirmed = await restarted.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    assert confirmed == ()
    assert tg.pending_updates == []
    assert tg.confirmed_offset == updates[-1].update_id + 1


async def test_a_negative_offset_keeps_only_the_last_updates(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    for text in ("uno", "dos", "tres"):
        fake_telegram.send_text(ana, text)
    last = await telegram_bot.get_updates(offset=-1, timeout=0)
    assert [u.message.text for u in last] == ["tres"]
    assert [u["message"]["text"] for u in fake_telegram.pending_updates] == ["tres"]


async def test_a_limit_caps_the_batch(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    for text in ("uno", "dos", "tres"):
        fake_telegram.send_text(ana, text)
    assert len(await telegram_bot.get_updates(limit=2, timeout=0)) == 2


async def test_a_long_poll_returns_as_soon_as_an_update_arrives(
    telegram_bot, fake_telegram
) -> None:
    ana = fake_telegram.user(1001, "Ana")
    poll = asyncio.create_task(telegram_bot.get_updates(timeout=30))
    await fake_telegram.wait_until_polling_async()
    assert not poll.done()
    fake_telegram.send_text(ana, "/start")
    updates = await asyncio.wait_for(poll, timeout=5)  # long before the 30 s poll ends
    assert [u.message.text for u in updates] == ["/start"]


async def test_a_second_poller_ends_the_first_with_a_conflict(fake_telegram) -> None:
    async with ptb_bot(fake_telegram) as first, ptb_bot(fake_telegram) as second:
        pending = asyncio.create_task(first.get_updates(timeout=30))
        await fake_telegram.wait_until_polling_async()
        assert await second.get_updates(timeout=0) == ()
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await asyncio.wait_for(pending, timeout=5)
    assert (
        fake_telegram.errors[0].description == "Conflict: terminated by other getUpdates request; "
        "make sure that only one bot instance is running"
    )


async def test_get_updates_conflicts_with_a_webhook(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    fake_telegram.send_text(ana, "antiguo")
    await telegram_bot.set_webhook("https://crm.example.org/hook")
    assert (await telegram_bot.get_webhook_info()).pending_update_count == 1
    with pytest.raises(Conflict, match="webhook is active"):
        await telegram_bot.get_updates(timeout=0)
    await telegram_bot.delete_webhook(drop_pending_updates=True)
    assert await telegram_bot.get_updates(timeout=0) == ()


async def test_a_webhook_needs_https_and_keeps_its_secret(telegram_bot, fake_telegram) -> None:
    with pytest.raises(BadRequest, match=r"(?i)https url must be provided"):
        await telegram_bot.set_webhook("http://crm.example.org/hook")
    with pytest.raises(BadRequest, match=r"(?i)secret token contains unallowed characters"):
        await telegram_bot.set_webhook("https://crm.example.org/hook", secret_token="a b")
    assert fake_telegram.webhook_url == ""
    await telegram_bot.set_webhook(
        "https://crm.example.org/hook", secret_token="s3cret_-X", allowed_updates=["message"]
    )
    assert fake_telegram.webhook_url == "https://crm.example.org/hook"
    assert fake_telegram.webhook_secret == "s3cret_-X"
    # allowed_updates given with the webhook filter what is queued, as with getUpdates.
    ana = fake_telegram.user(1001, "Ana")
    await telegram_bot.send_message(1001, "?")
    fake_telegram.press(ana, fake_telegram.messages(1001)[-1], "x")
    assert fake_telegram.send_text(ana, "hola") is not None
    assert [list(u)[1] for u in fake_telegram.pending_updates] == ["message"]
    await telegram_bot.delete_webhook()
    assert (fake_telegram.webhook_url, fake_telegram.webhook_secret) == ("", "")


async def test_allowed_updates_filter_later_updates(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    await telegram_bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    assert fake_telegram.send_text(ana, "no llega") is None
    message = await telegram_bot.send_message(
        1001, "¿Confirma?", reply_markup=keyboard([("Sí", "y")])
    )
    fake_telegram.press(ana, fake_telegram.messages(ana)[0], "y")
    updates = await telegram_bot.get_updates(timeout=0)
    assert [u.callback_query.message.message_id for u in updates] == [message.message_id]


# --- An Application polling the fake ----------------------------------------------------------


async def test_an_application_gets_commands_presses_and_edits(fake_telegram) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana")

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_html(
            "<b>Taller</b> del 8 al 9 de agosto", reply_markup=keyboard([("Confirmar", "go:7")])
        )

    async def confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Confirmado")
        await query.edit_message_text("Participación confirmada ✅")

    app = (
        Application.builder()
        .token(tg.token)
        .base_url(f"{tg.base_url}/bot")
        .base_file_url(f"{tg.base_url}/file/bot")
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(confirm))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=5)
        await tg.wait_until_polling_async()
        tg.send_text(ana, "/start")
        sent = await tg.wait_for_message_async(ana)
        assert sent.text == "Taller del 8 al 9 de agosto"
        assert sent.html == "<b>Taller</b> del 8 al 9 de agosto"
        assert sent.buttons == [[("Confirmar", "go:7")]]

        query = tg.press_button(ana, sent, "Confirmar")
        answer = await tg.wait_for_answer_async(query)
        await tg.wait_for_edit_async(sent)
        await app.updater.stop()
        await app.stop()
    assert answer.text == "Confirmado"
    assert not answer.show_alert
    assert sent.text == "Participación confirmada ✅"
    assert sent.buttons == []  # editing the text without a keyboard removes it
    assert [version.text for version in sent.history] == ["Taller del 8 al 9 de agosto"]
    assert tg.pending_updates == []  # the application confirmed what it handled


# --- sendMessage -------------------------------------------------------------------------------


async def test_escaped_html_is_accepted_and_raw_text_refused(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    sent = await telegram_bot.send_message(1001, "<b>A &amp; B</b>", parse_mode="HTML")
    assert sent.text == "A & B"
    assert sent.entities[0].type == "bold"
    with pytest.raises(BadRequest) as refused:
        await telegram_bot.send_message(1001, "A & B <x>", parse_mode="HTML")
    assert refused.value.message == (
        'Can\'t parse entities: unsupported start tag "x" at byte offset 6'
    )  # PTB capitalises; the server's own words:
    assert fake_telegram.errors[-1].description == (
        'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 6'
    )
    stored = fake_telegram.messages(1001)
    assert [(m.text, m.html, m.parse_mode) for m in stored] == [
        ("A & B", "<b>A &amp; B</b>", "HTML")
    ]


async def test_markdown_is_accepted_unparsed_and_other_modes_refused(telegram_bot, fake_telegram):
    fake_telegram.user(1001, "Ana")
    sent = await telegram_bot.send_message(1001, "*negrita*", parse_mode="MarkdownV2")
    assert sent.text == "*negrita*"
    with pytest.raises(BadRequest, match="Unsupported parse_mode"):
        await telegram_bot.send_message(1001, "x", parse_mode="BBCode")


async def test_the_length_limit_counts_characters_after_parsing(telegram_bot, fake_telegram):
    fake_telegram.user(1001, "Ana")
    await telegram_bot.send_message(1001, "a" * 4096)
    await telegram_bot.send_message(1001, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    # Telegram counts characters (code points) here, not UTF-16 units: 4096 emoji fit.
    await telegram_bot.send_message(1001, "😀" * 4096)
    for too_long in ("a" * 4097, "😀" * 4097):
        with pytest.raises(BadRequest, match="Message is too long"):
            await telegram_bot.send_message(1001, too_long)
    assert len(fake_telegram.messages(1001)) == 3


async def test_empty_texts_are_refused(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await telegram_bot.send_message(1001, "")
    with pytest.raises(BadRequest, match="Text must be non-empty"):
        await telegram_bot.send_message(1001, "<b> </b>\n", parse_mode="HTML")


async def test_text_is_trimmed_and_entities_shifted(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    sent = await telegram_bot.send_message(1001, "\n  <i>hola</i>  \n", parse_mode="HTML")
    assert sent.text == "hola"
    assert (sent.entities[0].offset, sent.entities[0].length) == (0, 4)


async def test_unknown_chats_are_not_found(telegram_bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await telegram_bot.send_message(424242, "hola")


async def test_callback_data_is_limited_to_64_bytes(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    await telegram_bot.send_message(1001, "ok", reply_markup=keyboard([("Sí", "é" * 32)]))
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await telegram_bot.send_message(1001, "no", reply_markup=keyboard([("Sí", "é" * 32 + "a")]))
    assert fake_telegram.errors[-1].description == "Bad Request: BUTTON_DATA_INVALID"
    assert fake_telegram.messages(1001)[0].buttons == [[("Sí", "é" * 32)]]


@pytest.mark.parametrize(
    ("button", "description"),
    [
        (
            {"text": "Acta", "url": "ftp://crm.int/acta"},
            "Bad Request: inline keyboard button URL 'ftp://crm.int/acta' is invalid: "
            "Unsupported URL protocol",
        ),
        (
            {"text": "Acta", "url": "acta"},
            "Bad Request: inline keyboard button URL 'acta' is invalid: Wrong HTTP URL",
        ),
        (
            {"text": "Acta"},
            "Bad Request: can't parse inline keyboard button: "
            "Text buttons are unallowed in the inline keyboard",
        ),
        (
            {"text": "Acta", "callback_data": ""},
            "Bad Request: can't parse inline keyboard button: "
            "Text buttons are unallowed in the inline keyboard",
        ),
        (
            {"callback_data": "x"},
            "Bad Request: can't parse inline keyboard button: Can't find field \"text\"",
        ),
    ],
)
def test_bad_inline_buttons_are_refused(
    fake_telegram: FakeTelegram, button: dict, description: str
) -> None:
    fake_telegram.user(1001, "Ana")
    reply = httpx.post(
        f"{fake_telegram.base_url}/bot{fake_telegram.token}/sendMessage",
        json={"chat_id": 1001, "text": "x", "reply_markup": {"inline_keyboard": [[button]]}},
    )
    assert reply.status_code == 400
    assert reply.json()["description"] == description
    assert fake_telegram.messages(1001) == []


async def test_url_buttons_reply_keyboards_and_replies_are_accepted(
    telegram_bot, fake_telegram
) -> None:
    fake_telegram.user(1001, "Ana")
    first = await telegram_bot.send_message(
        1001,
        "Acta",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("Abrir", url="https://crm.int/acta.pdf")]]
        ),
        disable_notification=True,
    )
    second = await telegram_bot.send_message(
        1001, "Listo", reply_markup=ReplyKeyboardRemove(), reply_to_message_id=first.message_id
    )
    assert second.reply_to_message.message_id == first.message_id
    assert second.message_id == first.message_id + 1
    assert fake_telegram.messages(1001)[0].buttons == [[("Abrir", "https://crm.int/acta.pdf")]]
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await telegram_bot.send_message(1001, "x", reply_to_message_id=999)


# --- Edits, deletions, callback answers --------------------------------------------------------


async def test_edits_check_the_message_and_the_change(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    fake_telegram.send_text(ana, "hola")
    sent = await telegram_bot.send_message(1001, "v1", reply_markup=keyboard([("A", "a")]))
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await telegram_bot.edit_message_text("x", chat_id=1001, message_id=999)
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await telegram_bot.edit_message_text("x", chat_id=1001, message_id=1)  # Ana's
    with pytest.raises(BadRequest, match="Message is not modified"):
        await telegram_bot.edit_message_text(
            "v1", chat_id=1001, message_id=sent.message_id, reply_markup=keyboard([("A", "a")])
        )
    assert fake_telegram.errors[-1].description == (
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message"
    )
    await telegram_bot.edit_message_text(
        "<b>v1</b>",
        chat_id=1001,
        message_id=sent.message_id,
        parse_mode="HTML",
        reply_markup=keyboard([("A", "a")]),
    )  # same characters, now bold: modified
    await telegram_bot.edit_message_reply_markup(
        chat_id=1001, message_id=sent.message_id, reply_markup=keyboard([("B", "b")])
    )
    [message] = fake_telegram.messages(1001)
    assert (message.text, message.html, message.buttons) == ("v1", "<b>v1</b>", [[("B", "b")]])
    assert [(v.text, v.html, v.reply_markup is not None) for v in message.history] == [
        ("v1", "v1", True),
        ("v1", "<b>v1</b>", True),
    ]
    assert message.history[0].entities == ()
    assert message.edit_date is not None


async def test_deleted_messages_are_gone(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    sent = await telegram_bot.send_message(1001, "borrar")
    assert await telegram_bot.delete_message(1001, sent.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await telegram_bot.delete_message(1001, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await telegram_bot.edit_message_text("x", chat_id=1001, message_id=sent.message_id)
    assert fake_telegram.messages(1001) == []
    assert [m.text for m in fake_telegram.messages(1001, include_deleted=True)] == ["borrar"]


async def test_callback_queries_are_answered_once(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    await telegram_bot.send_message(1001, "¿Asiste?", reply_markup=keyboard([("Sí", "rsvp:yes")]))
    [message] = fake_telegram.messages(ana)
    query = fake_telegram.press_button(ana, message, "Sí")
    forged = fake_telegram.press(ana, message, "rsvp:forged")
    [update, forged_update] = await telegram_bot.get_updates(timeout=0)
    assert update.callback_query.data == "rsvp:yes"
    assert update.callback_query.message.message_id == message.message_id
    assert forged_update.callback_query.data == "rsvp:forged"

    with pytest.raises(BadRequest, match="Message_too_long"):
        await telegram_bot.answer_callback_query(query.id, text="x" * 201)
    assert await telegram_bot.answer_callback_query(query.id, text="Anotado", show_alert=True)
    for invalid in (query.id, "123456"):
        with pytest.raises(BadRequest, match="Query is too old"):
            await telegram_bot.answer_callback_query(invalid)
    assert fake_telegram.wait_for_answer(query, timeout=1).text == "Anotado"
    assert [(a.text, a.show_alert) for a in fake_telegram.callback_answers] == [("Anotado", True)]
    assert forged.answer is None


# --- Files ------------------------------------------------------------------------------------


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header + b"\0" * 4


async def test_documents_upload_and_download(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    content = b"%PDF-1.4 acta de la XXII CRM"
    sent = await telegram_bot.send_document(
        1001, content, filename="acta.pdf", caption="<b>Acta</b> final", parse_mode="HTML"
    )
    assert sent.document.file_name == "acta.pdf"
    assert sent.document.mime_type == "application/pdf"
    assert sent.document.file_size == len(content)
    assert sent.caption == "Acta final"
    assert sent.caption_entities[0].type == "bold"
    file = await telegram_bot.get_file(sent.document.file_id)
    assert file.file_size == len(content)
    assert bytes(await file.download_as_bytearray()) == content
    resent = await telegram_bot.send_document(1001, sent.document.file_id)
    assert resent.document.file_id == sent.document.file_id
    first = fake_telegram.messages(1001)[0]
    assert first.document is not None and first.document.content == content
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await telegram_bot.send_document(1001, b"x", filename="x.txt", caption="a" * 1025)
    with pytest.raises(BadRequest, match="Invalid file_id"):
        await telegram_bot.get_file("no-such-file")


async def test_documents_from_users_reach_the_bot(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    fake_telegram.send_document(ana, "acta.docx", b"PK\x03\x04 docx", caption="Nueva versión")
    fake_telegram.send_document(ana, "grande.pdf", b"0" * (20 * 1024 * 1024 + 1))
    [small, big] = await telegram_bot.get_updates(timeout=0)
    document = small.message.document
    assert (document.file_name, small.message.caption) == ("acta.docx", "Nueva versión")
    file = await telegram_bot.get_file(document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"PK\x03\x04 docx"
    with pytest.raises(BadRequest, match="File is too big"):
        await telegram_bot.get_file(big.message.document.file_id)
    missing = httpx.get(f"{fake_telegram.base_url}/file/bot{fake_telegram.token}/documents/nope")
    assert missing.status_code == 404


async def test_photos_have_sizes_and_must_be_images(telegram_bot, fake_telegram) -> None:
    fake_telegram.user(1001, "Ana")
    sent = await telegram_bot.send_photo(1001, png(640, 480), caption="Foto oficial")
    assert [(p.width, p.height) for p in sent.photo] == [(90, 68), (640, 480)]
    assert sent.caption == "Foto oficial"
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await telegram_bot.send_photo(1001, b"not an image")


# --- Commands, descriptions, menu button ------------------------------------------------------


async def test_commands_are_validated_and_kept_per_scope_and_language(
    telegram_bot, fake_telegram
) -> None:
    await telegram_bot.set_my_commands([BotCommand("start", "Suscribirse")])
    await telegram_bot.set_my_commands(
        [BotCommand("next", "Próximos plazos"), BotCommand("tasks", "Tareas pendientes")],
        scope=BotCommandScopeAllPrivateChats(),
        language_code="es",
    )
    assert fake_telegram.commands() == [("start", "Suscribirse")]
    assert fake_telegram.commands("all_private_chats", "es") == [
        ("next", "Próximos plazos"),
        ("tasks", "Tareas pendientes"),
    ]
    assert fake_telegram.commands("all_private_chats") == []
    listed = await telegram_bot.get_my_commands(
        scope=BotCommandScopeAllPrivateChats(), language_code="es"
    )
    assert [c.command for c in listed] == ["next", "tasks"]

    refusals = [
        (BotCommand("Start", "x"), "Bot_command_invalid"),
        (BotCommand("a" * 33, "x"), "Command length must not exceed 32"),
        (BotCommand("start", " "), "Command description must be non-empty"),
        (BotCommand("start", "x" * 257), "Command description length must not exceed 256"),
    ]
    for command, reason in refusals:
        with pytest.raises(BadRequest, match=reason):
            await telegram_bot.set_my_commands([command])
    assert fake_telegram.commands() == [("start", "Suscribirse")]
    await telegram_bot.delete_my_commands()
    assert fake_telegram.commands() == []


async def test_descriptions_and_menu_button_are_recorded(telegram_bot, fake_telegram) -> None:
    await telegram_bot.set_my_description("Plazos de la CRM", language_code="es")
    await telegram_bot.set_my_short_description("Plazos CRM")
    await telegram_bot.set_chat_menu_button()
    assert fake_telegram.description("es") == "Plazos de la CRM"
    assert fake_telegram.description(short=True) == "Plazos CRM"
    assert fake_telegram.menu_button() == {"type": "default"}
    assert [c.method for c in fake_telegram.requests] == [
        "getMe",
        "setMyDescription",
        "setMyShortDescription",
        "setChatMenuButton",
    ]


# --- Who can be reached -----------------------------------------------------------------------


async def test_a_user_who_blocked_the_bot_is_forbidden(telegram_bot, fake_telegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    fake_telegram.user(1002, "Luis", started=False)
    await telegram_bot.send_message(1001, "Recordatorio")
    fake_telegram.block(ana)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await telegram_bot.send_message(1001, "Otro recordatorio")
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await telegram_bot.send_message(1002, "Hola")
    [update] = await telegram_bot.get_updates(timeout=0)
    assert update.my_chat_member.new_chat_member.status == "kicked"
    assert update.my_chat_member.from_user.id == 1001
    fake_telegram.unblock(ana)
    await telegram_bot.send_message(1001, "De nuevo")
    assert [m.text for m in fake_telegram.messages(ana)] == ["Recordatorio", "De nuevo"]


async def test_groups_carry_the_sender_and_respect_privacy_mode(
    telegram_bot, fake_telegram
) -> None:
    ana = fake_telegram.user(1001, "Ana")
    luis = fake_telegram.user(1002, "Luis", language_code="en")
    group = fake_telegram.group(-2001, "Delegación de Guatemala", members=[ana, luis])
    assert fake_telegram.send_text(luis, "hola a todos", chat=group) is None
    assert fake_telegram.send_text(ana, "/next@other_bot", chat=group) is None
    fake_telegram.send_text(ana, "/next@crm_test_bot", chat=group)
    [update] = await telegram_bot.get_updates(timeout=0)
    message = update.message
    assert (message.chat.id, message.chat.type, message.chat.title) == (
        -2001,
        "group",
        "Delegación de Guatemala",
    )
    assert message.from_user.first_name == "Ana"
    assert (message.entities[0].offset, message.entities[0].length) == (0, 18)
    reply = await telegram_bot.send_message(-2001, "Próximo plazo: 15 de julio")
    fake_telegram.send_text(luis, "gracias", chat=group, reply_to=fake_telegram.messages(group)[0])
    [update] = await telegram_bot.get_updates(offset=update.update_id + 1, timeout=0)
    assert update.message.reply_to_message.message_id == reply.message_id
    with pytest.raises(ValueError, match="not a member"):
        fake_telegram.send_text(fake_telegram.user(1003, "Eva"), "hola", chat=group)


# --- Flood limits -----------------------------------------------------------------------------


async def test_a_private_chat_over_its_limit_gets_retry_after(
    fake_telegram_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    clock = ManualClock()
    tg = fake_telegram_factory(
        limits=Limits(private_chat=Rate(burst=2, per_second=0.5)), monotonic=clock
    )
    tg.user(1001, "Ana")
    async with ptb_bot(tg) as bot:
        first = await bot.send_message(1001, "uno")
        await bot.send_message(1001, "dos")
        with pytest.raises(RetryAfter) as flood:
            await bot.send_message(1001, "tres")
        assert flood.value.retry_after == dt.timedelta(seconds=2)
        with pytest.raises(RetryAfter):  # edits count in the chat too
            await bot.edit_message_text("uno bis", chat_id=1001, message_id=first.message_id)
        clock.now += 2
        await bot.send_message(1001, "tres")
    assert [m.text for m in tg.messages(1001)] == ["uno", "dos", "tres"]
    refused = [c for c in tg.errors if c.status == 429]
    assert [c.description for c in refused] == ["Too Many Requests: retry after 2"] * 2


async def test_groups_get_20_messages_a_minute(
    fake_telegram_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    clock = ManualClock()
    tg = fake_telegram_factory(monotonic=clock)  # Telegram's default limits
    ana = tg.user(1001, "Ana")
    tg.group(-2001, "Delegación de Guatemala", members=[ana])
    async with ptb_bot(tg) as bot:
        for number in range(20):
            await bot.send_message(-2001, f"aviso {number}")
            clock.now += 0.1  # within the overall 30 a second
        with pytest.raises(RetryAfter) as flood:
            await bot.send_message(-2001, "aviso 20")
        assert flood.value.retry_after == dt.timedelta(seconds=1)
    assert len(tg.messages(-2001)) == 20


async def test_the_overall_limit_spans_chats(
    fake_telegram_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    tg = fake_telegram_factory(
        limits=Limits(overall=Rate(burst=3, per_second=3.0)), monotonic=ManualClock()
    )
    for user_id in (1001, 1002, 1003, 1004):
        tg.user(user_id, f"Usuario {user_id}")
    async with ptb_bot(tg) as bot:
        for user_id in (1001, 1002, 1003):
            await bot.send_message(user_id, "Recordatorio")
        with pytest.raises(RetryAfter):
            await bot.send_message(1004, "Recordatorio")
    assert tg.messages(1004) == []


# --- Waiting and reporting --------------------------------------------------------------------


def test_a_wait_that_times_out_shows_the_chat_and_the_errors(fake_telegram: FakeTelegram) -> None:
    ana = fake_telegram.user(1001, "Ana")
    fake_telegram.send_text(ana, "/start")
    httpx.post(
        f"{fake_telegram.base_url}/bot{fake_telegram.token}/sendMessage",
        data={"chat_id": "1001", "text": "<p>", "parse_mode": "HTML"},
    )
    with pytest.raises(AssertionError) as timed_out:
        fake_telegram.wait_for_message(ana, timeout=0.05)
    report = str(timed_out.value)
    assert "no new bot message in chat 1001" in report
    assert "#1 Ana: '/start'" in report
    assert 'sendMessage 400 Bad Request: can\'t parse entities: Unsupported start tag "p"' in report


def test_each_bot_message_is_waited_for_once(fake_telegram: FakeTelegram) -> None:
    fake_telegram.user(1001, "Ana")
    url = f"{fake_telegram.base_url}/bot{fake_telegram.token}/sendMessage"
    for text in ("uno", "dos", "tres"):
        httpx.post(url, data={"chat_id": "1001", "text": text})
    assert fake_telegram.wait_for_message(1001, lambda m: m.text == "dos").text == "dos"
    assert fake_telegram.wait_for_message(1001).text == "uno"
    assert fake_telegram.wait_for_message(1001).text == "tres"


def test_bot_environment_points_at_the_server(fake_telegram: FakeTelegram) -> None:
    env = bot_environment(fake_telegram)
    assert env["TELEGRAM_API_BASE_URL"] == fake_telegram.base_url
    me = httpx.get(f"{env['TELEGRAM_API_BASE_URL']}/bot{env['TELEGRAM_BOT_TOKEN']}/getMe").json()
    assert me["ok"] is True


async def test_injected_faults_answer_some_sends_429_or_500_and_deliver_nothing(
    fake_telegram_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    tg = fake_telegram_factory(
        limits=Limits(overall=Rate(1000, 1000.0), private_chat=Rate(1000, 1000.0))
    )
    ana = tg.user(1001, "Ana")
    tg.inject_faults(Faults(rate_429=0.3, retry_after=(2, 2), rate_500=0.2, seed=3))
    outcomes = []
    async with ptb_bot(tg) as bot:
        for n in range(60):
            try:
                await bot.send_message(ana.id, f"n{n}")
                outcomes.append("ok")
            except RetryAfter as exc:
                assert exc.retry_after == dt.timedelta(seconds=2)
                outcomes.append("429")
            except NetworkError:
                outcomes.append("500")
    assert {"ok", "429", "500"} == set(outcomes)
    assert len(tg.messages(ana)) == outcomes.count("ok")
