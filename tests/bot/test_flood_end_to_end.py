"""Abuse control in the real `crmbot run` process against the fake Bot API server, with
Telegram's own flood limits and the default settings: one user, or three, flood while another
is answered on time; an oversized text is refused.

This is a load test: the flood is spread over ten seconds of real time, and latencies are
measured on the fake server's clock, from the moment an update is queued there to the moment
the bot's sendMessage reaches it.
"""

from __future__ import annotations

import math
import time

import pytest
from fakes.bot_harness import BotProcess
from fakes.telegram_api import ApiCall, FakeTelegram

ANSWER_TIMEOUT = 30
FLOOD = 200  # messages from one user...
FLOOD_SECONDS = 10.0  # ...spread over this long
NEXT_EVERY = 1.25  # the other user's /next, under Telegram's one message a second per chat
SLOW_DOWN_ES = "✋ Demasiados mensajes seguidos"


def sends_to(telegram: FakeTelegram, chat_id: int, contains: str = "") -> list[ApiCall]:
    """The messages the server accepted from the bot in one chat, in the order they came."""
    return [
        call
        for call in telegram.requests
        if call.method == "sendMessage"
        and call.ok
        and int(call.params.get("chat_id", 0)) == chat_id
        and contains in str(call.params.get("text", ""))
    ]


def p95(values: list[float]) -> float:
    """The 95th percentile, nearest rank."""
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def wait_until_quiet(telegram: FakeTelegram, chat_id: int, *, quiet: float, timeout: float) -> None:
    """Wait until the bot has sent nothing to a chat for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        calls = sends_to(telegram, chat_id)
        if calls and time.monotonic() - calls[-1].at >= quiet:
            return
        time.sleep(0.5)
    raise AssertionError(f"the bot was still sending to {chat_id} after {timeout} s")


@pytest.mark.parametrize("flooders", [1, 3])
def test_flooding_users_do_not_delay_another_users_next(
    running_bot: BotProcess, fake_telegram: FakeTelegram, flooders: int
) -> None:
    tg = fake_telegram
    floods = [tg.user(1001 + n, f"Ana{n}", language_code="es") for n in range(flooders)]
    john = tg.user(2002, "John", language_code="en")
    tg.send_text(john, "/next")  # his first answer opens the chat; it is not measured
    tg.wait_for_message(john, lambda m: "Next" in (m.text or ""), timeout=ANSWER_TIMEOUT)
    before = len(sends_to(tg, john.id, "Next"))

    # Each flooder's 200 messages every 50 ms, John's /next every 1.25 s, merged in time order.
    flood = [(i * FLOOD_SECONDS / FLOOD, who) for i in range(FLOOD) for who in floods]
    nexts = [(0.3 + k * NEXT_EVERY, john) for k in range(int(FLOOD_SECONDS / NEXT_EVERY))]
    texts = ["/next", "¿Qué vence en julio?", "/tasks", "/help"]
    queued: list[float] = []
    start = time.monotonic()
    for n, (moment, who) in enumerate(sorted(flood + nexts, key=lambda pair: pair[0])):
        wait = start + moment - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        if who is john:
            update = tg.send_text(john, "/next")
            assert update is not None
            queued.append(tg.queued_at(update))
        else:
            tg.send_text(who, texts[n % len(texts)])
    elapsed = time.monotonic() - start

    tg.wait_until(
        lambda: len(sends_to(tg, john.id, "Next")) >= before + len(queued),
        timeout=ANSWER_TIMEOUT,
        what="an answer to each of John's /next",
    )
    answered = [call.at for call in sends_to(tg, john.id, "Next")[before:]]
    latencies = [sent - asked for asked, sent in zip(sorted(queued), sorted(answered), strict=True)]
    figures = (
        f"{flooders} × {FLOOD} messages in {elapsed:.1f} s; John's /next ×{len(latencies)}: "
        f"p95 {p95(latencies):.3f} s, max {max(latencies):.3f} s, "
        f"median {sorted(latencies)[len(latencies) // 2]:.3f} s"
    )
    print(figures)
    assert p95(latencies) < 1.0, figures

    # Each flooder is told once, after the answers its allowance earned; the rest was dropped.
    for who in floods:
        tg.wait_for_message(who, lambda m: SLOW_DOWN_ES in (m.text or ""), timeout=90)
        wait_until_quiet(tg, who.id, quiet=3.0, timeout=90)
        to_them = sends_to(tg, who.id)
        notices = [c for c in to_them if SLOW_DOWN_ES in str(c.params.get("text"))]
        print(f"{who.first_name}: {len(to_them) - len(notices)} answers, {len(notices)} notice")
        assert len(notices) == 1
        # The allowance (30) and what refilled while it was spent (half a message a second).
        assert 30 <= len(to_them) - len(notices) <= 35

    assert running_bot.process.poll() is None, running_bot.output()
    assert "Traceback" not in running_bot.output() and "update failed" not in running_bot.output()
    assert not tg.errors, tg.errors


def test_an_oversized_text_gets_a_polite_refusal(
    running_bot: BotProcess, fake_telegram: FakeTelegram
) -> None:
    tg = fake_telegram
    john = tg.user(1002, "John", language_code="en")
    text = "What is due in July? " + "please " * 400
    tg.send_text(john, text)
    refusal = tg.wait_for_message(john, timeout=ANSWER_TIMEOUT)
    assert refusal.text == (
        f"📏 Your message is too long ({len(text)} characters): I read up to 2000. "
        "Please make it shorter."
    )
    tg.send_text(john, "/help")
    assert "What I can answer" in tg.wait_for_message(john, timeout=ANSWER_TIMEOUT).text
