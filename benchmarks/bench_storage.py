"""Store benchmark: 100,000 commitments and 10,000 subscribers, on SQLite and PostgreSQL.

Prints p50/p95 latency of the bot's questions (next due, upcoming, a country's outstanding tasks,
search, a month's items, a reader who follows topics besides a country, one item, paging and the
totals pages show) and the ingestion rate in documents per second. Target: p95 under 20 ms per
query.

    python benchmarks/bench_storage.py                # SQLite, and a throwaway PostgreSQL
    python benchmarks/bench_storage.py --backends sqlite
    BENCH_DATABASE_URL=postgresql+psycopg://... python benchmarks/bench_storage.py

A figure printer, not a test: nothing fails when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from storage.actors import seed_actors
from storage.db import make_engine, upgrade
from storage.ingest import ingest_extraction
from storage.models import (
    Commitment,
    CommitmentActor,
    CommitmentGroup,
    CommitmentTopic,
    Document,
    Meeting,
    Participation,
    Subscriber,
    SubscriberTopic,
    TaskStatus,
)
from storage.queries import (
    count_next_due,
    count_outstanding_tasks,
    count_upcoming,
    get_item,
    items_between,
    known_topics,
    next_due,
    outstanding_tasks,
    search,
    upcoming,
)
from storage.text import search_words

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = [
    "Belice", "Canadá", "Costa Rica", "El Salvador", "Estados Unidos", "Guatemala", "Honduras",
    "México", "Nicaragua", "Panamá", "República Dominicana",
]  # fmt: skip
OTHERS = ["Países Miembros", "ST", "PPT", "OIM", "ACNUR", "UNICEF", "RROCM", "GRCM"]
# The CRM's networks and working groups, as the extractor tags items with them.
TOPICS = [
    t["canonical"]
    for t in json.loads((files("extractors") / "data" / "topics.json").read_text("utf-8"))["topics"]
]
TAGGED = 0.25  # the share of items whose paragraph names a network or working group
SYLLABLES = ["ma", "re", "to", "ci", "na", "la", "pro", "te", "gra", "mi", "on", "des", "ar", "ven",
             "tu", "cal"]  # fmt: skip


def vocabulary(kind: str) -> tuple[list[str], list[float]]:
    """Return words and their weights for the synthetic texts, most frequent first.

    `samples`: the words of the sample documents with their real frequencies, so the trigram index
    sees the letter combinations of real CRM text. `syllables`: 3,000 words made of 16 syllables
    with a Zipf spread, a stress case where almost every word shares its trigrams with hundreds of
    others.
    """
    if kind == "syllables":
        words = sorted({a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES})[:3000]
        return words, [1 / (rank + 1) for rank in range(len(words))]
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / "samples").iterdir()):
        counts.update(re.findall(r"[^\W\d_]{3,}", path.read_text("utf-8").lower()))
    ranked = counts.most_common()
    return [word for word, _ in ranked], [float(n) for _, n in ranked]


ITEMS_PER_MEETING = 100  # 50 per language: the Spanish and English twins of 50 items
RUNS = 200
TODAY = datetime(2031, 1, 1, tzinfo=UTC)


def main() -> int:
    """Load, query and time each backend; print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--vocabulary", choices=("samples", "syllables"), default="samples")
    args = parser.parse_args()
    words, weights = vocabulary(args.vocabulary)
    rows: list[tuple[str, str, float, float]] = []
    rates: dict[str, float] = {}
    for backend in args.backends.split(","):
        with database(backend) as engine:
            print(f"[{backend}] loading {args.commitments} commitments, "
                  f"{args.subscribers} subscribers…", file=sys.stderr)  # fmt: skip
            started = time.perf_counter()
            load(engine, commitments=args.commitments, subscribers=args.subscribers,
                 words=words, weights=weights)  # fmt: skip
            print(f"[{backend}] loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
            for name, (p50, p95) in measure(engine, runs=args.runs, words=words).items():
                rows.append((backend, name, p50, p95))
            rates[backend] = ingestion_rate(engine, words=words)
    print()
    print(f"{'backend':<10} {'query':<34} {'p50 ms':>8} {'p95 ms':>8}")
    for backend, name, p50, p95 in rows:
        flag = "" if p95 < 20 else "  (over 20 ms)"
        print(f"{backend:<10} {name:<34} {p50:>8.2f} {p95:>8.2f}{flag}")
    print()
    for backend, rate in rates.items():
        print(f"{backend:<10} ingestion: {rate:.1f} documents/s (20 items each, one commit each)")
    return 0


@contextmanager
def database(backend: str) -> Iterator[Engine]:
    """Yield an empty, migrated database of one backend; remove it afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="crmbot-bench-") as folder:
            engine = make_engine(f"sqlite:///{folder}/bench.sqlite3")
            upgrade(engine)
            yield engine
            engine.dispose()
        return
    if backend != "postgres":
        raise SystemExit(f"unknown backend {backend!r}")
    url = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    with _postgres(url) as server_url:
        schema = f"bench_{uuid.uuid4().hex[:12]}"
        admin = make_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        engine = make_engine(server_url, connect_args={"options": f"-csearch_path={schema}"})
        try:
            upgrade(engine)
            yield engine
        finally:
            engine.dispose()
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            admin.dispose()


@contextmanager
def _postgres(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    script = ROOT / "tests" / "pg-server"
    exports = subprocess.run(
        [str(script), "start"], check=True, capture_output=True, text=True
    ).stdout
    env = dict(
        line.removeprefix("export ").replace("'", "").split("=", 1)
        for line in exports.splitlines()
        if line.startswith("export ")
    )
    try:
        yield env["TEST_DATABASE_URL"]
    finally:
        subprocess.run([str(script), "stop", env["PG_SERVER_DIR"]], check=False)


def load(
    engine: Engine,
    *,
    commitments: int,
    subscribers: int,
    words: list[str],
    weights: list[float],
) -> None:
    """Bulk-load meetings, twin commitments, marks and subscribers."""
    rnd = random.Random(42)
    now = datetime(2024, 1, 1, tzinfo=UTC)
    data = json.loads((files("extractors") / "data" / "actors.json").read_text("utf-8"))
    meetings = max(1, commitments // ITEMS_PER_MEETING)
    per_lang = ITEMS_PER_MEETING // 2
    with Session(engine) as session:
        seed_actors(session, data["actors"])
        session.commit()
    meeting_rows, document_rows, group_rows, item_rows, actor_rows = [], [], [], [], []
    topic_rows: list[dict[str, Any]] = []
    # A few networks come up far more often than others.
    topic_weights = [1 / (rank + 1) for rank in range(len(TOPICS))]
    first_day = date(2000, 1, 1)
    group_id = item_id = 0
    for m in range(1, meetings + 1):
        held = first_day + timedelta(days=rnd.randrange(0, 30 * 365))
        meeting_rows.append({"id": m, "forum": "CRM", "key": f"GRCM|{held}|{m}", "body": "GRCM",
                             "place": "San Salvador", "start": held, "end": held})  # fmt: skip
        for lang in ("es", "en"):
            document_rows.append({"id": 2 * m - (lang == "es"), "meeting_id": m, "lang": lang,
                                  "source": f"m{m}-{lang}.txt", "content_hash": f"{m}-{lang}",
                                  "ingested_at": now})  # fmt: skip
        for _ in range(per_lang):
            group_id += 1
            group_rows.append({"id": group_id, "meeting_id": m, "key": str(group_id)})
            kind = rnd.choices(["deadline", "event", "task"], weights=[5, 4, 1])[0]
            end = None if kind == "task" else held + timedelta(days=rnd.randrange(7, 400))
            start = end - timedelta(days=rnd.randrange(0, 3)) if kind == "event" and end else None
            who = rnd.sample(COUNTRIES, rnd.choice([0, 1, 2])) + rnd.sample(OTHERS, 1)
            what = " ".join(rnd.choices(words, weights, k=5))
            quote = " ".join(rnd.choices(words, weights, k=25))
            status = "published" if rnd.random() < 0.9 else "draft"
            topics: list[str] = []
            if rnd.random() < TAGGED:
                topics = list(
                    dict.fromkeys(rnd.choices(TOPICS, topic_weights, k=rnd.choice([1, 2])))
                )
            for lang in ("es", "en"):
                item_id += 1
                item_rows.append({
                    "id": item_id, "group_id": group_id, "meeting_id": m,
                    "document_id": 2 * m - (lang == "es"), "lang": lang, "status": status,
                    "kind": kind, "date_text": "x", "start": start, "end": end,
                    "span_days": None if end is None else (end - (start or end)).days,
                    "reach_days": None if end is None else (end - held).days,
                    "precision": "day" if end else None, "quote": quote, "ref": str(group_id),
                    "what": what, "who": who, "topics": topics, "where": None,
                    "confirm": kind == "event", "anchor": None, "ref_date": held,
                    "position": group_id, "match_key": "k", "only_version": False,
                    "search_text": search_words(what, quote), "created_at": now,
                    "updated_at": now,
                })  # fmt: skip
                actor_rows += [{"commitment_id": item_id, "actor": a} for a in who]
                topic_rows += [{"commitment_id": item_id, "topic": t} for t in topics]
    subscriber_rows = [
        {"id": s, "chat_id": 10_000_000 + s, "lang": rnd.choice(["es", "en"]),
         "timezone": "America/Mexico_City", "country": rnd.choice(COUNTRIES),
         "follows": rnd.choice(["all", "country"]), "active": True, "created_at": now,
         "updated_at": now}
        for s in range(1, subscribers + 1)
    ]  # fmt: skip
    followed = [
        {"subscriber_id": s, "topic": t}
        for s in range(1, subscribers + 1)
        if rnd.random() < 0.3
        for t in rnd.sample(TOPICS, rnd.choice([1, 2, 3]))
    ]
    marks = [
        {"group_id": g, "country": c, "status": "done", "recorded_by": "bench", "recorded_at": now}
        for g in rnd.sample(range(1, group_id + 1), min(group_id, 20_000))
        for c in rnd.sample(COUNTRIES, 2)
    ]
    answers = [
        {"group_id": g, "country": c, "answer": "confirmed", "recorded_by": "bench",
         "recorded_at": now}
        for g in rnd.sample(range(1, group_id + 1), min(group_id, 10_000))
        for c in rnd.sample(COUNTRIES, 3)
    ]  # fmt: skip
    with Session(engine) as session:
        for model, rows in (
            (Meeting, meeting_rows), (Document, document_rows), (CommitmentGroup, group_rows),
            (Commitment, item_rows), (CommitmentActor, actor_rows), (CommitmentTopic, topic_rows),
            (Subscriber, subscriber_rows), (SubscriberTopic, followed), (TaskStatus, marks),
            (Participation, answers),
        ):  # fmt: skip
            for chunk in range(0, len(rows), 5000):
                session.execute(sa.insert(model), rows[chunk : chunk + 5000])
        session.commit()
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            for table in ("meeting", "document", "commitment_group", "commitment"):
                # Explicit ids were inserted: move the sequences past them.
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        connection.commit()
    # A database in service has been vacuumed by autovacuum: index-only scans then skip the
    # table, which a freshly bulk-loaded one cannot. VACUUM runs outside a transaction.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        vacuum = "VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE"
        connection.exec_driver_sql(vacuum)


def measure(engine: Engine, *, runs: int, words: list[str]) -> dict[str, tuple[float, float]]:
    """Time each question `runs` times on random dates, countries and words.

    Searched words are drawn uniformly from the vocabulary, so rare words come up as often as
    common ones: the hard case for a search that must also sort by date.
    """
    rnd = random.Random(7)
    with Session(engine) as session:
        groups = int(session.execute(sa.select(sa.func.max(col(CommitmentGroup.id)))).scalar_one())

    def moment() -> datetime:
        day = date(2001, 1, 1) + timedelta(days=rnd.randrange(0, 28 * 365))
        return datetime.combine(day, datetime.min.time(), tzinfo=UTC)

    questions: dict[str, Callable[[Session], Any]] = {
        "next_due": lambda s: next_due(session=s, now=moment(), lang=rnd.choice(["es", "en"])),
        "next_due country": lambda s: next_due(
            session=s, now=moment(), country=rnd.choice(COUNTRIES)
        ),
        "upcoming 30 days": lambda s: upcoming(session=s, now=moment(), days=30, limit=50),
        "outstanding tasks": lambda s: outstanding_tasks(
            session=s, now=moment(), country=rnd.choice(COUNTRIES), limit=20
        ),
        # People search the record as it stands today, after every meeting loaded.
        "search": lambda s: search(session=s, now=TODAY, text=rnd.choice(words)),
        "next_due country + 2 topics": lambda s: next_due(
            session=s, now=moment(), country=rnd.choice(COUNTRIES), topics=rnd.sample(TOPICS, 2)
        ),
        "items_between one month, country": lambda s: month(s, moment(), rnd.choice(COUNTRIES)),
        "upcoming 90 days, page 3": lambda s: upcoming(
            session=s, now=moment(), days=90, limit=10, offset=20
        ),
        "count upcoming, country + 2 topics": lambda s: count_upcoming(
            session=s,
            now=moment(),
            days=90,
            country=rnd.choice(COUNTRIES),
            topics=rnd.sample(TOPICS, 2),
        ),
        "count next_due, country + 2 topics": lambda s: count_next_due(
            session=s, now=moment(), country=rnd.choice(COUNTRIES), topics=rnd.sample(TOPICS, 2)
        ),
        "count outstanding tasks": lambda s: count_outstanding_tasks(
            session=s, now=moment(), country=rnd.choice(COUNTRIES)
        ),
        "get_item": lambda s: get_item(
            session=s, now=TODAY, group_id=rnd.randrange(1, groups + 1), lang="en"
        ),
        "known_topics": lambda s: known_topics(session=s, now=TODAY),
    }
    results = {}
    for name, ask in questions.items():
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            # One session per question, as the bot does per update.
            with Session(engine) as session:
                ask(session)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        results[name] = (statistics.median(timings), timings[int(len(timings) * 0.95) - 1])
    return results


def month(session: Session, now: datetime, country: str) -> list[Commitment]:
    """Ask what falls in the month of `now` for a country: "¿qué vence en julio para Panamá?"."""
    first = now.date().replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return items_between(session=session, now=now, first=first, last=last, country=country)


def ingestion_rate(engine: Engine, *, words: list[str], documents: int = 200) -> float:
    """Ingest new documents of 20 items each, one transaction each; return documents/s."""
    rnd = random.Random(3)
    extractions = []
    for n in range(documents):
        held = date(2031, 1, 1) + timedelta(days=n)
        items = [
            {"kind": "deadline", "date_text": "a más tardar", "start": None,
             "end": (held + timedelta(days=30 + i)).isoformat(), "precision": "day",
             "quote": " ".join(rnd.sample(words, 20)), "ref": str(i + 1),
             "what": " ".join(rnd.sample(words, 5)), "who": ["Países Miembros"], "where": None,
             "confirm": False, "ref_date": held.isoformat()}
            for i in range(20)
        ]  # fmt: skip
        document: dict[str, Any] = {
            "title": None, "body": "GRCM", "place": "Panamá", "start": held.isoformat(),
            "end": held.isoformat(), "lang": "es", "countries": [],
        }  # fmt: skip
        extractions.append({"document": document, "commitments": items, "undated": []})
    now = datetime(2030, 12, 1, tzinfo=UTC)
    started = time.perf_counter()
    for n, extraction in enumerate(extractions):
        with Session(engine) as session:
            ingest_extraction(session, extraction=extraction, source=f"bench-{n}.txt",
                              content_hash=f"bench-{n}", now=now, publish=True)  # fmt: skip
            session.commit()
    return documents / (time.perf_counter() - started)


if __name__ == "__main__":
    sys.exit(main())
