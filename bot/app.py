"""The one place that wires the bot: every handler, and the resources they share.

`build_application` registers every handler in one commented list; `post_init` opens the store,
loads the catalogue of names and tells Telegram the commands in both languages; `post_shutdown`
closes the store. `crmbot run` runs the same application polling or as a webhook.
"""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session
from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeDefault, Update
from telegram.error import Conflict
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import (
    feeds,
    focal,
    free_text,
    guard,
    onboarding,
    preferences,
    questions,
    review,
    roles,
    timeline,
    web,
)
from bot.catalog import load_catalog
from bot.clock import Clock
from bot.flood import FloodGate
from bot.i18n import COMMAND_DESCRIPTIONS, LANGUAGES, say
from bot.ratelimit import TelegramLimiter
from bot.reminders.jobs import reminder_button, tick
from bot.replies import acknowledge, send
from bot.services import Context, Services, reader_of
from bot.settings import Settings
from bot.understanding import understand
from storage.models import ADMIN
from storage.subscribers import grant_role

log = logging.getLogger(__name__)

# Updates handled at once: room for several users' flood allowances of paced answers.
CONCURRENT_UPDATES = 1024

# The commands Telegram lists in the menu (English names; Spanish aliases work too).
MENU = (
    "next",
    "upcoming",
    "tasks",
    "events",
    "search",
    "ics",
    "timeline",
    "subscribe",
    "unsubscribe",
    "settings",
    "lang",
    "help",
)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Return every handler, in the order the application tries them."""
    return [
        # Onboarding: greeting, country, reminders on/off, language.
        CommandHandler("start", onboarding.start),
        CommandHandler(["subscribe", "suscribir", "suscribirme"], onboarding.subscribe_command),
        CommandHandler(["unsubscribe", "baja", "desuscribir"], onboarding.unsubscribe_command),
        CommandHandler(["lang", "idioma", "language"], onboarding.language_command),
        CallbackQueryHandler(onboarding.choose_country, pattern=r"^C:"),
        CallbackQueryHandler(onboarding.answer_offer, pattern=r"^S:"),
        CallbackQueryHandler(onboarding.choose_language, pattern=r"^L:"),
        # Settings: one menu edited in place.
        CommandHandler(["settings", "ajustes", "configuracion"], preferences.settings_command),
        CommandHandler(["timezone", "zona", "zonahoraria"], preferences.timezone_command),
        CallbackQueryHandler(preferences.menu, pattern=r"^M:"),
        CallbackQueryHandler(preferences.choose_zone, pattern=r"^Z:"),
        CallbackQueryHandler(preferences.toggle_lead, pattern=r"^D:"),
        CallbackQueryHandler(preferences.toggle_topic, pattern=r"^G:"),
        # Questions: lists with pages, and one item opened.
        CommandHandler(["next", "proximo", "siguiente"], questions.next_command),
        CommandHandler(["upcoming", "agenda", "proximos"], questions.upcoming_command),
        CommandHandler(["tasks", "pendientes", "tareas"], questions.tasks_command),
        CommandHandler(["events", "eventos"], questions.events_command),
        CommandHandler(["search", "buscar"], questions.search_command),
        CallbackQueryHandler(questions.page_button, pattern=r"^P:"),
        CallbackQueryHandler(questions.item_button, pattern=r"^I:"),
        # Calendars: the .ics file and its feed link, and the timeline picture.
        CommandHandler(["ics", "calendario", "calendar"], feeds.ics_command),
        CommandHandler(["timeline", "cronograma"], timeline.timeline_command),
        # Roles, focal points and review: every state change checks the roles held now.
        CommandHandler("focal", focal.focal_command),
        CommandHandler(["delegate", "delegado"], roles.delegate_command),
        CommandHandler("admin", roles.admin_command),
        CommandHandler(["revoke", "revocar", "retirar", "quitar"], roles.revoke_command),
        CommandHandler(["report", "informar", "reportar"], focal.report_command),
        CommandHandler(["status", "estado"], focal.status_command),
        CommandHandler(["history", "historial"], focal.history_command),
        CommandHandler(["ingest", "cargar"], review.ingest_command),
        CommandHandler(["review", "revisar"], review.review_command),
        MessageHandler(filters.Document.ALL, review.document_message),
        # A reply with a new date or new actors for a draft; any other reply is a question.
        MessageHandler(
            filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE & filters.REPLY,
            review.typed_reply,
        ),
        CallbackQueryHandler(roles.request_button, pattern=r"^R:"),
        CallbackQueryHandler(roles.revoke_button, pattern=r"^V:"),
        CallbackQueryHandler(focal.answer_button, pattern=r"^F:"),
        CallbackQueryHandler(review.review_button, pattern=r"^W:"),
        # Reminders: snooze one day, stop this item.
        CallbackQueryHandler(reminder_button, pattern=r"^N:"),
        # Help, typed questions, and whatever else arrives.
        CommandHandler(["help", "ayuda"], free_text.help_command),
        MessageHandler(filters.TEXT & ~filters.COMMAND, free_text.question),
        MessageHandler(filters.COMMAND, free_text.unknown_command),
        CallbackQueryHandler(stale_button),
    ]


def build_application(
    settings: Settings,
    *,
    clock: Clock,
    engine: Engine,
    token: str,
    request: BaseRequest | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """Build the bot's application: Bot API endpoint, shared services, handlers, lifecycle.

    `request` replaces the network (the terminal demo); without it the bot speaks HTTP to
    TELEGRAM_API_BASE_URL, within Telegram's flood limits.
    """
    # Opt in to python-telegram-bot's timedelta durations: the bot reads none of them, and the
    # old float ones warn each time Telegram answers 429.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    base = settings.telegram_api_base_url.rstrip("/")
    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        Application.builder()
        .token(token)
        .base_url(f"{base}/bot")
        .base_file_url(f"{base}/file/bot")
        # Answers are independent, so one slow question never holds up the others. An update
        # holds its slot while its answer waits for the chat's turn (one message a second per
        # chat): a user sending bursts keeps up to the flood allowance of slots waiting, so the
        # slots are many (a waiting answer costs a coroutine; database work has its own threads).
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        # Sends stay under Telegram's flood limits; a 429 pauses every send for retry_after.
        builder = builder.rate_limiter(TelegramLimiter())
    application = builder.build()
    flood = FloodGate(
        settings.crmbot_flood_per_minute, timedelta(seconds=settings.crmbot_flood_mute_seconds)
    )
    application.bot_data["services"] = Services(
        settings=settings, clock=clock, engine=engine, flood=flood
    )
    # Offline (the terminal demo) the bot runs no HTTP server (feeds, health, webhook) either.
    application.bot_data["online"] = request is None
    # Before every handler, alone in its group: drop a flooding sender's updates and refuse
    # oversized texts (ApplicationHandlerStop ends such an update there).
    application.add_handler(TypeHandler(Update, guard.screen), group=-1)
    # First of all, alone in its group: count every update for /metrics.
    application.add_handler(TypeHandler(Update, count_update), group=-2)
    application.add_handlers(handlers())
    application.add_error_handler(on_error)
    return application


async def post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Load the catalogue of names, learn the bot's username, and publish the command menu."""
    services: Services = application.bot_data["services"]
    services.catalog = await services.db(load_catalog)
    services.bot_username = application.bot.username
    admins = services.settings.crmbot_admin_ids
    now = services.clock.now()

    def grant_admins(session: Session) -> None:
        for user_id in admins:
            grant_role(session, user_id=user_id, role=ADMIN, now=now, granted_by="CRMBOT_ADMIN_IDS")

    await services.db(grant_admins)
    if application.bot_data.get("online", True):
        server = web.WebServer(application)
        try:
            await server.start()
            application.bot_data["web_server"] = server
        except OSError as exc:
            if services.settings.webhook_url:
                raise  # in webhook mode no update would reach the bot
            # Chats work without it; feed links, /healthz and /metrics answer nothing until restart.
            log.error("HTTP server not started (calendar feeds, /healthz, /metrics): %s", exc)
    if application.job_queue is not None:
        interval = services.settings.crmbot_tick_seconds
        application.job_queue.run_repeating(tick, interval=interval, first=1.0, name="reminders")
    # The first typed question would otherwise pay for loading dateparser's language data.
    await asyncio.to_thread(understand, "antes del 15 de agosto", today=now.date(), countries={})
    for lang in LANGUAGES:
        commands = [BotCommand(name, COMMAND_DESCRIPTIONS[name][lang]) for name in MENU]
        code = None if lang == "en" else lang
        await application.bot.set_my_commands(
            commands, scope=BotCommandScopeDefault(), language_code=code
        )
        await application.bot.set_my_commands(
            commands, scope=BotCommandScopeAllGroupChats(), language_code=code
        )


async def post_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop the HTTP server and close the store."""
    services: Services = application.bot_data["services"]
    server = application.bot_data.pop("web_server", None)
    if server is not None:
        await server.stop()
    services.engine.dispose()


async def count_update(update: object, context: Context) -> None:
    """Count an update for /metrics; the handlers of the later groups then answer it."""
    services: Services = context.bot_data["services"]
    services.metrics.updates += 1


async def stale_button(update: Update, context: Context) -> None:
    """A button press no handler recognises: forged, or from an older version of the bot."""
    reader = await reader_of(update, context)
    await acknowledge(update, say(reader.lang, "stale_button"), alert=True)


async def on_error(update: object, context: Context) -> None:
    """Log a failed update and tell the chat, so no question goes unanswered in silence."""
    if isinstance(context.error, Conflict):
        log.error(
            "Telegram refused to deliver updates (409 Conflict): another instance is polling "
            "with this token, or a webhook is set; only one crmbot may poll per token"
        )
        return
    log.error("update failed", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    user = update.effective_user
    lang = "en" if user and (user.language_code or "").startswith("en") else "es"
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(say(lang, "error"), show_alert=True)
        else:
            await send(update, say(lang, "error"))
    except Exception:  # the error reply is best effort: Telegram may be what failed
        log.warning("could not tell the chat about the error", exc_info=True)
