"""The first handler every update meets: abuse control before any other handler runs.

A user or a group that sends too many updates is told once to slow down and its updates are
dropped for a while (`bot.flood`); a text or caption over CRMBOT_MAX_TEXT_CHARS is refused
politely, unread. Either way `ApplicationHandlerStop` ends the update here, so no other handler,
no question parser and no database query runs for it. Everyone else goes on to the handlers.

In a group only what is meant for the bot counts (a command, a mention, a reply to one of its
messages, a button): a bot that is a group administrator receives all the chatter, which must
neither be counted nor answered.
"""

from __future__ import annotations

import logging

from telegram import Chat, Message, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.flood import Decision, Verdict
from bot.formatting import escape
from bot.i18n import language_of, say
from bot.replies import acknowledge, send
from bot.services import Context, Services, reader_of

log = logging.getLogger(__name__)


async def screen(update: Update, context: Context) -> None:
    """Drop a flooding sender's update, refuse an oversized text; let everything else through."""
    services: Services = context.bot_data["services"]
    message = update.message or update.edited_message
    if update.callback_query is None and message is None:
        return  # chat member changes and the like: nobody typed them
    if message is not None and not _meant_for_bot(message, services.bot_username):
        return  # group chatter: other handlers ignore it too
    user = update.effective_user
    chat = update.effective_chat
    group = chat.id if chat is not None and chat.type != Chat.PRIVATE else None
    decision = services.flood.admit(
        services.clock.now(), user=user.id if user else None, group=group
    )
    if decision.verdict is Verdict.WARN:
        await _tell_to_slow_down(update, context, decision)
    if decision.verdict is not Verdict.ANSWER:
        # A dropped button press is not answered either: the client stops its spinner on its
        # own, and answering every press of a flooding script would cost a request each.
        raise ApplicationHandlerStop
    text = (message.text or message.caption or "") if message is not None else ""
    limit = services.settings.crmbot_max_text_chars
    if len(text) > limit:
        reader = await reader_of(update, context)
        await send(update, say(reader.lang, "text_too_long", n=len(text), max=limit))
        raise ApplicationHandlerStop


def _meant_for_bot(message: Message, username: str | None) -> bool:
    """Tell whether a message is for the bot: any in a private chat; in a group, a command, a
    reply to a bot or a mention of this one (a cheap superset of what the handlers answer)."""
    if message.chat.type == Chat.PRIVATE:
        return True
    text = message.text or message.caption or ""
    if text.startswith("/"):
        return True
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.is_bot:
        return True
    return username is not None and f"@{username.lower()}" in text.lower()


async def _tell_to_slow_down(update: Update, context: Context, decision: Decision) -> None:
    """Tell the sender, in its language, that its updates are ignored for a while."""
    services: Services = context.bot_data["services"]
    user = update.effective_user
    if update.effective_chat is not None:
        lang = (await reader_of(update, context)).lang
    else:  # a button on an inline message: no chat to read the language from
        lang = language_of(user.language_code if user else None, services.settings.crmbot_language)
    wait = _duration(lang, services.flood.mute)
    if decision.sender is not None and decision.sender[0] == "group":
        text = say(lang, "slow_down_group", wait=wait)
    elif update.effective_chat is not None and update.effective_chat.type != Chat.PRIVATE:
        text = say(
            lang, "slow_down_member", wait=wait, name=escape(user.first_name if user else "")
        )
    else:
        text = say(lang, "slow_down", wait=wait)
    log.warning(
        "flood: %s sent too many updates; ignored for %.0f s", decision.sender, services.flood.mute
    )
    try:
        if update.callback_query is not None:
            # A pop-up on the button pressed: no message queued behind the answers still due.
            await acknowledge(update, text, alert=True)
        else:
            await send(update, text)
    except TelegramError as exc:  # the notice is a courtesy: the update is dropped all the same
        log.warning("could not tell %s to slow down: %s", decision.sender, exc)


def _duration(lang: str, seconds: float) -> str:
    """Say a mute's length in words: seconds under a minute, else whole minutes."""
    if seconds < 60:
        return say(lang, "wait_seconds", n=round(seconds))
    minutes = round(seconds / 60)
    return say(lang, "wait_minute") if minutes == 1 else say(lang, "wait_minutes", n=minutes)
