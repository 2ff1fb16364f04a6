"""A chat's first steps: greeting, language, country, and subscribing to reminders."""

from __future__ import annotations

from sqlmodel import Session
from telegram import Update

from bot import callbacks
from bot.catalog import Catalog
from bot.formatting import escape
from bot.i18n import LANGUAGES, say
from bot.replies import Buttons, acknowledge, send, show
from bot.services import Context, Reader, reader_of
from bot.understanding import help_examples
from storage.subscribers import subscribe, unsubscribe, update_chat

OBSERVER, OTHER = "obs", "oth"
# Where a country button was pressed: onboarding offers reminders next, settings goes back.
FROM_START, FROM_SETTINGS = "o", "s"


def country_buttons(catalog: Catalog, lang: str, origin: str) -> Buttons:
    """Two member countries a row, then observer and other."""
    names = [(c.name(lang), callbacks.simple("C", c.code, origin)) for c in catalog.countries]
    rows = [names[i : i + 2] for i in range(0, len(names), 2)]
    rows.append(
        [
            (say(lang, "country_observer"), callbacks.simple("C", OBSERVER, origin)),
            (say(lang, "country_other"), callbacks.simple("C", OTHER, origin)),
        ]
    )
    return rows


def subscribe_buttons(lang: str) -> Buttons:
    """Offer reminders: yes or not now."""
    return [
        [
            (say(lang, "button_subscribe"), callbacks.simple("S", "on")),
            (say(lang, "button_not_now"), callbacks.simple("S", "no")),
        ]
    ]


async def start(update: Update, context: Context) -> None:
    """Greet the chat in its language and ask for the delegation's country."""
    reader = await reader_of(update, context)
    catalog = context.bot_data["services"].catalog
    user = update.effective_user
    if reader.is_group:
        greeting = say(reader.lang, "welcome_group")
    else:
        greeting = say(reader.lang, "welcome", name=escape(user.first_name if user else ""))
    text = f"{greeting}\n\n{say(reader.lang, 'ask_country')}"
    await send(update, text, country_buttons(catalog, reader.lang, FROM_START))


async def choose_country(update: Update, context: Context) -> None:
    """Store the country picked with a button (and its capital's time zone, if still default)."""
    services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "C", 2)
    reader = await reader_of(update, context)
    country = None
    if parts is not None and parts[0] not in (OBSERVER, OTHER):
        found = services.catalog.country_by_code(parts[0])
        country = found.canonical if found else None
        if found is None:
            parts = None
    if parts is None or parts[1] not in (FROM_START, FROM_SETTINGS):
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    zone = reader.timezone
    picked = services.catalog.country(country)
    if (
        picked is not None
        and picked.timezone
        and reader.timezone == services.settings.crmbot_timezone
    ):
        zone = picked.timezone
    now = services.clock.now()

    def store(session: Session) -> None:
        update_chat(
            session,
            chat_id=reader.chat_id,
            now=now,
            country=country,
            follows="country" if country else "all",
            timezone=zone,
        )

    await services.db(store)
    await acknowledge(update)
    lang = reader.lang
    if country is None:
        chosen = say(lang, "country_none")
    else:
        name = services.catalog.country_name(country, lang) or country
        chosen = say(lang, "country_set", country=escape(name), timezone=escape(zone))
    if parts[1] == FROM_SETTINGS:
        from bot.preferences import show_settings

        await show_settings(update, context, note=chosen)
        return
    if reader.subscribed:
        await show(update, f"{chosen}\n\n{say(lang, 'already_subscribed')}")
        return
    await show(update, f"{chosen}\n\n{say(lang, 'offer_subscribe')}", subscribe_buttons(lang))


async def answer_offer(update: Update, context: Context) -> None:
    """Subscribe, or not, from the buttons of the offer."""
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "S", 1)
    reader = await reader_of(update, context)
    if parts is None or parts[0] not in ("on", "no"):
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    await acknowledge(update)
    if parts[0] == "no":
        await show(update, say(reader.lang, "not_now") + "\n\n" + _try_asking(reader.lang))
        return
    await _subscribe(update, context, reader, edit=True)


async def subscribe_command(update: Update, context: Context) -> None:
    """/subscribe: turn reminders on for this chat."""
    reader = await reader_of(update, context)
    if reader.subscribed:
        await send(update, say(reader.lang, "already_subscribed"))
        return
    await _subscribe(update, context, reader, edit=False)


async def _subscribe(update: Update, context: Context, reader: Reader, *, edit: bool) -> None:
    services = context.bot_data["services"]
    now = services.clock.now()

    def store(session: Session) -> None:
        subscribe(
            session,
            chat_id=reader.chat_id,
            now=now,
            lang=reader.lang,
            timezone=reader.timezone,
            country=reader.country,
            follows="country" if reader.country else "all",
        )

    await services.db(store)
    text = say(reader.lang, "subscribed", timezone=escape(reader.timezone))
    text += "\n\n" + _try_asking(reader.lang)
    await (show if edit else send)(update, text)


async def unsubscribe_command(update: Update, context: Context) -> None:
    """/unsubscribe: stop reminders; the chat's settings are kept."""
    services = context.bot_data["services"]
    reader = await reader_of(update, context)
    stopped = await services.db(lambda s: unsubscribe(s, chat_id=reader.chat_id))
    await send(update, say(reader.lang, "unsubscribed" if stopped else "not_subscribed"))


async def language_command(update: Update, context: Context) -> None:
    """/lang [es|en]: switch the chat's language, or offer both."""
    reader = await reader_of(update, context)
    wanted = (context.args or [""])[0].lower()[:2]
    if wanted in LANGUAGES:
        await _set_language(update, context, reader, wanted)
        return
    if not context.args:
        # Without an argument, /lang toggles; the buttons let the reader go back.
        await _set_language(update, context, reader, "en" if reader.lang == "es" else "es")
        return
    await send(update, say(reader.lang, "choose_language"), language_buttons())


def language_buttons() -> Buttons:
    """Offer both languages, each in its own words."""
    return [[("Español", callbacks.simple("L", "es")), ("English", callbacks.simple("L", "en"))]]


async def choose_language(update: Update, context: Context) -> None:
    """Switch the chat's language from a button."""
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "L", 1)
    reader = await reader_of(update, context)
    if parts is None or parts[0] not in LANGUAGES:
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    await acknowledge(update)
    await _set_language(update, context, reader, parts[0], edit=True)


async def _set_language(
    update: Update, context: Context, reader: Reader, lang: str, *, edit: bool = False
) -> None:
    services = context.bot_data["services"]
    now = services.clock.now()
    await services.db(lambda s: update_chat(s, chat_id=reader.chat_id, now=now, lang=lang))
    text = say(lang, "language_set")
    await (show if edit else send)(update, text, language_buttons())


def _try_asking(lang: str) -> str:
    examples = help_examples(lang)
    return say(lang, "try_asking", example=escape(examples[0] if examples else "/next"))
