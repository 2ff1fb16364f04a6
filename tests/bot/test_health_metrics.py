"""/healthz and /metrics over real HTTP from the bot's own server, in-process with a fake clock:
the tick's age turns /healthz 503 past its limit; /metrics is Prometheus text whose counters
follow what the bot handled, sent, failed and was told to wait for."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
from fakes.bot_harness import BotHarness
from fakes.clock import FakeClock
from fakes.telegram_api import Faults
from sqlmodel import Session, select
from test_reminder_delivery import join, services

from bot.health import stale_after
from bot.reminders.jobs import run_tick
from bot.reminders.planner import plan
from bot.web import WebServer
from storage.models import ReminderOutbox
from storage.reminders import set_planned_through

# The text exposition format, line by line: comments, and samples with optional labels.
HELP = re.compile(r"# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \S.*")
TYPE = re.compile(r"# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)")
SAMPLE = re.compile(
    r'([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*"'
    r'(,[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*")*\})? (\S+)'
)


def parse_metrics(text: str) -> dict[str, float]:
    """Parse a /metrics page strictly; return each sample's value by metric name."""
    assert text.endswith("\n")
    types: dict[str, str] = {}
    values: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("# HELP"):
            assert HELP.fullmatch(line), line
        elif line.startswith("# TYPE"):
            found = TYPE.fullmatch(line)
            assert found and found.group(1) not in types, line
            types[found.group(1)] = found.group(2)
        else:
            found = SAMPLE.fullmatch(line)
            assert found, line
            name = found.group(1)
            assert name in types, f"{name} has no TYPE line before it"
            if types[name] == "counter":
                assert name.endswith("_total"), name
            values[name] = float(found.group(4))
    return values


def base_url(harness: BotHarness) -> str:
    server = harness.application.bot_data["web_server"]
    assert isinstance(server, WebServer) and server.port
    return f"http://127.0.0.1:{server.port}"


async def metrics(harness: BotHarness) -> dict[str, float]:
    async with httpx.AsyncClient() as client:
        answer = await client.get(base_url(harness) + "/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    return parse_metrics(answer.text)


async def healthz(harness: BotHarness) -> tuple[int, dict[str, object]]:
    async with httpx.AsyncClient() as client:
        answer = await client.get(base_url(harness) + "/healthz")
    return answer.status_code, answer.json()


async def test_healthz_turns_503_when_the_tick_is_stale(
    harness: BotHarness, clock: FakeClock
) -> None:
    limit = stale_after(services(harness).settings.crmbot_tick_seconds)
    assert limit == timedelta(minutes=4)  # 3 ticks of 60 s and a minute's margin
    status, body = await healthz(harness)
    assert status == 200 and body["database"] == "ok" and body["last_tick"] is None
    # No tick at all since the server started: stale once the limit has passed.
    clock.advance(seconds=limit.total_seconds() + 1)
    status, body = await healthz(harness)
    assert status == 503 and body["tick"] == "stale" and body["database"] == "ok"
    await run_tick(services(harness), harness.application.bot)
    status, body = await healthz(harness)
    assert status == 200 and body["last_tick"] == clock.now().isoformat()
    clock.advance(seconds=limit.total_seconds())
    assert (await healthz(harness))[0] == 200, "exactly at the limit is still healthy"
    clock.advance(seconds=1)
    status, body = await healthz(harness)
    assert status == 503 and body["status"] == "unhealthy"
    assert body["tick_age_seconds"] == limit.total_seconds() + 1


async def test_metrics_follow_updates_reminders_and_429s(
    harness: BotHarness, clock: FakeClock
) -> None:
    tg = harness.telegram
    start = await metrics(harness)
    assert start == {
        "crmbot_updates_total": 0,
        "crmbot_reminders_sent_total": 0,
        "crmbot_reminders_failed_total": 0,
        "crmbot_reminders_late_total": 0,
        "crmbot_outbox_depth": 0,
        "crmbot_telegram_retry_after_total": 0,
        "crmbot_flood_dropped_total": 0,
        "crmbot_flood_mutes_total": 0,
        "crmbot_last_tick_timestamp_seconds": 0,
        "crmbot_database_up": 1,
    }
    ana = tg.user(1001, "Ana", language_code="es")
    rosa = tg.user(1002, "Rosa", language_code="es")
    await harness.say(ana, "/help")
    await harness.say(rosa, "/help")
    assert (await metrics(harness))["crmbot_updates_total"] == 2

    # Both follow Guatemala; Rosa then blocks the bot. The bot was down from 30 June to the
    # afternoon of 14 July: what fell due meanwhile is planned at once and sent late.
    join(harness, ana.id, digest=False)
    join(harness, rosa.id, digest=False)
    tg.block(rosa)
    clock.set(datetime(2017, 7, 14, 20, 0, tzinfo=UTC))
    with Session(harness.engine) as session:
        set_planned_through(session, moment=datetime(2017, 6, 30, 12, 0, tzinfo=UTC))
        plan(session, now=clock.now())
        session.commit()
    due = (await metrics(harness))["crmbot_outbox_depth"]
    assert due >= 2
    await run_tick(services(harness), harness.application.bot)
    with Session(harness.engine) as session:
        rows = session.exec(select(ReminderOutbox)).all()
    sent = [r for r in rows if r.status == "sent"]
    failed = [r for r in rows if r.status == "failed"]
    assert sent and failed and len(sent) + len(failed) == due
    after = await metrics(harness)
    assert after["crmbot_reminders_sent_total"] == len(sent)
    assert after["crmbot_reminders_failed_total"] == len(failed)
    assert after["crmbot_reminders_late_total"] == sum(r.late for r in sent) > 0
    assert after["crmbot_outbox_depth"] == 0
    assert after["crmbot_last_tick_timestamp_seconds"] == clock.now().timestamp()
    assert after["crmbot_updates_total"] == 2, "a reminder is no update"

    # Telegram answers one send with 429 (retry after 1 s): counted once it is received.
    tg.inject_faults(Faults(rate_429=0.5, retry_after=(1, 1), seed=4))
    await harness.say(ana, "/help")
    tg.inject_faults(Faults())
    told_to_wait = [call for call in tg.requests if call.status == 429]
    assert len(told_to_wait) >= 1
    final = await metrics(harness)
    assert final["crmbot_telegram_retry_after_total"] == len(told_to_wait)
    assert final["crmbot_updates_total"] == 3

    # Flo sends 32 messages at once: 30 are the allowance, the 31st mutes her, both are dropped.
    flo = tg.user(1003, "Flo", language_code="es")
    for _ in range(32):
        await harness.say(flo, "/help")
    flooded = await metrics(harness)
    assert flooded["crmbot_updates_total"] == 3 + 32, "dropped updates were received all the same"
    assert flooded["crmbot_flood_mutes_total"] == 1
    assert flooded["crmbot_flood_dropped_total"] == 2
