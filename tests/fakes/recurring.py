"""Recurring duties stored as ingestion stores them, for the bot's tests of reminders, listings
and calendars: decided at the GRCM meeting in Guatemala City (28-29 June 2017), stored and
published on 1 July 2017; and the quarterly financial report Guatemala owes from 30 September
2017, with its focal point's chat."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from fakes.bot_harness import BotHarness
from sqlmodel import Session, select

from storage.ingest import ingest_extraction
from storage.models import Commitment
from storage.subscribers import grant_role, subscribe, update_chat
from storage.text import content_hash

STORED_AT = datetime(2017, 7, 1, 12, tzinfo=UTC)
REPORT_WHAT = "Remitir el informe financiero trimestral a la ST"
FOCAL_CHAT = 1001  # Guatemala's focal point, in a private chat
MEETING = {
    "title": "XXIII Reunión del GRCM",
    "body": "GRCM",
    "place": "Ciudad de Guatemala, Guatemala",
    "start": "2017-06-28",
    "end": "2017-06-29",
    "lang": "es",
}
QUARTERLY_REPORT = {
    "kind": "deadline",
    "date_text": "30 de septiembre de 2017",
    "start": None,
    "end": "2017-09-30",
    "precision": "day",
    "quote": "Que Guatemala remita a la ST informes financieros trimestrales a "
    "partir del 30 de septiembre de 2017.",
    "ref": "7",
    "what": REPORT_WHAT,
    "who": ["Guatemala"],
    "recurrence": {"freq": "MONTHLY", "interval": 3, "dtstart": "2017-09-30"},
}


def store_decided(harness: BotHarness, commitments: list[dict[str, Any]]) -> None:
    """Store and publish `commitments` as the meeting's document decided them."""
    extraction = {"document": MEETING, "commitments": commitments, "undated": []}
    with Session(harness.engine) as session:
        ingest_extraction(
            session,
            extraction=extraction,
            source="grcm-guatemala.txt",
            content_hash=content_hash(json.dumps(extraction)),
            now=STORED_AT,
            publish=True,
        )
        session.commit()


def add_quarterly_report(harness: BotHarness, *, lang: str = "es", digest: bool = False) -> int:
    """Store the quarterly report; chat 1001 is Guatemala's focal point, reading in `lang`, with
    the Monday digest on if `digest`. Return the report's group id."""
    store_decided(harness, [QUARTERLY_REPORT])
    with Session(harness.engine) as session:
        subscribe(
            session,
            chat_id=FOCAL_CHAT,
            now=STORED_AT,
            lang=lang,
            timezone="America/Guatemala",
            country="Guatemala",
            follows="country",
        )
        grant_role(
            session, user_id=FOCAL_CHAT, role="focal_point", now=STORED_AT, country="Guatemala"
        )
        update_chat(session, chat_id=FOCAL_CHAT, now=STORED_AT, digest=digest)
        session.commit()
        return session.exec(select(Commitment.group_id).where(Commitment.what == REPORT_WHAT)).one()
