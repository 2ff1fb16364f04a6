"""Read one untrusted document into text in a process of its own, under memory and CPU limits.

    python -m extractors.isolated NAME --max-bytes N --memory-mb M --cpu-seconds S < document

reads the document's bytes on standard input and writes one JSON object on standard output:
{"text": "..."}, {"error": "a one-line reason fit to show a user"}, or {"limit": "memory"} when
the document needs more memory than allowed. A document that needs more CPU time is killed by
the kernel (SIGXCPU, then SIGKILL); the caller owns the wall-clock limit. A PDF or .docx bomb can
end this process, never the one that started it.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import zlib
from typing import Any

from extractors.errors import UnusableInput
from extractors.loaders import MAX_BYTES, load_bytes


def limit_resources(*, memory_mb: int, cpu_seconds: int) -> None:
    """Cap this process's address space and CPU time, and forbid it to write files or cores."""
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # SIGXCPU at the soft limit ends the process; SIGKILL a second later if it is caught.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def read(data: bytes, name: str, *, max_bytes: int) -> dict[str, Any]:
    """Return the answer for one document: its text, a reason it is unusable, or a limit hit."""
    try:
        return {"text": load_bytes(data, name, max_bytes=max_bytes)}
    except MemoryError:
        return {"limit": "memory"}
    except UnusableInput as exc:
        # The loaders turn any parser error into a reason, running out of memory included.
        if _out_of_memory(exc.__cause__):
            return {"limit": "memory"}
        return {"error": str(exc)}
    except RecursionError:
        return {"error": "the document is nested too deeply to read"}


def _out_of_memory(exc: BaseException | None) -> bool:
    """Tell whether an error came from an allocation the memory limit refused."""
    while exc is not None:
        if isinstance(exc, MemoryError):
            return True
        if isinstance(exc, zlib.error) and "allocate" in str(exc):
            return True  # zlib reports its own failed allocations, not as MemoryError
        exc = exc.__cause__ or exc.__context__
    return False


def main(argv: list[str] | None = None) -> int:
    """Read a document from standard input and answer on standard output."""
    parser = argparse.ArgumentParser(prog="python -m extractors.isolated")
    parser.add_argument("name", help="the file name the document came with (its suffix counts)")
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES)
    parser.add_argument("--memory-mb", type=int, required=True)
    parser.add_argument("--cpu-seconds", type=int, required=True)
    args = parser.parse_args(argv)
    limit_resources(memory_mb=args.memory_mb, cpu_seconds=args.cpu_seconds)
    # One byte past the cap tells an oversized document from one exactly at it.
    data = sys.stdin.buffer.read(args.max_bytes + 1)
    answer = read(data, args.name, max_bytes=args.max_bytes)
    try:
        out = json.dumps(answer, ensure_ascii=False).encode("utf-8", "replace")
    except MemoryError:
        out = b'{"limit": "memory"}'
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
