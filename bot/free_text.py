"""Typed questions ("¿qué vence la próxima semana?", "events in September") and the help text.

In a private chat every text is a question; in a group only texts that mention the bot or
reply to it are, so the bot never talks over a delegation's conversation.
"""

from __future__ import annotations

import re
from datetime import timedelta

from telegram import Message, MessageEntity, Update

from bot.callbacks import DUE, EVENTS, NEXT, PERIOD, TASKS, UPCOMING, ListQuery, keywords_field
from bot.formatting import escape
from bot.i18n import say
from bot.questions import DEFAULT_DAYS, EVENTS_DAYS, answer_list
from bot.replies import send
from bot.services import Context, Reader, Services, reader_of
from bot.understanding import MAX_LENGTH, Question, help_examples, understand

MAX_QUESTION_CHARS = MAX_LENGTH  # longer texts are not questions


async def help_command(update: Update, context: Context) -> None:
    """/help: what the bot answers, with typed examples in the chat's language."""
    reader = await reader_of(update, context)
    await send(update, help_text(reader.lang))


async def unknown_command(update: Update, context: Context) -> None:
    """Any other /command: say so, then what the bot knows."""
    message = update.effective_message
    services: Services = context.bot_data["services"]
    if message is None or not _for_this_bot(message, services.bot_username):
        return
    reader = await reader_of(update, context)
    await send(update, f"{say(reader.lang, 'unknown_command')}\n\n{help_text(reader.lang)}")


def help_text(lang: str) -> str:
    """Return the help message in `lang`."""
    examples = "\n".join(f"• {escape(e)}" for e in help_examples(lang))
    return say(lang, "help", examples=examples)


async def question(update: Update, context: Context) -> None:
    """Answer a typed question, or say what the bot can answer."""
    message = update.effective_message
    services: Services = context.bot_data["services"]
    if message is None or message.text is None:
        return
    text = message.text
    if message.chat.type != "private":
        if not _addressed_to_bot(message, services.bot_username):
            return
        text = _without_mention(text, services.bot_username)
    reader = await reader_of(update, context)
    if len(text) > MAX_QUESTION_CHARS:
        await send(update, say(reader.lang, "too_long"))
        return
    today = reader.today(services.clock)
    asked = understand(text, today=today, countries=services.catalog.country_aliases)
    if asked is None:
        await send(update, say(reader.lang, "not_understood", help=help_text(reader.lang)))
        return
    await answer_list(update, context, list_for(asked, reader, services), reader=reader)


def list_for(asked: Question, reader: Reader, services: Services) -> ListQuery:
    """Turn an understood question into the list that answers it."""
    today = reader.today(services.clock)
    country = services.catalog.country(asked.country)
    code = country.code if country else None
    keywords = tuple(
        w for w in keywords_field(ListQuery(EVENTS, keywords=asked.keywords)).split("+") if w
    )
    period = (asked.start, asked.end) if asked.start and asked.end else (None, None)
    if asked.intent == "tasks":
        return ListQuery(TASKS, country=code)
    if asked.intent == "next" and period[0] is None:
        return ListQuery(NEXT, country=code)
    if asked.intent == "due":
        first, last = period if period[0] else (today, today + timedelta(days=EVENTS_DAYS))
        return ListQuery(DUE, first=first, last=last, country=code)
    if asked.intent == "events":
        first, last = period if period[0] else (today, today + timedelta(days=EVENTS_DAYS))
        return ListQuery(EVENTS, first=first, last=last, country=code, keywords=keywords)
    if period[0] is None:
        return ListQuery(
            UPCOMING, first=today, last=today + timedelta(days=DEFAULT_DAYS), country=code
        )
    return ListQuery(PERIOD, first=period[0], last=period[1], country=code)


def _addressed_to_bot(message: Message, username: str | None) -> bool:
    """Tell whether a group message mentions the bot or replies to one of its messages."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.is_bot:
        return replied.from_user.username == username if username else True
    if not username:
        return False
    mentions = message.parse_entities([MessageEntity.MENTION]).values()
    if any(m.lstrip("@").lower() == username.lower() for m in mentions):
        return True
    # Telegram marks mentions with entities; a client that does not is read by the text.
    return re.search(rf"@{re.escape(username)}\b", message.text or "", re.IGNORECASE) is not None


def _for_this_bot(message: Message, username: str | None) -> bool:
    """Tell whether an unknown /command is meant for this bot."""
    text = message.text or ""
    command = text.split(maxsplit=1)[0] if text else ""
    _, at, name = command.partition("@")
    if not at:
        # In a group a bare /command may be another bot's: answer only when named.
        return message.chat.type == "private"
    return username is not None and name.lower() == username.lower()


def _without_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()
