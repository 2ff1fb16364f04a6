"""Abuse control in the real Application (bot/guard.py): a flooding user or group is told once
and ignored for a while, others are answered; oversized texts and captions are refused unread.

Updates go through the fake Bot API server; time moves by the fake clock only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from fakes.bot_harness import ROOMY, BotHarness, settings_for, started
from fakes.clock import FakeClock
from fakes.telegram_api import FakeTelegram
from telegram import Update

PER_MINUTE = 3  # small, so that a flood is a few messages (each answer waits its turn)
SLOW_DOWN_ES = "✋ Demasiados mensajes seguidos"
SLOW_DOWN_EN = "✋ Too many messages in a row"
HELP_ES = "Lo que puedo responder"
HELP_EN = "What I can answer"


@pytest.fixture
async def guarded(
    store: Path, clock: FakeClock, fake_telegram_factory: Callable[..., FakeTelegram]
) -> AsyncIterator[BotHarness]:
    """The bot with a flood limit of three updates a minute, and privacy mode off in groups
    (as for a bot that is a group's administrator: it receives all the chatter)."""
    telegram = fake_telegram_factory(limits=ROOMY, privacy_mode=False)
    settings = settings_for(
        store, telegram, crmbot_flood_per_minute=PER_MINUTE, crmbot_flood_mute_seconds=60
    )
    async with started(settings, telegram, clock) as bot:
        yield bot


def texts(harness: BotHarness, chat: object) -> list[str]:
    return [m.text or "" for m in harness.replies(chat)]


def count(harness: BotHarness, chat: object, part: str) -> int:
    return len([t for t in texts(harness, chat) if part in t])


async def test_a_flooding_user_is_told_once_and_ignored_while_others_are_answered(
    guarded: BotHarness, clock: FakeClock
) -> None:
    tg = guarded.telegram
    ana = tg.user(1001, "Ana", language_code="es")
    john = tg.user(1002, "John", language_code="en")
    for _ in range(10):
        await guarded.say(ana, "/help")
        clock.advance(seconds=1)
    assert count(guarded, ana, HELP_ES) == PER_MINUTE
    assert count(guarded, ana, SLOW_DOWN_ES) == 1
    notice = next(t for t in texts(guarded, ana) if SLOW_DOWN_ES in t)
    assert "durante un minuto" in notice
    assert len(texts(guarded, ana)) == PER_MINUTE + 1
    # Meanwhile someone else is answered as usual, in English.
    await guarded.say(john, "/help")
    assert count(guarded, john, HELP_EN) == 1
    # Ana is still ignored...
    clock.advance(seconds=40)
    await guarded.say(ana, "/help")
    assert len(texts(guarded, ana)) == PER_MINUTE + 1
    # ...until the mute is over and she has been quiet.
    clock.advance(seconds=60)
    await guarded.say(ana, "/help")
    assert count(guarded, ana, HELP_ES) == PER_MINUTE + 1
    assert count(guarded, ana, SLOW_DOWN_ES) == 1


async def test_the_notice_is_in_the_chats_chosen_language(
    guarded: BotHarness, clock: FakeClock
) -> None:
    # Telegram says Spanish, but she chose English with /lang.
    ana = guarded.telegram.user(1001, "Ana", language_code="es")
    await guarded.say(ana, "/lang")
    await guarded.press(ana, guarded.last(ana), "English")
    clock.advance(seconds=60)
    for _ in range(PER_MINUTE + 3):
        await guarded.say(ana, "/help")
    assert count(guarded, ana, SLOW_DOWN_EN) == 1
    assert "for a minute" in guarded.last(ana).text


async def test_a_muted_users_button_press_runs_nothing_and_is_not_answered(
    guarded: BotHarness, clock: FakeClock
) -> None:
    tg = guarded.telegram
    ana = tg.user(1001, "Ana", language_code="es")
    await guarded.say(ana, "/start")
    question = guarded.last(ana)
    for _ in range(PER_MINUTE):
        await guarded.say(ana, "/help")
    assert count(guarded, ana, SLOW_DOWN_ES) == 1
    await guarded.press(ana, question, "Guatemala")
    assert not question.history, "a dropped press changes nothing"
    assert not tg.callback_answers
    clock.advance(seconds=61)
    await guarded.press(ana, question, "Guatemala")
    assert "País: Guatemala" in question.text


async def test_a_flood_of_button_presses_is_told_in_a_pop_up(
    guarded: BotHarness, clock: FakeClock
) -> None:
    tg = guarded.telegram
    john = tg.user(1002, "John", language_code="en")
    await guarded.say(john, "/start")
    question = guarded.last(john)
    presses = [tg.press_button(john, question, "Canada") for _ in range(PER_MINUTE + 1)]
    for press in presses:
        await guarded._deliver_press(press.id)
    answers = [p.answer for p in presses]
    alerts = [a for a in answers if a is not None and a.show_alert]
    assert len(alerts) == 1 and alerts[0].text is not None
    assert alerts[0].text.startswith(SLOW_DOWN_EN) and len(alerts[0].text) <= 200
    # The press after it was dropped without an answer.
    assert answers[-1] is None
    assert count(guarded, john, SLOW_DOWN_EN) == 0  # no message queued behind the answers


async def test_a_member_flooding_a_group_is_muted_and_the_others_are_answered(
    guarded: BotHarness,
) -> None:
    tg = guarded.telegram
    ana = tg.user(1001, "Ana", language_code="es")
    luis = tg.user(1004, "Luis", language_code="es")
    group = tg.group(-2001, "Delegación de Guatemala", members=[ana, luis])
    for _ in range(PER_MINUTE + 2):
        await guarded.say(ana, "/help@crm_test_bot", chat=group)
    assert count(guarded, group, "✋ Ana, demasiados mensajes seguidos") == 1
    await guarded.say(luis, "/help@crm_test_bot", chat=group)
    assert count(guarded, group, HELP_ES) == PER_MINUTE + 1


async def test_a_group_sending_too_much_is_paused_for_everyone_there(
    guarded: BotHarness,
) -> None:
    tg = guarded.telegram
    members = [tg.user(1001 + n, f"M{n}", language_code="es") for n in range(4)]
    group = tg.group(-2001, "Delegación de Guatemala", members=members)
    # Each member stays within a user's allowance; together they go over the group's (twice it).
    for member in members * 2:
        await guarded.say(member, "/help@crm_test_bot", chat=group)
    assert count(guarded, group, HELP_ES) == 2 * PER_MINUTE
    assert count(guarded, group, "✋ Este grupo me envía demasiados mensajes") == 1
    # The members' private chats are answered as usual.
    await guarded.say(members[0], "/help")
    assert count(guarded, members[0], HELP_ES) == 1


async def test_group_chatter_not_meant_for_the_bot_is_not_counted(guarded: BotHarness) -> None:
    tg = guarded.telegram
    ana = tg.user(1001, "Ana", language_code="es")
    group = tg.group(-2001, "Delegación de Guatemala", members=[ana])
    for n in range(20):
        await guarded.say(ana, f"Buenos días a todos, mensaje {n}", chat=group)
        await guarded.say(ana, "x" * 3000, chat=group)  # long, but not for the bot either
    assert texts(guarded, group) == []
    await guarded.say(ana, "/help@crm_test_bot", chat=group)
    assert count(guarded, group, HELP_ES) == 1


async def test_an_oversized_text_is_refused_politely_without_being_read(
    guarded: BotHarness,
) -> None:
    tg = guarded.telegram
    ana = tg.user(1001, "Ana", language_code="es")
    question = "¿qué vence en julio? " + "a" * 2000
    await guarded.say(ana, question)
    assert texts(guarded, ana) == [
        f"📏 Su mensaje es demasiado largo ({len(question)} caracteres): leo hasta 2000. "
        "Escríbalo más corto, por favor."
    ]
    # A command's arguments too: no search runs on them.
    john = tg.user(1002, "John", language_code="en")
    search = "/search" + " passport" * 300
    await guarded.say(john, search)
    assert texts(guarded, john) == [
        f"📏 Your message is too long ({len(search)} characters): I read up to 2000. "
        "Please make it shorter."
    ]


async def test_a_text_at_the_limit_goes_on_to_the_handlers(guarded: BotHarness) -> None:
    ana = guarded.telegram.user(1001, "Ana", language_code="es")
    await guarded.say(ana, "a" * 2000)
    # Not the guard's refusal: the question handler's own (a question is far shorter).
    assert texts(guarded, ana) == ["El mensaje es demasiado largo para una pregunta."]


async def test_an_oversized_caption_is_refused(guarded: BotHarness) -> None:
    tg = guarded.telegram
    admin = tg.user(9001, "Secretaría", language_code="es")
    update = tg.send_document(admin, "acta.txt", b"Acta de la reunion.", caption="c" * 2500)
    assert update is not None
    await guarded.application.process_update(Update.de_json(update, guarded.application.bot))
    assert texts(guarded, admin) == [
        "📏 Su mensaje es demasiado largo (2500 caracteres): leo hasta 2000. "
        "Escríbalo más corto, por favor."
    ]
