"""Document files -> text, and the one-line errors for files that cannot be used."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF

from extractors.errors import UnusableInput
from extractors.loaders import MAX_BYTES, PAGE_BREAK, load_bytes, load_text, named_date

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# Builders ----------------------------------------------------------------------------------


def make_docx() -> bytes:
    """A small CRM-like .docx: heading, numbered conclusions, a table, a header and a footer."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "ENCABEZADO DE PÁGINA"
    section.footer.paragraphs[0].text = "Página 1 de 1"
    document.add_heading("Reunión del Grupo Regional de Consulta sobre Migración", level=1)
    document.add_paragraph("Los Países Miembros acordaron:")
    document.add_paragraph(
        "Solicitar a la ST el informe antes del 30 de junio de 2024.", "List Number"
    )
    document.add_paragraph("Convocar una reunión en Tegucigalpa, Honduras.", "List Number")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Actividad", "Responsable", "Fecha"),
        ("Taller de capacitación", "Panamá", "15 de marzo de 2025"),
        ("Informe técnico", "México", ""),
    ]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    table.cell(2, 0).add_paragraph("(segunda línea)")
    document.add_paragraph("Después de la tabla: Año de la niñez.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_pdf(pages: list[str], *, header: str | None = None, **encryption: str) -> bytes:
    """A PDF with one text block per page and an optional running header on every page."""
    pdf = FPDF()
    if encryption:
        pdf.set_encryption(**encryption)
    if DEJAVU.exists():
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=11)
    else:  # a core font covers latin-1, which is enough for Spanish
        pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        if header:
            pdf.cell(text=header)
            pdf.ln(12)
        pdf.multi_cell(0, 8, text=text)
    return bytes(pdf.output())


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def load_error(data: bytes, name: str, **limits: int) -> str:
    with pytest.raises(UnusableInput) as info:
        load_bytes(data, name, **limits)
    message = str(info.value)
    assert "\n" not in message
    return message


# Plain text and markdown -------------------------------------------------------------------

SPANISH = "Reunión en San José: los países acordarán el año próximo.\nSegunda línea — fin.\n"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (SPANISH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SPANISH.encode("utf-8"), "utf-8 with BOM"),
        (SPANISH.encode("utf-16"), "utf-16 with BOM"),
        (b"\xfe\xff" + SPANISH.encode("utf-16-be"), "utf-16-be with BOM"),
        (SPANISH.encode("cp1252"), "windows-1252"),
        (SPANISH.replace("\n", "\r\n").encode("utf-8"), "CRLF line ends"),
    ],
)
def test_text_encodings(data: bytes, why: str) -> None:
    assert load_bytes(data, "acta.txt") == SPANISH, why


def test_markdown_is_kept_as_is() -> None:
    md = "# Conclusiones\n\n**San Salvador, 20 de junio de 2017**\n\n1. Acordar [x](y).\n"
    assert load_bytes(md.encode(), "acta.md") == md


def test_decomposed_accents_are_composed() -> None:
    assert load_bytes("Reunio\u0301n".encode(), "a.txt") == "Reunión"


def test_url_query_does_not_hide_the_suffix() -> None:
    assert load_bytes(SPANISH.encode(), "https://example.org/acta.txt?dl=1#p2") == SPANISH


def test_load_text_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "acta.txt"
    path.write_bytes(SPANISH.encode("cp1252"))
    assert load_text(path) == SPANISH
    assert load_text(str(path)) == SPANISH


def test_file_without_suffix_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text(SPANISH, encoding="utf-8")
    assert load_text(path) == SPANISH


# DOCX --------------------------------------------------------------------------------------


def test_docx_paragraphs_numbering_and_tables_in_order() -> None:
    text = load_bytes(make_docx(), "conclusiones.docx")
    assert text.splitlines() == [
        "Reunión del Grupo Regional de Consulta sobre Migración",
        "Los Países Miembros acordaron:",
        "1. Solicitar a la ST el informe antes del 30 de junio de 2024.",
        "2. Convocar una reunión en Tegucigalpa, Honduras.",
        "Actividad\tResponsable\tFecha",
        "Taller de capacitación\tPanamá\t15 de marzo de 2025",
        "Informe técnico (segunda línea)\tMéxico",
        "Después de la tabla: Año de la niñez.",
    ]


def test_docx_headers_and_footers_are_left_out() -> None:
    text = load_bytes(make_docx(), "conclusiones.docx")
    assert "ENCABEZADO" not in text
    assert "Página 1 de 1" not in text


def outline_list(num_id: int, *, first: int = 1) -> list[Any]:
    """An abstract list "1." / "a)" / "1.i" and one list using it that starts at `first`."""
    w = nsdecls("w")
    levels = [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%1.%3")]
    abstract = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{first}"/></w:lvlOverride>'
    return [
        parse_xml(f'<w:abstractNum {w} w:abstractNumId="{num_id}">{abstract}</w:abstractNum>'),
        parse_xml(
            f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/>'
            f"{override if first != 1 else ''}</w:num>"
        ),
    ]


def numbered(document: Any, text: str, num_id: int, level: int) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def test_docx_numbering_follows_levels_formats_and_overrides() -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    for num_id, first in ((90, 1), (91, 7)):
        abstract, num = outline_list(num_id, first=first)
        numbering.insert(0, abstract)  # abstract lists come before the lists that use them
        numbering.append(num)
    for text, num_id, level in [
        ("uno", 90, 0),
        ("uno a", 90, 1),
        ("uno b", 90, 1),
        ("uno b i", 90, 2),
        ("dos", 90, 0),
        ("dos a", 90, 1),
        ("siete", 91, 0),
    ]:
        numbered(document, text, num_id, level)
    document.add_paragraph("sin número")
    document.add_paragraph("viñeta", "List Bullet")
    buf = io.BytesIO()
    document.save(buf)
    assert load_bytes(buf.getvalue(), "a.docx").splitlines() == [
        "1. uno",
        "a) uno a",
        "b) uno b",
        "1.i uno b i",
        "2. dos",
        "a) dos a",
        "7. siete",
        "sin número",
        "• viñeta",
    ]


def test_docx_content_controls_and_tracked_changes() -> None:
    document = docx.Document()
    body = document.element.body
    w = nsdecls("w")
    body.insert(
        0,
        parse_xml(
            f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Dentro de un control</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    body.insert(
        1,
        parse_xml(
            f"<w:p {w}><w:r><w:t xml:space='preserve'>Plazo: </w:t></w:r>"
            "<w:del><w:r><w:delText>mayo</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>junio</w:t></w:r></w:ins><w:r><w:tab/><w:t>2025</w:t></w:r></w:p>"
        ),
    )
    buf = io.BytesIO()
    document.save(buf)
    assert load_bytes(buf.getvalue(), "a.docx").splitlines() == [
        "Dentro de un control",
        "Plazo: junio\t2025",
    ]


def test_docx_found_by_content_when_misnamed() -> None:
    assert "Tegucigalpa" in load_bytes(make_docx(), "descarga")
    assert "Tegucigalpa" in load_bytes(make_docx(), "acta.txt")


# PDF ---------------------------------------------------------------------------------------


def test_pdf_pages_are_separated_and_keep_the_running_header() -> None:
    header = "CONFERENCIA REGIONAL SOBRE MIGRACIÓN"
    data = make_pdf(
        ["Primera página: reunión en San José.", "Segunda página: el 5 de mayo de 2025."],
        header=header,
    )
    text = load_bytes(data, "acta.pdf")
    pages = text.split(PAGE_BREAK)
    assert len(pages) == 2
    assert all(page.splitlines()[0] == header for page in pages)
    assert "Primera página: reunión en San José." in pages[0]
    assert "Segunda página: el 5 de mayo de 2025." in pages[1]


def test_pdf_with_core_font_and_latin1_accents() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Año 2025: reunión en Panamá, niñez migrante.")
    assert (
        load_bytes(bytes(pdf.output()), "a.pdf") == "Año 2025: reunión en Panamá, niñez migrante."
    )


def test_pdf_with_only_an_owner_password_is_read() -> None:
    data = make_pdf(["Acuerdo del 3 de abril."], owner_password="dueño")
    assert load_bytes(data, "a.pdf") == "Acuerdo del 3 de abril."


def test_pdf_found_by_content_when_misnamed() -> None:
    assert "Acuerdo" in load_bytes(make_pdf(["Acuerdo."]), "acta.docx")
    assert "Acuerdo" in load_bytes(make_pdf(["Acuerdo."]), "download?id=7")


# HTML --------------------------------------------------------------------------------------

HTML = b"""<!DOCTYPE html>
<html><head><title>Acta</title><style>p { color: red }</style>
<script>var fecha = "1 de enero de 2020";</script></head>
<body><nav><a href="/">Inicio</a> | <a href="/docs">Documentos</a></nav>
<h1>Reuni&oacute;n   del GRCM</h1>
<p>Los pa&iacute;ses acordaron &amp; se
comprometieron<br>a informar antes del 30&nbsp;de junio &#8212; sin falta.</p>
<!-- borrador -->
<ol start="3"><li>Primero</li><li>Segundo <b>paso</b></li></ol>
<table><tr><th>Actividad</th><th>Fecha</th></tr><tr><td>Taller</td><td>5 de mayo</td></tr></table>
<script>document.write("15 de julio");</script>
<div>Fin del <em>acta</em>.</div></body></html>"""


def test_html_text_blocks_entities_and_dropped_elements() -> None:
    assert load_bytes(HTML, "acta.html").splitlines() == [
        "Reunión del GRCM",
        "Los países acordaron & se comprometieron",
        "a informar antes del 30 de junio — sin falta.",
        "3. Primero",
        "4. Segundo paso",
        "Actividad\tFecha",
        "Taller\t5 de mayo",
        "Fin del acta.",
    ]


def test_html_found_by_content_without_suffix_or_with_a_server_suffix() -> None:
    assert load_bytes(HTML, "documento").startswith("Reunión del GRCM")
    assert load_bytes(HTML, "documento.aspx").startswith("Reunión del GRCM")


def test_html_with_only_scripts_has_no_text() -> None:
    page = b"<html><head><title>x</title></head><body><script>f()</script></body></html>"
    assert load_error(page, "a.html") == "the document contains no text"


def test_html_declared_charset_is_honoured() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Migración</p></body></html>'
    assert load_bytes(page.encode("latin-1"), "a.htm") == "Migración"


# Unusable input ----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnusableInput, match="no such file"):
        load_text(tmp_path / "no-existe.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(UnusableInput, match="is a directory"):
        load_text(tmp_path)


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "vacío.txt"
    path.write_bytes(b"")
    with pytest.raises(UnusableInput, match="the file is empty"):
        load_text(path)


def test_whitespace_only_file() -> None:
    assert "only whitespace" in load_error(b" \n\t\r\n  \n", "a.txt")


def test_bom_only_file_has_no_text() -> None:
    assert "no text" in load_error(b"\xef\xbb\xbf\n", "a.txt")


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "grande.txt"
    path.write_bytes(b"texto " * 2000)
    with pytest.raises(UnusableInput, match=r"file too large \(12 KB; the limit is 10 KB\)"):
        load_text(path, max_bytes=10 * 1024)
    assert load_text(path, max_bytes=MAX_BYTES).startswith("texto")


def test_bytes_over_the_size_cap() -> None:
    assert "file too large" in load_error(b"x" * 101, "a.txt", max_bytes=100)


def test_binary_garbage_with_nul_bytes() -> None:
    garbage = random.Random(0).randbytes(4096)
    assert load_error(garbage, "acta.txt") == "not a text file (it contains binary data)"


def test_binary_garbage_without_nul_bytes() -> None:
    garbage = random.Random(1).randbytes(4096).replace(b"\x00", b"\x01")
    assert load_error(garbage, "acta.md") == "not a text file (it contains binary data)"
    assert load_error(garbage, "acta.html") == "not a text file (it contains binary data)"


def test_truncated_pdf() -> None:
    data = make_pdf(["Acuerdo del 3 de abril."])
    assert load_error(data[: len(data) // 2], "a.pdf").startswith("not a valid PDF (")


def test_pdf_that_is_an_html_error_page() -> None:
    message = load_error(b"<!DOCTYPE html><html><body>404</body></html>", "acta.pdf")
    assert message == "not a valid PDF (no PDF header; it looks like an HTML page)"


def test_encrypted_pdf() -> None:
    data = make_pdf(["Secreto."], owner_password="o", user_password="clave")
    assert load_error(data, "a.pdf") == "the PDF is encrypted (a password is needed to open it)"


def test_pdf_without_text_layer() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 150, style="F")  # what a scan looks like to a text extractor
    assert load_error(bytes(pdf.output()), "scan.pdf") == "no text layer (scanned PDF?)"


def test_docx_that_is_a_renamed_text_file() -> None:
    message = load_error(SPANISH.encode(), "acta.docx")
    assert message == "not a valid .docx file (not a zip archive; it looks like plain text)"


def test_zip_without_document_xml() -> None:
    data = make_zip({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<styles/>"})
    assert "no word/document.xml" in load_error(data, "acta.docx")


def test_truncated_docx() -> None:
    data = make_docx()
    assert load_error(data[: len(data) // 2], "acta.docx").startswith("not a valid .docx file (")


def test_docx_with_broken_xml() -> None:
    data = make_zip({"word/document.xml": b"<w:document><w:body>", "[Content_Types].xml": b"x"})
    assert load_error(data, "acta.docx").startswith("not a valid .docx file (")


def test_docx_zip_bomb() -> None:
    # 2 MB of zeros deflate to about 2 KB: a small stand-in for a real bomb under a lower cap.
    data = make_zip({"word/document.xml": b"<a/>", "word/media/bomb.bin": bytes(2_000_000)})
    assert len(data) < 10_000
    message = load_error(data, "acta.docx", max_unpacked_bytes=1_000_000)
    assert message == "the .docx unpacks to 1.9 MB, over the 977 KB limit (zip bomb?)"


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("cuadro.xlsx", make_zip({"xl/workbook.xml": b"<w/>"}), "'.xlsx'"),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00", "'.exe'"),
        ("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "'.jpg'"),
        ("acta.odt", b"plain words", "'.odt'"),
        ("acta.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "(a PNG image)"),
        ("acta", make_zip({"a.txt": b"x"}), "(a ZIP archive)"),
        ("acta.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "'.doc'"),
    ],
)
def test_unsupported_types(name: str, data: bytes, what: str) -> None:
    assert load_error(data, name) == (
        f"unsupported document type {what} (use .txt, .md, .docx, .pdf or .html)"
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("x17_saarc_colombo_2009-02_en.txt", ("2009-02-01", True)),
        ("Conclusiones GRCM 2017_06_22.pdf", ("2017-06-22", True)),
        ("20190607-release.html", ("2019-06-07", True)),
        ("plan-estrategico-2015-2020.pdf", None),  # two years name a period
        ("acta-2019-13.docx", ("2019-01-01", False)),  # no month 13: the year alone
        ("d13_cicaa_madrid_2023_es.txt", ("2023-01-01", False)),  # a year alone
        ("000_fe613b9cfbbc395e.txt", None),
        # the year last: day first, as most bodies write it, unless the first cannot be a month
        ("acta_12-06-2019.pdf", ("2019-06-12", True)),
        ("minutes 06-25-2019.docx", ("2019-06-25", True)),
        ("informe-06-2019.pdf", ("2019-06-01", True)),
        ("acta_31-02-2019.pdf", ("2019-01-01", False)),  # no such day: the year alone
        ("v2_2019.pdf", ("2019-01-01", False)),  # a version's number, not a month
        # a month's name beside the year
        ("report-june-2019.pdf", ("2019-06-01", True)),
        ("Acta_Junio_2019.pdf", ("2019-06-01", True)),
        ("informe_marzo2021.docx", ("2021-03-01", True)),
        ("communique-2019-dec.html", ("2019-12-01", True)),
        ("summary_2019_mayor.txt", ("2019-01-01", False)),  # not "may"
    ],
)
def test_the_date_a_files_name_carries(name: str, expected: tuple[str, bool] | None) -> None:
    found = named_date(name)
    assert ((found.day.isoformat(), found.month_known) if found else None) == expected


def test_a_named_month_is_read_from_a_month_before_a_named_year_from_its_first_day() -> None:
    month, year = named_date("saarc_2009-02_en.txt"), named_date("cicaa_2023_es.txt")
    assert month is not None and month.reads_from == date(2009, 1, 1)
    assert year is not None and year.reads_from == date(2023, 1, 1)
