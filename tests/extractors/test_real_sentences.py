"""Sentences from real outcome texts of other bodies, none from the gold sets: (sentence,
reference date) -> the dated items expected. Kinds: "d" deadline, "e" event.

Bodies: ILO Governing Body, G20, Commonwealth, G7/G8, ASEAN, Ibero-American Conference,
OAS, IOPC Funds, IFAD, PAHO, UN General Assembly, Group of 77, OECD.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.pipeline import extract

ROWS = [
    # ILO Governing Body, records of decisions (English)
    (
        "The Governing Body requested the Director-General to prepare a concrete proposal on the composition of the Governing Body, for submission to the 303rd Session (November 2008) of the Governing Body.",
        "2008-05-16",
        [("d", None, "2008-11-30")],
    ),
    (
        "The Governing Body requested the Director-General to convene consultations with a view to presenting standing orders to the Governing Body for adoption at its 331st Session in November 2017.",
        "2017-03-23",
        [("d", "2017-11-01", "2017-11-30")],
    ),
    (
        "The Governing Body paid tribute to the memory of Mr Francis Blanchard and requested the Director-General to convey its sincere condolences to their respective families.",
        "2010-03-23",
        [],
    ),
    (
        "(a) adopted modifications to the Introductory note to the Compendium of rules applicable to the Governing Body as proposed in Appendix I of document GB.311/7/1;",
        "2011-06-30",
        [],
    ),
    (
        "(c) decided to discuss at its 312th Session (November 2011) the intent behind the fourth bullet point agreed in paragraph 24 of document GB.310/9/1;",
        "2011-06-30",
        [("d", "2011-11-01", "2011-11-30")],
    ),
    (
        "(e) decided to review the practical implementation of the reform package at its 318th Session (November 2013), in order to introduce the necessary adaptations.",
        "2011-06-30",
        [("d", "2013-11-01", "2013-11-30")],
    ),
    (
        "(a) that the election of the Director-General would take place at the opening of its 303rd Session, on Tuesday, 18 November 2008, at 3 p.m.",
        "2008-05-16",
        [("e", "2008-11-18", "2008-11-18")],
    ),
    (
        "(c) that the candidatures submitted by a member State had to be received by the Chairperson of the Governing Body at the latest on Friday, 17 October 2008, at 11 a.m. to be taken into consideration.",
        "2008-05-16",
        [("d", None, "2008-10-17")],
    ),
    (
        "(b) took note of the statement of the Government group and requested the Office to prepare a draft code of good practice for the 303rd Session (November 2008).",
        "2008-05-16",
        [("d", "2008-11-01", "2008-11-30")],
    ),
    ("(a) approved the minutes of its 300th Session, as amended;", "2008-05-16", []),
    (
        "(b) requested the Director-General to present an updated report to its 347th Session (March 2023), addressing the issues raised during the discussion.",
        "2022-11-04",
        [("d", "2023-03-01", "2023-03-31")],
    ),
    (
        "(c) requested the Office to organize informal consultations on the above matters prior to the 347th Session.",
        "2022-11-04",
        [],
    ),
    ("The Governing Body took note of these parts of the report.", "2010-03-23", []),
    # G20 Cannes, Commonwealth, G7 (English)
    (
        "On December 1st. 2011, Mexico will start chairing the G20.",
        "2011-11-04",
        [("e", "2011-12-01", "2011-12-01")],
    ),
    (
        "We will convene in Los Cabos, Baja California, in June 2012, under the Chairmanship of Mexico.",
        "2011-11-04",
        [("e", "2012-06-01", "2012-06-30")],
    ),
    (
        "We welcome the report of UK Prime Minister David Cameron on global governance.",
        "2011-11-04",
        [],
    ),
    ("We request our Sherpas to make us proposals for the next meeting.", "2011-11-04", []),
    (
        "Commonwealth Heads of Government met in Perth, Australia, from 28 to 30 October 2011, under the theme Building National Resilience.",
        "2011-10-30",
        [],
    ),
    (
        "Heads welcomed the report of the Eminent Persons Group and thanked members of the Group for their outstanding work.",
        "2011-10-30",
        [],
    ),
    (
        "We, the Leaders of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States met in Brussels on 4 and 5 June 2014.",
        "2014-06-05",
        [],
    ),
    (
        "The global economy has strengthened since we met at Lough Erne, downside risks remain which will need to be managed carefully.",
        "2014-06-05",
        [],
    ),
    (
        "We met in St.Petersburg for our annual Summit, 15-17 July 2006, to discuss collective approaches to pressing international issues.",
        "2006-07-17",
        [],
    ),
    (
        "On July 17 we were joined for our discussion on priority themes of the Russian Presidency by the leaders of Brazil, China, India, Mexico and South Africa.",
        "2006-07-17",
        [],
    ),
    ("We met at Gleneagles for our annual Summit, 6-8 July 2005.", "2005-07-08", []),
    (
        "The start of the G7 summit, previously scheduled for June 15 in Canada, will now take place a day later.",
        "2025-06-13",
        [],
    ),
    # ASEAN (English)
    (
        "We, the Foreign Ministers of ASEAN, met on 9 September 2020 at the 53rd ASEAN Foreign Ministers' Meeting via videoconference.",
        "2020-09-09",
        [],
    ),
    (
        "We, the Heads of State/Government of ASEAN Member States, gathered in Bangkok for the 35th ASEAN Summit on 2-3 November 2019.",
        "2019-11-03",
        [],
    ),
    (
        "We were encouraged by progress made in the realization of ASEAN's priorities in 2020.",
        "2020-11-12",
        [],
    ),
    (
        "The 20th ASEAN Plus Three Foreign Ministers' Meeting was held on 2 August 2019 in Bangkok.",
        "2019-08-02",
        [],
    ),
    (
        "They called for more projects and activities with concrete outcomes to further implement the action lines in APT cooperation over the next four years.",
        "2019-08-02",
        [("d", None, "2023-08-02")],
    ),
    (
        "The Ministers noted the further strengthening of APT cooperation and commended the steady progress in the implementation of the APT Cooperation Work Plan (2018-2022).",
        "2019-08-02",
        [],
    ),
    # Ibero-American conference, OAS, IOPC Funds, IFAD (Spanish)
    (
        "El día de hoy, 26 de noviembre, se llevó a cabo en Soldeu, Andorra, la I reunión de Ministras y Ministros de Relaciones Exteriores iberoamericanos.",
        "2019-11-26",
        [],
    ),
    (
        "En la reunión, clave para preparar la XXVII Cumbre Iberoamericana de Jefes de Estado y de Gobierno de Andorra en noviembre de 2020, estuvieron representados todos los países.",
        "2019-11-26",
        [("e", "2020-11-01", "2020-11-30")],
    ),
    (
        "En la Cumbre Iberoamericana de 2020 en Andorra se aprobará la Estrategia Iberoamericana de Innovación.",
        "2019-11-26",
        [("e", "2020-01-01", "2020-12-31")],
    ),
    (
        "Se celebró en la Ciudad de La Antigua Guatemala, la II Reunión de Ministros de Relaciones Exteriores de la Conferencia Iberoamericana.",
        "2017-12-07",
        [],
    ),
    (
        "El encuentro contó con participación de alto nivel, como parte de las actividades preparatorias previo a la celebración de la XXVI Cumbre Iberoamericana de Jefes de Estado y de Gobierno a realizarse en noviembre de 2018.",
        "2017-12-07",
        [("e", "2018-11-01", "2018-11-30")],
    ),
    (
        "Los días 6 y 7 de diciembre en la ciudad Antigua de Guatemala se realizó la Reunión de Ministros de Asuntos Exteriores de Iberoamérica.",
        "2017-12-07",
        [],
    ),
    (
        "Los cancilleres de los 22 países iberoamericanos se reunieron este 15 de noviembre en la ciudad guatemalteca de Antigua.",
        "2018-11-15",
        [],
    ),
    (
        "El Consejo Permanente aprobó hoy la postergación hasta octubre de 2020 de su quincuagésimo período ordinario de sesiones de la Asamblea General.",
        "2020-03-20",
        [("e", "2020-10-01", "2020-10-31")],
    ),
    (
        "El Consejo también encomendó a la Secretaría General presentar el programa presupuesto de la OEA para 2021.",
        "2020-03-20",
        [],
    ),
    (
        "La fecha exacta de la Asamblea General será decidida por el Consejo al menos 60 días antes del mes de octubre.",
        "2020-03-20",
        [],
    ),
    (
        "El grupo de trabajo deberá presentar el próximo viernes 15 de marzo una nueva propuesta de resolución.",
        "2013-03-13",
        [("d", None, "2013-03-15")],
    ),
    (
        "d) Celebrar reuniones simultáneas de la Asamblea del Fondo de 1992 y del Consejo Administrativo del Fondo de 1971 en octubre de 2009 con carácter de prueba.",
        "2009-06-30",
        [("e", "2009-10-01", "2009-10-31")],
    ),
    (
        "En junio de 2009, el Consejo Administrativo del Fondo de 1992 consideró las propuestas del Director y decidió lo siguiente:",
        "2009-06-30",
        [],
    ),
    (
        "El Directorio Ejecutivo preparará un informe anual, que será presentado a la Junta de Gobernadores.",
        "2020-01-01",
        [],
    ),
    (
        "Adoptada el 16 de marzo de 1946; modificada el 2 de octubre de 1969 y el 13 de junio de 1978.",
        "2020-01-01",
        [],
    ),
    (
        "De conformidad con la recomendación de la Junta Ejecutiva en su 122.º período de sesiones celebrado en diciembre de 2017, se invita al Consejo de Gobernadores a adoptar el proyecto de resolución.",
        "2018-02-13",
        [],
    ),
    (
        "Durante ese período, el Comité Ejecutivo celebró dos sesiones: la 157.a sesión, el día 2 de octubre del 2015, y la 158.a sesión, del 20 al 24 de junio del 2016.",
        "2016-08-01",
        [],
    ),
    # UN General Assembly, press releases of its meetings (English)
    (
        "The General Assembly decided today that it will convene a high-level meeting on 22 September to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action.",
        "2021-08-31",
        [("e", "2021-09-22", "2021-09-22")],
    ),
    (
        "The Assembly also decided that the United Nations Ocean Conference co-hosted by Kenya and Portugal will take place in Lisbon from 27 June to 1 July 2022.",
        "2021-08-31",
        [("e", "2022-06-27", "2022-07-01")],
    ),
    (
        "The General Assembly today adopted a resolution, as orally revised, on preparations for and organization of its high-level plenary meeting, scheduled for 14 to 16 September, at the beginning of its sixtieth session.",
        "2005-04-15",
        [("e", "2005-09-14", "2005-09-16")],
    ),
    (
        "The seventy-fifth session of the Assembly will open on Tuesday, 15 September 2020.",
        "2020-08-01",
        [("e", "2020-09-15", "2020-09-15")],
    ),
    (
        "In accordance with rule 27 of the rules of procedure, the credentials of representatives and the names of members of a delegation are to be submitted to the Secretary-General, if possible not less than one week before the opening of the session.",
        "2020-08-01",
        [],
    ),
    (
        "It also recommended that the conference, to be convened in Rabat, Morocco in December 2018, result in the adoption of an intergovernmental negotiated and agreed outcome.",
        "2018-07-24",
        [("e", "2018-12-01", "2018-12-31")],
    ),
    (
        "It also transmitted plans to convene a high-level dialogue on financing for development of the General Assembly on 23 September 2019.",
        "2018-07-24",
        [("e", "2019-09-23", "2019-09-23")],
    ),
    # Group of 77 and China, ministerial declarations (English)
    (
        "The Ministers for Foreign Affairs of the States members of the Group of 77 and China met at United Nations Headquarters in New York on 23 September 2016 on the occasion of their fortieth annual meeting.",
        "2016-09-23",
        [],
    ),
    (
        "The Ministers welcomed the outcome document adopted at the Third South Summit held in Kampala, Uganda from 21st to 22nd January 2024 and reaffirmed their commitment for its full implementation.",
        "2024-09-27",
        [],
    ),
    # OECD, ministerial communiqué (English)
    (
        "OECD members will ensure that sustainable development strategies are in place in all OECD countries by the World Summit on Sustainable Development in Johannesburg in September 2002.",
        "2001-05-17",
        [("d", None, "2002-09-30")],
    ),
    (
        "OECD will develop agreed indicators that measure progress in sustainable development and will report progress to ministers in 2002.",
        "2001-05-17",
        [("d", None, "2002-12-31")],
    ),
    # Ibero-American Summits (Spanish)
    (
        "La próxima Cumbre Iberoamericana de Jefas y Jefes de Estado y de Gobierno será celebrada el 29 de noviembre del 2024 en Quito, capital de Ecuador, país que asumió la Presidencia Pro tempore del evento.",
        "2023-03-25",
        [("e", "2024-11-29", "2024-11-29")],
    ),
    (
        "El mandatario colombiano, que hoy asumió la secretaría pro témpore y cuyo país albergará la próxima cumbre, en 2016, será el anfitrión de la primera que se celebra con carácter bienal.",
        "2014-12-09",
        [("e", "2016-01-01", "2016-12-31")],
    ),
    (
        "La XXIX Cumbre Iberoamericana de Jefes de Estado y de Gobierno concluyó este viernes, 15 de noviembre, en la ciudad de Cuenca con una declaración final aprobada.",
        "2024-11-15",
        [],
    ),
]

# Sentences the extractor still reads wrong, kept so a fix shows up (strict xfail).
KNOWN_GAPS = {
    "On December 1st. 2011": "a start of office ('will start chairing') is not typed an event",
    "En la reunión, clave para preparar": "the event noun between 'preparar' and the date",
    "En la Cumbre Iberoamericana de 2020": "a summit named with its year, without a preposition",
    "El grupo de trabajo deberá presentar el próximo viernes": "weekday and its date as one",
    "En junio de 2009, el Consejo": "a Spanish preterite ('consideró') is not read as past",
}


def _rows() -> list[object]:
    out: list[object] = []
    for row in ROWS:
        gap = next((why for start, why in KNOWN_GAPS.items() if row[0].startswith(start)), None)
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        out.append(pytest.param(*row, marks=marks))
    return out


def _found(sentence: str, ref: str) -> list[tuple[str, str | None, str]]:
    result = extract(sentence, reference_date=date.fromisoformat(ref))
    return [
        (c.kind[0], c.start.isoformat() if c.start else None, c.end.isoformat())
        for c in result.commitments
    ]


@pytest.mark.parametrize(("sentence", "ref", "expected"), _rows())
def test_real_sentence(
    sentence: str, ref: str, expected: list[tuple[str, str | None, str]]
) -> None:
    got = _found(sentence, ref)
    # A deadline's start is not compared (a window's start is allowed, a day's is None).
    norm = [(k, s if k == "e" else None, e) for k, s, e in got]
    want = [(k, s if k == "e" else None, e) for k, s, e in expected]
    assert norm == want


def test_the_table_is_large_and_varied() -> None:
    assert len({s for s, _, _ in ROWS}) == len(ROWS)
    assert sum(1 for _, _, e in ROWS if e) >= 10
    assert sum(1 for _, _, e in ROWS if not e) >= 10
