"""Check a .docx archive before anything opens it: a zip bomb is refused, not unpacked.

The central directory is checked first (entry count, total declared size, each entry's
compression ratio); then every entry is inflated once and counted as it comes out, so an archive
whose headers understate its sizes is stopped at the limits too, never at its own word.
"""

from __future__ import annotations

import copy
import io
import zipfile
import zlib

from extractors.errors import UnusableInput

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""Largest total uncompressed size of a .docx archive's entries, in bytes."""

MAX_RATIO = 100
"""Largest ratio of an entry's uncompressed to compressed size (Word's XML deflates ~10:1)."""

MAX_ENTRIES = 1000
"""Most entries in a .docx archive (a document with many pictures has a few hundred)."""

# Small entries may compress very well (an empty part, a run of spaces) without harm.
_RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024


def check_docx_archive(
    data: bytes,
    *,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
    max_ratio: float = MAX_RATIO,
    max_entries: int = MAX_ENTRIES,
) -> None:
    """Raise UnusableInput unless `data` is a zip archive within the limits, whatever it claims."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > max_entries:
                raise UnusableInput(
                    f"the .docx holds {len(infos)} files, over the {max_entries} limit (zip bomb?)"
                )
            declared = sum(i.file_size for i in infos)
            if declared > max_unpacked_bytes:
                raise _too_big(declared, max_unpacked_bytes)
            for info in infos:
                _check_ratio(info, info.file_size, max_ratio)
            unpacked = 0
            for info in infos:
                unpacked += _inflated_size(zf, info, unpacked, max_unpacked_bytes, max_ratio)
    except UnusableInput:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError) as exc:
        # RuntimeError: an encrypted entry; NotImplementedError: an unknown compression method.
        raise UnusableInput(f"not a valid .docx file ({_reason(exc)})") from exc


def _inflated_size(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, unpacked: int, limit: int, max_ratio: float
) -> int:
    """Inflate one entry, counting what comes out; stop as soon as a limit is passed.

    zipfile stops reading an entry at its declared size (and then checks its CRC), so the entry
    is read under a copy of its header that declares more than all the room left: what is
    counted is the real content, and the count passes the limit before zipfile's end.
    """
    probe = copy.copy(info)
    probe.file_size = limit - unpacked + 1 + _CHUNK
    size = 0
    with zf.open(probe) as entry:
        while chunk := entry.read(_CHUNK):
            size += len(chunk)
            if unpacked + size > limit:
                raise UnusableInput(
                    f"the .docx unpacks to more than the {_mb(limit)} limit, more than its"
                    " headers say (zip bomb?)"
                )
            _check_ratio(info, size, max_ratio)
    if size != info.file_size:
        raise UnusableInput(
            f"not a valid .docx file ({info.filename[:60]} holds {size} bytes,"
            f" its header says {info.file_size})"
        )
    return size


def _check_ratio(info: zipfile.ZipInfo, size: int, max_ratio: float) -> None:
    if size > _RATIO_FLOOR and size > max_ratio * max(info.compress_size, 1):
        raise UnusableInput(
            f"the .docx holds {info.filename[:60]}, compressed more than {max_ratio:g} to 1"
            " (zip bomb?)"
        )


def _too_big(size: int, limit: int) -> UnusableInput:
    return UnusableInput(
        f"the .docx unpacks to {_mb(size)}, over the {_mb(limit)} limit (zip bomb?)"
    )


def _mb(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
    return f"{size / (1024 * 1024):.1f} MB"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"
