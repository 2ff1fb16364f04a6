"""Body profiles: which body a document comes from, and who answers for items of other bodies."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.actors import default_gazetteer
from extractors.bodies import identify
from extractors.cues import fold
from extractors.pipeline import extract

REFERENCE = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("head", "label", "crm"),
    [
        ("XXV Reunión del Grupo Regional de Consulta sobre Migración\nActa", "GRCM", True),
        ("Declaración de la Reunión Viceministerial\nCiudad de Panamá", "CRM", True),
        ("Acta de la reunión\nSe acordó lo siguiente:", "other", True),
        (
            "Record of decisions | 12 March 2021\nThe Governing Body decided:",
            "OIT Consejo de Administración",
            False,
        ),
        ("CP/RES. 900 (2100/21)\nEL CONSEJO PERMANENTE DE LA OEA/Ser.G,\nRESUELVE:", "OEA", False),
        (
            "Joint Statement of the Ministers of Health of the G20\nRome, 5 September 2021",
            "G20",
            False,
        ),
        # Organisations of any region are known by their names and acronyms in both languages.
        (
            "Decisiones del Consejo de Explotación Postal de la Unión Postal Universal\nBerna",
            "UPU",
            False,
        ),
        ("Report of the 40th Session of the SAARC Standing Committee\nKathmandu", "SAARC", False),
        (
            "Comunicado de la Asociación Latinoamericana de Integración\nMontevideo",
            "ALADI",
            False,
        ),
    ],
)
def test_identify(head: str, label: str, crm: bool) -> None:
    body = identify(head, fold(head))
    assert body.label.startswith(label)
    assert body.is_crm is crm


def test_body_without_profile_is_named_by_its_title() -> None:
    head = "Outcome of the Fourth Regional Forum on Water Governance\n\nThe Forum agreed:"
    body = identify(head, fold(head))
    assert not body.is_crm
    assert body.label == "Outcome of the Fourth Regional Forum on Water Governance"


ILO = "Record of decisions | 10 March 2021\n\nThe Governing Body:\n\n"
COUNCIL = "Decision adopted by the Council\n\nThe Council,\n\n"
ASSEMBLY = "Resolución aprobada por la Asamblea General de la Organización Panamericana de la Salud\n\nLa Asamblea General,\n\n"
MINISTERS = "Joint Communiqué of the Ministers of Transport\n\n"
CUMBRE = "Declaración de los Jefes de Estado y de Gobierno\n\n"

CASES = [
    # (head, sentence, expected who): the addressee or the subject, named or implied.
    (
        ILO,
        "(a) requested the Director-General to submit a report by 30 June 2021;",
        ("Director General",),
    ),
    (
        ILO,
        "(b) decided to review the matter at its 343rd Session (November 2021).",
        ("Consejo de Administración",),
    ),
    (
        ILO,
        "(c) approved the holding of a technical meeting on 4–6 October 2021.",
        ("OIT",),
    ),
    (
        COUNCIL,
        "2. Invites Member States to submit their views to the Secretariat by 15 May 2021.",
        ("Países Miembros",),
    ),
    (
        COUNCIL,
        "3. Requests the Secretariat to circulate the draft by 1 April 2021.",
        ("Secretaría",),
    ),
    (
        COUNCIL,
        "4. Requests the Secretary-General to report on progress before 31 December 2021.",
        ("Secretario General",),
    ),
    (
        ASSEMBLY,
        "5. Solicitar a la Secretaría General que presente un informe a más tardar el 30 de junio de 2021.",
        ("Secretaría General",),
    ),
    (
        ASSEMBLY,
        "6. Instar a los Estados Partes a remitir sus informes antes del 1 de octubre de 2021.",
        ("Estados Partes",),
    ),
    (
        ASSEMBLY,
        "7. Convocar la reunión del Grupo de Trabajo del 7 al 9 de septiembre de 2021.",
        ("OPS",),
    ),
    (
        MINISTERS,
        "8. We will meet again in Lisbon in November 2021 to review progress.",
        ("Países Miembros",),
    ),
    (
        CUMBRE,
        "9. Nos comprometemos a celebrar la próxima cumbre en el segundo semestre de 2022.",
        ("Países Miembros",),
    ),
    (
        MINISTERS,
        "10. Ministers tasked senior officials to finalise the action plan by end-June 2021.",
        ("Países Miembros",),
    ),
    # Members named by what binds them are kept as written.
    (
        COUNCIL,
        "11. Requests Parties to submit their national reports to the Secretariat by 31 August 2021.",
        ("Partes",),
    ),
    # Any country, under its Spanish name, whatever name the text gives it.
    (
        MINISTERS,
        "12. The Government of Kenya will host the regional workshop in Nairobi from 4 to 6 October 2021.",
        ("Kenia",),
    ),
    (
        MINISTERS,
        "13. Viet Nam will host our next meeting in Hanoi in November 2021.",
        ("Vietnam",),
    ),
    # A list of countries from outside the forum stands for the members.
    (
        CUMBRE,
        "14. Australia, Fiji, Samoa y Tonga se reunirán en Suva el 8 de octubre de 2021.",
        ("Países Miembros",),
    ),
    # A country a body's name is about is no actor.
    (
        COUNCIL,
        "15. The Commission of Inquiry on Syria will present an oral update on 27 June 2021.",
        ("Comisión",),
    ),
    # The United Nations qualify the body that meets: that body answers, under its canonical
    # name when it is known, else as written.
    (
        COUNCIL,
        "16. El Consejo de Derechos Humanos de las Naciones Unidas celebrará su período de "
        "sesiones del 13 de septiembre al 8 de octubre de 2021.",
        ("Consejo de Derechos Humanos",),
    ),
    (
        MINISTERS,
        "16b. The United Nations Committee on Space Research Coordination will meet from 13 "
        "September to 8 October 2021.",
        ("Committee on Space Research Coordination",),
    ),
    (
        MINISTERS,
        "17. The United Nations Human Rights Council will hold its next session from 13 "
        "September to 8 October 2021.",
        ("Consejo de Derechos Humanos",),
    ),
    # The organisation of another region answers for its meetings.
    (
        "Communiqué of the Council of the Baltic Sea States\n\n",
        "19. The next CBSS ministerial session will be held in June 2021.",
        ("CBSS",),
    ),
    # Whom the members thank is not who undertakes what follows.
    (
        CUMBRE,
        "18. Agradecemos a Chile por su liderazgo y nos comprometemos a reunirnos nuevamente "
        "en Lima en el segundo semestre de 2022.",
        ("Países Miembros",),
    ),
]


@pytest.mark.parametrize(("head", "sentence", "who"), CASES)
def test_who_in_other_bodies(head: str, sentence: str, who: tuple[str, ...]) -> None:
    commitments = extract(head + sentence + "\n", reference_date=REFERENCE).commitments
    assert len(commitments) == 1, [c.date_text for c in commitments]
    assert commitments[0].who == who


def test_article_and_operative_paragraph_labels_are_refs() -> None:
    text = (
        "Resolución del Consejo\n\n"
        "Artículo 2. Pedir a la Secretaría que presente el informe a más tardar el 30 de junio de 2021.\n\n"
        "OP 3. Requests the Secretariat to report by 1 May 2021.\n"
    )
    refs = [c.ref for c in extract(text, reference_date=REFERENCE).commitments]
    assert refs == ["Artículo 2", "OP 3"]


def test_crm_documents_keep_crm_actors_only() -> None:
    # "la Presidencia" is the PPT in a CRM document, never a generic chair.
    text = (
        "Reunión del Grupo Regional de Consulta sobre Migración\n\n"
        "1. Solicitar a la Presidencia Pro Tempore que circule la agenda antes del 15 de abril de 2021.\n"
    )
    (c,) = extract(text, reference_date=REFERENCE).commitments
    assert c.who == ("PPT",)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Côte d'Ivoire and Trinidad and Tobago", ["Costa de Marfil", "Trinidad y Tobago"]),
        ("Viet Nam, the Russian Federation and St. Lucia", ["Vietnam", "Rusia", "Santa Lucía"]),
        ("Mexico and the Republic of Korea", ["México", "Corea del Sur"]),
        # "Granada" is a city and "reunión" a meeting; Grenada is found by its English name.
        ("la reunión de Granada con Grenada", ["Granada"]),
    ],
)
def test_world_countries_are_named_in_spanish(text: str, countries: list[str]) -> None:
    found = [m.canonical for m in default_gazetteer().actors_in(text)]
    assert found == countries


def test_world_countries_leave_the_forum_records_alone() -> None:
    gazetteer = default_gazetteer()
    mexico = [a for a in gazetteer.actors if a["canonical"] == "México"]
    assert len(mexico) == 1 and mexico[0]["member"]
    assert "Kenia" in gazetteer.countries and "Kenia" not in gazetteer.members


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        # A city the data does not know, named before its country, is the venue as written.
        (
            "The Board will hold its next meeting in Songdo, Republic of Korea, on 4 May 2021.",
            "Songdo, Corea del Sur",
        ),
        (
            "Su próximo período de sesiones tendrá lugar en Praga (República Checa) en junio de 2021.",
            "Praga, Chequia",
        ),
        (
            "La cumbre se celebrará en la ciudad de Cuenca, Ecuador, en noviembre de 2021.",
            "Cuenca, Ecuador",
        ),
        # A known city keeps its data name; a country alone is the venue.
        (
            "La reunión se celebrará en San José, Costa Rica, del 8 al 9 de julio de 2021.",
            "San José, Costa Rica",
        ),
        ("The workshop will take place in Kenya on 3 May 2021.", "Kenia"),
        # The words of the line above are no part of the city.
        (
            "El Comité Ejecutivo se reunirá en Valparaíso\nAduanas Regionales, Chile, el 3 de "
            "mayo de 2021.",
            None,
        ),
    ],
)
def test_venue_of_another_body_s_meeting(sentence: str, where: str | None) -> None:
    commitments = extract(COUNCIL + sentence + "\n", reference_date=REFERENCE).commitments
    assert len(commitments) == 1, [c.date_text for c in commitments]
    assert commitments[0].where == where
