"""Bot benchmark: simulated delegates ask the running bot through a fake Telegram Bot API server.

Each of 200 delegates, whose chat already has a member country, sends /next and a typed question
("¿qué vence la próxima semana?", "events in September"…) to the bot process polling a fake Bot
API server on 127.0.0.1, against a store of 100,000 commitments on SQLite and on PostgreSQL.
Messages arrive at random (Poisson) moments at a set rate. For every message it prints the time
from the moment the server queued the update to the moment the server received the bot's
sendMessage for that chat (one clock: the server's), as p50/p95/max. Target: p95 under 300 ms,
and no callback holding the event loop. It also prints replies per second and the CPU time the
bot process spent per reply: when replies/s falls short of the arrival rate, the bot is saturated.

Scenarios (`--scenarios`, default `limits,no-flood-limits,loop-check`):

    limits           `crmbot run` with Telegram's flood limits (30 messages/s overall), --rate
    no-flood-limits  the bot's own capacity, at --fast-rate (40/s): the server's overall limit
                     lifted and the same application built without its client-side rate limiter
                     (which otherwise holds every send to 30/s, as Telegram requires)
    client-limiter   (on request) `crmbot run` with the server's overall limit lifted, at
                     --fast-rate: what the bot's own 30 messages/s rate limiter adds
    loop-check       `limits` again with PYTHONASYNCIODEBUG=1: asyncio then logs every callback or
                     task step that holds the loop 100 ms or more ("Executing … took 0.2 seconds"),
                     counted from the bot's standard error (its figures include debug overhead)

    python benchmarks/bench_bot.py                 # SQLite, and a throwaway PostgreSQL
    python benchmarks/bench_bot.py --backends sqlite --users 50 --items 10000
    BENCH_DATABASE_URL=postgresql+psycopg://... python benchmarks/bench_bot.py --backends postgres

The store is built with `bench_storage.load`; PostgreSQL gets a database of its own (created and
dropped here) so that the bot reaches it through DATABASE_URL alone. A figure printer, not a
test: nothing fails when a target is missed.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from bot.catalog import COUNTRY_CODES
from bot.i18n import say
from storage.db import make_engine, upgrade
from storage.subscribers import follow_topic, subscribe

ROOT = Path(__file__).resolve().parent.parent
# The fake Bot API server lives with the tests, the store loader beside this file. Only now:
# tests/ holds folders named like the packages (tests/extractors), which would shadow them
# had the packages not been imported already.
sys.path += [str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_storage import COUNTRIES, TOPICS, _postgres, database, load, vocabulary  # noqa: E402
from fakes.bot_harness import BotProcess  # noqa: E402
from fakes.telegram_api import ApiCall, FakeTelegram, Limits, Rate, User  # noqa: E402

# The bot's clock: the synthetic meetings run from 2000 to 2029, so items fall due on every side.
NOW = datetime(2024, 6, 3, 9, 0, tzinfo=timezone(timedelta(hours=-6)))
SUBSCRIBERS = 10_000  # other chats in the store, as the storage benchmark loads them
TARGET_MS = 300.0
WARM_UP_CHAT = 999_999  # a chat that asks once before the clock starts: connections, caches
START_TIMEOUT = 120
SLOW_CALLBACK = re.compile(r"Executing (.*?) took (\d+(?:\.\d+)?) seconds")
# Telegram's limits for a private chat and a group stay; only the bot-wide one is lifted.
NO_OVERALL_LIMIT = Limits(overall=Rate(burst=1_000_000, per_second=1_000_000.0))
# Typed questions in each language; none asks for "next", so every reply tells its question.
QUESTIONS = {
    "es": [
        "¿qué vence la próxima semana?",
        "¿Qué vence en julio?",
        "próximos talleres",
        "¿qué tiene pendiente Guatemala?",
        "reuniones en octubre",
        "¿qué hay este mes?",
    ],
    "en": [
        "what is due in July for Panamá?",
        "events in September",
        "deadlines this week",
        "what does Costa Rica still owe?",
        "what is due next month?",
        "workshops in August",
    ],
}
SERVE_WITHOUT_LIMITER = "--serve-without-rate-limiter"


@dataclass(frozen=True)
class Delegate:
    """A simulated user: their chat's settings and the question they will type."""

    chat_id: int
    lang: str
    country: str
    timezone: str
    topics: tuple[str, ...]
    question: str


@dataclass(frozen=True)
class Scenario:
    """How one run drives the bot."""

    name: str
    fast: bool  # arrivals at --fast-rate rather than --rate
    server_limits: Limits
    rate_limiter: bool  # the bot as `crmbot run` builds it, with its 30/s rate limiter
    asyncio_debug: bool = False


SCENARIOS = {
    "limits": Scenario("limits", fast=False, server_limits=Limits(), rate_limiter=True),
    "no-flood-limits": Scenario(
        "no-flood-limits", fast=True, server_limits=NO_OVERALL_LIMIT, rate_limiter=False
    ),
    "client-limiter": Scenario(
        "client-limiter", fast=True, server_limits=NO_OVERALL_LIMIT, rate_limiter=True
    ),
    "loop-check": Scenario(
        "loop-check", fast=False, server_limits=Limits(), rate_limiter=True, asyncio_debug=True
    ),
}


@dataclass(frozen=True)
class Sent:
    """One message a delegate sent: to which chat, what kind, when the server queued it."""

    chat_id: int
    kind: str  # "next" or "typed"
    at: float


@dataclass
class Result:
    """What one scenario measured on one backend."""

    backend: str
    scenario: str
    rate: float
    sent: int
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"next": [], "typed": []})
    refused: int = 0  # sends answered 429 Too Many Requests
    not_understood: int = 0
    empty: int = 0  # answers that listed nothing
    failed: int = 0  # updates the bot logged as failed
    blocks: list[tuple[float, str]] = field(default_factory=list)  # during the traffic
    startup_blocks: list[tuple[float, str]] = field(default_factory=list)
    seconds: float = 0.0  # first message sent to last reply received
    error: str = ""  # why the run did not happen
    load: float = math.nan  # the machine's 1-minute load average when the traffic ended
    bot_cpu: float = math.nan  # CPU seconds the bot process spent during the traffic
    server_cpu: float = math.nan  # and this process: the fake server and the delegates

    @property
    def all(self) -> list[float]:
        return sorted(self.latencies["next"] + self.latencies["typed"])

    @property
    def answered(self) -> int:
        return len(self.all)


def main() -> int:
    """Build each backend's store, run each scenario against it, print one table."""
    if sys.argv[1:] == [SERVE_WITHOUT_LIMITER]:
        return serve_without_rate_limiter()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--items", type=int, default=100_000, help="commitments in the store")
    parser.add_argument("--rate", type=float, default=20.0, help="messages/s under the limits")
    parser.add_argument("--fast-rate", type=float, default=40.0, help="messages/s, no limits")
    parser.add_argument("--scenarios", default="limits,no-flood-limits,loop-check")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    scenarios = [SCENARIOS[name] for name in args.scenarios.split(",")]
    delegates = make_delegates(args.users, random.Random(args.seed))
    words, weights = vocabulary("samples")
    results: list[Result] = []
    started = time.monotonic()
    for backend in args.backends.split(","):
        with bot_store(backend, items=args.items, delegates=delegates,
                       words=words, weights=weights) as url:  # fmt: skip
            for scenario in scenarios:
                rate = args.fast_rate if scenario.fast else args.rate
                print(f"[{backend}] {scenario.name}: {2 * len(delegates)} messages "
                      f"at {rate:g}/s…", file=sys.stderr)  # fmt: skip
                result = run_scenario(
                    scenario, backend=backend, url=url, delegates=delegates, rate=rate,
                    rnd=random.Random(args.seed),
                )  # fmt: skip
                results.append(result)
    report(results, users=len(delegates), items=args.items)
    print(f"\nwhole run: {time.monotonic() - started:.0f} s")
    return 0


def make_delegates(count: int, rnd: random.Random) -> list[Delegate]:
    """Users spread over the member countries; most write in Spanish, some follow networks."""
    delegates = []
    for n in range(count):
        lang = "es" if rnd.random() < 0.65 else "en"
        country = COUNTRIES[n % len(COUNTRIES)]
        topics = tuple(rnd.sample(TOPICS, rnd.choice([1, 2]))) if rnd.random() < 0.3 else ()
        delegates.append(
            Delegate(
                chat_id=n + 1,
                lang=lang,
                country=country,
                timezone=COUNTRY_CODES[country][1],
                topics=topics,
                question=rnd.choice(QUESTIONS[lang]),
            )
        )
    return delegates


# ---------------------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------------------


@contextmanager
def bot_store(
    backend: str,
    *,
    items: int,
    delegates: list[Delegate],
    words: list[str],
    weights: list[float],
) -> Iterator[str]:
    """Yield the DATABASE_URL of a loaded store whose delegates' chats have their countries."""
    with _empty_store(backend) as engine:
        print(f"[{backend}] loading {items} commitments…", file=sys.stderr)
        started = time.perf_counter()
        load(engine, commitments=items, subscribers=SUBSCRIBERS, words=words, weights=weights)
        if engine.dialect.name == "postgresql":
            # `load` gives subscribers explicit ids and leaves their sequence at 1, so the next
            # chat to arrive (ours, or the bot's first new one) would collide with subscriber 1.
            with engine.begin() as connection:
                connection.exec_driver_sql(
                    "SELECT setval(pg_get_serial_sequence('subscriber', 'id'), "
                    "(SELECT max(id) FROM subscriber))"
                )
        with Session(engine) as session:
            for d in delegates:
                subscribe(session, chat_id=d.chat_id, now=NOW, lang=d.lang, timezone=d.timezone,
                          country=d.country, follows="country")  # fmt: skip
                for topic in d.topics:
                    follow_topic(session, chat_id=d.chat_id, topic=topic)
            session.commit()
        print(f"[{backend}] loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        url = engine.url.render_as_string(hide_password=False)
        engine.dispose()
        yield url


@contextmanager
def _empty_store(backend: str) -> Iterator[sa.Engine]:
    """An empty migrated database the bot can open from its URL alone.

    SQLite: `bench_storage.database` as it is. PostgreSQL: that one keeps its tables in a schema
    chosen per connection (connect_args), which a DATABASE_URL cannot carry through
    `make_engine` (it sets the connection's `options` itself), so the store here is a database
    of its own on the same server.
    """
    if backend == "sqlite":
        with database("sqlite") as engine:
            yield engine
        return
    if backend != "postgres":
        raise SystemExit(f"unknown backend {backend!r}")
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    with _postgres(url) as server_url:
        name = f"crmbot_bench_{uuid.uuid4().hex[:12]}"
        admin = make_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        engine = make_engine(
            sa.make_url(server_url).set(database=name).render_as_string(hide_password=False)
        )
        try:
            upgrade(engine)
            yield engine
        finally:
            engine.dispose()
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()

    # ---------------------------------------------------------------------------------------------
    # One run: the bot, the fake Telegram, the delegates
    # ---------------------------------------------------------------------------------------------

    def cpu_seconds(self) -> float:
        """Return the CPU time (user and system) the bot has used so far; NaN off Linux."""
        try:
            stat = Path(f"/proc/{self.process.pid}/stat").read_text()
        except OSError:
            return math.nan
        # Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
        fields = stat.rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(process: subprocess.Popen[bytes]) -> float:
    """Return the CPU time (user and system) a process has used so far; NaN off Linux."""
    try:
        stat = Path(f"/proc/{process.pid}/stat").read_text()
    except OSError:
        return math.nan
    # Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    fields = stat.rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_scenario(
    scenario: Scenario,
    *,
    backend: str,
    url: str,
    delegates: list[Delegate],
    rate: float,
    rnd: random.Random,
) -> Result:
    """Start the bot against a fresh fake Telegram, send every delegate's two messages, measure."""
    result = Result(backend=backend, scenario=scenario.name, rate=rate, sent=2 * len(delegates))
    with (
        tempfile.TemporaryDirectory(prefix="crmbot-bench-bot-") as folder,
        FakeTelegram(limits=scenario.server_limits) as tg,
    ):
        users = {
            d.chat_id: tg.user(d.chat_id, f"Delegate {d.chat_id}", language_code=d.lang)
            for d in delegates
        }
        warm_up_user = tg.user(WARM_UP_CHAT, "Warm-up", language_code="es")
        env = bot_env(tg, url, folder, scenario)
        command = None if scenario.rate_limiter else [__file__, SERVE_WITHOUT_LIMITER]
        bot = BotProcess(Path(folder), env, command=command)
        try:
            try:
                tg.wait_until_polling(timeout=START_TIMEOUT)
            except AssertionError:
                lines = bot.output().strip().splitlines() or ["(nothing logged)"]
                print(f"[{backend}] {scenario.name}: the bot did not start polling:\n"
                      + "\n".join(lines[-10:]), file=sys.stderr)  # fmt: skip
                result.error = f"the bot did not start: {lines[-1][:100]}"
                return result
            for text in ("/next", QUESTIONS["es"][0]):
                tg.send_text(warm_up_user, text)
                tg.wait_for_message(warm_up_user, timeout=60)
            log_offset = bot.log.stat().st_size
            calls_before = len(tg.requests)
            cpu_before = (cpu_seconds(bot.process), time.process_time())
            sent = drive(tg, delegates, users, rate=rate, rnd=rnd)
            chats = {d.chat_id for d in delegates}
            try:
                tg.wait_until(
                    lambda: len(replies(tg.requests, chats)) >= len(sent),
                    timeout=120 + len(sent) / rate,
                    what="every reply",
                )
            except AssertionError:
                print(f"[{backend}] {scenario.name}: not every message was answered",
                      file=sys.stderr)  # fmt: skip
            result.load = os.getloadavg()[0]
            result.bot_cpu = cpu_seconds(bot.process) - cpu_before[0]
            result.server_cpu = time.process_time() - cpu_before[1]
        finally:
            bot.stop()
        calls = tg.requests[calls_before:]
        measure(result, sent, calls, delegates)
        output = bot.output()
    result.startup_blocks = slow_callbacks(output[:log_offset])
    result.blocks = slow_callbacks(output[log_offset:])
    result.failed = output[log_offset:].count("update failed")
    return result


def bot_env(tg: FakeTelegram, url: str, folder: str, scenario: Scenario) -> dict[str, str]:
    """The environment a deployment would give the bot, pointed at the fake server."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "CRMBOT_", "PYTHONASYNCIODEBUG", "DATA_DIR"))
    }
    env |= {
        "TELEGRAM_BOT_TOKEN": tg.token,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "DATABASE_URL": url,
        "CRMBOT_NOW": NOW.isoformat(),
        "CRMBOT_TIMEZONE": "America/Mexico_City",
        "CRMBOT_HTTP_PORT": "0",
        # What a deployment logs: BotProcess's DEBUG default would slow the bot being timed.
        "CRMBOT_LOG_LEVEL": "INFO",
        "HOME": folder,
    }
    if scenario.asyncio_debug:
        env["PYTHONASYNCIODEBUG"] = "1"
    return env


def drive(
    tg: FakeTelegram,
    delegates: list[Delegate],
    users: dict[int, User],
    *,
    rate: float,
    rnd: random.Random,
) -> list[Sent]:
    """Send each delegate's /next, then their question, at Poisson arrivals of `rate` per second.

    The order of delegates is random; a delegate's question always comes after their /next.
    """
    order = [d for d in delegates for _ in range(2)]
    rnd.shuffle(order)
    by_id = {d.chat_id: d for d in delegates}
    asked: set[int] = set()
    sent: list[Sent] = []
    moment = 0.0
    start = time.monotonic()
    for delegate in order:
        moment += rnd.expovariate(rate)
        wait = start + moment - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        kind = "typed" if delegate.chat_id in asked else "next"
        asked.add(delegate.chat_id)
        text = "/next" if kind == "next" else by_id[delegate.chat_id].question
        at = time.monotonic()  # the server's clock: it stamps its calls with time.monotonic
        tg.send_text(users[delegate.chat_id], text)
        sent.append(Sent(delegate.chat_id, kind, at))
    return sent


def replies(calls: list[ApiCall], chats: set[int]) -> list[ApiCall]:
    """The messages the server accepted from the bot in these chats."""
    return [
        c
        for c in calls
        if c.method == "sendMessage" and c.ok and int(c.params.get("chat_id", 0)) in chats
    ]


def measure(
    result: Result, sent: list[Sent], calls: list[ApiCall], delegates: list[Delegate]
) -> None:
    """Pair each message with its reply in the chat and record the latency and the outcome.

    A /next reply starts with the /next title; the other reply in the chat answers the question.
    """
    langs = {d.chat_id: d.lang for d in delegates}
    by_chat: dict[int, list[ApiCall]] = {}
    for call in replies(calls, set(langs)):
        by_chat.setdefault(int(call.params["chat_id"]), []).append(call)
    for message in sent:
        lang = langs[message.chat_id]
        title = say(lang, "next_title", scope="")
        answers = [
            c
            for c in by_chat.get(message.chat_id, [])
            if str(c.params.get("text", "")).startswith(title) == (message.kind == "next")
        ]
        if not answers:
            continue
        reply = answers[0]
        text = str(reply.params.get("text", ""))
        result.latencies[message.kind].append((reply.at - message.at) * 1000)
        if text.startswith(say(lang, "not_understood", help="\0").split("\0")[0]):
            result.not_understood += 1
        nothing_owed = say(lang, "nothing_tasks", country="\0").split("\0")[1]
        if say(lang, "nothing") in text or nothing_owed in text:
            result.empty += 1
    if sent:
        last = max((c.at for c in replies(calls, set(langs))), default=sent[-1].at)
        result.seconds = last - sent[0].at
    result.refused = sum(1 for c in calls if c.status == 429)


def slow_callbacks(log: str) -> list[tuple[float, str]]:
    """The callbacks asyncio's debug mode reported holding the loop, slowest first."""
    found = [(float(m.group(2)), m.group(1)) for m in SLOW_CALLBACK.finditer(log)]
    return sorted(found, reverse=True)


# ---------------------------------------------------------------------------------------------
# The printout
# ---------------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of `values` (sorted or not); NaN when there are none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def report(results: list[Result], *, users: int, items: int) -> None:
    """Print the latency table, then what the loop check and the replies showed."""
    print(f"\n{users} users × (/next + a typed question), {items:,} commitments; "
          "latency = update queued → the bot's sendMessage received")  # fmt: skip
    header = (
        f"{'backend':<9} {'scenario':<16} {'rate/s':>6} {'msgs':>5} {'answered':>8} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'p95 /next':>9} {'p95 typed':>9} "
        f"{'429s':>5}  p95 < {TARGET_MS:.0f} ms"
    )
    print(header)
    for r in results:
        if r.error:
            print(f"{r.backend:<9} {r.scenario:<16} {r.rate:>6g} {r.sent:>5}  {r.error}")
            continue
        every = r.all
        p95 = percentile(every, 0.95)
        verdict = "yes" if p95 < TARGET_MS and r.answered == r.sent else "NO"
        if r.scenario == "loop-check":
            verdict += " (debug mode)"
        print(
            f"{r.backend:<9} {r.scenario:<16} {r.rate:>6g} {r.sent:>5} {r.answered:>8} "
            f"{percentile(every, 0.5):>7.1f} {p95:>7.1f} {max(every, default=math.nan):>7.1f} "
            f"{percentile(r.latencies['next'], 0.95):>9.1f} "
            f"{percentile(r.latencies['typed'], 0.95):>9.1f} {r.refused:>5}  {verdict}"
        )
    print()
    for r in (r for r in results if not r.error):
        throughput = r.answered / r.seconds if r.seconds else math.nan
        per_reply = 1000 / r.answered if r.answered else math.nan
        print(f"{r.backend:<9} {r.scenario:<16} {throughput:5.1f} replies/s over {r.seconds:.1f} s;"
              f" CPU per reply: bot {r.bot_cpu * per_reply:.0f} ms, fake server and users "
              f"{r.server_cpu * per_reply:.0f} ms; not understood {r.not_understood}, "
              f"empty lists {r.empty}, failed updates {r.failed}; load average {r.load:.1f} "
              f"on {os.cpu_count()} CPUs")  # fmt: skip
    checked = [r for r in results if r.scenario == "loop-check" and not r.error]
    if not checked:
        return
    print()
    for r in checked:
        worst = f", worst {r.blocks[0][0]:.3f} s in {_short(r.blocks[0][1])}" if r.blocks else ""
        print(f"{r.backend:<9} event loop held ≥ 100 ms while answering: "
              f"{len(r.blocks)} times{worst}")  # fmt: skip
        if r.startup_blocks:
            seconds, what = r.startup_blocks[0]
            print(f"{'':<9} at start-up (before polling): {len(r.startup_blocks)} times, "
                  f"worst {seconds:.3f} s in {_short(what)}")  # fmt: skip


def _short(callback: str, limit: int = 160) -> str:
    return callback if len(callback) <= limit else callback[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# The bot without its rate limiter (the no-flood-limits scenario's subprocess)
# ---------------------------------------------------------------------------------------------


def serve_without_rate_limiter() -> int:
    """Run the bot as `crmbot run` does, but send through plain HTTP with no rate limiter."""
    from telegram import Update
    from telegram.request import HTTPXRequest

    from bot import logs
    from bot.app import build_application
    from bot.clock import clock_from
    from bot.run_cli import load_settings
    from bot.store_cli import open_store

    settings = load_settings()
    token = settings.bot_token() if settings else None
    if settings is None or token is None:
        return 2
    logs.configure()
    engine = open_store(settings)
    if engine is None:
        return 2
    # `crmbot run` builds its own request, plus its rate limiter (bot/ratelimit.py).
    request: Any = HTTPXRequest(connection_pool_size=256)
    application = build_application(
        settings,
        clock=clock_from(settings.crmbot_now),
        engine=engine,
        token=token,
        request=request,
    )
    application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
