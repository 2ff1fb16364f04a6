"""Read a document (.txt, .md, .docx, .pdf or .html) into plain text.

The text keeps the document's lines and markdown as they are: page headers, footers and other
noise are removed later by `extractors.clean`. PDF pages are joined by "\\n\\f\\n" so that running
headers and footers can be recognised there. Anything that cannot be read raises `UnusableInput`
with a one-line message fit to show a user.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path, PurePath
from typing import Any

from extractors.archives import MAX_UNPACKED_BYTES, check_docx_archive
from extractors.dates import SHORT_MONTHS, month_numbers
from extractors.errors import UnusableInput
from extractors.model import NamedDate

MAX_BYTES = 20 * 1024 * 1024
"""Largest document accepted, in bytes."""

PAGE_BREAK = "\n\f\n"
"""What separates the text of two PDF pages."""

SUPPORTED = ".txt, .md, .docx, .pdf or .html"

_KIND_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# Formats recognised by their first bytes, so that a misnamed upload gets a useful message.
_OTHER_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Control characters that plain text does not contain (tab, newlines and form feed excluded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_MAX_CONTROL_RATIO = 0.02

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# pypdf logs every repairable defect of a PDF; the caller only wants text or UnusableInput.
for _name in ("pypdf", "docx"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def load_text(
    path: Path | str,
    *,
    max_bytes: int = MAX_BYTES,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
) -> str:
    """Return the text of a document file, or raise UnusableInput."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UnusableInput("is a directory, not a document")
        if size > max_bytes:
            raise UnusableInput(_too_large(size, max_bytes))
        with path.open("rb") as f:
            # Read one byte past the cap: special files report no size.
            data = f.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise UnusableInput("no such file") from exc
    except OSError as exc:
        raise UnusableInput(f"cannot read file ({exc.strerror or exc})") from exc
    return load_bytes(data, path.name, max_bytes=max_bytes, max_unpacked_bytes=max_unpacked_bytes)


def load_bytes(
    data: bytes,
    name: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
) -> str:
    """Return the text of a document given as bytes, or raise UnusableInput.

    `name` is the file name (or URL path) the bytes came with; its suffix gives the type unless
    the content's magic bytes say otherwise.
    """
    if len(data) > max_bytes:
        raise UnusableInput(_too_large(len(data), max_bytes))
    if not data:
        raise UnusableInput("the file is empty")
    if not data.strip():
        raise UnusableInput("the file contains only whitespace")
    kind = _kind(data, name)
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data, max_unpacked_bytes)
    elif kind == "html":
        text = _html_text(data)
    else:
        text = _checked_text(_decode(data))
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise UnusableInput("the document contains no text")
    return text


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({_mb(size)}; the limit is {_mb(limit)})"


def _mb(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} bytes"
    return f"{size / (1024 * 1024):.1f} MB"


def _unsupported(what: str) -> UnusableInput:
    return UnusableInput(f"unsupported document type {what} (use {SUPPORTED})")


# Type detection ----------------------------------------------------------------------------


def _kind(data: bytes, name: str) -> str:
    """Return "text", "docx", "pdf" or "html": the content's magic bytes win over the name."""
    suffix = PurePath(name.split("?", 1)[0].split("#", 1)[0]).suffix.lower()  # URLs too
    claimed = _KIND_BY_SUFFIX.get(suffix)
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if claimed == "docx" or _is_docx_zip(data):
            return "docx"
        raise _unsupported(f"'{suffix}'" if suffix and not claimed else "(a ZIP archive)")
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            raise _unsupported(f"'{suffix}'" if suffix and not claimed else f"({what})")
    if claimed == "pdf":
        if b"%PDF-" in head:  # the format allows a little junk before the header
            return "pdf"
        raise UnusableInput(f"not a valid PDF (no PDF header; {_looks_like(head)})")
    if claimed == "docx":
        raise UnusableInput(f"not a valid .docx file (not a zip archive; {_looks_like(head)})")
    if claimed:
        return claimed
    if _looks_like_html(head):
        return "html"
    if suffix:
        raise _unsupported(f"'{suffix}'")
    return "text"


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _looks_like(head: bytes) -> str:
    if _looks_like_html(head):
        return "it looks like an HTML page"
    if b"\x00" in head or _CONTROL.search(head.decode("latin-1")):
        return "it looks like binary data"
    return "it looks like plain text"


def _is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


# Plain text --------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    """Decode text: UTF-8/16/32 with a BOM, else UTF-8, else Windows-1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    if b"\x00" in data:
        raise UnusableInput("not a text file (it contains binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _checked_text(text: str) -> str:
    """Return text unless it is mostly control characters (binary data under a text name)."""
    controls = len(_CONTROL.findall(text))
    if controls and controls > _MAX_CONTROL_RATIO * len(text):
        raise UnusableInput("not a text file (it contains binary data)")
    return text


# PDF ---------------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise UnusableInput("the PDF is encrypted (a password is needed to open it)")
            pages = list(reader.pages)
        except UnusableInput:
            raise
        except DependencyError as exc:  # AES encryption without the cryptography package
            raise UnusableInput(f"cannot open this encrypted PDF ({_reason(exc)})") from exc
        except Exception as exc:  # pypdf raises many kinds of error on damaged files
            raise UnusableInput(f"not a valid PDF ({_reason(exc)})") from exc
        if not pages:
            raise UnusableInput("not a valid PDF (it has no pages)")
        texts = []
        failed: Exception | None = None
        for page in pages:
            _check_contents(page)
            try:
                texts.append(page.extract_text() or "")
            except MemoryError:
                raise
            except Exception as exc:  # a damaged page should not lose the others
                failed = exc
                texts.append("")
    if not any(t.strip() for t in texts):
        if failed is not None:
            raise UnusableInput(f"not a valid PDF ({_reason(failed)})") from failed
        raise UnusableInput("no text layer (scanned PDF?)")
    return PAGE_BREAK.join(texts)


def _check_contents(page: Any) -> None:
    """Refuse a page whose content stream inflates past pypdf's limit (a decompression bomb).

    pypdf stops inflating at its limit and extracts no text from such a page without a word, so
    the page would pass for a scanned one. Checked before extracting, so a bomb is inflated once.
    """
    from pypdf.errors import LimitReachedError

    try:
        contents = page.get_contents()
        if contents is not None:
            contents.get_data()
    except LimitReachedError as exc:
        raise UnusableInput(
            "the PDF inflates to more than a document does (decompression bomb?)"
        ) from exc
    except Exception:  # damage is told apart from an empty page by extract_text's own error
        return


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


# DOCX --------------------------------------------------------------------------------------


def _docx_text(data: bytes, max_unpacked_bytes: int) -> str:
    # Sizes, ratios and entry count are checked, inflating every entry once, before python-docx
    # opens the archive; zipfile then reads no entry past the size checked here.
    check_docx_archive(data, max_unpacked_bytes=max_unpacked_bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
    if "word/document.xml" not in names:
        raise UnusableInput("not a valid .docx file (no word/document.xml in the archive)")

    import docx

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = docx.Document(io.BytesIO(data))
            numbering = _Numbering(document)
            lines = list(_block_lines(document.element.body, numbering))
        except Exception as exc:  # bad XML, missing parts, wrong content types...
            raise UnusableInput(f"not a valid .docx file ({_reason(exc)})") from exc
    return "\n".join(lines)


def _block_lines(container: Any, numbering: _Numbering) -> Iterator[str]:
    """Yield one line per paragraph and per table row, in document order."""
    for child in container.iterchildren():
        if child.tag == _W + "p":
            yield numbering.label(child) + _paragraph_text(child)
        elif child.tag == _W + "tbl":
            for row in child.iterchildren(_W + "tr"):
                cells = [_cell_text(tc, numbering) for tc in row.iterchildren(_W + "tc")]
                yield "\t".join(cells).rstrip("\t")
        elif child.tag == _W + "sdt":  # a content control wraps ordinary paragraphs and tables
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _block_lines(content, numbering)
        elif child.tag == _W + "customXml":
            yield from _block_lines(child, numbering)


def _cell_text(tc: Any, numbering: _Numbering) -> str:
    # A row is one line, so a cell's own paragraphs (and nested tables) become one run of text.
    lines = (" ".join(line.split()) for line in _block_lines(tc, numbering))
    return " ".join(line for line in lines if line)


def _paragraph_text(p: Any) -> str:
    """Return the visible text of a <w:p>, including tracked insertions but not deletions."""
    parts: list[str] = []
    stack = [p]
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == _W + "t":
            parts.append(el.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag in (_W + "del", _W + "moveFrom", _W + "txbxContent", _MC_FALLBACK):
            # Deleted text; text boxes (drawn apart from the flow, and stored twice).
            continue
        else:
            stack.extend(reversed(list(el)))
    return "".join(parts)


class _Numbering:
    """Render Word's automatic list numbers ("1.", "a)", "2.1") as the document shows them."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._style_num: dict[str, tuple[str | None, int | None]] = {}
        self._style_parent: dict[str, str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        if root is not None:
            for an in root.iterchildren(_W + "abstractNum"):
                levels = {}
                for lvl in an.iterchildren(_W + "lvl"):
                    levels[_int(lvl.get(_W + "ilvl"))] = (
                        _int(_val(lvl, "start"), 1),
                        _val(lvl, "numFmt") or "decimal",
                        _val(lvl, "lvlText") or "",
                    )
                abstract[an.get(_W + "abstractNumId") or ""] = levels
            for num in root.iterchildren(_W + "num"):
                levels = dict(abstract.get(_val(num, "abstractNumId") or "", {}))
                for override in num.iterchildren(_W + "lvlOverride"):
                    ilvl = _int(override.get(_W + "ilvl"))
                    start = _val(override, "startOverride")
                    if start is not None and ilvl in levels:
                        _, fmt, text = levels[ilvl]
                        levels[ilvl] = (_int(start, 1), fmt, text)
                self._levels[num.get(_W + "numId") or ""] = levels
        try:
            styles = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            styles = None
        if styles is not None:
            for style in styles.iterchildren(_W + "style"):
                style_id = style.get(_W + "styleId") or ""
                self._style_num[style_id] = _num_pr(style.find(_W + "pPr"))
                based = _val(style, "basedOn")
                if based:
                    self._style_parent[style_id] = based

    def label(self, p: Any) -> str:
        """Return the number label of a paragraph followed by a space, or ""."""
        if not self._levels:
            return ""
        ppr = p.find(_W + "pPr")
        num_id, ilvl = _num_pr(ppr)
        if num_id is None and ppr is not None:
            style_num, style_ilvl = self._from_style(_val(ppr, "pStyle"))
            num_id, ilvl = style_num, ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0" or num_id not in self._levels:
            return ""
        level = ilvl or 0
        levels = self._levels[num_id]
        if level not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        _, fmt, text = levels[level]
        if fmt == "bullet":
            return "• "
        if fmt == "none":
            return f"{text} " if text.strip() else ""

        def number(match: re.Match[str]) -> str:
            n = int(match.group(1)) - 1
            start, n_fmt, _ = levels.get(n, (1, "decimal", ""))
            return _format_number(counters.get(n, start), n_fmt)

        label = re.sub(r"%([1-9])", number, text)
        return f"{label} " if label.strip() else ""

    def _from_style(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            num_id, ilvl = self._style_num.get(style_id, (None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = self._style_parent.get(style_id)
        return None, None


def _num_pr(ppr: Any) -> tuple[str | None, int | None]:
    if ppr is None:
        return None, None
    num_pr = ppr.find(_W + "numPr")
    if num_pr is None:
        return None, None
    ilvl = _val(num_pr, "ilvl")
    return _val(num_pr, "numId"), (_int(ilvl) if ilvl is not None else None)


def _val(parent: Any, child: str) -> str | None:
    el = parent.find(_W + child)
    return None if el is None else el.get(_W + "val")


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)


# HTML --------------------------------------------------------------------------------------

_DROP_TAGS = {"script", "style", "nav", "head", "noscript", "template", "svg", "iframe", "object"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main", "ol", "p",
    "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_NEWLINE = "\n"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)


class _Mark(str):
    """Output emitted when the walk leaves an element (kept apart from document strings)."""


def _html_text(data: bytes) -> str:
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, PreformattedString, Tag

    text = _checked_text(_decode_html(data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. XMLParsedAsHTMLWarning for XHTML
        soup = BeautifulSoup(text, "html.parser")
    out: list[str] = []
    pre_depth = 0
    stack: list[Any] = list(reversed(soup.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, _Mark):
            if node == "</pre>":
                pre_depth -= 1
            else:
                out.append(node)
        elif isinstance(node, PreformattedString):  # comments, doctype, CDATA...
            continue
        elif isinstance(node, NavigableString):
            out.append(str(node) if pre_depth else re.sub(r"\s+", " ", str(node)))
        elif isinstance(node, Tag):
            name = node.name.lower()
            if name in _DROP_TAGS:
                continue
            if name == "br":
                out.append(_NEWLINE)
                continue
            children = list(node.contents)
            if name == "li" and node.parent is not None and node.parent.name == "ol":
                children.insert(0, NavigableString(_ol_label(node)))
            if name == "pre":
                pre_depth += 1
                stack.append(_Mark("</pre>"))
            if name in _BLOCK_TAGS:
                out.append(_NEWLINE)
                stack.append(_Mark(_NEWLINE))
            elif name in _CELL_TAGS:
                stack.append(_Mark("\t"))
            stack.extend(reversed(children))
    lines = []
    for line in "".join(out).split("\n"):
        line = re.sub(r" {2,}", " ", line).strip(" ").rstrip("\t ")
        lines.append(line if line.strip() else "")
    return re.sub(r"\n{2,}", "\n", "\n".join(lines)).strip("\n")


def _ol_label(li: Any) -> str:
    ol = li.parent
    try:
        number = int(ol.get("start", 1))
    except (TypeError, ValueError):
        number = 1
    return f"{number + len(li.find_previous_siblings('li'))}. "


def _decode_html(data: bytes) -> str:
    """Decode HTML like text, but honour a declared <meta charset> when UTF-8 fails."""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            match = _META_CHARSET.search(data[:4096])
            if match:
                try:
                    return data.decode(match.group(1).decode("ascii"), errors="replace")
                except LookupError:
                    pass
    return _decode(data)


# A date in a file's name: "2019-06-07", "2019_06", "20190607", "1990-09" (year 1900-2099).
_NAMED = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12][0-9]|3[01]))?(?![0-9])"
)
_NAMED_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# The year last: "12-06-2019" (day first, as most bodies write it; month first when the second
# number cannot be a month: "06-25-2019"), "06-2019".
_NAMED_YEAR_LAST = re.compile(
    r"(?<![0-9A-Za-z])(?:([0-9]{1,2})[-_.]([0-9]{1,2})[-_.]|([0-9]{1,2})[-.])"
    r"((?:19|20)[0-9]{2})(?![0-9])"
)


# A month's name beside the year: "june-2019", "Junio_2019", "2019-jun", "oct2019".
@cache
def _named_month() -> re.Pattern[str]:
    names = sorted({*month_numbers(), *SHORT_MONTHS}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names if not n.endswith("."))
    return re.compile(
        rf"(?<![^\W\d_])(?:({alt})[-_. ]?((?:19|20)[0-9]{{2}})(?![0-9])"
        rf"|(?<![0-9])((?:19|20)[0-9]{{2}})[-_. ]?({alt})(?![^\W\d_]))",
        re.IGNORECASE,
    )


def _month_of(name: str) -> int:
    name = name.lower()
    return month_numbers().get(name) or month_numbers()[SHORT_MONTHS[name]]


def named_date(name: str) -> NamedDate | None:
    """The date a file's name carries ("saarc_colombo_2009-02_en.txt": February 2009), or
    None. The year may come last ("acta_12-06-2019.pdf", "informe-06-2019.pdf") or beside a
    month's name ("report-june-2019.pdf"). A year alone counts when it is the name's only one
    ("cicaa_madrid_2023_es.txt", "Conclusiones GRCM 2017.pdf"); two years name a period, no
    date ("plan-2015-2020.pdf")."""
    m = _NAMED.search(name)
    if m is not None:
        try:
            return NamedDate(date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)))
        except ValueError:
            return None
    years = _NAMED_YEAR.findall(name)
    if len(years) != 1:
        return None
    year = int(years[0])
    if m := _NAMED_YEAR_LAST.search(name):
        if m.group(3):  # "06-2019"
            day, month = 1, int(m.group(3))
        else:  # "12-06-2019" is 12 June; "06-25-2019", 25 June
            day, month = int(m.group(1)), int(m.group(2))
            if month > 12:
                day, month = month, day
        try:
            return NamedDate(date(year, month, day))
        except ValueError:
            pass
    if m := _named_month().search(name):
        return NamedDate(date(year, _month_of(m.group(1) or m.group(4)), 1))
    return NamedDate(date(year, 1, 1), month_known=False)
