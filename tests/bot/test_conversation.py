"""Handlers driven through the real Application with real updates, answering through the fake
Bot API server, on the sample documents and a fake clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fakes.bot_harness import BotHarness, settings_for
from fakes.clock import FakeClock
from fakes.telegram_api import Message
from sqlmodel import Session, select

from bot.store_cli import ingest_sources
from storage.models import Subscriber
from storage.subscribers import get_chat, topics_of


def chat_row(harness: BotHarness, chat_id: int) -> Subscriber | None:
    with Session(harness.engine) as session:
        return get_chat(session, chat_id=chat_id)


def labels(message: Message) -> list[str]:
    return [label for row in message.buttons for label, _ in row]


def every_payload(harness: BotHarness, chat: object) -> list[str]:
    return [data for m in harness.replies(chat) for row in m.buttons for _, data in row if data]


# -- onboarding ---------------------------------------------------------------------------------


async def test_start_greets_in_spanish_and_asks_the_country(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/start")
    reply = harness.last(ana)
    assert "Hola, Ana" in reply.text
    assert "¿De qué país es su delegación?" in reply.text
    assert labels(reply)[:3] == ["Belice", "Canadá", "Costa Rica"]
    assert "Guatemala" in labels(reply) and "Observador" in labels(reply)
    assert len(labels(reply)) == 13
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.lang == "es" and not stored.active


async def test_start_greets_in_english_for_an_english_telegram(harness: BotHarness) -> None:
    john = harness.telegram.user(1002, "John", language_code="en-GB")
    await harness.say(john, "/start")
    reply = harness.last(john)
    assert "Hello, John" in reply.text and "Which country" in reply.text
    assert "Belize" in labels(reply) and "Observer" in labels(reply)


async def test_picking_a_country_sets_its_zone_then_subscribing_is_stored(
    harness: BotHarness,
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/start")
    await harness.press(ana, harness.last(ana), "Guatemala")
    offer = harness.last(ana)
    assert "País: Guatemala" in offer.text and "America/Guatemala" in offer.text
    assert offer.history, "the question is answered in place"
    stored = chat_row(harness, 1001)
    assert stored is not None
    assert (stored.country, stored.timezone, stored.active) == (
        "Guatemala",
        "America/Guatemala",
        False,
    )
    await harness.press(ana, offer, "🔔 Sí, suscribirme")
    assert "Suscrito" in harness.last(ana).text
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.active and stored.follows == "country"

    await harness.say(ana, "/unsubscribe")
    assert "no recibirá más recordatorios" in harness.last(ana).text
    stored = chat_row(harness, 1001)
    assert stored is not None and not stored.active and stored.country == "Guatemala"
    await harness.say(ana, "/unsubscribe")
    assert "No estaba suscrito" in harness.last(ana).text


async def test_observer_has_no_country_and_sees_every_country(harness: BotHarness) -> None:
    olga = harness.telegram.user(1003, "Olga", language_code="es")
    await harness.say(olga, "/start")
    await harness.press(olga, harness.last(olga), "Observador")
    assert "Sin país" in harness.last(olga).text
    stored = chat_row(harness, 1003)
    assert stored is not None and stored.country is None and stored.follows == "all"


async def test_lang_switches_the_language_of_every_answer(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/lang en")
    assert harness.last(ana).text.startswith("Language: English")
    await harness.say(ana, "/help")
    assert "What I can answer" in harness.last(ana).text
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.lang == "en"


# -- questions ----------------------------------------------------------------------------------


async def test_next_shows_dated_items_with_paragraph_quote_and_days_left(
    harness: BotHarness,
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/next")
    reply = harness.last(ana)
    text = reply.text
    assert text.startswith("Lo próximo")
    assert "15 de julio de 2017 · faltan 22 días" in text
    assert "párr. 16.a" in text
    assert "a más tardar el 15 de julio" in text
    assert "GRCM, San Salvador, El Salvador" in text
    assert "6–7 de julio de 2017 · faltan 13 días" in text
    assert reply.parse_mode == "HTML"
    # One button per item opens it.
    assert labels(reply)[:2] == ["1", "2"]


async def test_next_in_english_reads_dates_in_english(harness: BotHarness) -> None:
    john = harness.telegram.user(1002, "John", language_code="en")
    await harness.say(john, "/next")
    text = harness.last(john).text
    assert text.startswith("Next")
    assert "July 15, 2017 · in 22 days" in text
    assert "para. 16.a" in text


async def test_the_fake_clock_moves_what_is_next(harness: BotHarness, clock: FakeClock) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    clock.set(datetime(2017, 7, 14, 15, 0, tzinfo=UTC))
    await harness.say(ana, "/next")
    assert "15 de julio de 2017 · mañana" in harness.last(ana).text
    clock.set(datetime(2017, 7, 16, 15, 0, tzinfo=UTC))
    await harness.say(ana, "/next")
    assert "15 de julio de 2017" not in harness.last(ana).text


async def test_opening_an_item_shows_its_whole_quote(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/next")
    listing = harness.last(ana)
    second = listing.text.split("\n2. ")[1].split("\n")[0]
    await harness.press(ana, listing, "2")
    detail = harness.last(ana)
    assert detail.message_id != listing.message_id
    assert detail.text.split("\n")[0] in second


async def test_long_lists_page_with_buttons_both_ways(harness: BotHarness) -> None:
    olga = harness.telegram.user(1003, "Olga", language_code="es")
    await harness.say(olga, "/upcoming 400")
    first = harness.last(olga)
    assert "Página 1" in first.text
    assert labels(first)[-1] == "Siguiente ▶️"
    assert first.text.count("\n1. ") == 1
    await harness.press(olga, first, "Siguiente ▶️")
    second = harness.last(olga)
    assert second.message_id == first.message_id, "pages replace each other in place"
    assert "Página 2" in second.text and "\n6. " in second.text
    assert "◀️ Anterior" in labels(second)
    await harness.press(olga, second, "◀️ Anterior")
    assert "Página 1" in harness.last(olga).text


async def test_every_message_and_button_fits_telegrams_limits(harness: BotHarness) -> None:
    olga = harness.telegram.user(1003, "Olga", language_code="es")
    commands = ["/start", "/next", "/upcoming 730", "/events", "/search migrantes", "/settings"]
    for command in [*commands, "/help"]:
        await harness.say(olga, command)
    assert not harness.telegram.errors, [e.description for e in harness.telegram.errors]
    for message in harness.replies(olga):
        assert len(message.text or "") <= 4096
    payloads = every_payload(harness, olga)
    assert payloads and all(len(p.encode()) <= 64 for p in payloads)


async def test_tasks_lists_what_the_country_owes_overdue_first(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/tasks")
    assert "¿De qué país?" in harness.last(ana).text
    await harness.say(ana, "/tasks Guatemala")
    text = harness.last(ana).text
    assert text.startswith("Pendiente de Guatemala")
    assert "vencido" in text


async def test_search_finds_items_by_words_ignoring_accents(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/search pasaporte integridad")
    assert "Taller sobre Integridad del Pasaporte" in harness.last(ana).text
    await harness.say(ana, "/search zzzinexistente")
    assert "No encontré nada" in harness.last(ana).text
    await harness.say(ana, "/search")
    assert "/search pasaporte" in harness.last(ana).text


async def test_upcoming_understands_a_named_period_and_refuses_nonsense(
    harness: BotHarness,
) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/upcoming agosto")
    text = harness.last(ana).text
    assert text.startswith("agosto de 2017")
    assert "8–9 de agosto de 2017" in text
    await harness.say(ana, "/upcoming -5")
    assert "entre 1 y 730 días" in harness.last(ana).text
    await harness.say(ana, "/upcoming blablá")
    assert "No entendí el período" in harness.last(ana).text


# -- typed questions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "question", "expected"),
    [
        ("es", "¿Qué vence en julio?", ["Plazos · julio de 2017", "15 de julio de 2017"]),
        ("es", "próximos talleres", ["Taller sobre Integridad del Pasaporte"]),
        ("es", "¿qué tiene pendiente Guatemala?", ["Pendiente de Guatemala"]),
        ("en", "what is due in July for Panamá?", ["Deadlines · July 2017 · Panama"]),
        ("en", "events in August", ["Events · August 2017", "Aug 8"]),
    ],
)
async def test_typed_questions_in_both_languages(
    harness: BotHarness, language: str, question: str, expected: list[str]
) -> None:
    user = harness.telegram.user(1005, "Eva", language_code=language)
    await harness.say(user, question)
    text = harness.last(user).text
    for part in expected:
        assert part in text


async def test_a_question_the_bot_cannot_answer_gets_the_help(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "me gusta el café")
    text = harness.last(ana).text
    assert text.startswith("No entendí la pregunta")
    assert "/next" in text and "¿Qué vence la próxima semana?" in text
    john = harness.telegram.user(1002, "John", language_code="en")
    await harness.say(john, "/frobnicate")
    assert "I do not know that command" in harness.last(john).text


# -- groups -------------------------------------------------------------------------------------


async def test_a_group_answers_commands_and_mentions_only(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    luis = harness.telegram.user(1004, "Luis", language_code="es")
    group = harness.telegram.group(-2001, "Delegación de Guatemala", members=[ana, luis])
    await harness.say(ana, "/next@crm_test_bot", chat=group)
    assert "15 de julio de 2017" in harness.last(group).text
    count = len(harness.replies(group))
    await harness.say(luis, "¿alguien tiene el acta?", chat=group)
    assert len(harness.replies(group)) == count, "the bot stays out of the conversation"
    await harness.say(luis, "@crm_test_bot ¿qué vence en julio?", chat=group)
    assert "Plazos · julio de 2017" in harness.last(group).text
    stored = chat_row(harness, -2001)
    assert stored is not None and stored.chat_type == "group"


# -- settings -----------------------------------------------------------------------------------


async def test_settings_switches_are_stored(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/settings")
    menu = harness.last(ana)
    assert "Resumen semanal: sí" in menu.text
    await harness.press(ana, menu, "📰 Resumen: sí")
    assert "Resumen semanal: no" in harness.last(ana).text
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.digest is False

    await harness.press(ana, harness.last(ana), "⏰ Antelación")
    await harness.press(ana, harness.last(ana), "30")
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.lead_days == [30, 14, 7, 3, 1, 0]
    assert "✓ 30" in labels(harness.last(ana))
    await harness.press(ana, harness.last(ana), "Predeterminado")
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.lead_days is None


async def test_timezone_by_name_and_refused_when_unknown(harness: BotHarness) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/timezone america/panama")
    assert "Zona horaria: America/Panama" in harness.last(ana).text
    await harness.say(ana, "/timezone Mars/Olympus")
    assert "No conozco la zona horaria" in harness.last(ana).text
    stored = chat_row(harness, 1001)
    assert stored is not None and stored.timezone == "America/Panama"


async def test_following_a_network_brings_its_items(harness: BotHarness) -> None:
    olga = harness.telegram.user(1003, "Olga", language_code="es")
    await harness.say(olga, "/settings")
    await harness.press(olga, harness.last(olga), "🧭 Redes y grupos")
    menu = harness.last(olga)
    ad_hoc = next(label for label in labels(menu) if label.startswith("Grupo Ad Hoc"))
    await harness.press(olga, menu, ad_hoc)
    with Session(harness.engine) as session:
        followed = topics_of(session, chat_id=1003)
    assert followed == ["Grupo Ad Hoc sobre Migrantes Extrarregionales"]
    assert any(label.startswith("✓ Grupo Ad Hoc") for label in labels(harness.last(olga)))


# -- distrust -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "P:z:0:::",
        "P:n:0:20171301-20171302::",
        "C:XX:o",
        "S:maybe",
        "G:999",
        "D:45",
        "Z:99",
        "I:notanumber",
        "garbage",
        "M:drop",
    ],
)
async def test_forged_buttons_change_nothing_and_say_so(harness: BotHarness, data: str) -> None:
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/start")
    before = chat_row(harness, 1001)
    await harness.press_data(ana, harness.last(ana), data)
    answer = harness.telegram.callback_answers[-1]
    assert "ya no es válido" in (answer.text or "") and answer.show_alert
    after = chat_row(harness, 1001)
    assert before is not None and after is not None
    assert before.model_dump() == after.model_dump()
    with Session(harness.engine) as session:
        assert len(session.exec(select(Subscriber)).all()) == 1


async def test_document_text_with_markup_characters_reaches_the_chat_escaped(
    harness: BotHarness, tmp_path: Path
) -> None:
    document = tmp_path / "acta.txt"
    document.write_text(
        "Conclusiones de la reunión\n\n"
        "1. Que los Países Miembros remitan a la ST, a más tardar el 30 de julio de 2017, "
        'el informe "A & B" <b>sin cerrar y <script>alert(1)</script> sobre fronteras.\n',
        encoding="utf-8",
    )
    settings = settings_for(Path(str(harness.engine.url.database)))
    assert (
        ingest_sources(
            harness.engine,
            [str(document)],
            settings=settings,
            publish=True,
            as_of=date(2017, 6, 22),
        )
        == 0
    )
    ana = harness.telegram.user(1001, "Ana", language_code="es")
    await harness.say(ana, "/search fronteras script")
    reply = harness.last(ana)
    assert not harness.telegram.errors
    assert '"A & B" <b>sin cerrar y <script>alert(1)</script>' in reply.text
    assert "&lt;script&gt;" in (reply.html or "")
