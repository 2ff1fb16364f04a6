"""Where a document states its own date, and what is not a commitment around it.

Openings of real documents of other bodies (none from the gold sets), each with the address it
was read at: a publication date alone on a line is the document's, not the meeting's, when the
meeting's days follow on a title line; a record line dates a resolution; the intro clause of a
communiqué dates the meeting; none of them is a commitment.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract

DOCS = [
    (
        # https://docsbay.net/forty-fifth-regular-session (OAS General Assembly, proceedings)
        "ORGANIZATION OF AMERICAN STATES\n\nGENERAL ASSEMBLY\n\nOEA/Ser.P/XLV-O.2\n\n"
        "23 October 2015\n\nVolume I\n\nFORTY-FIFTH REGULAR SESSION\n\n"
        "Washington, D.C., United States of America\n\nJune 15-16, 2015\n\n"
        "PROCEEDINGS\n\nVOLUME I\n",
        ("2015-06-15", "2015-06-16"),
        [],
    ),
    (
        # http://docplayer.es/14787153-Medidas-para-fortalecer-la-cooperacion-internacional-en-
        # materia-de-seguridad-nuclear-radiologica-del-transporte-y-de-los-desechos.html (IAEA)
        "Conferencia General\nGC(58)/RES/10\nSeptiembre de 2014\nDistribución general\n"
        "Español\nOriginal: inglés\n\nQuincuagésima octava reunión ordinaria\n"
        "Punto 13 del orden del día (GC(58)/22)\n\nMedidas para fortalecer la cooperación "
        "internacional en materia de seguridad nuclear, radiológica, del transporte y de los "
        "desechos\n\nResolución aprobada el 25 de septiembre de 2014, en la séptima sesión "
        "plenaria\n\nLa Conferencia General,\n\na) Recordando la resolución GC(57)/RES/9 y "
        "resoluciones anteriores de la Conferencia General sobre cuestiones relativas a las "
        "medidas para fortalecer la cooperación internacional en materia de seguridad nuclear, "
        "radiológica, del transporte y de los desechos,\n",
        ("2014-09-25", "2014-09-25"),
        [],
    ),
    (
        # http://www.oas.org/en/pinfo/res/RESGA95/agd1349.htm (OAS General Assembly)
        "AG/RES. 1349 (XXV-O/95)\n\n(Resolution adopted at the ninth plenary session, held on "
        'June 9, 1995)\n\nHAVING SEEN resolution AG/RES. 997 (XIX-O/89), "Summit Meeting of '
        'Heads of State and of Government," which affirmed the need for a summit meeting of '
        "heads of state and government to seek solutions to the problems of all members "
        "states of the Organization of American States;\n\nThat the Permanent Council "
        "established a Working Group on the Summit of the Americas at its regular meeting on "
        "June 30, 1994, and that the Group identified areas in which the OAS could contribute "
        "to the Summit;\n\nTAKING NOTE that the Summit Conference on Sustainable Development "
        "will take place in Bolivia in 1996;\n",
        ("1995-06-09", "1995-06-09"),
        [("e", "1996-01-01", "1996-12-31")],
    ),
    (
        # https://oldsite.caricom.org/media-center/communications/communiques/communique-issued-
        # at-the-conclusion-of-the-twenty-fifth-inter-sessional-mee (CARICOM)
        "Communique Issued At The Conclusion Of The Twenty-fifth Inter-sessional Meeting of The "
        "Conference Of Heads Of Government Of The Caribbean Community (CARICOM)\n\n"
        "The Twenty-Fifth Inter-Sessional Meeting of the Conference of Heads of Government of "
        "the Caribbean Community (CARICOM) was held at the Buccament Bay Resort, Buccament, St. "
        "Vincent and the Grenadines, from 10-11 March 2014.  Dr. the Honourable Ralph E. "
        "Gonsalves, Prime Minister of St. Vincent and the Grenadines, who assumed the Chair of "
        "the Conference for the six-month period commencing 1 January 2014, presided.\n",
        ("2014-03-10", "2014-03-11"),
        [],
    ),
]


@pytest.mark.parametrize(("text", "meeting", "expected"), DOCS)
def test_the_document_states_its_date(
    text: str, meeting: tuple[str, str], expected: list[tuple[str, str | None, str]]
) -> None:
    result = extract(text)
    got = result.document
    assert (str(got.start), str(got.end)) == meeting
    found = [
        (c.kind[0], c.start.isoformat() if c.start else None, c.end.isoformat())
        for c in result.commitments
    ]
    assert found == expected


def test_a_publication_date_line_is_not_a_commitment() -> None:
    """The date line of a title block names the document: dropped, and it dates what follows
    when nothing else does."""
    text = DOCS[1][0].replace("Resolución aprobada el 25 de septiembre de 2014, en", "En")
    result = extract(text)
    assert result.commitments == []
    line = next(d for d in result.decisions if d.date_text == "Septiembre de 2014")
    assert not line.kept


# Who answers for a request: its addressee, not the body that asks.
WHO = [
    (
        # http://ilo.org/gb/GBSessions/WCMS_125021/lang--es/index.htm (ILO Governing Body)
        "El Consejo de Administración pidió a la Oficina que aplicara un procedimiento de "
        "consulta tripartito incluyente, transparente y exhaustivo al proceso de establecimiento "
        "del orden del día, y que organizara consultas tripartitas oficiosas para seguir "
        "afinando las propuestas de reforma del funcionamiento del Consejo de Administración y "
        "de la Conferencia Internacional del Trabajo, que serían presentadas al Grupo de "
        "Trabajo, en su reunión programada para el mes de noviembre de 2010.",
        "2010-03-24",
        ("OIT",),  # the Office, as the ILO's actors name it; not the Governing Body that asks
    ),
]


@pytest.mark.parametrize(("sentence", "ref", "who"), WHO)
def test_the_addressee_answers(sentence: str, ref: str, who: tuple[str, ...]) -> None:
    result = extract(sentence, reference_date=date.fromisoformat(ref))
    assert [c.who for c in result.commitments] == [who]
