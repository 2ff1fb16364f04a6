"""The real `crmbot run` process against the fake Bot API server on 127.0.0.1, with Telegram's
own flood limits: whole conversations, groups, restarts and a second poller.

The bot's clock starts at CRMBOT_NOW (the day after the San Salvador meeting of June 2017);
waits here are for another process to answer, never to move time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import icalendar
from fakes.bot_harness import BotProcess
from fakes.telegram_api import FakeTelegram, Message

ANSWER_TIMEOUT = 30


def answer(telegram: FakeTelegram, chat: object, contains: str) -> Message:
    """Wait for the bot's next message in a chat that contains `contains`."""
    return telegram.wait_for_message(
        chat, lambda m: contains in (m.text or ""), timeout=ANSWER_TIMEOUT
    )


def test_a_spanish_and_an_english_delegate_go_through_a_whole_conversation(
    running_bot: BotProcess, fake_telegram: FakeTelegram
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    john = tg.user(1002, "John", language_code="en")

    tg.send_text(ana, "/start")
    tg.send_text(john, "/start")
    question = answer(tg, ana, "¿De qué país es su delegación?")
    english = answer(tg, john, "Which country is your delegation from?")

    tg.press_button(ana, question, "Guatemala")
    tg.press_button(john, english, "Canada")
    offer = tg.wait_for_edit(question, timeout=ANSWER_TIMEOUT)
    assert "País: Guatemala" in offer.text
    offer_en = tg.wait_for_edit(english, timeout=ANSWER_TIMEOUT)
    assert "Country: Canada" in offer_en.text and "America/Toronto" in offer_en.text

    tg.press_button(ana, offer, "🔔 Sí, suscribirme")
    tg.press_button(john, offer_en, "🔔 Yes, subscribe me")
    assert "Suscrito" in tg.wait_for_edit(question, edits=2, timeout=ANSWER_TIMEOUT).text
    assert "Subscribed" in tg.wait_for_edit(english, edits=2, timeout=ANSWER_TIMEOUT).text

    tg.send_text(ana, "/next")
    listing = answer(tg, ana, "Lo próximo · Guatemala")
    assert "15 de julio de 2017 · faltan 22 días" in listing.text
    assert "párr. 16.a" in listing.text
    assert "«Que los Países Miembros remitan, a más tardar el 15 de julio" in listing.text

    tg.send_text(john, "/next")
    listing_en = answer(tg, john, "Next · Canada")
    assert "July 15, 2017 · in 22 days" in listing_en.text and "para. 16.a" in listing_en.text

    tg.send_text(ana, "¿Qué vence en julio?")
    assert "15 de julio de 2017" in answer(tg, ana, "Plazos · julio de 2017").text
    tg.send_text(john, "what is due in July for Panamá?")
    assert "July 15, 2017" in answer(tg, john, "Deadlines · July 2017 · Panama").text

    tg.send_text(john, "the weather is nice")
    assert "/next" in answer(tg, john, "I did not understand the question").text

    assert not [e for e in tg.errors if e.status != 429], tg.errors


def test_a_group_asks_with_the_bots_name(
    running_bot: BotProcess, fake_telegram: FakeTelegram
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    luis = tg.user(1004, "Luis", language_code="es")
    group = tg.group(-2001, "Delegación de Guatemala", members=[ana, luis])
    tg.send_text(ana, "/next@crm_test_bot", chat=group)
    assert "15 de julio de 2017" in answer(tg, group, "Lo próximo").text
    tg.send_text(luis, "@crm_test_bot ¿qué vence en julio?", chat=group)
    answer(tg, group, "Plazos · julio de 2017")


def test_the_command_menu_is_published_in_both_languages(
    running_bot: BotProcess, fake_telegram: FakeTelegram
) -> None:
    spanish = fake_telegram.commands(language_code="es")
    english = fake_telegram.commands()
    assert [name for name, _ in spanish][:3] == ["next", "upcoming", "tasks"]
    assert ("next", "Lo próximo para su país") in spanish
    assert ("next", "What is next for your country") in english


def test_an_update_sent_while_the_bot_is_down_is_answered_after_a_restart(
    bot_env: dict[str, str], fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    first = BotProcess(tmp_path, bot_env)
    tg.wait_until_polling(timeout=60)
    tg.send_text(ana, "/next")
    answer(tg, ana, "Lo próximo")
    assert first.stop() == 0, first.output()

    tg.send_text(ana, "/help")
    second = BotProcess(tmp_path, bot_env)
    try:
        answer(tg, ana, "Lo que puedo responder")
        tg.wait_until_confirmed(timeout=ANSWER_TIMEOUT)
        # The update answered before the restart was confirmed, so it is not answered twice.
        assert len([m for m in tg.messages(ana) if m.from_bot and "Lo próximo" in m.text]) == 1
    finally:
        second.stop()


def test_a_second_process_on_the_same_sqlite_database_refuses_to_start(
    running_bot: BotProcess, bot_env: dict[str, str], tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=bot_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "another crmbot run is using the SQLite database" in done.stderr


def test_a_second_poller_is_refused_and_told_why(
    running_bot: BotProcess,
    bot_env: dict[str, str],
    fake_telegram: FakeTelegram,
    store: Path,
    tmp_path: Path,
) -> None:
    tg = fake_telegram
    since = len(tg.requests)
    # Another deployment with the same token: its own database, the same bot.
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(store, other)
    intruder = BotProcess(tmp_path, bot_env | {"DATABASE_URL": f"sqlite:///{other}"})
    try:
        tg.wait_until(
            lambda: any(c.status == 409 for c in tg.requests[since:]),
            timeout=60,
            what="a 409 Conflict",
        )
    finally:
        intruder.stop()
    assert "another instance" in intruder.output() + running_bot.output()
    ana = tg.user(1001, "Ana", language_code="es")
    tg.send_text(ana, "/help")
    answer(tg, ana, "Lo que puedo responder")


def test_a_burst_is_paced_under_telegrams_limits_and_every_answer_arrives(
    running_bot: BotProcess, fake_telegram: FakeTelegram
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    for _ in range(6):
        tg.send_text(ana, "/help")
    for _ in range(6):
        answer(tg, ana, "Lo que puedo responder")
    # The bot paces its answers to one chat instead of running into Telegram's 429s.
    assert not [c for c in tg.errors if c.status == 429]
    sends = sorted(c.at for c in tg.requests if c.method == "sendMessage" and c.ok)
    assert len(sends) == 6
    # A short burst goes at once, then one a second.
    assert sends[-1] - sends[0] >= 3.5
    assert all(b - a >= 0.9 for a, b in pairwise(sends[1:]))


def test_a_missing_token_stops_start_up_with_one_line(
    bot_env: dict[str, str], tmp_path: Path
) -> None:
    env = {k: v for k, v in bot_env.items() if k != "TELEGRAM_BOT_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "TELEGRAM_BOT_TOKEN" in done.stderr
    env["TELEGRAM_BOT_TOKEN"] = "123456789:replace-with-your-token"
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "placeholder" in done.stderr


def test_a_delegate_gets_a_calendar_and_a_timeline(
    running_bot: BotProcess, fake_telegram: FakeTelegram
) -> None:
    tg = fake_telegram
    ana = tg.user(1001, "Ana", language_code="es")
    tg.send_text(ana, "/start")
    tg.press_button(ana, answer(tg, ana, "¿De qué país"), "Guatemala")
    tg.send_text(ana, "/ics")
    sent = tg.wait_for_message(ana, lambda m: m.document is not None, timeout=ANSWER_TIMEOUT)
    assert sent.document is not None
    calendar = icalendar.Calendar.from_ical(tg.file_content(sent.document.file_id))
    starts = [e.decoded("dtstart") for e in calendar.walk("VEVENT")]
    assert len([d for d in starts if d.year == 2017]) >= 3
    tg.send_text(ana, "/timeline")
    picture = tg.wait_for_message(ana, lambda m: m.photo is not None, timeout=ANSWER_TIMEOUT)
    assert picture.photo is not None
    assert picture.photo.content.startswith(b"\x89PNG")
