"""Extractions in the shape of `Extraction.to_dict()`, built here so storage tests never depend
on what the real extractor finds today.

The San Salvador GRCM meeting (20-22 June 2017) in Spanish and in English is the running example.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from storage.ingest import IngestReport, ingest_extraction
from storage.text import content_hash

NOW = datetime(2017, 6, 23, 9, 0, tzinfo=UTC)

MEETING_ES = {
    "title": "Reunión del GRCM",
    "body": "GRCM",
    "place": "San Salvador, El Salvador",
    "start": "2017-06-20",
    "end": "2017-06-22",
    "lang": "es",
    "countries": ["Canadá", "Costa Rica", "El Salvador", "Estados Unidos", "Guatemala"],
}
MEETING_EN = {
    **MEETING_ES,
    "title": "RCGM Meeting",
    "place": "San Salvador, El Salvador",
    "lang": "en",
}


def item(**values: Any) -> dict[str, Any]:
    """Return one dated commitment, with defaults for what the test does not care about."""
    record: dict[str, Any] = {
        "kind": "deadline",
        "date_text": "a más tardar el 15 de julio",
        "start": None,
        "end": "2017-07-15",
        "precision": "day",
        "quote": "Que los Países Miembros remitan, a más tardar el 15 de julio, información",
        "ref": None,
        "what": None,
        "who": ["Países Miembros"],
        "where": None,
        "confirm": False,
        "ref_date": "2017-06-20",
    }
    record.update(values)
    return record


def task(**values: Any) -> dict[str, Any]:
    """Return one open task without a date."""
    record: dict[str, Any] = {
        "quote": "invitar a los Países Miembros a ponerse al día con sus cuotas pendientes.",
        "ref": "2.a",
        "what": "Ponerse al día con las cuotas",
        "who": ["Países Miembros"],
        "anchor": None,
        "ref_date": "2017-06-20",
    }
    record.update(values)
    return record


def san_salvador_es() -> dict[str, Any]:
    """Return the Spanish conclusions of the San Salvador GRCM meeting."""
    return {
        "document": dict(MEETING_ES),
        "commitments": [
            item(
                kind="event",
                date_text="en 2019",
                start="2019-01-01",
                end="2019-12-31",
                precision="year",
                ref="11",
                who=["Canadá"],
                quote="Así como de que la CRM sostenga, en 2019, un taller de seguimiento.",
                what="Taller de seguimiento sobre migración y salud",
            ),
            item(
                ref="16.a",
                what="Remitir información sobre políticas públicas sobre mujer migrante",
                quote="Que los Países Miembros remitan, a más tardar el 15 de julio, información "
                "sobre políticas públicas sobre mujer migrante",
            ),
            item(
                kind="event",
                date_text="en la semana del 18 al 22 de septiembre de 2017",
                start="2017-09-18",
                end="2017-09-22",
                precision="week",
                ref="16.c",
                who=["PPT", "OIM"],
                where="El Salvador",
                what="Taller de validación de los lineamientos de protección de mujeres migrantes",
                quote="Llevar a cabo un taller de validación de dichos lineamientos, en la semana "
                "del 18 al 22 de septiembre de 2017 en El Salvador.",
            ),
            item(
                kind="event",
                date_text="del 6 al 7 de julio de 2017",
                start="2017-07-06",
                end="2017-07-07",
                ref="23",
                who=["México", "OEA", "Países Miembros"],
                confirm=True,
                what="IV Reunión del Grupo Ad Hoc sobre migrantes extra-regionales",
                quote="La IV Reunión del Grupo Ad Hoc sobre migrantes extra-regionales se "
                "celebrará del 6 al 7 de julio de 2017 en Ciudad de México.",
                where="Ciudad de México",
            ),
            item(
                kind="event",
                date_text="del 17 al 18 de julio de 2017",
                start="2017-07-17",
                end="2017-07-18",
                ref="24",
                who=["Canadá", "México", "UNODC", "Países Miembros"],
                confirm=True,
                what="Taller sobre Integridad del Pasaporte",
                quote="El Taller sobre Integridad del Pasaporte se llevará a cabo del 17 al 18 de "
                "julio de 2017; se solicita a los Países Miembros confirmar su participación.",
            ),
            item(
                kind="event",
                date_text="del 8 al 9 de agosto de 2017",
                start="2017-08-08",
                end="2017-08-09",
                ref="26",
                who=["Costa Rica", "Países Miembros"],
                confirm=True,
                what="Taller regional de capacitación sobre la Guía de prácticas eficaces",
                quote="Costa Rica será sede del Taller regional de capacitación sobre la Guía de "
                "prácticas eficaces, del 8 al 9 de agosto de 2017.",
            ),
            item(
                ref="27",
                who=["Guatemala"],
                date_text="antes del 31 de agosto de 2017",
                end="2017-08-31",
                what="Enviar el informe nacional sobre niñez migrante",
                quote="Guatemala enviará el informe nacional sobre niñez migrante antes del 31 "
                "de agosto de 2017.",
            ),
        ],
        "undated": [
            task(),
            task(
                ref="20",
                who=["Estados Unidos", "OIM"],
                what="Negociar una nueva cláusula",
                quote="Estados Unidos y la OIM sostendrán negociaciones para elaborar una nueva "
                "cláusula sobre la resolución de eventuales controversias.",
            ),
        ],
    }


def san_salvador_en() -> dict[str, Any]:
    """Return the English twin of `san_salvador_es`: same refs, kinds and dates."""
    english = {
        "11": (
            "in 2019",
            "Follow-up workshop on migration and health",
            "As well as the RCM holding, in 2019, a follow-up workshop.",
        ),
        "16.a": (
            "no later than July 15",
            "Send information on public policies on migrant women",
            "That Member Countries send, no later than July 15, information on public "
            "policies on migrant women",
        ),
        "16.c": (
            "in the week of September 18 to 22, 2017",
            "Validation workshop of the guidelines",
            "Hold a validation workshop of the guidelines in the week of September 18 to "
            "22, 2017 in El Salvador.",
        ),
        "23": (
            "from July 6 to 7, 2017",
            "IV Meeting of the Ad Hoc Group on extra-regional migrants",
            "The IV Meeting of the Ad Hoc Group on extra-regional migrants will "
            "take place from July 6 to 7, 2017 in Mexico City.",
        ),
        "24": (
            "from July 17 to 18, 2017",
            "Passport Integrity Workshop",
            "The Passport Integrity Workshop will be held from July 17 to 18, 2017; Member "
            "Countries are asked to confirm their participation.",
        ),
        "26": (
            "from August 8 to 9, 2017",
            "Regional training workshop on the Guide to effective practices",
            "Costa Rica will host the regional training workshop from August 8 to 9, 2017.",
        ),
        "27": (
            "before August 31, 2017",
            "Send the national report on migrant children",
            "Guatemala will send the national report on migrant children before August 31, 2017.",
        ),
        "2.a": (
            None,
            "Pay outstanding dues",
            "invite Member Countries to catch up with their outstanding dues.",
        ),
        "20": (
            None,
            "Negotiate a new clause",
            "The United States and IOM will negotiate a new clause on the settlement of disputes.",
        ),
    }
    doc = copy.deepcopy(san_salvador_es())
    doc["document"] = dict(MEETING_EN)
    for record in doc["commitments"] + doc["undated"]:
        date_text, what, quote = english[record["ref"]]
        if "date_text" in record:
            record["date_text"] = date_text
        record.update(what=what, quote=quote)
    return doc


CONSULAR = "Red de Protección Consular"
CHILDREN = "Red de Protección de la Niñez Migrante"
# The networks each San Salvador item mentions, as the extractor tags them (same in both
# languages: topics are canonical names).
TOPICS = {"16.c": [CONSULAR], "24": [CONSULAR], "27": [CHILDREN], "20": [CONSULAR]}


def tagged(extraction: dict[str, Any]) -> dict[str, Any]:
    """Return an extraction whose items carry the topics of `TOPICS`; others carry none."""
    doc = copy.deepcopy(extraction)
    for record in doc["commitments"] + doc["undated"]:
        record["topics"] = list(TOPICS.get(record["ref"], []))
    return doc


def compilation() -> dict[str, Any]:
    """Return a compilation of excerpts from several meetings: no meeting dates of its own."""
    return {
        "document": {
            "title": "Historial de mecanismos",
            "body": None,
            "place": None,
            "start": None,
            "end": None,
            "lang": "es",
            "countries": [],
        },
        "commitments": [
            item(
                kind="event",
                ref="a",
                date_text="primeros meses de 1997",
                start="1997-01-01",
                end="1997-04-30",
                precision="vague",
                ref_date="1996-03-13",
                who=["Panamá"],
                quote="celebrar otro encuentro durante los primeros meses de 1997 en Panamá",
            ),
            item(
                kind="event",
                ref="a",
                date_text="mayo de 2005",
                start="2005-05-01",
                end="2005-05-31",
                precision="month",
                ref_date="2004-12-02",
                who=["ST"],
                quote="realizar un taller en mayo de 2005",
            ),
        ],
        "undated": [],
    }


def ingest(
    session: Session,
    extraction: dict[str, Any],
    *,
    source: str = "seed.txt",
    now: datetime = NOW,
    publish: bool = True,
) -> IngestReport:
    """Ingest an extraction as if it came from a file whose text is its JSON."""
    digest = content_hash(json.dumps(extraction, sort_keys=True, ensure_ascii=False))
    return ingest_extraction(
        session,
        extraction=extraction,
        source=source,
        content_hash=digest,
        now=now,
        publish=publish,
    )


def count(session: Session, table: str) -> int:
    """Count the rows of a table."""
    return int(session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
