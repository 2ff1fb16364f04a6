"""Text from PDFs and web pages: words broken at line ends or by stray spaces, dates across lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF

from extractors.loaders import load_bytes
from extractors.pipeline import extract
from extractors.structure import repair

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("a más tar dar el 15", "a más tardar  el 15"),
        ("15 de diciembr e de 2020", "15 de diciembre  de 2020"),
        ("before 3 Novem-\nber 2021", "before 3 November \n 2021"),
        ("by 3 Novem- \n ber", "by 3 November   \n"),
        ("the fran-\ncophone", "the francophone \n"),
        # Nothing to repair: real words, a hyphen inside a line, a year after a line break.
        ("el 15 de\njulio de 2020", "el 15 de\njulio de 2020"),
        ("Vice-Ministerial", "Vice-Ministerial"),
        ("en mayo de 2020", "en mayo de 2020"),
        ("la ses ión", "la ses ión"),
    ],
)
def test_repair_keeps_length_and_rejoins_broken_words(text: str, repaired: str) -> None:
    out, spans = repair(text)
    assert out == repaired
    assert len(out) == len(text)
    assert bool(spans) == (out != text)


REF_TEXT = """REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)

El GRCM, reunido en San José el 3 de marzo de 2020, acordó:

1. Solicitar a los Países Miembros que remitan sus comentarios a más tar dar el 15 de diciembr e de 2020.
2. Request the TS to circulate the report before 3 Novem-
ber 2020.
3. Realizar un taller regional del 10 al 12 de
junio de 2020 en Panamá.
"""


def test_dates_across_repairs_resolve_and_keep_verbatim_spans() -> None:
    result = extract(REF_TEXT)
    got = [(c.date_text, c.kind, c.start, c.end) for c in result.commitments]
    assert got == [
        ("a más tar dar el 15 de diciembr e de 2020", "deadline", None, date(2020, 12, 15)),
        ("before 3 Novem-\nber 2020", "deadline", None, date(2020, 11, 3)),
        ("del 10 al 12 de\njunio de 2020", "event", date(2020, 6, 10), date(2020, 6, 12)),
    ]
    for c in result.commitments:
        assert c.date_text in REF_TEXT
        assert c.quote in REF_TEXT


PDF_LINES = [
    "REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)",
    "",
    "El Grupo Regional de Consulta sobre Migración, reunido en la Ciudad de Guatemala",
    "el 4 de febrero de 2025, acordó:",
    "",
    "1. Solicitar a los Países Miembros que remitan a la Secretaría Técnica sus comen-",
    "tarios sobre el plan de trabajo a más tar dar el 30 de septiem-",
    "bre de 2025.",
    "2. Convocar un taller regional sobre protección consular del 12 al 14 de no-",
    "viembre de 2025 en San Salvador, El Salvador.",
    "3. Request the Technical Secretariat to circulate the draft report no later than 15 Decem-",
    "ber 2025.",
]


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=10)
    else:  # a core font covers latin-1, which is enough here
        pdf.set_font("helvetica", size=10)
    for line in lines:
        if line:
            pdf.cell(text=line)
        pdf.ln(6)
    return bytes(pdf.output())


def test_a_pdf_with_hyphenated_and_broken_lines_reads_back_with_its_dates() -> None:
    text = load_bytes(_pdf(PDF_LINES), "conclusiones.pdf")
    assert "septiem-" in text  # the break is really in the extracted text
    result = extract(text)
    assert result.document.end == date(2025, 2, 4)
    got = [(c.kind, c.start, c.end, c.ref) for c in result.commitments]
    assert got == [
        ("deadline", None, date(2025, 9, 30), "1"),
        ("event", date(2025, 11, 12), date(2025, 11, 14), "2"),
        ("deadline", None, date(2025, 12, 15), "3"),
    ]
    for c in result.commitments:
        assert c.date_text in text  # verbatim, line breaks and hyphens included
