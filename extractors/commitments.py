"""From a date expression in its passage to a commitment: keep or drop, kind, who, where, what."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.actors import Implied, Mention, TextIndex
from extractors.bodies import decides_after, first_person
from extractors.cues import Cues, cues, fold
from extractors.dates import ANAPHORIC_FORMS, MONTH, ROW_OPENING, WEEKDAY_NAME, DateMention
from extractors.model import Commitment, OpenTask
from extractors.patterns import grouped_words
from extractors.structure import FIELD_LABEL, start_of_line


class _Quick:
    """A case-blind pattern run as a case-sensitive one on lower-cased text, which is several
    times faster; the same matches, since the pattern has no upper-case letter and, for text
    of Latin letters, lower-casing keeps every length and folds as the flag does. Other text
    goes to the case-blind pattern itself."""

    _OTHER = re.compile(r"[^\x00-\x7f\u00c0-\u00ff]")

    def __init__(self, rx: re.Pattern[str]) -> None:
        assert rx.flags & re.IGNORECASE and not re.search(r"(?<!\\)[A-Z]", rx.pattern)
        self.blind = rx
        self.lower = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        if self._OTHER.search(text):
            return self.blind, text
        return self.lower, text.lower()

    def search(self, text: str) -> re.Match[str] | None:
        rx, t = self._pick(text)
        return rx.search(t)

    def search_in(self, text: str, low: str | None) -> re.Match[str] | None:
        """`search(text)`, where `low` is `lowered(text)`, worked out once for several patterns."""
        return self.blind.search(text) if low is None else self.lower.search(low)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        rx, t = self._pick(text)
        return rx.finditer(t)

    def match(self, text: str) -> re.Match[str] | None:
        rx, t = self._pick(text)
        return rx.match(t)


def lowered(text: str) -> str | None:
    """`text` lower-cased for `_Quick.search_in`, or None when it holds other than Latin letters."""
    return None if _Quick._OTHER.search(text) else text.lower()


# A deadline word before the date: "a más tardar", "antes de la reunión del GRCM de", "by".
# "by" with a deadline's sense, not the agent of a passive ("preceded by the Senior Officials
# meeting on 28 August", "hosted by Nepal"); its look-behinds run only where "by" is.
_DEADLINE_BEFORE = re.compile(
    r"(?:a\s+más\s+tardar|a\s+mas\s+tardar|antes\s+de(?:l|\s+la|\s+el)?|previo\s+a(?:l|\s+la)?|con\s+anterioridad\s+a|hasta\s+(?:el|la)|no\s+más\s+allá\s+de|no\s+later\s+than|not\s+later\s+than|(?=by)(?<!preceded\s)(?<!followed\s)(?<!hosted\s)(?<!organized\s)(?<!organised\s)(?<!chaired\s)(?<!convened\s)(?<!opened\s)(?<!attended\s)by|before|prior\s+to|ahead\s+of|until|deadline|timeline)\b",
    re.IGNORECASE,
)
_FILLER = {
    "el",
    "la",
    "los",
    "las",
    "en",
    "durante",
    "de",
    "del",
    "the",
    "on",
    "in",
    "of",
    "during",
    "mes",
    "month",
    "fin",
    "end",
    "finales",
    "a",
    # a weekday before its date: "no later than Tuesday, 1 June 2021"
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
_MEETING_NOUN = grouped_words(
    re.compile(
        r"\b(?:reuni[óo]n|conferencia|sesi[óo]n|cumbre|meeting|conference|session|summit)\b",
        re.IGNORECASE,
    )
)
# A date is not a commitment after these words: a start of validity, a reporting period, a
# balance date, a past event.
_NOT_A_COMMITMENT = re.compile(
    r"(?:\b(?:el|la|del|al)\s+pasad[oa](?:\s+mes\s+de)?|\blast|\ba\s+partir\s+de(?:l)?|\bdesde(?:\s+el)?|\bsince|\bas\s+from|\bas\s+of|\bstarting(?:\s+on|\s+in|\s+from)?|\bcommencing(?:\s+on|\s+from)?|\bbeginning(?:\s+on|\s+from)|\bending(?:\s+on)?|\beffective(?:\s+from|\s+as\s+of)?|\bal\s+cierre\s+de|\bcierre\s+de)\s*$",
    re.IGNORECASE,
)
# …but the adoption of the text itself is the meeting: "within six months of the adoption of this
# decision", "dentro de los 90 días siguientes a la aprobación de la presente resolución".
_THIS_TEXT = re.compile(
    r"\s*(?:of|after|from|following|upon|de|a|después\s+de|tras)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:adoption|approval|adopci[óo]n|aprobaci[óo]n)\s+(?:of\s+|de\s+)?"
    r"(?:this|the\s+present|la\s+presente|el\s+presente|esta|este)\s+"
    r"(?:decision|resolution|recommendation|declaration|conclusions|decisi[óo]n|resoluci[óo]n"
    r"|acuerdo|recomendaci[óo]n|declaraci[óo]n|conclusiones)\b",
    re.IGNORECASE,
)
# A duration counted from something other than the meeting: "30 días después de su aprobación".
_OTHER_ANCHOR = re.compile(
    r"\s*(?:of|after|from|following|upon|de|a\s+partir\s+de|después\s+de|luego\s+de|tras"
    r"|(?:que\s+)?(?:sigan|siguen|siguientes|posteriores)\s+a(?:l)?|a|al)\s+"
    r"(?:the\s+|la\s+|el\s+|su\s+|its\s+|their\s+)?"
    r"(?:receiv|receipt|recep|recib|notific|entrega|delivery|adopci|adoption|aprobaci|approval|firma|signature|solicitud|request"
    # "within four weeks of its circulation", "dentro de los 90 días siguientes a su publicación"
    r"|circul|distribu|publica|transmi|issu|emisi|ratifica|deposit|dep[óo]sito"
    r"|entry\s+into\s+force|entrada\s+en\s+vig)",
    re.IGNORECASE,
)
_MONTHS_OF_WORDS = r"(?:los\s+meses\s+de|the\s+months\s+of)\s+"
_PERIOD_LABEL = re.compile(
    r"\b(?:(?:per[íi]odo|period|covering(?:\s+the\s+period)?|correspondientes?\s+al(?:\s+per[íi]odo)?|ejercicio|fiscal\s+year)\s*(?:de\s+|del\s+|from\s+)?|(?:saldo|balance)(?:\s+\w+)?\s*"
    # what a forecast or a plan is for: "Perspectiva Climática … para los meses de mayo a julio"
    rf"|(?:para|for)\s+{_MONTHS_OF_WORDS})$",
    re.IGNORECASE,
)
_MONTHS_OF = re.compile(_MONTHS_OF_WORDS, re.IGNORECASE)
# A period said by its length is how long something lasts ("would take place … for a three
# week period from Monday, 4 October 2010"), not a reporting period's label.
_SPELLED_LENGTH = re.compile(
    r"\b(?:days?|weeks?|months?|d[ií]as|semanas|meses)[\s-]*$", re.IGNORECASE
)
# The word boundary and the past words (in a look-ahead) come before the look-behinds (all hold
# at one place, in any order): they then run only where such a word starts, not at every
# character.
_PAST_WORDS = (
    r"(?:celebrad[oa]s?|realizad[oa]s?|efectuad[oa]s?|llevad[oa]s?\s+a\s+cabo|suscrit[oa]s?|firmad[oa]s?|tuvo\s+lugar|tuvieron\s+lugar|se\s+celebr[óo]|se\s+realiz[óo]|se\s+llev[óo]\s+a\s+cabo|ejecutad[oa]s?|held|signed|took\s+place|was\s+held|were\s+held|convened\s+on|met|started|began|commenced|carried\s+out|conducted|undertaken|implemented"
    # what has just been done: "Guinea Ecuatorial acaba de celebrar en la última semana de
    # noviembre el IV Foro", "has just hosted"
    r"|acaban?\s+de\s+\w+(?:ar|er|ir)|(?:has|have)\s+just\s+\w+(?:ed|en|t))"
)
_PAST = re.compile(
    rf"\b(?={_PAST_WORDS}\b)(?<!\bser\s)(?<!\bserá\s)(?<!\bserán\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    rf"{_PAST_WORDS}\b[^.;]{{0,70}}$",
    re.IGNORECASE,
)
_ACKNOWLEDGES = re.compile(
    r"\s*(?:[a-z0-9]{1,3}[.)]\s+)?(?:to\s+)?(?:agradec\w*|tomar\s+nota|toma\s+nota|recib\w*|felicit\w*|reconoc\w*|destac\w*|thank\w*|take\s+note|took\s+note|note[sd]?|acknowledg\w*|congratulat\w*|welcome[sd]?)\b",
    re.IGNORECASE,
)
_THAT = re.compile(r"\b(?:that|que)\b")  # a clause reported after its verb (folded)
_FUTURE = re.compile(
    r"\b(?:\w+(?:ará|erá|irá|arán|erán|irán|drá|drán)|habrán?|harán?|podrán?|a\s+(?:realizarse|celebrarse|llevarse)|will|shall|to\s+be\s+held|next|pr[óo]xim\w+|previst\w*|programad\w*|scheduled|planned|upcoming|forthcoming)\b",
    re.IGNORECASE,
)
_EVENT_VERB = re.compile(
    r"\b(?:celebr\w*|realiz\w*|llev\w*\s+a\s+cabo|tendr[áa]n?\s+lugar|tener\s+lugar|tenga\s+lugar|sost(?:en(?!ib)|ien|uv)\w*|convoc(?!ations?\b)\w*|organiz\w*|imparti\w*|impartir[áa]n?|reprogram\w*|desarrollar[áa]n?se|se\s+desarrollar[áa]n?|albergar|(?:ser|será|serán|sería|es|como)\s+sede|dar\s+acogida|acoger(?:[áa]n?)?|anfitri[óo]n\w*|previst[oa]s?|programad[oa]s?|hold|held|holding|convened|(?:will|shall)\s+open|opens?\s+on|take\s+place|takes\s+place|taking\s+place|convene|convening|reconvene|reconvening|host|hosting|organi[sz]e\w*|organi[sz]ing|scheduled|planned|reschedul\w*|participen|participar|participate|(?:will|shall|to|would)\s+meet|meets?\s+(?:virtually|again|in\s+person)|se\s+reunir[áa]n?|se\s+re[uú]nen?|reunirse|sesionar[áa]n?|dar[áa]n?\s+comienzo)\b",
    re.IGNORECASE,
)
_DELIVERABLE_VERB = grouped_words(
    re.compile(
        r"\b(?:remit\w*|envi\w*|enví\w*|circul\w*|distribu\w*|present\w*|comunic\w*|design\w*|pag\w*|deposit\w*|transf\w*|conclu\w*|complet\w*|elabor\w*|prepar\w*|listo|lista|respond\w*|respuestas|compart\w*|inform(?!ativ)\w*|cubr\w*|actualiz\w*|revis\w*|entreg\w*|aport\w*|submit\w*|send\w*|sent|share\w*|pay\w*|settle\w*|appoint\w*|announce\w*|ready|provid\w*|deliver\w*|report\w*|updat\w*|review\w*|finaliz\w*|finalis\w*|termin\w*|adopt\w*|approv\w*|aprob\w*|confirm\w*)\b",
        re.IGNORECASE,
    )
)
EVENT_NOUN = grouped_words(
    re.compile(
        r"\b(?:reuni[óo]n(?:es)?|taller(?:es)?|seminarios?|foros?|cursos?|conferencias?|congresos?|encuentros?|videoconferencias?|di[áa]logos?|cumbres?|diplomados?|simposios?|sesi[óo]n(?:es)?|capacitaci[óo]n|jornadas?|meetings?|workshops?|seminars?|forums?|courses?|conferences?|congress|videoconferences?|dialogues?|summits?|sessions?|symposi(?:um|a)|trainings?|webinars?|events?|eventos?|cop\s?\d+|mop\s?\d+|ceremon(?:y|ies|ias?)|plenar(?:y|ies|ias?)|assembl(?:y|ies)|asambleas?|rondas?|debates?|panel(?:es|s)?|hearings?|audiencias?|round[\s-]?tables?|mesas?\s+redondas?|launch(?:es)?|lanzamientos?|retreats?)\b",
        re.IGNORECASE,
    )
)
_CONFIRM = re.compile(
    r"confirm\w*\s+(?:\w+\s+){0,6}?(?:participaci[óo]n|asistencia|delegad\w+|delegaci\w+|participation|attendance|delegates?|delegations?)"
    r"|confirmaci\w+\s+de\s+(?:su\s+|la\s+)?(?:participaci|asistencia|sus\s+delegad)"
    r"|confirmations?\s+of\s+(?:their\s+)?(?:participation|attendance)"
    r"|(?:nombres|names)\s+(?:de\s+|of\s+)?(?:sus\s+|their\s+)?(?:participantes|delegad\w+|delegates|participants|representantes|representatives)"
    r"|integraci[óo]n\s+de\s+sus\s+delegaciones|composition\s+of\s+their\s+delegations",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"(?:(?:remit|envi|enví|comunic|notific|notify|confirm|present|circul|inform|transmit|compart|distribu|entreg|send|submit|transmit|report|share|provide|deliver|forward)\w*\s+(?:[^.;]{0,80}?\s)?(?:a|al|ante|to|with|entre|among)\s+(?:la|el|los|las|the)?|para\s+(?:su\s+|la\s+)?(?:consideraci[óo]n|revisi[óo]n|aprobaci[óo]n|conocimiento|distribuci[óo]n)(?:\s+y\s+\w+)?\s+(?:del|al|de|a)\s+(?:la|el|los|las)?|for\s+(?:the\s+)?(?:consideration|review|approval|information)\s+of\s+(?:the)?)\s*$",
    re.IGNORECASE,
)
# A verb whose object is who is told, right before a name: "notify the Secretariat" (not
# "inform the PPT of the composition of their delegations", where the CRM's reader counts the
# office that is told).
_TOLD_DIRECTLY = re.compile(r"\bnotif(?:y|ies|ied|ying)\s+(?:the\s+)?$")
_ENDS_WITH_PREPOSITION = re.compile(
    r"\b(?:a|al|ante|to|with|entre|among|de|del|of)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$",
    re.IGNORECASE,
)
_NAMES_A_MEETING = re.compile(
    r"(?:reuni[óo]n(?:es)?(?:\s+ordinaria|\s+extraordinaria)?|meetings?|sesi[óo]n|session|recomendaci[óo]n(?:es)?|recommendations?|informe|report)\s+(?:del|de\s+la|de|of\s+the|of|by\s+the)\s*$",
    re.IGNORECASE,
)
# What a country is the subject of, not an actor: "Commission of Inquiry on Syria".
_ABOUT_BEFORE = re.compile(
    r"\b(?:on|sobre|about|regarding|concerning|acerca\s+de)\s+$", re.IGNORECASE
)
# Organisations that mostly qualify the name of one of their bodies.
_UMBRELLAS = frozenset({"ONU", "OEA"})
# The capitalised name an umbrella qualifies, before it ("el Consejo de Derechos Humanos de las
# Naciones Unidas") or after it ("the United Nations Human Rights Council").
_OWNED_BEFORE = re.compile(
    r"(?P<name>(?!(?:El|La|Los|Las|The|Un|Una|An?)\s)[A-ZÁÉÍÓÚ][\w’'-]*(?:\s+(?:(?:de|del|de\s+la|de\s+los|para|sobre|y|on|of|for|and)\s+)?"
    r"[A-ZÁÉÍÓÚ][\w’'-]*){0,6})"
    r"\s+(?:de\s+las?|de\s+los|del|of\s+the)\s+$"
)
_OWNED_AFTER = re.compile(
    r"\s+(?P<name>(?:[A-Z][\w’'-]*\s+){0,4}"
    r"(?:Council|Committee|Commission|Conference|Assembly|Board|Forum|Programme|Fund|Court)"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)\b"
)
# A list of this many countries from outside the forum stands for the members together.
_LISTED_MEMBERS = 3
_MEETING_AFTER = re.compile(r"\s+(?:meeting|reuni[óo]n|session)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(
    r"(?:\ben|\bin|\bat)\s+(?:la\s+|the\s+)?(?:ciudad\s+de\s+|city\s+of\s+)?$", re.IGNORECASE
)
_REQUEST = grouped_words(
    re.compile(
        r"\b(?:solicit\w*|ped\w*|pid\w*|encarg\w*|encomend\w*|encomi\w*|inst\w*|exhort\w*|instru\w*|alent\w*|invit\w*|recomend\w*|request\w*|urge\w*|instruct\w*|entrust\w*|ask\w*|invite\w*|encourage\w*|call\s+upon|acord\w*|decid\w*|agree\w*|se\s+compromet\w*|committed|deber[áa]n?|shall|will)\b",
        re.IGNORECASE,
    )
)
# A second decision in the same sentence: ", y encargar a la ST que…", ", and request the PPT to…".
_NEXT_DECISION = re.compile(
    r",\s*(?:y|e|and)\s+(?:encarg|solicit|ped|pid|inst[ae]|encomend|exhort|invit|request|instruct|entrust|ask|urge|invite|encourage)\w*\b"
    # the members' own undertaking after what they thank someone for: "… y nos comprometemos a"
    r"|\s(?:y|and)\s+(?:nos\s+comprometemos|we\s+(?:commit|undertake|pledge))\b",
    re.IGNORECASE,
)
# After a date, a clause with a subject of its own: ", ocasión en la que…", ", at which…",
# ", esperándose…" (a gerund, but not "contando con el apoyo de…").
_SIDE = (
    r",\s*(?:ocasi[óo]n\s+en\s+(?:la\s+)?que|en\s+(?:la|el)\s+cual|at\s+which|when|cuando"
    r"|\w+(?:[aá]ndo|[ií]endo|[ié]ndo)(?:se|le|les)?\b(?!\s+con\b))\b"
    # a relative clause with a subject of its own: "…en 2021 que el Consejo determinará"
    r"|(?<=\d)\s+(?:que|which)\s+(?:el|la|los|las|the)\s"
)
_SIDE_CLAUSE = re.compile(_SIDE, re.IGNORECASE)
# For a deadline, also a relative clause on its object: ", la cual es necesaria para…".
_SIDE_OR_RELATIVE = re.compile(
    _SIDE + r"|,\s*(?:(?:el|la|lo|los|las)\s+cual(?:es)?|which)\b", re.IGNORECASE
)
# An event's counterpart, not its organiser: "un foro conjunto con la sociedad civil".
_EVENT_WITH = re.compile(
    EVENT_NOUN.pattern
    + r"\s+(?:conjunt[oa]s?\s+|jointly\s+)?(?:con|with)\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$",
    re.IGNORECASE,
)
# A decision to send something to a body, with no sender named: the members send it.
_SEND_TO = re.compile(
    r"\W*(?:remitir|enviar|presentar|comunicar|entregar|hacer\s+llegar|submit|send|forward|provide)\s+(?:a|al|ante|to)\b",
    re.IGNORECASE,
)
# The Conference's own plenary meeting, hosted by the country where it is held.
_PLENARY = re.compile(
    r"\b(?:reuni[óo]n\s+vice-?\s?ministerial|vice-?\s?ministerial\s+meeting|conferencia\s+regional\s+sobre\s+migraci[óo]n|regional\s+conference\s+on\s+migration)\b",
    re.IGNORECASE,
)
# Mentioned but not answerable: attendees ("con la participación del ACNUR"), an office taken
# ("asumirá la PPT"), a role ("en su calidad de Presidencia Pro Tempore"). (The look-behinds
# of "as" come after its word boundary, so that they run only where a word starts.)
_NOT_ANSWERABLE = re.compile(
    r"(?:\bparticipaci[óo]n(?:\s+activa)?\s+(?:de|del)|\bparticipation\s+of|\b(?:asum|ocup|ejerc|traspas|assum|take\s+over|hand\s+over)\w*"
    r"|\ben\s+(?:su\s+)?calidad\s+de|\bin\s+(?:its|their|his|her)\s+capacity\s+as|\b(?<!\bwell\s)(?<!\bsuch\s)as"
    # the agent of what was already done: "el temario aprobado por el Consejo Permanente"
    r"|\b(?:aprobad|adoptad|establecid|acordad|approved|adopted|established|agreed)\w*\s+(?:por|by))\s+(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$",
    re.IGNORECASE,
)
_NEXT_MEETING = [
    (
        re.compile(
            r"pr[óo]xim\w+\s+reuni[óo]n\s+(?:ordinaria\s+)?(?:del?\s+)?(?:Grupo\s+Regional|GRCM)|siguiente\s+reuni[óo]n\s+del\s+GRCM|next\s+(?:meeting\s+of\s+the\s+)?(?:RCGM|Regional\s+Consultation)|next\s+RCGM",
            re.IGNORECASE,
        ),
        "next GRCM meeting",
    ),
    (
        re.compile(
            r"pr[óo]xim\w+\s+reuni[óo]n\s+vice\s*ministerial|next\s+vice-?ministerial|futuras\s+reuniones\s+viceministeriales",
            re.IGNORECASE,
        ),
        "next Viceministerial meeting",
    ),
    (re.compile(r"pr[óo]xim\w+\s+reuni[óo]n|next\s+meeting", re.IGNORECASE), "next meeting"),
    (
        re.compile(
            r"a\s+la\s+brevedad(?:\s+posible)?|lo\s+antes\s+posible|as\s+soon\s+as\s+possible",
            re.IGNORECASE,
        ),
        "as soon as possible",
    ),
    (re.compile(r"inmediat\w+|immediate\w*", re.IGNORECASE), "immediately"),
]
_QUICK_DELIVERABLE = _Quick(_DELIVERABLE_VERB)
_QUICK_REQUEST = _Quick(_REQUEST)
_Q_NOT_A_COMMITMENT = _Quick(_NOT_A_COMMITMENT)
_Q_PAST = _Quick(_PAST)
_Q_FUTURE = _Quick(_FUTURE)
_Q_ACKNOWLEDGES = _Quick(_ACKNOWLEDGES)
_Q_DEADLINE_BEFORE = _Quick(_DEADLINE_BEFORE)
_Q_EVENT_VERB = _Quick(_EVENT_VERB)
_Q_EVENT_NOUN = _Quick(EVENT_NOUN)
_Q_PLACE_BEFORE = _Quick(_PLACE_BEFORE)
_Q_ENDS_WITH_PREPOSITION = _Quick(_ENDS_WITH_PREPOSITION)
_Q_RECIPIENT = _Quick(_RECIPIENT)
# Any of three words before a name that make it no actor, in one search: a meeting's name, a
# role or attendance, an event's counterpart.
_Q_NOT_AN_ACTOR_BEFORE = _Quick(
    re.compile(
        "|".join(f"(?:{rx.pattern})" for rx in (_NAMES_A_MEETING, _NOT_ANSWERABLE, _EVENT_WITH)),
        re.IGNORECASE,
    )
)
_Q_CONFIRM = _Quick(_CONFIRM)
_NO_OBLIGATION_START = re.compile(
    r"^\s*(?:agradec\w*|felicit\w*|reconoc\w*|thank\w*|congratulat\w*|express\w*\s+(?:their|its)\s+gratitude|consignar\s+el\s+agradecimiento|manifestar)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Passage:
    """Where a date sits: the original and cleaned text, its sentence and clause."""

    original: str
    clean: str
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    ref: str | None
    reference: date | None
    folded: str = ""  # `fold(clean)`: the text the cue patterns read


def clause_before(clean: str, sentence_begin: int, pos: int) -> str:
    """The text of the clause that precedes `pos` (back to the sentence start or a semicolon)."""
    head = clean[sentence_begin:pos]
    # a table's row is a clause of its own: "| 13 | Primera semana de noviembre | …"
    cut = max(head.rfind(";"), _last_colon(head), head.rfind("\n|"))
    # so is a line a date opens, under a line that does not run on into it: "… recorded in the
    # Final Report⏎Sunday 19 May 2013 Registration Desk opens"
    line = head.rfind("\n")
    if (
        line > cut
        and ROW_OPENING.fullmatch(head, line + 1)
        and not _RUNS_ON.search(head, max(0, line - 30), line)
        # a row under another row: the line above opens with a date too
        and _ROW_DATE.match(head, start_of_line(head, line))
    ):
        cut = line
    return head[cut + 1 :]


# The end of a line that runs on into the next: "… will be held on⏎20 May", "… del⏎5 de mayo".
_RUNS_ON = re.compile(
    r"(?:\b(?:on|by|in|at|of|from|to|until|till|through|the|and|or|than|before|after|between"
    rf"|de|del|el|la|los|las|en|a|al|hasta|desde|y|o|para|for|entre|antes|tardar|que|{WEEKDAY_NAME})"
    r"|[,(])[ \t]*$",
    re.IGNORECASE,
)


def clause_after(clean: str, pos: int, sentence_end: int) -> str:
    """The rest of the clause after `pos`."""
    tail = clean[pos:sentence_end]
    colon = _COLON.search(tail)
    # the next row of a list its date opens ("Friday 5 April 2013 Submission of …⏎Sunday 19
    # May 2013 Registration Desk opens"), when this line does not run on into it
    row = _NEXT_ROW.search(tail)
    if row is not None and _RUNS_ON.search(tail, max(0, row.start() - 30), row.start()):
        row = None
    cut = min(
        (
            i
            for i in (
                tail.find(";"),
                colon.start() if colon else -1,
                tail.find("\n|"),
                row.start() if row else -1,
            )
            if i >= 0
        ),
        default=len(tail),
    )
    return tail[:cut]


# A day and its month that open a line: "Sunday 19 May 2013 …", "• 12 de agosto …", "May 5 …".
_ROW_DAY = (
    rf"[ \t•·▪*\-–]*(?:{WEEKDAY_NAME},?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th|º)?[ \t]+(?:de[ \t]+)?{MONTH}|{MONTH}[ \t]+\d)"
)
_ROW_DATE = re.compile(_ROW_DAY, re.IGNORECASE)
_NEXT_ROW = re.compile(rf"\n(?={_ROW_DAY})", re.IGNORECASE)


# A colon that ends a clause, not one in a time of day ("at 10:00 on 21 October").
_COLON = re.compile(r":(?!\d)")


def _last_colon(text: str) -> int:
    pos = text.rfind(":")
    while pos >= 0 and text[pos + 1 : pos + 2].isdigit():
        pos = text.rfind(":", 0, pos)
    return pos


def is_commitment(d: DateMention, p: Passage) -> bool:
    """Keep a date that places a future obligation or activity; drop past and label dates."""
    return judge(d, p)[0]


def judge(d: DateMention, p: Passage) -> tuple[bool, str]:
    """Keep or drop a date expression, with the reason, from features of its clause."""
    c = cues()
    folded = p.folded or fold(p.clean)
    ref = p.reference
    if ref is not None and d.end < ref:
        return False, "dropped: before the reference date"
    s_begin, s_end = p.sentence
    if _CAPITAL_MONTH.search(d.text) and _NAME_OPENED.search(
        p.clean, max(0, d.begin - 40), d.begin
    ):
        # "el Hito IV “Gabino Mendoza- 27 de Noviembre”", "Avenida 9 de Julio": a name
        return False, "dropped: part of a name"
    before = clause_before(p.clean, s_begin, d.begin)
    f_before = folded[d.begin - len(before) : d.begin]
    after = p.clean[d.stop : d.stop + 40]
    if d.marker and (m := _recalled_mandate(d, p, c, folded)):
        return False, f'dropped: a deadline a recital recalls ("{m.group()}")'
    if (m := _Q_NOT_A_COMMITMENT.search(before)) and not (
        # "desde el 23 de febrero hasta el 12 de marzo de 2004": the opening word of a span
        d.form == "range"
        and d.start is not None
        and d.start < d.end
        and before[m.start() :].strip().lower().startswith("desde")
    ):
        return False, f'dropped: start or validity "{before[m.start() : m.end()].strip()}"'
    if m := c.validity_before.search(f_before[-60:]):
        return False, f'dropped: validity "{m.group().strip()}"'
    if m := _ENTRY_INTO_FORCE_SET.search(f_before[-200:]):
        return False, f'dropped: validity "{m.group(1)}"'
    if m := _VALIDITY_AFTER.match(folded, d.stop, s_end):
        # "el día 27 de enero el nuevo Convenio Constitutivo entrará en vigencia"
        return False, f'dropped: validity "{m.group("v")}"'
    if not d.marker and _NOT_THE_DATE.search(before):
        # "please note the change in dates, i.e. not 27-30 March, as previously indicated"
        return False, "dropped: said not to be the date"
    if not d.marker and (
        (m := _TODAY.match(folded, d.begin)) or (m := _TODAY_BEFORE.search(f_before[-10:]))
    ):
        # "asumió la Presidencia Pro Tempore …, hoy Martes 21 de Julio": the day of writing
        return False, f'dropped: the day the text is written ("{m.group("t")}")'
    # (the expression may open with the months it spans: "para los meses de mayo a julio")
    months_of = _MONTHS_OF.match(d.text)
    label_at = before[-40:] + (months_of.group() if months_of else "")
    if (m := _PERIOD_LABEL.search(label_at)) and not _SPELLED_LENGTH.search(label_at[: m.start()]):
        return False, "dropped: a period label"
    if (d.form == "year" or d.precision == "month") and _FIGURE_FOR.search(before[-40:]):
        # "increases of 5% in 2027", "reached 147% in May 2018"
        return False, "dropped: the period of a figure ('increases of 5% in 2027')"
    leading_for = _LEADING_FOR.match(d.text)
    if not d.marker and (
        m := _OUTLOOK_FOR.search(
            f_before[-80:] + (leading_for.group().lower() if leading_for else "")
        )
    ):
        # "supply/demand prospects for the remainder of the year", "Prospects for the fourth
        # quarter of 2003": what is foreseen for a period, no one's task
        return False, f'dropped: an outlook for a period ("{m.group(1)}")'

    if d.precision == "year" and (
        (m := _THEME.search(folded, max(s_begin, d.begin - 80), d.begin))
        or (m := _THEME_AFTER.match(folded, d.stop, min(s_end, d.stop + 40)))
    ):
        # "To adopt 'Towards Regional Solidarity …' as the theme of the RCM in 2002", "para
        # el año próximo versará sobre …": what a year's meetings are about, no date to keep
        return False, f'dropped: the theme of a year ("{m.group()}")'

    if m := _UNLIKELY_AFTER.match(folded, d.stop, s_end):
        # "holding a physical meeting of the Council in June is highly unlikely"
        return False, f'dropped: said not to happen ("{m.group("u")}")'
    if m := _NOT_TO_BE.search(f_before[-90:]):
        # "el cual no será reprogramado durante el presente año": said not to happen
        return (
            False,
            f'dropped: said not to happen ("{m.group().split()[0]} {m.group().split()[1]}")',
        )
    if m := _UPDATE_LABEL.search(folded, max(0, d.begin - 30), d.begin):
        # a page's label, its clause cut at the colon: "Last update: 16 Feb 2018"
        return False, f'dropped: the date of a version ("{m.group().strip()}")'
    if (m := _VERSION_OF.search(f_before[-40:])) and (
        _VERSIONED.search(m.group())
        or (d.marker or "").lower() == "al"
        or _STAMP_LINE.search(f_before[-40:])
    ):
        # "Versión actualizada al 13 de febrero de 2026": the day of the text's version
        return False, f'dropped: the date of a version ("{m.group().strip()}")'
    if (
        not d.marker
        and c.recital.match(folded, p.paragraph[0])
        and (m := _OTHER_BODY.search(folded, p.paragraph[0], d.begin))
    ):
        # "TENIENDO EN CUENTA que la Asamblea General de las Naciones Unidas celebrará en 2013
        # su segundo Diálogo …", "NOTING that the Global Forum … will hold its fourth meeting":
        # a recital on another body's meeting, no commitment of this one
        return False, f'dropped: a recital on another body ("{m.group().strip()}")'
    if _DAY_NAMED_AS.match(p.clean, d.stop, s_end):
        # "establecer el día 28 de noviembre como Día Iberoamericano de la Ciencia": a day
        # named for every year, no meeting and nothing due
        return False, "dropped: a day of commemoration"
    if m := _PROJECTION.search(f_before[-120:]):
        # "the number of unaccompanied migrant children … could double by 2015"
        return False, f'dropped: a projection ("{m.group().strip()}")'
    if m := _REST_DAY.match(folded, d.stop, min(s_end, d.stop + 80)):
        # "Tuesday 30 November: the day is reserved for delegations to rest": no meeting then
        return False, f'dropped: a day without meetings ("{m.group(1)}")'
    if m := _TRAVEL.search(f_before[-40:]):
        # "Se recomienda programar la llegada el lunes 20 de agosto y el regreso el viernes 24"
        return False, f'dropped: a day of travel ("{m.group(1)}")'
    if status := record_status(p.clean, d.begin):
        # "Plazo: 15 de junio de 2023⏎Estado: Cumplido": the record says it is over
        return False, f'dropped: the record says "{status}"'
    if m := _ARISING_FROM.search(f_before[-60:]):
        return False, f'dropped: what a past meeting left ("{m.group().strip()}")'
    if d.precision not in ("day", "week") and (held := _office_held(f_before[-160:], p, d)):
        return False, f'dropped: the period of an office ("{held}")'
    if (d.form == "duration" or d.precision not in ("day", "week")) and (
        m := _PRESIDES_AFTER.match(folded, d.stop, s_end)
    ):
        # "durante los próximos seis meses presidirá el organismo regional"
        return False, f'dropped: the period of an office ("{m.group(1)}")'
    if (
        _in_brackets_after_name(before)
        and (office := _TERM_HELD.search(folded, max(s_begin, d.begin - 250), d.begin))
        and not _Q_EVENT_NOUN.search(folded[office.end() : d.begin])
    ):
        # "the following countries will also take the Presidency during 2025: Japan (17
        # February to 14 March), Kazakhstan (17 to 28 March and 12 to 23 May), …"
        return False, f'dropped: the term of an office ("{office.group()}"), in brackets'
    if (m := _EXTENDED.search(f_before[-40:])) and _MANDATE_AFTER.match(folded, d.stop):
        # "Prorrogar hasta el 30 de junio de 2013 el mandato del Grupo Ad Hoc": a term's end
        return False, f'dropped: the end of a term of office or mandate ("{m.group(1)}")'
    if (
        (d.marker in _UNTIL or _UNTIL_BEFORE.search(f_before[-12:]))
        and (m := _MANDATE_EXTENDED.search(f_before[-200:]))
        and not _BY_THEN.match(folded, d.stop)
    ):
        # "decided … to extend the mandate of the United Nations Assistance Mission in Somalia
        # until 30 June 2020": a term's end, unless something is due by then ("…, by when it
        # should be fully drawn down")
        return False, f'dropped: the end of a term of office or mandate ("{m.group(1)}")'
    # (its "until" may open the date: "until the end of June 2026")
    until = _LEADING_UNTIL.match(d.text)
    if m := _TERM_ENDS.search(f_before[-140:] + (until.group().lower() if until else "")):
        return (
            False,
            f'dropped: the end of a term of office or mandate ("{m.group().split()[0]}")',
        )
    if m := _AGREEMENT_EXPIRES.search(f_before[-160:]):
        # "the tripartite pact … expires in September 2016", "with the expiry of the Agreement on
        # 31 December": when a text stops being in force, nothing to do or to attend
        return False, f'dropped: an agreement expires ("{m.group("verb") or m.group("verb2")}")'
    if (m := _TAKES_OVER_ON.search(f_before[-140:])) and not _Q_EVENT_NOUN.search(m.group()):
        # "Moldova to take over the Presidency on 1 January", "Costa Rica asumirá la Presidencia
        # Pro Tempore del Sistema el 1 de enero"; not "the presidency of the Summit on": the
        # date may be the summit's
        return False, f'dropped: the start of a term of office ("{m.group("verb")}")'
    if m := _TERM_STARTS.search(f_before[-100:]):
        return (
            False,
            f'dropped: the start of a term of office ("{next(g for g in m.groups() if g)}")',
        )
    if not _SET_BEFORE.search(folded, max(s_begin, d.begin - 30), d.begin + 5) and (
        m := _TAKES_OFFICE_AFTER.match(folded, d.stop, s_end)
    ):
        # "el 29 de enero, Ecuador … asumirá la Presidencia Pro Témpore del organismo"; not a
        # meeting's date before it ("la Cumbre prevista para noviembre …, España asumirá")
        return False, f'dropped: the start of a term of office ("{m.group(1)}")'

    # "for 2012" is a target only under a decision to act: "decide to hold … for 2012".
    if (
        d.form == "year"
        and _FOR_YEAR.match(folded, d.begin)
        and not c.decided_to.search(folded, s_begin, d.begin)
        # not a task set for the year: "cuya finalización está programada para 2018"
        and not _SET_FOR_TASK.search(before[-80:])
        # nor a meeting: "until the next Plenary Meeting scheduled for 2016"
        and not _SCHEDULED.search(f_before[-20:])
    ):
        return False, 'dropped: a year after "for", with no decision to act'
    # The link may open the expression itself: "presupuesto de la ST para el año 2013".
    lead = _LEADING_LINK.match(folded, d.begin, d.stop)
    label_head = f_before[-70:] + (lead.group() if lead else "")
    if m := c.label_before.search(label_head):
        return False, f'dropped: a label "{m.group().strip()}"'
    if (
        not d.explicit_year
        and (m := c.habit.search(f_before))
        # not "meets annually and will hold its 2011 session 6-8 June": a clause of its own
        and not _MODAL.search(f_before, m.end())
    ):
        return False, f'dropped: a habit, not a date ("{m.group()}")'
    if m := c.rejected.search(folded, s_begin, d.begin):
        return False, f'dropped: a proposal turned down ("{m.group().split()[0]}")'
    if m := c.document_before.search(f_before[-80:]):
        return False, f'dropped: date of a document "{m.group().strip()}"'
    if _DETERMINER_BEFORE.search(f_before[-8:]) and (m := c.document_after.match(folded, d.stop)):
        return False, f'dropped: date of a document "{m.group().strip()}"'
    if m := _DATED_LINK.search(f_before[-70:]):
        # "la Carta a los Estados Ref: AS 8/2.1-12/63 fechada el 22 de noviembre de 2012"
        return False, f'dropped: date of a document "{m.group().strip()}"'
    if m := c.document_listed.search(f_before[-300:]):
        return False, f'dropped: date of a document "{m.group("ref")}" (a list of them)'
    # A date moved or cancelled: "aplazar la reunión del 14-18 de septiembre a una fecha en 2021".
    # Within its sentence, or from the lead-in a list of them hangs from ("Decides to postpone
    # the following meetings:"); not a name the sentence before holds ("la Acción Diferida").
    lead_in = folded[max(0, s_begin - 300) : s_begin]
    look_back = folded[
        max(0, s_begin - 300) if lead_in.rstrip().endswith(":") else s_begin : d.begin
    ]
    # not "dentro de los 30 días siguientes a la fecha de corte": what a count runs from
    later = None if _COUNTED_FROM.search(d.text) else c.new_slot.match(folded, d.stop)
    if later and _AT_HOUR.match(folded, later.end()):
        later = None  # "el lunes 3 de junio de 2024, a las 17:00 horas": the hour, not a new day
    if later and _NEW_DATE.match(folded, later.end()):
        return False, "dropped: moved from this date to another"
    moved = _last_match(c.postpone, look_back)
    if moved is not None:
        cut = look_back[moved.end() :]
        if later and not re.match(
            r"\s*,?\s*(?:a|to)\s+(?:mas\s+tardar|later\s+than)", folded[d.stop : d.stop + 20]
        ):
            return False, f'dropped: moved from this date ("{moved.group()}")'
        if _PUT_OFF.match(moved.group()) and _SLOT_PUT_OFF.search(cut[-40:]):
            # "The postponement of the date of the Third … Summit, scheduled for May 14 to 16,
            # was proposed": the slot it had
            return False, f'dropped: the slot of what is put off ("{moved.group()}")'
        if (
            c.cancel.match(moved.group())
            and ";" not in cut
            and "." not in cut
            # not the new slot a clause of its own sets: "the suspension of the Assembly in
            # 2020 and proposal to be held in 2021"
            and not _HELD_INSTEAD.search(cut)
        ):
            return False, f'dropped: cancelled ("{moved.group()}")'
        if ";" not in cut and "." not in cut and (old := _OLD_SLOT.search(f_before[-70:])):
            # "Posponer para el segundo semestre el taller …, que figuraba en la programación
            # para el 24 de marzo": the day it was set for before
            return False, f'dropped: the day it was set for before ("{old.group().strip()}")'
    if (
        _MEETING_CLOSES_BEFORE.search(f_before[-50:])
        and (opened := _OPENED_NOW.search(folded, max(0, d.begin - 1500), d.begin)) is not None
    ):
        # "la VIII Asamblea Ordinaria, que se inauguró hoy … Durante la cita, que terminará el
        # próximo jueves": the last day of the meeting under way, which the text reports on
        return False, f'dropped: the close of the meeting under way ("{opened.group()}")'
    if (
        (d.marker or "").lower() in _UNTIL
        and _SPAN_OPENED.search(f_before[-90:])
        and not _Q_EVENT_VERB.search(p.clean[s_begin:s_end])
        and not _Q_EVENT_NOUN.search(p.clean[s_begin:s_end])
    ):
        # "a partir de ayer, 1 de marzo, y hasta el 30 de junio, se suspende la pesca": the end
        # of a period a measure is in force, neither due nor held
        return False, "dropped: the end of a period in force"
    if m := c.past_event_on.search(f_before[-60:]):
        return False, f'dropped: a past event ("{m.group().split()[0]}")'
    if m := _PAST_AFTER.match(folded, d.stop):
        return False, f'dropped: past ("{m.group().strip()}")'
    if (
        not d.explicit_year
        and (m := _THAT_YEAR_AFTER.match(folded, d.stop))
        and _year_told_before(p.clean, d.begin) != d.end.year
    ):
        # "who had joined in January that year", "en marzo de ese año": a year the text has
        # been telling of, not the one it was read in; not "el 9 de marzo de 2015 … y en la
        # segunda semana de junio del mismo año"
        told = p.clean[m.start() : m.end()].strip(" ,")
        return False, f'dropped: a year told of before ("{told}")'
    if (
        ref is not None
        and not d.explicit_year
        and d.form in ("day", "range")
        and (d.end - ref).days > 300
        and _THIS_BEFORE.search(f_before[-8:])
    ):
        return False, f'dropped: "{before.split()[-1]}" names a day of this year, past'
    if not d.marker and (m := _DID_ON.search(f_before[-50:])):
        # "The Security Council decided unanimously on 30 March 2020 to extend …": the day of
        # an act told in the past
        return False, f'dropped: past verb "{m.group(1)}"'
    if before.rstrip().endswith("(") and (m := _BRACKETED_THEN_PAST.match(p.clean, d.stop)):
        # "The 32nd Session of the WIPO General Assembly (26 September, 2005 to October 5,
        # 2005) decided that:": the days of the meeting that acted
        return False, f'dropped: the days of a meeting that "{m.group(1)}"'
    if not d.marker and (m := _PASSIVE_ON.search(f_before[-40:])):
        return False, f'dropped: past verb "{m.group().strip()}"'
    if not d.marker and (m := _PERFECT_ON.search(f_before[-50:])):
        # "La ciudad de Santo Domingo ha acogido los días 16 y 17 de octubre la IX Asamblea"
        return False, f'dropped: past verb "{m.group("v")}"'
    if (
        not d.marker
        and (m := _TOLD_ON.search(f_before[-90:]))
        # not what was said to come: "anunció que la próxima cumbre se realizará el 9 de marzo"
        and not _REPORTED_AHEAD.search(m.group(), m.end(1) - m.start())
    ):
        # "Maria Zakharova told a briefing for the press in Moscow on 7 October": the day
        # something was said, not a day ahead
        return False, f'dropped: said on the date ("{m.group(1)}")'
    if d.marker and (m := _PAST_COPULA.search(f_before[-12:])):
        # "the postal deadline for sending the ballot was on or before 15 May"
        return False, f'dropped: past ("{m.group().strip()}")'
    if not d.marker and (m := _WAS_ON.search(f_before[-40:])):
        # "la primera reunión se realizó en Quito; la segunda fue el 22 y 23 de noviembre"
        return False, f'dropped: past ("{m.group().split()[0]}")'
    if (m := c.moved_after.search(folded, d.stop, min(s_end, d.stop + 120))) and not d.marker:
        return False, f'dropped: moved or called off ("{m.group()}")'
    near = before[-90:]
    f_near = f_before[-90:]  # `near` folded: fold keeps one character for each
    past: str | None = None  # the past verb, as written
    past_at = 0
    if m := _Q_PAST.search(near):
        past, past_at = near[m.start() : m.end()].split()[0], m.start()
    elif m := _participle_on_date(c, f_near):
        past, past_at = m.group().split()[0], m.start()
    if (
        past is not None
        and ref is not None
        and d.explicit_year
        and (d.start or d.end) > ref
        and _PARTICIPLE.fullmatch(past)
        and _PLACE_OR_TIME_AFTER.match(near, past_at + len(past))
        and not _COPULA_BEFORE.search(near, 0, past_at)
    ):
        # a participle names the meeting, not a time gone by, when the text dates it ahead of
        # itself: "the Regional Preparatory Meeting … held in Bangkok on 6-8 November 2017" in
        # a record of 31 October 2017
        past = None
    if past is not None and _TO_BE_BEFORE.search(f_near, 0, past_at):
        past = None  # "the 30th Meeting of Officials, which will be tentatively held from"
    if past is not None and c.decided_to.match(f_near, past_at):
        past = None  # "agreed to reconvene May 26", "acordó realizarlo en": a decision
    if past is not None and _HOLDING_OF.match(f_near, past_at + len(past)):
        past = None  # "se ha acordado la realización en 2025 de un encuentro": a decision
    if past is not None and _SET_FOR.search(f_before[-40:]):
        past = None  # "la reunión convocada para el 5 de mayo": a date set ahead
    if past is not None and _CONVENED.search(f_near):
        past = None  # "convocó a una sesión extraordinaria …, mañana martes, 30 de mayo"
    if past is not None and _CLOSES_BEFORE.search(f_before[-30:]):
        # "el plazo …, acordado en la reunión … celebrada … los días 23 y 24 de junio, vence el
        # 31 de agosto": the verb that closes on the date governs it, not the participle
        past = None
    if past is not None and c.postpone.search(f_near, past_at + len(past)):
        # "acordó en una reunión celebrada ayer aplazar la Cumbre hasta la primera mitad de
        # 2021": the new date of what is moved
        past = None
    if past is not None:
        # "co-hosted by Kenya and Portugal will take place in Lisbon from…": a future verb
        # after the participle is the clause's own tense.
        after_verb = past_at + len(past)
        if _FUTURE.search(near, after_verb) or c.future.search(f_near, after_verb):
            past = None
        elif _THAT.search(f_near, after_verb) and _FUTURE.search(
            p.clean, d.stop, min(s_end, d.stop + 50)
        ):
            # "agreed that next year's Technical Seminar will focus on", "anunció que en
            # octubre se celebrará": what was said is ahead
            past = None
    if past and not d.marker:
        return False, f'dropped: past verb "{past}"'
    # the words before the date, a run of names cut short ("los presidentes Andrés Manuel López
    # Obrador y Bernardo Arévalo en su encuentro del")
    named_near = _names_shortened(before[-240:])[-90:] if not d.marker else ""
    if (
        not d.marker
        and (
            preterite := _governed_by_preterite(named_near, c)
            # an English simple past with its object: "The SEAFDEC Secretariat therefore
            # facilitated the conduct of the Teleconference Session … on 19 May 2020"
            # (not when the text dates it ahead of itself: "Members adopted a statement for the
            # Regional Preparatory Meeting held in Bangkok on 6-8 November 2029", on 31 October)
            or (
                not (p.reference and d.explicit_year and (d.start or d.end) > p.reference)
                and _governed_by_preterite(named_near, c, _EN_SIMPLE_PAST)
            )
        )
        # a meeting called for a day ahead, not one called on a day just gone by and read in
        # the next year: "convocó una reunión extraordinaria el 22 de septiembre" (25 September)
        and (not _CONVENED.search(f_before[-90:]) or _just_gone_by(d, p.reference))
        # not "avanzaron en la preparación de la Cumbre … de 2016, que tendrá lugar en Colombia"
        and not _FUTURE.search(p.clean, d.stop, min(s_end, d.stop + 120))
    ):
        return False, f'dropped: past verb "{preterite}"'
    if (
        not d.marker
        # the clause's own line: a date line above it does not open it; or a capital that
        # starts a clause after a title run on into the text ("… con Países de Renta Media Los
        # días 3 y 4 de octubre de 2007, se llevó a cabo")
        and (
            _OPENS_CLAUSE.fullmatch(before, before.rfind("\n") + 1)
            or _CAPITAL_OPENER.search(before)
            or _CAPITAL_OPENER.match(d.text)
        )
        and (
            (m := _TOLD_PAST.match(p.clean, d.stop, s_end))
            # a copula's past further on, with nothing ahead in the sentence: "On May 23 and
            # 24, 2016, the Meeting of the Council of Foreign Ministers of the Member States of
            # the Shanghai Cooperation Organization (SCO) was held"
            or (
                (m := _TOLD_PAST_FAR.match(p.clean, d.stop, s_end))
                and not _FUTURE.search(p.clean, d.stop, s_end)
            )
        )
    ):
        past = next(g for g in m.groups() if g)
        return False, f'dropped: what the clause it opens tells in the past ("{past}")'
    sentence = p.clean[s_begin:s_end]
    f_sentence = folded[s_begin:s_end]
    future = _Q_FUTURE.search(sentence) or c.future.search(f_sentence)
    # "El jueves, los ministros aprobaron…": a weekday told in the past was last week's
    if (
        d.form in ("weekday", *ANAPHORIC_FORMS)
        and (
            _PRETERITE_BEFORE.search(before[-30:])  # "informó el viernes", "said on Monday"
            # the day a statement was made, its speaker between: "…, said a press release of the
            # agency here on Friday", "anunció la Cancillería peruana el jueves"
            or _SAID_BY_ON.search(f_before[-120:])
            or (not future and (c.past_tense.search(f_sentence) or _PRETERITE.search(sentence)))
        )
    ):
        return False, "dropped: a weekday told in the past"
    # "the following day", "al día siguiente": only a sentence that looks ahead sets a day by
    # another, and not in a clause it opens in the past ("Following deliberations … on the next
    # day, an agreement was reached that revised texts would be sent")
    if d.form == "day_after" and (
        not future or c.past_tense.search(folded, d.stop, min(s_end, d.stop + 40))
    ):
        return False, "dropped: a day after another, not told ahead"
    # "the 21 September terrorist attack" read on 27 September: what happened, not a date
    # a year ahead.
    if (
        ref is not None
        and not d.explicit_year
        and not d.marker
        and (d.end - ref).days > 180
        and (m := c.past_event.search(folded, max(s_begin, d.begin - 60), min(s_end, d.stop + 40)))
        and not _future_around(d, p, c, folded)
    ):
        return False, f'dropped: a past event ("{m.group()}")'
    # "the workshop of 3-5 March" read at an April meeting: a past event, not one ten or
    # eleven months ahead, unless the sentence speaks of the future.
    if (
        ref is not None
        and not d.explicit_year
        and not d.marker
        and (d.end - ref).days > 270
        and not future
        and (
            _Q_ACKNOWLEDGES.match(sentence)
            or c.past_tense.search(f_sentence)
            # "adopted a revised constitution … at the 107th IRSG group meetings in Singapore
            # July 11-14", read on July 19; not "decidieron realizar una reunión … en"
            or _governed_by_preterite(before[-90:], c, _PRETERITE)
        )
    ):
        return False, "dropped: a recent past date without a year"
    if (
        ref is not None
        and not d.explicit_year
        and not d.marker
        and (d.end - ref).days > 270
        and (m := _MEETING_THEN_PAST.match(p.clean, d.stop, s_end))
    ):
        # "The Security Council in a 22 June videoconference meeting extended the mandate"
        # (23 June): the meeting that acted, just gone by
        return False, f'dropped: the day of a meeting that "{m.group("v")}"'
    if (
        ref is not None
        and (d.start or d.end) <= ref
        and not d.marker
        and c.past_tense.search(row_of(folded, d.begin, d.stop) or f_sentence)
        and not _future_around(d, p, c, folded)
    ):
        return False, "dropped: told in the past, on the reference date"
    if (
        ref is not None
        and (d.start or d.end) == d.end
        and 0 <= (d.end - ref).days <= 31
        and (
            (m := c.closing.search(f_before[-40:]))
            or (d.marker in _UNTIL and (m := _RUNS.search(f_before[-40:])))
            or (m := _RUNS_UNTIL.search(f_before[-50:]))
        )
        and _EVENT_SUBJECT.match(before)
    ):
        return False, f'dropped: the close of an event under way ("{m.group().strip()}")'
    if (
        ref is not None
        and (d.start or d.end) == ref
        and not d.marker
        and (m := _OPENS_ON.search(f_before[-40:]))
    ):
        return False, f'dropped: opens on the day the text was written ("{m.group().strip()}")'
    if ref is not None and d.end <= ref and not d.marker and not _future_around(d, p, c, folded):
        return False, "dropped: on the reference date, with nothing said of what comes"
    if (
        ref is not None
        and d.form == "range"
        and d.precision == "day"
        and d.start is not None
        and d.start < ref <= d.end
        and not d.marker
        # not an open period of a task: "Desde el 31 de julio al 24 de setiembre del 2017 se
        # lleva a cabo la revisión de expertos" (4 September): due by its last day
        and not _OPEN_TASK.search(folded, s_begin, s_end)
    ):
        return False, "dropped: under way on the reference date"
    if ref is not None and d.start is not None and d.start < ref and not d.marker:
        clause = before.lstrip(" -–0123456789.)")
        f_clause = fold(clause)
        acknowledged = (
            _Q_ACKNOWLEDGES.match(clause)
            or c.past_tense.search(f_clause)
            or _REPORTED_MANDATE.search(clause)
            # a recital recalling the decision that called this period's meeting
            or (c.recital.match(folded, p.paragraph[0]) and c.recalled_mandate.search(f_clause))
        )
        if acknowledged and not (_Q_FUTURE.search(clause) or c.future.search(f_clause)):
            return False, "dropped: the current period, acknowledged"
    if d.form == "duration" and _OTHER_ANCHOR.match(after) and not _THIS_TEXT.match(after):
        return False, "dropped: counted from an unknown start"
    # "al 30 de noviembre asciende a USD 75.000": a balance on a date, not a deadline.
    if d.marker == "al" and re.match(
        r"\s*(?:,\s*)?(?:asciende|ascendía|es\s+de|fue\s+de|suma|totaliza)", after
    ):
        return False, "dropped: a balance on a date"
    return True, "kept"


def _future_around(d: DateMention, p: Passage, c: Cues, folded: str) -> bool:
    """A future cue in the sentence before the date or in the clause right after it."""
    s_begin, s_end = p.sentence
    stop = s_end
    for mark in (",", ";"):
        i = p.clean.find(mark, d.stop, s_end)
        if i >= 0:
            stop = min(stop, i)
    return bool(
        _Q_FUTURE.search(p.clean[s_begin : d.begin])
        or c.future.search(folded, s_begin, d.begin)
        or _Q_FUTURE.search(p.clean[d.stop : stop])
        or c.future.search(folded, d.stop, stop)
    )


# What is still to come in a recital: "Recalling that the Council will decide by…".
_MODAL = re.compile(r"\b(?:will|shall|\w+(?:ara|era|ira|aran|eran|iran))\b")
_AND = re.compile(r"\W*(?:and|y|e)\b")


def _recalled_mandate(d: DateMention, p: Passage, c: Cues, folded: str) -> re.Match[str] | None:
    """The past mandate a preamble recital recalls, when it governs the date: "CONSIDERING
    that resolution 1838 instructed the Council to convene … no later than September 30"."""
    start = folded.rfind(";", p.paragraph[0], d.begin) + 1 or p.paragraph[0]
    if and_ := _AND.match(folded, start):  # "…; and⏎CONSIDERING that…"
        start = and_.end()
    if not c.recital.match(folded, start):
        return None
    m = c.recalled_mandate.search(folded, max(start, p.sentence[0]), d.begin)
    if m is None or _MODAL.search(folded, m.end(), d.begin):
        return None
    return m


# The event a date is set for, named right before it: "for a summit meeting in September",
# "el seminario regional del".
_EVENT_NOUN_BEFORE = re.compile(
    EVENT_NOUN.pattern + r"(?:\s+(?:regional|internacional|international|anual|annual|ministerial|"
    r"extraordinari[oa]|ordinari[oa]|special|high-level|de\s+alto\s+nivel|virtual|tecnic[oa]|technical))?"
    # "a meeting of Senior Officials on", "session of the Danube Commission ("
    r"(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:[A-Z]\w+\s+){1,3}?)?"
    # its place: "the 10th WTO Ministerial Meeting in Nairobi, Kenya in December"
    r"(?:\s+(?:in|en)\s+(?-i:[A-ZÁÉÍÓÚ][\w.'’-]+)(?:,?\s+(?-i:[A-ZÁÉÍÓÚ][\w.'’-]+)){0,2})?"
    r"(?:\s+(?:(?:in|on|at|during|en|el|del|durante|de|from|for)\s+){0,2}(?:the\s+|la\s+|el\s+|los\s+)?"
    rf"(?:{WEEKDAY_NAME},?\s+)?|\s*\(\s*)$",
    re.IGNORECASE,
)
# What is done in or at meetings the date names: "agreed to review the preparations in their
# forthcoming meetings in December", "examinar el informe en su reunión de marzo", "presented at
# the next meeting of the Foundation Board in November", "se analizará durante la segunda
# Reunión Ministerial, en la ciudad de Guanajuato, México, en marzo".
_DONE_AT_MEETING = re.compile(
    r"\b(?:in|at|during|en|durante)\s+(?:(?:the|their|its|our|su|sus|la|las|el|los|nuestras?)\s+)?"
    r"(?:\w+\s+){0,2}?"
    + EVENT_NOUN.pattern
    # whose meeting: "of the Foundation Board", "del Consejo de Ministros"
    + r"(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?[\w-]+(?:\s+(?:of|de|del|y|and|the|la|el)?\s*[\w-]+){0,3})?"
    # where: ", en la ciudad de Guanajuato, México,"
    + r"(?:,\s*(?:en|in|at)\s+[^,.;:]{1,60}(?:,\s*[^,.;:\s][^,.;:]{0,30})?)?"
    + r",?\s+(?:(?:in|on|en|el|del?|during)\s+)?$",
    re.IGNORECASE,
)
# A meeting that concludes or closes is not a text that is completed: "the meetings will
# conclude on Sunday, November 19".
_ENDS = ("conclu", "termin", "finaliz", "finalis")
_EVENT_SUBJECT_BEFORE = re.compile(
    EVENT_NOUN.pattern + r"\s+(?:(?:will|shall|would|se|to)\s+)?$", re.IGNORECASE
)
# An event verb that a "by" governs: "to take place in Dhaka by December", "se celebre antes
# del 30 de junio" (a place may come between).
_HAPPENS_BY = re.compile(
    r"\b(?:take\s+place|be\s+held|be\s+convened|tenga\s+lugar|tengan\s+lugar|se\s+celebre"
    r"|se\s+celebren|se\s+realice|se\s+realicen|se\s+lleve\s+a\s+cabo)"
    r"(?:\s+(?:in|at|en)\s+[\w', -]{1,40}?)?\s*$"
)
# A body that meets by a date (folded): "which will meet before", "se reunirá antes de".
_MEETS_BY = re.compile(
    r"\b(?:(?:will|shall|would|to)\s+(?:meet|convene|reconvene)|se\s+reunir(?:a|an)|reunirse)"
    r"(?:\s+(?:again|nuevamente|de\s+nuevo))?"
    r"(?:\s+(?:before|by|antes\s+del?|a\s+mas\s+tardar)(?:\s+the\s+end\s+of(?:\s+the)?|\s+finales\s+del?)?)?\s*$"
)
# A table row's label cell that names a deadline, before the date's own cell (read in the
# original text, where the cells' bars are kept).
_DEADLINE_CELL = re.compile(
    r"(?P<label>fecha\s+l[íi]mite|plazo|deadline|due\s+date|closing\s+date|cierre)[^|\n]*\|[^|\n]*$",
    re.IGNORECASE,
)
# A meeting named after its date, then its verb in the past: "22 June videoconference meeting
# extended", "2 May virtual session, adopted".
_MEETING_THEN_PAST = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?"
    + EVENT_NOUN.pattern
    + r",?\s+(?P<v>\w{3,}ed|held|met|took|made|sent)\b",
    re.IGNORECASE,
)
# A verb that is itself the meeting: "reunirse", "se reunirán", "meet", "reconvene".
_MEETS = re.compile(r"re[uú]n|meet|conven|sesion", re.IGNORECASE)
# A period for what the parties send or do (folded): "comment period", "consultation window",
# "registration period".
_OPEN_FOR = (
    r"(?:comments?|consultations?|registrations?|applications?|submissions?|nominations?"
    r"|consulta|comentarios|observaciones|inscripciones?)\s+(?:period|periodo|window)"
)
# A call, its registration or its applications told open (folded): "La Convocatoria
# permanecerá abierta", "registration will remain open".
_CALL_OPEN = re.compile(
    r"\b(?P<call>convocatoria|call(?:\s+for\s+\w+)?|registration|inscripcion(?:es)?|postulaciones"
    r"|applications|nominations|submissions)\b[^.;]{0,40}?\b(?:permanecera|estara|esta|quedara"
    r"|queda|will\s+(?:be|remain)|is|are|remains)\s+(?:abiert[oa]s?|open)\b"
    # ...or a period for comments that runs: "The Comment on Comments period will run from"
    rf"|\b(?P<call2>{_OPEN_FOR})"
    r"\b[^.;]{0,20}?\b(?:will\s+run|runs|is\s+open|will\s+be\s+open|estara\s+abierto|correra)\b"
)
# A deadline's noun before its day (folded): under it as a label, or as the subject of "será":
# "Plazo para la presentación …: Martes", "El plazo límite … será el martes", "The deadline for
# applications is".
_DUE_NAMED = re.compile(
    r"\b(plazo(?:\s+limite)?|fecha\s+limite|deadline)\b"
    # (a label that says what is due: not a record's bare "Plazo:" field, which its record's
    # description reads)
    r"(?:\s+(?:para|for|de|of)\b[^.;:\n]{0,100}:[ \t]*"
    r"|[^.;:\n]{0,100}?\b(?:sera|es|vence|is|will\s+be)\s+(?:el\s+|on\s+)?)"
    rf"(?:{WEEKDAY_NAME},?\s+)?$"
)
_DAY_OF_MEETING = re.compile(
    r"\b(?:the\s+)?(?:last|final|first|opening|closing|second|third)\s+day\s+of\b[^.;:]{0,60}$"
    r"|\b(?:el\s+)?(?:ultimo|primer|segundo|tercer)\s+dia\s+de\b[^.;:]{0,60}$"
)
_CALL_SPAN_DAYS = 14  # how long a call is open at least, where a meeting is shorter
_CALL_NOUN = re.compile(
    r"\b(?:convocatoria|call\s+for\s+(?:proposals|applications|projects|papers|nominations"
    r"|submissions))\b"
)
# A period that runs up to the date (folded): "comment period running now through", "the
# consultation window is open until".
_PERIOD_THROUGH = re.compile(
    rf"\b(?P<p>{_OPEN_FOR}|period|window|periodo|plazo)\b[^.;:]{{0,40}}?"
    r"\b(?:through|thru|until|till|hasta(?:\s+el)?)\s+$"
)
# A date denied right before it, in lower case (not "No." for a number): "i.e. not 27-30
# March", "y no el 5 de mayo" (the sentence may start there, split after "i.e.").
_NOT_THE_DATE = re.compile(
    r"(?:^\s*|\bi\.e\.,?\s+|[,(]\s*|\b(?:y|and|but|pero)\s+)(?:not|no)\s+(?:on\s+|el\s+)?$"
)
# The day of writing, named so before its date (folded): "hoy martes 21 de julio", "today, 21 July".
_TODAY = re.compile(r"(?P<t>hoy|today)\b")
_TODAY_BEFORE = re.compile(r"\b(?P<t>hoy|today),?\s+$")
# "…will run until 27th May" (the marker is in the date): the run of an event under way.
_UNTIL = {"until", "till", "through", "hasta", "hasta el"}
# A span's start before its end (folded): "a partir de ayer, 1 de marzo, y", "from 1 March".
_SPAN_OPENED = re.compile(
    r"\b(?:a\s+partir\s+del?|desde\s+el|desde|from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+"
    r"[^.;]{0,40}?\d{1,2}[^.;\d]{0,25}?,?\s*(?:y|and)?\s*$"
)
_RUN_VERBS = (
    r"run|runs|last|lasts|continue|continues|durara|se\s+extendera|se\s+prolongara"
    r"|se\s+desarrollara"
)
_RUNS = re.compile(rf"\b(?:{_RUN_VERBS}|running)\s+$")
# …the same with its "until" outside the date: "se prolongará hasta el próximo 14 de junio".
_RUNS_UNTIL = re.compile(
    rf"\b(?:{_RUN_VERBS}|se\s+prolongara|se\s+prolongaran)\s+(?:until|till|through|hasta)\s+"
    r"(?:el\s+|the\s+)?(?:proximo\s+)?$"
)
# A meeting that opens on the day the text is written: under way, not ahead ("La sesión
# comenzará este lunes", the text's own Monday; "which opens today").
_OPENS_ON = re.compile(
    r"\b(?:comenzara|comienza|empezara|empieza|se\s+iniciara|se\s+inicia|se\s+inaugurara"
    r"|se\s+inaugura|begins?|will\s+begin|starts?|will\s+start|opens?|will\s+open)\s+"
    r"(?:(?:on|el|este|esta|this)\s+)?$"
)
# An event as the subject that opens a clause: "The conference will run through…" (not
# "Registration for the workshop closes on…").
_EVENT_SUBJECT = re.compile(
    r"\W*(?:(?:the|this|la|el|esta|este)\s+)?(?:(?!(?:for|of|to|de|del|para|a)\b)[\w-]+\s+){0,3}?"
    + EVENT_NOUN.pattern,
    re.IGNORECASE,
)
# A meeting "due" on a date, a place between or not: "the CIS summit due in Mink on".
_EVENT_DUE = re.compile(
    EVENT_NOUN.pattern + r"\s+(?:is\s+|are\s+)?due\s+(?:(?:in|at)\s+[\w.'-]+(?:\s+[\w.'-]+)?\s+)?"
    r"(?:on|in)\s+$",
    re.IGNORECASE,
)
# A meeting's end told with a relative clause: "la Quinta Ronda, la cual concluirá el".
# Setting a meeting for a date (folded), the date after it with nothing between but its name
# or number: "fijó su próxima reunión, la número 44, para", "set its next session for".
_MEETING_SET = re.compile(
    r"\b(?:fij(?:o|ar|an|aron|a|ara|aran)|set|sets|fixed|fixes)\s+(?:su|sus|la|el|its|their|the)\s+"
    r"(?:(?:proxim[oa]s?|siguiente|next|following)\s+)?(?:\w+\s+)?"
    r"(?:reunion|reuniones|sesion|sesiones|cumbre|asamblea|conferencia|meeting|session|summit"
    r"|assembly|conference)\b"
    # its number only: ", la número 44,", " (XLIV)"
    r"(?:\s*,?\s*\(?(?:la\s+|el\s+)?(?:numero\s+|number\s+)?[\w°ºª.-]{1,6}\)?,?)?"
    r"\s*(?:(?:para|for|en|in|on|el)\s+(?:el\s+|la\s+|the\s+)?)?$"
)
# What a line or clause says of its day (folded): no meeting is held then.
_REST_DAY = re.compile(
    r"[\s:,–—-]*(?:[^.;\n]{0,40}?\b)?(reserved\s+for\s+(?:\w+\s+){0,3}?rest|rest\s+day|day\s+off"
    r"|no\s+(?:meetings?|sessions?)\s+(?:will\s+be\s+|are\s+)?(?:held|scheduled)|public\s+holiday"
    r"|dia\s+(?:libre|de\s+descanso|feriado)|feriado|sin\s+sesiones|no\s+habra\s+sesiones)\b"
)
# A meeting's close right before its date (folded): "que terminará el", "and closes on".
_MEETING_CLOSES_BEFORE = re.compile(
    r"\b(?:terminara|finalizara|concluira|se\s+clausurara|culminara|will\s+(?:end|close|conclude)"
    r"|closes|ends|concludes)\s+(?:(?:el|on|the)\s+)?(?:(?:proximo|next|this)\s+)?$"
)
# The text tells its meeting opened on its own day or the day before (folded): "se inauguró
# hoy", "se inició ayer", "opened today".
_OPENED_NOW = re.compile(
    r"\b(?:se\s+inauguro|se\s+inicio|inicio|comenzo|arranco|se\s+abrio|opened|began|started"
    r"|kicked\s+off)\s+(?:(?:hoy|ayer|today|yesterday)\b|(?:[\w,]+\s+){1,8}?(?:hoy|ayer|today|yesterday)\b)"
)
_EVENT_ENDS = re.compile(
    EVENT_NOUN.pattern + r"\s*,?\s*(?:(?:la|el|los|las)\s+cual(?:es)?|que|which)\s+"
    r"(?:concluira|terminara|finalizara|se\s+clausurara|will\s+(?:end|conclude|close))\s+"
    r"(?:el|on)\s+$",
    re.IGNORECASE,
)
# A deliberative body as the subject, its future auxiliary right before the date: it meets.
# Deliberative bodies, by their generic names (folded).
_DELIBERATIVE_BODY = (
    r"council|committee|commission|board|assembly|conference|consejo|comite|comision"
    r"|junta|asamblea|conferencia"
)
_BODY_WILL_ON = re.compile(
    rf"\b(?:{_DELIBERATIVE_BODY})\s+(?:will|shall|would)\s+(?:also\s+)?(?:on|in)\s+$"
)
# What is presented to a deliberative body on a day, or a presentation heard on it: a sitting
# of that body ("presentará su informe anual al Consejo el 6 de marzo", "will be presented to
# the Executive Board on Tuesday 3 September", "a presentation from the Commission of Inquiry on
# 27 June", "will present the High Commissioner's oral update on Monday, 12th September"); not a
# text due to a secretariat.
_PRESENTED_TO_BODY = re.compile(
    r"\b(?:(?:present(?:s|ed)?|presentara[n]?|presentad[oa]s?|presentar(?:se)?)\b[^.;:\n]{0,80}?"
    r"\b(?:to|al|a\s+la|ante\s+(?:el|la))\s+(?:the\s+|el\s+|la\s+|its\s+|su\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{_DELIBERATIVE_BODY}|plenary|plenaria|plenario)(?:\s+[\w-]+){{0,4}}?"
    r"|\bpresentation\s+(?:from|by|of)\s+(?:[\w-]+\s+){0,7}?[\w-]+"
    # what is said, not sent: "will present the High Commissioner's oral update on Monday"
    r"|\b(?:present|presentara[n]?|presentar|deliver)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:oral\s+(?:update|report)"
    r"|statement|address|briefing|keynote|informe\s+oral|actualizacion\s+oral|discurso)\b[^.;:\n]{0,60}?)"
    rf",?\s+(?:on|el)\s+(?:{WEEKDAY_NAME},?\s+)?$"
)
_BRACKETED_THEN_PAST = re.compile(
    # right after the bracket, or after a subject the comma opens: "), the Group considered"
    r"\s*\)\s*(?:,\s*(?:the|el|la|los|las)\s+(?:[\w-]+\s+){0,6}?)?"
    r"(?:(?:has|have|had|also|then|ya)\s+)?(decided|adopted|agreed|approved|resolved|considered"
    r"|requested|discussed|examined|elected|welcomed|decidi[óo]|acord[óo]|aprob[óo]|adopt[óo]"
    r"|resolvi[óo]|solicit[óo]|examin[óo]|decidieron|acordaron|aprobaron|adoptaron"
    r"|resolvieron|examinaron)\b",
    re.IGNORECASE,
)
# English participles that set a day ahead rather than tell a past act: "was scheduled on".
_SET_AHEAD = "scheduled|planned|postponed|expected|moved|rescheduled"
# ...in Spanish, the stems of their participles (folded): "programada", "previstos", "fijado".
_SET_AHEAD_ES = "programad|previst|fijad|aplazad|pospuest"
# A Spanish perfect whose complement is the date (folded), not one that sets a date ahead:
# "ha acogido los días", "han celebrado el"; not "ha fijado el", "han previsto para".
_PERFECT_ON = re.compile(
    r"\b(?:ha|han|hemos|habia|habian)\s+"
    rf"(?!(?:{_SET_AHEAD_ES}|convocad|agendad|reprogramad|acordad|decidid|establecid|propuest"
    r"|anunciad)[oa]s?\b)"
    r"(?P<v>\w+(?:ado|ido))\s+(?:(?:el|los\s+dias|del?|entre|en)\s+)?$"
)
# A past passive whose complement is the date: "the letter … was sent on 12 October 2012",
# "fue enviada el"; not "was scheduled for", "fue programada para".
_PASSIVE_ON = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|fue|fueron)\s+"
    rf"(?!(?:{_SET_AHEAD}|set|fixed|due|(?:{_SET_AHEAD_ES})[oa]s?)\b)"
    r"(\w+(?:ed|en|nt|ad[oa]s?|id[oa]s?))\s+(?:on|in|el|en)\s+$"
)
# A year's theme: "as the theme of the RCM in 2002", "para el año próximo versará sobre".
_THEME = re.compile(r"\b(?:the\s+theme|el\s+tema|como\s+tema|el\s+lema)\b[^.;]{0,60}$")
_THEME_AFTER = re.compile(r"\s*,?\s*(?:versara\s+sobre|will\s+(?:be\s+devoted\s+to|focus\s+on))\b")
# The day something was said: "told a briefing … on 7 October", "said on Monday".
_TOLD_ON = re.compile(
    r"\b(told|said|stated|declared|announced|explained|dijo|declaro|afirmo|anuncio|explico)\b"
    r"[^.;:]{0,60}?\b(?:on|el)\s+$"
)
_REPORTED_AHEAD = re.compile(r"\b(?:que|that|will|would|shall|to\s+be)\b|\w+(?:ara|era|ira)n?\b")
# What a document is dated with, whatever names it: "fechada el", "dated", "de fecha".
_DATED_LINK = re.compile(
    r"\b(?:fechad[oa]s?(?:\s+el)?|dated|de\s+fechas?|con\s+fechas?)\s+"
    # the later dates of a list: "dos pronunciamientos … de fechas 6 de abril y 12 de junio"
    r"(?:[\w ,]{0,40}?\s(?:y|e|and)\s+)?$"
)
# A date in brackets right after a name: "Japan (17 February to 14 March)".
_IN_BRACKETS_AFTER_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w'’.-]*\s*\($")


def _in_brackets_after_name(before: str) -> bool:
    """The date is in brackets opened right after a name, first or not: "Japan (17 February",
    "Kazakhstan (17 to 28 March and 12 to 23 May)"."""
    opened = before.rfind("(")
    return (
        opened >= 0
        and len(before) - opened <= 80
        and ")" not in before[opened:]
        and _IN_BRACKETS_AFTER_NAME.search(before, 0, opened + 1) is not None
    )


# A past copula: "was", "fueron", "había sido" (folded).
_COPULA_PAST = r"fue|fueron|habia\s+sido|was|were|had\s+been"
_PAST_COPULA = re.compile(rf"\b(?:{_COPULA_PAST})\s+$")
# A clause that ends and another that starts: "…officials, to conclude", "…; and".
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:to|and\s+to|which|que|para|y\s+para)\s")
# An earlier mandate, reported: "se aprobó que Venezuela realizara, en el primer semestre…",
# "it was agreed that the Bureau would meet in…".
_REPORTED_MANDATE = re.compile(
    r"\w+(?:ó|aron|ieron|yeron)\s+que\s+(?:[\w-]+\s+){0,6}?\w+(?:ara|aran|iera|ieran|ase|asen)\b"
    r"|\b(?:agreed|decided|resolved|approved|requested)\s+that\s+(?:[\w-]+\s+){0,6}?(?:would|should)\b",
    re.IGNORECASE,
)
# What came out of a meeting already held: "Cuestiones derivadas de las labores de la 102.ª
# reunión (2013)", "Matters arising out of the work of the 102nd Session", "follow-up to".
_ARISING_FROM = re.compile(
    r"\b(?:arising\s+(?:out\s+of|from)|derivad[oa]s\s+de|resulting\s+from|follow-up\s+(?:to|of)"
    r"|seguimiento\s+(?:a|de))\s+(?:the\s+|las?\s+|los\s+|el\s+)?"
    r"(?:(?:work|labores|trabajos)\s+(?:of|de)\s+(?:the\s+|la\s+|el\s+)?)?$"
)
# Where a term of office or a mandate ends, not a task: "His term expires on 31 December 2002",
# "the Portuguese Chairmanship (January 2024 - January 2025)", "Decides to extend the mandate of
# the working group until the end of 2025".
# An office held for a period: a presidency, a chairmanship, a rotation, a term.
_TERM_HELD = re.compile(
    r"\b(?:presidencia|presidency|chairmanship|chairpersonship|president|presidente|chair"
    r"|pro\s+tempore|rotation\s+schedule|rotaci[oó]n|term\s+of\s+office|appointment"
    r"|nombramiento)\b"
)


def _office_held(f_near: str, p: Passage, d: DateMention) -> str | None:
    """The office whose period of tenure the date gives ("ocupará la Presidencia Pro Témpore de
    la CELAC en 2016", "its President for March", "a six-monthly Rotation Schedule – 1
    January-30 June"), or None: not when a meeting or an event verb comes between the office and
    the date or just after it ("será traspasada … en enero de 2016, en el marco de la IV
    Cumbre": a meeting's day)."""
    held = _TERM_HELD.search(f_near)
    if held is None:
        return None
    between = f_near[held.end() :]
    if _Q_EVENT_NOUN.search(between) or _Q_EVENT_VERB.search(between):
        return None  # "la reunión que pondrá fin a la presidencia sueca tendrá lugar … en mayo"
    after = p.clean[d.stop : min(p.sentence[1], d.stop + 60)]
    if _Q_EVENT_VERB.search(after) or _Q_EVENT_NOUN.search(after):
        return None
    return held.group().strip()


_TERM_ENDS = re.compile(
    r"\b(?:per[ií]odo|period)\s+(?:que\s+|which\s+|that\s+)?((?:concluye|concluira|termina|terminara"
    r"|vence|vencera|ends|will\s+end|expires))\s+(?:el\s+|on\s+)?$"
    r"|\b(?:term|terms|mandate|mandates|appointment|membership|mandato|mandatos|nombramiento)\b"
    r"[^.;]{0,120}?\b((?:will\s+|shall\s+|se\s+)?(?:expires?|expiring|expira|expirara|vence|vencera))"
    r"\s+(?:on\s+|el\s+|in\s+|en\s+)?$"
    r"|\b(chairmanship|presidency|presidencia|mandate|mandato|term\s+of\s+office)\s*\(\s*$"
    r"|\b((?:extend|renew|prorrog|renov|extender|ampliar)\w*)\s+[^.;]{0,60}?\b(?:mandate|mandato|term"
    # …or an agreement in force: "extended the Cooperating State Agreement with Romania until
    # the end of 2010"
    r"|agreement|arrangement|memorandum|acuerdo|convenio|contract|contrato"
    # …or a programme's phase or period: "decided to extend the 5th Strategic Phase (2020-2024) by
    # two years until the end of June 2026"
    r"|phase|fase|strategic\s+plan|plan\s+estrategico)\b"
    r"[^.;]{0,60}?\b(?:until|till|through|hasta|terminating\s+on|ending\s+on|expiring\s+on)\s+(?:the\s+)?$"
    # an appointment for a period, until its end: "the reappointment of Michel Arrion as
    # Executive Director for a period of 5 years until 30 September 2028"
    r"|\b((?:appoint|reappoint|re-appoint|elect|re-elect|reelect|nombr|designa|reeleg|eleg|elig)\w*)"
    r"[^.;]{0,100}?\b(?:for\s+a\s+(?:period|term)\s+of|por\s+un\s+(?:per[ií]odo|plazo)\s+de)"
    r"[^.;]{0,25}?(?:\b(?:until|till|hasta|ending\s+on|que\s+concluye\s+el)\s+(?:the\s+|el\s+)?)?$"
    # leaving office: "anunció al CE que renunciaría a su cargo en diciembre de 2004", "will
    # step down in June"
    r"|\b(?:renunci\w*\s+a\s+su\s+cargo|dejar\w*\s+(?:el|su)\s+cargo|resign\w*"
    r"|step(?:s|ped|ping)?\s+down)\b[^.;]{0,40}?(?:\s(?:en|el|on|in|from|as\s+of|a\s+partir\s+del?))?\s*$"
)
# An agreement that expires on the date (folded): "the tripartite pact between the two
# countries … expires in September 2016", "with the present Agreement due to expire at the end
# of this year", "with the expiration of the Tripartite Agreement on December 31", "el convenio
# vence el 30 de junio"; not a call or a deadline that closes ("the call expires on").
_AGREEMENT = (
    r"(?:agreements?|pacts?|arrangements?|treaty|treaties|memorand(?:um|a)|mou|accords?"
    r"|acuerdos?|convenios?|tratados?|pactos?|memorandos?)"
)
_AGREEMENT_EXPIRES = re.compile(
    # (no other subject of the verb between: "reports on the Agreement before the deadline
    # expires on")
    rf"\b{_AGREEMENT}\b(?:(?!\b(?:deadline|plazo|call|convocatoria|registration|inscripcion"
    r"|period|periodo|submissions?)\b)[^.;]){0,120}?\b(?P<verb>(?:will\s+|shall\s+|is\s+due\s+to\s+|due\s+to\s+)?"
    r"(?:expires?|expiring|lapses?|vence|vencera|expira|expirara|caduca|caducara))"
    r"\s+(?:on\s+|el\s+|in\s+|en\s+|at\s+|a\s+)?(?:the\s+|el\s+|finales\s+de\s+)?$"
    rf"|\b(?P<verb2>expiry|expiration|expiracion|vencimiento|caducidad)\s+(?:of|del?)\s+"
    rf"(?:the\s+|la\s+|el\s+)?(?:[\w-]+\s+){{0,3}}?{_AGREEMENT}\b[^.;]{{0,60}}?"
    r"\s(?:on|el|in|en|at)\s+(?:the\s+|el\s+)?$"
)
# When a term of office begins: "members whose terms of office will commence on 1 September",
# "cuyo mandato comenzará el 1 de enero": no meeting and nothing to deliver.
_TERM_STARTS = re.compile(
    r"\b(?:terms?(?:\s+of\s+office)?|mandates?|appointments?|membership|mandatos?)\b"
    r"[^.;]{0,40}?\b((?:will\s+|shall\s+)?(?:commences?|begins?|starts?|comenzara|empezara"
    r"|iniciara|comienza|empieza|inicia))\s+(?:on\s+|in\s+|el\s+|en\s+)?$"
    # "since taking office on 1st October", "asumió el cargo el 1 de octubre"
    r"|\b((?:taking|took|takes|take|assumed|assuming|assumes|assume)\s+(?:office|power"
    # "a new Secretary-General who will assume the position from September this year"
    r"|(?:up\s+)?(?:the|his|her|their|its)\s+(?:position|post|duties|functions|chairmanship"
    r"|presidency))"
    r"|(?:asumio|asumira|asumiran|asume)\s+(?:el\s+cargo|sus\s+funciones|el\s+poder|la\s+presidencia)"
    r"|tomo\s+posesion|tomara\s+posesion)\s+(?:on\s+|in\s+|el\s+|en\s+|from\s+|as\s+of\s+)?$"
    # a membership's start: "application letter to join the IGC from 1 January 2021"
    r"|\b(join|joins|joining|accede|accedes|ingresar|ingresara|adherirse|adherira)\b[^.;]{0,40}?"
    r"\b(?:from|as\s+of|with\s+effect\s+from|a\s+partir\s+del?|desde\s+el)\s+$"
    # "was expected to become the 27th Member State on 1 January 2012", "pasará a ser miembro
    # pleno el"
    r"|\b(become|becomes|becoming|pasara\s+a\s+ser|pasar\s+a\s+ser)\s+[^.;]{0,40}?"
    r"\b(?:member(?:\s+state)?|party|miembro(?:\s+pleno)?|estado\s+miembro|parte)\s+"
    r"(?:on|from|as\s+of|in|el|en|a\s+partir\s+del?)\s+$"
)
# An office taken over on the date, named before it (folded), its body's name between.
_TAKES_OVER_ON = re.compile(
    r"\b(?P<verb>(?:take|takes|taking|took)\s+over|assum\w+|asum\w+|ocupar\w*)\s+"
    r"(?:(?:the|its|his|her|their|la|el|su)\s+)?(?:rotating\s+)?(?:[\w.-]+\s+)?"
    r"(?:presidency|chairmanship|chair|presidencia|secretaria)(?:\s+pro\s+tempore)?"
    r"(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?[\w.-]+(?:\s+[\w.-]+){0,4}?)?"
    r"\s+(?:on|in|el|en|from|as\s+of|a\s+partir\s+del?)\s+$"
)
# A date set for what comes before it: "prevista para noviembre", "scheduled for 3 May".
_SET_BEFORE = re.compile(
    r"\b(?:previst|programad|fijad|convocad|scheduled|planned|set)\w*\s+(?:para|for|el|on|in|en)\b"
)
# An office taken on the date, said after it: "el 29 de enero, Ecuador, a través del presidente
# Rafael Correa, asumirá la Presidencia Pro Témpore", "on 1 July Chile will take over the
# chairmanship".
_TAKES_OFFICE_AFTER = re.compile(
    r"\s*,?\s*(?:[^.;:]{0,80}?\s)?((?:asumira[n]?|asume[n]?|assumes?|will\s+assume|takes?\s+over"
    r"|will\s+take\s+over)\s+(?:la|el|the)\s+(?:presidencia|chairmanship|presidency|secretaria\s+pro"
    r"\s+tempore|chair))\b"
)
# An office held over the period just named: "durante los próximos seis meses presidirá el
# organismo", "for 2025 Chile will chair the Committee" (folded).
_PRESIDES_AFTER = re.compile(
    r"\s*,?\s*(?:[^.;:,]{0,40}?\s)?(presidira[n]?|ejercera[n]?\s+la\s+presidencia"
    r"|ocupara[n]?\s+la\s+presidencia|will\s+(?:chair|preside\s+over|hold\s+the\s+(?:presidency"
    r"|chairmanship|chair)))\b"
)
# An English determiner right before a date that dates the noun after it: "a March 14 media
# note", "its 2 May statement" (folded).
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our)\s+$")
# The day of entry into force a decision sets or moves (folded): "extending the date of entry
# into force of the amendments … to 10 January 2018", "fijar la entrada en vigor … el".
_ENTRY_INTO_FORCE_SET = re.compile(
    r"\b(entry\s+into\s+force|entrada\s+en\s+vigor)\b[^.;:]{0,200}?"
    r"\b(?:to|until|on|as\s+of|al|el|hasta\s+el|a\s+partir\s+del)\s+$"
)
# An entry into force told after its day, in the same clause (folded).
_VALIDITY_AFTER = re.compile(
    r"(?:(?!\b(?:when|cuando|que|that|to|para|will|shall|se)\b)[^.;:]){0,80}?"
    r"\b(?P<v>(?:entraran?|entra|entran|enters?|will\s+enter|shall\s+enter)\s+"
    r"(?:en\s+vigor|en\s+vigencia|into\s+force))\b"
)
# A past participle alone, not a finite verb: "held", "celebrada", "organised".
_PARTICIPLE = re.compile(r"\w+(?:ed|ad[oa]s?|id[oa]s?)|held", re.IGNORECASE)
# What a participle that names a meeting goes on with: its place or time, not an object ("the
# Meeting held in Bangkok on", not "the Council held its session on").
_PLACE_OR_TIME_AFTER = re.compile(
    # an adverb between or not: "held back to back from 15 to 26 April 2019 in Korea"
    r"\s+(?:(?:back[\s-]to[\s-]back|\w+ly|\w+mente)\s+)?"
    # (or the date itself, its "from" inside it)
    r"(?:(?:in|on|at|from|between|during|en|el|del|los|entre|desde)\b|$)",
    re.IGNORECASE,
)
# A participle still to come, an adverb between (folded): "which will be tentatively held".
_TO_BE_BEFORE = re.compile(r"\b(?:be|been|being|ser|sera|seran)\s+(?:\w+ly|\w+mente)\s+$")
_COPULA_BEFORE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|fue|fueron|ha\s+sido|han\s+sido)\s+$",
    re.IGNORECASE,
)
# A pledge to do something (folded): "commitments to replenishing", "pledged to", "se
# comprometieron a", "se comprometen a".
_PLEDGED = re.compile(
    r"\b(?:commit(?:s|ted|ment|ments)?|pledg(?:e|es|ed)|undert(?:ake|akes|ook))\s+(?:\w+\s+)?to\s+\w"
    r"|\bcomprome(?:t[eiao]\w*)\s+a\s+\w|\bcompromisos?\s+de\s+\w"
)
# A noun of what a body does, right before an agent's "by": "for consideration by the
# Conference of the Parties at its third meeting, in 2007".
_AGENT_BY = re.compile(
    r"\b(?:consideration|adoption|approval|review|endorsement|examination|decision|action"
    r"|consideraci[óo]n|adopci[óo]n|aprobaci[óo]n|examen|decisi[óo]n)\s+$",
    re.IGNORECASE,
)
# A task's noun, then the participle that sets it for the date: "cuya finalización está
# prevista para", "whose completion is scheduled for".
_SET_FOR_TASK = re.compile(
    r"\b(?:finalizaci[óo]n|conclusi[óo]n|publicaci[óo]n|entrega|presentaci[óo]n|completion"
    r"|publication|submission|delivery|adoption|aprobaci[óo]n)"
    # of what: "the completion of the study is scheduled for"
    r"(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?"
    r"\s+(?:(?:is|was|est[áa]|será|will"
    r"\s+be)\s+)?(?:previst|programad|scheduled|planned|expected)\w*\s+(?:(?:para|for)\s+)?$",
    re.IGNORECASE,
)
# What is open for a period and closes with it: a review, a consultation, a call (folded).
_OPEN_TASK = re.compile(
    r"\b(?:revision\s+de\s+expertos|expert\s+review|consulta\s+publica|public\s+consultation"
    r"|call\s+for\s+(?:nominations|submissions|proposals|papers|applications|comments)"
    r"|convocatoria\s+(?:de|para|a)\s+(?:postulaciones|propuestas|candidaturas|ponencias)"
    r"|(?:registration|inscripciones?)\s+(?:is|are|esta|estan)\s+(?:open|abiertas?))\b"
)
# An extension whose date comes before the mandate it extends: "Prorrogar hasta el 30 de junio
# de 2013 el mandato …", "to extend until 31 December the mandate of …".
_EXTEND = r"(?:extend|renew|prorrog|renov|ampli)\w*"  # "extend", "prorrogar", "renovar"
_EXTENDED = re.compile(rf"\b({_EXTEND})\s+(?:(?:hasta|until|till|through)\s+(?:el\s+|the\s+)?)?$")
_MANDATE_EXTENDED = re.compile(
    rf"\b({_EXTEND})\s+(?:(?:the|el|its|su|their|sus)\s+)?"
    r"(?:mandatos?|mandates?|terms?\s+of\s+office)\b[^.;]{0,140}$"
)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|hasta(?:\s+el)?)\s*$")
_BY_THEN = re.compile(r"\s*,?\s*(?:by\s+when|by\s+which|fecha\s+en\s+la\s+que|para\s+cuando)\b")
_MANDATE_AFTER = re.compile(
    r"\s*,?\s*(?:el|the|su|its|their|sus)\s+(?:mandatos?|mandates?|terms?)\b"
)
_BY_OWN_SESSION = {"by", "before", "hasta", "antes"}
_TO_A_DATE = re.compile(
    r"(\d\s+)?\b(?:a|to)\s+(?:una\s+|a\s+|the\s+)?(?:nueva\s+|new\s+|later\s+)?(?:fecha|date)\b[^.;]{0,30}$"
)
# What a meeting does itself, not what is sent to it (a verb ending where the deliverable did).
_ACTED_AT_MEETING = re.compile(
    r"\b(?:adopt\w*|approv\w*|endors\w*|sign\w*|launch\w*|adopta\w*|aproba\w*|aprueb\w*|firma\w*)$"
)
# "at the 5th Euro-African Ministerial Conference on Migration and Development in": a meeting
# and its name, then the date.
_AT_NAMED_MEETING = re.compile(
    r"\b(?:at|en)\s+(?:the|la|el|its|su)\s+(?:[\w.ªº-]+\s+){0,4}?"
    + EVENT_NOUN.pattern
    + r"[^,;.()]{0,70}?\s(?:(?:in|on|en|el|from|del?)\s+(?:the\s+|la\s+|el\s+)?)?$",
    re.IGNORECASE,
)
# A deliverable verb whose object is an event: "preparar la XXVII Cumbre", "prepare for the
# Summit" (not "presentar a la reunión": to a meeting).
_EVENT_OBJECT = re.compile(
    r"\s+(?:for\s+)?(?:(?:la|el|los|las|the|su|sus|its|their|una|un|a|an)\s+)"
    r"(?:[\w.ªº-]+\s+){0,2}?" + EVENT_NOUN.pattern,
    re.IGNORECASE,
)
_PRETERITE = re.compile(r"\b\w+(?:ó|aron|ieron|yeron)\b|\b\w+ed\b")
_PRETERITE_BEFORE = re.compile(
    r"\b(?<!\bbe\s)(?<!\bbeen\s)(?:\w+(?:ó|aron|ieron|yeron)|(?!(?:scheduled|planned|expected|slated)\b)"
    r"\w{3,}ed|said|met|held|told|began|was|were)\s+(?:\w+\s+)?$"
)
# A Spanish preterite or a past passive in either language ("se inició a principios de 2013",
# "fue incluido en 2011", "apoyó … en marzo", "was launched in 2013"), then, up to the date, no
# infinitive, future or modal that would put the action ahead ("acordó celebrar …", "decidió que
# se realizará …").
_PAST_GOVERNING = re.compile(
    r"\b(?:(?:fue|fueron)\s+\w+(?:ad[oa]s?|id[oa]s?)|\w{3,}(?:ó|aron|ieron|yeron)"
    r"|(?:was|were)\s+(?!(?:scheduled|planned|set|postponed|moved|rescheduled|expected|invited"
    r"|requested|asked|due|agreed|decided|called|urged|encouraged|mandated|tasked|instructed)\b)"
    r"\w{3,}ed)\b",
    re.IGNORECASE,
)
_PUT_OFF = re.compile(r"\w*(?:postpon|aplaz|pospu|pospon|poster|defer)")  # not "moved to"
# The slot a meeting put off had, in a participle after a comma (folded): ", scheduled for".
_SLOT_PUT_OFF = re.compile(
    r",\s*(?:(?:originally|initially|inicialmente|originalmente)\s+)?(?:scheduled|planned|set"
    r"|previst[oa]|programad[oa]|fijad[oa])\s+(?:for|para|el|on|from|del)\s+$"
)
# The meeting a sentence is set in, before its noun: "Durante el encuentro", "En dicha reunión",
# "At the meeting".
_SET_IN = re.compile(
    r"\b(?:durante|en|at|during)\s+(?:el|la|dicha|dicho|esta|este|the|its|this|that)\s+$",
    re.IGNORECASE,
)
# A Spanish month in capitals, as a name writes it ("27 de Noviembre"), and what opens a name
# before it: a quotation mark not yet closed, or a street's, a square's or a landmark's noun.
_CAPITAL_MONTH = re.compile(
    r"\b(?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre"
    r"|Noviembre|Diciembre)\b"
)
_NAME_OPENED = re.compile(
    r"(?:\b(?:Avenida|Av\.|Calle|Plaza|Hito|Barrio|Colonia|Estadio|Parque|Puerto|Escuela|Colegio"
    r"|Liceo)\b[^.;,\n“”\"]{0,30}|[“\"][^”\"\n]{1,40})$"
)
# The holding of a meeting, the object of a past verb of deciding (folded).
_HOLDING_OF = re.compile(
    r"\s+(?:la\s+)?(?:realizacion|celebracion|organizacion|convocatoria)\b"
    r"|\s+(?:the\s+)?(?:holding|organi[sz]ation|convening)\s+of\b"
)
# English pasts that do not end in "-ed" and are no present: "became", "took".
_EN_IRREGULAR_PAST = (
    r"became|took|won|gave|made|chose|sent|brought|wrote|found|lost|paid|spent|built|sold|bought"
    r"|drew|broke|rose|kept|struck|saw|left"
)
# An English simple past, not a participle before its noun ("the revised timetable") nor one
# that sets a date ahead ("scheduled"), then what it acts on.
_EN_SIMPLE_PAST = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"
    r"\b(?!(?:scheduled|planned|proposed|expected|invited|requested|asked|agreed|decided|called"
    r"|urged|encouraged|mandated|tasked|instructed|needed|interested|concerned|dedicated|entitled"
    r"|titled|named|limited|united|advanced|detailed|extended|revised|updated|related|based"
    r"|exceed|succeed|proceed|hundred|indeed|announced|confirmed|welcomed|noted)\b)"
    # …or an irregular one: "became a Party to the Agreement in"
    rf"(?:\w{{3,}}ed|{_EN_IRREGULAR_PAST})(?=\s+(?:the|a|an|its|their|his|her|our)\b)",
    re.IGNORECASE,
)
_ENGLISH_PAST = re.compile(rf"(?:(?:was|were)\s+)?(?:\w+ed|{_EN_IRREGULAR_PAST})", re.IGNORECASE)
_AHEAD_AFTER_EN = re.compile(
    # "to" before a verb, not before a noun ("became a Party to the Agreement in")
    r"\b(?:to(?!\s+(?:the|a|an|its|their|his|her|our|this|these|those)\b)|will|shall|would"
    r"|should|next|until|by|that|holding)\b",
    re.IGNORECASE,
)
_AHEAD_AFTER = re.compile(
    r"\b(?:\w{2,}(?:ar|er|ir)(?:se|lo|la|los|las)?|\w+(?:ará|erá|irá|arán|erán|irán|ara|iera)"
    r"|que|para|hasta|pr[óo]xim\w*|to|will|shall|would|should|next|until|by|that"
    # the holding of a meeting a past verb announces or approves: "se anunció la celebración del
    # Congreso … del 12 al 14 de noviembre"
    r"|celebraci[óo]n|realizaci[óo]n|holding)\b",
    re.IGNORECASE,
)


# A run of capitalised words, names joined by "y" or "and" among them: "los presidentes Andrés
# Manuel López Obrador y Bernardo Arévalo en su encuentro del".
_NAME_RUN = re.compile(
    r"\b([A-ZÁÉÍÓÚÑ][\w.'’-]*)(?:\s+(?:(?:y|e|and|de|del|of)\s+)?[A-ZÁÉÍÓÚÑ][\w.'’-]*)+"
)


def _names_shortened(text: str) -> str:
    """`text` with each run of names cut to its first word: a long subject of names keeps a
    verb before it in the reach of the date it governs."""
    return _NAME_RUN.sub(r"\1", text)


def _governed_by_preterite(near: str, c: Cues, past: re.Pattern[str] | None = None) -> str | None:
    """The preterite or past passive that governs a date in its clause, or None; `past` is
    what counts as one, when not the default."""
    found = None
    for found in (past or _PAST_GOVERNING).finditer(near):  # noqa: B007 - the last one is wanted
        pass
    if found is None:
        return None
    # an English past looks ahead only with English words: "elected Peru as its chair nation
    # at", whose "chair" is no Spanish infinitive
    ahead = _AHEAD_AFTER_EN if _ENGLISH_PAST.fullmatch(found.group()) else _AHEAD_AFTER
    if ahead.search(near, found.end()) or c.decided_to.match(fold(near), found.start()):
        return None
    return found.group()


# Nothing before a date but a label or a preposition: "On the 2 of December, Mexico hosted…".
_OPENS_CLAUSE = re.compile(
    r"[\s\-–•·0-9.()]*"
    # a connective may come first: "Therefore, on 7 May 2016 the Conference approved"
    r"(?:(?:therefore|however|subsequently|thereafter|then|finally|accordingly|por\s+lo\s+tanto"
    r"|por\s+ello|posteriormente|luego|finalmente|sin\s+embargo|entonces)\s*,?\s+)?"
    # a place or an occasion may come first: "At an event at the headquarters of ECMWF on
    # Monday, 7 June, the entry into force … was celebrated"
    r"(?:(?:at|during|en|durante)\s+(?:an?|the|un|una|el|la)\s+"
    r"(?:(?!(?:will|shall|to|que|se|which|that|would)\b)[\w'’.-]+\s+){1,10}?(?=on\s|el\s))?"
    r"(?:(?:on|el)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo),?\s+"
    r"|(?:on|in|en|el|the|entre|between|from|desde)\s+)?",
    re.IGNORECASE,
)
_CAPITAL_OPENER = re.compile(
    r"(?:(?<=\s)|^)(?:Los\s+d[íi]as|El\s+d[íi]a|On|En|Desde|From)\s+(?:$|\d)"
)
# A statement's verb, then who made it and nothing else, up to the date (folded).
_SAID_BY_ON = re.compile(
    r"\b(?:said|stated|announced|reported|told|informed|dijo|informo|anuncio|senalo|indico"
    r"|afirmo|declaro|explico|manifesto|comunico)\s+"
    r"(?:(?!(?:that|que|will|would|shall|to|para|se)\b)[\w'’.-]+\s+){1,10}?"
    r"(?:(?:on|el|este|this|last|el\s+pasado)\s+)?$"
)
# A clause a date opens, told in the past: "In December, the Assembly had approved…", "El 3
# de marzo, el Consejo aprobó…".
# An English past is looked for within five words (further on, "-ed" is as often an adjective:
# "plans to take consolidated positions"); a Spanish preterite within eight ("En el año 1996,
# la OIM y las Naciones Unidas firmaron").
_TOLD_PAST = re.compile(
    # on the date's own line, unless a comma carries the clause on ("Submission deadline: 25
    # December 2022⏎Posted on website: 30 December 2022" are two rows)
    r"[ \t]*(?:,\s*)?(?:(?:[\w-]+\s+){0,5}?((?:had|has|have|was|were)\s+(?:been\s+)?\w+(?:ed|en|t)"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?:met|held|took|began|gave|made|sent|\w{3,}ed))"
    # (the imperfect too: "A mediados de enero, el programa lanzaba su convocatoria")
    r"|(?:[\w-]+\s+){0,8}?((?:fue|fueron)\s+\w+(?:ad|id)[oa]s?|\w+(?:ó|aron|ieron|yeron)|\w{3,}aban?))\b",
    re.IGNORECASE,
)
_TOLD_PAST_FAR = re.compile(
    r"\s*,?\s*(?:[\w()'’-]+\s+){0,20}?((?:was|were|had\s+been)\s+\w+(?:ed|en|ld|t))"
    r"|\s*,?\s*(?:[\w()'’-]+\s+){0,20}?((?:fue|fueron)\s+\w+(?:ad|id)[oa]s?)\b"
    # a subject of several parties, then their preterite: "A mediados de diciembre la
    # Secretaría General de la OEA y el gobierno de República Dominicana, firmaron un acuerdo"
    r"|\s*,?\s*(?:[\w()'’-]+,?\s+){0,20}?(\w{3,}(?:aron|ieron|yeron))\b",
    re.IGNORECASE,
)
# A participle that sets what follows it ahead, right before it (folded): "scheduled for 2016".
_SCHEDULED = re.compile(
    r"\b(?:scheduled|planned|slated|previst[oa]s?|programad[oa]s?|fijad[oa]s?)\s+$"
)
# What is foreseen for a period (folded): "prospects for", "the outlook for", "las perspectivas
# para".
_OUTLOOK_FOR = re.compile(
    r"\b(prospects|outlook|forecasts?|projections|perspectivas|previsiones|pronosticos?)\b"
    r"[^.;]{0,40}?\b(?:for|para)\s+(?:the\s+|el\s+)?$"
)
# The word a date's text may open with, which a pattern of the words before it would end on:
# "until the end of June 2026", "for the fourth quarter of 2003".
_LEADING_UNTIL = re.compile(r"(?:until|till|hasta)\s+(?:the\s+|el\s+)?", re.IGNORECASE)
_LEADING_FOR = re.compile(r"(?:for|para)\s+(?:the\s+|el\s+)?", re.IGNORECASE)
# A figure, then the year it is for: "increases of 5% in 2027", "USD 3 million in 2025".
_FIGURE_FOR = re.compile(
    r"(?:\d\s*%|\d\s*(?:per\s*cent|percent|por\s*ciento)|(?:USD|US\$|\$|€|EUR|CHF)\s*[\d.,]+"
    r"(?:\s*(?:million|millones|mil|billion))?)\s*(?:(?:in|en|for|para|el)\s+)?"
    r"(?:the\s+year\s+|el\s+año\s+)?$",
    re.IGNORECASE,
)
# A past copula whose complement is the date: "fue el 22 y 23", "was on 3 May", "were in 2019";
# and a meeting's close told in the past: "ended on 3rd October", "concluyó el 5 de mayo".
_WAS_ON = re.compile(
    rf"\b(?:{_COPULA_PAST}|(?<!\bbe\s)(?<!\bbeen\s)(?:ended|concluded"
    r"|closed)|wrapped\s+up"
    r"|(?:conclu|finaliz|termin|clausur)(?:yo|o|aron|yeron)|se\s+(?:clausur|cerr)o)\s+"
    r"(?:(?:el|en|on|in|del|de|from|between|entre|durante|during|los\s+dias)\s+)?$"
)
_DID_ON = re.compile(
    # a word start and a word in "-ed" first: the look-behinds then run only there
    r"\b(?=\w{3,}ed[\s,])"
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
    rf"(?!(?:{_SET_AHEAD}|proposed|requested"
    r"|invited|needed|required|extended|deferred|advanced|brought)\b)"
    # a comma between or not: "Draft agendas became available, and registrations opened, on"
    r"(\w{3,}ed),?\s+(?:\w+ly\s+)?(?:on|in)\s+(?:the\s+)?$"
)
# "este 16 de abril" read a year ahead: this year's, already past ("comenzaron … este 16 de abril").
_THIS_BEFORE = re.compile(r"\b(?:este|this)\s+$")
# After a date, what marks it past: "en enero pasado", "del 11 de septiembre último".
_PAST_AFTER = re.compile(r"\s+(?:(?:recien\s+)?pasad[oa]s?|ultim[oa]|last)\b")
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year as a text writes it
_YEAR_TOLD_REACH = 600  # how far back "that year" looks for the year it names


def _year_told_before(text: str, at: int) -> int | None:
    """The last year the text writes in the stretch before `at`, or None."""
    years = YEAR_WRITTEN.findall(text, max(0, at - _YEAR_TOLD_REACH), at)
    return int(years[-1]) if years else None


# The year a narrative speaks of, after a month or day (folded): "in January that year", "en
# marzo de ese año", "of the same year".
_THAT_YEAR_AFTER = re.compile(
    r"\s*,?\s+(?:(?:of|in)\s+)?(?:that|the\s+same)\s+year\b"
    r"|\s*,?\s+(?:de|del)\s+(?:ese|aquel|dicho|mismo)\s+a[ñn]o\b"
)
# A participle that sets a date ahead: "convocado para el", "scheduled for".
_SET_FOR = re.compile(
    r"\w+(?:ad[oa]s?|id[oa]s?|ed)\s+(?:\w+\s+)?(?:para|for)\s+(?:(?:el|la|los|las|the)\s+)?(?:dias?\s+)?$"
)
# Calling or scheduling a meeting sets its day ahead, whenever the call was made: "se fijó un
# nuevo encuentro el 19 de diciembre", "scheduled a follow-up meeting for".
_CONVENED = re.compile(
    r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?:convoco|convocaron|ha\s+convocado|convened|called"
    r"|fijo|fijaron|programo|programaron|agendo|agendaron|pauto|pautaron|scheduled|fixed)"
    r"\s+(?:a\s+)?(?:una?|la|el|the|an?)\s+[^.;]{0,100}$"
)
_GONE_BY_DAYS = 31  # how recent a yearless day just gone by may be


def _just_gone_by(d: DateMention, reference: date | None) -> bool:
    """A day written without its year, read in the year after the reference date's, whose
    occurrence in that year is at most a month before it."""
    if d.explicit_year or reference is None or d.precision != "day" or d.end <= reference:
        return False
    try:
        last = d.end.replace(year=d.end.year - 1)
    except ValueError:  # 29 February
        return False
    return 0 < (reference - last).days <= _GONE_BY_DAYS


_LEADING_LINK = re.compile(r"(?:para|for|de|del|of)\s+")
_FOR_YEAR = re.compile(r"(?:para|for)\s+(?:the\s+year\s+)?\d")

# An hour after "a"/"at": "a las 17:00", "at 10:00".
_AT_HOUR = re.compile(r"\s*(?:las\s+)?\d{1,2}(?:[:.]\d{2})?\b")
# A clause joined after a cancellation that sets the meeting again: "… and proposal to be held".
_HELD_INSTEAD = re.compile(
    r"\b(?:and|y|e|but|pero)\b[^.;]*\b(?:to\s+be\s+held|be\s+held|convene|take\s+place"
    r"|celebrar(?:se|la|lo)?|realizar(?:se|la|lo)?|tener\s+lugar)\b"
    # or its verb in the future: "La reunión … que estaba prevista para este día …, se
    # realizará tentativamente dentro de unos 15 días"
    r"|\b(?:se\s+(?:realizar|celebrar|llevar)an?|tendran?\s+lugar"
    r"|will\s+(?:now\s+)?(?:be\s+held|take\s+place|meet|convene))\b"
    # or moves it to the date: "which were scheduled to commence on June 15, were pushed back to"
    r"|\b(?:pushed\s+back|moved|postponed|rescheduled|deferred|brought\s+forward)\s+(?:to|until)\s+"
    r"(?:\w+,?\s+)?$"
    r"|\b(?:aplazad|pospuest|postergad|trasladad|reprogramad)\w*\s+(?:para|al?|hasta)\s+(?:el\s+)?"
    r"(?:\w+,?\s+)?$"
)
# A count of days that names what it runs from next: "dentro de los 30 días siguientes".
_COUNTED_FROM = re.compile(r"\b(?:siguientes|posteriores|following|after)$", re.IGNORECASE)
# The slot a moved meeting held before: "que figuraba en la programación para el", "que
# estaba prevista para el", "which was scheduled for".
_OLD_SLOT = re.compile(
    r"\b(?:figuraba|figuraban|estaba|estaban|habia|habian|was|were|had\s+been)\s+"
    r"(?:\w+\s+){0,4}?(?:para|for|on|en|el)\s+(?:el\s+|la\s+|the\s+|los\s+dias\s+)?$"
)
# What a moved date moves to: "a una fecha ulterior", "to a later date", "sine die".
_NEW_DATE = re.compile(
    r"\s*(?:una|otra|la|a|an|the|new|nueva)?\s*(?:fecha|date|later|ulterior|posterior|nueva)\b"
)


def _participle_on_date(c: Cues, f_before: str) -> re.Match[str] | None:
    """A past participle that places the date: "the seminar organised in Vienna on 3 April".

    Not a decision that schedules an event: "approved the holding of the Meeting in December".
    """
    m = _last_match(c.past_participle, f_before)
    if m is None:
        return None
    event = EVENT_NOUN.search(f_before, m.end())
    if (
        event is not None
        and not _SETTING.match(f_before, m.end(), event.start())
        # the event noun is the agent: "adoptadas por la Conferencia … en su 102.ª reunión"
        and not _AGENT.fullmatch(f_before, m.end(), event.start())
    ):
        return None
    return m


_AGENT = re.compile(r"\s+(?:por|by)\s+(?:(?:la|el|los|las|the|its|su)\s+)?(?:\w+\s+){0,4}")

# Where a past participle took place: "the commitments made at the special summit on March 26".
_SETTING = re.compile(
    r"\s+(?:at|in|during|on\s+the\s+occasion\s+of|en|durante|con\s+ocasion\s+de)\b"
)


def kind_of(d: DateMention, p: Passage) -> str:
    """`deadline` for an action due by a date or within a period, `event` for a scheduled activity."""
    return kind_with_reason(d, p)[0]


def _moved(before: str) -> tuple[str, str]:
    """The kind of the new date of something moved: a deadline's or a submission's is due then
    ("the deadline for candidates to register … has been extended to May 31", "SBA submissions
    have also been extended to June 30"); a meeting's is held then."""
    if _DUE_NOUN.search(before) or _MOVED_TASK.search(before):
        return "deadline", "deadline: the new date of a moved deadline"
    return "event", "event: the new date of a moved meeting"


# What is due, moved to a new date: "submissions", "registration", "la inscripción".
_MOVED_TASK = re.compile(
    r"\b(?:submissions?|registrations?|applications?|nominations?|inscripci[óo]n|inscripciones"
    r"|entrega|postulaci[óo]n|postulaciones|candidaturas)\b",
    re.IGNORECASE,
)


def kind_with_reason(d: DateMention, p: Passage) -> tuple[str, str]:
    """The kind of a kept date expression and the feature that decided it."""
    c = cues()
    folded = p.folded or fold(p.clean)
    before = clause_before(p.clean, p.sentence[0], d.begin)
    f_before = folded[d.begin - len(before) : d.begin]
    if (
        p.reference is not None
        and d.start is not None
        and d.start < p.reference <= d.end
        and (task := _OPEN_TASK.search(folded, *p.sentence))
    ):
        return "deadline", f'deadline: an open period of "{task.group().strip()}", due by its end'

    if d.marker:
        if (d.marker.lower() in _UNTIL and c.postpone.search(f_before)) or (
            d.marker.lower() in ("al", "a", "to") and c.postpone.search(f_before[-40:])
        ):
            # "to postpone its 27th Universal Postal Congress until August 2021", "se traslada
            # al segundo semestre": the new date
            return _moved(before)
        if _HAPPENS_BY.search(f_before[-40:]) and _Q_EVENT_NOUN.search(before):
            # "is expected to take place in Dhaka by December this year": when it is held; not
            # "The block booking will only be held until 8 March 2012"
            return "event", f'event: held "{d.marker}" the date'
        if _MEETS_BY.search(f_before[-40:]):
            # "the next AP, which will meet before the end of the second half of 2012": a
            # meeting held by then
            return "event", f'event: meets "{d.marker}" the date'
        if (
            d.marker.lower() in _UNTIL
            and _EVENT_SUBJECT.match(before)
            and (m := _RUNS.search(f_before[-40:]))
        ):
            # "El evento, que se prolongará hasta el 7 de octubre": the event's last day
            return "event", f'event: the last day of an event ("{m.group().strip()}")'
        if (
            d.precision == "year"
            and _last_not_past(c.deliverable, f_before[-60:], before[-60:]) is None
            and _last(_Q_EVENT_VERB, before[-60:]) is None
            # not a pledge: "their commitments to replenishing ASEF funds by 2003"
            and not _PLEDGED.search(f_before[-80:])
        ):
            # a goal's year, no one's task: "the Global Plan towards the elimination of new HIV
            # infections among children by 2015", "A Vision for the Baltic Sea Region by 2020"
            return "deadline", NOTHING_DUE
        return "deadline", f'deadline: "{d.marker}"'
    if d.form == "duration":
        # "Se lleve a cabo …, en un plazo no mayor de sesenta días, un Taller de Expertos": an
        # event set within the period, when nothing is to be delivered.
        after = clause_after(p.clean, d.stop, p.sentence[1])
        held = _Q_EVENT_NOUN.search(after)  # what is held, up to its name
        f_after = folded[d.stop : d.stop + (held.end() if held else min(len(after), 40))]
        verb = _last_match(_EVENT_VERB, before)
        if (
            verb is not None
            and not _PARTICIPLE.search(verb.group())  # "el Seminario celebrado en…": past
            # the verb may say it meets: "El grupo resolvió reunirse de nuevo en 60 días"
            and (held or _Q_EVENT_NOUN.search(before) or _MEETS.search(verb.group()))
            and _last_not_past(c.deliverable, f_before, before) is None
            and c.deliverable.search(f_after) is None
        ):
            return "event", "event: an event held within a period"
        return "deadline", "deadline: a duration"
    if m := _BODY_WILL_ON.search(f_before[-60:]):
        # "the Council will on 4 December further examine …": the body sits that day
        return "event", f'event: "{m.group().strip()}", a body that sits on the date'
    if d.precision == "day" and (m := _PRESENTED_TO_BODY.search(f_before[-160:])):
        return "event", f'event: "{m.group().split()[0]}" at a sitting on the date'
    # (the row's last 300 characters: a text flattened to one line is not read back for each date)
    reach = max(0, d.begin - 300)
    row_start = max(reach, p.original.rfind("\n", reach, d.begin) + 1)
    if m := _DEADLINE_CELL.search(p.original, row_start, d.begin):
        # "| Fecha límite de recepción de propuestas | Hasta las 18:00 hrs. … del día 13 de
        # febrero del 2017 |": the row's label cell says what the day is
        return "deadline", f'deadline: in the row of "{m.group("label")}"'
    if (
        d.start is not None
        and d.start < d.end
        and d.precision == "day"
        and (m := _CALL_OPEN.search(folded, *p.sentence))
    ):
        # "La Convocatoria permanecerá abierta del 1 de abril hasta el 1 de junio": due by the
        # day it closes
        return "deadline", f'deadline: the close of "{m.group("call") or m.group("call2")}"'
    if (
        d.start is not None
        and d.precision == "day"
        and (d.end - d.start).days >= _CALL_SPAN_DAYS
        and (m := _CALL_NOUN.search(folded, max(p.sentence[0], d.begin - 300), d.begin))
    ):
        # "La presente Convocatoria … se publicará … desde el 8 de julio al 30 de septiembre",
        # "Próxima convocatoria … se realizará entre el 18 de agosto y el 22 de octubre": a call
        # open for weeks, due by its close
        return "deadline", f'deadline: the close of "{m.group()}"'
    if m := _PERIOD_THROUGH.search(f_before[-90:]):
        # "an open public comment period running now through November 30th": due by its end
        return "deadline", f'deadline: the end of a period ("{m.group("p")}")'
    marker = None
    for m in _Q_DEADLINE_BEFORE.finditer(before):
        if not _AGENT_BY.search(before, max(0, m.start() - 40), m.start()):
            marker = m  # not an agent's "by": "for consideration by the Conference"
    if (
        marker is not None
        and marker.group().split()[0].lower() in _UNTIL
        and c.postpone.search(f_before[-80:])
    ):
        # "XI EUROSAI Congress had been postponed until 30 May - 3 June 2021": the new date
        return _moved(before)
    if marker is not None and _MEETS_BY.search(f_before[-40:]):
        return "event", f'event: meets "{before[marker.start() : marker.end()]}" the date'
    if marker is not None:
        written = before[marker.start() : marker.end()]
        between = before[marker.end() :].split()
        if all(w.lower().strip(",") in _FILLER for w in between) and len(between) <= 3:
            return "deadline", f'deadline: "{written}"'
        meeting = _MEETING_NOUN.search(before[marker.end() :])
        # not "ahead of the Heads of Government Meeting, which will convene in Samoa in
        # October 2024": the date is the meeting's own
        if (
            meeting
            and len(between) <= 14
            and not _Q_EVENT_VERB.search(before[marker.end() :])
            # not what meets before the meeting: "consultations will take place one day prior
            # to the meeting, on 20 January 2013"
            and not _Q_EVENT_VERB.search(before[max(0, marker.start() - 60) : marker.start()])
            # not an agent's "by", its clause closed: "by trade and sectoral officials, to
            # conclude with a meeting of Senior Officials on 23-24 May"
            and not _CLAUSE_BREAK.search(before, marker.end(), meeting.start() + marker.end())
        ):
            return "deadline", f'deadline: "{written}" a meeting'
    near_close = f_before[-60:]
    if (closes := _CLOSES_BEFORE.search(near_close)) and not _EVENT_SUBJECT_BEFORE.search(
        near_close, 0, closes.start()
    ):  # not "The annual meeting closes on Friday, 3 October": a meeting's last day
        return "deadline", f'deadline: "{closes.group().strip()}"'
    if _EVENT_DUE.search(f_before[-80:]):
        # "the CIS summit due in Mink on 15 October": when the summit meets
        return "event", "event: a meeting due on the date"
    if _EVENT_ENDS.search(f_before[-80:]):
        # "durante la Quinta Ronda, la cual concluirá el 21 de noviembre": its last day
        return "event", "event: the day a meeting ends"
    if m := _DUE_NAMED.search(folded, max(start_of_line(folded, d.begin), d.begin - 160), d.begin):
        # "Plazo para la presentación del documento de síntesis: Martes 31 de mayo de 2016", "El
        # plazo límite para la presentación de las propuestas …, será el martes 31 de mayo": the
        # line names what is due on the day, up to its colon
        return "deadline", f'deadline: the day of "{m.group(1)}"'
    if (
        not d.marker
        and (hour := _DAY_HOUR.match(p.clean, d.stop))
        and not _LAST_MINUTE.search(hour.group())
        and not _CLOSES_BEFORE.search(f_before[-60:])
        # not "the deadline … extended to 4 June 2020 at 6 pm", "at the latest on Friday, 17
        # October 2008, at 11 a.m."
        and not _DUE_NOUN.search(before)
    ):
        # "will sign a Memorandum of Cooperation on Tuesday, 24th January at 11am": a day and
        # its hour are when something happens; what is due by a day is due by its last minute
        return "event", "event: a day and its hour"
    if _MEETING_SET.search(f_before[-120:]):
        # "También fijó su próxima reunión, la número 44, para el mes de agosto": the meeting
        # is what the date is set for, whatever it will decide
        return "event", "event: a meeting set for the date"
    if (header := column_header(p.original, d.begin)) and _due_column(header):
        # "… | Informes anuales | … | 15 de septiembre | …" under "| Plazo |": due then
        return "deadline", f'deadline: the column "{header.strip()}"'
    if due_line := _due_line(d, p):
        return "deadline", f'deadline: a timeline line ("{due_line}")'
    if row_task := _row_asks(d, p):
        return "deadline", f'deadline: a row that asks for "{row_task}"'
    if row := _calendar_line(d, p, c, folded):
        return "event", f'event: a calendar line ("{row}")'
    look_back = folded[max(0, p.sentence[0] - 300) : d.begin]
    moved = c.postpone.search(look_back) is not None  # looked for once, asked twice below
    to_date = _TO_A_DATE.search(f_before)
    # "aplazar … la Reunión técnica … del 21-25 de septiembre de 2020 a una fecha en 2021": the
    # postponement may lie sentences back, but "from one date to a date in" says it too
    if to_date and (moved or to_date.group(1)):
        return _moved(before)
    own = c.own_session.search(f_before[-90:])
    if own is not None:
        link = own.group().split()[0]
        at = len(f_before) - len(f_before[-90:]) + own.start()  # the verb that governs it is near
        if link in _BY_OWN_SESSION or _last_not_past(
            c.deliverable, f_before[max(0, at - 50) : at], before[max(0, at - 50) : at]
        ):
            return "deadline", f'deadline: due at its own session "{link} …"'
        # "agreed to resume consideration of this item at their 1350th meeting (5-6 July)":
        # nothing to deliver, the body takes the item up itself.
        return "event", f'event: on its own session\'s agenda "{link} …"'
    if moved and re.search(r"\b(?:hasta|until|to)\s+$", f_before):
        return _moved(before)
    if (
        d.form in ("range", "weekday", "day_of_month")
        and d.precision == "day"
        and d.start is not None
        and d.start < d.end
    ):
        return "event", "event: a span of days"  # "on Wednesday and Thursday" too
    if d.form in ("meeting_year", "meeting_month"):
        return "event", "event: the date names a meeting"
    event = _last(_Q_EVENT_VERB, before)
    deliverable = _last_not_past(c.deliverable, f_before, before)
    if _SET_FOR_TASK.search(before[-80:]):
        # "cuya finalización está programada para 2018": a task's noun, set for the date
        return "deadline", "deadline: a task set for the date"
    if event is not None or deliverable is not None:
        if (
            deliverable is not None
            and event is not None
            and event > deliverable
            and _SET_FOR_TASK.search(before, max(0, deliverable - 40))
        ):
            # "su quinto Informe de Evaluación, cuya finalización está prevista para el año
            # 2014": what is set for the date is a task, not a meeting
            return "deadline", "deadline: a task set for the date"
        if deliverable is None or (event is not None and event > deliverable):
            return "event", "event: event verb before"
        if _DONE_AT_MEETING.search(f_before[-90:]):
            return "event", "event: done at the meetings the date names"
        if _EVENT_OBJECT.match(f_before, deliverable):
            # "para preparar la XXVII Cumbre Iberoamericana … en noviembre de 2020": the date
            # is the summit's
            return "event", "event: what is prepared is an event"
        if _ACTED_AT_MEETING.search(f_before, 0, deliverable) and (
            _EVENT_NOUN_BEFORE.search(f_before[-80:]) or _AT_NAMED_MEETING.search(f_before[-140:])
        ):
            # "expected to be adopted at the 7th … Ministerial Conference on 12th November":
            # the meeting acts; a text submitted to it would be due
            return "event", "event: adopted or taken up at the meeting the date names"
        return "deadline", "deadline: deliverable verb before"
    if _EVENT_NOUN_BEFORE.search(before[-80:]):  # raw: a place is told by its capitals
        return "event", "event: event noun before"
    if _DAY_OF_MEETING.search(f_before[-80:]):
        # "The last day of PLMAM 2025, Thursday 6 November, is the Pacific Labour Mobility
        # Dialogue": a day of a meeting
        return "event", "event: a day of a meeting"
    after = clause_after(p.clean, d.stop, p.sentence[1])
    f_after = folded[d.stop : d.stop + len(after)]
    event_a = _first(_Q_EVENT_VERB, after)
    deliverable_a = _first_task(c.deliverable, f_after, after)
    if event_a is not None or deliverable_a is not None:
        if deliverable_a is None or (event_a is not None and event_a < deliverable_a):
            return "event", "event: event verb after"
        return "deadline", "deadline: deliverable verb after"
    if record := record_above(p.clean, d.begin):
        # "Compromiso: Diálogo con la RROCM …⏎Responsable: PPT y RROCM⏎Plazo: julio de 2023":
        # a field of a record, whose description says what the date is for
        f_record = fold(record)
        event_r = _first(_Q_EVENT_NOUN, record)
        deliverable_r = _first_task(c.deliverable, f_record)
        if event_r is not None and (deliverable_r is None or event_r < deliverable_r):
            return "event", "event: the record's activity is an event"
        if deliverable_r is not None:
            return "deadline", "deadline: the record's task is to deliver"
    sentence = row_of(p.clean, d.begin, d.stop) or p.clean[p.sentence[0] : p.sentence[1]]
    if any(
        not _SET_IN.search(sentence, max(0, m.start() - 20), m.start())
        for m in _Q_EVENT_NOUN.finditer(sentence)
    ):
        # not the meeting the sentence is set in: "Durante el encuentro se acordó continuar,
        # el año próximo, con la erección de hitos"
        return "event", "event: event noun"
    # Nothing is due: no deadline word, no deliverable. A day kept that asks for nothing is
    # when something happens ("78ª Martes 10 de septiembre de 2024" under "Fechas de apertura");
    # a longer period is a target's ("la unión aduanera que iniciarán a mediados de 2017").
    if due := _DUE_NOUN.search(before):
        return "deadline", f'deadline: "{due.group()}"'
    if asked := _asked_in_item(p, d):
        # "b. Information by Parties interested in serving as lead country … | 30 April 2020",
        # "Nomination of experts …": what is asked for by the date
        return "deadline", f'deadline: "{asked.group().strip()}" asked for'
    if d.precision in ("day", "week"):
        return "event", "event: a day, with nothing to deliver"
    return "deadline", NOTHING_DUE


# An hour right after a day: "on Tuesday, 24th January at 11am", "el lunes 3 de junio, a las
# 17:00 horas", "on 28 November, from 10 a.m. to 1 p.m.".
_DAY_HOUR = re.compile(
    r"[ \t]*,?[ \t]*(?:at[ \t]+|a[ \t]+las[ \t]+|from[ \t]+|de[ \t]+las[ \t]+|desde[ \t]+las[ \t]+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\b\.?|[ \t]*h(?:rs?|oras)?\b)?"
    r"|\d{1,2}[ \t]*(?:[ap]\.?m\b\.?|h(?:rs?|oras)\b))",
    re.IGNORECASE,
)
_LAST_MINUTE = re.compile(r"23[:.]59|24[:.]00")
# The reason a period is kept as a target when nothing in its sentence is due or held: a year
# read so is dropped by the caller ("Constituted in 1991", "la pesquería en 2016").
NOTHING_DUE = "deadline: a period, with no event named"


# What closes or lapses on the date: "el sistema … cierra el 20 de abril", "the call closes on".
_CLOSES_BEFORE = re.compile(
    r"\b(?:cierra|cerrara|se\s+cierra|vence|vencera|expira|expirara|closes|will\s+close|expires"
    r"|will\s+expire|lapses|(?:will|shall)\s+(?:now\s+)?(?:close|be\s+closed)"
    r"|(?:sera|seran)\s+cerrad[oa]s?)"
    # an hour may come first: "will now close at 11:59pm on Sunday 10th of December"
    r"\s+(?:(?:at|a\s+las)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h(?:rs?)?\.?)?\s+)?"
    rf"(?:(?:el|on|at|en|in)\s+)?(?:proximo\s+)?(?:{WEEKDAY_NAME},?\s+)?$"
)
# What a call asks for, named as a noun at the head of its line or item: "Nomination of experts",
# "Information by Parties", "Envío de los informes", "Submission of comments".
_ASKED_FOR = re.compile(
    r"(?:^|\n)[ \t]*(?:[a-z0-9]{1,3}[.)][ \t]+)?(?:nominations?|submissions?|information|notifications?"
    r"|comments|inputs|responses|replies|proposals|reports|envío|remisión|presentación|nominaci[óo]n"
    r"|designaci[óo]n|informaci[óo]n|comentarios|aportes|respuestas|propuestas|informes)\b",
    re.IGNORECASE,
)
# What a row asks for, named at the head of what it says after the date that opens it: "Friday
# 5 April 2013 Submission of ATCM and CEP Working Papers" (not "14 de junio: Presentación del
# informe WESO", a launch).
_ASKED_AFTER = re.compile(
    r"[ \t]*[:|–—-]?[ \t]*(?:submissions?|nominations?|envío|remisión|nominaci[óo]n"
    r"|designaci[óo]n|comments|inputs|proposals|comentarios|aportes|propuestas"
    r"|traducci[óo]n|elaboraci[óo]n|preparaci[óo]n|translation|preparation|drafting"
    r"|distribuci[óo]n|circulaci[óo]n|distribution|circulation)\b",
    re.IGNORECASE,
)
_ITEM_LABEL = re.compile(r"\n[ \t]*[a-z0-9]{1,3}[.)][ \t]+", re.IGNORECASE)


def _asked_in_item(p: Passage, d: DateMention) -> re.Match[str] | None:
    """For a date alone in a cell or on a line, what the item above it asks for: "b.
    Information by Parties …⏎|⏎-⏎|⏎30 April 2020"."""
    line_start = start_of_line(p.clean, d.begin)
    line_end = p.clean.find("\n", d.stop)
    rest = p.clean[line_start : line_end if line_end >= 0 else len(p.clean)]
    if rest.strip(" |.-–\t") != p.clean[d.begin : d.stop].strip():
        return None
    start = max(0, d.begin - 600)
    labels = list(_ITEM_LABEL.finditer(p.clean, start, d.begin))
    if not labels:
        return None
    return _ASKED_FOR.match(p.clean, labels[-1].start(), d.begin)


# A date named as the limit: "The closing date for nominations is 15 December 2012", "at the
# latest on Friday, 17 October 2008", "la fecha límite para …".
_DUE_NOUN = re.compile(
    r"\b(?:(?:closing|due|cut-?off|final|last)\s+date|at\s+the\s+latest|deadline|time-?limit"
    r"|fecha\s+(?:l[íi]mite|de\s+cierre|final)|plazo|a\s+m[áa]s\s+tardar|vencimiento)\b",
    re.IGNORECASE,
)
# What may open a line before its date: bullets, bars, an item's number.
_LINE_LEAD = r"[\s|•·*\-–—>]*(?:\d{1,2}[.)]\s*)?"
_LINE_OPENING = re.compile(rf"{_LINE_LEAD}(?:(?:el|on|the)\s+)?", re.IGNORECASE)


# What a timeline's line says is due on the date that opens it: "Sunday 11 March: Media
# accreditation closes", "Saturday 17 March: Applicants informed … by this date".
_DUE_ON_LINE = re.compile(
    r"\b(?:by\s+(?:this|that|the\s+same)\s+date|no\s+later\s+than|closes|deadline|due"
    r"|a\s+m[aá]s\s+tardar|plazo|fecha\s+l[ií]mite|cierre|vence|se\s+cierra)\b",
    re.IGNORECASE,
)


_TIMELINE_OPENING = re.compile(rf"{_LINE_LEAD}(?:{WEEKDAY_NAME},?\s+)?", re.IGNORECASE)


def _due_line(d: DateMention, p: Passage) -> str | None:
    """The deadline cue of a line a date opens, then a colon or a dash, or None."""
    text = p.clean
    if not _opens_timeline_line(text, d):
        return None
    if not re.match(r"\s*[:–—-]\s", text[d.stop : d.stop + 4]):
        return None
    line_end = text.find("\n", d.stop)
    line_end = len(text) if line_end < 0 else line_end
    m = _DUE_ON_LINE.search(text, d.stop, line_end)
    return m.group() if m else None


def _opens_timeline_line(text: str, d: DateMention) -> bool:
    """The date opens its line, after a bullet, an item's number or a weekday at most."""
    return _TIMELINE_OPENING.fullmatch(text, start_of_line(text, d.begin), d.begin) is not None


def _row_asks(d: DateMention, p: Passage) -> str | None:
    """What a line a date opens asks for, named first after it ("Submission of …"), or None."""
    text = p.clean
    if not _opens_timeline_line(text, d):
        return None
    m = _ASKED_AFTER.match(text, d.stop)
    return m.group().strip(" \t:|–—-") if m else None


def _calendar_line(d: DateMention, p: Passage, c: Cues, folded: str) -> str | None:
    """The event a line of a calendar or programme names after the date that opens it
    ("12 de agosto 2025 | Salud | … Sesiones técnicas | Bogotá", "• 12-13 November, APEC
    Concluding Senior Officials Meeting"), or None."""
    text = p.clean
    line_start = start_of_line(text, d.begin)
    if not _LINE_OPENING.fullmatch(text, line_start, d.begin):
        return None
    line_end = text.find("\n", d.stop)
    line_end = len(text) if line_end < 0 else min(line_end, d.stop + 200)
    event = _Q_EVENT_NOUN.search(text[d.stop : line_end])
    if event is None:
        return None
    deliverable = c.deliverable.search(folded, d.stop, line_end)
    if deliverable is not None and deliverable.start() < d.stop + event.start():
        return None
    return text[d.stop + event.start() : d.stop + event.end()]


# A verb told in the past reports, it does not ask: "la OEA informó que…", "have announced".
_PAST_FORM = re.compile(r"(?:ó|aron|ieron|yeron)$")
_EN_PAST = re.compile(r"[a-z]{3,}ed$")  # an English past: "provided", "approved", "submitted"
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|to)\s+(?:\w+\s+)?$")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?$")
# A purpose clause: its verb does not govern the date ("…, con el fin de evaluar los avances").
_PURPOSE = re.compile(
    r"\b(?:con\s+el\s+fin\s+de|a\s+fin\s+de|con\s+(?:el\s+)?objeto\s+de|in\s+order\s+to|with\s+a\s+view\s+to|so\s+as\s+to)\s+$"
)


def _last_not_past(rx: re.Pattern[str], folded: str, text: str) -> int | None:
    """The end of the last match of `rx` in `folded` whose verb is not in a past tense.

    `text` is the same stretch unfolded (same length), where Spanish preterites keep their
    accent ("informó").
    """
    pos = None
    for m in rx.finditer(folded):
        if _IN_NAME.search(text, max(0, m.start() - 40), m.start() + 1):
            continue  # "the Cooperation Review Group": a word of a name
        if _PAST_FORM.search(text[m.start() : m.end()]) or _PERFECT_BEFORE.search(
            folded[max(0, m.start() - 24) : m.start()]
        ):
            continue
        if _EN_PAST.search(folded, m.start(), m.end()) and not _PASSIVE_BEFORE.search(
            folded, max(0, m.start() - 24), m.start()
        ):
            continue  # "(b) provided guidance on …", "approved the agenda": done, not due
        if _PURPOSE.search(folded, max(0, m.start() - 24), m.start()):
            continue  # "realizar la reunión con el fin de evaluar…": the meeting is the act
        if _unsettled(folded, m.start()):
            continue  # "en fecha por confirmar", "date to be confirmed": nothing to deliver
        if folded.startswith(_ENDS, m.start()) and _EVENT_SUBJECT_BEFORE.search(
            folded, max(0, m.start() - 30), m.start()
        ):
            continue  # "the meetings will conclude on…": the meeting ends, nothing is delivered
        pos = m.end()
    return pos


def _first_task(rx: re.Pattern[str], folded: str, text: str = "") -> int | None:
    """The start of the first match of `rx` that asks for something: not a meeting ending ("the
    meetings will conclude on…"), a date still to be set ("en fecha por confirmar") or a status
    ("Confirmed"); nor, with the unfolded `text`, a word of a name ("the CFATF International
    Cooperation Review Group")."""
    for m in rx.finditer(folded):
        if text and _IN_NAME.search(text, max(0, m.start() - 40), m.start() + 1):
            continue
        if folded.startswith(_ENDS, m.start()) and (
            _EVENT_SUBJECT_BEFORE.search(folded, max(0, m.start() - 30), m.start())
            # with nothing after it: "ATCM concludes" ends a line of a calendar
            or _NOTHING_AFTER.match(folded, m.end())
        ):
            continue
        if _unsettled(folded, m.start()):
            continue
        if _STATUS_WORD.fullmatch(m.group()) and not _PASSIVE_BEFORE.search(
            folded, max(0, m.start() - 24), m.start()
        ):
            continue  # "… | Confirmed |", "Estado: confirmado": a status, not a task
        return m.start()
    return None


# A capitalised word right after another, up to the one at hand: a word of a name ("…
# Cooperation Review Group"), not a verb.
_IN_NAME = re.compile(r"[A-Z][\w-]*\s+[A-Z]$")
# The end of a clause right after a verb: it has no object ("ATCM concludes⏎").
_NOTHING_AFTER = re.compile(r"[ \t]*(?:[.;]|\n|$)")
# A participle that says where a thing stands: "Confirmed", "confirmado".
_STATUS_WORD = re.compile(r"[a-z]{3,}(?:ed|ad[oa]s?|id[oa]s?)")


# A field line of a record: "Plazo: julio de 2023", "Deadline: 30 June".
_FIELD_LABEL = r"[ \t]*" + FIELD_LABEL  # "Plazo:", "• Fecha:"
_FIELD = re.compile(_FIELD_LABEL + r"[ \t]*$")
_FIELD_LINE = re.compile(_FIELD_LABEL + r"\s")
# Where a record's block ends above: a blank line or a rule of dashes.
_BLOCK_EDGE = re.compile(r"\n[ \t]*(?:[-_=*]{3,}[ \t]*)?\n")


# Bodies of the wider system whose meetings a preamble recites: the United Nations General
# Assembly, the Global Forum on Migration and Development, a Conference of the Parties.
_OTHER_BODY = re.compile(
    r"\b(?:asamblea\s+general\s+de\s+las\s+naciones\s+unidas|general\s+assembly\s+of\s+the\s+united"
    r"\s+nations|united\s+nations\s+general\s+assembly|foro\s+mundial\s+sobre\s+migraci[oó]n"
    r"|global\s+forum\s+on\s+migration|conferencia\s+de\s+las\s+partes|conference\s+of\s+the"
    r"\s+parties|consejo\s+de\s+derechos\s+humanos|human\s+rights\s+council)\b"
)
# What the clause says of its date after it: unlikely or impossible (folded).
_UNLIKELY_AFTER = re.compile(
    r"[^.;:,]{0,40}?\b(?<!\bit\s)(?P<u>(?:is|are|seems|appears|remains)\s+(?:highly\s+|very\s+|most\s+)?"
    r"(?:unlikely|improbable|impossible|not\s+possible)"
    r"|(?:es|son|resulta|parece)\s+(?:muy\s+|poco\s+|sumamente\s+)?(?:improbable|imposible"
    r"|inviable)|no\s+(?:es|sera|resulta)\s+posible)\b"
)
# A negated future: "no será reprogramado durante", "will not be held in", "no se realizará".
_NOT_TO_BE = re.compile(
    r"\b(?:no\s+(?:sera|seran|se\s+\w+(?:ara|eran|aran|era|ira|iran))|will\s+not|shall\s+not"
    # "the summit cannot be held as scheduled from May 14 to 16", "no podrá realizarse"
    r"|won't|cannot|can\s+not|could\s+not|no\s+podra|no\s+podran)"
    r"\s+(?:be\s+)?\w+\s+(?:(?!y\b|and\b|pero\b|but\b|sino\b|instead\b|rather\b)"
    r"[^\W\d]\w*\s+){0,4}?"
    r"(?:(?:en|durante|el|on|in|during|before|antes\s+del?)\s+)?$"
)
# The day a text's version or update is dated: "Versión actualizada al", "updated as of".
_VERSION_OF = re.compile(
    r"\b(?:(?:versi[oó]n\s+)?actualizad[oa](?:\s+(?:al|a))?|(?:last\s+)?updated(?:\s+(?:on|as\s+of"
    r"|as\s+at))?|version\s+of|versi[oó]n\s+del?)\s+$"
)
# A page's update label right before the date (folded): "Last update: 16 Feb 2018".
_UPDATE_LABEL = re.compile(r"\b(?:last\s+update|ultima\s+actualizacion)\s*:\s*$")
# A page's update stamp on a line of its own: "Actualizado 27/05/2013 10:27", "Updated: 3 May".
_STAMP_LINE = re.compile(r"(?:^|\n)[ \t]*(?:actualizad[oa]|(?:last\s+)?updated)[ \t]*:?[ \t]*$")
# …and what makes it the text's own version, not a task to update it by a date.
_VERSIONED = re.compile(r"versi[oó]n|version|last\s+updated|as\s+(?:of|at)|actualizad[oa]\s+al?$")
# A day named as a commemoration, its name in capitals: "… como Día Iberoamericano de la
# Ciencia", "… as World Wetlands Day".
_DAY_NAMED_AS = re.compile(
    r"\s*,?\s*(?:como|as)\s+(?:el\s+|the\s+)?(?:[A-ZÁÉÍÓÚ][\w-]*\s+){0,3}?(?:D[íi]a|Day)\b"
)
# What a quantity may come to, not what anyone is to do: "could double by 2015", "podría
# superar las diez mil al cierre de 2018", "is projected to reach 2 million in 2030".
_PROJECTION = re.compile(
    r"\b(?:could|might|may|would|podria|podrian|is\s+projected\s+to|are\s+projected\s+to"
    r"|is\s+expected\s+to|are\s+expected\s+to|se\s+espera\s+que|estiman?\s+que"
    r"|se\s+estima\s+que)\s+(?:(?!not\b|no\b)\w+\s+){0,2}?(?:double|triple|reach|exceed|rise"
    r"|fall|grow|increase|decrease|decline|surpass|duplicar\w*|triplicar\w*|superar\w*"
    r"|alcanzar\w*|aumentar\w*|crecer\w*|disminuir\w*|llegar\s+a"
    # a state compared: "is expected to be poorer by the end of 2024", "podría ser más alta"
    r"|be\s+(?:\w+er|more\s+\w+|less\s+\w+)|ser\s+(?:mas|menos)\s+\w+)\b[^.;,]{0,60}$"
)
# A day someone travels on: "la llegada el lunes 20 de agosto", "arrival on 3 May".
_TRAVEL = re.compile(
    r"\b(llegada|arribo|regreso|salida|arrival|departure|return\s+flight|vuelo)\s+"
    r"(?:\w+\s+){0,3}?(?:el|on|the|del|de)\s+(?:\w+\s+)?$"
)
# A record's status that takes its date off: "Estado: Cumplido", "Status: Cancelled".
_STATUS = re.compile(
    r"^[ \t]*(?:estado|status|situaci[oó]n)[ \t]*:[ \t]*(cumplid[oa]|completad[oa]|realizad[oa]"
    r"|concluid[oa]|finalizad[oa]|cancelad[oa]|suspendid[oa]|reprogramad[oa]|aplazad[oa]"
    r"|pospuest[oa]|completed|done|held|cancell?ed|postponed|rescheduled|withdrawn)\b",
    re.IGNORECASE | re.MULTILINE,
)


_ROW_REACH = 4000  # the longest line read as a table's row


def column_header(text: str, at: int) -> str | None:
    """The header of the table column the position `at` is in (a table flattened into lines
    of cells between "|"), or None outside a table."""
    line_start = start_of_line(text, at)
    line_end = text.find("\n", at)
    if (line_end if line_end >= 0 else len(text)) - line_start > _ROW_REACH:
        return None  # no table's row: a line of a whole text
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if line.count("|") < 2:
        return None
    column = text[line_start:at].lstrip(" \t|").count("|")
    header = line
    start = line_start
    while start > 0:  # up to the first line of the table
        above = start_of_line(text, start - 1)
        row = text[above : start - 1]
        if row.count("|") < 2:
            break
        if row.strip(" \t|-:"):  # not the rule under the header
            header = row
        start = above
    cells = header.strip().strip("|").split("|")
    return cells[column] if column < len(cells) else None


def _due_column(header: str) -> bool:
    """A column of what is due ("Plazo", "Deadline"); not one of dates of any kind ("Deadline /
    date", where events are listed too)."""
    due = _DUE_HEADER.search(header)
    return due is not None and not _DATE_HEADER.search(header[: due.start()] + header[due.end() :])


_DATE_HEADER = re.compile(r"\b(?:dates?|fechas?|when|cu[aá]ndo)\b", re.IGNORECASE)
_DUE_HEADER = re.compile(
    r"\b(?:plazos?|deadlines?|due(?:\s+date)?|fechas?\s+l[íi]mites?|vencimiento|time\s*lines?)\b",
    re.IGNORECASE,
)


def row_of(text: str, begin: int, stop: int) -> str | None:
    """The row of a table the span [begin, stop) is in ("| 4 | … | Q4 2017 | Pending |"), which
    speaks for itself, not for the rows around it; None outside a table."""
    line_start = start_of_line(text, begin)
    if not text.startswith("|", line_start):
        return None
    line_end = text.find("\n", stop)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def record_status(clean: str, at: int) -> str | None:
    """The status a record gives the field its date fills ("Plazo: 15 de junio de
    2023⏎Estado: Cumplido"), when it takes the date off; else None."""
    if record_above(clean, at) is None:
        return None
    end = _BLOCK_EDGE.search(clean, at)
    m = _STATUS.search(clean, at, end.start() if end else min(len(clean), at + 400))
    return m.group(1) if m else None


def record_above(clean: str, at: int) -> str | None:
    """The lines above a date that is the value of a field ("Plazo: julio de 2023"), back to
    the start of its block, when the date's line is such a field; else None."""
    line_start = start_of_line(clean, at)
    if not _FIELD.fullmatch(clean, line_start, at) or line_start == 0:
        return None
    edges = [m.end() for m in _BLOCK_EDGE.finditer(clean, max(0, line_start - 600), line_start)]
    start = edges[-1] if edges else max(0, line_start - 600)
    block = clean[start : line_start - 1]
    lines = [line for line in block.split("\n") if line.strip()]
    fields = [line for line in lines if _FIELD_LINE.match(line)]
    # a record is field lines, under a heading of its own at most ("N.º 8 (Decisión 21)")
    if (
        not fields
        or len(lines) - len(fields) > 1
        or (len(fields) < len(lines) and lines[0] in fields)
    ):
        return None
    return block


def _unsettled(folded: str, at: int) -> bool:
    """A date still to be set, not a confirmation due: "en fecha por confirmar", "día por
    definir", "date to be confirmed"."""
    return (
        folded.startswith(("confirm", "defin", "determin"), at)
        and _TO_BE.search(folded, max(0, at - 8), at) is not None
    )


_TO_BE = re.compile(r"\b(?:por|a|to\s+be)\s+$")


def _last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return found


def _last(rx: re.Pattern[str] | _Quick, text: str) -> int | None:
    pos = None
    for m in rx.finditer(text):
        pos = m.end()
    return pos


def _first(rx: re.Pattern[str] | _Quick, text: str) -> int | None:
    m = rx.search(text)
    return m.start() if m else None


def responsible(
    index: TextIndex,
    clean: str,
    begin: int,
    stop: int,
    focus: int | None = None,
    date_span: tuple[int, int] | None = None,
    kind: str = "deadline",
) -> tuple[str, ...]:
    """Actors responsible in clean[begin:stop]: not places, not recipients, not meeting names.

    With `date_span`, only the part of the sentence that speaks of that date counts. With
    `focus` (a deadline's position), the addressees of the nearest request before it
    ("pedir a la ST que…", "urge Member Countries to…") are the ones responsible.
    """
    if (
        kind == "deadline"
        and index.addressees
        and _YOU_ASKED.search(clean, begin, focus if focus is not None else stop)
    ):
        # "Les rogamos devolverlo … a más tardar el 11 de octubre … a la ST", in a circular
        # "Para: Puntos focales …": its readers, not the office they send it to
        return index.addressees
    if date_span is not None:
        begin, stop = who_span(clean, begin, stop, date_span, kind)
    if focus is not None:
        requests = list(_REQUEST.finditer(clean, begin, focus))
        for request in reversed(requests):
            # "pidió a la Oficina que…": the addressee, known or as written, not the actors
            # named further on in what it is asked to do.
            named = _actors(index, clean, request.end(), focus)
            if addressee := _ADDRESSEE.match(clean, request.end(), focus):
                head = _actors(index, clean, request.end(), addressee.end())
                if not head:
                    return (addressee.group("who"),)
                implied = index.implied
                asking = {implied.organ, implied.organisation} if implied is not None else set()
                return head + tuple(a for a in named if a not in head and a not in asking)
            if named:
                return named
    named = _actors(index, clean, begin, stop, kind)
    if named:
        return named
    return _implied_actors(index, clean, begin, stop, kind, date_span[0] if date_span else None)


# A request made to the readers of a letter: "les rogamos", "agradeceremos que nos confirmen",
# "please", "we kindly ask you", "you are requested".
_YOU_ASKED = re.compile(
    r"\b(?:les?|os)\s+(?:rogamos|ruego|solicitamos|solicito|pedimos|pido|invitamos|invito"
    r"|recordamos|recuerdo|instamos|agradecer[ée]\w*)\b"
    r"|\b(?:mucho\s+)?agradecer(?:emos|íamos|iamos|é|ía|ia)\s+(?:que|su|sus|el|la)\b"
    r"|\bs[íi]rvan(?:se)?\b|\bfavor\s+de\b|\bplease\b|\bkindly\b"
    r"|\bwe\s+(?:would\s+)?(?:ask|request|invite|urge|remind)\s+you\b"
    r"|\byou\s+are\s+(?:kindly\s+)?(?:requested|invited|asked|reminded)\b"
    r"|\bwe\s+would\s+(?:be\s+grateful|appreciate)\b",
    re.IGNORECASE,
)
# The addressee of a request, named with capitals: "a la Oficina", "al Director General",
# "the Director-General" (then "que"/"to" or a comma).
_ADDRESSEE = re.compile(
    r"\s+(?:a\s+|al\s+|to\s+)?(?:(?:la|el|los|las|the)\s+)?"
    r"(?P<who>[A-ZÁÉÍÓÚ][\w-]+(?:\s+(?:(?:de|del|of|de\s+la|of\s+the)\s+)?[A-ZÁÉÍÓÚ][\w-]+){0,3})"
    r"(?=\s*,?\s+(?:que|to|a\s+que)\b)"
)


def who_span(
    clean: str, begin: int, stop: int, date_span: tuple[int, int], kind: str
) -> tuple[int, int]:
    """The part of a sentence that answers for the date at `date_span`.

    A second decision joined by "y"/"and" ("…, y encargar a la ST que…") has its own
    addressee; a clause after the date with its own subject ("…, ocasión en la que Belice
    asumirá la PPT", "…, esperándose las respuestas de los países") speaks of something else.
    """
    at, end = date_span
    cut = clean.rfind(";", begin, at)
    if cut >= 0 and _NO_OBLIGATION_START.match(clean[begin:cut]):
        begin = cut + 1  # "Manifestar nuestra congratulación a México…; …participen en…"
    for m in _NEXT_DECISION.finditer(clean, begin, stop):
        if m.start() < at:
            begin = m.start() + 1
        elif not _CONFIRM.search(clean, m.end(), stop):
            # Asking members to confirm attendance still belongs to the event.
            stop = m.start()
            break
    side = (_SIDE_CLAUSE if kind == "event" else _SIDE_OR_RELATIVE).search(clean, end, stop)
    if side is not None:
        stop = side.start()
    return begin, stop


def _implied_actors(
    index: TextIndex, clean: str, begin: int, stop: int, kind: str, date_begin: int | None = None
) -> tuple[str, ...]:
    """Who answers when the passage names no one: the members, or the host country.

    "Remitir a la ST comentarios…" asks the members to send something to a body; the
    Vice-Ministerial meeting "se celebrará en Ciudad de Guatemala" is hosted by Guatemala.
    """
    g = index.gazetteer
    members = g.members_group
    implied = index.implied
    if members is not None and _impersonal(clean, begin, stop, date_begin):
        return (members,)  # "Se acordó realizarlo…": the members agreed
    if implied is not None:
        return _implied_by_profile(implied, members, clean, begin, stop, kind, date_begin)
    if (
        kind == "deadline"
        and members is not None
        and _SEND_TO.match(clean, begin, stop)
        # "Presentar a los Países Miembros…": the members receive, someone else sends.
        and all(a.canonical != members for a in index.actors(begin, stop))
    ):
        return (members,)
    if kind == "event" and _PLENARY.search(clean, begin, stop):
        venue = place_of(index, clean, begin, stop)
        country = venue.rsplit(", ", 1)[-1] if venue else None
        if country is not None and country in g.countries:
            return (country,)
    return ()


def _impersonal(clean: str, begin: int, stop: int, date_begin: int | None) -> bool:
    """A decision told without its agent before the date: "Se acordó…", "It was agreed…"."""
    end = date_begin if date_begin is not None else stop
    return cues().impersonal.search(fold(clean[begin:end])) is not None


def _implied_by_profile(
    implied: Implied,
    members: str | None,
    clean: str,
    begin: int,
    stop: int,
    kind: str,
    date_begin: int | None,
) -> tuple[str, ...]:
    """Who answers in another body's document when the passage names no one.

    The members when they speak for themselves ("we will…", "nos comprometemos a…"); the
    deciding organ for what is due at its own session ("by its 335th Session"); the body's
    organisation for its meetings and for deadlines without an agent.
    """
    if members is not None and (
        first_person(implied.folded, begin, stop)
        or (kind == "deadline" and _SEND_TO.match(clean, begin, stop))
    ):
        return (members,)
    if (
        kind == "deadline"
        and implied.organ is not None
        and date_begin is not None
        and cues().own_session.search(implied.folded, max(begin, date_begin - 90), date_begin)
    ):
        return (implied.organ,)
    if implied.organisation is not None:
        return (implied.organisation,)
    return ()


# An ordinal in front of a name makes it a session: "53rd Directing Council", "XXIII Conferencia".
_ORDINAL_BEFORE = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th|\.?ª|\.?º|\.a|\.o)|(?<![\w.])[IVXL]{1,6})\s+$"
)


def _actors(
    index: TextIndex, clean: str, begin: int, stop: int, kind: str = "deadline"
) -> tuple[str, ...]:
    g = index.gazetteer
    implied = index.implied
    decider = implied.organ if implied is not None and kind == "event" else None
    implied_folded = implied.folded if implied is not None else ""
    places = index.places(begin, stop)
    out: list[str] = []
    skip_to = -1
    for a in index.actors(begin, stop):
        if a.begin < skip_to:
            continue
        if any(p.begin <= a.begin < p.stop for p in places if p.canonical != a.canonical):
            continue  # "Ciudad de Panamá", "San José, Costa Rica"
        head = clean[max(begin, a.begin - 100) : a.begin]
        if a.canonical in _UMBRELLAS and (owned := _owned_body(index, clean, head, a, stop)):
            # The body it qualifies answers, as the gazetteer knows it or as written.
            name, known = owned
            if not known and name not in out:
                out.append(name)
            continue
        tail = head[-40:]
        low_head = lowered(head)
        # Lower-casing keeps Latin letters one for one, so the tail of `low_head` is the tail's.
        low_tail = lowered(tail) if low_head is None else low_head[-40:]
        excluded = (
            # "la próxima reunión del GRCM", "the next RCGM meeting"; "a civil society forum":
            # the name qualifies the event; a role ("asumirá la PPT"), attendance ("con la
            # participación del ACNUR"), an event's counterpart ("un foro conjunto con…")
            _MEETING_AFTER.match(clean, a.stop) is not None
            or EVENT_NOUN.match(clean, _skip_space(clean, a.stop)) is not None
            or _Q_NOT_AN_ACTOR_BEFORE.search_in(tail, low_tail) is not None
            # "the 53rd Directing Council … will take place": a session, not an actor (the
            # ordinal ends where the tail's last spaces begin, and is at most 6 characters)
            or _ORDINAL_BEFORE.search(tail, max(0, len(tail.rstrip()) - 6)) is not None
            # "The Governing Body approved the holding of…": it decides, it does not hold
            or (decider == a.canonical and decides_after(implied_folded, a.stop))
            # "en El Salvador"; "the Commission of Inquiry on Syria"
            or (
                a.canonical in g.countries
                and (
                    _Q_PLACE_BEFORE.search_in(tail, low_tail) is not None
                    or _ABOUT_BEFORE.search(tail) is not None
                )
            )
            # "remitir a la ST", "to Member Countries" (the cheap test first)
            or (
                _Q_ENDS_WITH_PREPOSITION.search_in(tail, low_tail) is not None
                and _Q_RECIPIENT.search_in(head, low_head) is not None
            )
            # "shall notify the Secretariat": told, not telling
            or _TOLD_DIRECTLY.search(tail) is not None
        )
        if excluded:
            # "Grupo Regional de Consulta sobre Migración (GRCM)": the acronym goes with it.
            paren = re.match(r"\s*\(", clean[a.stop : a.stop + 4])
            if paren:
                skip_to = a.stop + paren.end() + 12
            continue
        if a.canonical not in out:
            out.append(a.canonical)
    # "Bolivia, Brasil, Colombia, Ecuador, Guyana, Perú, Surinam y Venezuela": the members.
    outside = [a for a in out if a in g.countries and a not in g.members]
    if len(outside) >= _LISTED_MEMBERS and g.members_group is not None:
        out = [a for a in out if a not in outside]
        if g.members_group not in out:
            out.append(g.members_group)
    return tuple(out)


def _owned_body(
    index: TextIndex, clean: str, head: str, umbrella: Mention, stop: int
) -> tuple[str, bool] | None:
    """The body an umbrella organisation's mention qualifies, as written, and whether the
    gazetteer names it there itself; `head` is the text right before the mention."""
    before = _OWNED_BEFORE.search(head)
    if before is not None:
        at = umbrella.begin - len(head) + before.start("name")
        return before.group("name"), bool(index.actors(at, umbrella.begin))
    after = _OWNED_AFTER.match(clean, umbrella.stop, stop)
    if after is not None:
        return after.group("name"), bool(index.actors(umbrella.stop, after.end()))
    return None


def _skip_space(clean: str, pos: int) -> int:
    """The first position at or after `pos` that is not a space."""
    while pos < len(clean) and clean[pos] == " ":
        pos += 1
    return pos


def place_of(index: TextIndex, clean: str, begin: int, stop: int) -> str | None:
    """The venue named in clean[begin:stop] ("en San José, Costa Rica"), if any.

    A city the data does not know is taken as written when its country follows it: "in Doha,
    Qatar", "en Praga (República Checa)" give "Doha, Catar" and "Praga, Chequia".
    """
    countries = index.gazetteer.countries
    for p in index.places(begin, stop):
        head = clean[max(begin, p.begin - 60) : p.begin]
        city = _CITY_BEFORE.search(head) if p.canonical in countries else None
        if city is not None:
            head = head[: city.start("city")]
        elif not _PLACE_BEFORE.search(head[-30:]):
            continue
        if _HELD_IN_BEFORE.search(head[-30:]):
            continue  # "celebrada en…": where something was held
        return p.canonical if city is None else f"{city.group('city')}, {p.canonical}"
    return None


_HELD_IN_BEFORE = re.compile(r"(?:realizad|celebrad|held|efectuad)\w*\s+en\s+$", re.IGNORECASE)
# A city before its country, on one line: "in Doha, " / "en Praga (" / "in the city of Cuenca, ".
_CITY_BEFORE = re.compile(
    r"(?:\ben|\bin|\bat)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?"
    r"(?P<city>[A-ZÁÉÍÓÚ][\w’'.-]*(?:[ \t]+(?:de[ \t]+|del[ \t]+|of[ \t]+)?[A-ZÁÉÍÓÚ][\w’'.-]*){0,3})"
    r"[ \t]*(?:,|\()\s*$"
)


# Where a summary stops ("…, que…", "; …", "… in the city…") and how it is tidied.
_SUMMARY_CUT = re.compile(
    r"[;:]|,\s*(?:que|el\s+cual|la\s+cual|which|with|con|to\s+be|a\s+ser|hosted|under|bajo|en\s+coordinaci[óo]n|in\s+coordination)\b|\s(?:que\s+se|which\s+will|en\s+la\s+ciudad|in\s+the\s+city)\b"
)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.])")
_COMMAS = re.compile(r",(?:\s*,)+")
_LINKS = [
    "en",
    "in",
    "de",
    "del",
    "the",
    "a",
    "al",
    "on",
    "y",
    "and",
    "durante",
    "during",
    "para",
    "for",
    "el",
    "la",
    "los",
    "las",
]
_TRAILING_LINKS = re.compile(r"(?:\s+(?:" + "|".join(_LINKS) + r"))+$")
# A summary's only spaces are single " ": a trailing link can only be one of these endings.
_LINK_ENDINGS = tuple(" " + w for w in _LINKS)


# Capitalised words right before an event noun, its name: "Caribbean ICT Ministers’ Retreat".
_DETERMINER = r"(?:The|That|This|Its|Their|El|La|Los|Las|Este|Esta|Su|Sus|Un|Una|An?)\s"
_NAMED_BEFORE = re.compile(
    rf"(?<![\w’'])(?:{_DETERMINER}+)?(?P<name>(?!{_DETERMINER})(?:[A-Z][\w’'-]*\s+){{1,6}})$"
)


def summary(clean: str, begin: int, stop: int, d: DateMention | None, kind: str) -> str:
    """A short description: the event named, or the action asked for."""
    text = clean[begin:stop]
    at = len(text) if d is None else d.begin - begin  # where the date sits in `text`
    start = 0
    if kind == "event":
        nouns = list(EVENT_NOUN.finditer(text))
        before = [m for m in nouns if m.start() < at]
        chosen = before[-1] if before else (nouns[0] if nouns else None)
        if chosen is not None:
            start = chosen.start()
            # "Taller regional de capacitación": the phrase starts at its first event noun.
            for m in reversed(before[:-1] if before else []):
                if 0 <= start - m.end() <= 25:
                    start = m.start()
            # Keep an ordinal or adjective in front: "IV Reunión", "próxima reunión".
            lead = re.search(
                r"(?:\b[IVX]{1,5}\s+|\b(?:primera|primer|próxima|siguiente|next|first)\s+)+$",
                text[:start],
                re.IGNORECASE,
            )
            if lead:
                start = lead.start()
            elif named := _NAMED_BEFORE.search(text, max(0, start - 80), start):
                # the name in front of it: "the Inaugural Caribbean ICT Ministers’ Retreat"
                start = named.start("name")
    else:
        for m in _QUICK_DELIVERABLE.finditer(text):
            if m.start() >= at:
                break
            start = m.start()  # the last verb before the date
    # Up to the date when the date follows; otherwise what follows, without the date.
    # (three words or more: the split stops at the third)
    piece = (
        text[start:at] if at > start and len(text[start:at].split(None, 2)) >= 3 else text[start:]
    )
    if d is not None:
        piece = piece.replace(d.text, " ")
    cut = _SUMMARY_CUT.search(piece)
    if cut is not None:
        piece = piece[: cut.start()]
    if "  " in piece or not piece.isprintable():  # any other space is not printable
        piece = _SPACES.sub(" ", piece)
    # Its spaces are now single " ": the patterns below can match only where these are found.
    if " ," in piece or " ." in piece:
        piece = _SPACE_BEFORE_MARK.sub(r"\1", piece)
    piece = _COMMAS.sub(",", piece).strip(" ,.-–")
    if piece.endswith(_LINK_ENDINGS):
        piece = _TRAILING_LINKS.sub("", piece)
    if len(piece) > 140:
        piece = piece[:140].rsplit(" ", 1)[0] + "…"
    return piece[:1].upper() + piece[1:] if piece else ""


_CONFIRM_REACH = 2000  # how far from an event's sentence its paragraph asks to confirm


def confirm_asked(clean: str, begin: int, stop: int) -> bool:
    """Does this passage ask members to confirm participation?"""
    return _Q_CONFIRM.search(clean[begin:stop]) is not None


_BLANKED = re.compile(r" {3,}|\n\s*\n")  # where noise may have been blanked


def quote_span(
    original: str, clean: str, sentence: tuple[int, int], d: DateMention
) -> tuple[int, int]:
    """The sentence around a date, shortened so it holds no blanked noise (verbatim quote)."""
    begin, stop = sentence
    # Noise was blanked: where the clean text has runs of spaces the original has something else.
    for m in _BLANKED.finditer(clean, begin, stop):
        b, e = m.span()
        if original[b:e] == clean[b:e]:
            continue
        if e <= d.begin:
            begin = e
        elif b >= d.stop:
            stop = b
            break
    while begin < stop and original[begin].isspace():
        begin += 1
    while stop > begin and original[stop - 1].isspace():
        stop -= 1
    return begin, stop


def build(
    d: DateMention,
    p: Passage,
    index: TextIndex,
    kind: str | None = None,
) -> Commitment:
    """Assemble the commitment a kept date expression stands for (of `kind` when the caller
    has already read it with `kind_with_reason`)."""
    kind = kind or kind_of(d, p)
    start = d.start
    precision = d.precision
    if kind == "deadline" and d.precision == "day":
        start = None
    elif kind == "event" and d.form == "duration" and p.reference is not None:
        # a meeting to be held within a period: any day of it, after the meeting that set it
        start, precision = min(d.end, p.reference + timedelta(days=1)), "vague"
    elif kind == "event" and start is None:
        start = d.end
    s_begin, s_end = p.sentence
    q_begin, q_end = quote_span(p.original, p.clean, p.sentence, d)
    para_begin, para_end = p.paragraph
    # the paragraph around the sentence, within reach (a paragraph may be a whole text)
    confirm = confirm_asked(p.clean, s_begin, s_end) or (
        kind == "event"
        and confirm_asked(
            p.clean,
            max(para_begin, s_begin - _CONFIRM_REACH),
            min(para_end, s_end + _CONFIRM_REACH),
        )
    )
    return Commitment(
        kind=kind,  # type: ignore[arg-type]
        date_text=p.original[d.begin : d.stop],
        start=start,
        end=d.end,
        precision=precision,  # type: ignore[arg-type]
        quote=p.original[q_begin:q_end],
        ref=p.ref,
        what=summary(p.clean, s_begin, s_end, d, kind),
        who=responsible(
            index,
            p.clean,
            s_begin,
            s_end,
            d.begin if kind == "deadline" else None,
            (d.begin, d.stop),
            kind,
        ),
        where=place_of(index, p.clean, s_begin, s_end),
        confirm=confirm,
        ref_date=p.reference,
    )


# Words without which no anchor of `_NEXT_MEETING` can be in a sentence.
_ANCHOR_WORDS = (
    "próxim",
    "proxim",
    "siguiente",
    "next",
    "futur",
    "brevedad",
    "posible",
    "possible",
    "inmedia",
    "immedia",
)


def open_task(
    original: str,
    clean: str,
    sentence: tuple[int, int],
    ref: str | None,
    reference: date | None,
    index: TextIndex,
) -> OpenTask | None:
    """An undated obligation in this sentence, if it asks someone to do something."""
    begin, stop = sentence
    text = clean[begin:stop]
    if len(text.strip()) < 12 or (
        _NO_OBLIGATION_START.match(text) and not _REQUEST.search(text[20:])
    ):
        return None
    low = text.lower()
    anchor = None
    if any(map(low.__contains__, _ANCHOR_WORDS)):
        anchor = next((label for rx, label in _NEXT_MEETING if rx.search(text)), None)
    if anchor is None and not _QUICK_REQUEST.search_in(
        text, None if _Quick._OTHER.search(text) else low
    ):
        return None
    return OpenTask(
        quote=original[begin:stop].strip(),
        ref=ref,
        what=summary(clean, begin, stop, None, "deadline") or None,
        who=responsible(index, clean, begin, stop),
        anchor=anchor,
        ref_date=reference,
    )
