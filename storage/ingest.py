"""Store one document's extraction: new, re-ingested, revised, or the twin in the other language.

The caller owns the transaction: `ingest_extraction` only adds and flushes, so committing once
per document makes each document all-or-nothing, and any exception leaves nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import Any

from sqlmodel import Session, col, delete, select

from storage.models import (
    DEADLINE,
    DRAFT,
    EVENT,
    PUBLISHED,
    REACH_UNKNOWN,
    TASK,
    WITHDRAWN,
    Commitment,
    CommitmentActor,
    CommitmentGroup,
    CommitmentTopic,
    Document,
    Meeting,
)
from storage.recurrence import BadRecurrence, normalize
from storage.text import fold, search_words

PRECISIONS = ("day", "week", "month", "quarter", "semester", "year", "vague")
LANGS = ("es", "en")

# The fields a revision may change on an item that keeps its identity.
CONTENT_FIELDS = (
    "kind",
    "date_text",
    "start",
    "end",
    "precision",
    "quote",
    "ref",
    "what",
    "who",
    "topics",
    "where",
    "confirm",
    "anchor",
    "ref_date",
    "recurrence",
)

# Quote similarity above which a renumbered or re-dated item is still the same item.
SAME_REF_SIMILARITY = 0.5
ANY_REF_SIMILARITY = 0.8


class IngestError(Exception):
    """An extraction the store cannot take; the message says which item and why."""


@dataclass(frozen=True)
class ItemSummary:
    """What a report says about one item."""

    kind: str
    ref: str | None
    end: date | None
    what: str
    fields: tuple[str, ...] = ()  # for a changed item: what changed


@dataclass
class IngestReport:
    """What ingesting one document did."""

    source: str
    lang: str
    meeting: str
    outcome: str  # "new" | "revised" | "unchanged"
    document_id: int
    added: list[ItemSummary] = field(default_factory=list)
    changed: list[ItemSummary] = field(default_factory=list)
    withdrawn: list[ItemSummary] = field(default_factory=list)
    unchanged: int = 0
    published: int = 0
    linked: int = 0  # new items joined to their twin in the other language


@dataclass
class _Item:
    values: dict[str, Any]
    position: int
    match_key: str
    loose_key: str
    twin_key: str
    quote_folded: str


def ingest_extraction(
    session: Session,
    *,
    extraction: Mapping[str, Any],
    source: str,
    content_hash: str,
    now: datetime,
    publish: bool = False,
    forum: str = "CRM",
    default_lang: str = "es",
    members_only: bool = False,
) -> IngestReport:
    """Store one document's extraction (the `Extraction.to_dict()` shape) and report changes.

    A members-only document's items are for verified delegates, focal points and the
    secretariat (storage.queries: `members`); the flag follows each revision of the document.
    """
    doc = extraction.get("document") or {}
    lang = str(doc.get("lang") or default_lang)
    if lang not in LANGS:
        raise IngestError(f"unknown document language {lang!r}")
    doc_start = _date(doc.get("start"), "document start")
    doc_end = _date(doc.get("end"), "document end")
    items = _parse_items(extraction, fallback_ref_date=doc_start or doc_end)

    existing = session.exec(select(Document).where(Document.content_hash == content_hash)).first()
    if existing is not None:
        assert existing.id is not None
        report = IngestReport(
            source=existing.source,
            lang=existing.lang,
            meeting=_describe(existing.meeting),
            outcome="unchanged",
            document_id=existing.id,
        )
        if members_only and not existing.members_only:
            existing.members_only = True
            for stated in session.exec(
                select(Commitment).where(Commitment.document_id == existing.id)
            ).all():
                stated.members_only = True
        if publish:
            report.published = publish_document(session, document_id=existing.id, now=now)
        return report

    meeting = _meeting(session, doc, forum=forum, source=source, start=doc_start, end=doc_end)
    assert meeting.id is not None
    previous = session.exec(
        select(Document).where(
            Document.meeting_id == meeting.id,
            Document.lang == lang,
            col(Document.superseded_at).is_(None),
        )
    ).all()
    for old_doc in previous:
        old_doc.superseded_at = now
    document = Document(
        meeting_id=meeting.id,
        lang=lang,
        source=source,
        content_hash=content_hash,
        title=doc.get("title"),
        ingested_at=now,
        members_only=members_only,
    )
    session.add(document)
    session.flush()
    assert document.id is not None
    report = IngestReport(
        source=source,
        lang=lang,
        meeting=_describe(meeting),
        outcome="revised" if previous else "new",
        document_id=document.id,
    )

    olds = list(
        session.exec(
            select(Commitment)
            .where(Commitment.meeting_id == meeting.id, Commitment.lang == lang)
            .order_by(col(Commitment.position), col(Commitment.id))
        ).all()
    )
    pairs, new_only = _match(olds, items)
    matched_ids = {id(old) for old, _ in pairs}

    for old, item in pairs:
        changed = [f for f in CONTENT_FIELDS if getattr(old, f) != item.values[f]]
        came_back = old.status == WITHDRAWN
        for name, value in item.values.items():
            setattr(old, name, value)
        old.position = item.position
        old.match_key = item.match_key
        old.document_id = document.id
        old.members_only = members_only
        if changed:
            old.search_text = _search_text(item.values)
            old.updated_at = now
            _set_actors(session, old)
            _set_topics(session, old)
        if came_back:
            old.status = DRAFT
            old.withdrawn_at = None
        if publish and old.status != PUBLISHED:
            old.status = PUBLISHED
            old.published_at = now
            report.published += 1
        if changed or came_back:
            report.changed.append(_summary(old, tuple(changed) or ("status",)))
        else:
            report.unchanged += 1

    for old in olds:
        if id(old) not in matched_ids and old.status != WITHDRAWN:
            # Never deleted: done marks and confirmations hang on the item's group and survive.
            old.status = WITHDRAWN
            old.withdrawn_at = now
            old.updated_at = now
            report.withdrawn.append(_summary(old))

    groups = _GroupFinder(session, meeting_id=meeting.id)
    for item in new_only:
        group, linked = groups.place(item.twin_key, lang)
        report.linked += linked
        commitment = Commitment(
            group_id=group,
            meeting_id=meeting.id,
            document_id=document.id,
            lang=lang,
            status=PUBLISHED if publish else DRAFT,
            position=item.position,
            match_key=item.match_key,
            search_text=_search_text(item.values),
            created_at=now,
            updated_at=now,
            published_at=now if publish else None,
            members_only=members_only,
            **item.values,
        )
        session.add(commitment)
        session.flush()
        _set_actors(session, commitment)
        _set_topics(session, commitment)
        report.added.append(_summary(commitment))
        if publish:
            report.published += 1
    refresh_only_versions(session, meeting_id=meeting.id)
    return report


def publish_document(session: Session, *, document_id: int, now: datetime) -> int:
    """Publish the draft items a document states; return how many."""
    drafts = session.exec(
        select(Commitment).where(Commitment.document_id == document_id, Commitment.status == DRAFT)
    ).all()
    for item in drafts:
        item.status = PUBLISHED
        item.published_at = now
    if drafts:
        refresh_only_versions(session, meeting_id=drafts[0].meeting_id)
    return len(drafts)


def refresh_only_versions(session: Session, *, meeting_id: int) -> None:
    """Recompute which items are their group's only published language version."""
    session.flush()
    items = session.exec(select(Commitment).where(Commitment.meeting_id == meeting_id)).all()
    published: dict[int, int] = {}
    for c in items:
        published[c.group_id] = published.get(c.group_id, 0) + (c.status == PUBLISHED)
    for c in items:
        only = c.status == PUBLISHED and published[c.group_id] == 1
        if c.only_version != only:
            c.only_version = only
    session.flush()


def _parse_items(extraction: Mapping[str, Any], *, fallback_ref_date: date | None) -> list[_Item]:
    raw: list[tuple[str, int, Mapping[str, Any]]] = [
        ("commitment", n, c)
        for n, c in enumerate(_records(extraction.get("commitments"), "commitments"), 1)
    ]
    raw += [
        ("open task", n, t) for n, t in enumerate(_records(extraction.get("undated"), "undated"), 1)
    ]
    items: list[_Item] = []
    twin_seen: dict[str, int] = {}
    for position, (section, number, record) in enumerate(raw):
        where = f"{section} {number}"
        quote = record.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            raise IngestError(f"{where}: no quote")
        if section == "commitment":
            kind = record.get("kind")
            if kind not in (DEADLINE, EVENT):
                raise IngestError(f"{where}: kind must be deadline or event, not {kind!r}")
            end = _date(record.get("end"), f"{where} end")
            if end is None:
                raise IngestError(f"{where}: a dated item needs an end date")
            start = _date(record.get("start"), f"{where} start")
            if start is not None and start > end:
                raise IngestError(f"{where}: starts after it ends")
            precision = record.get("precision") or "day"
            if precision not in PRECISIONS:
                raise IngestError(f"{where}: unknown precision {precision!r}")
        else:
            kind, start, end, precision = TASK, None, None, None
        who = record.get("who") or []
        if not isinstance(who, list) or not all(isinstance(w, str) for w in who):
            raise IngestError(f"{where}: who must be a list of names")
        # Extractions made before items carried topics have none.
        topics = record.get("topics") or []
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise IngestError(f"{where}: topics must be a list of names")
        ref_date = _date(record.get("ref_date"), f"{where} ref_date") or fallback_ref_date
        values: dict[str, Any] = {
            "kind": kind,
            "date_text": _text(record.get("date_text")),
            "start": start,
            "end": end,
            "precision": precision,
            "quote": quote,
            "ref": _text(record.get("ref")),
            "what": _text(record.get("what")),
            "who": list(dict.fromkeys(who)),
            "topics": list(dict.fromkeys(t.strip() for t in topics if t.strip())),
            "where": _text(record.get("where")),
            "confirm": bool(record.get("confirm", False)),
            "anchor": _text(record.get("anchor")),
            "ref_date": ref_date,
            "recurrence": _recurrence(record.get("recurrence"), where),
            # Derived from the dates, so not fields of their own in a revision's report.
            "span_days": None if end is None else (end - (start or end)).days,
            "reach_days": _reach(end, ref_date),
            # Why the extractor kept the date, for the review; not content of the item.
            "reason": _text(record.get("reason")),
        }
        loose = "|".join(str(values[k] or "") for k in ("kind", "ref", "ref_date", "end"))
        exact = "|".join([loose, str(start or ""), fold(values["date_text"])])
        # Twins line up by (ref, kind, end); the n-th repeat of a key pairs with the n-th repeat.
        twin_seen[loose] = twin_seen.get(loose, 0) + 1
        twin = loose if twin_seen[loose] == 1 else f"{loose}#{twin_seen[loose]}"
        items.append(_Item(values, position, exact[:600], loose, twin, fold(quote)))
    return items


def _match(
    olds: list[Commitment], items: list[_Item]
) -> tuple[list[tuple[Commitment, _Item]], list[_Item]]:
    """Pair a revision's items with the stored ones they restate."""
    # Live items are matched before withdrawn ones, so a resurrected item takes a free slot.
    free = sorted(olds, key=lambda c: (c.status == WITHDRAWN, c.position, c.id or 0))
    pairs: list[tuple[Commitment, _Item]] = []
    left = list(items)

    def take(same: Any) -> None:
        nonlocal left
        rest = []
        for item in left:
            found = next((old for old in free if same(old, item)), None)
            if found is None:
                rest.append(item)
            else:
                free.remove(found)
                pairs.append((found, item))
        left = rest

    take(lambda old, item: old.match_key == item.match_key)
    take(lambda old, item: _loose(old) == item.loose_key)
    take(
        lambda old, item: (
            old.ref is not None
            and (old.kind, old.ref, old.ref_date)
            == (item.values["kind"], item.values["ref"], item.values["ref_date"])
            and _similar(old.quote, item) >= SAME_REF_SIMILARITY
        )
    )
    take(
        lambda old, item: (
            old.kind == item.values["kind"] and _similar(old.quote, item) >= ANY_REF_SIMILARITY
        )
    )
    return pairs, left


def _loose(c: Commitment) -> str:
    return "|".join(str(v or "") for v in (c.kind, c.ref, c.ref_date, c.end))


def _similar(quote: str, item: _Item) -> float:
    return SequenceMatcher(None, fold(quote), item.quote_folded, autojunk=False).ratio()


class _GroupFinder:
    """Place new items in their twin's group, or in a group of their own."""

    def __init__(self, session: Session, *, meeting_id: int) -> None:
        self.session = session
        self.meeting_id = meeting_id
        self.by_key: dict[str, int] = {}
        self.langs: dict[int, set[str]] = {}
        for group in session.exec(
            select(CommitmentGroup).where(CommitmentGroup.meeting_id == meeting_id)
        ).all():
            assert group.id is not None
            self.by_key[group.key] = group.id
            self.langs[group.id] = set()
        for group_id, lang in session.exec(
            select(Commitment.group_id, Commitment.lang).where(Commitment.meeting_id == meeting_id)
        ).all():
            self.langs[group_id].add(lang)

    def place(self, key: str, lang: str) -> tuple[int, bool]:
        """Return the group for an item with this twin key, and whether it joined a twin."""
        group_id = self.by_key.get(key)
        if group_id is not None and lang not in self.langs[group_id]:
            self.langs[group_id].add(lang)
            return group_id, bool(self.langs[group_id] - {lang})
        free_key, n = key, 1
        while free_key in self.by_key:
            n += 1
            free_key = f"{key}~{n}"
        group = CommitmentGroup(meeting_id=self.meeting_id, key=free_key[:400])
        self.session.add(group)
        self.session.flush()
        assert group.id is not None
        self.by_key[free_key] = group.id
        self.langs[group.id] = {lang}
        return group.id, False


def _meeting(
    session: Session,
    doc: Mapping[str, Any],
    *,
    forum: str,
    source: str,
    start: date | None,
    end: date | None,
) -> Meeting:
    if start is not None or end is not None:
        # Both language versions state the same body and dates; places are spelt differently.
        key = f"{doc.get('body') or ''}|{start or ''}|{end or ''}"
    else:
        # A compilation or an unidentified meeting: its revisions share title or file name.
        key = "untitled|" + (fold(doc.get("title")) or source.rsplit("/", 1)[-1])
    key = key[:400]
    meeting = session.exec(
        select(Meeting).where(Meeting.forum == forum, Meeting.key == key)
    ).first()
    if meeting is None:
        meeting = Meeting(forum=forum, key=key, start=start, end=end)
        session.add(meeting)
    meeting.body = doc.get("body") or meeting.body
    meeting.title = meeting.title or doc.get("title")
    meeting.place = meeting.place or doc.get("place")
    session.flush()
    return meeting


def _set_actors(session: Session, commitment: Commitment) -> None:
    assert commitment.id is not None
    session.exec(delete(CommitmentActor).where(col(CommitmentActor.commitment_id) == commitment.id))
    for name in commitment.who:
        session.add(CommitmentActor(commitment_id=commitment.id, actor=name[:200]))


def _set_topics(session: Session, commitment: Commitment) -> None:
    assert commitment.id is not None
    session.exec(delete(CommitmentTopic).where(col(CommitmentTopic.commitment_id) == commitment.id))
    for topic in dict.fromkeys(t[:200] for t in commitment.topics):
        session.add(CommitmentTopic(commitment_id=commitment.id, topic=topic))


def _search_text(values: Mapping[str, Any]) -> str:
    return search_words(values["what"], values["quote"], values["where"])


def _reach(end: date | None, ref_date: date | None) -> int | None:
    if end is None:
        return None
    return REACH_UNKNOWN if ref_date is None else (end - ref_date).days


def _records(value: Any, name: str) -> Iterable[Mapping[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise IngestError(f"{name} must be a list of objects")
    return value


def _date(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise IngestError(f"{what}: not an ISO date: {value!r}") from None


def _recurrence(value: Any, where: str) -> dict[str, Any] | None:
    try:
        return normalize(value)
    except BadRecurrence as exc:
        raise IngestError(f"{where}: {exc}") from None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _summary(c: Commitment, fields: tuple[str, ...] = ()) -> ItemSummary:
    return ItemSummary(kind=c.kind, ref=c.ref, end=c.end, what=c.what or c.quote, fields=fields)


def _describe(meeting: Meeting) -> str:
    parts = [meeting.body, meeting.place]
    if meeting.start and meeting.end and meeting.start != meeting.end:
        parts.append(f"{meeting.start.isoformat()}..{meeting.end.isoformat()}")
    elif meeting.end or meeting.start:
        parts.append((meeting.end or meeting.start or date.min).isoformat())
    return " · ".join(p for p in parts if p) or meeting.title or "meeting not identified"
