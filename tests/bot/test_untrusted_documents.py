"""Untrusted uploads end to end: the real `crmbot run` process against the fake Bot API server.

A .docx zip bomb (honest and lying headers) and a nested-deflate PDF are refused within 2 s of
the upload while another user is answered; a document slow to read is stopped at the time limit
without holding anyone else up; an upload over the size limit, or of unknown size, is refused
without a getFile or a download. Nothing of any of them is stored.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fakes.bombs import MB, docx_bomb, pdf_bomb, slow_pdf
from fakes.telegram_api import FakeTelegram
from test_end_to_end import answer
from test_end_to_end_review import counts

ADMIN_ID = 9001
PARSE_TIMEOUT = 4  # seconds; the bombs must be refused by their checks well before it

pytestmark = pytest.mark.usefixtures("running_bot")


@pytest.fixture
def bot_env(bot_env: dict[str, str]) -> dict[str, str]:
    return bot_env | {"CRMBOT_PARSE_TIMEOUT_SECONDS": str(PARSE_TIMEOUT)}


@pytest.mark.parametrize(
    ("name", "document", "reason"),
    [
        ("acta.docx", docx_bomb, "over the 100.0 MB limit (zip bomb?)"),
        ("acta-b.docx", lambda: docx_bomb(declared=1000), "compressed more than 100 to 1"),
        ("informe.pdf", pdf_bomb, "(decompression bomb?)"),
    ],
)
def test_a_bomb_is_refused_within_2_s_while_others_are_answered(
    fake_telegram: FakeTelegram, store: Path, name: str, document: object, reason: str
) -> None:
    tg = fake_telegram
    admin = tg.user(ADMIN_ID, "Sofía", language_code="es")
    ana = tg.user(1001, "Ana", language_code="es")
    data = document()  # type: ignore[operator]
    before = counts(store)

    sent = time.monotonic()
    tg.send_document(admin, name, data)
    tg.send_text(ana, "/next")
    answer(tg, ana, "Lo próximo")
    answered_after = time.monotonic() - sent
    refusal = answer(tg, admin, "No pude cargar el documento")
    refused_after = time.monotonic() - sent

    print(
        f"{name}: refused after {refused_after:.2f} s; /next answered after {answered_after:.2f} s"
    )
    assert reason in refusal.text and "No se guardó nada" in refusal.text
    assert refused_after < 2
    assert answered_after < 2
    assert len(tg.downloads) == 1  # it was downloaded (its size was fine), then read apart
    assert counts(store) == before


def test_a_document_slow_to_read_is_stopped_without_holding_up_others(
    fake_telegram: FakeTelegram, store: Path
) -> None:
    tg = fake_telegram
    admin = tg.user(ADMIN_ID, "Sofía", language_code="es")
    ana = tg.user(1001, "Ana", language_code="es")
    before = counts(store)

    sent = time.monotonic()
    tg.send_document(admin, "informe.pdf", slow_pdf())
    tg.wait_until(lambda: tg.downloads, what="the download")
    tg.send_text(ana, "/next")
    answer(tg, ana, "Lo próximo")
    answered_after = time.monotonic() - sent
    # Ana was answered while the document was still being read.
    assert not [m for m in tg.messages(admin) if m.from_bot]
    refusal = answer(tg, admin, "No pude cargar el documento")
    refused_after = time.monotonic() - sent

    print(
        f"slow PDF: /next answered after {answered_after:.2f} s; refused after {refused_after:.2f} s"
    )
    assert f"could not be read within the limits (more than {PARSE_TIMEOUT} s)" in refusal.text
    assert answered_after < 2
    assert PARSE_TIMEOUT <= refused_after < PARSE_TIMEOUT + 5
    assert counts(store) == before


def test_an_upload_over_the_limit_or_of_unknown_size_is_not_downloaded(
    fake_telegram: FakeTelegram, store: Path
) -> None:
    tg = fake_telegram
    admin = tg.user(ADMIN_ID, "Sofía", language_code="es")
    before = counts(store)

    tg.send_document(admin, "grande.pdf", b"%PDF-1.4\n" + bytes(20 * MB))
    assert "demasiado grande (el límite es 20 MB); no lo descargué" in (
        answer(tg, admin, "demasiado grande").text
    )
    tg.send_document(admin, "acuerdos.txt", b"15 de julio de 2017", size_given=False)
    answer(tg, admin, "Telegram no indicó el tamaño del archivo")

    assert tg.calls("getFile") == []
    assert tg.downloads == []
    assert counts(store) == before
