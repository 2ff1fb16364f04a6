"""`crmbot extract FILE`: print the commitments found in one document."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bot.cli_types import parse_day
from extractors import Extraction, UnusableInput
from extractors.loaders import load_text, named_date
from extractors.model import Decision
from extractors.pipeline import extract

EXIT_UNUSABLE = 2


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `extract` sub-command."""
    p = sub.add_parser("extract", help="extract dated commitments from one document")
    p.add_argument("file", type=Path, help="a .txt, .md, .docx, .pdf or .html document")
    p.add_argument(
        "--as-of",
        type=parse_day,
        default=None,
        help="reference date for passages whose meeting date the document does not state",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--explain",
        action="store_true",
        help="list every date expression found, kept or dropped, with the reason",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract one file and print the result."""
    try:
        text = load_text(args.file)
    except UnusableInput as exc:
        print(f"crmbot: {args.file}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    result = extract(text, reference_date=args.as_of, named=named_date(args.file.name))
    if args.explain:
        if args.json:
            json.dump(
                [explanation_dict(d) for d in result.decisions],
                sys.stdout,
                ensure_ascii=False,
                indent=1,
            )
            sys.stdout.write("\n")
        else:
            sys.stdout.write(format_explanations(result))
    elif args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(result))
    return 0


def format_table(result: Extraction) -> str:
    """Render an extraction as a readable plain-text table."""
    doc = result.document
    lines = []
    head = " · ".join(
        str(x) for x in (doc.body, doc.place, _span(doc.start, doc.end), doc.lang) if x
    )
    lines.append(head or "(meeting not identified)")
    lines.append("")
    if not result.commitments:
        lines.append("No dated commitments found.")
    else:
        rows = [("ref", "kind", "when", "precision", "who", "what")]
        for c in sorted(result.commitments, key=lambda c: (c.start or c.end, c.end)):
            rows.append(
                (
                    c.ref or "",
                    c.kind,
                    _span(c.start, c.end),
                    c.precision,
                    ", ".join(c.who),
                    _clip(c.what or c.quote, 60),
                )
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
        for r in rows:
            cells = [r[i].ljust(widths[i]) for i in range(len(widths))]
            lines.append("  ".join([*cells, r[-1]]).rstrip())
    if result.undated:
        lines.append("")
        lines.append(f"Open tasks without a date: {len(result.undated)}")
        for t in result.undated:
            anchor = f" [{t.anchor}]" if t.anchor else ""
            lines.append(f"  {t.ref or '-'}: {_clip(t.what or t.quote, 70)}{anchor}")
    return "\n".join(lines) + "\n"


def explanation_dict(d: Decision) -> dict[str, object]:
    """One date expression and its decision, as JSON."""
    return {
        "date_text": d.date_text,
        "offset": d.begin,
        "start": d.start.isoformat() if d.start else None,
        "end": d.end.isoformat() if d.end else None,
        "kept": d.kept,
        "kind": d.kind,
        "reason": d.reason,
    }


def format_explanations(result: Extraction) -> str:
    """Every date expression found, with the decision taken on it and the reason."""
    doc = result.document
    ref = result.reference.isoformat() if result.reference else "none"
    lines = [f"reference date: {ref}"]
    if doc.end and doc.end != result.reference:
        lines.append(f"meeting: {_span(doc.start, doc.end)}")
    lines.append("")
    if not result.decisions:
        lines.append("No date expressions found.")
    for d in result.decisions:
        verdict = f"kept as {d.kind}" if d.kept else "dropped"
        reason = d.reason.split(": ", 1)[-1]
        lines.append(
            f"{d.begin:>7}  {_clip(d.date_text, 40):<40}  {_span(d.start, d.end):<22}  "
            f"{verdict}: {reason}"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run `extract` on its own, without the rest of the command line."""
    parser = argparse.ArgumentParser(prog="crmbot")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(["extract", *(sys.argv[1:] if argv is None else argv)])
    return int(args.func(args))


def _span(start: date | None, end: date | None) -> str:
    if end is None:
        return ""
    if start is None or start == end:
        return end.isoformat()
    return f"{start.isoformat()}..{end.isoformat()}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":
    sys.exit(main())
