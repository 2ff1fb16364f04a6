"""`crmbot extract` as a user runs it: the installed console script, in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

CRMBOT = Path(sys.executable).parent / "crmbot"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"

pytestmark = pytest.mark.skipif(not CRMBOT.exists(), reason="crmbot console script not installed")


def crmbot(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CRMBOT), "extract", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def bad_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "truncado.pdf"
    # The start of a real PDF: pypdf logs repair attempts that must not reach the terminal.
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 3\n")
    return path


def bad_docx(tmp_path: Path) -> Path:
    path = tmp_path / "acta.docx"
    path.write_text("No soy un documento de Word.\n", encoding="utf-8")
    return path


def empty(tmp_path: Path) -> Path:
    path = tmp_path / "vacío.txt"
    path.write_bytes(b"")
    return path


def garbage(tmp_path: Path) -> Path:
    path = tmp_path / "acta.txt"
    path.write_bytes(bytes(range(256)) * 8)
    return path


def unknown_type(tmp_path: Path) -> Path:
    path = tmp_path / "cuadro.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(60))
    return path


def missing(tmp_path: Path) -> Path:
    return tmp_path / "no-existe.pdf"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (bad_pdf, "not a valid PDF"),
        (bad_docx, "not a valid .docx file"),
        (empty, "the file is empty"),
        (garbage, "not a text file"),
        (unknown_type, "unsupported document type '.xlsx'"),
        (missing, "no such file"),
    ],
)
def test_unusable_input_gives_one_line_and_status_2(
    make: Callable[[Path], Path], message: str, tmp_path: Path
) -> None:
    path = make(tmp_path)
    result = crmbot(path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"crmbot: {path}: {message}")


def test_bad_as_of_date_is_an_argparse_error(tmp_path: Path) -> None:
    path = tmp_path / "acta.txt"
    path.write_text("Texto.\n", encoding="utf-8")
    result = crmbot(path, "--as-of", "mañana")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert "argument --as-of: not a date (YYYY-MM-DD): 'mañana'" in result.stderr


def test_text_without_dates_prints_an_empty_json_extraction(tmp_path: Path) -> None:
    path = tmp_path / "acta.md"
    path.write_text("# Acta\n\nLos países conversaron sin fijar fechas.\n", encoding="utf-8")
    result = crmbot(path, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"document", "commitments", "undated"}
    assert data["commitments"] == []


def test_table_output_of_a_sample() -> None:
    sample = min(SAMPLES.glob("*.txt"))
    result = crmbot(sample, "--as-of", "2017-06-22")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip()


def test_explain_names_the_dates_only_the_documents_own_date_could_place(tmp_path: Path) -> None:
    # a release that prints no year anywhere: its days are listed, not silently left out
    path = tmp_path / "release.txt"
    path.write_text(
        "SAARC Foreign Ministers to meet in Colombo\n\nThe Council of Ministers will meet in"
        " Colombo on 27-28 February for its Inter-Summit Session.\n",
        encoding="utf-8",
    )
    result = crmbot(path, "--explain", "--json")
    assert result.returncode == 0, result.stderr
    (found,) = json.loads(result.stdout)
    assert (found["date_text"], found["kept"], found["end"]) == ("27-28 February", False, None)
    assert "no date in the text" in found["reason"]
    table = crmbot(path, "--explain")
    assert "27-28 February" in table.stdout and "no date in the text" in table.stdout

    # with the document's date the same days are read and kept
    dated = json.loads(crmbot(path, "--explain", "--json", "--as-of", "2009-02-22").stdout)
    assert [(d["date_text"], d["kept"], d["start"], d["end"]) for d in dated] == [
        ("27-28 February", True, "2009-02-27", "2009-02-28")
    ]


def test_a_date_in_the_files_name_gives_a_yearless_text_its_year(tmp_path: Path) -> None:
    text = (
        "SAARC Foreign Ministers to meet in Colombo\n\nThe Council of Ministers will meet in"
        " Colombo on 27-28 February for its Inter-Summit Session, after the Standing Committee"
        " on 25-26 February.\n"
    )
    path = tmp_path / "saarc-council_2009-02.txt"
    path.write_text(text, encoding="utf-8")
    found = json.loads(crmbot(path, "--explain", "--json").stdout)
    read = [(d["date_text"], d["kept"], d["end"]) for d in found]
    assert read == [
        ("27-28 February", True, "2009-02-28"),
        ("25-26 February", True, "2009-02-26"),
    ]
    assert all(d["reason"].endswith("its year from the file's name") for d in found)
    # the name gives a year, never a day: "next week" stays unread
    path.write_text(text.replace("on 27-28 February", "next week"), encoding="utf-8")
    (week, *_) = json.loads(crmbot(path, "--explain", "--json").stdout)
    assert (week["date_text"], week["kept"]) == ("next week", False)


def test_explain_says_which_day_the_text_was_read_from(tmp_path: Path) -> None:
    # a page dated by its byline, not by a meeting: the byline's day is the reference
    page = tmp_path / "page.txt"
    page.write_text(
        "Costa Rica recibe la cumbre\n\n"
        "Ana Mora amora@diario.example | Martes 25 junio, 2013 12:00 a. m.\n\n"
        "La cumbre de presidentes se celebrará el próximo jueves en San José.\n",
        encoding="utf-8",
    )
    lines = crmbot(page, "--explain").stdout.splitlines()
    assert lines[0] == "reference date: 2013-06-25"
    assert not any(line.startswith("meeting:") for line in lines)
    # a record of a meeting: the dates are read from its last day, which is the meeting's
    record = tmp_path / "record.txt"
    record.write_text(
        "Reunión del Grupo Regional de Consulta\nSan José, 20 al 22 de junio de 2017\n\n"
        "1. Los Países Miembros remitirán la información a más tardar el 15 de julio.\n",
        encoding="utf-8",
    )
    lines = crmbot(record, "--explain").stdout.splitlines()
    assert lines[0] == "reference date: 2017-06-22"
