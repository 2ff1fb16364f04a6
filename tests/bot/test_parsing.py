"""Documents read in a child process: text comes back, reasons come back, and a document that
needs more memory or time than allowed ends the child, not the caller."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from fakes.bombs import MB, docx_bomb, pdf_bomb, slow_pdf

from bot.parsing import (
    DocumentReaders,
    ParseLimits,
    read_document,
    read_document_async,
    read_file,
)
from bot.settings import Settings
from extractors import UnusableInput

LIMITS = ParseLimits(max_bytes=20 * MB, memory_mb=512, timeout=15)
TEXT = "Los Países Miembros remitirán el informe a más tardar el 15 de julio de 2017.\n"


def refusal(data: bytes, name: str, limits: ParseLimits = LIMITS) -> str:
    with pytest.raises(UnusableInput) as info:
        read_document(data, name, limits)
    return str(info.value)


def test_the_settings_give_the_limits() -> None:
    settings = Settings(_env_file=None, fetch_max_bytes=MB)  # type: ignore[call-arg]
    assert ParseLimits.of(settings) == ParseLimits(max_bytes=MB, memory_mb=512, timeout=15.0)


def test_a_document_comes_back_as_text() -> None:
    assert read_document(TEXT.encode(), "acta.txt", LIMITS) == TEXT


async def test_a_document_comes_back_as_text_without_blocking_the_loop() -> None:
    assert await read_document_async(TEXT.encode("cp1252"), "acta.txt", LIMITS) == TEXT


def test_the_child_answers_in_json_on_standard_output() -> None:
    command = [sys.executable, "-m", "extractors.isolated", "acta.docx"]
    limits = ["--memory-mb=512", "--cpu-seconds=5"]
    done = subprocess.run(command + limits, input=b"PK\x03\x04 x", capture_output=True, check=True)
    assert json.loads(done.stdout) == {"error": "not a valid .docx file (File is not a zip file)"}
    done = subprocess.run(
        [*command[:-1], "acta.txt", *limits], input=TEXT.encode(), capture_output=True, check=True
    )
    assert json.loads(done.stdout) == {"text": TEXT}


def test_a_reason_comes_back_as_it_is() -> None:
    assert refusal(docx_bomb(), "acta.docx") == (
        "the .docx unpacks to 512.0 MB, over the 100.0 MB limit (zip bomb?)"
    )
    assert refusal(pdf_bomb(), "acta.pdf") == (
        "the PDF inflates to more than a document does (decompression bomb?)"
    )


def test_a_document_over_the_size_cap_is_refused_before_any_child() -> None:
    small = ParseLimits(max_bytes=1000, memory_mb=512, timeout=15)
    assert refusal(b"x" * 1001, "acta.txt", small) == (
        "file too large (1001 bytes; the limit is 1000 bytes)"
    )


def test_a_document_that_needs_too_much_memory_ends_the_child() -> None:
    # 70 MB of content stream: more than 128 MB of address space to inflate and parse.
    tight = ParseLimits(max_bytes=20 * MB, memory_mb=128, timeout=15)
    assert refusal(slow_pdf(), "acta.pdf", tight) == (
        "the file could not be read within the limits (more than 128 MB of memory)"
    )


def test_a_document_that_takes_too_long_ends_the_child() -> None:
    quick = ParseLimits(max_bytes=20 * MB, memory_mb=512, timeout=1)
    assert refusal(slow_pdf(), "acta.pdf", quick) == (
        "the file could not be read within the limits (more than 1 s)"
    )


async def test_the_loop_serves_others_while_a_slow_document_is_read() -> None:
    quick = ParseLimits(max_bytes=20 * MB, memory_mb=512, timeout=1)
    ticks = 0

    async def others() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(others())
    with pytest.raises(UnusableInput, match=r"within the limits \(more than 1 s\)"):
        await read_document_async(slow_pdf(), "acta.pdf", quick)
    ticker.cancel()
    # A blocked loop would not have ticked at all during the second the child ran.
    assert ticks >= 20


def test_files_are_read_through_the_child(tmp_path: Path) -> None:
    path = tmp_path / "acta.md"
    path.write_text(TEXT, "utf-8")
    assert read_file(path, LIMITS) == TEXT
    with pytest.raises(UnusableInput, match=r"^no such file$"):
        read_file(tmp_path / "missing.txt", LIMITS)
    with pytest.raises(UnusableInput, match=r"^is a directory, not a document$"):
        read_file(tmp_path, LIMITS)


async def test_documents_sent_together_are_read_two_at_a_time() -> None:
    readers = DocumentReaders(at_once=2)
    texts = [f"Documento {n}: taller del 8 al 9 de agosto de 2017.".encode() for n in range(5)]
    read = await asyncio.gather(*(readers.read(t, "acta.txt", LIMITS) for t in texts))
    assert read == [t.decode() for t in texts]
    assert readers.peak == 2 and readers.running == 0


async def test_a_reader_is_freed_when_its_document_fails() -> None:
    readers = DocumentReaders(at_once=1)
    with pytest.raises(UnusableInput):
        await readers.read(b"x" * (LIMITS.max_bytes + 1), "acta.txt", LIMITS)
    assert readers.running == 0
    assert await readers.read(b"Acta", "acta.txt", LIMITS) == "Acta"
