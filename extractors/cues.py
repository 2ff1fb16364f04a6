"""Cue words that decide about a date, read from `data/cues.json` and compiled once.

Verb lemmas are inflected here (Spanish conjugations and participles, English -s/-ed/-ing),
so the data lists words as a dictionary would. Every pattern runs on folded text: lower case
without accents, the same length as the text it was folded from (see `fold`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from extractors.patterns import grouped

# A verb form is not a noun after a determiner: "el informe", "su envío", "the report"; a Spanish
# infinitive after "a" is a verb ("invitar a los Países Miembros a depositar sus aportes").
_NOT_AFTER_DETERMINER = (
    r"(?<!\bel\s)(?<!\bun\s)(?<!\bsu\s)(?<!\bdel\s)(?<!\bal\s)(?<!\bla\s)(?<!\bsus\s)"
    r"(?<!\blos\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?:(?<!\ba\s)|(?=[a-z]+(?:ar|er|ir)\b))"
    r"(?<!\ban\s)(?<!\bof\s)"
)
# "look forward to the next Summit": no thing to forward.
_NOT_LOOKING = r"(?<!\blook\s)(?<!\blooks\s)(?<!\blooked\s)(?<!\blooking\s)"
_ES_ENDINGS = {
    "ar": "ar|a|an|e|en|o|as|es|ara|aran|ará|arán|aría|arían|ado|ada|ados|adas|ando|ó|aron"
    "|amos|emos|ase|asen",
    "er": "er|e|en|a|an|o|es|as|era|eran|erá|erán|ería|erían|ido|ida|idos|idas|iendo|ió"
    "|ieron|emos|amos|iera|ieran",
    "ir": "ir|e|en|a|an|o|es|as|irá|irán|iría|irían|ido|ida|idos|idas|iendo|ió|ieron|imos"
    "|amos|iera|ieran|ya|yan|ye|yen|yó|yeron|yendo",
}
_ES_CLITICS = r"(?:se|lo|la|los|las|le|les|selo|sela)?"
_EN_IRREGULAR = {
    "send": ["sent"],
    "pay": ["paid"],
    "undertake": ["undertaken", "undertook"],
    "draft": ["drafted"],
    "meet": ["met"],
    "hold": ["held"],
    "set": ["set"],
}


class _FoldTable(dict[int, str]):
    """What each character folds to, worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        if c.isascii():
            out = c.lower()
        else:
            base = unicodedata.normalize("NFD", c)[0].lower()
            out = base if len(base) == 1 else c
        self[code] = out
        return out


_FOLD = _FoldTable()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower-case `text` and drop accents, keeping one character for each character."""
    if text.isascii():
        return text.lower()
    if len(text) < 10_000:
        return text.translate(_FOLD)
    # A long text: each of its few distinct other characters replaced at once, then one
    # lower-casing in C, instead of a table lookup per character. The same: what a character
    # folds to is one character that folds to itself and lower-cases to itself, or one whose
    # lower case is longer (then the lengths differ and the table is used after all).
    others = set(_NON_ASCII.findall(text))  # found in C, not by a set of every character
    if len(others) > 64:  # each replacement reads the whole text: keep their number small
        return text.translate(_FOLD)
    out = text
    for c in others:
        out = out.replace(c, _FOLD[ord(c)])
    out = out.lower()
    return out if len(out) == len(text) else text.translate(_FOLD)


def _strip(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )


def _es_verb(lemma: str) -> str:
    words = _strip(lemma).split()
    head, rest = words[0], words[1:]
    tail = "".join(rf"\s+{re.escape(w)}" for w in rest)
    if head[-2:] in _ES_ENDINGS:
        ending = _strip(_ES_ENDINGS[head[-2:]])
        return rf"{re.escape(head[:-2])}(?:{ending}){_ES_CLITICS}{tail}"
    return re.escape(head) + tail


def _en_parts(lemma: str) -> tuple[list[str], str]:
    """An English verb's forms (regular, then irregular) and the words that follow them."""
    words = lemma.lower().split()
    head, rest = words[0], words[1:]
    tail = "".join(rf"\s+{re.escape(w)}" for w in rest)
    if head.endswith("e"):
        forms = rf"{re.escape(head[:-1])}(?:e|es|ed|ing)"
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = rf"{re.escape(head[:-1])}(?:y|ies|ied|ying)"
    else:
        forms = rf"{re.escape(head)}(?:s|es|{re.escape(head[-1])}?ed|{re.escape(head[-1])}?ing)?"
    return [forms, *(re.escape(w) for w in _EN_IRREGULAR.get(head, []))], tail


def _en_verb(lemma: str) -> str:
    forms, tail = _en_parts(lemma)
    return rf"(?:{'|'.join(forms)}){tail}"


def _en_alternatives(lemma: str) -> list[str]:
    """`_en_verb` as a list of alternatives: (?:a|b)c is a c|b c."""
    forms, tail = _en_parts(lemma)
    return [form + tail for form in forms]


def _phrase(p: str) -> str:
    return r"\s+".join(re.escape(w) for w in _strip(p).split())


def _alternation(parts: list[str], alternatives: dict[str, list[str]] | None = None) -> str:
    """The parts, longest first; `alternatives` spells some parts as a list of alternatives."""
    ordered = sorted(set(parts), key=len, reverse=True)
    found = alternatives or {}
    return grouped([alt for part in ordered for alt in found.get(part, [part])])


@cache
def _data() -> dict[str, Any]:
    raw = (resources.files("extractors") / "data" / "cues.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _verbs(key: str) -> str:
    data = _data()[key]
    english = {_en_verb(v): _en_alternatives(v) for v in data["en"]}
    return _alternation([_es_verb(v) for v in data["es"]] + list(english), english)


def _phrases(key: str) -> str:
    data = _data()[key]
    return _alternation([_phrase(p) for p in data["es"] + data["en"]])


class Cues:
    """The compiled cue patterns; each runs on folded text."""

    def __init__(self) -> None:
        # The verbs in a look-ahead first: the look-behinds then run only where one of them is.
        verbs = _verbs("deliverable_verbs")
        self.deliverable = re.compile(
            rf"\b(?=(?:{verbs})\b){_NOT_AFTER_DETERMINER}{_NOT_LOOKING}(?:{verbs})\b"
            rf"|\b(?:{_phrases('deliverable_phrases')})\b"
        )
        # not progress: "to move forward in concluding a treaty", "move ahead", "move on"
        self.postpone = re.compile(
            rf"\b(?:{_verbs('postpone_verbs')}|{_phrases('postpone_nouns')})\b"
            r"(?!\s+(?:forward|ahead|on|along|towards?|adelante)\b)"
        )
        self.cancel = re.compile(rf"\b(?:{_verbs('cancel_verbs')}|{_phrases('cancel_nouns')})\b")
        # After a date, its meeting moved or called off: "…, acordada para el 6 y 7 de mayo, se
        # pospuso para junio", "the session of 3 May was postponed".
        self.moved_after = re.compile(rf"\b(?:{_phrases('moved_after')})\b")
        # After a moved date: the slot it moves to ("… a una fecha ulterior", "… to October").
        self.new_slot = re.compile(rf"\s*,?\s*(?:{_phrases('new_slot')})\b")
        self.document_before = re.compile(
            rf"\b(?:{_phrases('document_nouns')})\s+(?:(?!(?:{_phrases('time_links')})\b)[\w./-]+,?\s+){{0,2}}?"
            rf"(?:{_phrases('document_links')})\s+(?:(?:el|la|the)\s+)?$"
        )
        # A date an English text writes before the document it dates: "in a March 14 media
        # note", "its 2 May statement".
        self.document_after = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{_phrases('document_nouns')})\b")
        # A numbered document later in a list that a plural noun opens: "its resolutions
        # 62/219 of 22 December 2007, 63/160 of 18 December 2008 and 64/143 of".
        self.document_listed = re.compile(
            r"\b(?:resolutions|decisions|resoluciones|decisiones)\s+[^.;:]{0,280}?"
            r"(?:,|\band|\by)\s+(?P<ref>[\w./-]*\d[\w./-]*\s+(?:of|de|del))\s+(?:(?:el|la|the)\s+)?$"
        )
        self.validity_before = re.compile(
            rf"\b(?:{_phrases('validity_markers')})\s+(?:el\s+)?$"
            # where or for whom it enters into force, before its day: "el Pacto entra en vigor
            # en dicho país el 21 de octubre", "enters into force for Chile on"
            r"|\b(?:entra|entran|entrara|entraran|enters?|will\s+enter|shall\s+enter)\s+"
            r"(?:en\s+vigor|into\s+force)\s+(?:en|para|for|in)\s+[^,.;:]{1,40}?\s+"
            r"(?:el|on|a\s+partir\s+del)\s+$"
            # the verbs of taking effect, right before a date that brings its own preposition:
            # "the changes should come into effect at the beginning of next year", "entrará en
            # vigencia en enero"
            r"|\b(?:(?:come|comes|came|coming|take|takes|took|taking)\s+(?:into\s+)?effect"
            r"|(?:become|becomes|became)\s+effective|(?:enters?|entered|entering)\s+into\s+force"
            r"|(?:entra|entran|entrara|entraran|entrar)\s+en\s+(?:vigor|vigencia)"
            r"|surtir(?:a|an)?\s+efectos?)\s+(?:(?:el|on|from|as\s+of)\s+)?$"
        )
        # The word boundary and the participles (in a look-ahead) before the look-behinds, so
        # that they run only where a participle starts.
        participles = _phrases("past_participles")
        self.past_participle = re.compile(
            rf"\b(?=(?:{participles})\b)"
            rf"(?<!\bser\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bsera\s)(?<!\bis\s)(?<!\bare\s)"
            # "deberá quedar publicada a fines de octubre": a state still to be reached
            rf"(?<!\bquedar\s)(?<!\bquede\s)(?<!\bqueden\s)(?<!\bquedara\s)(?<!\bestar\s)"
            rf"(?:{participles})\b"
        )
        self.past_tense = re.compile(rf"\b(?:{_phrases('past_tense')})\b")
        self.future = re.compile(rf"\b(?:{_phrases('future_cues')})\b")
        # A habit, not a date: "meets three times a year, normally in April".
        self.habit = re.compile(rf"\b(?:{_phrases('habit_markers')})\b")
        # A label that carries a period: "the Regular Budget for next year", "presupuesto para
        # 2021".
        self.label_before = re.compile(
            rf"\b(?:{_phrases('label_nouns')})\s+(?:[^.;:,]{{0,45}}?\s)?"
            rf"(?:{_phrases('label_links')})\s+(?:(?:el|the)\s+)?$"
        )
        # A date inside a proposal that was turned down: "se opusieran a la propuesta para
        # celebrarla el 22 de mayo".
        self.rejected = re.compile(
            rf"\b(?:{_phrases('rejection_cues')})\s+(?:\w+\s+){{0,3}}?"
            rf"(?:{_phrases('proposal_nouns')})\b[^.;]{{0,70}}$"
        )
        # A decision that schedules: "agreed to reconvene", "decide to hold", "acordó realizar",
        # "the recommendation to hold", "la decisión de celebrar".
        self.decided_to = re.compile(
            rf"\b(?:{_verbs('decision_verbs')}|(?:{_phrases('decision_nouns')})(?:\s+de)?)"
            rf"\s+(?:(?:also|further|asimismo|tambien)\s+)?(?:(?:este|esta|el|hoy|today|this|on)\s+\w+\s+)?"
            rf"(?:to\s+(?!(?:be|by|the|a|an|in|on|at|with|this|that|it|its|their)\b)[a-z]+"
            rf"|[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?)\b"
        )
        # "Se acordó realizarlo…", "It was agreed that…": a decision without a named agent.
        self.impersonal = re.compile(rf"\b(?:{_phrases('impersonal_decisions')})\b")
        # What only ever happened: "the 21 September terrorist attack", "el terremoto del…".
        self.past_event = re.compile(rf"\b(?:{_phrases('past_event_nouns')})\b")
        # …and one named by its date: "the terrorist attacks of September 11", "el terremoto
        # del 16 de abril".
        self.past_event_on = re.compile(
            rf"\b(?:{_phrases('past_event_nouns')})\s+(?:of|on|del|de|on\s+the)\s+(?:el\s+)?$"
        )
        # The close of an event already under way: "The conference will run through June 16".
        self.closing = re.compile(rf"\b(?:{_phrases('closing_phrases')})\s+$")
        # A preamble recital: "Recalling…", "Teniendo presente…" (what it names is past).
        self.recital = re.compile(
            rf"\W*(?:[a-z0-9]{{1,3}}[.)]\s+)?(?:{_phrases('recital_openers')})\b"
        )
        # A mandate a recital recalls: "CONSIDERING that resolution 1838 instructed the
        # Council to convene … no later than September 30, 2001" (its deadline is not new).
        self.recalled_mandate = re.compile(rf"\b(?:{_phrases('recalled_mandates')})\b")
        self.own_session = re.compile(
            rf"\b(?:{_phrases('own_session')})\s+(?:[\w.ªº°]+\s+){{0,3}}?"
            rf"(?:{_phrases('session_nouns')})\b[^;,.()]{{0,45}}\(?\s*$"
        )


@cache
def cues() -> Cues:
    """The cue patterns shipped with the package."""
    return Cues()
