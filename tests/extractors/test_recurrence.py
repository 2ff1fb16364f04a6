"""Recurring duties: sentences as documents word them (es, en), with the meeting's date ->
the dated item and its recurrence, or the open task that carries one, or no recurrence at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.model import Recurrence
from extractors.pipeline import extract
from extractors.recurrence import Cue, detect, first_period_end

Q, S, Y, M = ("MONTHLY", 3), ("MONTHLY", 6), ("YEARLY", 1), ("MONTHLY", 1)

# (sentence, meeting date, dated items as (kind, start, end, precision, (freq, interval), first
# due date) and open tasks' recurrences as (freq, interval)).
DATED = [
    (
        "Solicitar a la Secretaría Técnica que presente un informe semestral a partir de enero de 2018.",
        "2017-06-22",
        [("deadline", "2018-01-01", "2018-06-30", "semester", S, "2018-06-30")],
    ),
    (
        "Los Países Miembros remitirán a la ST, a más tardar el 31 de marzo de 2018, y luego cada tres meses, un informe sobre el avance del Plan de Acción.",
        "2017-11-20",
        [("deadline", None, "2018-03-31", "day", Q, "2018-03-31")],
    ),
    (
        "The Secretariat shall submit the first report by 30 June 2019 and annually thereafter.",
        "2018-11-20",
        [("deadline", None, "2019-06-30", "day", Y, "2019-06-30")],
    ),
    (
        "Member States will submit a progress report within 30 days after the end of each quarter.",
        "2017-06-22",
        [("deadline", None, "2017-07-30", "day", Q, "2017-07-30")],
    ),
    (
        "Encargar a la ST que remita un informe financiero al final de cada semestre a los Países Miembros.",
        "2017-07-10",
        [("deadline", None, "2017-12-31", "day", S, "2017-12-31")],
    ),
    (
        "The Technical Secretariat is requested to report to Member States on a quarterly basis, starting on 31 March 2020.",
        "2019-11-20",
        [("deadline", None, "2020-03-31", "day", Q, "2020-03-31")],
    ),
    (
        "La PPT informará mensualmente a los Países Miembros sobre los avances, a partir del 15 de agosto de 2017.",
        "2017-06-22",
        [("deadline", None, "2017-08-15", "day", M, "2017-08-15")],
    ),
    (
        "Parties shall submit biennial reports to the Secretariat, the first of them by 31 December 2021.",
        "2020-10-05",
        [("deadline", None, "2021-12-31", "day", ("YEARLY", 2), "2021-12-31")],
    ),
    (
        "Solicitar a los Países Miembros que presenten sus estados financieros trimestrales a partir del segundo trimestre de 2018.",
        "2017-11-20",
        [("deadline", "2018-04-01", "2018-06-30", "quarter", Q, "2018-06-30")],
    ),
]

TASKS = [
    (
        "Instruir a la ST para que elabore reportes financieros trimestrales y los envíe a los Países Miembros para el monitoreo de la ejecución del presupuesto.",
        "2017-06-22",
        Q,
    ),
    (
        "Solicitar a la ST que distribuya el informe del Fondo dos veces al año a los Países Miembros.",
        "2017-06-22",
        S,
    ),
    (
        "The Board will elect its chair every two years from among the Member States.",
        "2017-06-22",
        ("YEARLY", 2),
    ),
    (
        "Instar a los Países Miembros a que realicen las gestiones necesarias para hacer efectivas sus contribuciones anuales.",
        "2017-06-22",
        Y,
    ),
]

# Labels and one-off items: no recurrence.
NONE = [
    (
        "Aprobar el Informe Anual 2027 de la ST y solicitar a la ST que lo publique a más tardar el 30 de abril de 2028.",
        "2027-11-20",
    ),
    (
        "Take note of the annual report of the Fund for 2012 and request the Secretariat to circulate it by 15 May 2013.",
        "2013-03-20",
    ),
    (
        "Hold the annual meeting of the Network in June or July in Tegucigalpa, Honduras.",
        "2019-03-01",
    ),
    (
        "Tomar nota del Plan Operativo Anual 2020 y solicitar a la ST que remita sus comentarios a más tardar el 30 de abril de 2020.",
        "2020-02-10",
    ),
    (
        "Solicitar a la ST que remita a los Países Miembros el informe financiero a más tardar el 15 de julio de 2017.",
        "2017-06-22",
    ),
]


def _numbered(sentence: str) -> str:
    """A decision as a numbered paragraph, as outcome documents print them."""
    return f"Acuerdos\n\n1. {sentence}\n"


@pytest.mark.parametrize(("sentence", "ref", "expected"), DATED)
def test_a_recurring_duty_is_dated_by_its_first_due_date(
    sentence: str, ref: str, expected: list[tuple[object, ...]]
) -> None:
    result = extract(_numbered(sentence), reference_date=date.fromisoformat(ref))
    got = [
        (
            c.kind,
            c.start.isoformat() if c.start else None,
            c.end.isoformat(),
            c.precision,
            (c.recurrence.freq, c.recurrence.interval) if c.recurrence else None,
            c.recurrence.dtstart.isoformat() if c.recurrence and c.recurrence.dtstart else None,
        )
        for c in result.commitments
    ]
    assert got == expected


@pytest.mark.parametrize(("sentence", "ref", "expected"), TASKS)
def test_a_recurring_duty_without_a_stated_start_stays_an_open_task(
    sentence: str, ref: str, expected: tuple[str, int]
) -> None:
    result = extract(_numbered(sentence), reference_date=date.fromisoformat(ref))
    assert result.commitments == []
    assert [t.recurrence for t in result.undated] == [Recurrence(*expected)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("sentence", "ref"), NONE)
def test_labels_and_one_off_items_carry_no_recurrence(sentence: str, ref: str) -> None:
    result = extract(_numbered(sentence), reference_date=date.fromisoformat(ref))
    assert result.commitments or result.undated
    assert [c.recurrence for c in [*result.commitments, *result.undated]] == [None] * (
        len(result.commitments) + len(result.undated)
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("reportes financieros trimestrales", Q),
        ("un informe semestral", S),
        ("dos veces al año", S),
        ("cada seis meses", S),
        ("annually", Y),
        ("on a quarterly basis", Q),
        ("cada año", Y),
        ("mensualmente", M),
        ("every two years", ("YEARLY", 2)),
        ("biennial reports", ("YEARLY", 2)),
        ("al final de cada trimestre", Q),
        ("within 30 days after the end of each quarter", Q),
        ("semi-annual reports", S),
        ("de manera trimestral", Q),
        ("the annual meeting", None),
        ("el Informe Anual de la ST", None),
        ("annual report for 2012", None),
    ],
)
def test_cues(text: str, found: tuple[str, int] | None) -> None:
    cue = detect(text)
    assert ((cue.freq, cue.interval) if cue else None) == found


@pytest.mark.parametrize(
    ("months", "offset", "after", "due"),
    [
        (3, 0, "2017-06-22", "2017-06-30"),
        (3, 0, "2017-06-30", "2017-09-30"),
        (3, 30, "2017-06-22", "2017-07-30"),
        (3, 45, "2017-12-20", "2018-02-14"),  # 31 December + 45 days
        (6, 0, "2017-07-01", "2017-12-31"),
        (12, 0, "2017-07-01", "2017-12-31"),
        (1, 0, "2024-02-10", "2024-02-29"),
    ],
)
def test_the_first_period_end_after_the_meeting(
    months: int, offset: int, after: str, due: str
) -> None:
    cue = Cue(
        "YEARLY" if months == 12 else "MONTHLY", 1 if months == 12 else months, 0, 0, True, offset
    )
    assert first_period_end(cue, date.fromisoformat(after)) == date.fromisoformat(due)


def test_the_json_shape_carries_the_recurrence() -> None:
    result = extract(_numbered(DATED[0][0]), reference_date=date(2017, 6, 22))
    shape = result.to_dict()
    assert shape["commitments"][0]["recurrence"] == {
        "freq": "MONTHLY",
        "interval": 6,
        "dtstart": "2018-06-30",
        "until": None,
        "count": None,
    }
    assert all(t["recurrence"] is None for t in shape["undated"])
    # The summary, cut at the date, does not end on the start marker.
    assert not shape["commitments"][0]["what"].endswith("a partir")
