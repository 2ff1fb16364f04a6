"""Roles, focal points and review end to end: the real `crmbot run` process against the fake Bot
API server, the secretariat (CRMBOT_ADMIN_IDS=9001) and delegates as users of it, and the
database checked after each refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.telegram_api import FakeTelegram
from sqlmodel import Session, col, func, select
from test_end_to_end import ANSWER_TIMEOUT, answer
from test_role_checks import ACUERDOS as SEPTEMBER

from storage.db import make_engine
from storage.models import Commitment, Document, HistoryEntry, Participation, Role, TaskStatus

ADMIN_ID, FOCAL_ID, OTHER_ID, DELEGATE_ID = 9001, 501, 777, 601
# Due five days after the bot's today (23 June 2017): the first item /next lists once published.
ACUERDOS = SEPTEMBER.replace("15 de\nseptiembre de 2017", "28 de\njunio de 2017")
DUE = "28 de junio de 2017"

pytestmark = pytest.mark.usefixtures("running_bot")


def counts(store: Path) -> tuple[int, ...]:
    """Count the rows a refused update must leave as they were."""
    engine = make_engine(f"sqlite:///{store}")
    try:
        with Session(engine) as session:
            tables = (Role, Participation, TaskStatus, HistoryEntry, Document, Commitment)
            found = [int(session.exec(select(func.count()).select_from(t)).one()) for t in tables]
            published = session.exec(
                select(func.count()).where(Commitment.status == "published")  # type: ignore[arg-type]
            ).one()
            return (*found, int(published))
    finally:
        engine.dispose()


def participation(store: Path) -> list[tuple[str, str]]:
    engine = make_engine(f"sqlite:///{store}")
    try:
        with Session(engine) as session:
            rows = session.exec(select(Participation.country, Participation.answer)).all()
            return [(c, a) for c, a in rows]
    finally:
        engine.dispose()


def group_of(store: Path, what: str) -> int:
    engine = make_engine(f"sqlite:///{store}")
    try:
        with Session(engine) as session:
            found = session.exec(
                select(Commitment.group_id).where(
                    col(Commitment.what).contains(what), Commitment.status == "published"
                )
            ).first()
            assert found is not None
            return found
    finally:
        engine.dispose()


def test_upload_review_publish_and_a_delegate_sees_it(
    fake_telegram: FakeTelegram, store: Path
) -> None:
    tg = fake_telegram
    admin = tg.user(ADMIN_ID, "Sofía", language_code="es")
    ana = tg.user(1001, "Ana", language_code="es")
    otto = tg.user(OTHER_ID, "Otto", language_code="en")

    # A non-admin's upload is refused and stores nothing.
    before = counts(store)
    tg.send_document(otto, "acuerdos.txt", ACUERDOS.encode())
    answer(tg, otto, "Only the Technical Secretariat can load documents")
    assert counts(store) == before

    # A random-bytes .docx gets one line, and the bot keeps answering.
    tg.send_document(admin, "acta.docx", bytes(range(256)) * 64)
    assert "\n" not in answer(tg, admin, "No pude cargar el documento").text
    tg.send_text(admin, "/next")
    answer(tg, admin, "Lo próximo")

    tg.send_document(admin, "acuerdos.txt", ACUERDOS.encode())
    loaded = answer(tg, admin, "cargado como borrador")
    assert DUE in loaded.text

    tg.send_text(ana, "/next")
    assert DUE not in answer(tg, ana, "Lo próximo").text

    tg.send_text(admin, "/review")
    card = answer(tg, admin, "Revisión")
    tg.press_button(admin, card, "✅ Publicar")
    tg.wait_for_edit(card, timeout=ANSWER_TIMEOUT)
    assert "3–5 de octubre" in card.text or "3 al 5" in card.text
    tg.press_button(admin, card, "✅ Publicar")
    tg.wait_for_edit(card, edits=2, timeout=ANSWER_TIMEOUT)
    assert "No quedan borradores" in card.text

    tg.send_text(ana, "/next")
    assert DUE in answer(tg, ana, "Lo próximo").text


def test_a_focal_point_answers_and_others_are_refused(
    fake_telegram: FakeTelegram, store: Path
) -> None:
    tg = fake_telegram
    admin = tg.user(ADMIN_ID, "Sofía", language_code="es")
    gabriela = tg.user(FOCAL_ID, "Gabriela", language_code="es")
    otto = tg.user(OTHER_ID, "Otto", language_code="en")

    tg.send_text(admin, f"/focal {FOCAL_ID} Guatemala")
    answer(tg, admin, "es ahora punto focal de Guatemala")

    tg.send_text(gabriela, "/report")
    answer(tg, gabriela, "asuntos por responder")
    passport = answer(tg, gabriela, "Integridad del Pasaporte")
    deadline = answer(tg, gabriela, "políticas públicas sobr")

    confirm = passport.button("✅ Confirmar")["callback_data"]
    query = tg.press_button(gabriela, passport, "✅ Confirmar")
    tg.wait_for_answer(query, timeout=ANSWER_TIMEOUT)
    query = tg.press_button(gabriela, deadline, "📤 Enviado")
    tg.wait_for_answer(query, timeout=ANSWER_TIMEOUT)
    assert participation(store) == [("Guatemala", "confirmed")]

    # Another user pressing the same button, a forged payload and a replay change nothing.
    before = counts(store)
    refused = tg.press(otto, passport, confirm)
    assert "not allowed" in (tg.wait_for_answer(refused, timeout=ANSWER_TIMEOUT).text or "")
    forged = tg.press(otto, passport, confirm.replace("GT", "HN"))
    tg.wait_for_answer(forged, timeout=ANSWER_TIMEOUT)
    replay = tg.press(gabriela, passport, confirm)
    assert "cambió" in (tg.wait_for_answer(replay, timeout=ANSWER_TIMEOUT).text or "")
    garbage = tg.press(gabriela, passport, "F:1:c:GT")
    assert "no es válido" in (tg.wait_for_answer(garbage, timeout=ANSWER_TIMEOUT).text or "")
    assert counts(store) == before
    assert participation(store) == [("Guatemala", "confirmed")]

    workshop = group_of(store, "Integridad del Pasaporte")
    tg.send_text(admin, f"/status {workshop}")
    status = answer(tg, admin, "Estado del asunto").text
    assert "Confirmaron (1): Guatemala" in status and "Sin respuesta (10)" in status
    tg.send_text(admin, "/status")
    assert "✅ 1 · ❌ 0 · ⏳ 10" in answer(tg, admin, "Asuntos abiertos").text


def test_members_only_items_reach_only_verified_delegates_in_private(
    fake_telegram: FakeTelegram, store: Path
) -> None:
    tg = fake_telegram
    admin = tg.user(ADMIN_ID, "Sofía", language_code="es")
    luis = tg.user(DELEGATE_ID, "Luis", language_code="es")
    otto = tg.user(OTHER_ID, "Otto", language_code="es")
    group = tg.group(-2001, "Delegación de Guatemala", members=[luis, otto])
    for user in (luis, otto):
        tg.send_text(user, "/start")
        question = answer(tg, user, "¿De qué país")
        tg.press_button(user, question, "Guatemala")
        offer = tg.wait_for_edit(question, timeout=ANSWER_TIMEOUT)
        tg.press_button(user, offer, "🔔 Sí, suscribirme")
        tg.wait_for_edit(question, edits=2, timeout=ANSWER_TIMEOUT)

    # Luis asks to be a verified delegate; the secretariat approves.
    tg.send_text(admin, "/focal")
    answer(tg, admin, "Puntos focales")
    tg.send_text(luis, "/delegate Guatemala")
    answer(tg, luis, "Solicitud enviada")
    ask = answer(tg, admin, "pide ser delegado verificado de Guatemala")
    tg.press_button(admin, ask, "✅ Aprobar")
    answer(tg, luis, "Ahora es delegado verificado de Guatemala")

    tg.send_document(admin, "acuerdos.txt", ACUERDOS.encode())
    loaded = answer(tg, admin, "cargado como borrador")
    tg.press_button(admin, loaded, "🔒 Solo miembros")
    answer(tg, admin, "solo para países miembros")
    tg.press_button(admin, loaded, "✅ Publicar todo")
    notice = answer(tg, luis, "Publicado")
    assert DUE in notice.text

    tg.send_text(otto, "/next")
    assert DUE not in answer(tg, otto, "Lo próximo").text
    tg.send_text(luis, "/next@crm_test_bot", chat=group)
    assert DUE not in answer(tg, group, "Lo próximo").text
    assert not [m for m in tg.messages(otto) if m.from_bot and "Publicado" in (m.text or "")]
    assert not [m for m in tg.messages(group) if m.from_bot and "Publicado" in (m.text or "")]
