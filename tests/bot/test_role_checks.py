"""Role checks on every command and button that changes something, driven through the real
Application with real updates: who may, who may not, and that a refusal changes nothing in the
database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from fakes.bot_harness import BotHarness
from fakes.telegram_api import Message, User
from sqlmodel import Session, col, func, select
from telegram import Update

from bot.i18n import MESSAGES
from storage import roles
from storage.models import (
    ADMIN,
    DELEGATE,
    DRAFT,
    FOCAL_POINT,
    PUBLISHED,
    Commitment,
    Document,
    HistoryEntry,
    Participation,
    Role,
    TaskStatus,
)

ADMIN_ID, FOCAL_ID, OTHER_ID, DELEGATE_ID = 9001, 501, 777, 601
NOW = datetime(2017, 6, 23, 15, 0, tzinfo=UTC)
ACUERDOS = """Reunión Extraordinaria del Grupo Regional de Consulta sobre Migración (GRCM)
Tegucigalpa, Honduras, 12 y 13 de junio de 2017

Acuerdos

1. Que los Países Miembros remitan a la Presidencia Pro Tempore, a más tardar el 15 de
septiembre de 2017, sus comentarios al plan de trabajo sobre trata de personas.

2. Realizar un taller regional sobre protección consular del 3 al 5 de octubre de 2017 en San
Pedro Sula; se solicita a los Países Miembros confirmar su participación.
"""


def grant(harness: BotHarness, user_id: int, role: str, country: str | None = None) -> None:
    with Session(harness.engine) as session:
        roles.grant(session, user_id=user_id, role=role, country=country, now=NOW, by="test")
        session.commit()


def scalar(harness: BotHarness, query: Any) -> Any:
    with Session(harness.engine) as session:
        return session.exec(query).one()


def group_of(harness: BotHarness, what: str) -> int:
    query = select(Commitment.group_id).where(
        col(Commitment.what).contains(what), Commitment.status == PUBLISHED
    )
    with Session(harness.engine) as session:
        found = session.exec(query).first()
    assert found is not None
    return found


def uploaded(harness: BotHarness, status: str) -> int:
    """Count the items of documents sent through Telegram with this status."""
    query = (
        select(func.count())
        .select_from(Commitment)
        .join(Document, col(Document.id) == Commitment.document_id)
        .where(Commitment.status == status, col(Document.source).startswith("telegram:"))
    )
    return int(scalar(harness, query))


def state(harness: BotHarness) -> tuple[int, ...]:
    """Count what a refused update must leave untouched."""
    tables = (Role, Participation, TaskStatus, HistoryEntry, Document)
    with Session(harness.engine) as session:
        counts = [int(session.exec(select(func.count()).select_from(t)).one()) for t in tables]
    return (*counts, uploaded(harness, PUBLISHED), uploaded(harness, DRAFT))


async def upload(harness: BotHarness, user: User, name: str, content: bytes, **where: Any) -> None:
    update = harness.telegram.send_document(user, name, content, **where)
    if update is not None:
        await harness.application.process_update(Update.de_json(update, harness.application.bot))


def last_answer(harness: BotHarness) -> str:
    answers = harness.telegram.callback_answers
    assert answers, "no button press was answered"
    return answers[-1].text or ""


def with_label(messages: list[Message], label: str) -> Message:
    return next(
        m for m in reversed(messages) if any(t == label for row in m.buttons for t, _ in row)
    )


@pytest.fixture
def people(harness: BotHarness) -> dict[str, User]:
    tg = harness.telegram
    grant(harness, ADMIN_ID, ADMIN)
    return {
        "admin": tg.user(ADMIN_ID, "Sofía", language_code="es"),
        "focal": tg.user(FOCAL_ID, "Gabriela", language_code="es"),
        "other": tg.user(OTHER_ID, "Otto", language_code="en"),
        "delegate": tg.user(DELEGATE_ID, "Luis", language_code="es"),
    }


# -- uploads and review -------------------------------------------------------------------------


async def test_an_admins_upload_becomes_drafts_reviewed_and_published_with_notices(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, other, delegate = people["admin"], people["other"], people["delegate"]
    # A Guatemalan delegate subscribed: publication concerns "Países Miembros", Guatemala too.
    await harness.say(delegate, "/start")
    await harness.press(delegate, harness.last(delegate), "Guatemala")
    await harness.press(delegate, harness.last(delegate), "🔔 Sí, suscribirme")

    await upload(harness, admin, "acuerdos.txt", ACUERDOS.encode())
    loaded = harness.last(admin)
    assert "cargado como borrador" in loaded.text
    assert "Encontré 2 plazos y eventos" in loaded.text
    assert "15 de septiembre de 2017" in loaded.text
    assert "Borradores por revisar: 2" in loaded.text
    assert uploaded(harness, DRAFT) == 2
    await harness.say(delegate, "/next")
    assert "trata de personas" not in harness.last(delegate).text  # drafts are not shown

    await harness.say(admin, "/review")
    card = harness.last(admin)
    assert "Revisión" in card.text and "15 de septiembre de 2017" in card.text
    assert "🔎" in card.text  # the extractor's reason
    publish = card.button("✅ Publicar")["callback_data"]

    # Someone else pressing the same button (forging it) changes nothing.
    before = state(harness)
    await harness.press_data(other, card, publish)
    assert last_answer(harness) == MESSAGES["not_allowed"]["en"]
    assert state(harness) == before

    await harness.press(admin, card, "✅ Publicar")
    assert "publicado" in last_answer(harness)
    assert "Revisión" in card.text and "3 al 5 de octubre" in card.text  # the next draft
    assert uploaded(harness, PUBLISHED) == 1 and uploaded(harness, DRAFT) == 1
    notice = harness.last(delegate)
    assert "Publicado" in notice.text and "15 de septiembre de 2017" in notice.text
    # Replaying the publish press finds no draft: nothing changes, the admin is told.
    before = state(harness)
    await harness.press_data(admin, card, publish)
    assert last_answer(harness) == MESSAGES["already_reviewed"]["es"]
    assert state(harness) == before

    await harness.say(delegate, "/next")
    assert "15 de septiembre de 2017" in harness.last(delegate).text
    history = scalar(
        harness,
        select(func.count()).where(
            HistoryEntry.action == "published", HistoryEntry.by_user_id == ADMIN_ID
        ),  # type: ignore[arg-type]
    )
    assert history == 1


async def test_changing_the_date_is_parsed_shown_back_then_saved(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, other = people["admin"], people["other"]
    await upload(harness, admin, "acuerdos.txt", ACUERDOS.encode())
    await harness.say(admin, "/review")
    card = harness.last(admin)
    await harness.press(admin, card, "📅 Fecha")
    prompt = harness.last(admin)
    assert "nueva fecha" in prompt.text
    update = harness.telegram.send_text(admin, "20 de septiembre de 2017", reply_to=prompt)
    assert update is not None
    await harness.application.process_update(Update.de_json(update, harness.application.bot))
    shown = harness.last(admin)
    assert "20 de septiembre de 2017" in shown.text and "¿Guardar?" in shown.text
    save = shown.button("💾 Guardar")["callback_data"]
    before = state(harness)
    await harness.press_data(other, shown, save)
    assert state(harness) == before
    await harness.press(admin, shown, "💾 Guardar")
    ends = scalar(
        harness,
        select(func.count()).where(Commitment.end == date(2017, 9, 20)),  # type: ignore[arg-type]
    )
    assert ends == 1
    changed = scalar(harness, select(HistoryEntry).where(HistoryEntry.action == "date_changed"))
    assert changed.by_user_id == ADMIN_ID and "2017-09-15 -> 2017-09-20" in changed.detail


async def test_reject_publish_all_and_members_only_from_the_upload_reply(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, other, delegate = people["admin"], people["other"], people["delegate"]
    for user in (other, delegate):
        await harness.say(user, "/start")
        await harness.press(user, harness.last(user), "Guatemala")
        await harness.press(user, harness.last(user), harness.last(user).buttons[0][0][0])
    grant(harness, DELEGATE_ID, DELEGATE, "Guatemala")
    await upload(harness, admin, "acuerdos.txt", ACUERDOS.encode())
    loaded = harness.last(admin)
    members = loaded.button("🔒 Solo miembros")["callback_data"]
    before = state(harness)
    await harness.press_data(other, loaded, members)
    assert state(harness) == before
    await harness.press(admin, loaded, "🔒 Solo miembros")
    hidden = scalar(harness, select(func.count()).where(col(Commitment.members_only)))  # type: ignore[arg-type]
    assert hidden == 2

    await harness.say(admin, "/review")
    await harness.press(admin, harness.last(admin), "🗑 Rechazar")
    publish_all = loaded.button("✅ Publicar todo")["callback_data"]
    await harness.press(admin, loaded, "✅ Publicar todo")
    assert uploaded(harness, DRAFT) == 0
    assert uploaded(harness, "withdrawn") == 1 and uploaded(harness, PUBLISHED) == 1
    before = state(harness)
    await harness.press_data(admin, loaded, publish_all)
    assert last_answer(harness) == MESSAGES["nothing_to_publish"]["es"]
    assert state(harness) == before

    # The members-only event: the verified delegate is told, the public subscriber is not.
    assert "3–5 de octubre de 2017" in harness.last(delegate).text
    assert "Publicado" in harness.last(delegate).text
    assert not [m for m in harness.replies(other) if "Publicado" in m.text]
    await harness.say(other, "/search protección consular")
    assert "San Pedro Sula" not in harness.last(other).text


async def test_a_non_admins_document_is_refused_and_nothing_is_downloaded(
    harness: BotHarness, people: dict[str, User]
) -> None:
    before = state(harness)
    await upload(harness, people["other"], "acuerdos.txt", ACUERDOS.encode())
    assert harness.last(people["other"]).text == MESSAGES["documents_admins_only"]["en"]
    assert state(harness) == before
    assert harness.telegram.calls("getFile") == []


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("acta.docx", bytes(range(256)) * 40, "No pude cargar el documento"),
        ("vacío.txt", b"", "No pude cargar el documento"),
        ("foto.png", b"\x89PNG\r\n\x1a\n....", "No puedo leer"),
    ],
)
async def test_a_corrupt_or_unsupported_upload_gets_one_line_and_the_bot_still_answers(
    harness: BotHarness, people: dict[str, User], name: str, content: bytes, expected: str
) -> None:
    admin = people["admin"]
    before = state(harness)
    await upload(harness, admin, name, content)
    reply = harness.last(admin).text
    assert reply.startswith(expected) and "\n" not in reply
    assert state(harness) == before
    await harness.say(admin, "/next")
    assert harness.last(admin).text.startswith("Lo próximo")


async def test_an_oversized_upload_is_refused_before_downloading(
    harness: BotHarness, people: dict[str, User]
) -> None:
    services = harness.application.bot_data["services"]
    services.settings = services.settings.model_copy(update={"fetch_max_bytes": 200})
    await upload(harness, people["admin"], "acuerdos.txt", ACUERDOS.encode())
    assert "demasiado grande" in harness.last(people["admin"]).text
    assert harness.telegram.calls("getFile") == []


async def test_review_and_ingest_commands_are_for_admins(
    harness: BotHarness, people: dict[str, User]
) -> None:
    other = people["other"]
    for command in ("/review", "/ingest https://example.org/acta.pdf", "/status", "/admin 5"):
        before = state(harness)
        await harness.say(other, command)
        assert (
            "nothing was changed" in harness.last(other).text or "Only" in harness.last(other).text
        )
        assert state(harness) == before


@pytest.mark.parametrize(
    "data",
    [
        "W:p:abc",
        "W:q:1",
        "W:s:1:20171340:20171301",
        "W:m:1:7",
        "F:2:c:GT",
        "F:2:z:GT:0",
        "F:2:c:ZZ:0",
        "R:1",
        "R:x:a",
        "F:99999999999999:c:GT:0",
    ],
)
async def test_forged_payloads_are_refused_as_stale(
    harness: BotHarness, people: dict[str, User], data: str
) -> None:
    admin = people["admin"]
    await harness.say(admin, "/help")
    before = state(harness)
    await harness.press_data(admin, harness.last(admin), data)
    assert last_answer(harness) == MESSAGES["stale_button"]["es"]
    assert state(harness) == before


# -- focal points -------------------------------------------------------------------------------


async def test_focal_point_confirms_marks_sent_and_others_cannot(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, focal, other = people["admin"], people["focal"], people["other"]
    before = state(harness)
    await harness.say(other, f"/focal {OTHER_ID} Guatemala")
    assert state(harness) == before
    await harness.say(admin, f"/focal {FOCAL_ID} Guatemala")
    assert "punto focal de Guatemala" in harness.last(admin).text
    await harness.say(admin, "/focal")
    assert "Guatemala: 501" in harness.last(admin).text

    await harness.say(focal, "/report")
    cards = harness.replies(focal)
    workshop = group_of(harness, "Integridad del Pasaporte")
    deadline = group_of(harness, "políticas públicas sobr")
    passport = next(m for m in cards if "Integridad del Pasaporte" in m.text)
    confirm = passport.button("✅ Confirmar")["callback_data"]
    assert len(confirm.encode()) <= 64

    before = state(harness)
    await harness.press_data(other, passport, confirm)
    assert last_answer(harness) == MESSAGES["not_allowed"]["en"]
    assert state(harness) == before

    await harness.press(focal, passport, "✅ Confirmar")
    assert "participación confirmada" in passport.text
    # The old confirm button again (a replay): the answer changed since, nothing happens.
    before = state(harness)
    await harness.press_data(focal, passport, confirm)
    assert last_answer(harness) == MESSAGES["answer_changed"]["es"]
    assert state(harness) == before
    answers = scalar(harness, select(Participation).where(Participation.group_id == workshop))
    assert (answers.country, answers.answer) == ("Guatemala", "confirmed")

    sent_card = next(m for m in cards if "políticas públicas sobr" in m.text)
    await harness.press(focal, sent_card, "📤 Enviado")
    await harness.press(focal, sent_card, "↩️ Deshacer")
    await harness.press(focal, sent_card, "📤 Enviado")
    mark = scalar(harness, select(TaskStatus).where(TaskStatus.group_id == deadline))
    assert (mark.country, mark.status) == ("Guatemala", "done")

    await harness.say(focal, f"/status {workshop}")
    status = harness.last(focal).text
    assert "Confirmaron (1): Guatemala" in status
    assert "Sin respuesta (10)" in status and "Honduras" in status
    await harness.say(admin, "/status")
    overview = harness.last(admin).text
    assert f"#{workshop}" in overview and "✅ 1 · ❌ 0 · ⏳ 10" in overview
    await harness.say(admin, f"/history {deadline}")
    history = harness.last(admin).text
    assert history.count("marcó enviado") == 2 and "deshizo el envío" in history
    await harness.say(other, f"/history {deadline}")
    assert harness.last(other).text == MESSAGES["not_allowed"]["en"]

    # The role is read at each press: once removed, the same buttons do nothing.
    with Session(harness.engine) as session:
        roles.revoke(
            session, user_id=FOCAL_ID, role=FOCAL_POINT, country="Guatemala", now=NOW, by="t"
        )
        session.commit()
    before = state(harness)
    await harness.press(focal, sent_card, "↩️ Deshacer")
    assert last_answer(harness) == MESSAGES["not_allowed"]["es"]
    assert state(harness) == before


async def test_requests_are_decided_once_by_those_who_may(
    harness: BotHarness, people: dict[str, User]
) -> None:
    admin, focal, other, delegate = (people[k] for k in ("admin", "focal", "other", "delegate"))
    await harness.say(admin, "/focal")
    await harness.say(focal, "/focal Guatemala")
    assert "Solicitud enviada" in harness.last(focal).text
    ask = harness.last(admin)
    assert "pide ser punto focal de Guatemala" in ask.text
    approve = ask.button("✅ Aprobar")["callback_data"]
    before = state(harness)
    await harness.press_data(other, ask, approve)
    assert state(harness) == before
    await harness.press(admin, ask, "✅ Aprobar")
    assert "punto focal de Guatemala" in harness.last(focal).text
    before = state(harness)
    await harness.press_data(admin, ask, approve)
    assert last_answer(harness) == MESSAGES["already_decided"]["es"]
    assert state(harness) == before

    # A delegate is verified by their country's focal point.
    await harness.say(delegate, "/delegate Guatemala")
    ask = with_label(harness.replies(focal), "✅ Aprobar")
    await harness.press_data(other, ask, ask.button("✅ Aprobar")["callback_data"])
    await harness.press(focal, ask, "✅ Aprobar")
    with Session(harness.engine) as session:
        assert roles.holds(session, user_id=DELEGATE_ID, role=DELEGATE, country="Guatemala")
        assert not roles.holds(session, user_id=OTHER_ID, role=DELEGATE)

    await harness.say(admin, f"/admin {OTHER_ID}")
    with Session(harness.engine) as session:
        assert roles.is_admin(session, user_id=OTHER_ID)


def test_every_text_has_both_languages() -> None:
    start = list(MESSAGES).index("not_allowed")
    for key in list(MESSAGES)[start:]:
        assert set(MESSAGES[key]) == {"es", "en"}, key


def test_payloads_fit_telegrams_64_bytes(tmp_path: Path) -> None:
    from bot import callbacks

    longest = callbacks.simple("F", "9" * 12, "c", "DO", "9" * 12)
    assert len(longest.encode()) <= 64
    assert len(callbacks.simple("W", "s", "9" * 12, "20171231", "20171231").encode()) <= 64
