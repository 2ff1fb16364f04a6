""".docx archives checked before anything opens them: real bombs, lying headers, ratios, counts."""

from __future__ import annotations

import io
import os
import zipfile

import docx
import pytest
from fakes.bombs import MB, docx_bomb, pdf_bomb

from extractors.archives import MAX_RATIO, check_docx_archive
from extractors.errors import UnusableInput
from extractors.loaders import load_bytes


def zipped(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def lie_about(archive: bytes, name: str, size: int) -> bytes:
    """Make the local and central headers of entry `name` claim `size` uncompressed bytes."""
    data = bytearray(archive)
    encoded = name.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                data[start + size_at : start + size_at + 4] = size.to_bytes(4, "little")
            start += 4
    return bytes(data)


def refusal(data: bytes, **limits: int) -> str:
    with pytest.raises(UnusableInput) as info:
        check_docx_archive(data, **limits)
    return str(info.value)


def a_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph(
        "Los Países Miembros acordaron remitir el informe antes del 30 de junio."
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_real_docx_passes() -> None:
    data = a_docx()
    check_docx_archive(data)
    assert "30 de junio" in load_bytes(data, "acta.docx")


def test_the_bomb_is_what_it_says() -> None:
    # The fixture itself: half a megabyte that really inflates to 512 MB of zeros.
    data = docx_bomb()
    assert len(data) < 600_000
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("word/media/bomb.bin") as entry:
        total = sum(len(chunk) for chunk in iter(lambda: entry.read(8 * MB), b""))
    assert total == 512 * MB


def test_a_zip_bomb_is_refused_from_its_central_directory() -> None:
    assert (
        refusal(docx_bomb()) == "the .docx unpacks to 512.0 MB, over the 100.0 MB limit (zip bomb?)"
    )


def test_a_bomb_whose_headers_lie_is_stopped_while_inflating() -> None:
    # The headers claim 1000 bytes: the declared total and ratio pass; the content does not.
    data = docx_bomb(declared=1000)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.getinfo("word/media/bomb.bin").file_size == 1000
    assert refusal(data) == (
        "the .docx holds word/media/bomb.bin, compressed more than 100 to 1 (zip bomb?)"
    )
    assert load_bytes_error(data) == refusal(data)


def test_a_lying_incompressible_entry_is_stopped_at_the_total_limit() -> None:
    # Random bytes do not compress, so only counting what comes out catches the lie.
    data = lie_about(
        zipped({"word/document.xml": b"<w:document/>", "word/media/a.bin": os.urandom(3 * MB)}),
        "word/media/a.bin",
        1000,
    )
    assert refusal(data, max_unpacked_bytes=2 * MB) == (
        "the .docx unpacks to more than the 2.0 MB limit, more than its headers say (zip bomb?)"
    )


def test_an_entry_larger_than_its_header_says_is_refused_under_the_limit() -> None:
    data = lie_about(
        zipped({"word/document.xml": b"<w:document>" + b"x" * 5000}), "word/document.xml", 10
    )
    assert refusal(data) == (
        "not a valid .docx file (word/document.xml holds 5012 bytes, its header says 10)"
    )


def test_an_entry_compressed_over_the_ratio_is_refused() -> None:
    data = zipped({"word/document.xml": b"<w:document/>", "word/media/zeros.bin": bytes(4 * MB)})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/media/zeros.bin")
        assert info.file_size > MAX_RATIO * info.compress_size
    assert "compressed more than 100 to 1" in refusal(data)
    # Small entries may compress that well: a megabyte of zeros is let through.
    check_docx_archive(zipped({"word/document.xml": b"<w:document/>", "a.bin": bytes(MB)}))


def test_too_many_entries_are_refused() -> None:
    members = {f"word/media/image{i}.png": b"x" for i in range(1001)}
    assert refusal(zipped(members | {"word/document.xml": b"<w/>"})) == (
        "the .docx holds 1002 files, over the 1000 limit (zip bomb?)"
    )
    check_docx_archive(zipped(members), max_entries=1001)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really a zip", "not a valid .docx file (File is not a zip file)"),
        (
            lie_about(zipped({"word/document.xml": b"<w/>" * 100}), "word/document.xml", 500),
            "not a valid .docx file (word/document.xml holds 400 bytes, its header says 500)",
        ),
    ],
)
def test_damaged_archives(data: bytes, message: str) -> None:
    assert refusal(data) == message


def test_a_nested_deflate_pdf_is_refused_as_a_bomb() -> None:
    data = pdf_bomb()
    assert len(data) < 2000  # 4 GB of zeros under three /FlateDecode filters
    assert load_bytes_error(data, "acta.pdf") == (
        "the PDF inflates to more than a document does (decompression bomb?)"
    )


def load_bytes_error(data: bytes, name: str = "acta.docx") -> str:
    with pytest.raises(UnusableInput) as info:
        load_bytes(data, name)
    return str(info.value)
