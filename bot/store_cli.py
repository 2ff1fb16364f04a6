"""`crmbot ingest`, `upcoming`, `tasks`, `db upgrade` and `db backup`: the store on the command
line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session
from tqdm import tqdm

from bot.cli_types import parse_day, positive_days
from bot.clock import clock_from
from bot.fetch import FetchError, fetch
from bot.formatting import every_text
from bot.parsing import ParseLimits, read_document, read_file
from bot.settings import Settings
from extractors import UnusableInput
from extractors.loaders import named_date
from extractors.model import Extraction
from extractors.pipeline import extract
from storage.actors import resolve_actor, seed_actors
from storage.backup import BackupError, backup_sqlite, pg_dump_command, sqlite_path
from storage.db import SchemaNotReady, make_engine, open_engine, upgrade
from storage.ingest import IngestError, IngestReport, ingest_extraction
from storage.models import DRAFT, TASK
from storage.queries import Listed, listed_between, listed_outstanding_tasks
from storage.review import record_published_at_ingestion
from storage.text import content_hash

EXIT_FAILED = 2
DOCUMENT_SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm"}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the store's sub-commands."""
    p = sub.add_parser("ingest", help="store the commitments of documents, folders or URLs")
    p.add_argument("sources", nargs="+", metavar="PATH|DIR|URL")
    p.add_argument("--publish", action="store_true", help="publish the items right away")
    p.add_argument(
        "--members-only",
        action="store_true",
        help="only verified delegates, focal points and the secretariat see the items",
    )
    p.add_argument("--as-of", type=parse_day, help="reference date for undated passages")
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("upcoming", help="list the deadlines and events coming up")
    _add_reading_options(p)
    p.add_argument("--country", help="only what concerns this country (any of its names)")
    p.add_argument("--days", type=positive_days, default=120, help="how far ahead (default 120)")
    p.set_defaults(func=run_upcoming)

    p = sub.add_parser("tasks", help="list what a country still owes, overdue included")
    _add_reading_options(p)
    p.add_argument("--country", required=True, help="the country (any of its names)")
    p.set_defaults(func=run_tasks)

    p = sub.add_parser("db", help="database maintenance")
    db_sub = p.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="create or migrate the schema").set_defaults(func=run_upgrade)
    p = db_sub.add_parser(
        "backup", help="copy the SQLite database while the bot runs (PostgreSQL: pg_dump)"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the copy (replaced if it exists)")
    p.set_defaults(func=run_backup)


def _add_reading_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as-of", type=parse_day, help="answer as on this date (default: today)")
    p.add_argument("--lang", choices=("es", "en"), help="language of the items shown")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--published-only",
        action="store_true",
        help="leave out drafts (what delegates see); by default drafts are listed, marked",
    )


def run_upgrade(args: argparse.Namespace) -> int:
    """Create or migrate the schema, and seed the actors."""
    settings = Settings()
    engine = make_engine(settings.effective_database_url())
    upgrade(engine)
    _seed(engine)
    engine.dispose()
    print("crmbot: database schema is current")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    """Copy the SQLite store to FILE with the online backup API; on PostgreSQL, name pg_dump."""
    url = Settings().effective_database_url()
    source = sqlite_path(url)
    if source is None:
        print(
            "crmbot: the database is PostgreSQL: back it up with pg_dump (PGPASSWORD or ~/.pgpass"
            f" gives the password):\n  {pg_dump_command(url, args.file)}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    try:
        done = backup_sqlite(source, args.file)
    except BackupError as exc:
        print(f"crmbot: backup failed, nothing written: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"crmbot: {done.source} copied to {done.target} ({done.size} bytes, integrity ok)")
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest every document named, one transaction per document."""
    settings = Settings()
    engine = open_store(settings)
    if engine is None:
        return EXIT_FAILED
    failures = ingest_sources(
        engine,
        args.sources,
        settings=settings,
        publish=args.publish,
        as_of=args.as_of,
        members_only=args.members_only,
    )
    engine.dispose()
    return EXIT_FAILED if failures else 0


def run_upcoming(args: argparse.Namespace) -> int:
    """Print the deadlines and events of the next days."""

    def ask(session: Session, now: datetime, lang: str, country: str | None) -> list[Listed]:
        drafts, today = not args.published_only, now.date()
        return listed_between(session=session, now=now, first=today,
                              last=today + timedelta(days=args.days), lang=lang, country=country,
                              include_drafts=drafts, members=drafts)  # fmt: skip

    def head(now: datetime, country: str | None) -> str:
        scope = f" for {country}" if country else ""
        return f"Coming up{scope} from {now.date().isoformat()}, next {args.days} days"

    return _list_items(args, ask, head)


def run_tasks(args: argparse.Namespace) -> int:
    """Print what a country has not marked done."""

    def ask(session: Session, now: datetime, lang: str, country: str | None) -> list[Listed]:
        assert country is not None  # --country is required
        return listed_outstanding_tasks(session=session, now=now, country=country, lang=lang,
                                        include_drafts=not args.published_only,
                                        members=not args.published_only)  # fmt: skip

    def head(now: datetime, country: str | None) -> str:
        return f"Outstanding for {country} as of {now.date().isoformat()}"

    return _list_items(args, ask, head)


def _list_items(
    args: argparse.Namespace,
    ask: Callable[[Session, datetime, str, str | None], list[Listed]],
    head: Callable[[datetime, str | None], str],
) -> int:
    """Open the store, resolve --country, and print the items `ask` returns, as text or JSON."""
    settings = Settings()
    engine = open_store(settings)
    if engine is None:
        return EXIT_FAILED
    now = _now(args.as_of, settings)
    try:
        with Session(engine) as session:
            country = _country(session, args.country)
            if args.country and country is None:
                return EXIT_FAILED
            items = ask(session, now, args.lang or settings.crmbot_language, country)
            if args.json:
                _print_json(items)
            else:
                sys.stdout.write(format_items(items, head(now, country), today=now.date()))
    finally:
        engine.dispose()
    return 0


def ingest_sources(
    engine: Engine,
    sources: list[str],
    *,
    settings: Settings,
    publish: bool,
    as_of: date | None,
    meeting_days: list[date] | None = None,
    members_only: bool = False,
) -> int:
    """Ingest files, folders and URLs; print what changed; return how many documents failed.

    The last day of each document's meeting, when stated, is added to `meeting_days`.
    """
    failures = 0
    for source in sources:
        path = Path(source)
        if path.is_dir():
            documents = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
            )
            if not documents:
                print(f"crmbot: {source}: no documents in this folder", file=sys.stderr)
                failures += 1
            # The bar goes to stderr and only on a terminal; reports go through tqdm.write.
            for document in tqdm(documents, desc=path.name or source, unit="doc", disable=None):
                failures += not _ingest_one(
                    engine,
                    document,
                    str(document),
                    settings,
                    publish,
                    as_of,
                    meeting_days,
                    members_only,
                )
        else:
            failures += not _ingest_one(
                engine, None, source, settings, publish, as_of, meeting_days, members_only
            )
    return failures


def _ingest_one(
    engine: Engine,
    path: Path | None,
    source: str,
    settings: Settings,
    publish: bool,
    as_of: date | None,
    meeting_days: list[date] | None,
    members_only: bool,
) -> bool:
    try:
        text = _read_source(path, source, settings)
        # One session and one commit per document: a failure stores nothing of it.
        with Session(engine) as session:
            report, extraction = store_text(
                session,
                text,
                source=source,
                now=clock_from(settings.crmbot_now).now(),
                as_of=as_of,
                publish=publish,
                members_only=members_only,
                default_lang=settings.crmbot_language,
                by="crmbot ingest",
            )
            session.commit()
        if meeting_days is not None and extraction.document.end:
            meeting_days.append(extraction.document.end)
    except (UnusableInput, FetchError, IngestError) as exc:
        tqdm.write(f"crmbot: {source}: {exc}", file=sys.stderr)
        return False
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        tqdm.write(f"crmbot: {source}: database error, nothing stored: {reason}", file=sys.stderr)
        return False
    tqdm.write(format_report(report))
    return True


def store_text(
    session: Session,
    text: str,
    *,
    source: str,
    now: datetime,
    as_of: date | None,
    by: str,
    by_user_id: int | None = None,
    publish: bool = False,
    members_only: bool = False,
    default_lang: str = "es",
) -> tuple[IngestReport, Extraction]:
    """Extract a document's text and store its items: the command line and uploads share this.

    `as_of` stands in for the meeting date of a document that states none. Items published
    here are recorded in the history as published by `by`. The caller commits.
    """
    # a date in the file's name gives the year of a yearless text, when nothing else does
    extraction = extract(text, reference_date=as_of, named=named_date(source.rsplit("/", 1)[-1]))
    report = ingest_extraction(
        session,
        extraction=with_reasons(extraction),
        source=source,
        content_hash=content_hash(text),
        now=now,
        publish=publish,
        default_lang=default_lang,
        members_only=members_only,
    )
    if report.published:
        record_published_at_ingestion(
            session, document_id=report.document_id, now=now, by=by, by_user_id=by_user_id
        )
    return report, extraction


def with_reasons(extraction: Extraction) -> dict[str, Any]:
    """Return the extraction's stored shape, each dated item with the extractor's reason."""
    record = extraction.to_dict()
    kept = [d for d in extraction.decisions if d.kept]
    for item in record["commitments"]:
        found = next(
            (
                d
                for d in kept
                if d.date_text == item["date_text"] and d.end and d.end.isoformat() == item["end"]
            ),
            None,
        )
        if found is not None:
            kept.remove(found)
            item["reason"] = found.reason
    return record


def _read_source(path: Path | None, source: str, settings: Settings) -> str:
    """Return the text of a file, or of a URL's document, read by a child process with limits."""
    limits = ParseLimits.of(settings)
    if path is not None or not source.lower().startswith(("http://", "https://")):
        return read_file(path or Path(source), limits)
    fetched = fetch(
        source,
        max_bytes=settings.fetch_max_bytes,
        timeout=settings.fetch_timeout_seconds,
        allow_private=settings.allow_private_urls,
    )
    return read_document(fetched.content, fetched.filename, limits)


def format_report(report: IngestReport) -> str:
    """Render what ingesting one document did."""
    counts = [f"{len(report.added)} added"]
    if report.outcome == "revised":
        counts += [f"{len(report.changed)} changed", f"{len(report.withdrawn)} withdrawn"]
    if report.linked:
        counts.append(f"{report.linked} linked to the other language")
    if report.published:
        counts.append(f"{report.published} published")
    if report.outcome == "unchanged":
        counts = ["already stored, nothing changed"] + counts[-1:] * bool(report.published)
    lines = [
        f"{report.source} [{report.lang}] {report.meeting}: {report.outcome}, " + ", ".join(counts)
    ]
    dated = [s for s in report.added if s.kind != TASK]
    for mark, summaries in (("+", dated), ("~", report.changed), ("-", report.withdrawn)):
        for s in summaries:
            when = s.end.isoformat() if s.end else "(no date)"
            what = " ".join(s.what.split())
            changed = f" [{', '.join(s.fields)}]" if s.fields else ""
            lines.append(
                f"  {mark} {when}  {s.kind:<8} {s.ref or '-':<6} {_clip(what, 70)}{changed}"
            )
    if len(dated) < len(report.added):
        lines.append(f"  + {len(report.added) - len(dated)} open tasks without a date")
    return "\n".join(lines)


def format_items(items: list[Listed], head: str, *, today: date) -> str:
    """Render items with their dates, actors and source, for a terminal.

    A recurring deadline is dated by the occurrence listed, and says how often it comes back.
    """
    lines = [f"{head}: {len(items)} item{'s' * (len(items) != 1)}", ""]
    if not items:
        lines.append("Nothing published for this period.")
    for listed in items:
        c, day = listed.item, listed.day
        when = listed.occurrence.isoformat() if listed.occurrence else _span(c.start, c.end)
        late = "  OVERDUE" if day is not None and day < today else ""
        late += "  [draft]" if c.status == DRAFT else ""
        lines.append(
            f"{when:<23} {c.kind:<8} {_clip(' '.join((c.what or c.quote).split()), 80)}{late}"
        )
        details = []
        if c.recurrence is not None and c.end is not None:
            details.append(f"{every_text(c.recurrence, 'en')} from {c.end.isoformat()}")
        if c.who:
            details.append("who: " + ", ".join(c.who))
        if c.where:
            details.append("where: " + c.where)
        if c.confirm:
            details.append("confirm participation")
        if c.date_text:
            details.append(f"“{c.date_text}”")
        if details:
            lines.append(" " * 24 + " · ".join(details))
        ref = f" §{c.ref}" if c.ref else ""
        lines.append(
            " " * 24 + f"source: {Path(c.document.source).name}{ref}"
            f" — “{_clip(' '.join(c.quote.split()), 90)}”"
        )
    return "\n".join(lines) + "\n"


def _print_json(items: list[Listed]) -> None:
    records: list[dict[str, Any]] = []
    for listed in items:
        c, meeting = listed.item, listed.item.document.meeting
        records.append(
            {
                "id": c.id,
                "group_id": c.group_id,
                "kind": c.kind,
                "date_text": c.date_text,
                "start": c.start.isoformat() if c.start else None,
                "end": c.end.isoformat() if c.end else None,
                "precision": c.precision,
                # A recurring deadline: the occurrence listed; `end` is its first due date.
                "occurrence": listed.occurrence.isoformat() if listed.occurrence else None,
                "recurrence": c.recurrence,
                "what": c.what,
                "who": c.who,
                "where": c.where,
                "confirm": c.confirm,
                "ref": c.ref,
                "quote": c.quote,
                "lang": c.lang,
                "status": c.status,
                "source": c.document.source,
                "meeting": {
                    "body": meeting.body,
                    "place": meeting.place,
                    "start": meeting.start.isoformat() if meeting.start else None,
                    "end": meeting.end.isoformat() if meeting.end else None,
                },
            }
        )
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def open_store(settings: Settings) -> Engine | None:
    """Open the store (migrating SQLite) and seed the actors; on failure say why, return None."""
    try:
        engine = open_engine(settings.effective_database_url())
    except SchemaNotReady as exc:
        print(f"crmbot: {exc}", file=sys.stderr)
        return None
    except SQLAlchemyError as exc:
        print(f"crmbot: cannot open the database: {str(exc).splitlines()[0]}", file=sys.stderr)
        return None
    _seed(engine)
    return engine


def _seed(engine: Engine) -> None:
    data = json.loads((files("extractors") / "data" / "actors.json").read_text("utf-8"))
    with Session(engine) as session:
        seed_actors(session, data["actors"], forum=data.get("forum", "CRM"))
        session.commit()


def _country(session: Session, name: str | None) -> str | None:
    if name is None:
        return None
    actor = resolve_actor(session, name)
    if actor is None:
        print(f"crmbot: unknown country or actor: {name!r}", file=sys.stderr)
        return None
    return actor.canonical


def _now(as_of: date | None, settings: Settings) -> datetime:
    if as_of is None:
        return clock_from(settings.crmbot_now).now()
    return datetime.combine(as_of, time(0, 0), tzinfo=UTC)


def _span(start: date | None, end: date | None) -> str:
    if end is None:
        return "(no date)"
    if start is None or start == end:
        return end.isoformat()
    return f"{start.isoformat()}..{end.isoformat()}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
