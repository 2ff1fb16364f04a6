"""Where a document states its own date, and what is not a commitment around it.

Openings of real documents of other bodies (none from the gold sets), each with the address it
was read at: a publication date alone on a line is the document's, not the meeting's, when the
meeting's days follow on a title line; a record line dates a resolution; the intro clause of a
communiqué dates the meeting; none of them is a commitment.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.pipeline import extract

# http://ilo.org/gb/decisions/GB316-decision/WCMS_193564/lang--en/index.htm
TEXT_GB316 = (
    "Outcome of the discussion on the fifth item on the agenda: Matters arising out of the "
    "work of the 101st Session (2012) of the International Labour Conference Follow up to "
    "the decision adopted by the International Labour Conference on certain matters arising "
    "out of the report of the Committee on the Application of Standards\n\nRecord of "
    "decisions | 19 November 2012\n\nOutcome of the discussion on the fifth item on the "
    "agenda: Matters arising out of the work of the 101st Session (2012) of the "
    "International Labour Conference\n\nFollow-up to the decision adopted by the "
    "International Labour Conference on certain matters arising out of the report of the "
    "Committee on the Application of Standards\n\nThe Governing Body, noting the outcome of "
    "the informal tripartite consultations which had taken place on 19 September 2012 and "
    "the commitment to pursue discussions in a constructive manner, invited the Officers of "
    "the Governing Body to pursue informal tripartite consultations and to report to the "
    "Governing Body at its 317th Session (March 2013).\n\n(Document GB.316/INS/5/4, "
    "paragraph 14.)\n"
)

# https://ilo.org/gb/decisions/GB326-decision/WCMS_463471/lang--en/index.htm
TEXT_GB326 = (
    "Decision on the second item on the agenda: Agenda of the International Labour "
    "Conference\n\nRecord of decisions | 25 March 2016\n\nDecision on the second item on "
    "the agenda: Agenda of the International Labour Conference\n\nThe Governing "
    "Body:\n\n(a) requested the Director-General to report to its 328th Session (November "
    "2016) on the nine subjects that were under consideration for inclusion in future "
    "sessions of the Conference, and on any other new proposals;\n\n(b) provided guidance "
    "on the implementation of the strategic and coherent approach to the setting of the "
    "Conference agenda for the 107th (2018) and 108th (2019) Sessions of the "
    "Conference.\n\n(Document GB.326/INS/2, paragraph 13.)\n"
)

# https://ilo.org/gb/decisions/GB327-decision/WCMS_491003/lang--en/index.htm
TEXT_GB327 = (
    "Decision on the third item on the agenda: Questions arising out of the 105th Session "
    "of the International Labour Conference requiring immediate attention\n\nRecord of "
    "decisions | 15 June 2016\n\nDecision on the third item on the agenda: Questions "
    "arising out of the 105th Session of the International Labour Conference requiring "
    "immediate attention\n\nThe Governing Body requested the Director-General to submit to "
    "its 328th Session (October–November 2016) detailed proposals relating to the "
    "modalities of recurrent discussions, as outlined in subparagraph 15.2 of the "
    "resolution on advancing social justice through decent work, with a view to better "
    "meeting their objectives and to ensure a prompt transition from the current cycle of "
    "recurrent discussions to the next cycle. These proposals would be submitted under the "
    "item already included on the agenda for the 328th Session: Follow-up to the outcome of "
    "the evaluation of the impact of the ILO Declaration on Social Justice for a Fair "
    "Globalization, 2008.\n\n(There was no document under this item.)\n"
)

# http://derechos.org/nizkor/espana/doc/moratinos2.html
TEXT_NIZKOR_2004 = (
    "07sep04\n\nDiscurso del Ministro de Asuntos Exteriores y de Cooperación en la "
    "inauguración de la III Conferencia de Embajadores.\n\n(Madrid, lunes, 06 de septiembre "
    "de 2004 14:30)\n\nEsta III Reunión de Embajadores que hoy comienza lo hace con "
    "vocación de consolidación. Si la primera se vio interrumpida por los trágicos "
    "acontecimientos del 11 de septiembre y la segunda no pudo servir como modelo de "
    "referencia, por razones que no viene al caso explicitar, esta tercera pretende serlo "
    "en tres aspectos principales:\n"
)

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
    # a flattened PDF: the title, place and days run on into the report they head
    (
        "INTERNATIONAL COMMISSION FOR THE CONSERVATION OF SEABIRDS 31st Meeting of the Commission "
        "Lima, Peru, 8 – 12 May 2023 Report of the Meeting Agenda item 1: Opening of the meeting "
        "1. The Chair opened the meeting and welcomed the delegations. 2. The Commission agreed to "
        "hold its next meeting in Hobart in May 2024.\n",
        ("2023-05-08", "2023-05-12"),
        [("e", "2024-05-01", "2024-05-31")],
    ),
    # a headline, then a sentence that tells when the meeting will be: no title dates it
    (
        "27TH SUMMIT OF HEADS OF GOVERNMENT\n\n(Secretariat, Georgetown) When Heads of Government "
        "meet on 3-6 July 2026 in Basseterre for the Twenty-Seventh Regular Meeting, they will "
        "review migration.\n",
        ("None", "None"),
        [("e", "2026-07-03", "2026-07-06")],
    ),
    # a title too long to be anything but prose by its length, over a date line: the date line
    # dates the declaration
    (
        "Declaración de Quito - XII Conferencia de Ministros de Salud de los Países Andinos y del "
        "Caribe Hispano\n\n  14 de marzo de 2026\n\nQuito\n\n12 al 13 de marzo de 2026\n\nLos "
        "Ministros de Salud, reunidos en Quito con ocasión de la XII Conferencia, acuerdan "
        "celebrar la próxima Conferencia en Lima en marzo de 2027.\n",
        ("2026-03-12", "2026-03-13"),
        [("e", "2027-03-01", "2027-03-31")],
    ),
]


# More openings, one per rule of ba06084 they exercise: the intro clause told in the past
# ("was held", "took place") under a title block in capitals; a date in a recital ("Considerando
# …", "Destacando …") not taken for the meeting's when the document states its own.
REAL_OPENINGS = [
    (
        # http://www.yokwe.net/index.php?module=News&func=display&sid=3204&title=44th-pacific-
        # islands-forum-forum-communique (Pacific Islands Forum)
        "FORTY-FOURTH PACIFIC ISLANDS FORUM\n\nMAJURO, REPUBLIC OF THE MARSHALL ISLANDS\n\n"
        "3 – 5 SEPTEMBER 2013\n\nFORUM COMMUNIQUÉ\n\nThe Forty-Fourth Pacific Islands Forum "
        "was held in Majuro, Republic of the Marshall Islands, from 3 – 5 September 2013 and was "
        "attended by Heads of State and Government of the Cook Islands, Federated States of "
        "Micronesia, the Republic of Kiribati, the Republic of Nauru, New Zealand, Niue, Palau, "
        "Papua New Guinea, Republic of the Marshall Islands, Samoa, Solomon Islands, Tonga and "
        "Tuvalu.\n\nThe Forum Leaders Retreat was held on Eneko Island on 5 September 2013.\n",
        ("2013-09-03", "2013-09-05"),
        [],
    ),
    (
        # https://www.mfa.gov.tr/joint-statement-of-the-4th-mikta-foreign-ministers_-meeting_-
        # 15-november-2014.en.mfa (MIKTA)
        "Joint Statement of the 4th MIKTA Foreign Ministers' Meeting, 15 November 2014\n\n"
        "1. The Fourth MIKTA Foreign Ministers' Meeting took place in Brisbane on 15 November "
        "2014 in the sidelines of the G20 Summit Meeting. The meeting was attended by H.E. Mr. "
        "José Antonio Meade Kuribreña, Secretary of Foreign Affairs of Mexico; H.E. Ms. Retno L. "
        "P. Marsudi, Foreign Minister of Indonesia; H.E. Mr. Yun Byung-se, Foreign Minister of "
        "the Republic of Korea; H.E. Mr. Mevlüt Çavuşoğlu, Foreign Minister of Turkey; and H.E. "
        "Ms. Julie Bishop, Foreign Minister of Australia.\n",
        ("2014-11-15", "2014-11-15"),
        [],
    ),
    (
        # http://archives.s-cica.kz/page.php?lang=1&news_id=233&page_id=14 (CICA)
        "The Informal Meeting of the CICA Ministers of Foreign Affairs was held in New York on 25 "
        "September 2013 on the sidelines of the 68th Session of the UN General Assembly, at the "
        "initiative of the Turkish Chair. The meeting was chaired by Prof. Ahmet Davutoglu, "
        "Minister of Foreign Affairs of the Republic of Turkey.\n",
        ("2013-09-25", "2013-09-25"),
        [],
    ),
    (
        # https://deploy.studylib.es/doc/7924322/vi-reuni%C3%B3n-binacional-de-ministros-argentina
        # (Argentina-Chile binational meeting of ministers): the recitals name 2013 and May 2014.
        "VI REUNIÓN BINACIONAL DE MINISTROS ARGENTINA-CHILE\n\nDECLARACIÓN VI REUNIÓN "
        "BINACIONAL DE MINISTROS DE ARGENTINA Y DE CHILE\n\nBuenos Aires, Argentina, 29 de agosto "
        "de 2014\n\nReafirmando la voluntad de Argentina y Chile de continuar fortaleciendo los "
        "lazos de amistad que unen a ambos países así como de continuar con la profundización "
        "del proceso de integración y cooperación que se viene desarrollando en el marco del "
        "Tratado de Maipú de Integración y Cooperación del año 2009, pilar de la relación "
        "bilateral.\n\nDestacando el espíritu de hermandad y los avances alcanzados durante la V "
        "Reunión Binacional de Ministros, celebrada en Santiago, República de Chile, el 23 de "
        "agosto de 2013.\n\nConsiderando, especialmente la Declaración Presidencial de "
        "Seguimiento del Tratado de Maipú, suscripta el 12 de mayo de 2014 en la Ciudad de "
        "Buenos Aires, en ocasión de la visita de la Presidenta Michelle Bachelet a la "
        "Argentina, donde se acordó organizar la presente reunión durante el mes de agosto del "
        "corriente.\n\nSe reunieron en la ciudad de Buenos Aires, a los veintinueve días del "
        "mes de agosto de dos mil catorce, los siguientes Ministros:\n",
        ("2014-08-29", "2014-08-29"),
        [],
    ),
    pytest.param(
        # https://cancilleria.gob.ar/es/actualidad/comunicados/declaracion-de-ministros-iii-
        # reunion-bilateral-de-gabinete-de-ministros (Argentina-Chile): no date line; the
        # meeting's day is written out in the closing clause, the recitals name 2009 and 2010.
        "Considerando la firma, el 30 de octubre de 2009, y la vigencia desde el 22 de enero de "
        "2010, del Tratado de Maipú de Integración y Cooperación -complementario al Tratado de "
        "Paz y Amistad de 1984 cuyo objetivo es enmarcar la relación bilateral en un instrumento "
        "que consolida los logros institucionales alcanzados hasta el presente y proyectar a "
        "futuro la dinámica del proceso integrador binacional.\n\nResaltando la Declaración "
        "Presidencial Conjunta de los Presidentes de Chile y de la Argentina, suscrita en Buenos "
        "Aires el 8 de abril de 2010 y teniendo presente la valiosa experiencia de la II Reunión "
        "Binacional de Ministros, celebrada en Buenos Aires el 6 de agosto de 2009, los "
        "Presidentes de ambos países decidieron convocar durante el primer semestre de 2011, la "
        "III Reunión Binacional de Ministros, con el fin de ratificar la continuidad y fortaleza "
        "de la relación estratégica entre ambos países\n\nDestacando que, durante 2010 tanto "
        "Chile como la Argentina celebraron sus respectivos Bicentenarios como naciones "
        "independientes, con la participación de ambos Mandatarios en cada una de las "
        "conmemoraciones.\n\nReafirmando que la realización de la III Reunión Binacional de "
        "Ministros es el reflejo de la voluntad de ambos países de seguir profundizando el "
        "proceso de integración binacional, y de cooperación política, económica, social y "
        "cultural.\n\nSe reunieron en la ciudad de Santiago, a veintisiete días del mes de "
        "enero de dos mil once, los siguientes Ministros:\n",
        ("2011-01-27", "2011-01-27"),
        [],
    ),
    (
        # https://www.oacps.org/uncategorized/acp-group-aims-for-meaningful-strides-in-2015/
        # (ACP Council of Ministers, press release): a dateline closed by a slash dates it.
        "Brussels, 26 May 2015/ ACP: The Council of Ministers from African, Caribbean and "
        "Pacific countries opened its 101st session of today, reiterating the Group’s intention "
        "of being an effective global player, while contributing meaningfully, as a group, to "
        "the advancement of a balanced and robust post-2015 international agenda for "
        "development.\nIn this regard the 79 ACP countries preparing for strategic engagements "
        "in the Third International Conference on Financing for Development to be held in July "
        "in Addis Ababa, Ethiopia, as well as the UN Summit on the Post-2015 Development Agenda "
        "to be held in New York in September. In December, the ACP Group plans to take "
        "consolidated positions at the UN Climate Change Conference (COP21) in Paris, as well as "
        "the 10th ministerial conference of the World Trade Organisation (WTO) in Nairobi, Kenya "
        "in December.\n",
        ("2015-05-26", "2015-05-26"),
        [
            ("e", "2015-07-01", "2015-07-31"),
            ("e", "2015-09-01", "2015-09-30"),
            ("e", "2015-12-01", "2015-12-31"),
            ("e", "2015-12-01", "2015-12-31"),
        ],
    ),
    (
        # http://unis.unvienna.org/unis/en/pressrels/2005/ga10342.html (UN General Assembly,
        # press release): the date line dates it; the dateline without a year is no item; a
        # clause told in the past after its date is no item; "a summit meeting in September"
        # is the plenary meeting of 14 to 16 September said again, vaguer: one item, as the
        # held-out sets count it.
        "GA/10342\n18 April 2005\n\nNEW YORK, 15 April (UN Headquarters) -- The General "
        "Assembly today adopted a resolution, as orally revised, on preparations for and "
        "organization of its high-level plenary meeting, scheduled for 14 to 16 September, at "
        "the beginning of its sixtieth session.\n\nLast May, the Assembly decided to hold in "
        "New York in 2005 a ministerial-level meeting to review implementation of the 2000 "
        "Millennium Declaration, as well as the integrated follow-up to other major United "
        "Nations conferences and summits in the economic, social and related fields. In "
        "December, the Assembly had approved a multi-stage work plan in preparation for that "
        "event.\n\nPresenting his report “In Larger Freedom” to the Assembly on 21 March, "
        "Secretary-General Kofi Annan had stated that the main message of the five-year "
        "progress report on the implementation of the Millennium Declaration was that the aims "
        "of the Declaration could be achieved, but only if Member States were willing to adopt "
        "a package of specific, concrete decisions this year. He hoped world leaders, when they "
        "arrived at the United Nations for a summit meeting in September, would be ready to "
        "take the decisions that were needed.\n",
        ("2005-04-18", "2005-04-18"),
        [
            ("e", "2005-09-14", "2005-09-16"),
            ("e", "2005-01-01", "2005-12-31"),
        ],
    ),
    (
        # https://www.examenonuvenezuela.com/sin-categoria/consejo-permanente-de-la-oea-acuerda-
        # una-declaracion-de-apoyo-al-dialogo-en-venezuela (OAS Permanent Council, a news item):
        # a dateline in brackets; the year-less days it tells are past.
        "Consejo Permanente de la OEA acuerda una declaración de apoyo al diálogo en Venezuela\n\n"
        "(Washington DC, 21/11/2016). Este 16 de noviembre, los Estados Miembros de la OEA se "
        "reunieron en Consejo Permanente a objeto de discutir y aprobar un proyecto de "
        "declaración para apoyar el proceso de diálogo en Venezuela, en línea con el acuerdo "
        "aprobado por consenso el 1º de junio de este mismo año.\n",
        ("2016-11-21", "2016-11-21"),
        [],
    ),
    (
        # https://saarc-sec.org/index.php/press-release/107-sg-address-the-informal-meeting-of-
        # the-saarc-council-of-ministers-in-new-york (SAARC): "met informally in … on" dates it.
        "Press Release\n\nSG address the Informal Meeting of the SAARC Council of Ministers in "
        "New York\n\nSAARC Foreign Ministers met informally in New York on 25 September 2014 on "
        "the sidelines of the United Nations General Assembly (UNGA).\n\nAddressing the meeting, "
        "the Secretary-General briefed on current status of implementation of important "
        "decisions at the Thirty-fifth Session of the Council of Ministers. Further, he focused "
        "on progress in key areas of cooperation among the SAARC Member States since Thirty-fifth "
        "Session of Council of Ministers in Maldives, 20 February 2014.\n",
        ("2014-09-25", "2014-09-25"),
        [],
    ),
    (
        # https://today.az/news/politics/21536.html (OSCE Ministerial Council, a news item): the
        # date line above the text dates it; each sitting ahead is an event.
        "OSCE disclosed agenda of its Foreign Ministers meeting in Lublana\n\n30 November 2005 "
        "[03:45] - TODAY.AZ\nThe 13 sitting of the OSCE Foreign Ministers Council will be held in "
        "Lublana, Slovenia on December 5-6.\n\nOSCE also has announced an agenda of the meeting. "
        "OSCE Chairman-in-office, Slovenian Foreign Minister Dimitri Rupel is going to address "
        "the meeting on December 5 and to start the first plenary session that will take the "
        "first half of the day with the second plenary session following after a short brake."
        "\n\nThe third plenary session will take place on 6 December, the document of the "
        "Ministerial Council will be adopted, and official closing ceremony of the meeting and "
        "press conference of the OSCE Troika ministers will be held.\n\nThe OSCE Troika "
        "ministers and the ministers for foreign affairs of the partners for Cooperation will "
        "have a meeting on 4 December, on the eve of the meeting of the Ministerial Council.\n",
        ("2005-11-30", "2005-11-30"),
        [
            ("e", "2005-12-05", "2005-12-06"),
            ("e", "2005-12-05", "2005-12-05"),
            ("e", "2005-12-06", "2005-12-06"),
            ("e", "2005-12-04", "2005-12-04"),
        ],
    ),
    (
        # http://ilo.org/gb/decisions/GB316-decision/WCMS_193564/lang--en/index.htm (ILO
        # Governing Body, record of decisions): the session the item arises out of is past;
        # the report due at the next session is a deadline.
        TEXT_GB316,
        ("2012-11-19", "2012-11-19"),
        [("d", "2013-03-01", "2013-03-31")],
    ),
    (
        # ILO Governing Body, record of decisions: two sessions named with their years are events; guidance provided at the meeting is done, not due
        TEXT_GB326,
        ("2016-03-25", "2016-03-25"),
        [
            ("d", "2016-11-01", "2016-11-30"),
            ("e", "2018-01-01", "2018-12-31"),
            ("e", "2019-01-01", "2019-12-31"),
        ],
    ),
    (
        # ILO Governing Body, record of decisions: proposals due at its next session
        TEXT_GB327,
        ("2016-06-15", "2016-06-15"),
        [("d", "2016-10-01", "2016-11-30")],
    ),
    (
        # Spain's foreign minister opening a conference of ambassadors (a speech): a dateline in brackets with a weekday and a time; the tragic events of 11 September are past
        TEXT_NIZKOR_2004,
        ("2004-09-06", "2004-09-06"),
        [],
    ),
    (
        # http://unis.unvienna.org/unis/en/pressrels/2004/ga10320.html (UN General Assembly,
        # press release): a dateline without a year under the date line.
        "GA/10320\n20 December 2004\n\nNEW YORK, 17 December (UN Headquarters) -- The United "
        "Nations General Assembly today approved a multi-stage work plan ahead of the "
        "high-level commemoration of the Organization’s sixtieth anniversary -- kicking off on "
        "14 September 2005 with a three day mid-term review of worldwide progress towards "
        "attaining the Millennium Development Goals.\n",
        ("2004-12-20", "2004-12-20"),
        [("e", "2005-09-14", "2005-09-14")],
    ),
    (
        # https://www.paho.org/Spanish/GOV/CSP/ftcsp_17.htm (PAHO, XVII Pan American Sanitary
        # Conference, 1966): each resolution closes on the line that records it, its month and
        # where the Official Document prints it ("Sept.–oct. 1966 DO 74, 7"); no item, and no
        # date of the document
        "XVII Conferencia Sanitaria Panamericana\n\n\nRESOLUCIONES\n\n \n\n \n\nCSP17.R1    La "
        "XVII Conferencia Sanitaria Panamericana,\n\nHabiendo recibido el informe del grupo de "
        "trabajo sobre la aplicación del Artículo 6 de la Constitución de la Organización "
        "Panamericana de la Salud, en el que se hace constar:\n\na) Que sólo dos países "
        "(Bolivia y Haití) tienen atrasos en el pago de sus cuotas que excedan de dos años, lo "
        "cual representa el número más bajo desde hace varios años;\n\nb) Que Bolivia ha "
        "adoptado un plan financiero para el pago dentro de un plazo definido, compromiso que "
        "ha cumplido sustancialmente;\n\nResuelve:\n\n1. Tomar nota del progreso obtenido en "
        "la reducción de los atrasos en el pago de cuotas.\n\n2. Permitir que los países "
        "comprendidos en las disposiciones del párrafo B del Artículo 6 de la Constitución "
        "voten en la XVII Conferencia Sanitaria Panamericana.\n\nSept.–oct. 1966 DO 74, 7\n\n"
        " \n\n \n\nCSP17.R2    La XVII Conferencia Sanitaria Panamericana,\n\nHabiendo examinado "
        "el Informe Anual del Presidente del Comité Ejecutivo, Dr. Manoel José Ferreira, "
        "Delegado del Brasil (Documento CSP17/23), sobre las actividades desarrolladas por "
        "dicho Cuerpo Directivo durante el período transcurrido desde la XVI Reunión del "
        "Consejo Directivo, y\n\nResuelve:\n\nAprobar el Informe Anual del Presidente del "
        "Comité Ejecutivo, Dr. Manoel José Ferreira, Delegado del Brasil (Documento "
        "CSP17/23), y felicitarlo , así como a los otros miembros del Comité, por la labor "
        "realizada.\n\nSept.-oct. 1966 DO74, 8\n",
        ("None", "None"),
        [],
    ),
    (
        # https://humanrightsvoices.org/assets/attachments/documents-txt/REPORT_OF_THE_HRC_11_13_2013.doc.txt
        # (UN General Assembly, Third Committee, draft resolution A/C.3/68/L.75): the dates of
        # the resolutions it recalls, listed after one plural noun ("its resolutions 62/219 of
        # 22 December 2007, 63/160 of 18 December 2008, …"), are documents' dates, not
        # deadlines, and none of them dates the text
        "Sixty-eighth session Third Committee Agenda item 64 Report of the Human Rights Council "
        "Gabon:* draft resolution Report of the Human Rights Council The General Assembly, "
        "Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human "
        "Rights Council, and 65/281 of 17 June 2011 on the review of the Council, Recalling also "
        "its resolutions 62/219 of 22 December 2007, 63/160 of 18 December 2008, 64/143 of 18 "
        "December 2009, 65/195 of 21 December 2010, 66/136 of 19 December 2011 and 67/151 of 20 "
        "December 2012, Having considered the recommendations contained in the reports of the "
        "Human Rights Council, 1. Takes note of the report of the Human Rights Council, including "
        "the addendum thereto, and its recommendations; 2. Decides to defer consideration of and "
        "action on Human Rights Council resolution 24/24 of 27 September 2013 on cooperation with "
        "the United Nations, its representatives and mechanisms in the field of human rights, in "
        "order to allow time for further consultations thereon; 3. Also decides to conclude its "
        "consideration of Human Rights Council resolution 24/24 before the end of its "
        "sixty-eighth session.\n",
        ("None", "None"),
        [],
    ),
]


@pytest.mark.parametrize(("text", "meeting", "expected"), [*DOCS, *REAL_OPENINGS])
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


HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout" / "docs"


def test_a_record_line_dates_the_resolution_above_it() -> None:
    """PAHO's Directing Council closes each resolution with "(Second meeting, 27 September
    1999)": the date it was adopted, so the reference date, and no item."""
    text = (HELDOUT / "h07_ops_washington_1999-09_en.txt").read_text(encoding="utf-8")
    result = extract(text)
    assert result.document.end == date(1999, 9, 27)
    record = next(d for d in result.decisions if d.date_text == "27 September 1999")
    assert not record.kept
    assert result.commitments == []


def test_an_event_pages_card_is_the_meeting_and_its_own_date_line_the_reference() -> None:
    """A bank's event page: a card with the meeting's days on top, the page's own date below
    its title, then prose that announces the meeting. The meeting is ahead of the page's date,
    not under way on its own days."""
    text = (
        "Tuesday\nSeptember\n9 - 11\n2025\nLocation\nNassau, Bahamas\nEvents\n\n"
        "Annual Meeting of the Board of Governors\n\nMay 14, 2025\n\n"
        "The Annual Meeting of the Board of Governors of the Bank will take place September"
        " 9-11, 2025, in Nassau, The Bahamas.\n"
    )
    result = extract(text)
    assert [(c.date_text, c.kind, c.start, c.end) for c in result.commitments] == [
        ("September 9-11, 2025", "event", date(2025, 9, 9), date(2025, 9, 11))
    ]


def test_the_close_of_a_meeting_the_text_dates_in_full_is_no_item_of_its_own() -> None:
    text = (
        "The 30th Annual Meeting of the Board of Governors will be held in Tbilisi from Monday"
        " through Thursday, 4-7 May 2026. Business Sessions will be held on 6 and 7 May. The"
        " Meeting will close at about 5:00 pm, Thursday, 7 May.\n"
    )
    result = extract(text, reference_date=date(2026, 3, 2))
    assert [c.date_text for c in result.commitments] == ["Thursday, 4-7 May 2026", "6 and 7 May"]
    close = next(d for d in result.decisions if d.date_text == "7 May")
    assert close.reason == "dropped: the close of an event the text dates in full"
    # a week does not give the days it closes: the leaders' meeting on its last day stays
    week = (
        "Officials will meet next week in Hanoi. The meetings will conclude on Sunday, November"
        " 19, with the Leaders' Meeting.\n"
    )
    kept = [c.date_text for c in extract(week, reference_date=date(2006, 11, 6)).commitments]
    assert "November 19" in kept


def test_a_date_under_a_deadline_column_is_due_then() -> None:
    due = (
        "Lista de requisitos de información de 2023\n"
        "N.º | Información requerida | Plazo | Formulario |\n"
        "---|---|---|---|\n"
        "GEN01 | Informes anuales | 15 de septiembre | Véase el formulario |\n"
    )
    (item,) = extract(due, reference_date=date(2023, 1, 10)).commitments
    assert (item.kind, item.start, item.end) == ("deadline", None, date(2023, 9, 15))


def test_a_notices_field_of_when_is_the_heading_of_what_its_prose_dates() -> None:
    text = (
        "What? Press briefing ahead of the Annual Meetings of the Fund\n\n"
        "When? Tuesday, 14 May 2024; 10:00-11:00 GMT\n\n"
        "Where? Headquarters and by videoconference.\n\n"
        "As a prelude to the Annual Meetings, the Secretary General will hold a press briefing on"
        " Tuesday, 14 May 2024, starting at 10:00 GMT, with the Chief Economist.\n"
    )
    result = extract(text, reference_date=date(2024, 5, 6))
    assert [c.date_text for c in result.commitments] == ["14 May 2024"]
    assert any("a heading that repeats" in d.reason for d in result.decisions)


def test_a_headline_of_what_the_text_tells_as_past_is_no_item() -> None:
    text = (
        "Second Meeting of the Executive Council in 2025 Held in Ulaanbaatar\n\n"
        "The second meeting of the Executive Council of the Assembly in 2025 was held on 8-9"
        " September 2025 in Ulaanbaatar, Mongolia. Delegations of twenty member parliaments"
        " attended it and adopted its report.\n"
    )
    result = extract(text, reference_date=date(2025, 9, 10))
    assert result.commitments == []
    headline = next(d for d in result.decisions if d.begin < 60)
    assert headline.reason == "dropped: a heading of what a sentence of the text tells as past"


def test_the_date_of_a_post_a_page_quotes_is_no_item() -> None:
    text = (
        "The Authority of Heads of State will hold its ordinary session in Abuja on 10 December"
        " 2026.\n\nThe Council of Ministers met ahead of the summit.\n"
        "— Regional Commission (@regional_commission) December 8, 2026\n"
    )
    result = extract(text, reference_date=date(2026, 12, 8))
    assert [c.date_text for c in result.commitments] == ["10 December 2026"]
    post = next(d for d in result.decisions if d.date_text == "December 8, 2026")
    assert post.reason == "dropped: the date of a post the page quotes"


def test_a_week_that_holds_the_days_the_text_gives_is_the_same_meeting() -> None:
    text = (
        "The Executive Committee will hold its annual session next week in Geneva.\n\n"
        "The session opens on Monday, 29 September 2003 and closes on Friday, 3 October 2003,"
        " with a general debate on the first days.\n"
    )
    result = extract(text, reference_date=date(2003, 9, 22))
    assert "next week" not in [c.date_text for c in result.commitments]
    week = next(d for d in result.decisions if d.date_text == "next week")
    assert week.reason == "dropped: the same event, dated to the day elsewhere in the text"


def test_an_event_page_with_only_the_meetings_card_announces_the_meeting() -> None:
    """No date of its own above the prose: the card's days are the meeting's, and the prose
    that says it "will hold" them announces it, "is being held" further on or not."""
    text = (
        "51st Executive Council Meeting and Ministerial Retreat\n\n"
        "May 6, 2026 - May 8, 2026\nVenue: Roseau\n\n"
        "The Union will hold its 51st Executive Council meeting and a Ministerial Retreat from"
        " 6th to 8th May 2026. The meetings are hosted by the Government of Dominica.\n\n"
        "The Retreat is being held to obtain the guidance of the Ministers as the Union develops"
        " its next Strategic Plan.\n"
    )
    result = extract(text)
    assert [(c.kind, c.start, c.end) for c in result.commitments] == [
        ("event", date(2026, 5, 6), date(2026, 5, 8))
    ]


def test_a_pages_stamp_with_its_hour_and_poster_dates_the_page() -> None:
    text = (
        "posted Nov 13, 2015, 9:03 AM by Site Webmaster\n\n"
        "The Board participated on November 12 in Port of Spain in the meeting of experts of the"
        " Conference, whose ministerial meeting will be held in March 2016 in Trinidad.\n"
    )
    result = extract(text)
    assert [(c.date_text, c.end) for c in result.commitments] == [
        ("in March 2016", date(2016, 3, 31))
    ]
    stamp = next(d for d in result.decisions if d.date_text == "Nov 13, 2015")
    assert not stamp.kept


def test_a_headlines_month_under_a_label_is_the_event_its_text_dates() -> None:
    text = (
        "COMUNICADO DE PRENSA\n\nGuatemala recibirá en junio a las autoridades migratorias de la"
        " región\n\nCiudad de Guatemala, 10 de abril de 2026 (CRM). Delegaciones de once países se"
        " reunirán en la capital del 9 al 11 de junio próximo, con motivo de la primera reunión"
        " del año del Grupo Regional de Consulta sobre Migración.\n"
    )
    result = extract(text)
    assert [c.date_text for c in result.commitments] == ["del 9 al 11 de junio próximo"]


def test_a_head_that_records_its_meeting_dates_what_the_text_leaves_yearless() -> None:
    """A half-year that holds the meeting's days, due in the future tense, does not make the
    head announce its meeting: "reunión celebrada" records it, and its last day is the date."""
    text = (
        "Decisiones adoptadas por el Consejo de Ministros en su reunión celebrada en Asunción"
        " del 18 al 20 de junio de 2027\n\n"
        "1. Los Estados Partes deberán notificar a la Secretaría, a más tardar el 15 de julio,"
        " las medidas adoptadas.\n\n"
        "2. Los Estados Partes deberán remitir sus comentarios durante el primer semestre.\n"
    )
    result = extract(text)
    assert [(c.date_text, c.end) for c in result.commitments] == [
        ("a más tardar el 15 de julio", date(2027, 7, 15)),
        ("durante el primer semestre", date(2027, 6, 30)),
    ]


def test_a_dateline_under_a_capitalised_heading_dates_the_release() -> None:
    """The place of a dateline is the words on its own line ("San Salvador, 5 de junio de
    2027"), not the heading above ("COMUNICADO DE PRENSA"); a meeting the text calls the
    previous one does not date it."""
    text = (
        "COMUNICADO DE PRENSA\n\nSan Salvador, 5 de junio de 2027. Los Ministros de Salud de la"
        " región se reunieron hoy y acordaron celebrar su próxima reunión ordinaria en diciembre"
        " de 2027 en Panamá.\n\nAsimismo, encargaron a la Secretaría Ejecutiva presentar, a más"
        " tardar el 30 de septiembre, un informe sobre el avance del plan. La reunión anterior se"
        " realizó los días 4 y 5 de diciembre de 2026 en Tegucigalpa.\n"
    )
    result = extract(text)
    assert [(c.date_text, c.end) for c in result.commitments] == [
        ("en diciembre de 2027", date(2027, 12, 31)),
        ("a más tardar el 30 de septiembre", date(2027, 9, 30)),
    ]


def test_the_previous_meeting_is_not_the_documents() -> None:
    text = (
        "Los Ministros aprobaron el Plan de Acción y acordaron celebrar su próxima reunión en"
        " diciembre de 2027 en Panamá. La reunión anterior se realizó los días 4 y 5 de"
        " diciembre de 2026 en Tegucigalpa.\n"
    )
    result = extract(text)
    assert result.document.end is None
    assert result.reference is None


def test_a_key_dates_page_gives_each_row_its_own_kind() -> None:
    """Each line of a timetable a date opens is an item of its own: what it asks for is due
    ("Submission of …"), what opens, starts or concludes is an event; the line above is not the
    clause of the line below, and two rows on one day are two items, not a heading and its
    sentence."""
    text = (
        "Important dates\n\n"
        "Monday 14 January 2030 Online registration opens\n"
        "Friday 1 March 2030 Submission of working papers for translation\n"
        "Sunday 7 April 2030 Registration desk opens at the venue\n"
        "Sunday 7 April 2030 Meeting of the Heads of Delegation\n"
        "Monday 8 April 2030 Plenary session starts\n"
        "Friday 12 April 2030 Plenary concludes\n"
    )
    result = extract(text, reference_date=date(2029, 12, 1))
    assert [(c.end.isoformat(), c.kind) for c in result.commitments] == [
        ("2030-01-14", "event"),
        ("2030-03-01", "deadline"),
        ("2030-04-07", "event"),
        ("2030-04-07", "event"),
        ("2030-04-08", "event"),
        ("2030-04-12", "event"),
    ]


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    """ "Cr.", "Prof.", "Amb." before a name: the sentence goes on to its verb, told in the past."""
    text = (
        "Fecha: 21/05/2029\n\n"
        "Entre el 29 y 30 de abril, el Director Nacional, Cr. Julio Pérez participó de la"
        " Conferencia Regional de Directores, llevada a cabo en Asunción.\n"
    )
    assert extract(text).commitments == []


def test_the_meeting_a_news_item_reports_in_the_present_dates_it() -> None:
    text = (
        "Comité Ejecutivo se reúne en Panamá para revisar la Política Regional\n"
        "Panamá.- Este 28 y 29 de noviembre de 2029 se desarrolla la Reunión Presencial del"
        " Comité Ejecutivo, con el objetivo de revisar los hallazgos de la consulta regional.\n"
        "En esta reunión también se revisarán los puntos de la Reunión Ordinaria del Consejo, a"
        " desarrollarse el 6 y 7 de diciembre de 2029 en Colón.\n"
    )
    result = extract(text)
    assert result.reference == date(2029, 11, 29)
    assert [c.date_text for c in result.commitments] == ["6 y 7 de diciembre de 2029"]


def test_the_slot_a_resumed_meeting_was_first_given_does_not_date_it() -> None:
    """ "was originally convened from 12 to 16 June": neither the text's meeting nor an item; the
    resumed meeting's day is read in the year the file's name gives."""
    from extractors.loaders import named_date

    text = (
        "The Meeting of States Parties will be resumed at Headquarters on 28 November, from 10"
        " a.m. to 1 p.m., for the purpose of filling seats in the Commission.\n\n"
        "The Meeting of States Parties was originally convened from 12 to 16 June.\n"
    )
    result = extract(text, named=named_date("splos_newyork_2029-11_en.txt"))
    assert [(c.date_text, c.end) for c in result.commitments] == [
        ("28 November", date(2029, 11, 28))
    ]


def test_the_close_of_the_meeting_a_news_item_reports_as_opened_is_no_item() -> None:
    text = (
        "Quito, 19 ene (EFE).- Los países miembros buscan fortalecer al grupo en su VIII"
        " Asamblea Ordinaria, que se inauguró hoy en la ciudad de Guayaquil.\n"
        "Durante la cita, que terminará el próximo jueves, se elegirá al nuevo Secretario"
        " General.\n"
        "La próxima Asamblea Ordinaria se celebrará en marzo de 2032 en Lima.\n"
    )
    result = extract(text, reference_date=date(2030, 1, 19))
    assert [c.date_text for c in result.commitments] == ["en marzo de 2032"]


def test_a_meeting_told_as_held_on_a_day_dates_the_report() -> None:
    text = (
        "Principales conclusiones del Pleno\n\n"
        "El 31 de julio de 2029, se llevó a cabo la Reunión del Pleno de Representantes en la"
        " ciudad de San Salvador.\n\n"
        "La reunión plenaria fue precedida por las reuniones de los Grupos de Trabajo. Además,"
        " se llevó a cabo la Sesión Especial sobre Investigaciones Financieras con la"
        " participación de jueces y fiscales de la región el día 29 de julio.\n"
    )
    result = extract(text)
    assert result.reference == date(2029, 7, 31)
    assert result.commitments == []


def test_a_dateline_of_a_city_and_its_country_with_no_comma_before_the_date() -> None:
    text = (
        "7th Ministerial Meeting to Discuss the Regional Plan of Action\n"
        "Manado, Indonesia 28 November 2029 – The ministers of the member countries will gather"
        " in the 7th Ministerial Meeting to be held on 14th December 2029 in Manila.\n"
    )
    result = extract(text)
    assert result.reference == date(2029, 11, 28)
    assert [c.date_text for c in result.commitments] == ["14th December 2029"]


def test_a_footnote_sign_after_a_stop_ends_the_sentence() -> None:
    text = (
        "Schedule\n-\nTuesday 30 November: the day is reserved for delegations to rest.*\n"
        "The co-Chairs have scheduled a meeting of the working group on Tuesday 30 November"
        " 0900h - 1100h.\n"
    )
    (commitment,) = extract(text, reference_date=date(2027, 11, 12)).commitments
    assert commitment.quote.startswith("The co-Chairs have scheduled")


def test_meetings_that_begin_and_conclude_in_the_present_are_one_span() -> None:
    text = (
        "Georgetown, Saturday, November 11, 2028 - The Plenary and Working Group Meetings of the"
        " Task Force begins tomorrow at the Marriott Hotel.\n\n"
        "Over 200 delegates are expected for the five-day event. The meetings conclude on"
        " Thursday, November 16, 2028.\n"
    )
    result = extract(text)
    assert [(c.date_text, c.start, c.end) for c in result.commitments] == [
        ("tomorrow", date(2028, 11, 12), date(2028, 11, 16))
    ]


def test_a_numbered_timeline_is_no_title_and_each_window_is_due_by_its_end() -> None:
    text = (
        "PROPUESTA DE CALENDARIO PARA EL PROCESO DE ANÁLISIS\n"
        "1. 31 de Julio al 30 de Agosto de 2030: plazo para que los Estados Parte puedan"
        " actualizar sus respuestas al cuestionario.\n"
        "2. 1 al 9 de Diciembre de 2030: traducción de comentarios de los subgrupos y envío de"
        " los proyectos de informe.\n"
    )
    result = extract(text)
    assert result.document.end is None
    assert [(c.kind, c.end) for c in result.commitments] == [
        ("deadline", date(2030, 8, 30)),
        ("deadline", date(2030, 12, 9)),
    ]
