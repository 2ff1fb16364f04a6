"""Hostile documents for the tests, built small and fast without ever holding what they unpack to.

A run of zeros deflates to a block that can be repeated: each copy, flushed with Z_FULL_FLUSH,
decodes on its own, so gigabytes of zeros take a few megabytes, and deflating those again (as a
PDF's nested /FlateDecode filters do) takes a few hundred bytes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

MB = 1024 * 1024
_CHUNK = MB


def deflated_zeros(size: int, *, raw: bool = False) -> bytes:
    """Return a zlib stream (a raw deflate one with raw=True) of `size` zero bytes."""
    assert size % _CHUNK == 0
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(_CHUNK)) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = block * (size // _CHUNK) + b"\x03\x00"  # then an empty final block
    if raw:
        return body
    adler = ((size % 65521) << 16) | 1  # Adler-32 of zeros: a stays 1, b adds 1 per byte
    return b"\x78\xda" + body + struct.pack(">I", adler)


def zeros_crc32(size: int) -> int:
    """Return the CRC-32 of `size` zero bytes."""
    crc, chunk = 0, bytes(_CHUNK)
    for _ in range(size // _CHUNK):
        crc = zlib.crc32(chunk, crc)
    return crc


def docx_bomb(unpacked: int = 512 * MB, *, declared: int | None = None) -> bytes:
    """Return a .docx-looking zip whose word/media/bomb.bin holds `unpacked` zeros.

    With `declared`, both the local and the central headers claim that size instead.
    """
    deflated = deflated_zeros(unpacked, raw=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("word/document.xml", b"<w:document/>")
        # Written stored, then relabelled: zipfile would otherwise deflate it again.
        zf.writestr(zipfile.ZipInfo("word/media/bomb.bin"), b"", zipfile.ZIP_STORED)
    return _replace_entry(buffer.getvalue(), "word/media/bomb.bin", deflated, unpacked, declared)


def _replace_entry(
    archive: bytes, name: str, deflated: bytes, unpacked: int, declared: int | None
) -> bytes:
    """Rebuild `archive` with entry `name` holding raw deflate data of `unpacked` zeros."""
    source = zipfile.ZipFile(io.BytesIO(archive))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in source.infolist():
            if info.filename != name:
                zf.writestr(info, source.read(info))
    source.close()
    body = out.getvalue()
    # Append the entry by hand before the central directory zipfile wrote.
    end = body.rindex(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack("<HII", body[end + 10 : end + 20])
    entries, central = body[:cd_offset], body[cd_offset : cd_offset + cd_size]
    encoded = name.encode()
    crc, size = zeros_crc32(unpacked), declared if declared is not None else unpacked
    local = struct.pack(
        "<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(deflated), size, len(encoded), 0
    )
    offset = len(entries)
    entries += local + encoded + deflated
    central += (
        struct.pack(
            "<4s6H3I5H2I",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            crc,
            len(deflated),
            size,
            len(encoded),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + encoded
    )
    tail = struct.pack(
        "<4s4H2IH", b"PK\x05\x06", 0, 0, count + 1, count + 1, len(central), len(entries), 0
    )
    return entries + central + tail


def pdf_bomb(unpacked: int = 4 * 1024 * MB) -> bytes:
    """Return a one-page PDF whose content stream inflates, through nested /FlateDecode filters,
    to `unpacked` zero bytes (4 GB by default) from a file of under a kilobyte."""
    stream, filters = deflated_zeros(unpacked), 1
    while len(stream) > 4096:
        stream, filters = zlib.compress(stream, 9), filters + 1
    return pdf_with_contents(stream, filters=filters)


def pdf_with_contents(stream: bytes, *, filters: int = 1) -> bytes:
    """Return a one-page PDF whose content stream is `stream`, under `filters` /FlateDecode."""
    names = b" ".join([b"/FlateDecode"] * filters)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
        b" >> >>",
        b"<< /Length %d /Filter [%s] >>\nstream\n" % (len(stream), names) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def slow_pdf(operators: int = 2_000_000) -> bytes:
    """Return a one-page PDF with `operators` text-showing operators: small, legal, and slow to
    read (tens of megabytes of content, under pypdf's own inflate limit)."""
    line = b"BT /F1 12 Tf 72 712 Td (a) Tj ET\n"
    return pdf_with_contents(zlib.compress(line * operators, 6))
