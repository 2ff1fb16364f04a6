"""Reminder benchmark: fan-out speed under Telegram's limits, and the cost of one tick.

Fan-out: N subscribers of Guatemala are due the 7-day reminder of the 15 July 2017 deadline of
the San Salvador sample at the same 09:00; the bot's own tick plans and sends them through the
fake Bot API server (tests/fakes), which enforces Telegram's limits (30 messages/s overall,
1/s per chat). Printed: messages/s from the first to the last accepted send, 429s received, and
the time to the last message. Meanwhile the bot polls, and a delegate who is not among the
recipients asks /next every two seconds: printed is how long those answers took (queued in the
fake server to the reply reaching it), since a fan-out must not hold up the people asking.

Tick: one planning run over the synthetic store of benchmarks/bench_storage.py (100,000
commitments, 10,000 subscribers) at a 09:00 (a minute's window, as every minute) and after a
day of downtime (a day's window), on SQLite and PostgreSQL; printed as min/median of the runs.

    python benchmarks/bench_reminders.py [--fanout 1000,10000] [--backends sqlite,postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_storage import database, load, vocabulary  # noqa: E402
from fakes.telegram_api import JSON, FakeTelegram  # noqa: E402

from bot.app import build_application, post_init, post_shutdown  # noqa: E402
from bot.clock import ShiftedClock  # noqa: E402
from bot.reminders.jobs import run_tick  # noqa: E402
from bot.reminders.planner import due_between  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store_cli import ingest_sources, open_store  # noqa: E402
from storage.reminders import set_planned_through  # noqa: E402
from storage.subscribers import subscribe, update_chat  # noqa: E402

SAMPLE = ROOT / "samples" / "000_fe613b9cfbbc395e.txt"
NINE_GUATEMALA = datetime(2017, 7, 8, 15, 0, 1, tzinfo=UTC)


PROBE_USER = 99


@dataclass(frozen=True)
class FanOut:
    """What one fan-out measured."""

    rate: float
    refused: int
    elapsed: float
    sent: int
    answers: list[float]  # seconds from each /next being queued to its reply


def fanout(subscribers: int) -> FanOut:
    """Send one reminder to each of `subscribers` chats while a delegate asks /next."""
    with tempfile.TemporaryDirectory(prefix="crmbot-fanout-") as folder:
        path = Path(folder) / "store.sqlite3"
        with FakeTelegram() as telegram:
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                database_url=f"sqlite:///{path}",
                telegram_bot_token=telegram.token,
                telegram_api_base_url=telegram.base_url,
            )
            engine = open_store(settings)
            assert engine is not None
            ingest_sources(engine, [str(SAMPLE)], settings=settings, publish=True, as_of=None)
            with Session(engine) as session:
                for n in range(subscribers):
                    telegram.user(100_000 + n, f"D{n}", language_code="es")
                    subscribe(
                        session,
                        chat_id=100_000 + n,
                        now=NINE_GUATEMALA,
                        lang="es",
                        timezone="America/Guatemala",
                        country="Guatemala",
                        follows="country",
                    )
                    update_chat(session, chat_id=100_000 + n, now=NINE_GUATEMALA, digest=False)
                # The bot has been running: planning goes on from a minute before 09:00.
                set_planned_through(session, moment=NINE_GUATEMALA - timedelta(minutes=1))
                session.commit()
            clock = ShiftedClock(NINE_GUATEMALA)
            return asyncio.run(_send_all(settings, engine, clock, telegram))


async def _send_all(
    settings: Settings, engine: object, clock: ShiftedClock, telegram: FakeTelegram
) -> FanOut:
    application = build_application(
        settings,
        clock=clock,
        engine=engine,  # type: ignore[arg-type]
        token=telegram.token,
    )
    await application.initialize()
    await post_init(application)
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0)
    await application.start()
    services = application.bot_data["services"]
    started = time.monotonic()
    asked: list[JSON] = []

    probe = telegram.user(PROBE_USER, "Probe", language_code="es")

    async def ask_next() -> None:
        while True:
            update = telegram.send_text(probe, "/next")
            assert update is not None
            asked.append(update)
            await asyncio.sleep(2)

    asking = asyncio.create_task(ask_next())
    try:
        while True:
            report = await run_tick(services, application.bot, budget=600)
            if report.claimed == 0:
                break
    finally:
        asking.cancel()
        await asyncio.sleep(2)  # the last question's answer
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await post_shutdown(application)
    elapsed = time.monotonic() - started
    replies = sorted(
        c.at
        for c in telegram.requests
        if c.method == "sendMessage" and c.ok and str(c.params.get("chat_id")) == str(PROBE_USER)
    )
    answers = []
    for update in asked:
        queued = telegram.queued_at(update)
        later = [at for at in replies if at >= queued]
        if later:
            answers.append(later[0] - queued)
    sends = [
        c
        for c in telegram.requests
        if c.method == "sendMessage" and str(c.params.get("chat_id")) != str(PROBE_USER)
    ]
    accepted = [c.at for c in sends if c.ok]
    refused = sum(1 for c in sends if c.status == 429)
    span = max(accepted) - min(accepted) if len(accepted) > 1 else 0.0
    rate = (len(accepted) - 1) / span if span else 0.0
    return FanOut(rate, refused, elapsed, len(accepted), answers)


def tick_cost(backend: str, runs: int) -> list[tuple[str, float, float, int]]:
    """Time planning runs over the synthetic store; nothing is written."""
    words, weights = vocabulary("samples")
    rows = []
    with database(backend) as engine:
        started = time.monotonic()
        load(engine, commitments=100_000, subscribers=10_000, words=words, weights=weights)
        print(f"[{backend}] store loaded in {time.monotonic() - started:.0f} s", flush=True)
        # 09:00 in Mexico City (the synthetic chats' zone) on a weekday and on a Monday.
        for name, now, window in (
            ("09:00, one minute", datetime(2024, 6, 4, 15, 0, tzinfo=UTC), timedelta(minutes=1)),
            (
                "Monday 09:00, one minute",
                datetime(2024, 6, 3, 15, 0, tzinfo=UTC),
                timedelta(minutes=1),
            ),
            ("after a day down", datetime(2024, 6, 4, 15, 30, tzinfo=UTC), timedelta(days=1)),
        ):
            times, planned = [], 0
            for _ in range(runs):
                with Session(engine) as session:
                    began = time.perf_counter()
                    planned = len(due_between(session, since=now - window, now=now))
                    times.append(time.perf_counter() - began)
                    session.rollback()
            rows.append((name, min(times), statistics.median(times), planned))
    return rows


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fanout", default="1000,10000", help="subscriber counts ('' for none)")
    parser.add_argument("--backends", default="sqlite,postgres", help="tick backends ('' none)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lines = []
    for count in [int(n) for n in args.fanout.split(",") if n]:
        print(f"fan-out to {count} subscribers…", flush=True)
        run = fanout(count)
        verdict = "ok" if run.rate >= 28 and run.refused == 0 else "MISSED (target 28/s, no 429)"
        lines.append(
            f"fan-out {count:>6}: {run.sent} sent, {run.rate:.1f} messages/s, {run.refused} 429s, "
            f"last message after {run.elapsed:.1f} s  {verdict}"
        )
        if run.answers:
            waits = sorted(run.answers)
            p95 = waits[min(len(waits) - 1, int(0.95 * len(waits)))]
            lines.append(
                f"  /next meanwhile: {len(waits)} answered, median "
                f"{statistics.median(waits) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
                f"max {waits[-1] * 1000:.0f} ms"
            )
    for backend in [b for b in args.backends.split(",") if b]:
        for name, best, median, planned in tick_cost(backend, args.runs):
            verdict = "ok" if median < 1 else "MISSED (target 1 s)"
            lines.append(
                f"tick {backend:<8} {name:<26} min {best * 1000:7.0f} ms  median "
                f"{median * 1000:7.0f} ms  ({planned} planned)  {verdict}"
            )
    print()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
