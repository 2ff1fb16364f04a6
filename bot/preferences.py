"""/settings: country, language, time zone, reminder lead times, weekly digest, and topics.

The settings message is one menu edited in place; every change is stored at once and the menu
shows the stored result.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlmodel import Session
from telegram import Update

from bot import callbacks
from bot.formatting import escape
from bot.i18n import say
from bot.onboarding import FROM_SETTINGS, country_buttons, language_buttons
from bot.replies import Buttons, acknowledge, send, show
from bot.services import Context, Reader, reader_of
from storage.queries import known_topics
from storage.subscribers import (
    follow_topic,
    subscribe,
    unfollow_topic,
    unsubscribe,
    update_chat,
)

LEAD_CHOICES = (30, 14, 10, 7, 5, 3, 2, 1, 0)
DEFAULT_LEAD = (14, 7, 3, 1, 0)  # what "default" starts from when a reader first edits


async def settings_command(update: Update, context: Context) -> None:
    """/settings: show the chat's settings with buttons to change each."""
    await show_settings(update, context)


async def show_settings(update: Update, context: Context, *, note: str = "") -> None:
    """Show (or redraw) the settings menu."""
    reader = await reader_of(update, context)
    text = settings_text(reader, context)
    if note:
        text = f"{note}\n\n{text}"
    await show(update, text, _menu_buttons(reader))


def settings_text(reader: Reader, context: Context) -> str:
    """Describe the chat's settings in its language."""
    catalog = context.bot_data["services"].catalog
    lang = reader.lang
    country = catalog.country_name(reader.country, lang) or say(lang, "settings_no_country")
    if reader.lead_days is None:
        lead = say(lang, "lead_default")
    else:
        lead = ", ".join(_lead_label(lang, d) for d in reader.lead_days) or "—"
    topics = [catalog.topic(t) for t in reader.topics]
    topic_names = ", ".join(escape(t.name(lang)) for t in topics if t) or say(lang, "topics_none")
    body = say(
        lang,
        "settings_body",
        country=escape(country),
        language="español" if lang == "es" else "English",
        timezone=escape(reader.timezone),
        reminders=say(lang, "settings_on" if reader.subscribed else "settings_off"),
        lead=lead,
        digest=say(lang, "digest_on" if reader.digest else "digest_off"),
        topics=topic_names,
    )
    return f"{say(lang, 'settings_title')}\n\n{body}"


def _lead_label(lang: str, days: int) -> str:
    return say(lang, "lead_same_day") if days == 0 else say(lang, "lead_days", days=days)


def _menu_buttons(reader: Reader) -> Buttons:
    lang = reader.lang
    return [
        [(say(lang, "button_country"), "M:country"), (say(lang, "button_language"), "M:lang")],
        [(say(lang, "button_timezone"), "M:tz"), (say(lang, "button_lead"), "M:lead")],
        [
            (say(lang, "button_digest_on" if reader.digest else "button_digest_off"), "M:digest"),
            (
                say(lang, "button_reminders_on" if reader.subscribed else "button_reminders_off"),
                "M:rem",
            ),
        ],
        [(say(lang, "button_topics"), "M:topics")],
    ]


def _back(lang: str) -> list[tuple[str, str]]:
    return [(say(lang, "button_back"), "M:back")]


async def menu(update: Update, context: Context) -> None:
    """Open a part of the settings menu, or flip a switch."""
    services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "M", 1)
    reader = await reader_of(update, context)
    lang = reader.lang
    choice = parts[0] if parts else ""
    now = services.clock.now()
    if choice == "country":
        await acknowledge(update)
        buttons = [*country_buttons(services.catalog, lang, FROM_SETTINGS), _back(lang)]
        await show(update, say(lang, "ask_country"), buttons)
    elif choice == "lang":
        await acknowledge(update)
        await show(update, say(lang, "choose_language"), [*language_buttons(), _back(lang)])
    elif choice == "tz":
        await acknowledge(update)
        await show(update, say(lang, "choose_timezone"), [*_zone_buttons(context), _back(lang)])
    elif choice == "lead":
        await acknowledge(update)
        await show(update, say(lang, "choose_lead"), _lead_buttons(reader))
    elif choice == "topics":
        await acknowledge(update)
        await _show_topics(update, context, reader)
    elif choice == "digest":
        await acknowledge(update)
        await services.db(
            lambda s: update_chat(s, chat_id=reader.chat_id, now=now, digest=not reader.digest)
        )
        await show_settings(update, context)
    elif choice == "rem":
        await acknowledge(update)

        def flip(session: Session) -> None:
            if reader.subscribed:
                unsubscribe(session, chat_id=reader.chat_id)
            else:
                subscribe(
                    session,
                    chat_id=reader.chat_id,
                    now=now,
                    lang=lang,
                    timezone=reader.timezone,
                    country=reader.country,
                    follows="country" if reader.country else "all",
                )

        await services.db(flip)
        await show_settings(update, context)
    elif choice == "back":
        await acknowledge(update)
        await show_settings(update, context)
    else:
        await acknowledge(update, say(lang, "stale_button"), alert=True)


def _zone_buttons(context: Context) -> Buttons:
    catalog = context.bot_data["services"].catalog
    zones = sorted({c.timezone for c in catalog.countries if c.timezone})
    labels = [
        (z.split("/")[-1].replace("_", " "), callbacks.simple("Z", str(i)))
        for i, z in enumerate(zones)
    ]
    return [labels[i : i + 3] for i in range(0, len(labels), 3)]


async def choose_zone(update: Update, context: Context) -> None:
    """Set the time zone from a button."""
    services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "Z", 1)
    reader = await reader_of(update, context)
    zones = sorted({c.timezone for c in services.catalog.countries if c.timezone})
    if parts is None or not parts[0].isdigit() or int(parts[0]) >= len(zones):
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    zone = zones[int(parts[0])]
    now = services.clock.now()
    await services.db(lambda s: update_chat(s, chat_id=reader.chat_id, now=now, timezone=zone))
    await acknowledge(update)
    await show_settings(update, context, note=say(reader.lang, "timezone_set", timezone=zone))


async def timezone_command(update: Update, context: Context) -> None:
    """/timezone Area/City: set any IANA time zone by name."""
    services = context.bot_data["services"]
    reader = await reader_of(update, context)
    if not context.args:
        await send(update, say(reader.lang, "choose_timezone"), _zone_buttons(context))
        return
    wanted = context.args[0].strip()
    zone = _find_zone(wanted)
    if zone is None:
        await send(update, say(reader.lang, "timezone_unknown", timezone=escape(wanted[:64])))
        return
    now = services.clock.now()
    await services.db(lambda s: update_chat(s, chat_id=reader.chat_id, now=now, timezone=zone))
    await send(update, say(reader.lang, "timezone_set", timezone=escape(zone)))


def _find_zone(name: str) -> str | None:
    """Return the IANA zone called `name`, ignoring case ("america/panama" is America/Panama)."""
    if len(name) > 64:
        return None
    try:
        ZoneInfo(name)
        if name in available_timezones():
            return name
    except (ZoneInfoNotFoundError, ValueError):
        pass
    folded = name.casefold()
    return next((z for z in sorted(available_timezones()) if z.casefold() == folded), None)


def _lead_buttons(reader: Reader) -> Buttons:
    lang = reader.lang
    chosen = set(reader.lead_days if reader.lead_days is not None else ())
    labels = [
        (
            ("✓ " if d in chosen else "") + (say(lang, "lead_same_day") if d == 0 else f"{d}"),
            callbacks.simple("D", str(d)),
        )
        for d in LEAD_CHOICES
    ]
    rows: list[list[tuple[str, str]]] = [labels[i : i + 5] for i in range(0, len(labels), 5)]
    rows.append(
        [
            (
                ("✓ " if reader.lead_days is None else "") + say(lang, "button_lead_default"),
                callbacks.simple("D", "def"),
            )
        ]
    )
    rows.append(_back(lang))
    return rows


async def toggle_lead(update: Update, context: Context) -> None:
    """Switch one lead time on or off, or go back to the defaults."""
    services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "D", 1)
    reader = await reader_of(update, context)
    if parts is None or not (
        parts[0] == "def" or (parts[0].isdigit() and int(parts[0]) in LEAD_CHOICES)
    ):
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    lead: list[int] | None
    if parts[0] == "def":
        lead = None
    else:
        days = int(parts[0])
        current = set(reader.lead_days if reader.lead_days is not None else DEFAULT_LEAD)
        current ^= {days}
        lead = sorted(current, reverse=True)
    now = services.clock.now()
    await services.db(lambda s: update_chat(s, chat_id=reader.chat_id, now=now, lead_days=lead))
    await acknowledge(update)
    updated = await reader_of(update, context)
    await show(update, say(reader.lang, "choose_lead"), _lead_buttons(updated))


async def _show_topics(update: Update, context: Context, reader: Reader) -> None:
    services = context.bot_data["services"]
    now = services.clock.now()
    counts = dict(await services.db(lambda s: known_topics(session=s, now=now)))
    lang = reader.lang
    rows: list[list[tuple[str, str]]] = []
    for index, topic in enumerate(services.catalog.topics):
        if topic.canonical not in counts and topic.canonical not in reader.topics:
            continue
        mark = "✓ " if topic.canonical in reader.topics else ""
        label = f"{mark}{topic.name(lang)} ({counts.get(topic.canonical, 0)})"
        rows.append([(label, callbacks.simple("G", str(index)))])
    text = say(lang, "choose_topics") if rows else say(lang, "no_topics")
    rows.append(_back(lang))
    await show(update, text, rows)


async def toggle_topic(update: Update, context: Context) -> None:
    """Follow or stop following one network or working group."""
    services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parts = callbacks.fields(query.data or "", "G", 1)
    reader = await reader_of(update, context)
    topics = services.catalog.topics
    if parts is None or not parts[0].isdigit() or int(parts[0]) >= len(topics):
        await acknowledge(update, say(reader.lang, "stale_button"), alert=True)
        return
    topic = topics[int(parts[0])].canonical

    def flip(session: Session) -> None:
        if topic in reader.topics:
            unfollow_topic(session, chat_id=reader.chat_id, topic=topic)
        else:
            follow_topic(session, chat_id=reader.chat_id, topic=topic)

    await services.db(flip)
    await acknowledge(update)
    await _show_topics(update, context, await reader_of(update, context))
