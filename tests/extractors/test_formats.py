"""The same meeting document as .txt, .docx, .pdf and .html gives the same commitments."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from extractors.loaders import load_bytes
from extractors.pipeline import extract

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

HEAD = [
    "REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN (GRCM)",
    "Ciudad de Panamá, Panamá, 2 y 3 de diciembre de 2004",
    "CONCLUSIONES",
]
ITEMS = [
    "1. Remitir a la ST comentarios sobre el borrador del afiche, antes del 30 de diciembre de 2004.",
    "2. Tomar nota de la reunión de la Comisión Global que se llevará a cabo en mayo de 2005 en México.",
    "3. Enviar a la OIM las observaciones al cuestionario al 31 de enero del 2005.",
    "4. Tomar nota del Seminario sobre Migración y Salud, realizado los días 18 y 19 de octubre.",
    "5. Tomar nota del Foro que se realizará en el mes de junio de 2005, en El Salvador.",
]
EXPECTED = {
    ("antes del 30 de diciembre de 2004", "2004-12-30", "deadline"),
    ("en mayo de 2005", "2005-05-31", "event"),
    ("al 31 de enero del 2005", "2005-01-31", "deadline"),
    ("en el mes de junio de 2005", "2005-06-30", "event"),
}


def found(text: str) -> set[tuple[str, str, str]]:
    result = extract(text)
    assert result.document.start is not None and result.document.start.isoformat() == "2004-12-02"
    return {(c.date_text, c.end.isoformat(), c.kind) for c in result.commitments}


def as_docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Conferencia Regional sobre Migración"
    for line in HEAD + ITEMS:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def as_pdf() -> bytes:
    pdf = FPDF()
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        font = "DejaVu"
    else:  # latin-1 core font: accents still print
        font = "Helvetica"
    pdf.set_font(font, size=10)
    pages = [HEAD + ITEMS[:3], ITEMS[3:]]
    for lines in pages:
        pdf.add_page()
        # A running header on every page, as in the real PDFs.
        pdf.multi_cell(
            0, 6, "Conferencia Regional sobre Migración\nRegional Conference on Migration"
        )
        pdf.ln(4)
        for line in lines:
            pdf.multi_cell(0, 6, line)
            pdf.ln(2)
    return bytes(pdf.output())


def as_html() -> bytes:
    body = "".join(f"<p>{line}</p>" for line in HEAD + ITEMS)
    page = f"<html><head><title>GRCM</title><script>var x = '1 de enero de 2030';</script></head><body>{body}</body></html>"
    return page.encode("utf-8")


def test_plain_text():
    assert found("\n\n".join(HEAD + ITEMS)) == EXPECTED


@pytest.mark.parametrize(
    ("name", "build"), [("acta.docx", as_docx), ("acta.pdf", as_pdf), ("acta.html", as_html)]
)
def test_other_formats_give_the_same_commitments(name, build):
    text = load_bytes(build(), name)
    assert found(text) == EXPECTED
