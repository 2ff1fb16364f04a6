"""Rules for which no real sentence has been found yet, tested on texts written for the purpose
(the real ones live in test_head_and_kind_cues.py, test_page_cues.py and their neighbours):

- a document that states no date of its own but says which year it is written in ("este año
  2014", "en lo que resta de 2021", a calendar titled "CALENDARIO DE ACTIVIDADES 2026", above
  its prose or over the table it heads) reads its yearless days and months in that year;
- a date under its publication label ("Fecha de publicación:⏎22 Enero 2017") is the page's;
- failing that, a day without a year is its nearest occurrence to the first year-bearing date
  the text keeps; failing that, days written with their weekday ("on Tuesday, 14 January")
  that all fall on it in the latest year the text writes, not told as its past, place it;
- what closes or lapses on a date is a deadline;
- a meeting dated by its month and again to the day is one item;
- "ahead of" a meeting that convenes on the date names the meeting's own date;
- a deadline counted back from a meeting the text dates ("hasta un mes antes de las
  audiencias") is that meeting's first day less the period, and one counted on from its close
  ("within two weeks after the close of the regional workshop") its last day and the period;
- "on or before" a date is a deadline;
- "desde el … hasta el …" opens a span of days, not a start of validity;
- the period an office is held ("ocupará la Presidencia Pro Témpore en 2016"), or a mandate
  extended to a day ("Prorrogar hasta el 30 de junio de 2013 el mandato"), is no item;
- a date alone in a table's cell is due for what its item asks for ("b. Information on …",
  "Nomination of …");
- a heading line or a message's subject line that repeats the dates a sentence gives is no
  second item;
- a date that is the value of a record's field ("Plazo: julio de 2023") is read with the
  record's description ("Compromiso: Diálogo con la RROCM …") and dropped when its status says
  it is over ("Estado: Cumplido"), and a date still to be set ("en fecha por confirmar") asks no
  one for a confirmation;
- a preamble recital on another body's meeting ("TENIENDO EN CUENTA que la Asamblea General de
  las Naciones Unidas celebrará en 2013 …") is no commitment;
- what is said not to happen ("no será reprogramado durante el presente año"), the day of a
  text's version ("Versión actualizada al 13 de febrero de 2026"), projections ("could double
  by 2015"), days of travel ("la llegada el lunes 20 de agosto"), the
  day a report was prepared ("Prepared by the Technical Secretariat - 28 March 2014") and the day
  a put-off workshop was set for before are no items;
- a weekday named without its date ("on Sunday") is read as that weekday nearest to the days
  the text keeps, when those lie within one week, and not otherwise;
- a meeting "se pospone" after its date is no item, and an hour after another day ("a las 17:00
  horas") is no new date it moves to;
- a month counted from the month of writing ("next month") and a part of a year counted from its
  year ("in the first half of next year", "para finales de enero del próximo año") are read
  from the file's name; "the end of the year" and "next year" alone are not;
- a news dateline without its year ("SILCHAR, Nov 14:") takes the file's year and dates the
  text, and the last meeting of a series ("The last India-Nepal border Joint Working Group
  meeting was held from 5 to 7 March") is not the text's own;
- a page's "Last Updated" date dates neither it nor its meeting when a "Published on" date is
  there; a labelled stamp at its foot is no item; the entries under "Next sessions" are ahead;
- a deadline in the months before the meeting a file is named for is not its past;
- a page that asks to confirm attendance announces its meeting, and the numbered sittings of a
  meeting on its days are the same meeting; a quarter alone on a line heads the events under
  it;
- a clause a place or an occasion opens, its date on a day, then told in the past ("At a
  ceremony … on Monday, 3 March, the agreement was signed") is past, and so is one a capital
  opens after a title run on into the text ("… renta media Los días 3 y 4 de octubre de 2031,
  se llevó a cabo").
- a weekday with its day in brackets after "próximo" ("el próximo miércoles (21)") is read in
  the month of the file's name; a place and a date closing the text, a stop after them
  ("Lima, 23 de julio de 2031."), date it; a month and days in it in one sentence are one event
  even when the file's name gives their year;
- a date that opens a clause whose meeting, named at length, "will be held" is that meeting,
  announced; one whose meeting "was held" dates the text;
- a meeting whose outcome the text recalls ("los mandatos emanados del encuentro …, celebrado
  … el 30 de octubre de 2019") does not date it, and a span of weeks in the prose below a
  title is no title block's;
- an English simple past with its object governs the date after it ("The Secretariat therefore
  facilitated the conduct of the Teleconference Session of the Council on 19 May 2032");
- a dateline "Bogotá, abr. 1/32 (Cancillería)" dates the text;
- in a text with no date of its own nor a dated file name, a year written in the name of what
  its first yearless day's sentence sets ahead ("The 2031 Regional Water Summit will take place
  from 22 to 24 May") is the year of its yearless days; not a year a preposition governs, a
  period's or a plan's;
- in a text with no date of its own, an irregular English past with its object governs the
  date after it ("Chile became a Party to the Agreement in December 2005"), a "to" before a
  noun looking nothing ahead;
- in a text with no date of its own nor a dated file name, what it dates with its year more
  than a year before the first date it tells ahead, and does not tell ahead itself, is its past;
- a day whose year is counted from the year of writing ("los días 8 y 9 de diciembre de este
  año", "on 14 and 15 May next year") is read from the file's name, but not a weekday said to
  be next ("el jueves próximo").

Each row is (text, expected items), read with no reference date; the items are what an
annotator reads (../shared/eval/SCHEMA.md).
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.model import NamedDate
from extractors.pipeline import extract

Item = tuple[str, str | None, str]

ROWS: list[tuple[str, list[Item]]] = [
    # the year the text says it is written in
    (
        "Los cancilleres acordaron las reuniones ministeriales que se celebrarán en lo que resta"
        " de 2021: la de Turismo, el 21 de octubre, y la de Cultura, el 26 de noviembre.",
        [("e", "2021-10-21", "2021-10-21"), ("e", "2021-11-26", "2021-11-26")],
    ),
    (
        "For the rest of 2021 the Bureau will meet on 4 October to prepare the Council.",
        [("e", "2021-10-04", "2021-10-04")],
    ),
    (
        "La Secretaría informó que la Cumbre de este año 2014 se celebrará los días 8 y 9 de"
        " diciembre en Veracruz.",
        [("e", "2014-12-08", "2014-12-09")],
    ),
    (
        "The Council, which this year (2019) meets in Nairobi, will hold its session on"
        " 4 and 5 November.",
        [("e", "2019-11-04", "2019-11-05")],
    ),
    # the nearest occurrence to a year-bearing date kept: after it, and before it
    (
        "El Ministro viajará a Lima del 20 al 22 de agosto de 2025 para asistir a la reunión"
        " de presidentes, que se realizará el 22 de agosto.",
        [("e", "2025-08-20", "2025-08-22"), ("e", "2025-08-22", "2025-08-22")],
    ),
    (
        "Los cancilleres se reunirán el 20 y 21 de agosto en Comayagua para preparar la Cumbre"
        " que se celebrará en enero de 2013 en Santiago.",
        [("e", "2012-08-20", "2012-08-21"), ("e", "2013-01-01", "2013-01-31")],
    ),
    # a weekday said from the moment of writing is read in the week of the days the text keeps
    # (see the tests below), and nothing else said so is read from another date of the text
    (
        "La reunión de ministros se realizará del 3 al 5 de mayo de 2016; la de coordinadores,"
        " este jueves, y la de expertos, la próxima semana.",
        [("e", "2016-05-03", "2016-05-05"), ("e", "2016-05-05", "2016-05-05")],
    ),
    # what closes on a date
    (
        "El registro de participantes para la reunión de mayo de 2018 cierra el 15 de abril"
        " de 2018.",
        [("e", "2018-05-01", "2018-05-31"), ("d", None, "2018-04-15")],
    ),
    (
        "The call for nominations for the 2021 Award closes on 30 June 2021.",
        [("d", None, "2021-06-30")],
    ),
    # one meeting dated by its month in a heading and to the day in the text
    (
        "La Junta sesionará en octubre de 2015 en Cancún\n\nLa Junta Interamericana sesionará"
        " del 19 al 23 de octubre de 2015 en Cancún.",
        [("e", "2015-10-19", "2015-10-23")],
    ),
    # "ahead of" a meeting that convenes on the date, and one that is asked for before it
    (
        "Ministers reviewed priorities ahead of the Heads of Government Meeting, which will"
        " convene in Apia in October 2024.",
        [("e", "2024-10-01", "2024-10-31")],
    ),
    (
        "Member States are invited to send their comments ahead of the Council session on 5 May 2024.",
        [("d", None, "2024-05-05")],
    ),
    # counted back from the meeting the text dates
    (
        "Las audiencias públicas del período de sesiones se llevarán a cabo del 21 al 24 de junio"
        " de 2022. Las solicitudes se recibirán hasta un mes antes de las audiencias.",
        [("e", "2022-06-21", "2022-06-24"), ("d", None, "2022-05-21")],
    ),
    (
        "The Committee will hold its session from 3 to 7 May 2021 in Vienna. Written statements"
        " shall reach the Secretariat no later than 30 days before the session.",
        [("e", "2021-05-03", "2021-05-07"), ("d", None, "2021-04-03")],
    ),
    # "desde el … hasta el …" opens a span of days, it does not set a start of validity
    (
        "La Comisión celebrará su período de sesiones desde el 23 de febrero hasta el 12 de marzo"
        " de 2004 en su sede.",
        [("e", "2004-02-23", "2004-03-12")],
    ),
    (
        "El reglamento rige desde el 1 de marzo de 2004.",
        [],
    ),
    # the period an office is held is no item; the day a meeting hands it over is
    (
        "República Dominicana ocupará la Presidencia Pro Témpore de la Comunidad en 2016.",
        [],
    ),
    (
        "La Presidencia Pro Témpore será traspasada a Panamá en enero de 2016, en el marco de la"
        " IV Cumbre.",
        [("e", "2016-01-01", "2016-01-31")],
    ),
    # "on or before" is a deadline word
    (
        "Parties are requested to submit their reports on or before 14 October 2009.",
        [("d", None, "2009-10-14")],
    ),
    # a programme's day heading that repeats the day a sentence gives is one item; a heading
    # no sentence repeats stays an item
    (
        "Regional Workshop on Border Management\n\nThe opening session of the workshop will be"
        " held at the Ministry of Foreign Affairs of the host country on Monday 12 October 2026."
        "\n\nPROGRAMME\n\n12 OCTOBER 2026\n\n09:00 Opening remarks\n\n"
        "14 OCTOBER 2026\n\n10:00 Field visit\n",
        [("e", "2026-10-12", "2026-10-12"), ("e", "2026-10-14", "2026-10-14")],
    ),
    # a deadline counted on from the close of a meeting the text dates and names
    (
        "The regional workshop on consular protection will be held from 4 to 6 May 2026 in"
        " Panama City.\n\nThe Technical Secretariat will circulate the report within two weeks"
        " after the close of the regional workshop.",
        [("e", "2026-05-04", "2026-05-06"), ("d", None, "2026-05-20")],
    ),
    # a calendar titled with its year: its rows' days are that year's, each row read with its
    # own activity
    (
        "CALENDARIO DE ACTIVIDADES 2026\n\nAprobado por el GRCM en su reunión virtual del"
        " jueves 29 de enero de 2026.\n\n| N.º | Fecha | Actividad | Responsable |\n"
        "|---|---|---|---|\n| 1 | A más tardar el 27 de febrero | Envío a la ST de los informes"
        " nacionales | Países Miembros |\n| 2 | Primera semana de noviembre | Tercera reunión del"
        " GRCM | PPT |\n",
        [("d", None, "2026-02-27"), ("e", "2026-11-01", "2026-11-07")],
    ),
    # a matrix of records: each date is read with its record's description, and a month-long
    # record is not another record's day said twice
    (
        "MATRIZ DE SEGUIMIENTO DE COMPROMISOS\nFecha de corte: 31 de mayo de 2023\n\n"
        "N.º 1 (Decisión 4)\nCompromiso: Reunión presencial del Grupo Ad Hoc sobre Niñez.\n"
        "Responsable: Guatemala\nPlazo: 6 y 7 de julio de 2023\nEstado: Programado\n"
        "--------------------\nN.º 2 (Decisión 5)\nCompromiso: Diálogo con la RROCM sobre acceso"
        " a servicios de salud.\nResponsable: PPT\nPlazo: julio de 2023 (día por confirmar)\n"
        "Estado: Programado\n--------------------\nN.º 3 (Decisión 6)\nCompromiso: Enviar a la ST"
        " los aportes nacionales.\nResponsable: Países Miembros\nPlazo: septiembre de 2023\n"
        "Estado: Pendiente\n",
        [
            ("e", "2023-07-06", "2023-07-07"),
            ("e", "2023-07-01", "2023-07-31"),
            ("d", None, "2023-09-30"),
        ],
    ),
    # "en fecha por confirmar" asks no one to confirm anything: the meeting is an event
    (
        "La Red celebrará su encuentro anual en Santo Domingo en fecha por confirmar durante"
        " octubre de 2017.",
        [("e", "2017-10-01", "2017-10-31")],
    ),
    # what a quantity may come to is no one's task; a day of travel is no meeting
    (
        "Las autoridades estiman que el número de personas en tránsito podría superar las diez mil"
        " al cierre de 2018. The report warns that the number of unaccompanied children could"
        " double by 2015.",
        [],
    ),
    (
        "El taller tendrá lugar del 21 al 23 de agosto de 2018. Se recomienda programar la"
        " llegada el lunes 20 de agosto y el regreso el viernes 24 de agosto.",
        [("e", "2018-08-21", "2018-08-23")],
    ),
    # a record whose status says it is over: its date is no longer ahead of anyone
    (
        "N.º 4 (Decisión 12)\nCompromiso: Elaborar la nota conceptual del tema central.\n"
        "Responsable: PPT\nPlazo: 15 de junio de 2023\nEstado: Cumplido\n--------------------\n"
        "N.º 5 (Decisión 13)\nCompromiso: Enviar los aportes nacionales.\nResponsable: Países"
        " Miembros\nPlazo: 30 de septiembre de 2023\nEstado: Pendiente\n",
        [("d", None, "2023-09-30")],
    ),
    # who prepared a report, and when, closes its head's line
    (
        "REPORT OF THE REGIONAL WORKSHOP\nPrepared by the Technical Secretariat (TS) - 28 March"
        " 2014\n\nThe TS will circulate the checklist by 30 April 2014.",
        [("d", None, "2014-04-30")],
    ),
    # a workshop put off: the day it was set for before is no item; what must be published by
    # a date, or made available in a period, is due then
    (
        "Posponer para el segundo semestre de 2022 el taller sobre portabilidad de la seguridad"
        " social, que figuraba en la programación para el 24 de marzo de 2022.",
        [("e", "2022-07-01", "2022-12-31")],
    ),
    (
        "La nueva edición deberá quedar publicada en el sitio web a fines de octubre de 2017."
        " Solicitar al ACNUR que ponga a disposición de los consulados, en el curso del primer"
        " trimestre de 2018, el módulo de capacitación.",
        [("d", None, "2017-10-31"), ("d", None, "2018-03-31")],
    ),
    # what is said not to happen, the day a text's version is dated, and a count from the
    # receipt of something undated are no items
    (
        "La reunión no se celebrará el 5 de mayo de 2026 sino el 12 de mayo de 2026.",
        [("e", "2026-05-12", "2026-05-12")],
    ),
    (
        "Versión actualizada al 13 de febrero de 2026. Los países comunicarán sus observaciones"
        " dentro de los treinta días que sigan a su recepción.",
        [],
    ),
    # a flattened table of calls: a date alone in its cell is due for what its item asks for
    (
        "CALLS FOR INFORMATION\n\nThe Conference, at its meeting held in Panama City on 2 and 3"
        " February 2026, made the following requests to the Member Countries.\n\n"
        "3. Regional network\n|\na. Nomination of national focal points to the network\n|\n-\n"
        "|\n15 March 2026\n|\n-\n|\nb. Information on national return programmes\n|\n-\n|\n"
        "30 April 2026\n|\n-\n|\n",
        [("d", None, "2026-03-15"), ("d", None, "2026-04-30")],
    ),
    # "a" before a Spanish infinitive governs it: the contribution is due in the semester
    (
        "Aprobar el presupuesto de la ST para el año 2008 e invitar a los Países Miembros que aún"
        " no lo hayan hecho a depositar sus aportes al fondo de la Conferencia durante el primer"
        " semestre de 2008.",
        [("d", None, "2008-06-30")],
    ),
    # a count of days from the adoption of this very text runs from its meeting
    (
        "Vancouver, 20 April 2005\n\nDECLARATION\n\n1. Each Member Country will designate its"
        " focal point within 60 days of the adoption of this Declaration.",
        [("d", None, "2005-06-19")],
    ),
    # a record in bullets, its day still to be set; a table row's status is no task
    (
        "PLAN DE TRABAJO 2027\n\nActividad 3: Taller sobre niñez migrante\n    • Responsable:"
        " PPT\n    • Fecha: durante el mes de mayo de 2027 (día por definir)\n",
        [("e", "2027-05-01", "2027-05-31")],
    ),
    (
        "| N.º | Activity | Lead | Date | Status |\n|---|---|---|---|---|\n| 7 | Third RCGM meeting"
        " | PPT | first week of December 2017, San Salvador | Confirmed |\n",
        [("e", "2017-12-01", "2017-12-07")],
    ),
    # a preamble recital on another body's meeting is no commitment of this one; an operative
    # paragraph of the same text is
    (
        "LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN,\n\nTENIENDO EN CUENTA que la Asamblea General"
        " de las Naciones Unidas celebrará en 2013 su segundo Diálogo de Alto Nivel sobre"
        " Migración Internacional y Desarrollo;\n\nACUERDA:\n\n1. Realizar un taller regional"
        " sobre protección consular en noviembre de 2012.",
        [("e", "2012-11-01", "2012-11-30")],
    ),
    # an e-mail: the day it was sent, the days a seminar "se había fijado para" before it was
    # called off, a count from the receipt of a draft, a coordination's period, are no items;
    # what "vence el 31 de agosto" is due then, whatever the meeting that agreed it
    (
        "Enviado el: martes, 11 de agosto de 2009 17:40\nAsunto: Seminario regional\n\n"
        "El Seminario regional, que se había fijado para los días 26 y 27 de agosto, no podrá"
        " realizarse en esas fechas. Los países harán llegar sus observaciones dentro de las seis"
        " semanas posteriores a su recepción. Panamá ejerce la coordinación por un período que"
        " concluye el 31 de diciembre de 2009. El plazo para remitir las fichas, acordado en la"
        " reunión celebrada los días 23 y 24 de junio de 2009, vence el 31 de agosto.",
        [("d", None, "2009-08-31")],
    ),
    # a record's "Fecha:" field is the activity's day, not the day a message was sent
    (
        "PLAN DE TRABAJO 2026\n\nAprobado por el GRCM en su reunión virtual del 29 de enero de"
        " 2026.\n\nActividad 2: Taller regional sobre trata de personas\nResponsable: OIM\n"
        "Fecha: 15 de julio de 2026, San José (presencial).\n",
        [("e", "2026-07-15", "2026-07-15")],
    ),
    # a mandate extended to a day is a term's end, not a task
    (
        "6. Prorrogar hasta el 30 de junio de 2013 el mandato del Grupo Ad Hoc sobre Migración"
        " Laboral. The Conference decided to extend until 31 December 2013 the mandate of the"
        " working group.",
        [],
    ),
    # a table's row speaks for itself: another row's past tense or meeting does not decide it
    (
        "FOLLOW-UP MATRIX\n\nCut-off date: 16 October 2017\n\n| N. | Task | Lead | Timeframe |"
        " Status |\n|---|---|---|---|---|\n| 1 | Workshop on returns, which was held in Panama |"
        " TS | 12-13 June 2017 | Held |\n| 2 | Guide on consular assistance to migrants | Network"
        " | Q4 2017 | Pending |\n",
        [("d", "2017-10-01", "2017-12-31")],
    ),
    # a message's subject line repeats the deadline its body gives: one item
    (
        "From: Technical Secretariat\nSent: Monday, 2 September 2019 09:14\nTo: Focal Points\n"
        "Subject: REMINDER - national reports due Friday 13 September\n\nDear Focal Points,\n\n"
        "A reminder that the national reports are due on Friday, 13 September 2019.",
        [("d", None, "2019-09-13")],
    ),
    # a meeting put off ("se pospone" after its date), then another on a day at an hour: the
    # hour is no date it moves to
    (
        "La reunión del 14 de mayo de 2024 se pospone. Se invita a una reunión preparatoria el"
        " lunes 3 de junio de 2024, a las 17:00 horas, en la Cancillería.",
        [("e", "2024-06-03", "2024-06-03")],
    ),
    # a meeting under way or past, told right after its days or the place between commas
    # after them: the text's own meeting, no item
    (
        "Desde este lunes 8 al viernes 12 de mayo de 2028 se viene llevando a cabo en Quito la"
        " Reunión del Comité Técnico de la Red.",
        [],
    ),
    (
        "Los días 8 al 10 de mayo de 2028, en la sede de la Secretaría General, sesionó la"
        " Reunión plenaria de los puntos focales de la Red.",
        [],
    ),
    # a dateline with its place and a full stop before the date: the page's date, no item
    (
        "Quito. 16 October 2031. PRENSA/ The next meeting of the Council of Ministers will be"
        " held on 3 March 2032 in Lima.",
        [("e", "2032-03-03", "2032-03-03")],
    ),
    # "del mismo año" after a year still ahead is that year: no narrative of the past
    (
        "La próxima cumbre se realizará el 9 de marzo de 2029 y en la segunda semana de junio"
        " del mismo año se reunirán los ministros de salud.",
        [("e", "2029-03-09", "2029-03-09"), ("e", "2029-06-08", "2029-06-14")],
    ),
    # a dateline with its place and no comma, and a dash after its year, dates the call: its
    # deadline and the meeting its title names are ahead of it
    (
        "Applications invited for the 2029 Civil Society Days, 19-21 November, Port Louis\n\n"
        "Geneva 16 May 2029 – Applications for the Civil Society Days opened today. The deadline"
        " for application is 15 June 2029.",
        [("d", None, "2029-06-15")],
    ),
    # a release's dateline, the day the conference it announces opens: what the release
    # recalls before it is past
    (
        "Co-Chairs brief the diplomatic corps\n\n30 March, 2029 | Source: Ministry of Foreign"
        " Affairs\n\nThe Process will hold its Ministerial Conference in Bali on March 30, 2029."
        " The Conference will follow up on the recommendations of the Senior Officials Meeting"
        " in Bali on the 9-10 March 2029.",
        [("e", "2029-03-30", "2029-03-30")],
    ),
    # a dateline that opens the text, its stop and a dash after it: the meeting the prose dates
    # before it is one it recalls, not the text's own
    (
        "09 June 2029. – The Council will meet on 13 June in Caracas to elect the Permanent"
        " Secretary. The mandate was extended by Decision 564 of the Regular Meeting held in"
        " Caracas on 12 December 2028.",
        [("e", "2029-06-13", "2029-06-13")],
    ),
    # another meeting recalled in a relative clause ("which took place") leaves the page an
    # announcement of its own: the summit it convenes is an item
    (
        "VII Summit – Havana – June 4th 2029\n\n"
        "Port of Spain, Trinidad and Tobago, May 23rd, 2029 – The Secretariat is honoured to"
        " announce that the VII Summit will convene on Saturday June 4th 2029, as proposed at the"
        " Ministerial Council, which took place in Pétion-Ville on January 19th 2029.",
        [("e", "2029-06-04", "2029-06-04")],
    ),
    # a place with "of" in its name, the date in brackets: the release's dateline
    (
        "Port of Spain (February 10th, 2029) – The Chair will convene the Ordinary Meeting of the"
        " Ministerial Council on 14th February, 2029 at the Hilton Hotel.",
        [("e", "2029-02-14", "2029-02-14")],
    ),
    # a calendar's row, its month named "Month of", that asks for a distribution
    (
        "Calendar and working procedure\n(Adopted during the meeting held on September 14, 2029)\n\n"
        "  • November 2-3, Lima: Meeting of the Review Group.\n"
        "  • Month of January: Distribution among the delegations of a document on the"
        " conclusions of the meetings.\n",
        [("e", "2029-11-02", "2029-11-03"), ("d", None, "2030-01-31")],
    ),
    # a day told from a weekday the text gives no date for ("ese mismo día" after "el
    # miércoles") is not read from a day guessed for it
    (
        "El ministro viajará el miércoles a Asunción. Ese mismo día se reunirá con sus pares de la"
        " región, y el jueves 31 de octubre de 2030 asistirá a la sesión ordinaria.",
        [("e", "2030-10-30", "2030-10-30"), ("e", "2030-10-31", "2030-10-31")],
    ),
    # a line that opens with the date and tells what was done on it is the record's own
    # meeting; a meeting its prose names ahead of it, with a participle, is an item
    (
        "On 31 October 2029, the Co-Chairs of the Process on People Smuggling hosted the Twelfth"
        " Meeting of Senior Officials in Kuala Lumpur.\n"
        "Members adopted a statement for the Regional Preparatory Meeting held in Bangkok on 6-8"
        " November 2029.",
        [("e", "2029-11-06", "2029-11-08")],
    ),
    (
        "El 16 de octubre de 2029, el Director de Derechos Humanos, Embajador Tomás Pascual,"
        " moderó el evento sobre el proceso regional, que culminará con la adopción de la"
        " Declaración en Santiago el 11 y 12 de diciembre de 2029.",
        [("e", "2029-12-11", "2029-12-12")],
    ),
    # a place, a comma and the date in brackets: the release's dateline
    (
        "Port of Spain, (January 30, 2029) – Ministers will meet in Port of Spain from the 8th"
        " -10th February 2029 for the Ordinary Meeting of the Ministerial Council.",
        [("e", "2029-02-08", "2029-02-10")],
    ),
    # a media advisory's WHAT / WHEN / WHERE fields: the meeting it announces is an item
    (
        "WHAT: Eighth Meeting of the Council of Ministers: Human and Social Development\n\n"
        "WHEN: Tuesday, April 17, 2029\n\nTIME: 3 p.m.- 4 p.m.\n\n"
        "WHERE: The Conference Centre, St John's\n\nBackground:\n\nThe Council of Ministers"
        " Meeting provides the opportunity for Ministers to dialogue on social policy.",
        [("e", "2029-04-17", "2029-04-17")],
    ),
    # a weekday after a verb told done is the day of writing, not one of the week the text
    # keeps; "al día siguiente" is then the day after the last day placed before it
    (
        "El Consejo se reunirá por primera vez en Córdoba el próximo 19 de noviembre de 2029.\n\n"
        "Los presidentes del Consejo y de la Diputación han anunciado este martes la reunión, y"
        " al día siguiente se celebrará en Córdoba el Día Mundial del Olivo.",
        [("e", "2029-11-19", "2029-11-19"), ("e", "2029-11-20", "2029-11-20")],
    ),
    # a day of the meeting a report records, named without its year ("Día 1, 13 de marzo"), is
    # one of its days, not the next year's
    (
        "VI Reunión del Comité Consultivo de Expertos 13 al 15 de marzo de 2029\n\n"
        "Informe de la Sexta Reunión del Comité Consultivo de Expertos Día 1, 13 de marzo 1. La"
        " Sexta Reunión del Comité se realizó por videoconferencia y aprobó su agenda.",
        [],
    ),
    # no meeting dated in the text: nothing to count from
    (
        "Las solicitudes se recibirán hasta un mes antes de las audiencias.",
        [],
    ),
    # rows of a list of meetings, each headed by its weekday and day and a colon: no dateline,
    # whatever the weekday before the comma
    (
        "Public hearings on the draft basin plan, 2029\n\nThe Commission will hear residents in"
        " two cities:\n\nThursday, March 8:\n\nPublic hearing, City Hall, Halifax\n7 pm\n\n"
        "Tuesday, March 20:\n\nPublic hearing, Public Library, Moncton\n",
        [("e", "2029-03-08", "2029-03-08"), ("e", "2029-03-20", "2029-03-20")],
    ),
    # a dateline with a dash between its place ("de" inside it) and its date, and one after
    (
        "Ciudad de Guatemala – 12/03/2029 – La Comisión Técnica se reunirá el próximo lunes 19 de"
        " marzo en la sede del Consejo.",
        [("e", "2029-03-19", "2029-03-19")],
    ),
    # the date and hour a page opens with are when it was posted, not the session it announces
    (
        "Wednesday, 14 March 2029 09:42\n\nGhana is hosting the 12th Ordinary Session of the"
        " Council of Ministers of the Lake Basin Commission from 2nd to 4th April 2029.\nThe"
        " Executive Secretariat, with the Ministry of Water of Ghana, is organizing the 12th"
        " Ordinary Session. This session will start with the Meeting of the Technical Committee"
        " of Experts, preparatory to the Ministers' meeting, from 2nd to 3rd April 2029.\nThe"
        " agenda includes the budget and the work programme.",
        [("e", "2029-04-02", "2029-04-04"), ("e", "2029-04-02", "2029-04-03")],
    ),
    # a resolution's participants "assembling in" a place on their days: the conference's own
    (
        "Conference Resolution\n\nAdopted by the 30th Parliamentary Conference\n\nThe"
        " participants, elected representatives of the Region, assembling in Tallinn, Estonia,"
        " 25–27 August 2029,\n\n  • call on the governments to adopt the strategy by the end of"
        " 2030;\n  • welcome the next Conference in Riga on 24–26 August 2030.",
        [("d", None, "2030-12-31"), ("e", "2030-08-24", "2030-08-26")],
    ),
    # a half-year's seminar on an agenda, its day set below: one seminar
    (
        "Reunión de mayo del grupo de trabajo de Datos Abiertos\n\nLima, 10 de mayo de 2029\n\n"
        "Los temas tratados fueron los siguientes:\n\n  • Seminario virtual del segundo"
        " semestre.\n  • Informe anual de la red.\n\nRespecto del seminario virtual, se acordó"
        " que su fecha será el 14 de septiembre, a las 10 horas de Lima.",
        [("e", "2029-09-14", "2029-09-14")],
    ),
    # a number that ends against a month's name is a decision's, not a day: "EXB/12-2June"
    (
        "Outcomes of the Board\n Decision EXB/12-1June 2029\nThe Board adopted the minutes of its"
        " 11th meeting.\n Decision EXB/12-2June 2029\nThe Board elected its Chair by acclamation."
        "\n Decision EXB/12-3June 2029\nThe Board approved the work programme for 2030-2033.\n",
        [],
    ),
    # a page of upcoming meetings: each entry's days, none the page's own, badges aside
    (
        "Upcoming Meetings\n\nMar 5\n2030\n  • Research Board (closed)\n  • Dates:\n    •"
        " March 5, 2030\n  • Location:\n    • Windsor, ON\nApr 9\n2030\n  • Control Board"
        " Meeting (closed)\n  • Dates:\n    • Apr 9-11, 2030\n",
        [("e", "2030-03-05", "2030-03-05"), ("e", "2030-04-09", "2030-04-11")],
    ),
    # a dateline closed by a bar: "Press Release in Lomé, 12 March 2029 | …"
    (
        "Plenary session at the Assembly\n\nPress Release in Lomé, 12 March 2029 | The 30th"
        " Ordinary Assembly of Ministers will take place from 26 to 30 March 2029 in Lomé.\n\n"
        "The five-day meeting will be conducted as follows:\n\n- 26 March 2029, Liaison Officers"
        " Meeting: officers of each country.\n- 27 March 2029, Experts Meeting: a technical"
        " committee.",
        [
            ("e", "2029-03-26", "2029-03-30"),
            ("e", "2029-03-26", "2029-03-26"),
            ("e", "2029-03-27", "2029-03-27"),
        ],
    ),
    # a dateline whose place has its country after it; a meeting that "will be tentatively
    # held"
    (
        "4 September 2029, Apia, Samoa – The second Board meeting of the Programme officially"
        " concluded this afternoon after three days of deliberations. The Chair announced the"
        " days for the 30th Meeting of Officials, which will be tentatively held from 6 – 10"
        " September 2030.",
        [("e", "2030-09-06", "2030-09-10")],
    ),
    # a meeting's page: what opened for it ("registrations opened, on") is no record of it;
    # two rows of dates, each its own
    (
        "11th Fisheries Commission 2030\n\n11th Annual Meeting\n\nLima, Peru\n7 February to 15"
        " February 2030\n\nThe 11th Meeting of the Commission will be held in Lima, Peru, from 11"
        " to 15 February 2030. Draft agendas became available, and registrations opened, on 9"
        " November 2029.\n\nSubmission deadline: 25 December 2029\nPosted on website: 30 December"
        " 2029\n",
        [
            ("e", "2030-02-11", "2030-02-15"),
            ("d", None, "2029-12-25"),
            ("d", None, "2029-12-30"),
        ],
    ),
    # a provisional agenda announces its session, whose first sitting is its opening day
    (
        "Comité de Protección de los Derechos de los Trabajadores Agrícolas\n43.er período de"
        " sesiones\nGinebra, 2 a 12 de diciembre de 2030\nTema 2 del programa provisional\n"
        "Aprobación del programa\nPrograma provisional anotado\nPrograma provisional\n1. Apertura"
        " del período de sesiones.\n2. Aprobación del programa.\n3. Cuestiones de organización."
        "\n4. Presentación de informes por los Estados partes en virtud del artículo 73 de la"
        " Convención.\n5. Examen de los informes presentados por los Estados partes en virtud del"
        " artículo 73 de la Convención.\n6. Métodos de trabajo del Comité, incluida la aplicación"
        " del procedimiento simplificado de presentación de informes.\n7. Observaciones generales"
        " y días de debate general, y cooperación con otros órganos de tratados.\n8. Reuniones"
        " con los Estados partes, los organismos especializados y la sociedad civil.\n9. Programa"
        " provisional del 44.º período de sesiones.\n10. Aprobación del informe del Comité.\n\n"
        "Anotaciones\n\n1. Apertura del período de sesiones\n\nEl Presidente del Comité abrirá"
        " el período de sesiones y presentará el programa provisional, preparado por el Secretario"
        " General de conformidad con el reglamento del Comité.\n\n2. Aprobación del programa\n\n"
        "De conformidad con el reglamento, el primer tema del programa provisional de todo período"
        " de sesiones será la aprobación del programa, salvo cuando deba elegirse a la Mesa.\n\n"
        "3. Cuestiones de organización\n\nEl 43.er período de sesiones del Comité se celebrará en el Palais des"
        " Nations del 2 al 12 de diciembre de 2030. La primera sesión tendrá lugar el lunes 2 de"
        " diciembre a las 10.00 horas.",
        [("e", "2030-12-02", "2030-12-12")],
    ),
    # a year heading the text's meetings, each dated below: no item of its own
    (
        "Meetings of the Committees in 2030\n\nBonn, 14 December 2029 - The Secretariat informs"
        " you of the meetings.\n\nThe Technical Committee will meet from 10 to 13 April 2030 in"
        " Bonn.\n",
        [("e", "2030-04-10", "2030-04-13")],
    ),
    # a dateline "a" its day: "La Antigua, Guatemala, a 4 de marzo de 2029.-"
    (
        "La Antigua, Guatemala, a 4 de marzo de 2029.- La Secretaría acudió a un encuentro de alto"
        " nivel realizado en La Antigua, donde 21 países decidieron crear la Red, cuya primera"
        " reunión se realizará en octubre de 2029.",
        [("e", "2029-10-01", "2029-10-31")],
    ),
    # a meeting's page that asks to register for it announces it: its deadlines and its card
    # are ahead
    (
        "26th Meeting of the Advisory Committee\n\nPoland is kindly hosting the 26th Meeting of"
        " the Advisory Committee in Gdansk. For the meeting, Parties are requested to report on"
        " the pressures and threats listed in the Committee's resolution, as in earlier years.\n\n"
        "Online registration\n\nPlease register for the meeting here by 17 August 2029. Kindly"
        " refer to the Rules of Procedure of the Committee.\n\nRequests for observer status should"
        " reach the Secretariat by 19 July 2029. A completed registration form is sufficient.\n\n"
        "Information for participants\n\n17 Sep 2029 to 19 Sep 2029\n",
        [("d", None, "2029-08-17"), ("d", None, "2029-07-19"), ("e", "2029-09-17", "2029-09-19")],
    ),
    # "hoy" before a day: the day the text is written, its year from its weekday
    (
        "Panamá asume la coordinación del programa\nPanamá asumió la coordinación del programa"
        " regional de becas, para el período julio-diciembre, 2029, hoy lunes 2 de julio.\nLa"
        " ministra presentó las acciones nacionales del año.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_undated_text_is_read_as_an_annotator_reads_it(text: str, expected: list[Item]) -> None:
    result = extract(text)
    got = [
        (
            c.kind[0],
            c.start.isoformat() if c.kind == "event" and c.start else None,
            c.end.isoformat(),
        )
        for c in result.commitments
    ]
    want = [(k, s if k == "e" else None, e) for k, s, e in expected]
    assert got == want


def test_a_month_with_its_year_is_the_meeting_a_yearless_day_inside_it_dates() -> None:
    # the days read in the year of the file's name, the month said with its own: one meeting
    text = (
        "La Junta aprobó que la Conferencia Regional se celebre en Cusco el 14 y 15 de mayo.\n"
        "La que se realizará en mayo de 2029 será la décima de la red.\n"
    )
    result = extract(text, named=NamedDate(date(2029, 2, 1)))
    assert [(c.start, c.end) for c in result.commitments] == [
        (date(2029, 5, 14), date(2029, 5, 15))
    ]
    (twin,) = [d for d in result.decisions if d.date_text == "en mayo de 2029"]
    assert twin.reason == "dropped: the same event, dated to the day elsewhere in the text"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this year's" after a clause's past year: the days are the text's own year's
        (
            "The Board moved to open sessions in 2028 and they will continue at this year's"
            " Interim Meeting, scheduled for Tuesday and Wednesday, 4-5 December.\n",
            [(date(2029, 12, 4), date(2029, 12, 5))],
        ),
        # the meetings "desarrolladas en" a place on their days: the text's own, and its
        # reference for "este semestre"
        (
            "Como resultado de la 40.ª reunión de la Comisión Binacional -desarrollada en Rivera"
            " entre los días 8, 9 y 10 de julio-, se acordó el plan de obras. Uruguay confirmó su"
            " interés en abrir la licitación en el transcurso de este semestre.\n",
            [(date(2029, 7, 1), date(2029, 12, 31))],
        ),
    ],
)
def test_a_text_named_for_its_month_reads_its_days_in_its_own_year(
    text: str, expected: list[tuple[date, date]]
) -> None:
    result = extract(text, named=NamedDate(date(2029, 7, 1)))
    assert [(c.start, c.end) for c in result.commitments] == expected


def test_a_day_and_month_with_proximo_after_them_are_read_in_the_files_year() -> None:
    text = "Los ministros de turismo se reunirán el 17 y 18 de julio próximo en San Salvador.\n"
    (item,) = extract(text, named=NamedDate(date(2029, 7, 1))).commitments
    assert (item.date_text, item.start, item.end) == (
        "17 y 18 de julio próximo",
        date(2029, 7, 17),
        date(2029, 7, 18),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause a date opens, told in the imperfect: past
        (
            "A mediados de enero, el programa lanzaba su convocatoria anual de ayudas, que estará"
            " abierta hasta el 24 de marzo.\n",
            [(None, date(2029, 3, 24))],
        ),
        # a Spanish perfect whose complement is the days: past
        (
            "La ciudad de Lima ha acogido los días 16 y 17 de octubre la X Asamblea General del"
            " Observatorio.\n",
            [],
        ),
        # the opening of the assembly whose days the text gives: "abrir el congreso el lunes"
        (
            "Del 17 al 21 de septiembre la Biblioteca Nacional acoge la Asamblea General de la"
            " Asociación.\nLa directora será la encargada de abrir el congreso el lunes 17 de"
            " septiembre.\n",
            [(date(2029, 9, 17), date(2029, 9, 21))],
        ),
    ],
)
def test_a_text_named_for_february_keeps_only_what_is_ahead(
    text: str, expected: list[tuple[date | None, date]]
) -> None:
    result = extract(text, named=NamedDate(date(2029, 2, 1)))
    assert [(c.start, c.end) for c in result.commitments] == expected


def test_a_date_in_the_files_name_gives_only_the_year_the_text_leaves_out() -> None:
    text = (
        "Los Viceministros se reunirán en San José los días 14 y 15 de noviembre para aprobar"
        " el plan de trabajo.\n"
    )
    named = NamedDate(date(2019, 10, 1))
    (item,) = extract(text, named=named).commitments
    assert (item.start, item.end) == (date(2019, 11, 14), date(2019, 11, 15))
    assert extract(text).commitments == []  # without the name, nothing places the days
    # the text's own year outranks the name's
    (own,) = extract(text.replace("noviembre", "noviembre de 2021"), named=named).commitments
    assert own.end == date(2021, 11, 15)
    # and so does the date the caller gives
    (given,) = extract(text, reference_date=date(2024, 3, 1), named=named).commitments
    assert given.end == date(2024, 11, 15)


def test_the_year_the_text_gives_is_not_credited_to_the_files_name() -> None:
    # the text says its year; a name one month after New Year's Day must not take the credit
    text = "La Cumbre de este año 2019 se celebrará los días 14 y 15 de noviembre en San José.\n"
    (found,) = extract(text, named=NamedDate(date(2019, 2, 1))).decisions
    assert found.end == date(2019, 11, 15)
    assert "file's name" not in found.reason


def test_what_a_text_dates_before_its_files_name_is_its_past() -> None:
    # a page that prints no date of its own, named for December 2017: the list of the body's
    # earlier meetings is its history, the next one is ahead
    text = (
        "Las distintas ediciones de la Cumbre se sucedieron en Santo Domingo, en 2006; Brasilia,"
        " Brasil, en 2008; y Montevideo, Uruguay, en 2010. La actual edición culminará en Quito,"
        " Ecuador, en abril de 2018.\n"
    )
    named = NamedDate(date(2017, 12, 1))
    got = [(c.date_text, c.end) for c in extract(text, named=named).commitments]
    assert got == [("en abril de 2018", date(2018, 4, 30))]
    dropped = [d.reason for d in extract(text, named=named).decisions if d.date_text == "en 2008"]
    assert dropped == ["dropped: before the date in the file's name"]
    # without the name, what it tells ahead marks its past: years before April 2018
    assert [c.date_text for c in extract(text).commitments] == ["en abril de 2018"]


def test_a_month_said_from_the_moment_of_writing_is_read_from_the_files_name() -> None:
    # a customs agency's note named for February 2007, with no date of its own
    text = (
        "El Comité Ejecutivo acordó que la XXVI Cumbre se celebre en octubre próximo en Lisboa,"
        " y que la reunión de expertos tenga lugar la próxima semana.\n"
    )
    named = NamedDate(date(2007, 2, 1))
    got = [(c.date_text, c.start, c.end) for c in extract(text, named=named).commitments]
    assert got == [("en octubre próximo", date(2007, 10, 1), date(2007, 10, 31))]
    found = next(d for d in extract(text, named=named).decisions if "octubre" in d.date_text)
    assert found.reason.endswith("its year from the file's name")
    # a week said so is not placed by a name, nor is anything without one
    assert extract(text).commitments == []


def test_a_year_alone_in_the_files_name_gives_its_year() -> None:
    # "cicaa_madrid_2023_es.txt": the days the text leaves yearless are that year's, from its
    # first day, and a month said "próximo" is read from it
    text = (
        "Las Partes remitirán sus informes anuales a la Secretaría antes del 15 de septiembre, y"
        " la reunión anual se celebrará en noviembre próximo.\n"
    )
    year = NamedDate(date(2023, 1, 1), month_known=False)
    got = [(c.date_text, c.end) for c in extract(text, named=year).commitments]
    assert got == [
        ("antes del 15 de septiembre", date(2023, 9, 15)),
        ("en noviembre próximo", date(2023, 11, 30)),
    ]


def test_a_weekday_is_read_from_the_days_the_text_keeps_in_one_week() -> None:
    # a news item that prints no date of its own: the summit "on Sunday" is the Sunday of the
    # week its other days name, before or after them
    text = (
        "The Ordinary Session of the Authority of Heads of State will take place on Sunday in"
        " Lomé. The Heads of State will adopt the final communiqué at the session to be held on"
        " December 4, 2022.\n\n"
        "Las delegaciones debatirán el lunes y el martes próximos en Asunción, y las reuniones"
        " técnicas se iniciarán el domingo. Los ministros se reunirán el 29 de septiembre de"
        " 2008 en el hotel sede.\n"
    )
    english, spanish = text.split("\n\n")
    got = [(c.date_text, c.start, c.end) for c in extract(english).commitments]
    assert got == [
        ("on Sunday", date(2022, 12, 4), date(2022, 12, 4)),
        ("December 4, 2022", date(2022, 12, 4), date(2022, 12, 4)),
    ]
    sunday = next(d for d in extract(english).decisions if d.date_text == "on Sunday")
    assert sunday.reason.endswith('read from the week of "December 4, 2022"')
    got = [(c.date_text, c.start, c.end) for c in extract(spanish).commitments]
    assert got == [
        ("el lunes y el martes", date(2008, 9, 29), date(2008, 9, 30)),
        ("el domingo", date(2008, 9, 28), date(2008, 9, 28)),
        ("29 de septiembre de 2008", date(2008, 9, 29), date(2008, 9, 29)),
    ]


def test_a_weekday_is_not_read_from_days_more_than_a_week_apart() -> None:
    # which Tuesday, of 3 or 20 March?
    text = (
        "El taller regional se realizará el 3 de marzo de 2021 en San José y el seminario el 20"
        " de marzo de 2021 en Panamá. Los coordinadores se reunirán el martes en la sede.\n"
    )
    got = [c.date_text for c in extract(text).commitments]
    assert "el martes" not in got
    (unread,) = [d for d in extract(text).decisions if d.date_text == "el martes"]
    assert unread.end is None and not unread.kept


def test_a_bylines_date_and_hour_date_the_page() -> None:
    # the byline's day is when the page was written: no item, and what the page says from it
    # ("el próximo jueves") is read from it; the months a country "presidirá" the body are the
    # period of an office
    text = (
        "Costa Rica recibe a los presidentes del Sistema\n\n"
        "Ana Mora amora@diario.example | Martes 25 junio, 2013 12:00 a. m.\n\n"
        "La cumbre de presidentes se celebrará el próximo jueves en San José. Panamá recibirá"
        " la presidencia y durante los próximos seis meses presidirá el organismo regional.\n"
    )
    result = extract(text)
    got = [(c.date_text, c.end) for c in result.commitments]
    assert got == [("el próximo jueves", date(2013, 6, 27))]
    reasons = {d.date_text: d.reason for d in result.decisions}
    assert reasons["durante los próximos seis meses"] == (
        'dropped: the period of an office ("presidira")'
    )
    assert result.document.end is None  # the day the page was written is no meeting's
    # without its hour the day after the bar is taken for the meeting's, as a head gives it
    meeting = text.replace("Martes 25 junio, 2013 12:00 a. m.", "Martes 25 junio, 2013")
    assert extract(meeting).document.end == date(2013, 6, 25)


def test_a_year_a_recital_names_does_not_date_the_document() -> None:
    # "Recalling the … Dialogue … in 2006" in a news item of January 2008: a year is no day the
    # text was written on; the file's name dates it
    text = (
        "The Conference on Migration and Development, on 17-18 January, will bring together"
        " government representatives and researchers.\n\n"
        "Recalling the High-Level Dialogue on International Migration and Development in 2006,"
        " the Conference will examine the key findings of these events.\n"
    )
    assert extract(text).document.end is None
    named = NamedDate(date(2008, 1, 1))
    result = extract(text, named=named)
    assert result.document.end is None
    got = [(c.date_text, c.start, c.end) for c in result.commitments]
    assert got == [("17-18 January", date(2008, 1, 17), date(2008, 1, 18))]
    # a recital's day still dates a text that gives no other
    dated = text.replace("in 2006", "on 14 September 2007")
    assert extract(dated).document.end == date(2007, 9, 14)


def test_days_without_their_year_take_the_year_their_clause_names() -> None:
    # "será el país organizador en 2023 del congreso … del 5 al 9 de junio", on a page of May
    # 2022: the days are 2023's; a label's year ("the budget for 2026") lends no year
    text = (
        "España organizará el congreso anual en junio de 2023\n\n"
        "23 de mayo 2022 - 19:15\n\n"
        "España será el país organizador en 2023 del congreso anual de la organización en Jerez"
        " del 5 al 9 de junio, según indicaron sus fuentes.\n"
    )
    got = [(c.date_text, c.start, c.end) for c in extract(text).commitments]
    assert got == [("del 5 al 9 de junio", date(2023, 6, 5), date(2023, 6, 9))]
    label = (
        "Request the TS to circulate the draft budget for 2026 to Member Countries by 15 June.\n"
    )
    (due,) = extract(label, reference_date=date(2025, 5, 20)).commitments
    assert due.end == date(2025, 6, 15)


def test_an_intro_clause_gives_the_days_of_a_meeting_its_head_dates_by_its_first() -> None:
    text = (
        "Declaración de Río de Janeiro\n\n"
        "Rio de Janeiro, Brasil\n6 de julio de 2025\n\n"
        "1- Nosotros, los líderes de los países, nos hemos reunido en Río de Janeiro, Brasil, del"
        " 6 al 7 de julio de 2025, para la XVII Cumbre.\n\n"
        "2- Acogemos con satisfacción la oferta de la India de acoger la XVIII Cumbre en 2026.\n"
    )
    result = extract(text)
    assert [c.date_text for c in result.commitments] == ["en 2026"]
    (days,) = [d for d in result.decisions if d.date_text == "del 6 al 7 de julio de 2025"]
    assert days.reason == "dropped: the meeting's own date or title block"


def test_a_weekday_and_its_day_are_read_in_the_month_of_the_files_name() -> None:
    # a news item of July 2021 that prints no date: "el sábado (17)" is 17 July, a Saturday;
    # "del 8 al 9 del presente mes" are the name's month's days
    text = (
        "La Conferencia de Luanda está programada para el sábado (17), cuando Angola asumirá la"
        " presidencia rotatoria.\n\n"
        "Los ministros se reunirán del 8 al 9 del presente mes en la sede.\n"
    )
    named = NamedDate(date(2021, 7, 1))
    got = [(c.date_text, c.start, c.end) for c in extract(text, named=named).commitments]
    assert got == [
        ("el sábado (17)", date(2021, 7, 17), date(2021, 7, 17)),
        ("del 8 al 9 del presente mes", date(2021, 7, 8), date(2021, 7, 9)),
    ]
    # a weekday that does not fall on its day in that month or the next is left unread
    wrong = text.replace("sábado (17)", "lunes (17)")
    assert "el lunes (17)" not in [c.date_text for c in extract(wrong, named=named).commitments]
    # a year alone in the name gives no month to read them in
    year = NamedDate(date(2021, 1, 1), month_known=False)
    assert extract(text, named=year).commitments == []


def test_days_written_with_their_weekday_take_the_latest_year_the_text_writes() -> None:
    # a page that prints no date of its own: "Tuesday, 14 January" is a Tuesday in 2031, the
    # year of the session it names, and so the text's other days are read in that year
    text = (
        "The Committee will open the first part of its 2031 session on Tuesday, 14 January, in"
        " Geneva. The second part will be held from 3 to 14 March, and Member States will"
        " submit their national reports by 16 September.\n"
    )
    got = [(c.date_text, c.start, c.end) for c in extract(text).commitments]
    assert got == [
        ("14 January", date(2031, 1, 14), date(2031, 1, 14)),
        ("from 3 to 14 March", date(2031, 3, 3), date(2031, 3, 14)),
        ("by 16 September", None, date(2031, 9, 16)),
    ]
    (opening,) = [d for d in extract(text).decisions if d.date_text == "14 January"]
    assert opening.reason.endswith('its year from "Tuesday, 14 January", a Tuesday in 2031')


def test_a_weekday_that_does_not_fit_the_year_leaves_the_days_unread() -> None:
    # 14 January 2031 is no Wednesday: the year written is not the days' year
    text = (
        "La Comisión celebrará la primera parte de su período de sesiones de 2031 el miércoles"
        " 14 de enero en Ginebra, y la segunda del 3 al 14 de marzo.\n"
    )
    assert extract(text).commitments == []
    # nor is a year the text recalls as its past, even when the weekday fits it: 12 November
    # 2030 is a Tuesday, but the body was founded then
    recalled = (
        "El Consejo, constituido en 2030, se reunirá el martes 12 de noviembre en Lima para"
        " elegir a su Presidencia.\n"
    )
    assert extract(recalled).commitments == []
    # and a weekday without its day fixes nothing: "el próximo viernes" is a Friday in any year
    alone = (
        "El Foro, creado por la Declaración de 2019, se reunirá el próximo viernes en Quito, y"
        " los Estados remitirán sus informes antes del 15 de marzo.\n"
    )
    assert extract(alone).commitments == []


def test_a_calendar_heading_below_the_prose_gives_its_rows_their_year() -> None:
    # a body's page that prints no date: its calendar, under the paragraphs on the body, is
    # headed with its year, and its rows are that year's
    text = (
        "The Institute brings together the statistical offices of the region, trains their staff"
        " and publishes methodological guides on prices, trade and household surveys.\n\n"
        "Its Executive Committee, made up of five member offices elected by the General"
        " Assembly, oversees the programme and the budget.\n\n"
        "Programme of activities 2032\n"
        "Date Activity Venue\n"
        "March 8-10 Regional Course on Price Statistics Lima\n"
        "May 17 Meeting of the Executive Committee Quito\n"
    )
    got = [(c.start, c.end) for c in extract(text).commitments]
    assert got == [
        (date(2032, 3, 8), date(2032, 3, 10)),
        (date(2032, 5, 17), date(2032, 5, 17)),
    ]


def test_a_publication_label_above_the_date_makes_it_the_pages_date() -> None:
    # a page announcing a summit: the date under its label is when the page was written, not
    # the summit's, and the days its prose gives are read from it
    text = (
        "Lista la Cumbre de Ministros de Salud, anuncia la Secretaría\n\n"
        "Fecha de publicación:\n"
        "22 Enero 2031\n\n"
        "Según informó la Secretaría, la cumbre sesionará los días 24 y 25 de enero en Panamá,"
        " con los ministros de Honduras y Belice.\n"
    )
    result = extract(text)
    assert result.reference == date(2031, 1, 22)
    got = [(c.date_text, c.start, c.end) for c in result.commitments]
    assert got == [("los días 24 y 25 de enero", date(2031, 1, 24), date(2031, 1, 25))]


def test_a_month_or_a_part_of_a_year_counted_from_the_files_name_is_read_from_it() -> None:
    # a news item of April 2030 that prints no date of its own
    text = (
        "The commission's members said a donors' conference will be held next month in Nairobi,"
        " and that the next review meeting will take place in the first half of next year.\n\n"
        "La primera reunión del equipo técnico está programada para finales de enero del próximo"
        " año.\n\n"
        "Many meetings are already scheduled towards the end of the year, and the commission will"
        " meet again next year.\n\n"
        # a day whose year is counted from the year of writing; not a weekday said to be next
        "La Asamblea General de la red se celebrará los días 8 y 9 de diciembre de este año en"
        " Lima, anunció la Secretaría.\n\n"
        "The ministers agreed to meet again on 14 and 15 May next year in Suva.\n\n"
        "La sesión de clausura será el jueves próximo en la sede.\n"
    )
    named = NamedDate(date(2030, 4, 1))
    got = [(c.date_text, c.start, c.end) for c in extract(text, named=named).commitments]
    assert got == [
        ("next month", date(2030, 5, 1), date(2030, 5, 31)),
        ("in the first half of next year", date(2031, 1, 1), date(2031, 6, 30)),
        ("para finales de enero del próximo año", date(2031, 1, 21), date(2031, 1, 31)),
        ("los días 8 y 9 de diciembre de este año", date(2030, 12, 8), date(2030, 12, 9)),
        ("14 and 15 May next year", date(2031, 5, 14), date(2031, 5, 15)),
    ]
    # a year alone in the name gives no month to count a month from
    year = NamedDate(date(2030, 1, 1), month_known=False)
    assert "next month" not in [c.date_text for c in extract(text, named=year).commitments]
    # and without a name nothing says when the text was written
    assert extract(text).commitments == []


def test_a_yearless_dateline_takes_the_files_year_and_dates_the_text() -> None:
    text = (
        "SILCHAR, Nov 14: The two border forces will hold their next sector commanders' meeting"
        " on Friday, an official said.\n"
    )
    named = NamedDate(date(2030, 11, 1))
    result = extract(text, named=named)
    assert result.reference == date(2030, 11, 14)
    assert [(c.date_text, c.end) for c in result.commitments] == [("on Friday", date(2030, 11, 15))]


def test_the_last_meeting_of_a_series_does_not_date_the_text() -> None:
    text = (
        "KATHMANDU, Jun 2: The Joint Working Group on border management will meet in Kathmandu"
        " from June 12 to 14.\n\n"
        "The last India-Nepal border Joint Working Group meeting was held from 5 to 7 March at"
        " Pokhara.\n"
    )
    named = NamedDate(date(2030, 6, 1))
    result = extract(text, named=named)
    assert result.reference == date(2030, 6, 2)
    got = [(c.date_text, c.start, c.end) for c in result.commitments]
    assert got == [("from June 12 to 14", date(2030, 6, 12), date(2030, 6, 14))]


def test_a_later_update_dates_neither_the_page_nor_its_meeting() -> None:
    text = (
        "Board approves new observing programme\n\n"
        "The Board held its 51st meeting in Geneva on 12 November.\n\n"
        "Last Updated\n\n4 March 2029\n\nPublished on\n\n15 November 2024\n\n"
        "The Board approved the launch of the new satellite in the first half of 2025.\n"
    )
    result = extract(text)
    assert result.reference == date(2024, 11, 15)
    got = [(c.date_text, c.kind, c.end) for c in result.commitments]
    assert got == [("in the first half of 2025", "event", date(2025, 6, 30))]


def test_the_entries_under_next_sessions_are_ahead() -> None:
    text = (
        "Council\n\nThe Council is made up of two representatives of each Member State and"
        " meets twice a year to adopt the budget and the programme of activities.\n\n"
        "Next sessions\n\n14-15 May 2031 - virtual\n\n3 - 4 December 2031 - Geneva\n"
    )
    got = [(c.start, c.end) for c in extract(text).commitments]
    assert got == [(date(2031, 5, 14), date(2031, 5, 15)), (date(2031, 12, 3), date(2031, 12, 4))]


def test_a_labelled_stamp_at_the_foot_is_no_item() -> None:
    text = (
        "Report from the Study Group meetings\n\n"
        "The Study Group met on 2 to 3 October 2030 in Madrid and discussed market trends.\n\n"
        "Published 10/10/2030 09:12:30 Last Modified 10/10/2030 09:15:02\n"
    )
    assert extract(text).commitments == []


def test_a_deadline_before_the_meeting_a_file_is_named_for_is_kept() -> None:
    text = (
        "The Committee will hold its 70th meeting in Lima on 6 October.\n\n"
        "The deadline for registration is 1 July 2031; please contact the Bureau.\n"
    )
    named = NamedDate(date(2031, 10, 1))
    got = [(c.date_text, c.kind, c.end) for c in extract(text, named=named).commitments]
    assert got == [
        ("6 October", "event", date(2031, 10, 6)),
        ("1 July 2031", "deadline", date(2031, 7, 1)),
    ]
    # what the text dates long before the name is still its past
    old = text.replace("1 July 2031", "1 July 2029")
    assert [c.date_text for c in extract(old, named=named).commitments] == ["6 October"]


def test_a_page_that_asks_to_confirm_attendance_announces_its_meeting_once() -> None:
    text = (
        "12th Meeting of the Council\n\n14 to 15 May 2031, videoconference\n\n"
        "Lima / Quito:\n1st Session: 14 May, 10:00 / 2nd Session: 15 May, 09:00\n\n"
        "Confirm your attendance here\n"
    )
    got = [(c.kind, c.start, c.end) for c in extract(text).commitments]
    assert got == [("event", date(2031, 5, 14), date(2031, 5, 15))]


def test_a_quarter_alone_on_a_line_heads_the_events_under_it() -> None:
    text = (
        "Highlights for 2032\n\n12 December 2031\n\n"
        "The following list gives the media a summary of the main events of the programme of the"
        " agency; the dates may still change.\n\n"
        "FIRST QUARTER OF 2032\n\n"
        "Launch ceremony in Kourou\nDate: 20 January 2032\n\n"
        "Annual press conference of the Director General\nDate: 23 January 2032\n"
    )
    got = [c.end for c in extract(text).commitments]
    assert got == [date(2032, 1, 20), date(2032, 1, 23)]


def test_a_clause_an_occasion_opens_told_in_the_past_is_past() -> None:
    text = (
        "At a ceremony at the Secretariat on Monday, 3 March, the new headquarters agreement"
        " was signed by the two parties.\n"
    )
    assert extract(text, named=NamedDate(date(2031, 3, 1))).commitments == []


def test_a_clause_a_capital_opens_after_a_run_on_title_told_in_the_past_is_past() -> None:
    text = (
        "“Consenso de Lima” sobre cooperación con países de renta media Los días 3 y 4 de octubre"
        " de 2031, se llevó a cabo en Lima la II Conferencia Internacional sobre el tema. Dicha"
        " Conferencia constituyó un seguimiento a la celebrada en Quito del 1 al 2 de marzo de"
        " 2031.\n"
    )
    assert extract(text).commitments == []


def test_a_weekday_with_its_day_in_brackets_after_proximo_is_read_in_the_files_month() -> None:
    text = (
        "La Comisión se reunirá el próximo miércoles (21) con el Canciller para analizar los temas"
        " del área.\n"
    )
    got = [
        (c.date_text, c.end) for c in extract(text, named=NamedDate(date(2031, 5, 1))).commitments
    ]
    assert got == [("el próximo miércoles (21)", date(2031, 5, 21))]


def test_a_place_and_date_closing_the_text_with_a_stop_date_it() -> None:
    text = (
        "Los cancilleres acordaron que la próxima reunión de la Comisión Binacional se realice en"
        " el mes de junio de 2032 en Asunción.\n"
        "Lima, 23 de julio de 2031.\n"
    )
    result = extract(text)
    assert result.reference == date(2031, 7, 23)
    assert [(c.date_text, c.end) for c in result.commitments] == [
        ("en el mes de junio de 2032", date(2032, 6, 30))
    ]


def test_a_month_and_days_in_it_in_one_sentence_are_one_event_under_a_files_year() -> None:
    text = (
        "We look forward to welcoming you to Lima in October for the Forum, which will take place"
        " from October 8th – 10th.\n"
    )
    got = [(c.start, c.end) for c in extract(text, named=NamedDate(date(2031, 9, 1))).commitments]
    assert got == [(date(2031, 10, 8), date(2031, 10, 10))]


def test_a_date_opening_a_clause_whose_meeting_will_be_held_is_that_meeting_announced() -> None:
    text = (
        "Digital 40th Session of the Nordic Assembly and 27th Nordic Council\n\n"
        "On 6 November 2031, the digital 40th Session of the Nordic Assembly and 27th Nordic"
        " Council will be held.\n\n"
        "Due to the spread of the epidemic, the ordinary Session of the Nordic Assembly for the"
        " first time will be held digitally.\n"
    )
    got = [(c.kind, c.end) for c in extract(text).commitments]
    assert got == [("event", date(2031, 11, 6))]


def test_a_date_opening_a_clause_whose_meeting_was_held_dates_the_text() -> None:
    text = (
        "On 11 June 2031 the Meeting of the Permanent Representatives of the Parties was held via"
        " web-conferencing.\n\n"
        "The Parties agreed to send their comments on the draft within the coming 30 days.\n"
    )
    result = extract(text)
    assert result.reference == date(2031, 6, 11)
    assert [(c.kind, c.end) for c in result.commitments] == [("deadline", date(2031, 7, 11))]


def test_a_meeting_whose_outcome_the_text_recalls_does_not_date_it() -> None:
    text = (
        "Este jueves 4 de marzo, en la ciudad de Panamá, concluyeron los trabajos de la VII"
        " Reunión de la Comisión Binacional, que revisó el estado de la relación bilateral.\n"
        "Ambos funcionarios expresaron satisfacción por los avances en la ejecución de los"
        " mandatos presidenciales emanados del encuentro entre el presidente de México, Juan"
        " Pérez Gómez, y el presidente de Panamá, Luis Ortega Ríos, celebrado en Ciudad de"
        " México, el 30 de octubre de 2030.\n"
        "Las partes acordaron concluir las negociaciones en abril para firmar el Acuerdo.\n"
    )
    result = extract(text, named=NamedDate(date(2032, 3, 1)))
    assert result.reference == date(2032, 3, 4)
    assert [(c.date_text, c.end) for c in result.commitments] == [("en abril", date(2032, 4, 30))]


def test_a_span_of_weeks_in_the_prose_below_a_title_is_no_title_blocks() -> None:
    text = (
        "Convocatoria 2032 Fondo Conjunto de Cooperación\n\n"
        " La presente Convocatoria estará disponible en línea y se publicará en paralelo en ambos"
        " países, en las páginas electrónicas de las dos agencias, desde el 8 de julio al 30 de"
        " septiembre del presente año.\n"
    )
    got = [(c.kind, c.end) for c in extract(text, named=NamedDate(date(2032, 7, 1))).commitments]
    assert got == [("deadline", date(2032, 9, 30))]


def test_an_english_simple_past_with_its_object_governs_the_date() -> None:
    text = (
        "The 52nd Meeting of the Council was originally scheduled in April 2032 but could not be"
        " held.\n\n"
        "The Secretariat therefore facilitated the conduct of the Teleconference Session of the"
        " Council on 19 May 2032.\n"
    )
    assert extract(text, named=NamedDate(date(2032, 5, 1))).commitments == []
    # not a decision to hold it
    ahead = text.replace("therefore facilitated the conduct of", "decided to hold")
    got = [c.end for c in extract(ahead, named=NamedDate(date(2032, 5, 1))).commitments]
    assert got == [date(2032, 5, 19)]


def test_a_dateline_with_the_years_two_digits_after_a_slash_dates_the_text() -> None:
    text = (
        "Bogotá, abr. 1/32 (Cancillería)\n"
        "El consulado invita a la presentación del informe regional que se realizará el próximo 6"
        " de abril en la Sede Consular.\n"
    )
    result = extract(text)
    assert result.reference == date(2032, 4, 1)
    assert [(c.kind, c.end) for c in result.commitments] == [("event", date(2032, 4, 6))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2031 Regional Water Summit will take place from 22 to 24 May in Lima, under the"
            " presidency of Peru.",
            [("from 22 to 24 May", "event", date(2031, 5, 22), date(2031, 5, 24))],
        ),
        (
            "La convocatoria de Becas Andinas 2031 estará abierta hasta el 15 de marzo, anunció la"
            " Secretaría.",
            [("hasta el 15 de marzo", "deadline", None, date(2031, 3, 15))],
        ),
        (
            "The Caribbean Fisheries Week (CFW) 2031, which will take place from October 7th to"
            " 11th, gathers the region's ministers.",
            [("from October 7th to 11th", "event", date(2031, 10, 7), date(2031, 10, 11))],
        ),
        (
            "Las solicitudes para las Becas de Movilidad Artística 2031 podrán presentarse hasta"
            " el 31 de agosto.",
            [("hasta el 31 de agosto", "deadline", None, date(2031, 8, 31))],
        ),
        # a year a preposition governs, a period's, a plan's: none names the text's year
        ("The Commission, created in 1986, will meet on 15 and 16 January in Quito.", []),
        ("The Strategic Plan 2030 will be reviewed by the Council on 15 March.", []),
        ("The 2031-2035 Work Programme will be adopted on 3 June in Geneva.", []),
    ],
)
def test_a_year_in_a_name_dates_a_text_with_no_date_of_its_own(
    text: str, expected: list[tuple[str, str, date | None, date]]
) -> None:
    got = [(c.date_text, c.kind, c.start, c.end) for c in extract(text).commitments]
    assert got == expected
    # a date in the file's name outranks it
    named = NamedDate(date(2029, 1, 1), month_known=False)
    assert all(c.end.year <= 2030 for c in extract(text, named=named).commitments)


def test_an_irregular_english_past_governs_the_date_after_it() -> None:
    text = (
        "Chile became a Party to the Agreement in December 2005 and hosted the Fourth Meeting of"
        " the Parties in 2009. The Parties will meet again in May 2032 in Santiago.\n"
    )
    got = [(c.date_text, c.kind) for c in extract(text).commitments]
    assert got == [("in May 2032", "event")]


def test_a_text_with_no_date_of_its_own_tells_its_past_by_what_it_tells_ahead() -> None:
    text = (
        "The 12th meeting of the Council is scheduled to take place in June 2032 in Suva.\n"
        "Related meetings\n"
        "11th meeting of the Council, July 2031, Apia\n"
        "10th meeting of the Council, June 2030, Nuku'alofa\n"
        "9th meeting of the Council, May 2029, Honiara\n"
    )
    got = [c.date_text for c in extract(text).commitments]
    # within a year of June 2032 a meeting may still be ahead; before it, it is the past
    assert got == ["in June 2032", "July 2031"]
    (older,) = [d for d in extract(text).decisions if d.date_text == "June 2030"]
    assert older.reason.startswith("dropped: the text's past")
    # a deadline is told ahead, however early: it sets the mark
    due = "Members are invited to send their views by 15 July 2030.\n" + text
    assert [c.date_text for c in extract(due).commitments] == [
        "by 15 July 2030",
        "in June 2032",
        "July 2031",
        "June 2030",
    ]
    # a file's name dates the text instead
    named = NamedDate(date(2032, 3, 1))
    assert [c.date_text for c in extract(text, named=named).commitments] == ["in June 2032"]
