"""Sending and editing messages the same way everywhere: HTML, no link previews, buttons."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.formatting import fit

Buttons = Sequence[Sequence[tuple[str, str]]]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def keyboard(rows: Buttons) -> InlineKeyboardMarkup | None:
    """Build an inline keyboard from rows of (label, callback data); None when empty."""
    built = [
        [InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows
    ]
    built = [row for row in built if row]
    return InlineKeyboardMarkup(built) if built else None


async def send(update: Update, text: str, buttons: Buttons = ()) -> None:
    """Send a new message to the update's chat."""
    chat = update.effective_chat
    assert chat is not None
    await chat.send_message(
        fit(text),
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(buttons),
        link_preview_options=NO_PREVIEW,
    )


async def show(update: Update, text: str, buttons: Buttons = ()) -> None:
    """Answer in place: edit the message whose button was pressed, or send a new one."""
    query = update.callback_query
    if query is None or query.message is None or not query.message.is_accessible:
        await send(update, text, buttons)
        return
    try:
        await query.edit_message_text(
            fit(text),
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(buttons),
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        # Pressing the same button twice asks for the same text: nothing to change.
        if "not modified" not in exc.message.lower():
            raise


async def acknowledge(update: Update, text: str | None = None, *, alert: bool = False) -> None:
    """Answer a button press (Telegram shows a spinner until it is answered)."""
    query = update.callback_query
    if query is not None:
        await query.answer(text, show_alert=alert)
