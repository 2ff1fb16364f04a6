"""Tables of sentence -> responsible actors (`who`), in Spanish and English.

Each sentence is extracted as a one-paragraph document whose meeting date is the reference;
it holds exactly one dated commitment.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract

REFERENCE = date(2026, 11, 20)

CASES = [
    # (sentence, expected who)
    # "el Grupo" is the RCGM only alone: not the start of another group's name
    (
        "El Grupo de Trabajo sobre Estadísticas presentará al Consejo, antes del 31 de enero de"
        " 2027, un informe.",
        (),
    ),
    (
        "El Grupo acordó que la ST circule la propuesta a más tardar el 31 de enero de 2027.",
        ("ST",),
    ),
    # The addressee of a request answers for it.
    (
        "Solicitar a la ST que circule el informe antes del 20 de diciembre.",
        ("ST",),
    ),
    (
        "Request Member Countries to submit their comments by 15 December.",
        ("Países Miembros",),
    ),
    # The nearest request that names someone: "deberá" names no one, "solicitar a" does.
    (
        "Solicitar a la OIM, en coordinación con la ST y la PPT, iniciar el proceso de "
        "contratación, el cual deberá concluirse a más tardar en marzo de 2027.",
        ("OIM", "ST", "PPT"),
    ),
    (
        "Request the IOM, in coordination with the PPT, to launch the study, which shall be "
        "completed by 31 March 2027.",
        ("OIM", "PPT"),
    ),
    # A second decision joined by "y"/"and" has its own addressee.
    (
        "Tomar nota de la propuesta de la RROCM de organizar un foro regional en marzo de "
        "2027 en San Salvador, y encargar a la ST que coordine su preparación.",
        ("RROCM",),
    ),
    (
        "Take note of the proposal by UNHCR to hold a regional dialogue in March 2027, and "
        "request the PPT to assess its feasibility together with the TS.",
        ("ACNUR",),
    ),
    # ... but asking members to confirm their attendance still belongs to the event.
    (
        "Acoger el ofrecimiento de México de ser sede del taller del 5 al 7 de mayo de 2027, "
        "y solicitar a los Países Miembros confirmar su participación.",
        ("México", "Países Miembros"),
    ),
    # Attendees and counterparts of an event do not organise it.
    (
        "Acoger el ofrecimiento de Guatemala de organizar un taller en marzo de 2027, con la "
        "participación del ACNUR.",
        ("Guatemala",),
    ),
    (
        "Welcome the offer of Belize to organize a seminar in March 2027, with the "
        "participation of UNICEF.",
        ("Belice",),
    ),
    (
        "Tomar nota de la propuesta de la RROCM de organizar un foro conjunto con la "
        "sociedad civil en marzo de 2027.",
        ("RROCM",),
    ),
    (
        "Take note of the proposal by the RNCOM to organize a civil society forum in late "
        "March 2027.",
        ("RROCM",),
    ),
    # An office taken or a role held is not a second actor.
    (
        "Aceptar el ofrecimiento de Honduras de asumir la PPT y de ser anfitrión del "
        "seminario regional durante el primer semestre de 2027.",
        ("Honduras",),
    ),
    (
        "Welcome the offer of Panama to assume the PPT and to host a regional seminar in the "
        "first half of 2027.",
        ("Panamá",),
    ),
    (
        "Aceptar el ofrecimiento de Canadá de presentar, en su calidad de Presidencia Pro "
        "Tempore, la propuesta ante el foro global que se llevará a cabo en mayo de 2027.",
        ("Canadá",),
    ),
    # Recipients are not responsible; the body that circulates something is.
    (
        "Solicitar a la ST la revisión del Plan de Acción para la consideración del GRCM, en "
        "un plazo máximo de tres meses.",
        ("ST",),
    ),
    (
        "Tomar nota de los criterios que la ST está elaborando, los que se circularán a "
        "finales de enero de 2027, para consideración y observación de los países miembros.",
        ("ST",),
    ),
    (
        "La propuesta será circulada entre los países miembros a través de la ST antes del "
        "31 de diciembre.",
        ("ST",),
    ),
    (
        "The proposal will be circulated to Member Countries through the TS by 31 December.",
        ("ST",),
    ),
    # A clause after the date with its own subject speaks of something else.
    (
        "Que los Países Miembros remitan, a más tardar el 15 de diciembre, la información, la "
        "cual será utilizada por la OIM para el diagnóstico regional.",
        ("Países Miembros",),
    ),
    (
        "Member Countries shall send the data by 15 December, which the IOM will compile.",
        ("Países Miembros",),
    ),
    (
        "La versión final será distribuida por la OIM la primera semana de enero de 2027, "
        "esperándose las respuestas de los Países Miembros más adelante.",
        ("OIM",),
    ),
    # A decision to send something to a body, with no sender named: the members send it.
    (
        "Remitir a la ST comentarios sobre el borrador de afiche antes del 30 de diciembre.",
        ("Países Miembros",),
    ),
    (
        "Submit to the TS comments on the draft poster by 30 December.",
        ("Países Miembros",),
    ),
    # ... unless the members are the ones who receive it.
    (
        "Presentar a los Países Miembros el informe de evaluación antes del 30 de diciembre.",
        (),
    ),
    # The Vice-Ministerial meeting is hosted by the country where it is held.
    (
        "Confirmar que la XXXIII Reunión Viceministerial se celebrará en mayo de 2027 en la "
        "Ciudad de Guatemala, ocasión en la que Belice asumirá la PPT.",
        ("Guatemala",),
    ),
    (
        "Agree that the XXIX Vice-Ministerial Meeting will take place in Santo Domingo in "
        "May 2027.",
        ("República Dominicana",),
    ),
    # ... but no venue, or another kind of event, names no host.
    (
        "Agree that the XIII Vice-Ministerial Meeting will be held in the first half of 2027.",
        (),
    ),
    (
        "El Foro sobre sector privado y migración se realizará en junio de 2027 en El Salvador.",
        (),
    ),
    # A thanked or congratulated actor is not responsible for what follows.
    (
        "Agradecer a México su apoyo; realizar un taller en mayo de 2027 con el apoyo de la OIM.",
        ("OIM",),
    ),
    (
        "Thank Canada for its support; hold a workshop in May 2027 with the support of IOM.",
        ("OIM",),
    ),
    (
        "Manifestar nuestra congratulación a México por su elección; al mismo tiempo, "
        "expresar el interés en que los Países Miembros participen en la conferencia "
        "preparatoria, a celebrarse en Panamá en 2027.",
        ("Países Miembros",),
    ),
    # A supporting body named after the date still answers for the event.
    (
        "Realizar un taller regional en mayo de 2027, contando con el apoyo de la OIM.",
        ("OIM",),
    ),
    (
        "Hold a regional workshop in May 2027 with the support of UNHCR as well as the IOM.",
        ("ACNUR", "OIM"),
    ),
    # A place is not an actor.
    (
        "Realizar un taller en Costa Rica en marzo de 2027 con el apoyo de la OIM.",
        ("OIM",),
    ),
]


@pytest.mark.parametrize(("sentence", "who"), CASES)
def test_who(sentence: str, who: tuple[str, ...]) -> None:
    commitments = extract(sentence, reference_date=REFERENCE).commitments
    assert len(commitments) == 1, [c.date_text for c in commitments]
    assert commitments[0].who == who


LETTER_ES = (
    "SECRETARÍA TÉCNICA\nCONFERENCIA REGIONAL SOBRE MIGRACIÓN\n\n"
    "San José, 3 de marzo de 2026\n\n"
    "Para:    Puntos focales de los Países Miembros\n"
    "C. c.:   Presidencia Pro-Témpore (PPT)\n"
    "Asunto:  Directorio de la Red consular\n\n"
    "Estimados puntos focales:\n\n"
    "Les rogamos devolver el formulario completo, a más tardar el viernes 20 de marzo de 2026,"
    " a la Secretaría Técnica (ST).\n\n"
    "La ST circulará el directorio actualizado antes del 30 de abril de 2026.\n"
)
LETTER_EN = (
    "From: RCM Technical Secretariat\nTo: RCM Focal Points\nSubject: Workshop\n\n"
    "Dear Focal Points,\n\n"
    "Please confirm the names of your delegates to the Technical Secretariat by Friday,"
    " 13 February 2026.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LETTER_ES, [("20 de marzo", ("Países Miembros",)), ("30 de abril", ("ST",))]),
        (LETTER_EN, [("13 February", ("Países Miembros",))]),
    ],
)
def test_a_letter_asks_its_readers(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    """What a letter asks of its readers ("Les rogamos…", "Please…") is theirs to do: the
    members its "Para:"/"To:" line names through their focal points, not the office they
    send it to; what the sender says it will do stays the sender's."""
    items = extract(text).commitments
    assert [(next(e for e, _ in expected if e in c.date_text), c.who) for c in items] == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Decisiones adoptadas por la Conferencia de los Estados Partes en su reunión celebrada"
            " en Viena el 20 de noviembre de 2026\n\n1. Los Estados Partes deberán notificar a la"
            " Secretaría, a más tardar el 31 de enero de 2027, las medidas adoptadas.\n",
            ("Estados Partes",),
        ),
        (
            "Decisions adopted by the Conference of the Parties at its meeting held in Vienna on"
            " 20 November 2026\n\n1. The Parties shall notify the Secretariat, by 31 January"
            " 2027, of the measures taken.\n",
            ("Partes",),
        ),
    ],
)
def test_whom_the_parties_notify_does_not_answer(text: str, who: tuple[str, ...]) -> None:
    """ "notificar a la Secretaría", "notify the Secretariat": the parties that tell answer."""
    (commitment,) = extract(text).commitments
    assert commitment.who == who
