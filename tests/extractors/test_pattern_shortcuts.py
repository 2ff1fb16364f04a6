"""The shortcuts that spare the grammar and cue patterns work must not change what they find."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from extractors import commitments, dates
from extractors.actors import Words
from extractors.cues import _data, _en_alternatives, _es_verb, _phrase, fold
from extractors.dates import RULES, scan
from extractors.patterns import faster, grouped, grouped_words
from extractors.structure import clean

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))
# Sentences that hold what the rules with clues look for, besides the sample documents.
PHRASES = """
Remitir los informes dentro de los 30 días posteriores a la reunión; en un plazo de dos meses.
En los 45 días siguientes; dentro del mes siguiente; within the next 60 days; within the following month.
La segunda semana de marzo de 2021 y the first week of June; the week of 21 June 2021; la semana del 20 de junio.
A principios de mayo, a mediados de junio de 2019, finales de julio, la primera quincena de agosto.
Early May, mid-June 2020, by the end of July, the second half of September, the first fortnight of October.
En el primer trimestre de 2020, in the third quarter of 2021, the second trimester, el segundo semestre.
La segunda mitad de 2020, the first half of 2021, in the second semester.
A finales de 2017, en los primeros meses de 1997, al finalizar el año 2019, al cierre de 2020.
Early 2018, by the end of 2019, the close of 2022. El 2019-05-03 y el 16/VII/19.
Antes de fin de año; a fines del presente año; by the end of this year; a finales del mes en curso.
El próximo mes, la semana entrante, este mes, el mes en curso; next month, the following week, this week.
By 2015, hasta 2020, a más tardar en 2021, not later than 2030.
Its 335th Session (March 2019) and la 106.ª reunión (2017); durante la próxima reunión del GRCM de 2018.
At the 2019 G20 Leaders' Summit. A los veinticinco días del mes de noviembre de dos mil diecinueve.
El próximo mes de julio, agosto próximo, septiembre entrante, next June.
El 15/07/2017, el 03.05.2018; el próximo año, el año en curso, next year, in the following year.
The 107th (2018) and 108th (2019) Sessions; del 31 de octubre al 2 de noviembre de 2012.
From 30 June to 2 July 2019; from May 28 to June 1, 2018; entre junio y agosto de 2005; May or June.
From the 31st of May to the 3rd of June; on July, the 8th.
"""


def _texts() -> list[str]:
    return [PHRASES, *(p.read_text(encoding="utf-8") for p in SAMPLES)]


@pytest.mark.parametrize("index", [i for i, r in enumerate(RULES) if r.clues])
def test_every_match_of_a_rule_holds_one_of_its_clues(index: int) -> None:
    rule = RULES[index]
    for text in _texts():
        for m in rule.pattern.finditer(text.lower()):
            assert any(clue in m.group() for clue in rule.clues), (rule.name, m.group())


@pytest.mark.parametrize("index", [i for i, r in enumerate(RULES) if r.months])
def test_every_match_of_a_rule_holds_as_many_month_names_as_it_says(index: int) -> None:
    rule = RULES[index]
    assert rule.needs == "M"  # the scan counts month names around month names only
    found = 0
    for text in _texts():
        low = text.lower()
        for m in rule.pattern.finditer(low):
            places = list(dates._MONTH_AT.finditer(low, m.start(), m.end()))
            assert len(places) >= rule.months, (rule.name, m.group())
            found += 1
    assert found


def test_the_phrases_exercise_the_rules_with_clues() -> None:
    low = PHRASES.lower()
    found = {i for i, r in enumerate(RULES) if r.clues and r.pattern.search(low)}
    assert len(found) >= 20


def test_scan_with_clues_and_month_counts_finds_what_it_finds_without(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts()
    with_clues = [[(i, m.span()) for i, m in scan(t).matches] for t in texts]
    monkeypatch.setattr(dates, "RULES", [replace(r, clues=(), months=0) for r in RULES])
    without = [[(i, m.span()) for i, m in scan(t).matches] for t in texts]
    assert with_clues == without
    assert sum(map(len, with_clues)) > 100


def _cue_alternations() -> list[list[str]]:
    out = []
    for key, value in _data().items():
        if not isinstance(value, dict) or not {"es", "en"} <= value.keys():
            continue
        if key.endswith("_verbs"):
            parts = [_es_verb(v) for v in value["es"]]
            parts += [alt for v in value["en"] for alt in _en_alternatives(v)]
        else:
            parts = [_phrase(p) for p in value["es"] + value["en"]]
        out.append(sorted(set(parts), key=len, reverse=True))
    return out


def test_grouped_alternations_match_as_the_plain_ones() -> None:
    folded = [fold(t) for t in _texts()]
    alternations = _cue_alternations()
    assert len(alternations) >= 10
    for parts in alternations:
        plain = re.compile(rf"\b(?:{'|'.join(parts)})\b")
        quick = re.compile(rf"\b(?:{grouped(parts)})\b")
        for text in folded:
            assert [m.span() for m in quick.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_grouping_keeps_the_order_of_alternatives_with_the_same_first_letter() -> None:
    rx = re.compile(grouped(["ab", "abc", "x", "a"]))
    assert rx.match("abc").group() == "ab"
    assert grouped(["(?:a|b)c", "d"]) == "(?:a|b)c|d"  # no plain first letter: as it was
    assert grouped(["a?b", "c"]) == "a?b|c"


@pytest.mark.parametrize("name", ["_DELIVERABLE_VERB", "_REQUEST", "EVENT_NOUN", "_MEETING_NOUN"])
def test_grouped_word_patterns_match_as_written(name: str) -> None:
    quick = getattr(commitments, name)
    # The pattern as written in the source, before grouping.
    source = Path(commitments.__file__).read_text(encoding="utf-8")
    written = re.search(rf'{name} = grouped_words\(\s*re\.compile\(\s*r"(.*?)",', source, re.S)
    assert written is not None
    plain = re.compile(written.group(1), re.IGNORECASE)
    assert quick.pattern != plain.pattern
    for text in _texts():
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert grouped_words(re.compile(r"(?:a|b)")).pattern == "(?:a|b)"


def _words_by_pattern(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words as a plain `\\w+` scan gives them (lower-cased with the text when that keeps
    its length, as `Words.of` has always done)."""
    spans = [m.span() for m in re.finditer(r"\w+", text)]
    low = text.lower()
    if len(low) == len(text):
        lower = re.findall(r"\w+", low)
    else:
        lower = [text[b:e].lower() for b, e in spans]
    return lower, [b for b, _ in spans], [e for _, e in spans]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "El 3-4 de Mayo, en İstanbul (Türkiye); ΟΔΟΣ'Α y ΟΔΟΣ.",
        "Ångström_unit² and ½ — “quoted” words\nover lines",
        PHRASES,
    ],
)
def test_words_are_those_of_a_word_pattern(text: str) -> None:
    words = Words.of(text)
    assert (words.lower, words.starts, words.stops) == _words_by_pattern(text)


@pytest.mark.parametrize(
    "text",
    [
        "Migración — Año “2024”, Über ÉTÉ ½ Ωmega ΟΔΟΣ ñandú " * 400,
        "İstanbul Σ " * 2000,  # a lower case longer than the letter: the table after all
        "".join(chr(c) for c in range(0x80, 0x2000) if chr(c).isprintable()) * 2,  # many others
        "plain ascii " * 2000,
    ],
)
def test_folding_a_long_text_is_folding_each_character(text: str) -> None:
    assert len(text) >= 10_000
    assert fold(text) == "".join(fold(c) for c in text)


def test_clean_blanks_markdown_and_bookmarks_but_not_line_breaks() -> None:
    text = (
        "# Title\n\n**bold** __x__ ###### six\n####### seven\n  >\tquoted\n[bookmark: _Toc1]a#b\n"
    )
    out = clean(text)
    assert len(out) == len(text)
    assert (
        out
        == "  Title\n\n  bold     x   ###### six\n####### seven\n    quoted\n" + " " * 17 + "a#b\n"
    )


def test_every_rule_runs_as_written_but_faster() -> None:
    texts = [t.lower() for t in _texts()]
    rewritten = 0
    for rule in RULES:
        written = re.compile(dates.WRITTEN[rule.pattern.pattern])
        rewritten += written.pattern != rule.pattern.pattern
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)] == [
                (m.span(), m.groupdict()) for m in written.finditer(text)
            ], rule.name
    assert rewritten >= 40


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:ab|ac|d)x", r"(?:a(?:b|c)|d)x"),
        (r"(?:the\s+)?week", r"(?:the\s+|)week"),
        (r"(?P<by>by|before)?\s", r"(?:(?P<by>b(?:y|efore))|)\s"),
        (r"(a)?(?:b)??(?=c|d)?[)|(]?", r"(?:(a)|)(?:b)??(?=c|d)?[)|(]?"),
        (r"\((?:x|\)|y)\)", r"\((?:x|\)|y)\)"),
    ],
)
def test_faster_rewrites(pattern: str, expected: str) -> None:
    assert faster(pattern) == expected
    rx, plain = re.compile(expected), re.compile(pattern)
    for text in ("abx acx dx the week week by  before x", "ac bd c (x) ()y) ) a", ""):
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
