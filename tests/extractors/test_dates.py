"""Tables of (sentence, reference date) -> (kind, start, end, precision), in Spanish and English.

Each sentence is extracted as a one-paragraph document whose meeting date is the reference.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import add_months, find_dates
from extractors.pipeline import extract

D = date.fromisoformat

SPANISH = [
    # a count of months before a duty, of days after "de nuevo" or before a future, even with
    # a place and a comma before it
    (
        "En seis meses, los gobiernos deberán definir los mecanismos de trabajo.",
        "2029-02-10",
        "En seis meses",
        "deadline",
        None,
        "2029-08-10",
        "day",
    ),
    (
        "El grupo resolvió reunirse de nuevo en 60 días en Canadá.",
        "2029-02-10",
        "en 60 días",
        "event",
        "2029-02-11",
        "2029-04-11",
        "vague",
    ),
    (
        "Según anunció Brasil, en 60 días lanzará el llamado a licitación del dragado.",
        "2029-02-10",
        "en 60 días",
        "deadline",
        None,
        "2029-04-11",
        "day",
    ),
    # "a.m." before a word in lower case ends no sentence: the session's first sitting is its
    # opening day
    (
        "El período de sesiones se celebrará del 4 al 29 de marzo en Ginebra. La sesión comenzará"
        " a las 10 a.m. el lunes 4 de marzo, bajo la presidencia del Embajador.",
        "2030-02-20",
        "del 4 al 29 de marzo",
        "event",
        "2030-03-04",
        "2030-03-29",
        "day",
    ),
    # "próximo" after a day's month: that day, not the month
    (
        "El plazo de admisión de proyectos finaliza el 24 de abril próximo.",
        "2029-02-01",
        "24 de abril próximo",
        "deadline",
        None,
        "2029-04-24",
        "day",
    ),
    # a call open for a span of days: due by the day it closes
    (
        "La Convocatoria permanecerá abierta del 1 de abril hasta el 1 de junio a las 17 horas.",
        "2029-02-01",
        "del 1 de abril hasta el 1 de junio",
        "deadline",
        None,
        "2029-06-01",
        "day",
    ),
    (
        "El informe regional será publicado el 30 de junio.",
        "2029-05-10",
        "30 de junio",
        "deadline",
        None,
        "2029-06-30",
        "day",
    ),
    # a count of days before a verb in the future: the time it is done within
    (
        "Según anunció la delegación, en 45 días lanzará la convocatoria a licitación.",
        "2029-03-10",
        "en 45 días",
        "deadline",
        None,
        "2029-04-24",
        "day",
    ),
    # "el mes junio", without its "de"
    (
        "La próxima reunión del Comité Permanente se celebrará en el mes junio.",
        "2028-03-05",
        "en el mes junio",
        "event",
        "2028-06-01",
        "2028-06-30",
        "month",
    ),
    # a span from a day of this month to a day of the next
    (
        "La Semana de la Energía se realizará en Asunción del 28 de este mes al 1 de noviembre.",
        "2028-10-02",
        "del 28 de este mes al 1 de noviembre",
        "event",
        "2028-10-28",
        "2028-11-01",
        "day",
    ),
    (
        "Los ministros se reunirán el jueves y viernes 7 y 8 de diciembre en la sede.",
        "2028-09-19",
        "el jueves y viernes 7 y 8 de diciembre",
        "event",
        "2028-12-07",
        "2028-12-08",
        "day",
    ),
    # a part of the next year, and what is left of this one
    (
        "La Secretaría presentará el informe de evaluación a principios del próximo año.",
        "2028-10-02",
        "a principios del próximo año",
        "deadline",
        "2029-01-01",
        "2029-04-30",
        "vague",
    ),
    (
        "Los grupos de trabajo concluirán sus propuestas en lo que resta del año.",
        "2028-10-02",
        "en lo que resta del año",
        "deadline",
        "2028-10-03",
        "2028-12-31",
        "vague",
    ),
    # a body's own meeting named by its month
    (
        "Los ministros acordaron aprobar la hoja de ruta en su reunión de noviembre.",
        "2028-10-02",
        "su reunión de noviembre",
        "event",
        "2028-11-01",
        "2028-11-30",
        "month",
    ),
    # a target year after "antes del año": the year named, pledged by the ministers
    (
        "Los ministros se comprometen a trabajar juntos para cumplir antes del año 2034 las metas"
        " del Plan de Acción regional.",
        "2028-11-18",
        "antes del año 2034",
        "deadline",
        "2034-01-01",
        "2034-12-31",
        "year",
    ),
    (
        "Las autoridades se comprometieron a reducir a la mitad la pérdida de alimentos antes de 2035.",
        "2028-11-18",
        "antes de 2035",
        "deadline",
        "2035-01-01",
        "2035-12-31",
        "year",
    ),
    # a day of "this" month, named
    (
        "La Comisión se prepara para la próxima reunión regional, que se realizará el martes 17"
        " de este octubre en Montevideo.",
        "2028-10-02",
        "17 de este octubre",
        "event",
        "2028-10-17",
        "2028-10-17",
        "day",
    ),
    # a meeting set for a date, whatever it will decide there
    (
        "El Comité también fijó su próxima reunión, la número 45, para el mes de agosto, donde se"
        " definirá el reglamento de convoyes.",
        "2028-04-20",
        "para el mes de agosto",
        "event",
        "2028-08-01",
        "2028-08-31",
        "month",
    ),
    # two weekdays, from the one to the other
    (
        "Panamá acogerá, a partir de este lunes y hasta el próximo viernes, la Conferencia"
        " Regional de Directores Generales de Aduanas.",
        "2028-03-26",
        "a partir de este lunes y hasta el próximo viernes",
        "event",
        "2028-03-27",
        "2028-03-31",
        "day",
    ),
    # a count said roughly, and a meeting called off on its old day and set again
    (
        "La reunión de mandatarios que estaba prevista para este día se realizará"
        " tentativamente dentro de unos 15 días.",
        "2028-02-25",
        "dentro de unos 15 días",
        "event",
        "2028-02-26",
        "2028-03-11",
        "vague",
    ),
    (
        "Las reuniones se celebrarán del 28 de abril al 11 de mayo, 2028 en Ginebra.",
        "2027-11-15",
        "del 28 de abril al 11 de mayo, 2028",
        "event",
        "2028-04-28",
        "2028-05-11",
        "day",
    ),
    # what is due by a day is due by its last minute, not held at an hour
    (
        "Las delegaciones deberán remitir sus propuestas el 15 de febrero de 2028, a las 23:59"
        " horas.",
        "2027-11-15",
        "15 de febrero de 2028",
        "deadline",
        None,
        "2028-02-15",
        "day",
    ),
    # a deadline after a comma and a capitalised name is no head's place and date
    (
        "Solicitar a la Secretaría General que presente al Consejo, antes del 31 de enero de"
        " 2028, un informe sobre la ejecución del programa.",
        "2027-11-15",
        "antes del 31 de enero de 2028",
        "deadline",
        None,
        "2028-01-31",
        "day",
    ),
    # a half-year counted from the reference date
    (
        "Los Ministros de Trabajo se reunirán nuevamente durante el próximo semestre en Lima.",
        "2027-05-12",
        "durante el próximo semestre",
        "event",
        "2027-07-01",
        "2027-12-31",
        "semester",
    ),
    (
        "La Secretaría presentará el balance de ejecución en el trimestre en curso.",
        "2027-05-12",
        "en el trimestre en curso",
        "deadline",
        "2027-04-01",
        "2027-06-30",
        "quarter",
    ),
    # the end of the year said with a verb: its last four months, as "a finales de"
    (
        "Los Estados Partes notificarán a la Secretaría, antes de finalizar el año, las medidas"
        " adoptadas para incorporar la norma.",
        "2027-05-12",
        "antes de finalizar el año",
        "deadline",
        "2027-09-01",
        "2027-12-31",
        "vague",
    ),
    (
        "La Comisión aprobará el reglamento antes de que concluya el año.",
        "2027-05-12",
        "antes de que concluya el año",
        "deadline",
        "2027-09-01",
        "2027-12-31",
        "vague",
    ),
    (
        "Las delegaciones remitirán sus observaciones antes del final del presente año.",
        "2027-05-12",
        "antes del final del presente año",
        "deadline",
        "2027-09-01",
        "2027-12-31",
        "vague",
    ),
    # "informe antes de": a report due by then, not the date of a report
    (
        "La Secretaría Técnica presentará el informe antes de finales de 2027.",
        "2027-05-12",
        "finales de 2027",
        "deadline",
        "2027-09-01",
        "2027-12-31",
        "vague",
    ),
    # a season said in Spanish, with its year or from the reference date
    (
        "La Cumbre de Ministros se celebrará en el otoño de 2028 en la ciudad de Quito.",
        "2027-11-15",
        "en el otoño de 2028",
        "event",
        "2028-09-01",
        "2028-11-30",
        "vague",
    ),
    (
        "El Comité Ejecutivo volverá a reunirse en primavera para examinar el informe.",
        "2027-11-15",
        "en primavera",
        "event",
        "2028-03-01",
        "2028-05-31",
        "vague",
    ),
    # a survey applied in a month is a task, whatever workshop the sentence names
    (
        "En marzo de 2027 la ST aplicará una encuesta de seguimiento a las personas participantes"
        " para conocer el uso dado a los contenidos del taller.",
        "2026-11-20",
        "En marzo de 2027",
        "deadline",
        "2027-03-01",
        "2027-03-31",
        "month",
    ),
    # the date a meeting is moved from is no item; the one it is moved to is
    (
        "El Taller, que la versión anterior del plan situaba el 23 y 24 de marzo de 2027, se"
        " traslada al segundo semestre, en fecha por definir.",
        "2027-02-09",
        "al segundo semestre",
        "event",
        "2027-07-01",
        "2027-12-31",
        "semester",
    ),
    # hosting a meeting, said in the infinitive, after a deliverable verb
    (
        "Designar a Honduras para ejercer la PPT y aceptar su ofrecimiento de acoger la XXXI"
        " Reunión Viceministerial en el segundo semestre de 2026.",
        "2026-03-10",
        "en el segundo semestre de 2026",
        "event",
        "2026-07-01",
        "2026-12-31",
        "semester",
    ),
    # a meeting moved to a period: its new date, not a deadline
    (
        "El Taller sobre desplazamiento por desastres se traslada al segundo semestre de 2027, en"
        " fecha por definir.",
        "2027-02-10",
        "al segundo semestre de 2027",
        "event",
        "2027-07-01",
        "2027-12-31",
        "semester",
    ),
    # "antes de" a month: due by the last day before it
    (
        "Los Estados remitirán sus comentarios a la Secretaría antes de diciembre próximo.",
        "2013-10-18",
        "antes de diciembre",
        "deadline",
        None,
        "2013-11-30",
        "month",
    ),
    (
        "La Asamblea se inaugura el lunes 4 de mayo de 2026 y se clausura el viernes 8 de mayo"
        " de 2026.",
        "2026-04-01",
        "4 de mayo de 2026 y se clausura el viernes 8 de mayo de 2026",
        "event",
        "2026-05-04",
        "2026-05-08",
        "day",
    ),
    (
        "Se concede a los Estados un plazo adicional de 90 días para remitir sus informes.",
        "2009-07-28",
        "un plazo adicional de 90 días",
        "deadline",
        None,
        "2009-10-26",
        "day",
    ),
    # parts of a month, and a deadline before it ends
    (
        "El taller regional se realizará en la segunda mitad de mayo de 2008.",
        "2008-03-01",
        "en la segunda mitad de mayo de 2008",
        "event",
        "2008-05-16",
        "2008-05-31",
        "vague",
    ),
    (
        "Los Países Miembros remitirán sus aportes antes de que finalice noviembre de 2021.",
        "2021-10-20",
        "antes de que finalice noviembre de 2021",
        "deadline",
        "2021-11-01",
        "2021-11-30",
        "month",
    ),
    (
        "Instar a los Países Miembros a comunicar sus datos a la ST no más tarde del 31 de agosto"
        " de 2012.",
        "2012-06-21",
        "no más tarde del 31 de agosto de 2012",
        "deadline",
        None,
        "2012-08-31",
        "day",
    ),
    # una hora posterior del día de la nota
    (
        "Los cancilleres se reunirán esta tarde en la sede de la Cancillería.",
        "2019-03-28",
        "esta tarde",
        "event",
        "2019-03-28",
        "2019-03-28",
        "day",
    ),
    # a meeting's close joined to its opening day
    (
        "La Conferencia se inaugurará el martes 2 de junio de 2026 y se clausurará el viernes"
        " 12 de junio de 2026.",
        "2026-03-01",
        "martes 2 de junio de 2026 y se clausurará el viernes 12 de junio de 2026",
        "event",
        "2026-06-02",
        "2026-06-12",
        "day",
    ),
    # days named with their weekdays and no month: the reference date's month
    (
        "Los cancilleres se reunirán este miércoles 16 y jueves 17 en Santo Domingo.",
        "2011-11-14",
        "este miércoles 16 y jueves 17",
        "event",
        "2011-11-16",
        "2011-11-17",
        "day",
    ),
    # a weekday with its day, the month left out: the first such day from the reference date
    (
        "Los ministros de Salud se reunirán el viernes 28 en Tegucigalpa.",
        "2012-09-20",
        "el viernes 28",
        "event",
        "2012-09-28",
        "2012-09-28",
        "day",
    ),
    # the weekday decides the month: 16 October 2013 is a Wednesday, 16 November a Saturday
    (
        "La Comisión sesionará el sábado 16 para aprobar su informe anual.",
        "2013-10-02",
        "el sábado 16",
        "event",
        "2013-11-16",
        "2013-11-16",
        "day",
    ),
    (
        "La cumbre será el sábado 21 y el domingo 22 de este mes.",
        "2018-07-10",
        "el sábado 21 y el domingo 22 de este mes",
        "event",
        "2018-07-21",
        "2018-07-22",
        "day",
    ),
    (
        "Se decidió convocar a una reunión extraordinaria dentro de los próximos 30 días.",
        "2023-11-10",
        "dentro de los próximos 30 días",
        "event",
        "2023-11-11",
        "2023-12-10",
        "vague",
    ),
    # (sentence, reference, date_text, kind, start, end, precision)
    (
        "Que los Países Miembros remitan, a más tardar el 15 de julio, información sobre políticas públicas.",
        "2017-06-22",
        "a más tardar el 15 de julio",
        "deadline",
        None,
        "2017-07-15",
        "day",
    ),
    (
        "Taller regional que se realizará del 8 al 9 de agosto de 2017 en San José, Costa Rica; se insta a los Países Miembros a remitir a la ST las confirmaciones de participación.",
        "2017-06-22",
        "del 8 al 9 de agosto de 2017",
        "event",
        "2017-08-08",
        "2017-08-09",
        "day",
    ),
    (
        "Aprobar la realización de una reunión del Grupo Ad Hoc durante el primer semestre de 2017.",
        "2016-11-18",
        "durante el primer semestre de 2017",
        "event",
        "2017-01-01",
        "2017-06-30",
        "semester",
    ),
    (
        "Solicitar a la ST la revisión del Plan de Acción en un plazo máximo de tres meses.",
        "2009-07-08",
        "en un plazo máximo de tres meses",
        "deadline",
        None,
        "2009-10-08",
        "day",
    ),
    (
        "La comisión deberá tener su primera reunión virtual a más tardar durante la primera semana de diciembre de 2016.",
        "2016-11-18",
        "a más tardar durante la primera semana de diciembre de 2016",
        "deadline",
        "2016-12-01",
        "2016-12-07",
        "week",
    ),
    (
        "Solicitar la revisión a más tardar el I Trimestre del año 2022.",
        "2021-12-01",
        "a más tardar el I Trimestre del año 2022",
        "deadline",
        "2022-01-01",
        "2022-03-31",
        "quarter",
    ),
    (
        "Criterios que se circularán a finales de junio de 2010 para consideración de los países miembros.",
        "2010-05-19",
        "a finales de junio de 2010",
        "deadline",
        "2010-06-21",
        "2010-06-30",
        "month",
    ),
    (
        "Celebrar un curso regional en febrero o marzo de 2011 en Santo Domingo.",
        "2010-11-18",
        "en febrero o marzo de 2011",
        "event",
        "2011-02-01",
        "2011-03-31",
        "vague",
    ),
    (
        "Decidieron celebrar otro encuentro durante los primeros meses de 1997 en la Ciudad de Panamá.",
        "1996-03-14",
        "durante los primeros meses de 1997",
        "event",
        "1997-01-01",
        "1997-04-30",
        "vague",
    ),
    (
        "Remitir a la ST comentarios sobre el folleto informativo, antes del 30 de diciembre de 2004.",
        "2004-12-03",
        "antes del 30 de diciembre de 2004",
        "deadline",
        None,
        "2004-12-30",
        "day",
    ),
    (
        "Pedir a la PPT que convoque una reunión virtual del Grupo Ad Hoc a principios de febrero.",
        "2020-10-15",
        "a principios de febrero",
        "event",
        "2021-02-01",
        "2021-02-10",
        "vague",
    ),
    (
        "Realizar el foro regional durante la primera quincena de mayo en Tegucigalpa.",
        "2026-03-12",
        "la primera quincena de mayo",
        "event",
        "2026-05-01",
        "2026-05-15",
        "vague",
    ),
    (
        "Realizar el taller de seguimiento en la segunda quincena de mayo.",
        "2026-03-12",
        "segunda quincena de mayo",
        "event",
        "2026-05-16",
        "2026-05-31",
        "vague",
    ),
    (
        "Los Países Miembros enviarán sus aportes a mediados de octubre.",
        "2026-03-12",
        "a mediados de octubre",
        "deadline",
        "2026-10-11",
        "2026-10-20",
        "vague",
    ),
    (
        "Celebrar la próxima reunión del GRCM del 28 de diciembre al 3 de enero en Managua.",
        "2020-10-15",
        "del 28 de diciembre al 3 de enero",
        "event",
        "2020-12-28",
        "2021-01-03",
        "day",
    ),
    (
        "Instar a los Países Miembros a efectuar el pago de sus cuotas antes del 31 de enero.",
        "2027-12-03",
        "antes del 31 de enero",
        "deadline",
        None,
        "2028-01-31",
        "day",
    ),
    (
        "Remitir las observaciones dentro de los 30 días siguientes a esta reunión.",
        "2026-03-12",
        "dentro de los 30 días siguientes a esta reunión",
        "deadline",
        None,
        "2026-04-11",
        "day",
    ),
    (
        "Instar a los Países Miembros a que, en un plazo de dos semanas, remitan la información.",
        "2020-10-15",
        "en un plazo de dos semanas",
        "deadline",
        None,
        "2020-10-29",
        "day",
    ),
    (
        "Así como de que la CRM sostenga, en 2019, un taller de seguimiento.",
        "2017-06-22",
        "en 2019",
        "event",
        "2019-01-01",
        "2019-12-31",
        "year",
    ),
    (
        "Realizar un Foro sobre mujeres migrantes en el marco de la reunión Viceministerial de la CRM de 2017.",
        "2017-06-22",
        "en el marco de la reunión Viceministerial de la CRM de 2017",
        "event",
        "2017-01-01",
        "2017-12-31",
        "year",
    ),
    (
        "Convocar un taller subregional de capacitación a realizarse durante el segundo semestre.",
        "2006-05-05",
        "durante el segundo semestre",
        "event",
        "2006-07-01",
        "2006-12-31",
        "semester",
    ),
    (
        "Decidieron realizar una reunión a nivel técnico en segundo semestre del presente año en Costa Rica.",
        "1997-03-14",
        "en segundo semestre del presente año",
        "event",
        "1997-07-01",
        "1997-12-31",
        "semester",
    ),
    (
        "Los Países Miembros deberán responder el cuestionario hasta el 15 de mayo de 2026.",
        "2026-03-12",
        "hasta el 15 de mayo de 2026",
        "deadline",
        None,
        "2026-05-15",
        "day",
    ),
    (
        "Enviar las fichas nacionales a más tardar el 15/07/2017.",
        "2017-06-22",
        "a más tardar el 15/07/2017",
        "deadline",
        None,
        "2017-07-15",
        "day",
    ),
    (
        "La XIV Reunión Viceministerial se celebrará en San Salvador en julio de 2009.",
        "2009-05-07",
        "en julio de 2009",
        "event",
        "2009-07-01",
        "2009-07-31",
        "month",
    ),
    (
        "Realizar el Taller Regional la semana del 23 al 27 de octubre de 2006 en Tegucigalpa.",
        "2006-05-05",
        "la semana del 23 al 27 de octubre de 2006",
        "event",
        "2006-10-23",
        "2006-10-27",
        "week",
    ),
    (
        "El Seminario se realizará en Costa Rica entre los meses de junio y agosto de 2005.",
        "2004-12-03",
        "entre los meses de junio y agosto de 2005",
        "event",
        "2005-06-01",
        "2005-08-31",
        "vague",
    ),
    (
        "Realizar, con el apoyo de la UNODC, un taller en el cuarto trimestre de 2012.",
        "2012-06-29",
        "en el cuarto trimestre de 2012",
        "event",
        "2012-10-01",
        "2012-12-31",
        "quarter",
    ),
    (
        "Los Países Miembros confirmarán su asistencia al 31 de enero del 2005.",
        "2004-12-03",
        "al 31 de enero del 2005",
        "deadline",
        None,
        "2005-01-31",
        "day",
    ),
    (
        "El Grupo de Trabajo se reunirá el 24 de abril de 2018.",
        "2018-03-10",
        "24 de abril de 2018",
        "event",
        "2018-04-24",
        "2018-04-24",
        "day",
    ),
    (
        "La reunión se realizará del lunes 14 al miércoles 16 de mayo de 2018.",
        "2018-03-10",
        "del lunes 14 al miércoles 16 de mayo de 2018",
        "event",
        "2018-05-14",
        "2018-05-16",
        "day",
    ),
    (
        "Los días 8, 9 y 10 de agosto se realizará el seminario.",
        "2018-03-10",
        "Los días 8, 9 y 10 de agosto",
        "event",
        "2018-08-08",
        "2018-08-10",
        "day",
    ),
    (
        # 2018-03-10 is a Saturday: fifteen working days end on Friday 30 March.
        "Que los Países Miembros remitan sus observaciones en un plazo de quince días hábiles.",
        "2018-03-10",
        "en un plazo de quince días hábiles",
        "deadline",
        None,
        "2018-03-30",
        "day",
    ),
    (
        "Presentar la propuesta antes de finalizar el año 2018.",
        "2018-03-10",
        "antes de finalizar el año 2018",
        "deadline",
        "2018-09-01",
        "2018-12-31",
        "vague",
    ),
    (
        "Los países enviarán sus respuestas antes de que concluya 2018.",
        "2018-03-10",
        "antes de que concluya 2018",
        "deadline",
        "2018-09-01",
        "2018-12-31",
        "vague",
    ),
    # scheduling a meeting, told in the past, sets its day ahead
    (
        "En la reunión se programó una nueva reunión el 12 de abril para revisar los avances.",
        "2031-03-20",
        "12 de abril",
        "event",
        "2031-04-12",
        "2031-04-12",
        "day",
    ),
    # a postponement's word in the sentence before, a programme's name, moves nothing
    (
        "Los beneficiarios de la Acción Diferida recibieron apoyo.\nLas delegaciones acordaron"
        " reunirse nuevamente en Lima en enero de 2032 para avanzar.",
        "2031-11-20",
        "en enero de 2032",
        "event",
        "2032-01-01",
        "2032-01-31",
        "month",
    ),
    # the meeting a sentence is set in does not make its task an event
    (
        "Durante el encuentro se acordó continuar en marzo de 2032 con la erección de hitos en el"
        " tramo norte.",
        "2031-10-10",
        "en marzo de 2032",
        "deadline",
        "2032-03-01",
        "2032-03-31",
        "month",
    ),
    (
        "En la reunión se acordó iniciar la limpieza de la picada en marzo de 2032.",
        "2031-10-10",
        "en marzo de 2032",
        "deadline",
        "2032-03-01",
        "2032-03-31",
        "month",
    ),
    # what closes on a day, "próximo" between; a call open for weeks is due by its close; the
    # day a deadline's noun names, as a label or as a subject
    (
        "Se recuerda a las organizaciones la presentación de proyectos, que vence el próximo 15"
        " de julio.",
        "2032-06-20",
        "15 de julio",
        "deadline",
        None,
        "2032-07-15",
        "day",
    ),
    (
        "La presente Convocatoria se publicará en las páginas electrónicas de ambas agencias"
        " durante un periodo de dos meses (del 15 de abril al 17 de junio de 2032).",
        "2032-03-01",
        "del 15 de abril al 17 de junio de 2032",
        "deadline",
        None,
        "2032-06-17",
        "day",
    ),
    (
        "Plazo para la presentación del documento de síntesis: Martes 31 de mayo de 2033 a las 18"
        " horas.",
        "2033-04-01",
        "31 de mayo de 2033",
        "deadline",
        None,
        "2033-05-31",
        "day",
    ),
    (
        "El plazo límite para la presentación de las propuestas será el martes 31 de mayo próximo.",
        "2033-04-01",
        "31 de mayo próximo",
        "deadline",
        None,
        "2033-05-31",
        "day",
    ),
    # one quarter or the next; the first months of the next year
    (
        "Se acordó que la Reunión de Medio Término se realice en el segundo o tercer trimestre 2032"
        " por medios virtuales.",
        "2031-12-10",
        "en el segundo o tercer trimestre 2032",
        "event",
        "2032-04-01",
        "2032-09-30",
        "vague",
    ),
    (
        "Se acordó llevar a cabo la segunda reunión del Consejo durante los primeros meses del"
        " próximo año.",
        "2031-12-10",
        "durante los primeros meses del próximo año",
        "event",
        "2032-01-01",
        "2032-04-30",
        "vague",
    ),
    # a decision to hold a meeting, told in the perfect
    (
        "En línea con el Plan de Acción, se ha acordado la realización en 2032 de un encuentro"
        " entre los Ministerios de Educación y Hacienda.",
        "2031-11-20",
        "en 2032",
        "event",
        "2032-01-01",
        "2032-12-31",
        "year",
    ),
    # a past verb that announces the holding of a meeting, however long its name
    (
        "Durante la sesión se anunció la celebración del Congreso Regional de Juventud, Cultura y"
        " Deporte en Asunción del 3 al 5 de septiembre de 2032.",
        "2031-12-01",
        "del 3 al 5 de septiembre de 2032",
        "event",
        "2032-09-03",
        "2032-09-05",
        "day",
    ),
]

ENGLISH = [
    # a day of a meeting, whatever follows it
    (
        "The last day of the Forum, Thursday 6 November, is the Labour Mobility Dialogue, which"
        " will present its recommendations.",
        "2031-10-01",
        "6 November",
        "event",
        "2031-11-06",
        "2031-11-06",
        "day",
    ),
    # days listed with commas alone, or joined by "&"
    (
        "Plenary meeting: 27, 28, 29 July 2032.",
        "2032-05-24",
        "27, 28, 29 July 2032",
        "event",
        "2032-07-27",
        "2032-07-29",
        "day",
    ),
    (
        "The Advisory Committee will meet on 11 & 12 January 2033 before the Conference.",
        "2032-05-24",
        "11 & 12 January 2033",
        "event",
        "2033-01-11",
        "2033-01-12",
        "day",
    ),
    # a count of days "within the coming"; "Tomorrow" before the day it is; a meeting put off
    # until its new days
    (
        "The Parties agreed to make their comments within the coming 30 days.",
        "2031-06-11",
        "within the coming 30 days",
        "deadline",
        None,
        "2031-07-11",
        "day",
    ),
    (
        "Tomorrow, on 4 February, the Prime Minister will travel to Riga to take part in the"
        " meeting of the Council.",
        "2032-02-03",
        "4 February",
        "event",
        "2032-02-04",
        "2032-02-04",
        "day",
    ),
    (
        "Due to the pandemic, the Congress had been postponed until 30 May - 3 June 2032.",
        "2031-06-03",
        "30 May - 3 June 2032",
        "event",
        "2032-05-30",
        "2032-06-03",
        "day",
    ),
    # days written "the 31st of May"; a month, a comma and "the 8th"
    (
        "The meeting will be held in Victoria from the 31st of May to the 3rd of June.",
        "2031-04-01",
        "from the 31st of May to the 3rd of June",
        "event",
        "2031-05-31",
        "2031-06-03",
        "day",
    ),
    (
        "On July, the 8th the plenary will be held at the Secretariat.",
        "2031-06-01",
        "July, the 8th",
        "event",
        "2031-07-08",
        "2031-07-08",
        "day",
    ),
    # a year a meeting is scheduled for
    (
        "The Co-Chairs will remain in charge until the next Plenary Meeting scheduled for 2032.",
        "2031-10-09",
        "for 2032",
        "event",
        "2032-01-01",
        "2032-12-31",
        "year",
    ),
    # a month, then its days listed
    (
        "The agenda includes four sessions on December 1, 2 and 3 at the Secretariat.",
        "2031-11-01",
        "December 1, 2 and 3",
        "event",
        "2031-12-01",
        "2031-12-03",
        "day",
    ),
    # "as the first day" is no day's name
    (
        "The Committee will meet on 3 March as the first day of the session.",
        "2031-01-10",
        "3 March",
        "event",
        "2031-03-03",
        "2031-03-03",
        "day",
    ),
    # days listed with their weekdays and the part of a day, the month and year at the end
    (
        "The Committee will hold its 60th meeting on Tuesday 14, Wednesday 15 (morning) and"
        " Friday 17 October 2031.",
        "2031-06-01",
        "Tuesday 14, Wednesday 15 (morning) and Friday 17 October 2031",
        "event",
        "2031-10-14",
        "2031-10-17",
        "day",
    ),
    # a body that meets before a date: a meeting held by then, not a deadline
    (
        "The working group will present its findings to the next Assembly, which will meet"
        " before the end of the first half of 2032.",
        "2031-06-01",
        "the first half of 2032",
        "event",
        "2032-01-01",
        "2032-06-30",
        "semester",
    ),
    (
        "The Governors scheduled a follow-up meeting for 9 May in Kingston.",
        "2031-04-20",
        "9 May",
        "event",
        "2031-05-09",
        "2031-05-09",
        "day",
    ),
    # two days with their weekdays, "until" between: one span
    (
        "The meetings are scheduled to begin on Thursday, October 18 until Friday, October 26,"
        " and will be held at the Cultural Centre.",
        "2029-09-01",
        "October 18 until Friday, October 26",
        "event",
        "2029-10-18",
        "2029-10-26",
        "day",
    ),
    # a comments period that runs from one day to another: due by the last
    (
        "The comments period will run from 12 July 2029 to 6 August 2029.",
        "2029-07-01",
        "from 12 July 2029 to 6 August 2029",
        "deadline",
        None,
        "2029-08-06",
        "day",
    ),
    # "Convocation", the noun, convenes nothing
    (
        "The Secretariat should develop a detailed case before the publication of the"
        " Convocation for the 28th General Conference, early in 2030.",
        "2029-03-01",
        "early in 2030",
        "deadline",
        "2030-01-01",
        "2030-04-30",
        "vague",
    ),
    # the dates a change replaced, "not" before them
    (
        "The Technical Committee will meet from 10 to 13 April 2030 (please note the change in"
        " dates, i.e. not 27-30 March, as previously indicated) in Bonn.",
        "2029-12-14",
        "from 10 to 13 April 2030",
        "event",
        "2030-04-10",
        "2030-04-13",
        "day",
    ),
    # a participle that names meetings ahead, an adverb between it and their days
    (
        "The meetings scheduled for the 2030 fiscal year are as follows: the Scientific Committee"
        " - held back to back from 15 to 26 April 2030 in Busan.",
        "2029-07-05",
        "from 15 to 26 April 2030",
        "event",
        "2030-04-15",
        "2030-04-26",
        "day",
    ),
    # "will be issued on": what is still to come, not the day the document was issued
    (
        "The regional report is being prepared and will be issued on 30 June.",
        "2029-05-10",
        "30 June",
        "deadline",
        None,
        "2029-06-30",
        "day",
    ),
    # a month shortened without its stop, two days, a year
    (
        "The Board of Technical Experts will meet Oct 15-17, 2029 in Guelph.",
        "2029-08-01",
        "Oct 15-17, 2029",
        "event",
        "2029-10-15",
        "2029-10-17",
        "day",
    ),
    (
        "The Interim Meeting is set for 3-4 Dec 2029 in Seattle.",
        "2029-08-01",
        "3-4 Dec 2029",
        "event",
        "2029-12-03",
        "2029-12-04",
        "day",
    ),
    # "is being held": under way or ahead, not past
    (
        "The 20th meeting of the Water Commission is being held from May 14 – 18 at the Lodge.",
        "2029-05-10",
        "May 14 – 18",
        "event",
        "2029-05-14",
        "2029-05-18",
        "day",
    ),
    # a period open up to the date: due by then
    (
        "Members may comment on the draft guidelines during a consultation period running"
        " through 15 March.",
        "2028-11-20",
        "15 March",
        "deadline",
        None,
        "2029-03-15",
        "day",
    ),
    # a day run together with its month, as stored pages print them
    (
        "Delegations are invited to fill in the registration form by 21June.",
        "2028-06-01",
        "by 21June",
        "deadline",
        None,
        "2028-06-21",
        "day",
    ),
    (
        "The regional conference opens on October16 with a ceremony at the Palace.",
        "2028-10-01",
        "on October16",
        "event",
        "2028-10-16",
        "2028-10-16",
        "day",
    ),
    # a task's noun, of what, then the participle that sets it for a year
    (
        "The completion of the regional study is scheduled for 2030.",
        "2028-10-02",
        "for 2030",
        "deadline",
        "2030-01-01",
        "2030-12-31",
        "year",
    ),
    # two weekdays and their two days
    (
        "The Civil Society Days will take place on Thursday and Friday 7 – 8 December in the"
        " same venue.",
        "2028-09-19",
        "on Thursday and Friday 7 – 8 December",
        "event",
        "2028-12-07",
        "2028-12-08",
        "day",
    ),
    # the session's week and its first day, said one after the other: the day stays
    (
        "The Executive Committee will meet in Geneva next week. Its 79th session begins this"
        " coming Monday, October 2nd, in the Assembly Hall.",
        "2028-09-29",
        "October 2nd",
        "event",
        "2028-10-02",
        "2028-10-02",
        "day",
    ),
    # a period said by its length as one word, its purpose between
    (
        "All decisions will be taken by written procedure within a 30-day comment period.",
        "2028-10-02",
        "within a 30-day comment period",
        "deadline",
        None,
        "2028-11-01",
        "day",
    ),
    # a part of a year written with it or of the next one, and what is left of this month
    (
        "The Commission will issue its draft guidelines early in 2029.",
        "2028-10-02",
        "early in 2029",
        "deadline",
        "2029-01-01",
        "2029-04-30",
        "vague",
    ),
    (
        "Members will submit their comments in the latter part of 2029.",
        "2028-10-02",
        "in the latter part of 2029",
        "deadline",
        "2029-09-01",
        "2029-12-31",
        "vague",
    ),
    (
        "The Secretariat will circulate the revised text by the end of next year.",
        "2028-10-02",
        "by the end of next year",
        "deadline",
        "2029-09-01",
        "2029-12-31",
        "vague",
    ),
    (
        "The translated report will be available later this month.",
        "2028-10-02",
        "later this month",
        "deadline",
        "2028-10-03",
        "2028-10-31",
        "vague",
    ),
    # what is done at a meeting the date names, its body named after it
    (
        "The revised code will be presented at the next meeting of the Executive Board in"
        " November 2028.",
        "2028-10-02",
        "in November 2028",
        "event",
        "2028-11-01",
        "2028-11-30",
        "month",
    ),
    (
        "The Board agreed to finalise the calibration at its December meeting.",
        "2028-10-02",
        "its December meeting",
        "event",
        "2028-12-01",
        "2028-12-31",
        "month",
    ),
    # a future clause reported after a past verb: "agreed that … will"
    (
        "The Steering Committee agreed that next year's technical seminar will focus on"
        " traceability.",
        "2028-10-02",
        "next year",
        "event",
        "2029-01-01",
        "2029-12-31",
        "year",
    ),
    # "elaborate" is a deliverable's verb
    (
        "The parties will negotiate a treaty on the common gas market, which should be"
        " elaborated in 2029.",
        "2028-10-02",
        "in 2029",
        "deadline",
        "2029-01-01",
        "2029-12-31",
        "year",
    ),
    # a target year after "before"
    (
        "Member States will ratify the Protocol before 2033.",
        "2028-11-18",
        "before 2033",
        "deadline",
        "2033-01-01",
        "2033-12-31",
        "year",
    ),
    # a deadline moved to a new date stays a deadline; a meeting moved to one is held then
    (
        "Due to the pandemic, the deadline for candidates to register their intent to defer has"
        " been extended to May 31.",
        "2028-05-10",
        "May 31",
        "deadline",
        None,
        "2028-05-31",
        "day",
    ),
    (
        "The examinations, which were scheduled to commence on June 15, were pushed back to"
        " Thursday, June 29.",
        "2028-05-10",
        "June 29",
        "event",
        "2028-06-29",
        "2028-06-29",
        "day",
    ),
    # a year a pledge is due by, whatever the verb
    (
        "Ministers reiterated their commitments to replenishing the Foundation's funds by 2029.",
        "2027-06-07",
        "by 2029",
        "deadline",
        "2029-01-01",
        "2029-12-31",
        "year",
    ),
    # a word of a name is no verb: "Review" in "the Cooperation Review Group"
    (
        "On Monday, November 13, 2028, the meeting of the International Cooperation Review Group"
        " is scheduled for 8:45 hrs and follow-up reports will be presented.",
        "2028-11-11",
        "November 13, 2028",
        "event",
        "2028-11-13",
        "2028-11-13",
        "day",
    ),
    # a count of days from a day, and a period said by its length as one word
    (
        "The Committee is scheduled to meet for its fifth annual session for 5 1/2 days starting"
        " Thursday 1st October.",
        "2026-09-01",
        "for 5 1/2 days starting Thursday 1st October",
        "event",
        "2026-10-01",
        "2026-10-06",
        "day",
    ),
    (
        "The Roadmap includes the recruitment of Secretariat staff within the 12-month period.",
        "2027-10-28",
        "within the 12-month period",
        "deadline",
        None,
        "2028-10-28",
        "day",
    ),
    (
        "The Secretariat will circulate the revised draft in the coming two weeks.",
        "2028-02-25",
        "in the coming two weeks",
        "deadline",
        None,
        "2028-03-10",
        "day",
    ),
    # a month said from the moment of writing, forward
    (
        "The Secretary-General will be elected at the next Congress this coming September.",
        "2027-05-20",
        "this coming September",
        "event",
        "2027-09-01",
        "2027-09-30",
        "month",
    ),
    # a day and its hour are when something happens, whatever is done then
    (
        "The Minister and the Secretary General will sign a Memorandum of Understanding on"
        " Tuesday, 25th January at 11am at the Ministry.",
        "2028-01-10",
        "25th January",
        "event",
        "2028-01-25",
        "2028-01-25",
        "day",
    ),
    # a month shortened with its stop before its day and year, and a date written year first
    (
        "The Bureau of the Committee will meet on Mar. 3, 2028 in Nairobi.",
        "2027-11-15",
        "Mar. 3, 2028",
        "event",
        "2028-03-03",
        "2028-03-03",
        "day",
    ),
    (
        "National focal points are invited to send their nominations by 2028/01/31.",
        "2027-11-15",
        "by 2028/01/31",
        "deadline",
        None,
        "2028-01-31",
        "day",
    ),
    # a quarter counted from the reference date, and the end of the year in one word
    (
        "The Steering Committee will meet again next quarter to review the roadmap.",
        "2027-05-12",
        "next quarter",
        "event",
        "2027-07-01",
        "2027-09-30",
        "quarter",
    ),
    (
        "Members agreed to circulate their national action plans by year-end.",
        "2027-05-12",
        "by year-end",
        "deadline",
        "2027-09-01",
        "2027-12-31",
        "vague",
    ),
    # a season and its year in brackets after the session it dates
    (
        "Requests the Secretary-General to report to the Board at its 215th session (autumn"
        " 2028) on the progress made.",
        "2027-11-15",
        "autumn 2028",
        "deadline",
        "2028-09-01",
        "2028-11-30",
        "vague",
    ),
    # a launch is an event
    (
        "| 1 | Launch of the regional campaign on safe migration | PPT, IOM | Q2 2027 | All Member"
        " Countries |",
        "2027-02-01",
        "Q2 2027",
        "event",
        "2027-04-01",
        "2027-06-30",
        "quarter",
    ),
    (
        "Parties are invited to submit their national reports before March 2020.",
        "2019-10-01",
        "before March 2020",
        "deadline",
        None,
        "2020-02-29",
        "month",
    ),
    # …but a meeting set for a date, the office taken after it, is the meeting's
    (
        "Once the Summit scheduled for November 2027 in Cuenca ends, Spain will take over the"
        " chairmanship and lead the preparations.",
        "2027-01-20",
        "November 2027",
        "event",
        "2027-11-01",
        "2027-11-30",
        "month",
    ),
    # a meeting and its place before the date, a report received after it
    (
        "Ministers reviewed preparations for participation in the Fourth Ministerial Meeting in"
        " Kigali, Rwanda in December and also received an update from Member States with regard"
        " to their progress in implementing the provisions of the Agreement.",
        "2015-11-10",
        "in December",
        "event",
        "2015-12-01",
        "2015-12-31",
        "month",
    ),
    # an opening day and its close: one span
    (
        "The session opens on Monday, 29 September 2003 and closes on Friday, 3 October 2003.",
        "2003-09-01",
        "29 September 2003 and closes on Friday, 3 October 2003",
        "event",
        "2003-09-29",
        "2003-10-03",
        "day",
    ),
    # …but not when the sentence looks ahead: a relative clause's past is not the date's
    (
        "On 14 and 15 March 2027, the Council, which was established by the Treaty of Lima, will"
        " meet in Quito.",
        "2027-03-01",
        "14 and 15 March 2027",
        "event",
        "2027-03-14",
        "2027-03-15",
        "day",
    ),
    # an extension granted, counted from the meeting; "move forward" is progress, not a move
    (
        "The Council granted a further period of three months to the parties to move forward on"
        " the draft protocol.",
        "2009-07-28",
        "a further period of three months",
        "deadline",
        None,
        "2009-10-28",
        "day",
    ),
    # the first days of a month
    (
        "A revised concept note will be circulated in the first days of February 2024.",
        "2024-01-15",
        "in the first days of February 2024",
        "deadline",
        "2024-02-01",
        "2024-02-10",
        "vague",
    ),
    # what will be closed on a day closes then
    (
        "Kindly confirm the participation of your delegation; the list of participants will be"
        " closed on 20 September.",
        "2019-09-02",
        "20 September",
        "deadline",
        None,
        "2019-09-20",
        "day",
    ),
    # a later time of the news item's own day
    (
        "A press conference will be held this afternoon at the press centre.",
        "2019-03-28",
        "this afternoon",
        "event",
        "2019-03-28",
        "2019-03-28",
        "day",
    ),
    # a weekday a meeting is scheduled for, counted from the news item's own date
    (
        "The draft resolutions will go to the meeting of the Council of Ministers, scheduled for"
        " Friday.",
        "2019-03-28",
        "for Friday",
        "event",
        "2019-03-29",
        "2019-03-29",
        "day",
    ),
    # a month shortened without its stop, between its day and a year
    (
        "The Council will convene on Apr 24, 2006 in St. George's.",
        "2006-03-01",
        "Apr 24, 2006",
        "event",
        "2006-04-24",
        "2006-04-24",
        "day",
    ),
    (
        "Comments are due by 15 Dec 2006.",
        "2006-03-01",
        "by 15 Dec 2006",
        "deadline",
        None,
        "2006-12-15",
        "day",
    ),
    # a meeting's close joined to its opening day
    (
        "The Assembly will open on Monday 4 May 2026 and close on Friday 8 May 2026.",
        "2026-03-01",
        "Monday 4 May 2026 and close on Friday 8 May 2026",
        "event",
        "2026-05-04",
        "2026-05-08",
        "day",
    ),
    # The adoption of the text itself is the meeting, so the term counts from its last day.
    (
        "Requests the Secretariat to circulate the draft report within six months of the adoption of this decision;",
        "2023-10-05",
        "within six months",
        "deadline",
        None,
        "2024-04-05",
        "day",
    ),
    (
        "Requests the Executive Secretary to report to the Committee no later than three months after the end of the meeting;",
        "2023-10-05",
        "no later than three months after the end of the meeting",
        "deadline",
        None,
        "2024-01-05",
        "day",
    ),
    (
        "Urge Member Countries to pay their outstanding contributions no later than 30 June.",
        "2025-05-22",
        "no later than 30 June",
        "deadline",
        None,
        "2025-06-30",
        "day",
    ),
    (
        "The IV Meeting of the Ad Hoc Group will be held in Mexico City on July 6-7, 2017.",
        "2017-06-22",
        "July 6-7, 2017",
        "event",
        "2017-07-06",
        "2017-07-07",
        "day",
    ),
    (
        "Approve the holding of a meeting of the Network in the first half of 2017.",
        "2016-11-18",
        "in the first half of 2017",
        "event",
        "2017-01-01",
        "2017-06-30",
        "semester",
    ),
    (
        "Request Member Countries to submit to the TS, within three months, their comments.",
        "2025-05-22",
        "within three months",
        "deadline",
        None,
        "2025-08-22",
        "day",
    ),
    (
        "Request the TS to circulate the final report by the end of April.",
        "2026-01-10",
        "by the end of April",
        "deadline",
        "2026-04-21",
        "2026-04-30",
        "month",
    ),
    (
        "Request the PPT to convene a virtual meeting of the focal points in early February.",
        "2014-06-27",
        "in early February",
        "event",
        "2015-02-01",
        "2015-02-10",
        "vague",
    ),
    (
        "Hold a regional dialogue on labour migration in mid-October in Guatemala City.",
        "2025-05-22",
        "in mid-October",
        "event",
        "2025-10-11",
        "2025-10-20",
        "vague",
    ),
    (
        "Hold a regional workshop on reintegration the week of 20-24 October 2014 in San Salvador.",
        "2014-06-27",
        "the week of 20-24 October 2014",
        "event",
        "2014-10-20",
        "2014-10-24",
        "week",
    ),
    (
        "The seminar will take place in Costa Rica between June and August 2005.",
        "2004-12-03",
        "between June and August 2005",
        "event",
        "2005-06-01",
        "2005-08-31",
        "vague",
    ),
    (
        "Hold a training course on fraudulent documents in Q3 2025.",
        "2025-05-22",
        "in Q3 2025",
        "event",
        "2025-07-01",
        "2025-09-30",
        "quarter",
    ),
    (
        "Take note of the proposal by UNHCR to hold a regional dialogue in the second half of 2019.",
        "2019-02-28",
        "in the second half of 2019",
        "event",
        "2019-07-01",
        "2019-12-31",
        "semester",
    ),
    (
        "Welcome the offer of Canada to organize a workshop in the last quarter of 2024.",
        "2024-03-01",
        "in the last quarter of 2024",
        "event",
        "2024-10-01",
        "2024-12-31",
        "quarter",
    ),
    (
        "Member Countries are urged to confirm their participation to the TS by 31 July.",
        "2007-04-27",
        "by 31 July",
        "deadline",
        None,
        "2007-07-31",
        "day",
    ),
    (
        "Host the Regional Seminar on the Integration of Returnees from 27 February to 1 March in Monterrey.",
        "2023-12-01",
        "from 27 February to 1 March",
        "event",
        "2024-02-27",
        "2024-03-01",
        "day",
    ),
    (
        "Request the TS to present the operational plan for 2024 within two months.",
        "2023-12-01",
        "within two months",
        "deadline",
        None,
        "2024-02-01",
        "day",
    ),
    (
        "Request the TS to circulate a questionnaire on consular protection practices in late June.",
        "2007-04-27",
        "in late June",
        "deadline",
        "2007-06-21",
        "2007-06-30",
        "month",
    ),
    (
        "Agree that the XXIX Vice-Ministerial Meeting will take place in Santo Domingo in May 2024.",
        "2023-12-01",
        "in May 2024",
        "event",
        "2024-05-01",
        "2024-05-31",
        "month",
    ),
    (
        "Hold the first virtual meeting of the Working Group in the first week of March.",
        "2023-12-01",
        "in the first week of March",
        "event",
        "2024-03-01",
        "2024-03-07",
        "week",
    ),
    (
        "Request Member Countries to complete the national surveys during the first quarter of 2024.",
        "2023-12-01",
        "during the first quarter of 2024",
        "deadline",
        "2024-01-01",
        "2024-03-31",
        "quarter",
    ),
    (
        "Submit the national reports within 30 days.",
        "2019-02-28",
        "within 30 days",
        "deadline",
        None,
        "2019-03-30",
        "day",
    ),
    (
        "The Working Group will meet virtually on 24 April 2018.",
        "2018-03-10",
        "24 April 2018",
        "event",
        "2018-04-24",
        "2018-04-24",
        "day",
    ),
    (
        "The activities to be carried out between July and December 2018 will be reported by the TS.",
        "2018-03-10",
        "between July and December 2018",
        "deadline",
        "2018-07-01",
        "2018-12-31",
        "vague",
    ),
    (
        "The workshop will take place on the 8th and 9th of August 2018.",
        "2018-03-10",
        "the 8th and 9th of August 2018",
        "event",
        "2018-08-08",
        "2018-08-09",
        "day",
    ),
    (
        "The meeting will be held from Monday 14 to Wednesday 16 May 2018.",
        "2018-03-10",
        "from Monday 14 to Wednesday 16 May 2018",
        "event",
        "2018-05-14",
        "2018-05-16",
        "day",
    ),
    (
        "The seminar will be held on 8, 9 and 10 August 2018.",
        "2018-03-10",
        "8, 9 and 10 August 2018",
        "event",
        "2018-08-08",
        "2018-08-10",
        "day",
    ),
    (
        "The TS is requested to distribute the minutes within fifteen (15) working days.",
        "2018-03-12",
        "within fifteen (15) working days",
        "deadline",
        None,
        "2018-04-02",
        "day",
    ),
    (
        "The meeting will take place from May 28 to June 1, 2018.",
        "2018-03-10",
        "from May 28 to June 1, 2018",
        "event",
        "2018-05-28",
        "2018-06-01",
        "day",
    ),
    (
        "The workshop will be held between November 30 and December 2, 2018.",
        "2018-03-10",
        "between November 30 and December 2, 2018",
        "event",
        "2018-11-30",
        "2018-12-02",
        "day",
    ),
    (
        "The TS will send the report by the close of 2018.",
        "2018-03-10",
        "by the close of 2018",
        "deadline",
        "2018-09-01",
        "2018-12-31",
        "vague",
    ),
    # two months shortened without their stop, then a year
    (
        "The Plenary will meet in Bonn, 28 Aug - 02 Sep 2023, with online participation.",
        "2023-01-10",
        "28 Aug - 02 Sep 2023",
        "event",
        "2023-08-28",
        "2023-09-02",
        "day",
    ),
    (
        "The Plenary will meet in Bonn from Aug 28 to Sep 2, 2023.",
        "2023-01-10",
        "Aug 28 to Sep 2, 2023",
        "event",
        "2023-08-28",
        "2023-09-02",
        "day",
    ),
    # an open period of a task, under way on the reference date: due by its end
    (
        "The expert review of the first order draft runs from 31 July to 24 September 2017;"
        " reviewers may register until one week before it closes.",
        "2017-09-04",
        "from 31 July to 24 September 2017",
        "deadline",
        None,
        "2017-09-24",
        "day",
    ),
    (
        "La convocatoria de postulaciones está abierta del 1 al 30 de junio de 2024 en el sitio"
        " de la Secretaría.",
        "2024-06-10",
        "del 1 al 30 de junio de 2024",
        "deadline",
        None,
        "2024-06-30",
        "day",
    ),
    # a range of shortened weekdays and months
    (
        "The Legal Subcommittee will meet Mon, 8 Apr - Fri, 19 Apr 2013 in Vienna.",
        "2013-01-10",
        "Mon, 8 Apr - Fri, 19 Apr 2013",
        "event",
        "2013-04-08",
        "2013-04-19",
        "day",
    ),
    # a task set for a date is due then, though "prevista" sets meetings too
    (
        "El Grupo prepara su quinto Informe de Evaluación, cuya finalización está prevista para"
        " el año 2014.",
        "2010-06-24",
        "para el año 2014",
        "deadline",
        "2014-01-01",
        "2014-12-31",
        "year",
    ),
    # a session's date in brackets after its name
    (
        "Danube Commission news\n\nThe Commission welcomed the proposal of the working group."
        " At the 97th ordinary session of the Danube Commission (15 June 2022), the necessary"
        " steps are to be taken.",
        "2022-03-21",
        "15 June 2022",
        "event",
        "2022-06-15",
        "2022-06-15",
        "day",
    ),
    # "held until" of what is no meeting
    (
        "The block booking will only be held until 8 March 2012 and higher rates may apply.",
        "2012-02-20",
        "until 8 March 2012",
        "deadline",
        None,
        "2012-03-08",
        "day",
    ),
    # two weekdays, the second with its day: the first is the day or days before it
    (
        "La reunión ordinaria del Consejo está prevista a realizarse mañana jueves y el viernes"
        " 23 de abril, con la participación de los ministros.",
        "2010-04-21",
        "mañana jueves y el viernes 23 de abril",
        "event",
        "2010-04-22",
        "2010-04-23",
        "day",
    ),
    (
        "The Council will meet on Thursday and Friday, 23 April 2010 in Panama.",
        "2010-03-01",
        "Thursday and Friday, 23 April 2010",
        "event",
        "2010-04-22",
        "2010-04-23",
        "day",
    ),
    # either of two days: both
    (
        "La Comisión se reunirá el martes 1.o de junio o el miércoles 2 de junio de 1999.",
        "1999-05-10",
        "martes 1.o de junio o el miércoles 2 de junio de 1999",
        "event",
        "1999-06-01",
        "1999-06-02",
        "day",
    ),
    # "dará comienzo" sets a meeting's day
    (
        "La discusión de estos documentos en sesión plenaria dará comienzo el martes 8 de junio"
        " de 1999.",
        "1999-05-10",
        "8 de junio de 1999",
        "event",
        "1999-06-08",
        "1999-06-08",
        "day",
    ),
    # a retreat is a meeting: what is presented at it is done at that meeting
    (
        "The Board requests the Committee to present its findings at the Board Retreat in"
        " October 2008.",
        "2008-04-29",
        "in October 2008",
        "event",
        "2008-10-01",
        "2008-10-31",
        "month",
    ),
    # what meets before the meeting, on its own day, is an event, not a deadline
    (
        "Regional consultations will take place one day prior to the meeting, on 20 January 2013.",
        "2013-01-10",
        "20 January 2013",
        "event",
        "2013-01-20",
        "2013-01-20",
        "day",
    ),  # what closes is a call, not the agreement the sentence names
    (
        "Parties shall submit their reports on the Agreement before the deadline expires on 15 May"
        " 2031.",
        "2031-03-01",
        "15 May 2031",
        "deadline",
        None,
        "2031-05-15",
        "day",
    ),
    # a weekday after a statement's verb and who made it is the day of the statement, not the
    # meeting's
    (
        "Delegations will meet again in Geneva in June, said a press release of the agency here on"
        " Friday.",
        "2031-03-05",
        "in June",
        "event",
        "2031-06-01",
        "2031-06-30",
        "month",
    ),
    (
        "Las delegaciones se reunirán de nuevo en junio, informó la Cancillería peruana el jueves.",
        "2031-03-05",
        "en junio",
        "event",
        "2031-06-01",
        "2031-06-30",
        "month",
    ),
    # the presidency of a meeting: the date may be the meeting's
    (
        "Chile will assume the presidency of the Summit on 5 May 2032.",
        "2031-09-01",
        "5 May 2032",
        "event",
        "2032-05-05",
        "2032-05-05",
        "day",
    ),
    # the statement's verb with a clause of its own after it: what is said is ahead
    (
        "The ministry said that the summit will open on Friday in Lima.",
        "2031-03-05",
        "on Friday",
        "event",
        "2031-03-07",
        "2031-03-07",
        "day",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "reference", "date_text", "kind", "start", "end", "precision"),
    SPANISH + ENGLISH,
    ids=[row[2] for row in SPANISH + ENGLISH],
)
def test_sentence_resolves(sentence, reference, date_text, kind, start, end, precision):
    result = extract(sentence, reference_date=D(reference))
    assert len(result.commitments) == 1, [c.date_text for c in result.commitments]
    c = result.commitments[0]
    assert (
        c.date_text.lower().strip() == date_text.lower() or date_text.lower() in c.date_text.lower()
    )
    assert (c.kind, c.start, c.end, c.precision) == (
        kind,
        D(start) if start else None,
        D(end),
        precision,
    )
    assert c.date_text in sentence and c.quote in sentence


NOT_COMMITMENTS = [
    # a meeting named after its yearless day, then its past: just gone by, not a year ahead
    (
        "The Board, at a 2 May virtual session, adopted the revised rules of procedure.",
        "2029-05-06",
    ),
    # a date that opens a clause whose subject of several parties signed: past
    (
        "A comienzos de marzo la Secretaría Técnica de la Conferencia y los representantes de la"
        " Presidencia Pro Tempore, firmaron el acuerdo de sede.",
        "2029-04-10",
    ),
    # a decision taken on the date
    (
        "The Board noted the decision taken by written procedure on 15 June 2029 amending its"
        " rules.",
        "2029-06-01",
    ),
    # what was released on a yearless day, read ahead of the reference date
    (
        "The Board will consider the evaluations released in September by the Independent Panel.",
        "2028-10-01",
    ),
    (
        "The Agency released its annual review on January 18, ahead of the donors' round.",
        "2028-10-01",
    ),
    # an entry into force told after its day; a mandate that lapses, its holder named between;
    # a meeting said to be unlikely
    (
        "Se informó que el día 27 de enero el nuevo Convenio Constitutivo del Fondo entrará en"
        " vigencia.",
        "2028-01-22",
    ),
    (
        "El mandato del actual director general del Organismo, que lo encabeza desde 2017, se"
        " vence en noviembre de 2028.",
        "2028-03-04",
    ),
    (
        "Holding a physical meeting of the Council in June is highly unlikely.",
        "2028-03-04",
    ),
    # the start of a term of office: "assume power", "asumirá el poder"
    (
        "The dates await the newly elected President, who will assume power on August 7th, 2028.",
        "2028-06-02",
    ),
    (
        "El presidente electo asumirá el poder el 7 de agosto de 2028.",
        "2028-06-02",
    ),
    # a month of the year a narrative speaks of ("that year"), and an entry into force for one
    # party
    (
        "The Chair welcomed the members who had joined in January that year and for whom it was"
        " the first meeting of the Board.",
        "2028-11-12",
    ),
    (
        "Tras el depósito del instrumento de adhesión, el Convenio entra en vigor en dicho país"
        " el 21 de diciembre de 2028.",
        "2028-11-12",
    ),
    # a meeting named again by its month, not a body's own ("esta cumbre de diciembre"), and a
    # body's meeting of the month of the reference date, the one the text reports on
    (
        "Como prefacio a esta cumbre de diciembre, los ministros intercambiaron opiniones.",
        "2028-10-02",
    ),
    (
        "During its October meeting, the Board approved the programme and budget.",
        "2028-10-09",
    ),
    # the date an English text writes before the document it dates
    (
        "In a May 4 press statement, the Secretariat recalled that the Council had met in Lima.",
        "2028-04-20",
    ),
    (
        "The Chair's proposals, set out in her 12 March letter, were welcomed by the delegations.",
        "2028-03-01",
    ),
    # the day an entry of a list of news was posted, alone on its line in brackets
    (
        "  • The Committee of Experts holds its 12th Meeting\n    [September 8th 2028]\n",
        "2027-11-15",
    ),
    # a day a programme keeps free of meetings
    (
        "Friday 3 December: the day is reserved for delegations to rest.",
        "2027-11-15",
    ),
    (
        "Sábado 4 de diciembre: día libre para las delegaciones.",
        "2027-11-15",
    ),
    # the end of an appointment for a period, and the day a membership starts
    (
        "The Council confirmed the reappointment of the Executive Director for a period of 5 years"
        " until 30 September 2032.",
        "2027-11-15",
    ),
    (
        "The Council acknowledged the application letter of the United Kingdom to join the"
        " Council from 1 January 2028.",
        "2027-11-15",
    ),
    # what an annual operating plan is for
    (
        "Las acciones están contempladas en su plan operativo anual para el 2028.",
        "2027-11-15",
    ),
    # the end of a period a measure is in force
    (
        "Desde Belice hasta Panamá, a partir de ayer, 1 de marzo, y hasta el 30 de junio, se"
        " suspende la pesca de la langosta.",
        "2028-03-02",
    ),
    # the months a forecast is for
    (
        "Como resultado del encuentro se tendrá el documento Perspectiva Climática de la región"
        " para los meses de mayo a julio 2028.",
        "2028-04-13",
    ),
    # "mayo" is no month at the start of "mayor", whatever month is named before it
    (
        "La reunión conjunta será del 13 al 14 de diciembre de 2026 en Ginebra. Para mayor"
        " información, los delegados están invitados a consultar el sitio.",
        "2027-11-15",
    ),
    # the dates of two statements, listed after "de fechas"
    (
        "La situación ha dado lugar a dos pronunciamientos de la Asociación, de fechas 6 de"
        " abril y 12 de junio de 2028.",
        "2027-11-15",
    ),
    # a meeting suspended for a year, whatever slot a clause after it sets
    (
        "Acuerdo sobre la suspensión de la Asamblea General Ordinaria de la organización en 2028.",
        "2027-11-15",
    ),
    # a duration counted from a circulation or a publication, not from the meeting
    (
        "Members are invited to submit comments within four weeks of its circulation.",
        "2027-11-15",
    ),
    (
        "Los Estados Partes informarán dentro de los 90 días siguientes a su publicación.",
        "2027-11-15",
    ),
    # a document's symbol, not a date written year first
    (
        "The Committee took note of document ST/SGB/2027/12/31 on the financial rules.",
        "2027-11-15",
    ),
    # a season that names a movement, not a date
    (
        "Los cancilleres recordaron las consecuencias de la Primavera Árabe en la región.",
        "2027-11-15",
    ),
    # the day an office is taken, said after the date
    (
        "En el marco de la Cumbre de Jefes de Estado, el 30 de enero de 2027, Colombia, a través"
        " de su presidente, asumirá la Presidencia Pro Tempore del organismo.",
        "2027-01-20",
    ),
    # the period of an office, the office named further back in the clause
    (
        "Guatemala asumió la Presidencia Pro Tempore del Consejo y en ese marco impulsará la"
        " agenda regional de los Ministros de Finanzas y la coordinación de sus políticas fiscales"
        " durante el segundo semestre de 2021.",
        "2021-06-30",
    ),
    # a clause a date opens, its past copula far on
    (
        "On 14 and 15 March 2027, the Meeting of the Council of Ministers of the Member States of"
        " the Regional Organization for Fisheries (ROF) was held in Lima.",
        "2027-03-01",
    ),
    # a rotating presidency's terms in brackets after each name, the second of a name's too
    (
        "The following countries will hold the Presidency during 2027: Chile (18 January to 12"
        " February), Colombia (15 February to 12 March and 10 to 21 May), Peru (24 May to 18"
        " June and 2 to 6 August).",
        "2027-01-10",
    ),
    # a day after another, in a clause told in the past
    (
        "The Reference Group met on 26 June 2024. Following deliberations in the Senior Officials "
        "Meeting on the next day, an agreement was reached that revised texts would be sent to "
        "all partners.",
        "2024-06-20",
    ),
    # a weekday with its day told in the past
    ("El viernes 28 los ministros aprobaron la Declaración de Tegucigalpa.", "2012-09-26"),
    # a decision's number after the body's acronym, not a day of December
    (
        "| 1 | VMM Dec. 5 | Share figures on migrants in transit | Member Countries | Completed |",
        "2017-10-16",
    ),
    # what enters into force on a day is no one's task
    (
        "Aprobar los Lineamientos Regionales, que entrarán en vigor el 1 de enero de 2013.",
        "2012-06-21",
    ),
    # a past start told with "started"; "look forward to" forwards nothing
    (
        "Ministers noted that the consultations, which started on 1 October, were useful.",
        "2023-11-10",
    ),
    # Counted from something whose date is not known.
    ("Countries will send comments within 10 days of receiving the draft.", "2018-03-10"),
    ("La ST publicará el informe en un plazo de 30 días después de su aprobación.", "2018-03-10"),
    ("The TS reported on the activities carried out between January and June 2018.", "2018-03-10"),
    ("La ST informó sobre las actividades ejecutadas entre enero y junio de 2018.", "2018-03-10"),
    (
        "Agradecer el informe del taller sobre migración y salud realizado en Costa Rica en 2016.",
        "2017-06-22",
    ),
    ("Recibir el Plan Estratégico para la Red de la CRM 2017-2022.", "2017-06-22"),
    ("Alinear el trabajo con la Agenda 2030 y aprobar el Presupuesto 2022.", "2021-12-01"),
    ("Reuniones ordinarias que sean acordadas durante el ciclo 2018.", "2017-06-22"),
    ("Solicitar la re-elaboración del párrafo 12, 3 y 17 de la Declaración.", "2017-06-22"),
    (
        "Un proyecto que cuenta con un financiamiento de USD 2,4 millones y 1.350 beneficiarios.",
        "2026-03-12",
    ),
    (
        "Recibir el informe del Taller regional celebrado el 3 de febrero en San Pedro Sula.",
        "2026-03-12",
    ),
    (
        "Take note of the report on the Conference held in Marrakech on 10 and 11 December.",
        "2019-02-28",
    ),
    (
        "Approve the report of the PPT covering the period from July 2029 to June 2030.",
        "2030-06-27",
    ),
    (
        "Que su año de ejecución presupuestaria sea por año calendario, a partir de enero de 2005.",
        "2002-05-31",
    ),
    (
        "Tomar nota de que el saldo disponible al 30 de noviembre asciende a USD 75.000.",
        "2027-12-03",
    ),
    ("Member Countries may submit further comments to the TS if they so wish.", "2025-05-22"),
    (
        "Take note of General Assembly resolution 73/195 and document RCM/RCGM/2019/02.",
        "2019-02-28",
    ),
    (
        "Aprobar el presupuesto de la ST para el año 2013 y el informe del período julio 2011 - junio 2012.",
        "2012-06-29",
    ),
    (
        "Accept the financial report, which shows a balance of USD 96,400 as of 31 October 2023.",
        "2023-12-01",
    ),
    # a meeting under way on the reference date is no item
    ("The Council is meeting in Geneva from 3 to 7 June 2024.", "2024-06-05"),
    # a clause a date opens after a connective, told in the past
    (
        "No objections were received. Therefore, on 7 May 2016 the Conference approved the"
        " decision.",
        "2016-04-24",
    ),
    (
        "Por lo tanto, el 7 de mayo de 2016 la Conferencia aprobó la decisión.",
        "2016-04-24",
    ),
    # a goal's year, with no task near it
    (
        "The Board will be informed of the progress made in the implementation of the Global"
        " Plan towards the elimination of new infections among children by 2015.",
        "2011-12-13",
    ),
    # a meeting called on a day just gone by, not one called for the next year's
    (
        "GINEBRA, 25 de septiembre de 2025. La Mesa convocó una reunión extraordinaria el 22 de"
        " septiembre para discutir la propuesta.",
        "2025-09-25",
    ),
    # a past verb before a long run of names still governs the date
    (
        "La declaración recoge lo que acordaron los cancilleres Ana María Restrepo Villalobos y"
        " Jorge Eduardo Castañeda Méndez en su reunión del 14 de febrero en Quito.",
        "2031-06-10",
    ),
    # a weekday in a sentence told in the past, reported speech or not
    (
        "The agreement came after talks between the two border forces near Padang Besar on"
        " Saturday, officials said.",
        "2031-03-10",
    ),
    # the day rules take effect is no commitment, whatever preposition the date brings
    ("The revised tariffs should come into effect at the beginning of next year.", "2031-05-01"),
    ("El nuevo reglamento entrará en vigencia en enero de 2032.", "2031-05-01"),
    ("The new visa regime will take effect in March 2032.", "2031-05-01"),
    # the day of entry into force a decision moves; an agreement extended; a membership's
    # start; leaving office; an office held for a year
    (
        "The Council adopted a decision postponing the entry into force of the amendments to the"
        " Agreement and of a number of new documents to 10 January 2033.",
        "2031-06-01",
    ),
    (
        "The Board extended the Cooperation Agreement with Jamaica until the end of 2032.",
        "2031-06-01",
    ),
    (
        "The Council noted that Montenegro is expected to become a full Member State on 1 January"
        " 2032.",
        "2031-06-01",
    ),
    ("El Secretario Ejecutivo informó que renunciará a su cargo en marzo de 2032.", "2031-06-01"),
    ("The plenary re-elected Ms Ortiz as Chair of the Board for the year 2032.", "2031-06-01"),
    # a yearless meeting a few days before the reference date, told in the past
    (
        "The Study Group adopted a revised constitution and elected Peru as its new"
        " vice-president at the 88th group meetings in Vienna June 3-5.",
        "2031-06-12",
    ),
    # what has just been held; a projection of a state; a day named for every year; a meeting
    # that cannot be held on its days; the slot of a meeting put off
    (
        "La Secretaría acaba de celebrar en la última semana de noviembre el Foro Regional de"
        " Cooperación.",
        "2031-12-03",
    ),
    (
        "Most of the region is expected to be poorer by the end of 2032 than before the crisis.",
        "2031-06-01",
    ),
    (
        "Aprobar la creación del Premio Regional de Ciencia y establecer el día 14 de mayo como Día"
        " Regional de la Ciencia.",
        "2031-04-01",
    ),
    (
        "The Minister explained that the Summit cannot be held as scheduled from 14 to 16 May.",
        "2031-05-05",
    ),
    (
        "The postponement of the Fourth Summit, scheduled for 14 to 16 May, was proposed by the"
        " Secretariat.",
        "2031-05-05",
    ),
    # a clause a date opens, told in the preterite in "-yeron"
    (
        "El 3 de marzo, en la ciudad de Panamá, concluyeron los trabajos de la Comisión"
        " Binacional.",
        "2031-02-20",
    ),
    # a programme's phase extended
    (
        "The Meeting decided to extend the 5th Strategic Phase (2030-2034) by two years until the"
        " end of June 2036.",
        "2032-06-23",
    ),
    # an office taken up
    (
        "The Assembly elected a new Secretary-General who will assume the position from September"
        " this year.",
        "2031-04-22",
    ),
    # the month of a figure; an outlook for a period
    (
        "Participating countries have exceeded the required level of conformity, which reached"
        " 147% in May 2032.",
        "2032-04-01",
    ),
    (
        "Having reviewed supply and demand prospects for the remainder of the year, the Conference"
        " noted that the market is stable.",
        "2031-07-31",
    ),
    (
        "Prospects for the fourth quarter of 2031 indicate a need for continued vigilance.",
        "2031-07-31",
    ),
    # a day and month in a name: a landmark's, a street's
    (
        "Se aprobó el mantenimiento del Hito IV “Gabino Mendoza- 27 de Noviembre” en la frontera.",
        "2031-10-10",
    ),
    ("La sede estará en la Avenida 9 de Julio de Buenos Aires.", "2031-10-10"),
    # …whatever English word ends as a Spanish infinitive would ("chair")
    (
        "The Study Group adopted a revised constitution and elected Peru as its chair nation at"
        " the 88th group meetings in Vienna June 3-5.",
        "2031-06-12",
    ),
    # an agreement that expires: no task, no meeting
    (
        "The bilateral agreement between the two governments on seasonal workers expires in"
        " September 2032.",
        "2031-03-01",
    ),
    (
        "With the present Memorandum of Understanding due to expire at the end of this year, the"
        " parties discussed its renewal.",
        "2031-03-01",
    ),
    (
        "Following the expiry of the Cooperation Agreement on 31 December, the office will close.",
        "2031-03-01",
    ),
    ("El convenio de cooperación técnica vence el 30 de junio de 2031.", "2031-03-01"),
    # an office taken over on the date, its body's name between
    (
        "Costa Rica asumirá la Presidencia Pro Tempore del Sistema el 1 de enero de 2032.",
        "2031-09-01",
    ),
    ("Ecuador takes over the chairmanship of the Committee from 1 July 2032.", "2031-09-01"),
    (
        "The Government will take over the rotating Council presidency on 1 January 2032.",
        "2031-09-01",
    ),
]


@pytest.mark.parametrize(("sentence", "reference"), NOT_COMMITMENTS)
def test_not_a_commitment(sentence, reference):
    assert extract(sentence, reference_date=D(reference)).commitments == []


def test_year_left_out_is_next_occurrence():
    ref = D("2027-12-03")
    (d,) = find_dates("antes del 20 de diciembre", ref)
    assert d.end == D("2027-12-20")
    (d,) = find_dates("a más tardar el 15 de enero", ref)
    assert d.end == D("2028-01-15")


def test_leap_day_and_impossible_days():
    assert find_dates("el 29 de febrero", D("2023-03-01"))[0].end == D("2024-02-29")
    # No 31 February: what remains certain is the month.
    (d,) = find_dates("el 31 de febrero de 2024", D("2023-03-01"))
    assert (d.start, d.end, d.precision) == (D("2024-02-01"), D("2024-02-29"), "month")


def test_add_months_clamps_to_month_end():
    assert add_months(D("2024-01-31"), 1) == D("2024-02-29")
    assert add_months(D("2023-11-30"), 3) == D("2024-02-29")


def test_year_left_out_needs_a_reference():
    assert find_dates("a más tardar el 15 de julio", None) == []
    assert [d.end for d in find_dates("a más tardar el 15 de julio de 2017", None)] == [
        D("2017-07-15")
    ]


MORE_FORMS = [
    ("Remitir la información el 15 del mes de julio.", "2017-06-22", "day", None, "2017-07-15"),
    ("Submit the comments by Oct. 15, 2017.", "2017-06-22", "day", None, "2017-10-15"),
    (
        "Realizar el taller durante el próximo año.",
        "2017-06-22",
        "year",
        "2018-01-01",
        "2018-12-31",
    ),
    ("Circular el informe antes de fin de año.", "2017-06-22", "vague", "2017-09-01", "2017-12-31"),
    ("La cumbre del año próximo.", "2017-06-22", "year", "2018-01-01", "2018-12-31"),
    (
        "The session opens on Monday (3 July) at 10:00.",
        "2017-06-22",
        "day",
        "2017-07-03",
        "2017-07-03",
    ),
    ("Se inaugura el lunes (3 de julio de 2017).", "2017-06-22", "day", "2017-07-03", "2017-07-03"),
    ("The ministers meet next Monday (July 3rd).", "2017-06-22", "day", "2017-07-03", "2017-07-03"),
    (
        "The Assembly will meet (25 September, 2017 to October 4, 2017).",
        "2017-06-22",
        "day",
        "2017-09-25",
        "2017-10-04",
    ),
    ("El taller será 28.09.2017 - 29.09.2017.", "2017-06-22", "day", "2017-09-28", "2017-09-29"),
    ("Se reunirán mañana viernes, 23 de junio.", "2017-06-22", "day", "2017-06-23", "2017-06-23"),
    ("The summit is scheduled for July 19.", "2017-06-22", "day", "2017-07-19", "2017-07-19"),
    ("The Council meets on Monday and Tuesday.", "2017-06-22", "day", "2017-06-26", "2017-06-27"),
    ("El Consejo sesiona del lunes al miércoles.", "2017-06-22", "day", "2017-06-26", "2017-06-28"),
    (
        "The Forum meets in Rome (October 30/31, 2017).",
        "2017-06-22",
        "day",
        "2017-10-30",
        "2017-10-31",
    ),
    (
        "Celebrar el taller los días 16/17 de octubre.",
        "2017-06-22",
        "day",
        "2017-10-16",
        "2017-10-17",
    ),
    ("El foro se hará el año que viene.", "2017-06-22", "year", "2018-01-01", "2018-12-31"),
    (
        "Celebrar el seminario en el transcurso de 2018.",
        "2017-06-22",
        "year",
        "2018-01-01",
        "2018-12-31",
    ),
    (
        "Realizar el curso en el transcurso del mes de octubre.",
        "2018-03-10",
        "month",
        "2018-10-01",
        "2018-10-31",
    ),
    ("Countries to send replies by end-July.", "2018-03-10", "month", "2018-07-21", "2018-07-31"),
    ("Submit the forms by 2018-07-15.", "2018-03-10", "day", None, "2018-07-15"),
    # Counted from the meeting (Saturday 10 March 2018).
    ("Enviar la información el próximo mes.", "2018-03-10", "month", "2018-04-01", "2018-04-30"),
    ("La ST enviará la nota la próxima semana.", "2018-03-10", "week", "2018-03-12", "2018-03-18"),
    ("La ST enviará la nota la semana entrante.", "2018-03-10", "week", "2018-03-12", "2018-03-18"),
    ("Enviar la información a fines de mes.", "2018-03-10", "month", "2018-03-21", "2018-03-31"),
    (
        "Circular el acta a finales del próximo mes.",
        "2018-03-10",
        "month",
        "2018-04-21",
        "2018-04-30",
    ),
    ("The TS will send the note next month.", "2018-03-10", "month", "2018-04-01", "2018-04-30"),
    (
        "Comments are due by the end of this month.",
        "2018-03-10",
        "month",
        "2018-03-21",
        "2018-03-31",
    ),
    ("Enviar los aportes a más tardar julio 15, 2018.", "2018-03-10", "day", None, "2018-07-15"),
    ("Remitir el formulario antes del 1ro de julio.", "2018-03-10", "day", None, "2018-07-01"),
    ("Remitir el formulario antes del primero de julio.", "2018-03-10", "day", None, "2018-07-01"),
    # the ordinal as the ILO's Spanish texts print it ("265.o informe", "el martes 1.o de junio")
    ("Remitir el formulario antes del 1.o de julio.", "2018-03-10", "day", None, "2018-07-01"),
    ("Submit the form by 15-July-2018.", "2018-03-10", "day", None, "2018-07-15"),
    (
        "Los países enviarán sus comentarios en los 15 días posteriores a la reunión.",
        "2018-03-10",
        "day",
        None,
        "2018-03-25",
    ),
    (
        "La ST remitirá el informe dentro del mes siguiente.",
        "2018-03-10",
        "day",
        None,
        "2018-04-10",
    ),
    (
        "The evaluation will be completed over the next six months.",
        "2018-03-10",
        "day",
        None,
        "2018-09-10",
    ),
    (
        "Presentar los resultados en un período no mayor a 90 días.",
        "2018-03-10",
        "day",
        None,
        "2018-06-08",
    ),
    (
        "Presentar los informes durante la próxima reunión del GRCM, prevista para junio de 2018.",
        "2018-03-10",
        "month",
        "2018-06-01",
        "2018-06-30",
    ),
]


@pytest.mark.parametrize(("sentence", "reference", "precision", "start", "end"), MORE_FORMS)
def test_more_forms(sentence, reference, precision, start, end):
    (c,) = extract(sentence, reference_date=D(reference)).commitments
    assert (c.precision, c.end) == (precision, D(end))
    assert c.start == (D(start) if start else None)


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        (
            "Agradecer a Costa Rica por la organización del taller del 3 al 5 de marzo en San José.",
            "2026-04-20",
        ),
        ("Recibir el informe de la reunión del pasado 15 de mayo.", "2026-06-20"),
        ("Thank Mexico for hosting the workshop on 11 and 12 March in Monterrey.", "2025-05-22"),
    ],
)
def test_acknowledged_past_events_without_year(sentence, reference):
    assert extract(sentence, reference_date=D(reference)).commitments == []


def test_a_far_date_still_counts_when_the_sentence_looks_ahead():
    (c,) = extract(
        "Agradecer a Costa Rica el ofrecimiento de ser sede del taller que se realizará del 3 al 5 "
        "de marzo.",
        reference_date=D("2026-04-20"),
    ).commitments
    assert (c.kind, c.start) == ("event", D("2027-03-03"))


# A day whose month is left out is read from the day the text named last before it, or else from
# the reference date; None: it is not read as a day of its own.
DAYS_WITHOUT_MONTH = [
    # an English day with its ordinal ending, its month left out
    (
        "The Committee will meet on 26 October 2032; on the 27th the ministers will hold their"
        " session.",
        None,
        "on the 27th",
        "2032-10-27",
    ),
    (
        "Senior officials will meet on October 26, 2032, on 27th the ministers will take the"
        " meetings to the next level.",
        None,
        "on 27th",
        "2032-10-27",
    ),
    (
        "El foro se abrirá el 25 de septiembre de 2012; el día 27 sesionará el grupo de trabajo.",
        "2012-09-03",
        "el día 27",
        "2012-09-27",
    ),
    # no reference date: the day before it carries the year
    (
        "El debate general se abrirá el 25 de septiembre de 2012. Ese día habrá una reunión sobre "
        "el Sahel, y el mismo día 26 otra sobre Somalia, seguidas el viernes 28 por un encuentro "
        "sobre terrorismo nuclear.",
        None,
        "el viernes 28",
        "2012-09-28",
    ),
    (
        "El debate general se abrirá el 25 de septiembre de 2012, y el mismo día 26 habrá otra "
        "reunión de alto nivel.",
        None,
        "el mismo día 26",
        "2012-09-26",
    ),
    # a range after a day: from a week before the day named last
    (
        "The Board meets from 10 to 14 June 2024. On Monday 3rd a briefing for new members will be "
        "held.",
        None,
        "On Monday 3rd",
        "2024-06-03",
    ),
    # days of a month it leaves out: the next such days after the day named before
    (
        "El Consejo sesionó los días 29, 30 y 31 de octubre de 2007; sus acuerdos se ratificarán "
        "durante las jornadas del 12, 13 y 14 en Buenos Aires.",
        None,
        "las jornadas del 12, 13 y 14",
        "2007-11-14",
    ),
    (
        "La reunión se desarrollará del 8 al 9 del presente mes.",
        "2022-12-01",
        "del 8 al 9 del presente mes",
        "2022-12-09",
    ),
    # a day told from the day named before it, never from the reference date
    (
        "El Consejo se reunirá el próximo 3 de junio con la Comisión. Al día siguiente, el "
        "Consejo mantendrá un diálogo interactivo con el Relator Especial.",
        "2013-05-20",
        "Al día siguiente",
        "2013-06-04",
    ),
    (
        "The Ministerial Meeting will be held on 15 October 2012 in Baku. On the same day, the "
        "ECO-ASEAN Ministerial Meeting will also take place.",
        None,
        "On the same day",
        "2012-10-15",
    ),
    ("Al día siguiente habrá otra reunión.", "2013-05-20", "Al día siguiente", None),
    # told from something it names, not from the day before it
    (
        "La reunión será el 5 de junio. Un día antes de la apertura habrá un taller.",
        "2013-05-20",
        "Un día antes",
        None,
    ),
    # of which day of a span?
    (
        "The Board meets from 10 to 14 June 2024. The following day, a field visit will be held.",
        None,
        "The following day",
        None,
    ),
    # not a day of the month: an hour, a day with its month, the second of two joined days
    ("La sesión se abrirá el jueves 8:30 horas en la sede.", "2022-12-01", "jueves 8", None),
    ("La cumbre será el viernes 28 de junio de 2024.", "2024-06-01", "el viernes 28", None),
    ("| Jueves 15 y viernes 16 | Cumbre de cancilleres |", None, "viernes 16", None),
    # no Thursday falls on a 16th within three months of 20 September 2012
    ("On Thursday 16th the Council will meet.", "2012-09-20", "Thursday 16th", None),
]


@pytest.mark.parametrize(("text", "reference", "date_text", "day"), DAYS_WITHOUT_MONTH)
def test_a_day_without_its_month(text, reference, date_text, day):
    mentions = find_dates(text, D(reference) if reference else None)
    found = [(m.text, m.end) for m in mentions if m.text == date_text]
    assert found == ([(date_text, D(day))] if day else []), [(m.text, m.end) for m in mentions]


def test_a_plural_unit_is_no_single_month_or_week() -> None:
    # "during the coming months" is no date: not "the coming month"
    text = "Further work on the strategy will be undertaken by staff during the coming months."
    assert find_dates(text, D("2009-05-28")) == []
    assert [m.text for m in find_dates("It meets in the coming weeks.", D("2009-05-28"))] == []
    (month,) = find_dates("It meets the coming month.", D("2009-05-28"))
    assert (month.start, month.end) == (D("2009-06-01"), D("2009-06-30"))


@pytest.mark.parametrize(
    ("text", "reference", "start", "end"),
    [
        # 11 May 2023 is a Thursday: a page of 16 May 2022 speaks of its own past week
        ("del miércoles 11 hasta el viernes 13 de mayo", "2022-05-16", "2022-05-11", "2022-05-13"),
        # the weekday fits the next occurrence: it stays
        ("el jueves 19 de mayo", "2022-05-01", "2022-05-19", "2022-05-19"),
        # it fits neither the year before nor the year after: the weekday is a slip
        ("el jueves 16 de mayo", "2022-05-01", "2022-05-16", "2022-05-16"),
    ],
)
def test_a_weekday_places_a_day_written_without_its_year(text, reference, start, end):
    (found,) = find_dates(text, D(reference))
    assert ((found.start or found.end), found.end) == (D(start), D(end))


def test_explain_says_which_day_a_day_without_its_month_was_read_from() -> None:
    text = (
        "El debate general se abrirá el 25 de septiembre de 2012. El mismo día 26 habrá otra"
        " reunión sobre Somalia, seguida el viernes 28 por un encuentro sobre terrorismo nuclear."
    )
    reasons = {d.date_text: d.reason for d in extract(text).decisions}
    assert reasons["El mismo día 26"].endswith('read from "25 de septiembre de 2012"')
    assert reasons["el viernes 28"].endswith('read from "El mismo día 26"')


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        # an agent's "by" is no deadline marker: the year is the meeting's
        (
            "Decides that each Party shall submit its first report by 31 December 2006 for"
            " consideration by the Conference of the Parties at its third meeting, in 2007.",
            "2005-05-06",
            [("by 31 December 2006", "deadline"), ("in 2007", "event")],
        ),
        # the second of two joined dates is of the first one's kind
        (
            "The Council agreed to review the progress of the preparations in its forthcoming"
            " meetings in December and next April.",
            "2020-10-29",
            [("in December", "event"), ("next April", "event")],
        ),
        # ... unless a marker of its own decides it
        (
            "The Council will meet in December and by 30 June 2021 the Secretariat will submit"
            " the report.",
            "2020-10-29",
            [("in December", "event"), ("by 30 June 2021", "deadline")],
        ),
    ],
)
def test_the_kind_of_a_date_in_a_clause_with_another(sentence, reference, expected):
    got = [
        (c.date_text, c.kind) for c in extract(sentence, reference_date=D(reference)).commitments
    ]
    assert got == expected


def test_two_weekdays_make_a_span_only_where_the_second_falls_on_its_day():
    # 23 April 2010 is a Friday, not a Thursday: the day alone is read
    text = "The Council will meet on Wednesday and Thursday, 23 April 2010."
    got = {
        c.date_text: (c.start, c.end)
        for c in extract(text, reference_date=D("2010-03-01")).commitments
    }
    assert got["23 April 2010"] == (D("2010-04-23"), D("2010-04-23"))
    assert not any("Thursday, 23" in t for t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days of two months joined by "y" or "and": two days, unless they are next to
        # each other or "entre … y", "between … and" joins them
        (
            "Las reuniones técnicas serán el 4 de marzo y el 5 de abril de 2028.",
            [("2028-03-04", "2028-03-04"), ("2028-04-05", "2028-04-05")],
        ),
        (
            "The two rounds will take place on 4 March and 5 April 2028.",
            [("2028-03-04", "2028-03-04"), ("2028-04-05", "2028-04-05")],
        ),
        (
            "La reunión será el 30 de noviembre y el 1 de diciembre de 2028.",
            [("2028-11-30", "2028-12-01")],
        ),
        (
            "La misión se realizará entre el 28 de marzo y el 2 de mayo de 2028.",
            [("2028-03-28", "2028-05-02")],
        ),
    ],
)
def test_two_days_of_two_months_joined_by_and(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, D("2027-11-15"))
    assert [(str(d.start), str(d.end)) for d in found] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The last session was held from July 17 to 21 last year in Dhaka.", "2030-07-21"),
        ("They met on 5 March last year.", "2030-03-05"),
        ("Se reunieron el 5 de marzo del año pasado.", "2030-03-05"),
        ("del 3 al 5 de marzo del año anterior", "2030-03-05"),
        ("on 5 March this year", "2031-03-05"),
    ],
)
def test_a_day_in_last_year_is_read_in_the_year_before(text: str, day: str) -> None:
    (found,) = find_dates(text, D("2031-06-01"))
    assert found.end == D(day)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a shortened month, its day and the year's last two digits after a slash
        ("Bogotá, abr. 1/32 (Cancillería)", "2032-04-01", "2032-04-01"),
        # two days running after a slash; not a day and the year's digits
        ("October 16/17, 2032", "2032-10-16", "2032-10-17"),
    ],
)
def test_a_slash_after_a_day(text: str, start: str, end: str) -> None:
    (found,) = find_dates(text, D("2031-06-01"))
    assert (found.start, found.end) == (D(start), D(end))


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    text = (
        "The Conference will meet on 26 October 2032 on the 3rd floor of the Secretariat, and"
        " adopt the Declaration on the 20th Anniversary of the Cooperation.\n"
    )
    got = [c.date_text for c in extract(text).commitments]
    assert got == ["26 October 2032"]
