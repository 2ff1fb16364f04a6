"""Tables of typed questions (Spanish and English) -> what the bot understands they ask.

Two reference days: Friday 23 June 2017, and Thursday 28 December 2017 for the turn of the year
("en enero" is January 2018 there).
"""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files

import pytest

from bot.understanding import MAX_LENGTH, Question, country_aliases, help_examples, understand

D = date.fromisoformat
FRI = D("2017-06-23")  # a Friday
DEC = D("2017-12-28")  # a Thursday, three days before the year ends

WORKSHOP = ("taller", "workshop")
MEETING = ("reunion", "meeting")
SEMINAR = ("seminario", "seminar")
TRAINING = ("capacitacion", "training")
COURSE = ("curso", "course")
VIRTUAL = ("videoconferencia", "videoconference", "virtual", "webinar")


@pytest.fixture(scope="module")
def countries() -> dict[str, str]:
    data = json.loads((files("extractors") / "data" / "actors.json").read_text("utf-8"))
    return country_aliases(data["actors"])


def q(
    intent: str,
    start: str | None = None,
    end: str | None = None,
    period_text: str | None = None,
    country: str | None = None,
    keywords: tuple[str, ...] = (),
    lang: str | None = None,
) -> Question:
    return Question(
        intent=intent,
        start=D(start) if start else None,
        end=D(end) if end else None,
        period_text=period_text,
        country=country,
        keywords=keywords,
        lang=lang,
    )


QUESTIONS = [
    # (message, today, expected)
    # --- the examples of the brief
    (
        "¿qué vence la próxima semana?",
        FRI,
        q("due", "2017-06-26", "2017-07-02", "la próxima semana", lang="es"),
    ),
    (
        "what is due in July for Panamá?",
        FRI,
        q("due", "2017-07-01", "2017-07-31", "in July", "Panamá", lang="en"),
    ),
    ("próximos talleres", FRI, q("events", keywords=WORKSHOP, lang="es")),
    ("¿qué tiene pendiente Guatemala?", FRI, q("tasks", country="Guatemala", lang="es")),
    (
        "events in September",
        FRI,
        q("events", "2017-09-01", "2017-09-30", "in September", lang="en"),
    ),
    # --- deadlines
    ("que vence esta semana", FRI, q("due", "2017-06-23", "2017-06-25", "esta semana", lang="es")),
    (
        "¿Qué hay que entregar antes del 15 de agosto?",
        FRI,
        q("due", "2017-06-23", "2017-08-15", "antes del 15 de agosto", lang="es"),
    ),
    (
        "plazos de Honduras en el primer semestre de 2018",
        FRI,
        q("due", "2018-01-01", "2018-06-30", "el primer semestre de 2018", "Honduras", lang="es"),
    ),
    ("¿Cuáles son los plazos?", FRI, q("due", lang="es")),
    (
        "¿qué se debe entregar en julio?",
        FRI,
        q("due", "2017-07-01", "2017-07-31", "en julio", lang="es"),
    ),
    (
        "what does Panama have to send by July?",
        FRI,
        q("due", "2017-06-23", "2017-07-31", "by July", "Panamá", lang="en"),
    ),
    (
        "¿Qué vence en Costa Rica la semana que viene?",
        FRI,
        q("due", "2017-06-26", "2017-07-02", "la semana que viene", "Costa Rica", lang="es"),
    ),
    ("   QUÉ   VENCE   HOY  ", FRI, q("due", "2017-06-23", "2017-06-23", "HOY", lang="es")),
    (
        "Buenos días, ¿qué vence mañana?",
        FRI,
        q("due", "2017-06-24", "2017-06-24", "mañana", lang="es"),
    ),
    ("qué vence el lunes", FRI, q("due", "2017-06-26", "2017-06-26", "el lunes", lang="es")),
    (
        "¿Qué hay que entregar antes de fin de mes?",
        FRI,
        q("due", "2017-06-23", "2017-06-30", "antes de fin de mes", lang="es"),
    ),
    (
        "fechas límite de este trimestre para El Salvador",
        FRI,
        q("due", "2017-06-23", "2017-06-30", "este trimestre", "El Salvador", lang="es"),
    ),
    (
        "¿qué vence el 31 de diciembre?",
        DEC,
        q("due", "2017-12-31", "2017-12-31", "el 31 de diciembre", lang="es"),
    ),
    ("what's due this month", FRI, q("due", "2017-06-23", "2017-06-30", "this month", lang="en")),
    ("what may be due in June", FRI, q("due", "2017-06-01", "2017-06-30", "in June", lang="en")),
    (
        "What do we have to send by August 15th?",
        FRI,
        q("due", "2017-06-23", "2017-08-15", "by August 15th", lang="en"),
    ),
    (
        "deadlines before August 15",
        FRI,
        q("due", "2017-06-23", "2017-08-15", "before August 15", lang="en"),
    ),
    (
        "what is due by 15 August",
        FRI,
        q("due", "2017-06-23", "2017-08-15", "by 15 August", lang="en"),
    ),
    ("Q3 2018 deadlines", FRI, q("due", "2018-07-01", "2018-09-30", "Q3 2018", lang="en")),
    ("Dominican Republic deadlines", FRI, q("due", country="República Dominicana", lang="en")),
    (
        "what's due for the U.S. in Q4?",
        FRI,
        q("due", "2017-10-01", "2017-12-31", "Q4", "Estados Unidos", lang="en"),
    ),
    (
        "what is due on 15/08/2017",
        FRI,
        q("due", "2017-08-15", "2017-08-15", "on 15/08/2017", lang="en"),
    ),
    ("March deadlines", FRI, q("due", "2018-03-01", "2018-03-31", "March", lang="en")),
    ("May I see the deadlines?", FRI, q("due", lang="en")),
    (
        "what do we have to send before the end of the month?",
        FRI,
        q("due", "2017-06-23", "2017-06-30", "before the end of the month", lang="en"),
    ),
    ("Q1 deadlines", DEC, q("due", "2018-01-01", "2018-03-31", "Q1", lang="en")),
    # --- events
    (
        "¿hay algún seminario en el segundo trimestre?",
        FRI,
        q(
            "events",
            "2017-04-01",
            "2017-06-30",
            "el segundo trimestre",
            keywords=SEMINAR,
            lang="es",
        ),
    ),
    (
        "reuniones en mayo",
        FRI,
        q("events", "2018-05-01", "2018-05-31", "en mayo", keywords=MEETING, lang="es"),
    ),
    (
        "eventos del 28 de julio al 3 de agosto",
        FRI,
        q("events", "2017-07-28", "2017-08-03", "del 28 de julio al 3 de agosto", lang="es"),
    ),
    (
        "reunión del 8 al 9 de agosto en San José",
        FRI,
        q(
            "events",
            "2017-08-08",
            "2017-08-09",
            "del 8 al 9 de agosto",
            keywords=MEETING,
            lang="es",
        ),
    ),
    (
        "videoconferencias de la próxima semana",
        FRI,
        q("events", "2017-06-26", "2017-07-02", "la próxima semana", keywords=VIRTUAL, lang="es"),
    ),
    ("¿Cuándo es la próxima reunión del GRCM?", FRI, q("events", keywords=MEETING, lang="es")),
    ("¿Qué talleres hay pendientes?", FRI, q("events", keywords=WORKSHOP, lang="es")),
    (
        "reunión 15 de septiembre",
        FRI,
        q("events", "2017-09-15", "2017-09-15", "15 de septiembre", keywords=MEETING, lang="es"),
    ),
    (
        "meeting on Sep 20",
        FRI,
        q("events", "2017-09-20", "2017-09-20", "on Sep 20", keywords=MEETING, lang="en"),
    ),
    (
        "taller 3-5 octubre",
        FRI,
        q("events", "2017-10-03", "2017-10-05", "3-5 octubre", keywords=WORKSHOP, lang="es"),
    ),
    ("¿cuánto falta para la reunión?", FRI, q("events", keywords=MEETING, lang="es")),
    (
        "Próximas capacitaciones para Belice",
        FRI,
        q("events", country="Belice", keywords=TRAINING, lang="es"),
    ),
    (
        "¿Hay algún curso en línea en octubre?",
        FRI,
        q(
            "events",
            "2017-10-01",
            "2017-10-31",
            "en octubre",
            keywords=(*VIRTUAL, *COURSE),
            lang="es",
        ),
    ),
    (
        "talleres y seminarios en 2018",
        FRI,
        q(
            "events",
            "2018-01-01",
            "2018-12-31",
            "en 2018",
            keywords=(*WORKSHOP, *SEMINAR),
            lang="es",
        ),
    ),
    (
        "¿Qué actividades hay en la Conferencia Regional sobre Migración?",
        FRI,
        q("events", lang="es"),
    ),
    (
        "eventos del 28 de diciembre al 3 de enero",
        DEC,
        q("events", "2017-12-28", "2018-01-03", "del 28 de diciembre al 3 de enero", lang="es"),
    ),
    (
        "talleres en enero",
        DEC,
        q("events", "2018-01-01", "2018-01-31", "en enero", keywords=WORKSHOP, lang="es"),
    ),
    (
        "workshops July 10-14",
        FRI,
        q("events", "2017-07-10", "2017-07-14", "July 10-14", keywords=WORKSHOP, lang="en"),
    ),
    (
        "next Monday meetings",
        FRI,
        q("events", "2017-06-26", "2017-06-26", "next Monday", keywords=MEETING, lang="en"),
    ),
    (
        "trainings next week 🙂",
        FRI,
        q("events", "2017-06-26", "2017-07-02", "next week", keywords=TRAINING, lang="en"),
    ),
    (
        "webinars this month",
        FRI,
        q("events", "2017-06-23", "2017-06-30", "this month", keywords=VIRTUAL, lang="en"),
    ),
    (
        "May workshops",
        FRI,
        q("events", "2018-05-01", "2018-05-31", "May", keywords=WORKSHOP, lang="en"),
    ),
    (
        "any meetings in Mexico over the next 3 months?",
        FRI,
        q("events", "2017-06-23", "2017-09-23", "over the next 3 months", "México", MEETING, "en"),
    ),
    ("upcoming workshops", FRI, q("events", keywords=WORKSHOP, lang="en")),
    (
        "seminars in the first half of 2018",
        FRI,
        q(
            "events",
            "2018-01-01",
            "2018-06-30",
            "the first half of 2018",
            keywords=SEMINAR,
            lang="en",
        ),
    ),
    # --- what a country still owes
    ("what does Panama still owe?", FRI, q("tasks", country="Panamá", lang="en")),
    ("outstanding tasks for Mexico", FRI, q("tasks", country="México", lang="en")),
    ("what's left to do", FRI, q("tasks", lang="en")),
    (
        "República Dominicana tiene algo pendiente?",
        FRI,
        q("tasks", country="República Dominicana", lang="es"),
    ),
    ("EE.UU. pendientes", FRI, q("tasks", country="Estados Unidos", lang="es")),
    ("United States pending", FRI, q("tasks", country="Estados Unidos", lang="en")),
    (
        "¿Qué tiene pendiente Guatemala para julio?",
        FRI,
        q("tasks", "2017-07-01", "2017-07-31", "para julio", "Guatemala", lang="es"),
    ),
    ("¿qué debe enviar Nicaragua?", FRI, q("tasks", country="Nicaragua", lang="es")),
    ("¿Qué tiene que entregar Panamá?", FRI, q("tasks", country="Panamá", lang="es")),
    ("¿qué le falta a Costa Rica?", FRI, q("tasks", country="Costa Rica", lang="es")),
    ("What does Honduras have to submit?", FRI, q("tasks", country="Honduras", lang="en")),
    ("tareas pendientes de canada", FRI, q("tasks", country="Canadá", lang="es")),
    # --- what comes next
    ("¿qué sigue?", FRI, q("next", lang="es")),
    ("lo próximo", FRI, q("next", lang="es")),
    ("what's next", FRI, q("next", lang="en")),
    ("Next", FRI, q("next", lang="en")),
    ("what's next for Honduras?", FRI, q("next", country="Honduras", lang="en")),
    # --- a period with no kind
    ("¿Qué hay en julio?", FRI, q("upcoming", "2017-07-01", "2017-07-31", "en julio", lang="es")),
    (
        "what's on next week?",
        FRI,
        q("upcoming", "2017-06-26", "2017-07-02", "next week", lang="en"),
    ),
    (
        "agenda de septiembre",
        FRI,
        q("upcoming", "2017-09-01", "2017-09-30", "septiembre", lang="es"),
    ),
    ("this week", FRI, q("upcoming", "2017-06-23", "2017-06-25", "this week", lang="en")),
    ("este mes", FRI, q("upcoming", "2017-06-23", "2017-06-30", "este mes", lang="es")),
    ("el próximo mes", FRI, q("upcoming", "2017-07-01", "2017-07-31", "el próximo mes", lang="es")),
    ("next month", DEC, q("upcoming", "2018-01-01", "2018-01-31", "next month", lang="en")),
    ("julio de 2018", FRI, q("upcoming", "2018-07-01", "2018-07-31", "julio de 2018", lang="es")),
    ("July 2018", FRI, q("upcoming", "2018-07-01", "2018-07-31", "July 2018", lang="en")),
    ("julio", FRI, q("upcoming", "2017-07-01", "2017-07-31", "julio", lang="es")),
    ("for July", FRI, q("upcoming", "2017-07-01", "2017-07-31", "for July", lang="en")),
    ("en 2018", FRI, q("upcoming", "2018-01-01", "2018-12-31", "en 2018", lang="es")),
    ("hoy", FRI, q("upcoming", "2017-06-23", "2017-06-23", "hoy", lang="es")),
    ("today", FRI, q("upcoming", "2017-06-23", "2017-06-23", "today", lang="en")),
    ("tomorrow", FRI, q("upcoming", "2017-06-24", "2017-06-24", "tomorrow", lang="en")),
    (
        "los próximos 15 días",
        FRI,
        q("upcoming", "2017-06-23", "2017-07-08", "los próximos 15 días", lang="es"),
    ),
    (
        "in the next 10 days",
        FRI,
        q("upcoming", "2017-06-23", "2017-07-03", "in the next 10 days", lang="en"),
    ),
    ("next 3 months", FRI, q("upcoming", "2017-06-23", "2017-09-23", "next 3 months", lang="en")),
    # Number words are the extractor's: compounds too, accents or not.
    (
        "los próximos cuarenta y cinco días",
        FRI,
        q("upcoming", "2017-06-23", "2017-08-07", "los próximos cuarenta y cinco días", lang="es"),
    ),
    (
        "in the next twenty-one days",
        FRI,
        q("upcoming", "2017-06-23", "2017-07-14", "in the next twenty-one days", lang="en"),
    ),
    (
        "dentro de veintidós días",
        FRI,
        q("upcoming", "2017-06-23", "2017-07-15", "dentro de veintidós días", lang="es"),
    ),
    (
        "del 1 al 15 de julio",
        FRI,
        q("upcoming", "2017-07-01", "2017-07-15", "del 1 al 15 de julio", lang="es"),
    ),
    ("this quarter", FRI, q("upcoming", "2017-06-23", "2017-06-30", "this quarter", lang="en")),
    (
        "el próximo trimestre",
        DEC,
        q("upcoming", "2018-01-01", "2018-03-31", "el próximo trimestre", lang="es"),
    ),
    (
        "el primer semestre",
        DEC,
        q("upcoming", "2018-01-01", "2018-06-30", "el primer semestre", lang="es"),
    ),
    ("first half", FRI, q("upcoming", "2017-01-01", "2017-06-30", "first half", lang="en")),
    (
        "¿qué hay en diciembre?",
        DEC,
        q("upcoming", "2017-12-01", "2017-12-31", "en diciembre", lang="es"),
    ),
    ("en enero", DEC, q("upcoming", "2018-01-01", "2018-01-31", "en enero", lang="es")),
    ("next week", DEC, q("upcoming", "2018-01-01", "2018-01-07", "next week", lang="en")),
    (
        "el viernes que viene",
        FRI,
        q("upcoming", "2017-06-30", "2017-06-30", "el viernes que viene", lang="es"),
    ),
    (
        "the week after next",
        FRI,
        q("upcoming", "2017-07-03", "2017-07-09", "the week after next", lang="en"),
    ),
    (
        "what's on the 4th of July?",
        FRI,
        q("upcoming", "2017-07-04", "2017-07-04", "on the 4th of July", lang="en"),
    ),
    (
        "primero de agosto",
        FRI,
        q("upcoming", "2017-08-01", "2017-08-01", "primero de agosto", lang="es"),
    ),
    ("dates for Panama", FRI, q("upcoming", country="Panamá", lang="en")),
    ("this weekend", DEC, q("upcoming", "2017-12-30", "2017-12-31", "this weekend", lang="en")),
    (
        "del 20 de diciembre al 3 de enero",
        DEC,
        q("upcoming", "2017-12-20", "2018-01-03", "del 20 de diciembre al 3 de enero", lang="es"),
    ),
    (
        "entre noviembre y febrero",
        DEC,
        q("upcoming", "2017-11-01", "2018-02-28", "entre noviembre y febrero", lang="es"),
    ),
    (
        "what's happening in Guatemala in May?",
        FRI,
        q("upcoming", "2018-05-01", "2018-05-31", "in May", "Guatemala", lang="en"),
    ),
    ("que hay para mexico", FRI, q("upcoming", country="México", lang="es")),
    ("¿Y Panamá?", FRI, q("upcoming", country="Panamá", lang="es")),
    ("Guatemala 2018", FRI, q("upcoming", "2018-01-01", "2018-12-31", "2018", "Guatemala")),
    ("29 de febrero", DEC, q("upcoming", "2020-02-29", "2020-02-29", "29 de febrero", lang="es")),
    (
        "dentro de 30 días",
        DEC,
        q("upcoming", "2017-12-28", "2018-01-27", "dentro de 30 días", lang="es"),
    ),
    (
        "QUÉ HAY   LA PRÓXIMA   SEMANA",
        FRI,
        q("upcoming", "2017-06-26", "2017-07-02", "LA PRÓXIMA   SEMANA", lang="es"),
    ),
]


@pytest.mark.parametrize(("text", "today", "expected"), QUESTIONS, ids=[t for t, _, _ in QUESTIONS])
def test_questions_are_understood(
    text: str, today: date, expected: Question, countries: dict[str, str]
) -> None:
    assert understand(text, today=today, countries=countries) == expected


NOT_QUESTIONS = [
    "",
    "   ",
    "hola",
    "Hola!",
    "buenos días",
    "gracias!",
    "muchas gracias 🙏",
    "thank you very much",
    "ok 👍",
    "👍",
    "asdfgh",
    "jajaja",
    "hasta mañana",
    "see you tomorrow",
    "que tengas buen fin de semana",
    "Gracias por el taller",
    "Thanks for the workshop last week",
    "the meeting was great",
    "I'm in a meeting",
    "I live in Panama",
    "Panamá y Guatemala firmaron el acuerdo",
    "what's the weather like?",
    "Who are you?",
    "tengo una pregunta",
    "Saludos desde Panamá",
    "El taller fue muy útil, gracias",
    "once a week",
    "12345",
    "¿?",
    "https://example.org/docs/acta.pdf",
    "www.example.org",
    "Acta_GRCM_junio_2017.pdf",
    "conclusiones-viceministerial.docx",
    "/next",
    "¿qué vence la próxima semana? " * 11,  # over the length limit
]


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_not_questions_give_none(text: str, countries: dict[str, str]) -> None:
    assert understand(text, today=FRI, countries=countries) is None


def test_length_limit_is_inclusive(countries: dict[str, str]) -> None:
    question = "¿qué vence la próxima semana?"
    padded = question + " " * (MAX_LENGTH - len(question))
    assert len(padded) == MAX_LENGTH
    assert understand(padded, today=FRI, countries=countries) is not None
    assert understand(padded + "!", today=FRI, countries=countries) is None


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("panama", "Panamá"),
        ("PANAMÁ", "Panamá"),
        ("Republic of Panama", "Panamá"),
        ("República Dominicana", "República Dominicana"),
        ("republica dominicana", "República Dominicana"),
        ("Dominican Republic", "República Dominicana"),
        ("Rep. Dominicana", "República Dominicana"),
        ("EE.UU.", "Estados Unidos"),
        ("EE. UU.", "Estados Unidos"),
        ("United States", "Estados Unidos"),
        ("Estados Unidos de América", "Estados Unidos"),
        ("USA", "Estados Unidos"),
        ("Mexico", "México"),
        ("Méjico", "México"),
        ("Belize", "Belice"),
        ("canadá", "Canadá"),
        ("el salvador", "El Salvador"),
    ],
)
def test_countries_are_named_in_any_spelling(
    spelling: str, canonical: str, countries: dict[str, str]
) -> None:
    asked = understand(f"¿qué vence para {spelling}?", today=FRI, countries=countries)
    assert asked is not None
    assert asked.country == canonical
    assert asked.start is None  # a country is never read as a date


def test_an_alias_that_is_an_ordinary_word_needs_to_be_written_as_a_name(
    countries: dict[str, str],
) -> None:
    # "usa" is Spanish for "uses"; "US" is an everyday word in English when not in capitals.
    extra = {**countries, "us": "Estados Unidos"}
    asked = understand("¿qué vence si se usa el formulario?", today=FRI, countries=extra)
    assert asked is not None and asked.country is None
    asked = understand("tell us what is due", today=FRI, countries=extra)
    assert asked is not None and asked.country is None
    asked = understand("what is due for the US", today=FRI, countries=extra)
    assert asked is not None and asked.country == "Estados Unidos"


def test_without_a_country_table_questions_are_still_understood() -> None:
    assert understand("¿qué vence en Panamá?", today=FRI, countries={}) == q("due", lang="es")


def test_country_words_inside_other_words_are_not_countries(countries: dict[str, str]) -> None:
    asked = understand("¿qué vence para los panameños?", today=FRI, countries=countries)
    assert asked is not None and asked.country is None


def test_the_first_country_named_is_the_one_asked_about(countries: dict[str, str]) -> None:
    asked = understand("plazos de Honduras y Guatemala", today=FRI, countries=countries)
    assert asked is not None and asked.country == "Honduras"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("¿qué tiene pendiente Panamá?", None, None),
        ("Guatemala", None, None),
        ("¿qué vence en mayo?", "2018-05-01", "2018-05-31"),
        ("what may be due in June", "2017-06-01", "2017-06-30"),
        ("what may be due", None, None),
        ("may", "2018-05-01", "2018-05-31"),
        ("¿qué vence el 31 de junio?", "2017-06-01", "2017-06-30"),  # no such day: its month
        ("¿qué vence en la mañana?", None, None),  # the morning, not tomorrow
        ("¿qué hay hace 15 días?", None, None),
        ("what was due 2 weeks ago", None, None),
    ],
)
def test_no_date_out_of_stray_words(
    text: str, start: str | None, end: str | None, countries: dict[str, str]
) -> None:
    asked = understand(text, today=FRI, countries=countries)
    assert asked is not None
    assert (asked.start, asked.end) == (D(start) if start else None, D(end) if end else None)


def test_a_day_without_year_is_its_next_occurrence_from_each_today(
    countries: dict[str, str],
) -> None:
    # The same phrase asked on two days: what one day learnt must not leak into the other.
    march = "¿qué vence el 15 de marzo?"
    assert understand(march, today=FRI, countries=countries) == q(
        "due", "2018-03-15", "2018-03-15", "el 15 de marzo", lang="es"
    )
    assert understand(march, today=D("2017-03-01"), countries=countries) == q(
        "due", "2017-03-15", "2017-03-15", "el 15 de marzo", lang="es"
    )
    assert understand("qué vence el 23 de junio", today=FRI, countries=countries) == q(
        "due", "2017-06-23", "2017-06-23", "el 23 de junio", lang="es"
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_help_examples_are_understood_in_their_language(
    lang: str, countries: dict[str, str]
) -> None:
    examples = help_examples(lang)
    assert len(examples) >= 4
    for example in examples:
        for today in (FRI, DEC):
            asked = understand(example, today=today, countries=countries)
            assert asked is not None, example
            assert asked.lang == lang, example


def test_help_examples_cover_every_intent(countries: dict[str, str]) -> None:
    for lang in ("es", "en"):
        intents = {
            asked.intent
            for asked in (
                understand(e, today=FRI, countries=countries) for e in help_examples(lang)
            )
            if asked is not None
        }
        assert intents == {"next", "upcoming", "due", "events", "tasks"}


def test_help_examples_fall_back_to_spanish() -> None:
    assert help_examples("pt-BR") == help_examples("es")
    assert help_examples(None) == help_examples("es")
    assert help_examples("en-GB") == help_examples("en")
    assert help_examples("es") != help_examples("en")


def test_country_aliases_come_from_country_actors_only() -> None:
    records = [
        {
            "canonical": "Panamá",
            "kind": "country",
            "names": {"es": "Panamá", "en": "Panama"},
            "aliases": ["República de Panamá"],
        },
        {"canonical": "OIM", "kind": "organization", "names": {"es": "OIM", "en": "IOM"}},
    ]
    assert country_aliases(records) == {
        "panama": "Panamá",
        "republica de panama": "Panamá",
    }


def test_country_aliases_of_the_forum_data(countries: dict[str, str]) -> None:
    assert set(countries.values()) == {
        "Belice",
        "Canadá",
        "Costa Rica",
        "El Salvador",
        "Estados Unidos",
        "Guatemala",
        "Honduras",
        "México",
        "Nicaragua",
        "Panamá",
        "República Dominicana",
    }
    assert countries["ee.uu."] == "Estados Unidos"
    assert countries["dominican republic"] == "República Dominicana"
    assert "oim" not in countries
