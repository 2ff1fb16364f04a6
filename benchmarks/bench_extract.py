"""Time `extractors.pipeline.extract` over a corpus, against dateparser's `search_dates`.

    python benchmarks/bench_extract.py [PATH ...] [--min-seconds 4] [--dateparser-passes 3]

PATH is a document or a folder of documents; by default the repository's samples/ and, when it
exists, ../shared/corpus/dev next to the repository. Prints documents, size, documents per
second, milliseconds per KB and the speed ratio, plus the extractor's peak memory; then ms/KB
of one call on 100 KB, 1 MB and 2 MB of the documents mixed into one text, and the ratio to
search_dates on the 1 MB text in the same run.

The mixed text takes the documents in turn up to each size, so the 100 KB text holds only the
first documents (with the default paths, mostly the long samples, which cost less per KB than
the date-dense development files) while 1 MB and 2 MB hold every document in about the same
proportions. A second scaling line, labelled as such, therefore also times texts made of the
whole corpus repeated (once, then as many times as come nearest to 1 MB and 2 MB): the same
documents in the same proportions at every size, so its ratio shows how the cost per KB grows
with length alone. The first line is kept as it is, to compare with earlier runs. A last line
times the mixed text with its line breaks made spaces, as a document flattened to one line comes:
no step may then search a whole line for each date.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from extractors.errors import UnusableInput
from extractors.loaders import load_text
from extractors.pipeline import extract

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [REPO / "samples", REPO.parent / "shared" / "corpus" / "dev"]
SUFFIXES = {".txt", ".md", ".docx", ".pdf", ".html", ".htm"}
REFERENCE_DATE = date(2024, 1, 1)  # fixed, so that runs compare


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="documents or folders")
    parser.add_argument("--min-seconds", type=float, default=4.0, help="time extract at least this")
    parser.add_argument("--dateparser-passes", type=int, default=3, help="passes of search_dates")
    parser.add_argument(
        "--no-scaling",
        dest="scaling",
        action="store_false",
        help="skip the 100 KB / 1 MB / 2 MB single-text timings",
    )
    args = parser.parse_args(argv)

    paths = args.paths or [p for p in DEFAULT_PATHS if p.exists()]
    texts = load_corpus(paths)
    if not texts:
        print("no readable documents in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 2
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    print(f"corpus: {len(texts)} documents, {kb:.1f} KB of UTF-8 text from")
    for p in paths:
        print(f"  {p}")

    from dateparser.search import search_dates

    def run_extract() -> None:
        for text in texts:
            extract(text, reference_date=REFERENCE_DATE)

    found = 0

    def run_dateparser() -> None:
        nonlocal found
        found = 0
        for text in texts:
            found += len(search_dates(text, languages=["es", "en"]) or [])

    # First calls pay one-time costs (imports, dateparser's language data and regex caches),
    # which are not what we want to compare.
    warm_extract = timed(lambda: extract(texts[0], reference_date=REFERENCE_DATE))
    warm_dateparser = timed(lambda: search_dates("el 5 de mayo de 2025", languages=["es", "en"]))
    print(
        f"warm-up (untimed below): one extract call {warm_extract * 1000:.0f} ms, "
        f"one search_dates call {warm_dateparser * 1000:.0f} ms"
    )

    extract_passes, extract_seconds = 0, 0.0
    while extract_seconds < args.min_seconds:
        extract_seconds += timed(run_extract)
        extract_passes += 1
    dateparser_passes = max(1, args.dateparser_passes)
    dateparser_seconds = sum(timed(run_dateparser) for _ in range(dateparser_passes))

    rows = [
        ("extractors.pipeline.extract", extract_passes, extract_seconds),
        ("dateparser search_dates(es, en)", dateparser_passes, dateparser_seconds),
    ]
    print()
    print(f"{'':32} {'passes':>6} {'seconds':>8} {'docs/s':>10} {'ms/KB':>9}")
    for name, passes, seconds in rows:
        per_pass = seconds / passes
        print(
            f"{name:32} {passes:6d} {seconds:8.2f} {len(texts) / per_pass:10.1f}"
            f" {per_pass * 1000 / kb:9.3f}"
        )
    ratio = (dateparser_seconds / dateparser_passes) / (extract_seconds / extract_passes)
    print(f"speed ratio: extract is {ratio:.1f}x as fast as search_dates")
    print(f"(search_dates found {found} date expressions in one pass)")

    tracemalloc.start()
    run_extract()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    print(
        f"peak memory of one extract pass: {peak / 1024 / 1024:.2f} MB allocated (tracemalloc); "
        f"process max RSS {max_rss_kb / 1024:.0f} MB (includes dateparser)"
    )
    if args.scaling:
        scaling(texts, search_dates)
    return 0


def mixed_text(texts: Sequence[str], size: int) -> str:
    """Documents of the corpus in turn, each once before any repeats, up to `size` bytes."""
    pieces: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = texts[i % len(texts)]
        pieces.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(pieces)


def scaling(texts: Sequence[str], search_dates: Callable[..., object]) -> None:
    """ms/KB of one extract call on 100 KB, 1 MB and 2 MB of mixed text; ratio at 1 MB.

    Each figure is given in elapsed (wall) time and in the process's CPU time: on a machine
    shared with other work the CPU time is the steadier of the two. Each is the best of as many
    calls as fill two seconds (two at least).
    """
    print()
    print("one text of mixed documents (wall time; CPU time of this process in brackets):")
    per_kb: dict[int, tuple[float, float]] = {}
    one_mb: tuple[float, float] = (0.0, 0.0)
    one_mb_text = ""
    for size in (100 * 1024, 1024 * 1024, 2 * 1024 * 1024):
        text = mixed_text(texts, size)
        kb = len(text.encode("utf-8")) / 1024
        wall, cpu = best_of(lambda t=text: extract(t, reference_date=REFERENCE_DATE))
        per_kb[size] = (wall * 1000 / kb, cpu * 1000 / kb)
        print(
            f"  {kb:8.0f} KB  extract {wall:6.2f} s ({cpu:.2f} s)  "
            f"{per_kb[size][0]:.3f} ms/KB ({per_kb[size][1]:.3f})"
        )
        if size == 1024 * 1024:
            one_mb, one_mb_text = (wall, cpu), text
    dp_wall, dp_cpu = timed_both(lambda: search_dates(one_mb_text, languages=["es", "en"]))
    print(
        f"  1 MB: search_dates {dp_wall:.2f} s ({dp_cpu:.2f} s); "
        f"extract is {dp_wall / one_mb[0]:.1f}x ({dp_cpu / one_mb[1]:.1f}x) as fast"
    )
    big, small = per_kb[2 * 1024 * 1024], per_kb[100 * 1024]
    print(f"  ms/KB at 2 MB is {big[0] / small[0]:.2f}x ({big[1] / small[1]:.2f}x) that at 100 KB")
    print()
    print("the same composition at every size: the whole corpus repeated (wall; CPU in brackets):")
    corpus = "\n\n".join(texts)
    corpus_bytes = len(corpus.encode("utf-8")) + 2
    same: list[tuple[float, float]] = []
    for size in (100 * 1024, 1024 * 1024, 2 * 1024 * 1024):
        copies = max(1, round(size / corpus_bytes))
        text = "\n\n".join([corpus] * copies)
        kb = len(text.encode("utf-8")) / 1024
        wall, cpu = best_of(lambda t=text: extract(t, reference_date=REFERENCE_DATE))
        same.append((wall * 1000 / kb, cpu * 1000 / kb))
        print(
            f"  {kb:8.0f} KB  {copies:2d}x  extract {wall:6.2f} s ({cpu:.2f} s)  "
            f"{same[-1][0]:.3f} ms/KB ({same[-1][1]:.3f})"
        )
    print(
        f"  ms/KB at the largest is {same[-1][0] / same[0][0]:.2f}x "
        f"({same[-1][1] / same[0][1]:.2f}x) that at the smallest"
    )
    print()
    print("the mixed text with no line break, as a text flattened to one line (wall; CPU):")
    flat: list[tuple[float, float]] = []
    for size in (100 * 1024, 1024 * 1024):
        text = mixed_text(texts, size).replace("\n", " ")
        kb = len(text.encode("utf-8")) / 1024
        wall, cpu = timed_both(lambda t=text: extract(t, reference_date=REFERENCE_DATE))
        flat.append((wall * 1000 / kb, cpu * 1000 / kb))
        print(
            f"  {kb:8.0f} KB  extract {wall:6.2f} s ({cpu:.2f} s)  "
            f"{flat[-1][0]:.3f} ms/KB ({flat[-1][1]:.3f})"
        )
    print(
        f"  ms/KB at 1 MB is {flat[-1][0] / flat[0][0]:.2f}x ({flat[-1][1] / flat[0][1]:.2f}x)"
        " that at 100 KB"
    )


def load_corpus(paths: Sequence[Path]) -> list[str]:
    """Load every document under the paths, skipping (and reporting) unusable ones."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
        else:
            files.append(path)
    texts = []
    for file in files:
        try:
            texts.append(load_text(file))
        except UnusableInput as exc:
            print(f"skipped {file}: {exc}", file=sys.stderr)
    return texts


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(fn: Callable[[], object], min_seconds: float = 2.0) -> tuple[float, float]:
    """The least elapsed and CPU seconds of one call over at least two calls and `min_seconds`:
    a 100 KB text takes a tenth of a second, which one unlucky run can double."""
    runs = [timed_both(fn), timed_both(fn)]
    while sum(w for w, _ in runs) < min_seconds:
        runs.append(timed_both(fn))
    return min(w for w, _ in runs), min(c for _, c in runs)


def timed_both(fn: Callable[[], object]) -> tuple[float, float]:
    """Elapsed and CPU seconds of one call."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - start, time.process_time() - cpu


if __name__ == "__main__":
    sys.exit(main())
