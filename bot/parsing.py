"""Read untrusted documents (uploads, downloads, files given to `crmbot ingest`) into text in a
child process (`python -m extractors.isolated`) with memory, CPU and wall-clock limits.

A PDF or .docx bomb then costs one short-lived process, not the bot: the bot awaits the child
without blocking its event loop, so everyone else is answered meanwhile. Whatever goes wrong
comes back as `UnusableInput` with a one-line reason, so the callers store nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Settings
from extractors import UnusableInput

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParseLimits:
    """What reading one document may take."""

    max_bytes: int
    memory_mb: int
    timeout: float  # seconds, of wall-clock and of CPU time

    @classmethod
    def of(cls, settings: Settings) -> ParseLimits:
        """Return the limits the settings give."""
        return cls(
            max_bytes=settings.fetch_max_bytes,
            memory_mb=settings.crmbot_parse_memory_mb,
            timeout=settings.crmbot_parse_timeout_seconds,
        )


def command(name: str, limits: ParseLimits) -> list[str]:
    """Return the child's command line; -I keeps the working folder and PYTHON* out of it."""
    return [
        sys.executable,
        "-I",
        "-m",
        "extractors.isolated",
        name,
        f"--max-bytes={limits.max_bytes}",
        f"--memory-mb={limits.memory_mb}",
        f"--cpu-seconds={max(1, math.ceil(limits.timeout))}",
    ]


def read_document(data: bytes, name: str, limits: ParseLimits) -> str:
    """Return the text of a document in a child process, or raise UnusableInput."""
    _check_size(data, limits)
    try:
        done = subprocess.run(
            command(name, limits),
            input=data,
            capture_output=True,
            timeout=limits.timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise UnusableInput(_over_time(limits)) from None
    return _answer(done.returncode, done.stdout, done.stderr, limits)


def read_file(path: Path, limits: ParseLimits) -> str:
    """Return the text of a document file in a child process, or raise UnusableInput."""
    try:
        if path.is_dir():
            raise UnusableInput("is a directory, not a document")
        with path.open("rb") as f:
            # One byte past the cap: special files report no size.
            data = f.read(limits.max_bytes + 1)
    except FileNotFoundError as exc:
        raise UnusableInput("no such file") from exc
    except OSError as exc:
        raise UnusableInput(f"cannot read file ({exc.strerror or exc})") from exc
    return read_document(data, path.name, limits)


async def read_document_async(data: bytes, name: str, limits: ParseLimits) -> str:
    """Return the text of a document in a child process, or raise UnusableInput; the event
    loop serves other updates while the child works."""
    _check_size(data, limits)
    child = await asyncio.create_subprocess_exec(
        *command(name, limits),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        stdout, stderr = await asyncio.wait_for(child.communicate(data), limits.timeout)
    except TimeoutError:
        raise UnusableInput(_over_time(limits)) from None
    finally:
        if child.returncode is None:  # timed out or cancelled: the child must not outlive us
            child.kill()
            await child.wait()
    assert child.returncode is not None
    return _answer(child.returncode, stdout, stderr, limits)


# Children reading at once: each may take the whole memory limit (CRMBOT_PARSE_MEMORY_MB).
READERS_AT_ONCE = 2


class DocumentReaders:
    """The bot's document readers: at most `at_once` children at a time, the others queue, so
    several uploads together cannot take more than `at_once` times the memory limit."""

    def __init__(self, at_once: int = READERS_AT_ONCE) -> None:
        self._slots = asyncio.Semaphore(at_once)
        self.running = 0
        self.peak = 0  # the most children that ran at once, for the tests and the logs

    async def read(self, data: bytes, name: str, limits: ParseLimits) -> str:
        """`read_document_async`, once a reader is free."""
        async with self._slots:
            self.running += 1
            self.peak = max(self.peak, self.running)
            try:
                return await read_document_async(data, name, limits)
            finally:
                self.running -= 1


def _check_size(data: bytes, limits: ParseLimits) -> None:
    if len(data) > limits.max_bytes:
        raise UnusableInput(
            f"file too large ({_mb(len(data))}; the limit is {_mb(limits.max_bytes)})"
        )


def _answer(returncode: int, stdout: bytes, stderr: bytes, limits: ParseLimits) -> str:
    """Read the child's answer: text, a reason, or a limit it ran into."""
    if returncode != 0:
        if -returncode in (signal.SIGXCPU, signal.SIGKILL):
            raise UnusableInput(_over_time(limits))
        log.warning(
            "document reader ended with status %s: %s",
            returncode,
            stderr[-500:].decode("utf-8", "replace").strip(),
        )
        # A parser that crashes is most often out of memory (an allocation it did not check).
        raise UnusableInput(_over_memory(limits))
    try:
        answer = json.loads(stdout)
    except ValueError:
        raise UnusableInput(_over_memory(limits)) from None
    if "text" in answer:
        return str(answer["text"])
    if answer.get("limit") == "memory":
        raise UnusableInput(_over_memory(limits))
    raise UnusableInput(str(answer.get("error") or "the document could not be read"))


def _over_time(limits: ParseLimits) -> str:
    return f"the file could not be read within the limits (more than {limits.timeout:g} s)"


def _over_memory(limits: ParseLimits) -> str:
    return (
        f"the file could not be read within the limits (more than {limits.memory_mb} MB of memory)"
    )


def _mb(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
    return f"{size / (1024 * 1024):.1f} MB"
