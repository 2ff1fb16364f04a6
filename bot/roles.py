"""Who is asking, by the roles they hold now: every handler that changes something checks here.

Roles are read from the database at each message and press, never remembered: a role granted
or removed counts from the next update. `/admin`, `/revoke`, `/delegate` and the approve /
refuse buttons of role requests live here too; `/focal` is in `bot.focal`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session
from telegram import Update
from telegram.error import TelegramError

from bot import callbacks
from bot.catalog import Catalog
from bot.formatting import escape
from bot.i18n import language_of, say
from bot.replies import acknowledge, keyboard, send, show
from bot.services import Context, Reader, Services, reader_of
from storage import roles
from storage.models import ADMIN, DELEGATE, FOCAL_POINT, RoleRequest
from storage.subscribers import get_chat
from storage.text import fold

log = logging.getLogger(__name__)

REQUEST = "R"  # R:<request id>:<a|r>: approve or refuse a request for a role
REVOKE = "V"  # V:<user id>:<f|d>:<country code>: take a country's role away from a user
# The role named in /revoke, folded, in either language.
ROLE_WORDS = {
    "admin": ADMIN,
    "administrador": ADMIN,
    "administradora": ADMIN,
    "focal": FOCAL_POINT,
    "focal_point": FOCAL_POINT,
    "puntofocal": FOCAL_POINT,
    "punto_focal": FOCAL_POINT,
    "delegate": DELEGATE,
    "delegado": DELEGATE,
    "delegada": DELEGATE,
}
ROLE_CODES = {FOCAL_POINT: "f", DELEGATE: "d"}


@dataclass(frozen=True)
class Held:
    """The roles a user holds now."""

    user_id: int
    admin: bool = False
    focal: tuple[str, ...] = ()  # countries the user is a focal point of
    delegate: tuple[str, ...] = ()  # countries the user is a verified delegate of

    @property
    def member(self) -> bool:
        """Whether the user may read members-only items (in a private chat)."""
        return self.admin or bool(self.focal) or bool(self.delegate)


def held_in(session: Session, user_id: int) -> Held:
    """Read a user's roles in a session."""
    return Held(
        user_id=user_id,
        admin=roles.is_admin(session, user_id=user_id),
        focal=tuple(roles.countries_of(session, user_id=user_id, role=FOCAL_POINT)),
        delegate=tuple(roles.countries_of(session, user_id=user_id, role=DELEGATE)),
    )


async def held_by(update: Update, context: Context) -> Held:
    """Return the roles the update's user holds now (none for an update without a user)."""
    user = update.effective_user
    if user is None:
        return Held(user_id=0)
    services: Services = context.bot_data["services"]
    return await services.db(lambda s: held_in(s, user.id))


def sees_members_only(held: Held, reader: Reader) -> bool:
    """Tell whether members-only items may be shown in this chat: a member, in private."""
    return held.member and not reader.is_group


def by_whom(update: Update) -> str:
    """Describe the update's user for the history: Telegram id and name."""
    user = update.effective_user
    if user is None:
        return "unknown"
    return roles.describe_user(user.id, user.full_name)


async def refuse(
    update: Update, context: Context, reader: Reader, key: str = "not_allowed"
) -> None:
    """Say that the user may not do this, in their language: an alert for a press, a message
    otherwise."""
    if update.callback_query is not None:
        lang = await presser_lang(update, context, reader)
        await acknowledge(update, say(lang, key), alert=True)
    else:
        await send(update, say(reader.lang, key))


async def stale(update: Update, context: Context, reader: Reader) -> None:
    """Refuse a press the bot did not make (or no longer honours)."""
    await refuse(update, context, reader, "stale_button")


async def presser_lang(update: Update, context: Context, reader: Reader) -> str:
    """Return the language of whoever pressed: a button in someone else's chat (a group, or a
    forged press) is answered in the presser's own language, not the chat's."""
    user = update.effective_user
    if user is None or user.id == reader.chat_id:
        return reader.lang
    services: Services = context.bot_data["services"]
    default = language_of(user.language_code, services.settings.crmbot_language)
    return await services.db(lambda s: _lang_of(s, user.id, default))


def user_id_of(text: str) -> int | None:
    """Return the Telegram user id `text` spells (digits, 15 at most), or None."""
    return int(text) if text.isdigit() and len(text) <= 15 else None


def find_country(catalog: Catalog, text: str) -> str | None:
    """Return the member country named by `text` (any of its names, either language)."""
    named = catalog.country_aliases.get(fold(text.strip()))
    country = catalog.country(named)
    return country.canonical if country else None


async def admin_command(update: Update, context: Context) -> None:
    """/admin USER_ID: an admin makes another user an admin."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)
    if not held.admin:
        await refuse(update, context, reader)
        return
    args = context.args or []
    user_id = user_id_of(args[0]) if len(args) == 1 else None
    if user_id is None:
        await send(update, say(reader.lang, "admin_usage"))
        return
    by, now = by_whom(update), services.clock.now()

    def add(session: Session) -> bool:
        # Checked again in the transaction that grants: the role must still be held.
        if not roles.is_admin(session, user_id=held.user_id):
            return False
        return roles.grant(
            session, user_id=user_id, role=ADMIN, now=now, by=by, by_user_id=held.user_id
        )

    added = await services.db(add)
    await send(update, say(reader.lang, "admin_added" if added else "admin_already", user=user_id))


@dataclass(frozen=True)
class Revocation:
    """What /revoke asks: whose role, which, and for which country (None: not said)."""

    user_id: int
    role: str
    country: str | None


def read_revocation(args: list[str], catalog: Catalog) -> Revocation | None:
    """Read `USER_ID ROLE [COUNTRY]`; None when it is not that (an admin names no country)."""
    user_id = user_id_of(args[0]) if len(args) >= 2 else None
    if user_id is None:
        return None
    words = [fold(a) for a in args[1:]]
    if words[:2] in (["punto", "focal"], ["focal", "point"]):
        words, rest = ["focal"], args[3:]
    else:
        rest = args[2:]
    role = ROLE_WORDS.get(words[0])
    if role is None or (role == ADMIN and rest):
        return None
    country = find_country(catalog, " ".join(rest)) if rest else None
    if rest and country is None:
        return None
    return Revocation(user_id, role, country)


async def revoke_command(update: Update, context: Context) -> None:
    """/revoke USER_ID ROLE [COUNTRY]: an admin takes a role away (the history says who)."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)
    if not held.admin:
        await refuse(update, context, reader)
        return
    asked = read_revocation(context.args or [], services.catalog)
    if asked is None:
        await send(update, say(reader.lang, "revoke_usage"))
        return
    if asked.role == ADMIN or asked.country is not None:
        await revoke(update, context, reader, asked)
        return
    # No country named: the one the user holds the role for, or a button for each.
    countries = await services.db(
        lambda s: roles.countries_of(s, user_id=asked.user_id, role=asked.role)
    )
    if len(countries) == 1:
        await revoke(update, context, reader, Revocation(asked.user_id, asked.role, countries[0]))
        return
    if not countries:
        await send(update, say(reader.lang, "revoke_held_nowhere", user=asked.user_id))
        return
    buttons = []
    for name in countries:
        country = services.catalog.country(name)
        if country is not None:
            code = ROLE_CODES[asked.role]
            data = callbacks.simple(REVOKE, str(asked.user_id), code, country.code)
            buttons.append([(country.name(reader.lang), data)])
    await send(update, say(reader.lang, "revoke_choose", user=asked.user_id), buttons)


async def revoke_button(update: Update, context: Context) -> None:
    """Take a country's role away, the country chosen with a button: admins only, checked now."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parsed = callbacks.fields(query.data or "", REVOKE, 3)
    codes = {code: role for role, code in ROLE_CODES.items()}
    country = services.catalog.country_by_code(parsed[2]) if parsed is not None else None
    user_id = user_id_of(parsed[0]) if parsed is not None else None
    if parsed is None or user_id is None or parsed[1] not in codes or country is None:
        await stale(update, context, reader)
        return
    asked = Revocation(user_id, codes[parsed[1]], country.canonical)
    await revoke(update, context, reader, asked)


async def revoke(update: Update, context: Context, reader: Reader, asked: Revocation) -> None:
    """Take the role away if the asker is still an admin, answer, and tell the user in their
    language."""
    services: Services = context.bot_data["services"]
    user = update.effective_user
    admin_id, by, now = (user.id if user else 0), by_whom(update), services.clock.now()
    default = services.settings.crmbot_language

    def take(session: Session) -> tuple[str, str]:
        # Checked again in the transaction that revokes: the asker must still be an admin.
        if not roles.is_admin(session, user_id=admin_id):
            return "not_allowed", default
        try:
            taken = roles.revoke(
                session,
                user_id=asked.user_id,
                role=asked.role,
                country=asked.country,
                now=now,
                by=by,
                by_user_id=admin_id,
            )
        except roles.LastAdmin:
            return "revoke_last_admin", default
        lang = _lang_of(session, asked.user_id, default)
        return ("revoked" if taken else "revoke_not_held"), lang

    key, lang = await services.db(take)
    if key == "not_allowed":
        await refuse(update, context, reader)
        return
    await acknowledge(update)
    country = services.catalog.country_name(asked.country, reader.lang)
    role = say(reader.lang, f"role_{asked.role}", country=escape(country or ""))
    text = say(reader.lang, key, user=asked.user_id, role=role)
    from_setting = asked.user_id in services.settings.crmbot_admin_ids
    if key == "revoked" and asked.role == ADMIN and from_setting:
        # Those ids are made admins again at every start: the setting must change too.
        text += "\n\n" + say(reader.lang, "revoke_env_admin", user=asked.user_id)
    await show(update, text)
    if key != "revoked":
        return
    theirs = escape(services.catalog.country_name(asked.country, lang) or "")
    told = say(lang, "your_role_revoked", role=say(lang, f"role_{asked.role}", country=theirs))
    try:
        await context.bot.send_message(asked.user_id, told, parse_mode="HTML")
    except TelegramError:
        # Someone who never started the bot or blocked it: the role is gone all the same.
        log.info("could not tell user %s their role was removed", asked.user_id)


async def delegate_command(update: Update, context: Context) -> None:
    """/delegate COUNTRY: ask to be a verified delegate of a member country."""
    await request_command(update, context, DELEGATE)


async def request_command(update: Update, context: Context, role: str) -> None:
    """File a request for a role and ask those who may decide it, with buttons."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    user = update.effective_user
    if user is None or reader.is_group:
        await send(update, say(reader.lang, "private_only"))
        return
    country = find_country(services.catalog, " ".join(context.args or []))
    if country is None:
        await send(update, say(reader.lang, f"{role}_request_usage"))
        return
    now = services.clock.now()

    def file(session: Session) -> tuple[RoleRequest, bool, list[tuple[int, str]], bool]:
        if roles.holds(session, user_id=user.id, role=role, country=country):
            return RoleRequest(user_id=user.id, role=role, country=country), False, [], True
        request, new = roles.request_role(
            session, user_id=user.id, role=role, country=country, now=now, name=user.full_name
        )
        asked = []
        for decider in roles.deciders(session, request=request):
            chat = get_chat(session, chat_id=decider)
            asked.append((decider, chat.lang if chat else reader.lang))
        return request, new, asked, False

    request, new, asked, already = await services.db(file)
    name = escape(services.catalog.country_name(country, reader.lang))
    if already:
        await send(update, say(reader.lang, f"{role}_already", country=name))
        return
    await send(update, say(reader.lang, "request_filed", country=name))
    if not new:
        return
    assert request.id is not None
    for decider, lang in asked:
        text = say(
            lang,
            f"{role}_request",
            name=escape(user.full_name),
            user=user.id,
            country=escape(services.catalog.country_name(country, lang)),
        )
        buttons = [
            [
                (say(lang, "button_approve"), callbacks.simple(REQUEST, str(request.id), "a")),
                (say(lang, "button_refuse"), callbacks.simple(REQUEST, str(request.id), "r")),
            ]
        ]
        try:
            await context.bot.send_message(
                decider, text, parse_mode="HTML", reply_markup=keyboard(buttons)
            )
        except TelegramError:
            # A decider who never started the bot or blocked it: the others are still asked.
            log.info("could not ask user %s about request %s", decider, request.id)


async def request_button(update: Update, context: Context) -> None:
    """Approve or refuse a request for a role: only someone who may decide it, and only once."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parsed = callbacks.fields(query.data or "", REQUEST, 2)
    if parsed is None or not parsed[0].isdigit() or parsed[1] not in ("a", "r"):
        await stale(update, context, reader)
        return
    request_id, approve = int(parsed[0]), parsed[1] == "a"
    user_id, by, now = query.from_user.id, by_whom(update), services.clock.now()

    def decide(session: Session) -> tuple[str, RoleRequest | None]:
        request = roles.get_request(session, request_id=request_id)
        if request is None:
            return "stale_button", None
        if not roles.may_decide(session, user_id=user_id, request=request):
            return "not_allowed", None
        decided = roles.decide(
            session, request_id=request_id, approve=approve, by_user_id=user_id, by=by, now=now
        )
        if decided is None:
            return "already_decided", None
        return "", decided

    refusal, decided = await services.db(decide)
    if decided is None:
        await refuse(update, context, reader, refusal)
        return
    await acknowledge(update)
    name = escape(services.catalog.country_name(decided.country, reader.lang))
    key = "request_approved" if approve else "request_refused"
    await show(update, say(reader.lang, key, user=decided.user_id, country=name))
    lang = await services.db(lambda s: _lang_of(s, decided.user_id, reader.lang))
    outcome = f"{decided.role}_granted" if approve else "your_request_refused"
    try:
        await context.bot.send_message(
            decided.user_id,
            say(
                lang, outcome, country=escape(services.catalog.country_name(decided.country, lang))
            ),
            parse_mode="HTML",
        )
    except TelegramError:
        log.info("could not tell user %s about their request", decided.user_id)


def _lang_of(session: Session, chat_id: int, default: str) -> str:
    chat = get_chat(session, chat_id=chat_id)
    return chat.lang if chat else default
