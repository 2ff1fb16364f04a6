"""/revoke through the real Application: an admin takes a role away, the user is told in their
language and loses what the role allowed at once, the history says who; anyone else, a malformed
or forged request, or the last admin, changes nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fakes.bot_harness import ROOMY, BotHarness, settings_for, started
from fakes.clock import FakeClock
from fakes.telegram_api import FakeTelegram, User
from sqlmodel import Session, col, func, select

from bot.app import post_init
from bot.i18n import MESSAGES
from storage import history, roles
from storage.models import ADMIN, DELEGATE, FOCAL_POINT, HistoryEntry, Role

ADMIN_ID, SECOND_ID, FOCAL_ID, OTHER_ID = 9001, 9002, 501, 777
NOW = datetime(2017, 6, 23, 15, 0, tzinfo=UTC)


def grant(harness: BotHarness, user_id: int, role: str, country: str | None = None) -> None:
    with Session(harness.engine) as session:
        roles.grant(session, user_id=user_id, role=role, country=country, now=NOW, by="test")
        session.commit()


def grants(harness: BotHarness) -> list[tuple[int, str, str | None]]:
    with Session(harness.engine) as session:
        rows = session.exec(select(Role).order_by(col(Role.user_id), col(Role.role))).all()
        return [(r.user_id, r.role, r.country) for r in rows]


def entries(harness: BotHarness) -> int:
    with Session(harness.engine) as session:
        return int(session.exec(select(func.count()).select_from(HistoryEntry)).one())


def last_answer(harness: BotHarness) -> str:
    answers = harness.telegram.callback_answers
    assert answers, "no button press was answered"
    return answers[-1].text or ""


@pytest.fixture
def people(harness: BotHarness) -> dict[str, User]:
    tg = harness.telegram
    grant(harness, ADMIN_ID, ADMIN)
    return {
        "admin": tg.user(ADMIN_ID, "Sofía", language_code="es"),
        "focal": tg.user(FOCAL_ID, "Grace", language_code="en"),
        "other": tg.user(OTHER_ID, "Otto", language_code="en"),
    }


async def test_an_admin_revokes_a_focal_point_who_is_told_and_can_no_longer_report(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, focal = people["admin"], people["focal"]
    await harness.say(focal, "/help")  # the focal point's chat, in English
    await harness.say(admin, f"/focal {FOCAL_ID} Guatemala")
    await harness.say(focal, "/report")
    cards = [m for m in harness.replies(focal) if m.buttons]
    assert cards, "a focal point's /report shows items with buttons"
    card = next(m for m in cards if any(t == "📤 Sent" for row in m.buttons for t, _ in row))

    await harness.say(admin, f"/revoke {FOCAL_ID} focal Guatemala")
    assert harness.last(admin).text == (
        f"Listo: {FOCAL_ID} ya no es punto focal de Guatemala. Queda en el historial."
    )
    assert harness.last(focal).text == (
        "You are no longer the focal point of Guatemala. If you think this is a mistake, please "
        "write to the Technical Secretariat."
    )
    assert (FOCAL_ID, FOCAL_POINT, "Guatemala") not in grants(harness)
    with Session(harness.engine) as session:
        entry = session.exec(
            select(HistoryEntry).where(HistoryEntry.action == history.ROLE_REVOKED)
        ).one()
    assert (entry.by_user_id, entry.subject_user_id, entry.country, entry.detail) == (
        ADMIN_ID,
        FOCAL_ID,
        "Guatemala",
        FOCAL_POINT,
    )
    assert entry.by == "user 9001 (Sofía)"

    before = (grants(harness), entries(harness))
    await harness.say(focal, "/report")
    assert harness.last(focal).text == MESSAGES["focal_only"]["en"]
    await harness.press(focal, card, "📤 Sent")
    assert last_answer(harness) == MESSAGES["not_allowed"]["en"]
    assert (grants(harness), entries(harness)) == before


async def test_without_a_country_the_one_held_is_taken_or_a_button_asks_which(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, other = people["admin"], people["other"]
    grant(harness, OTHER_ID, DELEGATE, "Honduras")
    await harness.say(other, "/help")  # their chat, in English
    await harness.say(admin, f"/revocar {OTHER_ID} delegado")
    assert "ya no es delegado verificado de Honduras" in harness.last(admin).text
    assert harness.last(other).text.startswith("You are no longer a verified delegate of Honduras")

    grant(harness, OTHER_ID, FOCAL_POINT, "Honduras")
    grant(harness, OTHER_ID, FOCAL_POINT, "Panamá")
    await harness.say(admin, f"/revoke {OTHER_ID} punto focal")
    ask = harness.last(admin)
    assert "varios países" in ask.text
    assert [t for row in ask.buttons for t, _ in row] == ["Honduras", "Panamá"]
    panama = ask.button("Panamá")["callback_data"]
    assert len(panama.encode()) <= 64

    # Only an admin's press counts, checked when pressed.
    before = grants(harness)
    await harness.press_data(other, ask, panama)
    assert last_answer(harness) == MESSAGES["not_allowed"]["en"]
    assert grants(harness) == before
    await harness.press(admin, ask, "Panamá")
    assert "ya no es punto focal de Panamá" in ask.text
    assert [g for g in grants(harness) if g[0] == OTHER_ID] == [(OTHER_ID, FOCAL_POINT, "Honduras")]
    # The same button again (replayed): the role is gone, nothing else is taken.
    await harness.press_data(admin, ask, panama)
    assert "no es punto focal de Panamá; no cambié nada" in ask.text
    assert [g for g in grants(harness) if g[0] == OTHER_ID] == [(OTHER_ID, FOCAL_POINT, "Honduras")]


async def test_only_admins_revoke_and_nothing_changes_otherwise(
    harness: BotHarness, people: dict[str, User]
) -> None:
    other, focal = people["other"], people["focal"]
    grant(harness, FOCAL_ID, FOCAL_POINT, "Guatemala")
    before = (grants(harness), entries(harness))
    for command in (f"/revoke {ADMIN_ID} admin", f"/revoke {FOCAL_ID} focal Guatemala"):
        await harness.say(other, command)
        assert harness.last(other).text == MESSAGES["not_allowed"]["en"]
    # A focal point is no admin either.
    await harness.say(focal, f"/revoke {FOCAL_ID} focal Guatemala")
    assert harness.last(focal).text == MESSAGES["not_allowed"]["en"]
    assert (grants(harness), entries(harness)) == before


@pytest.mark.parametrize(
    "args",
    [
        "",
        str(FOCAL_ID),
        f"{FOCAL_ID} chair",
        f"{FOCAL_ID} focal Atlantis",
        f"{ADMIN_ID} admin Guatemala",
        "abc focal Guatemala",
        "-501 focal Guatemala",
        f"{'9' * 40} focal Guatemala",
        f"{'9' * 16} admin",
        "5 <b>admin</b>",
        "focal 501 Guatemala",
    ],
)
async def test_malformed_or_forged_requests_get_the_usage_and_change_nothing(
    harness: BotHarness, people: dict[str, User], args: str
) -> None:
    admin = people["admin"]
    grant(harness, FOCAL_ID, FOCAL_POINT, "Guatemala")
    before = (grants(harness), entries(harness))
    await harness.say(admin, f"/revoke {args}".strip())
    assert harness.last(admin).text == MESSAGES["revoke_usage"]["es"].replace("<code>", "").replace(
        "</code>", ""
    )
    assert (grants(harness), entries(harness)) == before


@pytest.mark.parametrize(
    "data",
    [
        "V:501:f",
        "V:501:x:GT",
        "V:501:a:GT",
        "V:501:f:ZZ",
        f"V:{'9' * 16}:f:GT",
        "V:-501:f:GT",
        "V:501:f:GT:1",
    ],
)
async def test_forged_buttons_are_stale_and_change_nothing(
    harness: BotHarness, people: dict[str, User], data: str
) -> None:
    admin = people["admin"]
    grant(harness, FOCAL_ID, FOCAL_POINT, "Guatemala")
    await harness.say(admin, "/help")
    before = (grants(harness), entries(harness))
    await harness.press_data(admin, harness.last(admin), data)
    assert last_answer(harness) == MESSAGES["stale_button"]["es"]
    assert (grants(harness), entries(harness)) == before


async def test_a_role_not_held_or_an_unknown_user_changes_nothing(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin = people["admin"]
    before = (grants(harness), entries(harness))
    await harness.say(admin, "/revoke 123456789 focal Guatemala")
    assert harness.last(admin).text == ("123456789 no es punto focal de Guatemala; no cambié nada.")
    await harness.say(admin, "/revoke 123456789 delegate")
    assert "no tiene ese rol en ningún país" in harness.last(admin).text
    await harness.say(admin, "/revoke 123456789 admin")
    assert harness.last(admin).text == "123456789 no es administrador del bot; no cambié nada."
    assert (grants(harness), entries(harness)) == before


async def test_the_last_admin_stays_and_a_second_one_can_go(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin = people["admin"]
    before = (grants(harness), entries(harness))
    await harness.say(admin, f"/revoke {ADMIN_ID} admin")
    assert "es el único administrador" in harness.last(admin).text
    assert (grants(harness), entries(harness)) == before

    await harness.say(admin, f"/admin {SECOND_ID}")
    second = harness.telegram.user(SECOND_ID, "Ana", language_code="es")
    await harness.say(second, f"/revoke {ADMIN_ID} administrador")
    assert f"{ADMIN_ID} ya no es administrador del bot" in harness.last(second).text
    assert "CRMBOT_ADMIN_IDS" not in harness.last(second).text
    assert harness.last(admin).text.startswith("Ya no es administrador del bot.")
    # Now the one left cannot remove themselves, and the former admin may do nothing.
    await harness.say(second, f"/revoke {SECOND_ID} admin")
    assert "es el único administrador" in harness.last(second).text
    await harness.say(admin, f"/revoke {SECOND_ID} admin")
    assert harness.last(admin).text == MESSAGES["not_allowed"]["es"]
    assert [g for g in grants(harness) if g[1] == ADMIN] == [(SECOND_ID, ADMIN, None)]


@pytest.fixture
async def configured(
    store: Path, clock: FakeClock, fake_telegram_factory: Callable[..., FakeTelegram]
) -> AsyncIterator[BotHarness]:
    """The bot started with CRMBOT_ADMIN_IDS naming two admins."""
    telegram = fake_telegram_factory(limits=ROOMY)
    settings = settings_for(store, telegram, crmbot_admin_ids=(ADMIN_ID, SECOND_ID))
    async with started(settings, telegram, clock) as bot:
        yield bot


async def test_revoking_an_admin_named_in_the_setting_says_it_comes_back_at_start(
    configured: BotHarness,
) -> None:
    admin = configured.telegram.user(ADMIN_ID, "Sofía", language_code="en")
    await configured.say(admin, f"/revoke {SECOND_ID} admin")
    answer = configured.last(admin).text
    assert f"{SECOND_ID} is no longer an admin of the bot" in answer
    assert f"{SECOND_ID} is in CRMBOT_ADMIN_IDS" in answer
    assert "again every time it starts" in answer
    assert (SECOND_ID, ADMIN, None) not in grants(configured)
    # As the answer says: the next start makes them an admin again (its HTTP server stopped
    # first, as a restart would).
    await configured.application.bot_data.pop("web_server").stop()
    await post_init(configured.application)
    assert (SECOND_ID, ADMIN, None) in grants(configured)
