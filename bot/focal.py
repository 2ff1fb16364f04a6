"""Focal points: /focal (who they are, assign, request), /report with the confirm / decline and
sent / undo buttons, /status (the roll-up per member country) and /history of an item.

An answer button carries the item, the action, the country's code and the version of the
country's answer it was made for (the latest history entry): it is honoured only if the presser
is that country's focal point now and nothing was answered since, so a press from someone else,
a forged payload or a replayed one changes nothing.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session
from telegram import Update

from bot import callbacks
from bot.catalog import Catalog
from bot.formatting import escape, item_html, period_text
from bot.i18n import say
from bot.replies import Buttons, acknowledge, send, show
from bot.roles import (
    by_whom,
    find_country,
    held_by,
    refuse,
    request_command,
    stale,
    user_id_of,
)
from bot.services import Context, Reader, Services, reader_of
from storage import focal, history, roles
from storage.actors import names_covering
from storage.models import CONFIRMED, DECLINED, DONE, EVENT, FOCAL_POINT, Commitment, HistoryEntry
from storage.queries import twins

ANSWER = "F"  # F:<group id>:<c|d|s|u>:<country code>:<version>
ACTIONS = {"c": focal.CONFIRM, "d": focal.DECLINE, "s": focal.SEND, "u": focal.UNSEND}
CODES = {action: code for code, action in ACTIONS.items()}
STATUS_LIMIT = 15
# An item on a focal point's desk: its answer, the answer's version, and for a recurring
# deadline the period the answer is about.
Card = tuple[Commitment, str | None, int, date | None]


async def focal_command(update: Update, context: Context) -> None:
    """/focal: list focal points; /focal USER_ID COUNTRY (admin): assign; /focal COUNTRY: ask."""
    args = context.args or []
    if not args:
        await list_focal_points(update, context)
    elif args[0].isdigit():
        await assign_focal_point(update, context)
    else:
        await request_command(update, context, FOCAL_POINT)


async def list_focal_points(update: Update, context: Context) -> None:
    """List the focal points by country; admins see their ids and the pending requests."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)

    def load(session: Session) -> tuple[list[tuple[str, int]], int]:
        grants = [(g.country or "", g.user_id) for g in roles.holders(session, role=FOCAL_POINT)]
        return grants, len(roles.pending_requests(session))

    grants, pending = await services.db(load)
    lines = [say(reader.lang, "focal_title")]
    by_country: dict[str, list[int]] = {}
    for country, user_id in grants:
        by_country.setdefault(country, []).append(user_id)
    for country in sorted(by_country, key=lambda c: _name(services.catalog, c, reader.lang)):
        name = escape(_name(services.catalog, country, reader.lang))
        ids = ", ".join(f"<code>{u}</code>" for u in by_country[country])
        lines.append(f"• {name}: {ids}" if held.admin else f"• {name}")
    if not by_country:
        lines.append(say(reader.lang, "focal_none"))
    if held.admin and pending:
        lines.append(say(reader.lang, "requests_pending", n=pending))
    lines.append("")
    lines.append(say(reader.lang, "focal_usage_admin" if held.admin else "focal_usage"))
    await send(update, "\n".join(lines))


async def assign_focal_point(update: Update, context: Context) -> None:
    """/focal USER_ID COUNTRY: an admin makes a user the focal point of a member country."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)
    if not held.admin:
        await refuse(update, context, reader)
        return
    args = context.args or []
    country = find_country(services.catalog, " ".join(args[1:]))
    user_id = user_id_of(args[0]) if len(args) >= 2 else None
    if user_id is None or country is None:
        await send(update, say(reader.lang, "focal_usage_admin"))
        return
    by, now = by_whom(update), services.clock.now()

    def assign(session: Session) -> bool | None:
        if not roles.is_admin(session, user_id=held.user_id):
            return None
        return roles.grant(
            session,
            user_id=user_id,
            role=FOCAL_POINT,
            country=country,
            now=now,
            by=by,
            by_user_id=held.user_id,
        )

    granted = await services.db(assign)
    if granted is None:
        await refuse(update, context, reader)
        return
    name = escape(_name(services.catalog, country, reader.lang))
    key = "focal_assigned" if granted else "focal_already_assigned"
    await send(update, say(reader.lang, key, user=user_id, country=name))


async def report_command(update: Update, context: Context) -> None:
    """/report: a focal point's items to answer, one message each with its buttons."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)
    if not held.focal:
        await refuse(update, context, reader, "focal_only")
        return
    if reader.is_group:
        await send(update, say(reader.lang, "private_only"))
        return
    now, today = services.clock.now(), reader.today(services.clock)

    def load(session: Session) -> list[tuple[str, list[Card]]]:
        desks = []
        for country in held.focal:
            rows = focal.desk(session, now=now, country=country, lang=reader.lang)
            cards = []
            for item, current, version in rows:
                _ = item.document.meeting.title
                # The period of a recurring deadline the answer is about, as `desk` read it.
                day = focal.occurrence_in_play(
                    session, item=item, country=country, today=now.date()
                )
                cards.append((item, current, version, day))
            desks.append((country, cards))
        return desks

    for country, cards in await services.db(load):
        name = escape(_name(services.catalog, country, reader.lang))
        await send(update, say(reader.lang, "report_title", country=name, n=len(cards)))
        for item, current, version, day in cards:
            text, buttons = answer_card(
                item, current, version, country, services.catalog, reader, today, day
            )
            await send(update, text, buttons)


def answer_card(
    item: Commitment,
    current: str | None,
    version: int,
    country: str,
    catalog: Catalog,
    reader: Reader,
    today: date,
    occurrence: date | None = None,
) -> tuple[str, Buttons]:
    """Render one item for a focal point: what it is, the country's answer, and the buttons.

    For a recurring deadline, `occurrence` is the period the answer and "sent" are about.
    """
    lang = reader.lang
    code = catalog.country(country)
    name = escape(_name(catalog, country, lang))
    state = say(lang, f"answer_{current or ('none' if item.kind == EVENT else 'not_sent')}")
    text = item_html(item, catalog=catalog, lang=lang, today=today, occurrence=occurrence)
    if occurrence is not None and item.recurrence is not None:
        period = escape(period_text(item.recurrence, occurrence, lang))
        text += f"\n\n🔁 {period}\n<b>{name}</b>: {state}"
    else:
        text += f"\n\n<b>{name}</b>: {state}"
    if code is None:
        return text, []
    if item.kind == EVENT:
        actions = [a for a in (focal.CONFIRM, focal.DECLINE) if _answer_of(a) != current]
    else:
        actions = [focal.UNSEND if current == DONE else focal.SEND]
    row = [
        (
            say(lang, f"button_{action}"),
            callbacks.simple(ANSWER, str(item.group_id), CODES[action], code.code, str(version)),
        )
        for action in actions
    ]
    return text, [row]


async def answer_button(update: Update, context: Context) -> None:
    """Confirm, decline, mark sent or undo, for the presser's country, if they may and it is
    still the answer they saw."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    query = update.callback_query
    assert query is not None
    parsed = callbacks.fields(query.data or "", ANSWER, 4)
    if (
        parsed is None
        or not parsed[0].isdigit()
        or parsed[1] not in ACTIONS
        or not parsed[3].isdigit()
        or len(parsed[0]) > 12
        or len(parsed[3]) > 12
    ):
        await stale(update, context, reader)
        return
    country_row = services.catalog.country_by_code(parsed[2])
    if country_row is None:
        await stale(update, context, reader)
        return
    group_id, action, version = int(parsed[0]), ACTIONS[parsed[1]], int(parsed[3])
    country = country_row.canonical
    user_id, by, now = query.from_user.id, by_whom(update), services.clock.now()

    def apply(session: Session) -> tuple[str, Card | None]:
        # The role for this item's country, held now: not when the button was sent.
        if not roles.holds(session, user_id=user_id, role=FOCAL_POINT, country=country):
            return "not_allowed", None
        try:
            item = focal.answer(
                session,
                group_id=group_id,
                country=country,
                action=action,
                version=version,
                by_user_id=user_id,
                by=by,
                now=now,
            )
        except focal.StaleAnswer:
            return "answer_changed", None
        except focal.NotAnswerable:
            return "stale_button", None
        shown = focal.published_version(session, group_id=group_id, lang=reader.lang) or item
        _ = shown.document.meeting.title
        current = focal.current_answer(session, item=shown, country=country, today=now.date())
        latest = history.latest_entry_id(session, group_id=group_id, country=country)
        day = focal.occurrence_in_play(session, item=shown, country=country, today=now.date())
        return "", (shown, current, latest, day)

    refusal, done = await services.db(apply)
    if done is None:
        await refuse(update, context, reader, refusal)
        return
    item, current, latest, day = done
    await acknowledge(update, say(reader.lang, f"answered_{action}"))
    today = reader.today(services.clock)
    text, buttons = answer_card(
        item, current, latest, country, services.catalog, reader, today, day
    )
    await show(update, text, buttons)


async def status_command(update: Update, context: Context) -> None:
    """/status ITEM: the roll-up per member country; /status alone (admins): every open item."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)
    args = context.args or []
    now = services.clock.now()
    if not args:
        if not held.admin:
            await refuse(update, context, reader, "admins_only")
            return
        rollups = await services.db(
            lambda s: _touch_rollups(focal.open_items(s, now=now, lang=reader.lang))
        )
        today = reader.today(services.clock)
        await send(update, overview_text(rollups, services.catalog, reader, today))
        return
    if not (held.admin or held.focal):
        await refuse(update, context, reader, "focal_only")
        return
    group_id = _item_id(args[0])
    if group_id is None:
        await send(update, say(reader.lang, "status_usage"))
        return

    def load(session: Session) -> focal.Rollup | None:
        item = focal.published_version(session, group_id=group_id, lang=reader.lang)
        if item is None or (item.members_only and reader.is_group):
            return None
        _ = item.document.meeting.title
        return focal.rollup(session, item, today=reader.today(services.clock))

    rolled = await services.db(load)
    if rolled is None:
        await send(update, say(reader.lang, "item_unknown", item=escape(args[0][:20])))
        return
    await send(update, rollup_text(rolled, services.catalog, reader, reader.today(services.clock)))


def rollup_text(rolled: focal.Rollup, catalog: Catalog, reader: Reader, today: date) -> str:
    """Render an item's roll-up: confirmed, declined, no answer; or sent, not yet."""
    lang = reader.lang
    item = rolled.item
    lines = [
        say(lang, "status_title", item=item.group_id),
        item_html(item, catalog=catalog, lang=lang, today=today, occurrence=rolled.occurrence),
        "",
    ]
    groups = (
        [("confirmed", CONFIRMED), ("declined", DECLINED), ("no_answer", None)]
        if item.kind == EVENT
        else [("sent", DONE), ("not_sent", None)]
    )
    for key, answer in groups:
        countries = rolled.countries_with(answer)
        names = ", ".join(escape(_name(catalog, c, lang)) for c in countries) or "—"
        lines.append(f"{say(lang, f'rollup_{key}', n=len(countries))}: {names}")
    if not rolled.answers:
        lines.append(say(lang, "rollup_nobody"))
    return "\n".join(lines)


def overview_text(
    rollups: list[focal.Rollup], catalog: Catalog, reader: Reader, today: date
) -> str:
    """Render the secretariat's overview: each open item with its counts, overdue first."""
    lang = reader.lang
    lines = [say(lang, "overview_title")]
    if not rollups:
        lines.append(say(lang, "overview_empty"))
    for rolled in rollups[:STATUS_LIMIT]:
        item = rolled.item
        counts = rolled.counts()
        if item.kind == EVENT:
            tally = say(
                lang,
                "tally_event",
                yes=counts.get(CONFIRMED, 0),
                no=counts.get(DECLINED, 0),
                none=counts.get(None, 0),
            )
        else:
            tally = say(lang, "tally_deadline", sent=counts.get(DONE, 0), none=counts.get(None, 0))
        # A recurring deadline by the oldest occurrence a country still owes.
        due = rolled.due
        late = " ⚠️" if item.kind != EVENT and due is not None and due < today else ""
        when = due.isoformat() if due else ""
        what = escape((item.what or item.quote)[:70])
        lines.append(f"<code>#{item.group_id}</code> {when}{late} · {what}\n   {tally}")
    lines.append("")
    lines.append(say(lang, "overview_hint"))
    return "\n".join(lines)


async def history_command(update: Update, context: Context) -> None:
    """/history ITEM: every recorded change of an item, for admins and its countries' focal
    points."""
    reader = await reader_of(update, context)
    services: Services = context.bot_data["services"]
    held = await held_by(update, context)
    args = context.args or []
    group_id = _item_id(args[0]) if args else None
    if group_id is None:
        await send(update, say(reader.lang, "history_usage"))
        return
    if not (held.admin or held.focal):
        await refuse(update, context, reader)
        return

    def load(session: Session) -> tuple[bool, list[HistoryEntry]]:
        versions = twins(session=session, group_id=group_id)
        if not versions:
            return True, []
        if not roles.is_admin(session, user_id=held.user_id):
            # A focal point sees the history of the items that concern their country.
            named = set(versions[0].who)
            mine = [
                c
                for c in roles.countries_of(session, user_id=held.user_id, role=FOCAL_POINT)
                if named & set(names_covering(session, c))
            ]
            if not mine:
                return False, []
        return True, history.history_of(session, group_id=group_id)

    allowed, entries = await services.db(load)
    if not allowed:
        await refuse(update, context, reader)
        return
    lines = [say(reader.lang, "history_title", item=group_id)]
    for entry in entries:
        action = say(reader.lang, f"history_{entry.action}")
        where = f" · {escape(_name(services.catalog, entry.country, reader.lang))}"
        detail = f" ({escape(entry.detail)})" if entry.detail else ""
        lines.append(
            f"{entry.at:%Y-%m-%d %H:%M} UTC · {action}{where if entry.country else ''}{detail}"
            f" · {escape(entry.by)}"
        )
    if not entries:
        lines.append(say(reader.lang, "history_empty"))
    await send(update, "\n".join(lines))


def _answer_of(action: str) -> str | None:
    return {focal.CONFIRM: CONFIRMED, focal.DECLINE: DECLINED}.get(action)


def _name(catalog: Catalog, country: str | None, lang: str) -> str:
    return catalog.country_name(country, lang) or ""


def _item_id(text: str) -> int | None:
    text = text.lstrip("#")
    return int(text) if text.isdigit() and len(text) <= 12 else None


def _touch_rollups(rollups: list[focal.Rollup]) -> list[focal.Rollup]:
    for rolled in rollups:
        _ = rolled.item.document.meeting.title
    return rollups
