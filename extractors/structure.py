"""Document structure: noise removal, numbered paragraphs with printed refs, sections, excerpts.

Cleaning keeps character offsets: noise (running page headers and footers, "[bookmark: …]"
tags, markdown markers) is replaced by spaces, so a span found in the clean text is the same
span of the original text, and quotes can be cut verbatim from the original.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, islice
from operator import and_, attrgetter

from extractors.actors import Words
from extractors.bodies import item_labels

# Noise to blank, each with a character it holds: a text without that character is not
# searched. A bookmark tag; markdown markers: emphasis (each of its two markers a plain string,
# which a search finds faster than their alternation), a heading's hashes at a line start (the
# first "#" checks what stands before it, so that a search jumps from "#" to "#"), a quote's
# ">". No two of them can overlap, so separate searches blank what one alternation did.
_NOISE = (
    ("[", re.compile(r"\[bookmark:[^\]\n]*\]", re.IGNORECASE)),
    ("*", re.compile(r"\*\*")),
    ("_", re.compile(r"__")),
    ("#", re.compile(r"#(?<![^\n]#)#{0,5}(?=\s)")),
    (">", re.compile(r"(?m:^\s*>\s)")),
)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:página|pagina|page|pág\.?|p\.)\s*)?\d{1,3}(?:\s*(?:de|of|/)\s*\d{1,3})?\s*$",
    re.IGNORECASE,
)


_NOT_A_BREAK = re.compile(r"[^\n]")


# A letterhead line: a few capitalised words without digits ("Regional Conference on Migration").
_LETTERHEAD = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+(?:[a-z]{1,5}|[A-ZÁÉÍÓÚÑ][\w’'-]*)){1,8})$")


def clean(text: str) -> str:
    """Return `text` with noise replaced by spaces (same length, same offsets)."""
    base = text.replace("\f", "\n").replace("\r", "\n").replace("\u00a0", " ")
    spans = sorted(m.span() for held, rx in _NOISE if held in text for m in rx.finditer(text))
    pieces = []
    pos = 0
    for begin, stop in spans:  # blanked but for line breaks; overlapping spans as one
        begin = max(begin, pos)
        if stop <= begin:
            continue
        pieces.append(base[pos:begin])
        pieces.append(_NOT_A_BREAK.sub(" ", base[begin:stop]))
        pos = stop
    pieces.append(base[pos:])
    out = "".join(pieces)
    # Running headers and footers: short lines repeated on several pages, and page numbers.
    lines = out.split("\n")
    counts = Counter(line.strip() for line in lines if line.strip())
    pages = text.count("\f") + 1
    offset = 0
    pieces = []
    for line in lines:
        s = line.strip()
        noise = bool(s) and (
            _PAGE_NUMBER.match(s) is not None
            or (
                counts[s] >= (2 if pages > 1 or _LETTERHEAD.match(s) else 3)
                and len(s) <= 80
                and not _ITEM.match(line)
                and not _SECTION.match(line)
                and not re.search(r"[.;:]$", s)
                # a record's indented field ("    Responsible: PPT" under each activity)
                and not _INDENTED_FIELD.match(line)
            )
        )
        pieces.append(" " * len(line) if noise else line)
        offset += len(line) + 1
    return "\n".join(pieces)


# A record's field label, a bullet before it or not: "Plazo:", "• Fecha:", "Responsible:".
FIELD_LABEL = r"(?:[•·*\-–][ \t]*)?[\w.º ]{2,24}:"
_INDENTED_FIELD = re.compile(r"[ \t]+" + FIELD_LABEL + r"[ \t]*\S")


# ------------------------------------------------------------------------- text repair

# Words a broken line or a stray space must not hide: month names and deadline words.
_LEXICON_EXTRA = (
    "tardar antes después despues semestre trimestre semana quincena principios mediados "
    "finales inicios comienzos plazo reunión reunion later before until deadline quarter "
    "semester fortnight"
)
# The hyphen first (its lookbehind sees the letter before it): a search jumps between hyphens.
_HYPHEN_BREAK = re.compile(r"-(?<=[^\W\d_]-)[ \t]*\n[ \t]*(?=[a-záéíóúñü])")
_WORD_PAIR = re.compile(r"[^\W\d_]+")


@cache
def _lexicon() -> frozenset[str]:
    from extractors.dates import month_numbers  # the month names live with the date grammar

    words = {m for m in month_numbers() if m.isalpha() and len(m) > 3}
    return frozenset(words | set(_LEXICON_EXTRA.split()))


@cache
def _lexicon_heads() -> frozenset[str]:
    """The first pieces a lexicon word can be cut into: "tar" of "tardar", "diciembr"."""
    return frozenset(w[:k] for w in _lexicon() for k in range(2, len(w)))


@cache
def _lexicon_tails() -> frozenset[str]:
    """The last pieces a lexicon word can be cut into: "dar" of "tardar", "e" of "diciembre"."""
    return frozenset(w[k:] for w in _lexicon() for k in range(2, len(w)))


def repair(text: str, words: Words | None = None) -> tuple[str, list[tuple[int, int]]]:
    """Rejoin words broken by a hyphen at a line end or split by a stray space.

    The result has the same length as `text`: a rejoined word is written at the start of the
    span it came from and padded with spaces (a line break stays a line break). Returns the
    repaired text and the repaired spans, so a date found across one can be widened to the
    verbatim span of the original ("Novem-⏎ber", "a más tar dar", "diciembr e").
    """
    spans: list[tuple[int, int]] = []
    fillers: list[str] = []  # what each span is rewritten as, in the order found

    def rewrite(begin: int, stop: int, word: str) -> None:
        gap = text[begin:stop]
        tail = "\n" if "\n" in gap else ""
        fillers.append(word + " " * (stop - begin - len(word) - len(tail)) + tail)
        spans.append((begin, stop))

    for m in _HYPHEN_BREAK.finditer(text):
        head = _WORD_PAIR.search(text[max(0, m.start() - 30) : m.start()][::-1])
        tail = _WORD_PAIR.match(text, m.end())
        if head is None or tail is None or head.start() != 0:
            continue
        begin = m.start() - head.end()
        rewrite(begin, tail.end(), text[begin : m.start()] + tail.group())
    # Every lexicon word cut in two by one space or line break: "tar dar", "diciembr e". A
    # set lookup per word of the text's tokens, not one large alternation tried everywhere.
    words = Words.of(text) if words is None else words
    lexicon, heads, tails = _lexicon(), _lexicon_heads(), _lexicon_tails()
    lower, starts, stops = words.lower, words.starts, words.stops
    broken = sorted(spans)
    taken = -1
    # Only a head before a tail can be one: both looked up for every pair of neighbours in C.
    pairs = map(
        and_, map(heads.__contains__, lower), map(tails.__contains__, islice(lower, 1, None))
    )
    for i in compress(range(len(lower)), pairs):
        j = i + 1
        if i <= taken or j >= len(lower) or starts[j] != stops[i] + 1:
            continue
        first = lower[i]
        if text[stops[i]] not in " \n" or first + lower[j] not in lexicon or first in lexicon:
            continue
        k = bisect_right(broken, (stops[j], len(text)))
        if k > 0 and broken[k - 1][1] > starts[i]:
            continue  # already rejoined at a hyphen
        rewrite(starts[i], stops[j], text[starts[i] : stops[i]] + text[starts[j] : stops[j]])
        taken = j
    if not spans:
        return text, spans
    chars = list(text)
    for (begin, stop), filler in zip(spans, fillers, strict=True):
        chars[begin:stop] = list(filler)
    spans.sort()
    return "".join(chars), spans


# ------------------------------------------------------------------------- numbered items

_ROMANS = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
]
# Words that print a paragraph label ("Decisión 7", "Artículo 3", "OP 5"): body profile data.
_LABELS = "|".join(re.escape(w) for w in sorted(item_labels(), key=len, reverse=True))
_ITEM = re.compile(
    r"""^[ \t]*(?:[-*·•▪◦]\s*)?[“"«]?(?:
        (?P<label>(?:"""
    + _LABELS
    + r""")\s*(?:N[º°o.]\s*)?\d{1,3})\s*[.:)\-–]?
      | (?P<dec>\d{1,2}\.\d{1,2})\.?(?=\s)
      | (?P<num>\d{1,3})(?:[.)]|\s*[-–](?=\s))
      | (?P<alpha>[a-zñ])[.)]
      | \((?P<palpha>[a-z])\)
      | (?P<roman>(?:i{1,3}|iv|vi{0,3}|ix|x|xi{1,3}|xiv|xv))[.)]
      | (?P<uroman>(?:I{1,3}|IV|VI{0,3}|IX|X|XI{1,3}|XIV|XV))\.
    )[ \t]+(?=\S)""",
    re.VERBOSE,
)
_SECTION = re.compile(
    r"^\s*(?P<name>CONCLUSIONES(?:\s+Y\s+RECOMENDACIONES)?|RECOMENDACIONES|DECISIONES(?:\s+DE\s+LOS\s+VICEMINISTROS)?|ACUERDOS|DECLARACI[ÓO]N|CONCLUSIONS(?:\s+AND\s+RECOMMENDATIONS)?|RECOMMENDATIONS|DECISIONS(?:\s+OF\s+THE\s+VICE-MINISTERS)?|AGREEMENTS|ANEXO\b.*|ANNEX\b.*|Conclusiones|Conclusions|Decisiones|Decisions|Recomendaciones|Recommendations|Acuerdos)\s*:?\s*$",
    re.MULTILINE,
)
SECTION_KINDS = {
    "conclu": "conclusiones",
    "recom": "recomendaciones",
    "decis": "decisiones",
    "acuer": "acuerdos",
    "agree": "acuerdos",
    "declar": "declaracion",
    "anex": "anexo",
    "annex": "anexo",
}


@dataclass
class Paragraph:
    """A numbered item (or unnumbered block) of the document, with its printed reference."""

    begin: int
    stop: int
    ref: str | None
    section: str | None
    excerpt: int | None = None  # index into Layout.excerpts for compilations
    text_begin: int = -1  # where the text starts, after the printed number ("16.a)")

    def __post_init__(self) -> None:
        if self.text_begin < 0:
            self.text_begin = self.begin


@dataclass
class Excerpt:
    """One meeting's excerpt in a compilation: its header and where it spans."""

    begin: int
    stop: int
    header: str
    label: str | None
    header_stop: int = 0


_BEGIN = attrgetter("begin")


@dataclass
class Layout:
    """The structure of a cleaned document."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    excerpts: list[Excerpt] = field(default_factory=list)
    body_start: int = 0  # where the numbered body begins (end of the header / preamble)

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """Return the paragraph that holds character `pos`."""
        # paragraphs are in order and do not overlap: only the last one to begin by `pos` can
        i = bisect_right(self.paragraphs, pos, key=_BEGIN) - 1
        if i >= 0 and pos < self.paragraphs[i].stop:
            return self.paragraphs[i]
        return None


_MEETING_WORDS = re.compile(
    r"\b(?:conferencia|reuni[óo]n|grcm|crm|rcgm|rcm|conclusiones|conclusions|meeting|conference|vice-?ministerial|viceministerial|comunicado|cumbre|summit)\b",
    re.IGNORECASE,
)
_HEADER_START = re.compile(
    r"^(?:(?:[IVX]{1,5}|\d{1,2}[ª°º]?)\s+)?(?:conferencia|reuni[óo]n|grcm|crm|rcgm|rcm|conclusiones|conclusions|decisiones|decisions|recomendaciones|meeting|conference|vice-?ministerial|viceministerial|cumbre|summit)\b",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"\b[a-záéíóúñü]{3,}\b")
_STOP = {
    "del",
    "las",
    "los",
    "sobre",
    "para",
    "the",
    "and",
    "for",
    "with",
    "con",
    "por",
    "entre",
    "migración",
    "migration",
    "regional",
    "conferencia",
    "conference",
    "reunión",
    "meeting",
    "grupo",
    "group",
    "consulta",
    "consultation",
    "técnica",
    "technical",
}


def looks_like_meeting_header(block: str, has_day_date: bool) -> bool:
    """Is this short block the title of a meeting (name, place, date) rather than a decision?"""
    if not has_day_date:
        return False
    flat = " ".join(block.split())
    if len(flat) > 260:
        return False
    if not _HEADER_START.match(flat) or not _MEETING_WORDS.search(flat):
        return False
    words = [w for w in _LOWER_WORD.findall(flat) if w not in _STOP]
    months = {
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    }
    words = [w for w in words if w not in months]
    return len(words) <= 8


_NUMBER_RANGE = re.compile(r"\d{1,2}\b")


def is_item_line(line: str) -> bool:
    """Whether a line starts a numbered or lettered item."""
    return _ITEM.match(line) is not None


def number_items(text: str) -> list[tuple[int, int, str, str]]:
    """Find item starts: (line begin, body begin, level type, printed token)."""
    found = []
    pos = 0
    for line in text.split("\n"):
        m = _ITEM.match(line)
        if m and m.group("num") and _NUMBER_RANGE.match(line, m.end()):
            m = None  # "5 – 6 April 2017": a range of days, not item 5
        if m:
            kind = m.lastgroup  # the one named group of the alternative that matched
            assert kind is not None
            token = m.group(kind)
            if kind == "palpha":
                kind = "alpha"
            found.append((pos, pos + m.end(), kind, token))
        pos += len(line) + 1
    return found


# A header block stops where its first sub-item or quoted decision starts.
_SUB_ITEM_START = re.compile(r"[ \t]*(?:a\.|a\)|“|\")")


def build_layout(text: str, day_dates: list[tuple[int, int]]) -> Layout:
    """Segment a cleaned text into numbered paragraphs, sections and compilation excerpts.

    `day_dates` are the spans of day-precise dates with a year, used to recognise excerpt
    headers ("21. Reunión del GRCM, Ciudad de Guatemala, 7-8 de julio de 2009").
    """
    items = number_items(text)
    sections = [(m.start(), m.group("name")) for m in _SECTION.finditer(text)]

    def block_at(begin: int) -> tuple[int, str]:
        """The header block starting at a line: up to a blank line, at most 4 lines."""
        end = begin
        lines = 0
        while end < len(text) and lines < 4:
            nl = text.find("\n", end)
            nl = len(text) if nl < 0 else nl
            if not text[end:nl].strip():
                break
            end = nl + 1
            lines += 1
            if _SUB_ITEM_START.match(text, end):
                break
        return end, text[begin:end]

    day_dates = sorted(day_dates)
    day_starts = [b for b, _ in day_dates]

    def has_day(begin: int, end: int) -> bool:
        i = bisect_left(day_starts, begin)
        while i < len(day_dates) and day_dates[i][0] < end:
            if day_dates[i][1] <= end:
                return True
            i += 1
        return False

    excerpts: list[Excerpt] = []
    for begin, body, kind, token in items:
        if kind not in ("num", "uroman"):
            continue
        end, _ = block_at(begin)
        if looks_like_meeting_header(text[body:end], has_day(body, end)):
            excerpts.append(
                Excerpt(
                    begin=begin,
                    stop=end,
                    header=text[body:end].strip(),
                    label=token,
                    header_stop=end,
                )
            )
    if len(excerpts) < 2:
        excerpts = []
    for i, ex in enumerate(excerpts):
        ex.stop = excerpts[i + 1].begin if i + 1 < len(excerpts) else len(text)

    layout = Layout(excerpts=excerpts)
    header_starts = {ex.begin: i for i, ex in enumerate(excerpts)}
    section_starts = [pos for pos, _ in sections]
    # Walk items, keeping a stack of numbering levels (types in order of first appearance).
    stack: list[tuple[str, str]] = []
    excerpt_index: int | None = None
    section: str | None = None
    section_iter = iter(sections)
    next_section = next(section_iter, None)
    starts = [(b, body, k, t) for b, body, k, t in items]
    bounds = [b for b, _, _, _ in starts] + [len(text)]
    first_body = None
    for idx, (begin, body, kind, token) in enumerate(starts):
        while next_section is not None and next_section[0] <= begin:
            section = _section_kind(next_section[1])
            if not excerpts:
                stack = []
            next_section = next(section_iter, None)
        stop = bounds[idx + 1]
        # A section heading inside this item's span ends it.
        s = bisect_right(section_starts, begin)
        if s < len(section_starts) and section_starts[s] < stop:
            stop = section_starts[s]
        if begin in header_starts:
            excerpt_index = header_starts[begin]
            stack = [("excerpt", token)] if kind == "num" else [("excerpt", "")]
            continue
        if kind in ("alpha", "roman") and token in _ROMANS:
            letter = next((v for t, v in reversed(stack) if t == "alpha"), None)
            roman = next((v for t, v in reversed(stack) if t == "roman"), None)
            if letter is not None and _next_letter(letter) == token:
                kind = "alpha"  # "i." after "h." is the letter i
            elif letter is not None and (token == "i" or roman is not None):
                kind = "roman"  # "i." under "p." opens roman sub-items
        level = next((i for i, (t, _) in enumerate(stack) if t == kind), None)
        if kind == "label":
            stack = [(kind, token)] if not excerpts else [*stack[:1], (kind, token)]
        elif level is None:
            stack.append((kind, token))
        else:
            stack = [*stack[:level], (kind, token)]
        ref = ".".join(v for t, v in stack if v)
        if first_body is None:
            first_body = begin
        layout.paragraphs.append(
            Paragraph(
                begin=begin,
                stop=stop,
                ref=ref or None,
                section=section,
                excerpt=excerpt_index,
                text_begin=min(body, stop),
            )
        )
    layout.body_start = first_body if first_body is not None else 0
    if sections and sections[0][0] < layout.body_start:
        layout.body_start = sections[0][0]
    if excerpts:
        layout.body_start = min(layout.body_start, excerpts[0].begin)
    _fill_gaps(layout, text)
    return layout


def _fill_gaps(layout: Layout, text: str) -> None:
    """Cover unnumbered stretches (preamble, declarations) with ref-less paragraphs."""
    covered: list[Paragraph] = []
    pos = 0
    excerpts = layout.excerpts
    starts = [x.begin for x in excerpts]
    for p in layout.paragraphs:
        if p.begin > pos:
            covered.extend(_unnumbered(pos, p.begin, text, excerpts, starts))
        covered.append(p)
        pos = max(pos, p.stop)
    if pos < len(text):
        covered.extend(_unnumbered(pos, len(text), text, excerpts, starts))
    layout.paragraphs = covered


def _unnumbered(
    begin: int, stop: int, text: str, excerpts: list[Excerpt], starts: list[int]
) -> list[Paragraph]:
    """Paragraphs of an unnumbered stretch; `starts` are where the excerpts begin."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text[begin:stop]):
        b, e = begin + m.start(), begin + m.end()
        i = bisect_right(starts, b) - 1
        ex = i if i >= 0 and b < excerpts[i].stop else None
        out.append(Paragraph(begin=b, stop=e, ref=None, section=None, excerpt=ex))
    return out


def _next_letter(token: str) -> str:
    return chr(ord(token) + 1) if len(token) == 1 else ""


def _section_kind(name: str) -> str:
    low = name.lower()
    return next((kind for key, kind in SECTION_KINDS.items() if low.startswith(key)), low)


# ------------------------------------------------------------------------- sentences

_ABBREV = re.compile(
    r"(?:\b(?:Sr|Sra|Dr|Dra|Lic|Ing|No|Nº|núm|art|inc|etc|p|pp|Mr|Mrs|Ms|St|D\.C|U\.S|EE\.UU|vol|cf|approx|aprox"
    # titles before a name: "el Director Nacional de Aduanas, Cr. Enrique Canon", "H.E. Amb."
    r"|Cr|Cra|Arq|Prof|Profa|Mtro|Mtra|Sres|Sras|Srta|Excmo|Excma|Emb|Amb|Hon|Gral|Cnel|Jr|Dña|Licda|Abg"
    # abbreviated months: "by Oct. 15, 2017", "el 3 de sept. de 2020"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ene|feb|abr|ago|sept|oct|nov|dic)|\b[A-Z])\.$"
)


# A table row: a line with at least two column gaps (three spaces or a tab between words),
# not counting the one after a leading number ("2.\tAprobar…").
_ROW = re.compile(
    r"^[ \t]*(?:\(?[\w.]{1,6}[.)][ \t]+)?\S+(?:[^\n]*?\S(?: {3,}|\t+)\S){2}", re.MULTILINE
)


# A stop before a space, a blank line, a line break. The pattern opens with the one class of
# characters that can start a match, so that a search skips from one such character to the next.
# A stop with the footnote signs after it ("… to rest.*"), then closing marks or a space.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[*†‡]*(?=[\s”\"’)]*(?:\s|$))|(?<=\n)\s*\n|(?<=\n))"
)
# The same ends but a lone line break, which ends a sentence only beside a table row.
_SENTENCE_END_IN_PROSE = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[*†‡]*(?=[\s”\"’)]*(?:\s|$))|(?<=\n)\s*\n)"
)
_NUMBER_END = re.compile(r"\b\d{1,3}\.$")
# Abbreviations a sentence may go on after, when its next word is in lower case.
_GOES_ON_ABBREV = re.compile(r"\b(?:a\.\s?m|p\.\s?m|i\.e|e\.g)\.$", re.IGNORECASE)
_LOWER_NEXT = re.compile(r"[ \t]*[a-záéíóúñü0-9(]")


# The line breaks of the last few texts asked about, by the text's identity: a text is asked
# about once for each date, and an equal text made anew (the same document extracted again)
# must not be compared character by character with the one kept.
_BREAKS: dict[int, tuple[str, list[int]]] = {}
_BREAKS_KEPT = 8
_NEAR_LINE = 400  # how far back a line break is first looked for, with one search
_BREAKS_LOCK = threading.Lock()
_LINE_BREAK = re.compile("\n")


def _line_breaks(text: str) -> list[int]:
    """Where each line break of a text is, in order."""
    kept = _BREAKS.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    with _BREAKS_LOCK:  # documents may be read in several threads at once
        while len(_BREAKS) >= _BREAKS_KEPT:
            del _BREAKS[next(iter(_BREAKS))]
        _BREAKS[id(text)] = (text, breaks)
    return breaks


def start_of_line(text: str, pos: int) -> int:
    """Where the line that holds `pos` starts: `text.rfind("\n", 0, pos) + 1`, `pos` read as a
    slice's end, found by bisection over the text's line breaks. A text flattened to one line
    is not searched back to its start for each date."""
    if pos < 0:
        pos = max(0, len(text) + pos)
    pos = min(pos, len(text))
    near = text.rfind("\n", max(0, pos - _NEAR_LINE), pos)  # most lines are short
    if near >= 0:
        return near + 1
    breaks = _line_breaks(text)
    i = bisect_left(breaks, pos)
    return breaks[i - 1] + 1 if i else 0


def sentence_bounds(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    """Split text[begin:stop] into sentences; return their spans. Each table row is one."""
    spans = []
    start = begin
    # Without a column gap on its lines (and the lines it begins and ends in) no line of the
    # stretch is a table row: its lone line breaks need not be looked at one by one.
    line_start, line_stop = text.rfind("\n", 0, begin) + 1, text.find("\n", stop)
    line_stop = line_stop if line_stop >= 0 else len(text)
    gap = (
        text.find("   ", line_start, line_stop) >= 0 or text.find("\t", line_start, line_stop) >= 0
    )
    ends = _SENTENCE_END if gap else _SENTENCE_END_IN_PROSE
    # searched in place, not in a copy of the stretch: its look-arounds never reach outside it
    for m in ends.finditer(text, begin, stop):
        end = m.end()
        mark = m.group()
        if mark == "\n" and not _beside_row(text, end):
            continue
        if mark.startswith(".") and (
            # An abbreviation is at most 7 characters with its period, so only the sentence's
            # last 9 are searched: a match can then not begin at their start, where the \b
            # would see no character before it.
            _ABBREV.search(text[max(start, end - 9) : end])
            or _number_stop(text, start, end)
            # "a las 9 a.m. el lunes 25 de febrero", "i.e. not 27-30 March": the sentence goes on
            or (
                _GOES_ON_ABBREV.search(text, max(start, end - 6), end) is not None
                and _LOWER_NEXT.match(text, end, stop) is not None
            )
        ):
            continue
        if not text[start:end].isspace() and end > start:
            spans.append((start, end))
        start = end
    if text[start:stop].strip():
        spans.append((start, stop))
    if text.find("\n", begin, stop) >= 0:  # not a copy of the whole stretch to look
        spans = [part for b, e in spans for part in _after_capitals(text, b, e)]
    return [_strip_span(text, b, e) for b, e in spans]


def _number_stop(text: str, start: int, end: int) -> bool:
    """The stop of a number that stands alone ("12."): a list's number, not a sentence's end."""
    if not text[end - 2 : end - 1].isdigit():
        return False  # no digit before the stop: the sentence need not be cut out and stripped
    stretch = text[start:end].strip()
    return len(stretch) < 6 and _NUMBER_END.search(stretch) is not None


# A headline in capitals on a line of its own, no stop at its end: "HUMAN RIGHTS COUNCIL HOLDS
# SEVENTEENTH SESSION FROM 30 MAY TO 17 JUNE".
_CAPITALS_LINE = re.compile(r"[^\S\n]*(?=[^\n]*[A-ZÁÉÍÓÚÑ]{2})[^\na-záéíóúñ]{12,}\n")


def _after_capitals(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    """The span [begin, stop) cut after each of its lines in capitals: a headline ends there."""
    parts = []
    start = begin
    line = begin
    while (newline := text.find("\n", line, stop)) >= 0:
        if _CAPITALS_LINE.fullmatch(text, line, newline + 1) and text[newline + 1 : stop].strip():
            parts.append((start, newline + 1))
            start = newline + 1
        line = newline + 1
    parts.append((start, stop))
    return parts


def _beside_row(text: str, pos: int) -> bool:
    """Whether the line ending just before `pos` or the one starting there is a table row."""
    previous = text.rfind("\n", 0, pos - 1) + 1
    following = text.find("\n", pos)
    return _is_row(text[previous : pos - 1]) or _is_row(
        text[pos : following if following >= 0 else len(text)]
    )


def _is_row(line: str) -> bool:
    # Without a column gap no row can match: spare the pattern its backtracking on long lines.
    return ("   " in line or "\t" in line) and _ROW.match(line) is not None


def _strip_span(text: str, begin: int, stop: int) -> tuple[int, int]:
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    return begin, stop
