"""Rewrites of regular expressions that match the same and run faster in Python's engine.

The engine tries the branches of an alternation one by one, and runs an optional group through
its general repeat machinery. `grouped` puts alternatives under their first letter, in the same
order; `faster` does so in every group of a pattern and writes `(?:X)?` as `(?:X|)`, which the
engine tries in the same order (X, then nothing) at a fraction of the cost. Tests hold each
rewritten pattern to the same matches as the pattern it came from.
"""

from __future__ import annotations

import re

_SPECIAL = set("\\.^$*+?{}[]|()")


def grouped(alternatives: list[str]) -> str:
    """The alternation of `alternatives`, tried in the same order, grouped by first letter.

    The regex engine tries the branches of an alternation one by one at every position; under
    one branch per first letter it skips all but the branch of the letter there. Branches with
    different first letters never match at the same place, so the order of the alternatives
    that can match, and so every match, stays the same. Without a plain first letter to every
    alternative, the plain alternation.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        if not alt or alt[0] in _SPECIAL or alt[1:2] in ("?", "*", "+", "{"):
            return "|".join(alternatives)
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


# What the scans below stop at: an escaped bracket, bar or backslash, a whole character class,
# a parenthesis, a bar (other escapes, "\s" or "\d", are plain text to them).
_TOKEN = re.compile(r"\\[\\()\[\]|]|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def top_alternatives(pattern: str) -> list[str] | None:
    """The alternatives of a pattern, split at each `|` outside groups and classes; None when
    a group closes that the pattern did not open."""
    parts: list[str] = []
    depth, start = 0, 0
    for m in _TOKEN.finditer(pattern):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                return None
        elif token == "|" and depth == 0:
            parts.append(pattern[start : m.start()])
            start = m.end()
    parts.append(pattern[start:])
    return parts


def grouped_words(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` with the alternation of a `\\b(?:…|…)\\b` pattern grouped by first letter (same
    matches, see `grouped`); other patterns as they are."""
    src = rx.pattern
    head, tail = "\\b(?:", ")\\b"
    inner = src[len(head) : -len(tail)]
    alternatives = top_alternatives(inner)
    if not (src.startswith(head) and src.endswith(tail)) or alternatives is None:
        return rx
    return re.compile(head + grouped(alternatives) + tail, rx.flags)


def _group_end(pattern: str, i: int) -> int:
    """The index of the ")" that closes the group opened at `i`."""
    depth = 0
    for m in _TOKEN.finditer(pattern, i):
        token = m.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth == 0:
                return m.start()
    raise ValueError(f"unbalanced group in {pattern!r}")


def faster(pattern: str) -> str:
    """`pattern` with the alternatives of each group grouped by first letter and each greedy
    optional group `(X)?` written as the alternation `(?:(X)|)`.

    Lookarounds, flag groups and back-references are left as they are; so is a group with a
    lazy or possessive `?`.
    """
    out: list[str] = []
    i = 0
    while (m := _TOKEN.search(pattern, i)) is not None:
        if m.group() != "(":  # text up to and with an escape, a class, a bar or a ")"
            out.append(pattern[i : m.end()])
            i = m.end()
            continue
        out.append(pattern[i : m.start()])
        i = m.start()
        j = _group_end(pattern, i)
        body = pattern[i + 1 : j]
        if body.startswith("?:"):
            head, inner = "(?:", body[2:]
        elif body.startswith("?P<"):
            k = body.index(">")
            head, inner = "(" + body[: k + 1], body[k + 1 :]
        elif body.startswith("?"):  # a lookaround, flags, a back-reference
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        else:
            head, inner = "(", body
        inner = faster(inner)
        alternatives = top_alternatives(inner)
        if alternatives is not None and len(alternatives) > 1:
            inner = grouped(alternatives)
        group = head + inner + ")"
        i = j + 1
        if pattern[i : i + 1] == "?" and pattern[i + 1 : i + 2] not in ("?", "+"):
            group = f"(?:{inner}|)" if head == "(?:" else f"(?:{group}|)"
            i += 1
        out.append(group)
    out.append(pattern[i:])
    return "".join(out)
