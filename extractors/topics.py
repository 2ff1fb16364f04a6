"""The forum's networks and working groups (data in `data/topics.json`), and tagging by them.

An item is tagged with a topic when the topic is named in the item's own paragraph, in a
parent paragraph of a sub-item, or in the heading of the section the item sits in. Names
match without regard to accents, case or line breaks, on word boundaries.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.cues import fold
from extractors.structure import Layout, Paragraph, is_item_line

_NON_WORD = re.compile(r"[^0-9a-z]+")
_WORD = re.compile(r"[0-9a-z]+")
# A word split by a hyphen at a line end; the hyphen comes first in the pattern (its own
# lookbehind sees the letter before it) so that a search jumps from hyphen to hyphen.
_HYPHEN_BREAK = re.compile(r"-(?<=\w-)[ \t]*\n[ \t]*(?=\w)")


@dataclass(frozen=True)
class Topic:
    """A network or working group users can follow."""

    canonical: str
    name_es: str
    name_en: str
    kind: str
    aliases: tuple[str, ...] = ()

    def spellings(self) -> set[str]:
        """Every normalised spelling of the topic's name."""
        out = set()
        for name in (self.canonical, self.name_es, self.name_en, *self.aliases):
            out.add(normalise(name))
            if "-" in name:
                out.add(normalise(name.replace("-", "")))
        out.discard("")
        return out


def normalise(text: str) -> str:
    """Fold accents and case, join words split by a hyphen at a line end, collapse the rest."""
    return _NON_WORD.sub(" ", fold(_HYPHEN_BREAK.sub("", text))).strip()


def load_topics(path: Path | None = None) -> list[Topic]:
    """Return the topic catalogue: the forum's networks and working groups."""
    if path is None:
        raw = (resources.files("extractors") / "data" / "topics.json").read_text(encoding="utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    return [
        Topic(
            canonical=t["canonical"],
            name_es=t["names"]["es"],
            name_en=t["names"]["en"],
            kind=t.get("kind", "topic"),
            aliases=tuple(t.get("aliases", [])),
        )
        for t in json.loads(raw)["topics"]
    ]


class TopicCatalogue:
    """Finds the topics named in a stretch of text."""

    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics
        self._spellings = [(t.canonical, sorted(t.spellings())) for t in topics]
        # Each spelling as it is looked for (between spaces), under its first word: a spelling
        # can be in a text only if its first word is one of the text's words.
        self._by_first: dict[str, list[tuple[int, str]]] = {}
        for index, (_, spellings) in enumerate(self._spellings):
            for s in spellings:
                self._by_first.setdefault(s.split()[0], []).append((index, f" {s} "))

    def named_in(self, text: str, folded: str | None = None) -> tuple[str, ...]:
        """The topics named in `text`, in catalogue order.

        `folded` is `fold(text)` when the caller has it: folding keeps every character a word
        character or not, so hyphen breaks are the same in either.
        """
        folded = (
            fold(_HYPHEN_BREAK.sub("", text)) if folded is None else _HYPHEN_BREAK.sub("", folded)
        )
        # The words `normalise` would leave; most texts hold no topic's first word.
        words = _WORD.findall(folded)
        firsts = self._by_first.keys() & set(words)
        if not firsts:
            return ()
        padded = f" {' '.join(words)} "  # as `normalise` writes them: one space between words
        found: set[int] = set()
        for word in firsts:
            for index, spaced in self._by_first[word]:
                if index not in found and spaced in padded:
                    found.add(index)
        return tuple(self._spellings[i][0] for i in sorted(found))


@cache
def default_catalogue() -> TopicCatalogue:
    """The CRM networks and working groups shipped with the package."""
    return TopicCatalogue(load_topics())


# A heading: a short line of its own, not a numbered item, that does not end a sentence.
_MAX_HEADING = 160


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that stand as headings: short, unnumbered, set off by blank lines."""
    out = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or len(s) > _MAX_HEADING or s[-1] in ".;,":
            continue
        if is_item_line(line):
            continue
        before = i == 0 or not lines[i - 1].strip()
        after = i + 1 >= len(lines) or not lines[i + 1].strip() or is_item_line(lines[i + 1])
        if before and after:
            out.append((starts[i], starts[i] + len(line)))
    return out


class TopicTagger:
    """Tags the items of one document with the topics of their paragraph and section."""

    def __init__(
        self, catalogue: TopicCatalogue, text: str, layout: Layout, folded: str | None = None
    ) -> None:
        self._catalogue = catalogue
        self._text = text
        self._folded = folded  # `fold(text)`, when the caller has it
        self._headings = heading_lines(text)
        self._heading_starts = [b for b, _ in self._headings]
        self._heading_start_set = set(self._heading_starts)
        self._own: dict[int, tuple[str, ...]] = {}
        # Per paragraph (by begin): the parent paragraphs and the section heading in force.
        self._parents: dict[int, list[Paragraph]] = {}
        self._section: dict[int, tuple[str, ...]] = {}
        self._walk(layout)

    def _walk(self, layout: Layout) -> None:
        by_ref: dict[str, Paragraph] = {}
        h = 0
        heading: tuple[str, ...] = ()
        depth_under: int | None = None  # depth of the first item after the heading
        for p in layout.paragraphs:
            while h < len(self._headings) and self._headings[h][0] < p.begin:
                b, e = self._headings[h]
                heading = self._named_in(b, e)
                depth_under = None
                h += 1
            depth = len(p.ref.split(".")) if p.ref else 0
            if self._is_heading(p):
                pass
            elif depth_under is None:
                depth_under = depth
            elif depth < depth_under:
                heading = ()  # back up a level: out of the heading's section
            self._section[p.begin] = heading
            parents = []
            if p.ref:
                parts = p.ref.split(".")
                for k in range(1, len(parts)):
                    parent = by_ref.get(".".join(parts[:k]))
                    if parent is not None:
                        parents.append(parent)
                by_ref[p.ref] = p
            self._parents[p.begin] = parents

    def _is_heading(self, p: Paragraph) -> bool:
        # a heading that starts the paragraph or its text (the text starts within the paragraph)
        starts = self._heading_start_set
        return (p.begin < p.stop and p.begin in starts) or (
            p.text_begin < p.stop and p.text_begin in starts
        )

    def _headings_at(self, p: Paragraph) -> list[tuple[int, int]]:
        i = bisect_left(self._heading_starts, p.begin)
        out = []
        while i < len(self._headings) and self._headings[i][0] < p.stop:
            out.append(self._headings[i])
            i += 1
        return out

    def _named_in(self, begin: int, stop: int) -> tuple[str, ...]:
        folded = None if self._folded is None else self._folded[begin:stop]
        return self._catalogue.named_in(self._text[begin:stop], folded)

    def _own_topics(self, p: Paragraph) -> tuple[str, ...]:
        if p.begin not in self._own:
            stop = p.stop
            for b, _ in self._headings_at(p):
                if b > p.text_begin:
                    stop = b  # a heading inside the span starts the next section
                    break
            self._own[p.begin] = self._named_in(p.begin, stop)
        return self._own[p.begin]

    def topics(self, p: Paragraph) -> tuple[str, ...]:
        """The topics named in the paragraph, its parents, or its section's heading."""
        found = list(self._own_topics(p))
        for parent in self._parents.get(p.begin, []):
            found.extend(self._own_topics(parent))
        found.extend(self._section.get(p.begin, ()))
        return tuple(dict.fromkeys(found))
