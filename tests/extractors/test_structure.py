"""Whole documents: the meeting, paragraph refs, noise, compilations, open tasks, verbatim quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.model import NamedDate
from extractors.pipeline import extract
from extractors.structure import clean, sentence_bounds, start_of_line

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

GRCM_ES = """Conferencia Regional sobre Migración
Regional Conference on Migration

REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)

**Tegucigalpa, Honduras
10 al 12 de marzo de 2026**

El Grupo Regional de Consulta sobre Migración (GRCM), reunido en la ciudad de Tegucigalpa, \
Honduras, del 10 al 12 de marzo de 2026, con la presencia de delegaciones de Belice, Canadá, \
Guatemala y México, adoptó las siguientes:

CONCLUSIONES

1. Agradecer a Honduras por la presentación de su Plan de Trabajo 2026.
2. En relación con el informe de la Secretaría Técnica (ST):
 - a) Instar a los Países Miembros a realizar sus aportes a más tardar el 30 de abril de 2026.
 - b) Pedir a la ST que circule el proyecto de presupuesto para 2027 en un plazo de 60 días.
3. Solicitar a México que presente, en la próxima reunión del GRCM, una versión actualizada \
del directorio consular regional.
4. Llevar a cabo la reunión presencial de la Red del 3 al 5 de junio en Ciudad de Panamá, con \
el auspicio del Gobierno de Panamá y el apoyo de la OIM. Se solicita a los Países Miembros \
enviar a la ST la confirmación de sus delegados a más tardar el 8 de mayo.



Conferencia Regional sobre Migración
Regional Conference on Migration

5. Realizar un taller subregional en el tercer trimestre de 2026 en San José, Costa Rica.
6. Recibir el informe del Taller regional celebrado el 3 de febrero en San Pedro Sula.

RECOMENDACIONES

1. Aprobar el documento "Lineamientos" a más tardar en el primer trimestre de 2027.
"""


def test_meeting_of_a_spanish_grcm():
    doc = extract(GRCM_ES).document
    assert doc.body == "GRCM"
    assert doc.lang == "es"
    assert (doc.start, doc.end) == (date(2026, 3, 10), date(2026, 3, 12))
    assert doc.place == "Tegucigalpa, Honduras"
    assert doc.countries == ("Belice", "Canadá", "Guatemala", "México")


def test_refs_kinds_and_attributions():
    found = {c.date_text: c for c in extract(GRCM_ES).commitments}
    assert set(found) == {
        "a más tardar el 30 de abril de 2026",
        "en un plazo de 60 días",
        "del 3 al 5 de junio",
        "a más tardar el 8 de mayo",
        "en el tercer trimestre de 2026",
        "a más tardar en el primer trimestre de 2027",
    }
    assert found["a más tardar el 30 de abril de 2026"].ref == "2.a"
    assert found["en un plazo de 60 días"].ref == "2.b"
    assert found["en un plazo de 60 días"].end == date(2026, 5, 11)
    assert found["en un plazo de 60 días"].who == ("ST",)
    meeting = found["del 3 al 5 de junio"]
    assert (meeting.ref, meeting.kind, meeting.confirm) == ("4", "event", True)
    assert meeting.where == "Ciudad de Panamá, Panamá"
    assert meeting.who == ("Panamá", "OIM")
    confirm = found["a más tardar el 8 de mayo"]
    assert (confirm.kind, confirm.confirm, confirm.who) == ("deadline", True, ("Países Miembros",))
    workshop = found["en el tercer trimestre de 2026"]
    assert workshop.where == "San José, Costa Rica"
    assert workshop.what.startswith("Taller subregional")
    recommendation = found["a más tardar en el primer trimestre de 2027"]
    assert recommendation.ref == "1"  # numbering restarts in the RECOMENDACIONES section


def test_running_headers_and_markdown_are_noise():
    text = GRCM_ES
    cleaned = clean(text)
    assert len(cleaned) == len(text)
    assert "**" not in cleaned
    assert "Regional Conference on Migration" not in cleaned
    for c in extract(text).commitments:
        assert "Regional Conference" not in c.quote
        assert c.quote in text and c.date_text in text


def test_open_task_tied_to_next_meeting():
    tasks = extract(GRCM_ES).undated
    directory = next(t for t in tasks if "directorio consular" in t.quote)
    assert directory.anchor == "next GRCM meeting"
    assert directory.who == ("México",)
    assert directory.ref == "3"
    # Thanks are not tasks.
    assert not any(t.quote.startswith("Agradecer") for t in tasks)


def test_bookmarks_and_decision_labels():
    text = (
        "XXI REUNIÓN VICEMINISTERIAL DE LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN\n"
        "Ciudad de Panamá, Panamá, 28 y 29 de junio de 2012\n\nDECISIONES\n\n"
        "Decisión 3. [bookmark: OLE_LINK29]Instar a los Países Miembros a comunicar a la ST, a más "
        "tardar el 31 de agosto, el monto de sus aportes.\n\n"
        "Decisión 4. Realizar un seminario del 31 de octubre al 2 de noviembre de 2012 en San José.\n"
    )
    result = extract(text)
    assert result.document.body == "CRM"
    refs = [(c.ref, c.end) for c in result.commitments]
    assert refs == [("Decisión 3", date(2012, 8, 31)), ("Decisión 4", date(2012, 11, 2))]
    assert "bookmark" not in result.commitments[0].quote
    assert result.commitments[0].quote in text


COMPILATION = """Compilation of RCM agreements

I. MEETING OF THE REGIONAL CONSULTATION GROUP ON MIGRATION (RCGM)
Managua, Nicaragua, 12-13 November 2013
Conclusions

7. Request the TS to circulate the guidelines to Member Countries by 31 January.

II. XIX VICE-MINISTERIAL MEETING OF THE REGIONAL CONFERENCE ON MIGRATION
Managua, Nicaragua, 26-27 June 2014
Decisions

14. Instruct the TS to submit a revised version of the guidelines by 31 January.
"""


def test_compilation_excerpts_have_their_own_reference_dates():
    result = extract(COMPILATION)
    assert result.document.start is None and result.document.end is None
    ends = [(c.ref, c.end, c.ref_date) for c in result.commitments]
    assert ends == [
        ("7", date(2014, 1, 31), date(2013, 11, 13)),
        ("14", date(2015, 1, 31), date(2014, 6, 27)),
    ]


def test_nested_refs_with_roman_sub_items():
    text = (
        "CONCLUSIONES\n\n7. Actualizar el calendario de la CRM:\n"
        "- h. Taller sobre Reintegración, en México\n"
        "- i. Talleres para la implementación de la Guía\n"
        "- p. Reuniones bilaterales:\n"
        " - i. Intercambio de información.\n"
        " - iii. Realizar la primera reunión entre México y Panamá a más tardar el 30 de "
        "junio de 2022.\n"
    )
    (c,) = extract(text, reference_date=date(2021, 12, 1)).commitments
    assert c.ref == "7.p.iii"


def test_document_without_dates_gives_empty_result():
    result = extract("Agradecer a la OIM por su apoyo.\n", reference_date=date(2020, 1, 1))
    assert result.commitments == [] and result.undated == []


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples_quote_verbatim_and_dates_are_consistent(path):
    text = path.read_text(encoding="utf-8")
    result = extract(text)
    assert result.commitments
    for c in result.commitments:
        assert c.date_text in text
        assert c.quote in text
        assert c.date_text in c.quote
        assert c.start is None or c.start <= c.end
        assert c.kind in ("deadline", "event")
        assert c.ref_date is not None and c.end >= c.ref_date
        if c.kind == "event":
            assert c.start is not None


WORK_PLAN = """Plan de Trabajo de la Presidencia Pro Tempore 2018
Conferencia Regional sobre Migración
Ciudad de Panamá, 15 de febrero de 2018

Actividad                                         Fecha                 Responsable
Reunión del Grupo Ad Hoc sobre niñez migrante     12 de abril de 2018   PPT / ST
Taller sobre trata de personas                    mayo de 2018          Guatemala, OIM
Primera reunión del GRCM                          21-22 de junio de 2018  PPT
"""


def test_each_row_of_a_table_is_its_own_passage():
    rows = [(c.kind, c.date_text, c.who, c.what) for c in extract(WORK_PLAN).commitments]
    assert rows == [
        (
            "event",
            "12 de abril de 2018",
            ("PPT", "ST"),
            "Reunión del Grupo Ad Hoc sobre niñez migrante",
        ),
        ("event", "mayo de 2018", ("Guatemala", "OIM"), "Taller sobre trata de personas"),
        ("event", "21-22 de junio de 2018", ("PPT",), "Primera reunión del GRCM"),
    ]


def test_a_tab_after_a_paragraph_number_is_not_a_table():
    text = "2.\tAprobar que la ST presente el informe\nen la próxima reunión, a más tardar el 15 de julio de 2018."
    spans = sentence_bounds(text, 0, len(text))
    assert [text[b:e] for b, e in spans] == [text]


def test_a_headline_in_capitals_is_a_sentence_of_its_own() -> None:
    text = (
        "COUNCIL HOLDS ITS NINTH SESSION FROM 4 TO 8 MAY\n"
        "The Council will hold its ninth regular session from 4 to 8 May in Geneva.\n"
        "It will adopt\nits report.\n"
    )
    spans = [text[b:e] for b, e in sentence_bounds(text, 0, len(text))]
    assert spans == [
        "COUNCIL HOLDS ITS NINTH SESSION FROM 4 TO 8 MAY",
        "The Council will hold its ninth regular session from 4 to 8 May in Geneva.",
        "It will adopt\nits report.",
    ]


def test_a_records_repeated_indented_field_is_no_running_header() -> None:
    text = "".join(
        f"{n}.1 Activity number {n}\n    Responsible: PPT\n    Timeline: June 2010\n\n"
        for n in range(1, 5)
    )
    assert clean(text).count("Responsible: PPT") == 4
    # a short line repeated on the pages, flush left, still is
    pages = "\f".join(f"Conclusiones GRCM\nPárrafo {n} de la página.\n" for n in range(3))
    assert "Conclusiones GRCM" not in clean(pages)


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "The Union will hold its Executive Council meeting and the Inaugural Caribbean ICT"
            " Ministers’ Retreat from 11th to 13th April 2024.",
            "Inaugural Caribbean ICT Ministers’ Retreat",
        ),
        ("The Sixth Regional Conference on Migration will be held on 4 May 2024.", "Sixth"),
        ("La LIII Reunión de Jefes de Estado se celebrará el 5 de junio de 2024.", "LIII Reunión"),
        # an article is no part of the name
        ("The Summit will be held in Berlin on 28 June 2024.", "Summit"),
        ("El Foro sobre Migración se celebrará el 5 de junio de 2024.", "Foro sobre Migración"),
    ],
)
def test_an_events_description_starts_with_its_name(sentence: str, what: str) -> None:
    (item,) = extract(sentence, reference_date=date(2024, 1, 10)).commitments
    assert item.what.startswith(what), item.what


def test_dates_listed_under_a_sentence_that_introduces_deadlines_are_due_then() -> None:
    text = (
        "Ninth Meeting of the Advisory Committee\n\n"
        "The Ninth Meeting of the Advisory Committee will be held from Monday, 9 May to Friday,"
        " 13 May 2016.\n\n"
        "The deadlines for submission and distribution of meeting documents follow:\n\n"
        "2 January 2016.  Draft agenda distributed\n\n"
        "1 February 2016.  New items for inclusion in the agenda submitted to Secretariat\n\n"
        "28 March 2016.  Information papers for Working Group meetings submitted to Secretariat\n"
    )
    got = [
        (c.date_text, c.kind) for c in extract(text, reference_date=date(2015, 11, 20)).commitments
    ]
    assert got == [
        ("from Monday, 9 May to Friday, 13 May 2016", "event"),
        ("2 January 2016", "deadline"),
        ("1 February 2016", "deadline"),
        ("28 March 2016", "deadline"),
    ]


def test_a_deadline_label_may_say_what_it_is_for() -> None:
    text = (
        "Call for nominations of authors\n\n"
        "Governments are invited to nominate experts through their focal points.\n\n"
        "Deadline for submission: Friday, October 20, 2017 (midnight CEST)\n"
    )
    (item,) = extract(text, reference_date=date(2017, 9, 1)).commitments
    assert (item.kind, item.end) == ("deadline", date(2017, 10, 20))


def test_a_calendar_of_activities_is_no_documents_date() -> None:
    # its first row is no meeting's date: each row is an event, in the year of the title
    text = (
        "Calendar of activities for 2019\n"
        "Date Event Topic Venue\n"
        "July 15-19 Financial Soundness Indicators Course Mexico City\n"
        "August 5-6 Intermediate Meeting of the Working Group Mexico City\n"
        "August 19-23 Financial Programming Course Mexico City\n"
    )
    result = extract(text, named=NamedDate(date(2019, 7, 1)))
    assert result.document.end is None
    assert [(c.date_text, c.start) for c in result.commitments] == [
        ("July 15-19", date(2019, 7, 15)),
        ("August 5-6", date(2019, 8, 5)),
        ("August 19-23", date(2019, 8, 19)),
    ]


def test_an_event_from_a_day_that_runs_until_another_is_one_span() -> None:
    text = (
        "Expertos debaten en Buenos Aires\n\n"
        "Los científicos debatirán a partir de mañana 25 de marzo, en Buenos Aires, en la XXV"
        " Reunión de Administradores.\n\n"
        "El encuentro, que se desarrollará hasta el próximo viernes, es la reunión más"
        " importante de la región.\n"
    )
    # a page named for March 2014 that prints no date: Friday is that of the week of the 25th
    (item,) = extract(text, named=NamedDate(date(2014, 3, 1))).commitments
    assert (item.start, item.end) == (date(2014, 3, 25), date(2014, 3, 28))


def test_start_of_line_is_where_a_search_back_for_a_line_break_ends() -> None:
    long_line = "La Comisión se reunirá en Quito. " * 40  # over a thousand characters, no break
    texts = [
        "uno\ndos\n\ntres\n",
        long_line,
        "Plazo: 15 de julio\n" + long_line + "\nFecha: 3 de agosto\n" + long_line,
        "",
    ]
    for text in texts:
        for pos in [*range(-5, len(text) + 3, 7), -len(text) - 2, len(text)]:
            assert start_of_line(text, pos) == text.rfind("\n", 0, pos) + 1, (text[:20], pos)
