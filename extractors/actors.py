"""Actors and places named in a passage, mapped to their canonical names (data in `data/`)."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate, compress
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A canonical name found at a span of the text."""

    begin: int
    stop: int
    canonical: str


def read_data(name: str) -> str:
    """The text of one of the package's data files."""
    return (resources.files("extractors") / "data" / name).read_text(encoding="utf-8")


def _read(name: str) -> dict[str, Any]:
    return dict(json.loads(read_data(name)))


def load_actors(path: Path | None = None) -> list[dict[str, Any]]:
    """Return the actor records (countries, bodies, organisations) of a forum's data file."""
    data = json.loads(path.read_text(encoding="utf-8")) if path else _read("actors.json")
    return list(data["actors"])


def world_countries(known: AbstractSet[str] = frozenset()) -> list[dict[str, Any]]:
    """Actor records for the world's countries, beside a forum's own (`known` canonical names).

    Names in Spanish and English come from babel's CLDR data; `data/countries.json` gives the
    canonical short forms, the United Nations' names and the codes to leave out.
    """
    return [dict(record) for record in _world_countries() if record["canonical"] not in known]


@cache
def _world_countries() -> tuple[dict[str, Any], ...]:
    """Every country's record, read once: the gazetteer and the bot's catalogue both ask."""
    from babel import Locale  # only when a gazetteer is built: it reads the CLDR tables

    data = _read("countries.json")
    spanish = Locale.parse("es").territories
    english = Locale.parse("en").territories
    skip, unmatched = set(data["skip"]), set(data["unmatched"])
    out: list[dict[str, Any]] = []
    for code, es in spanish.items():
        if len(code) != 2 or not code.isalpha() or code in skip:
            continue
        canonical = data["canonical"].get(code, es)
        en = english.get(code, canonical).replace(" & ", " and ").replace("St. ", "Saint ")
        written = {es, en, *data["aliases"].get(code, [])}
        # CLDR writes "St. Lucia", "Trinidad & Tobago"; documents write them out in full.
        written |= {n.replace(" & ", " and ").replace("St. ", "Saint ") for n in written}
        record: dict[str, Any] = {
            "canonical": canonical,
            "kind": "country",
            "names": {"es": canonical, "en": en},
            "aliases": sorted(written - {canonical}),
        }
        if hidden := unmatched & (written | {canonical}):
            record["unmatched"] = sorted(hidden)  # "Granada": a name never looked for
        out.append(record)
    return tuple(out)


_TOKEN = re.compile(r"\w+")
_TOKEN_SPLIT = re.compile(r"(\w+)")  # text split into gap, word, gap, word, …, gap
_GAP = re.compile(r"[\s.,\-–'’]{0,3}")  # what may separate the words of one name


@dataclass(frozen=True)
class Words:
    """The word tokens of a text: lower-cased, with their spans."""

    lower: list[str]
    starts: list[int]
    stops: list[int]

    @classmethod
    def of(cls, text: str) -> Words:
        """Tokenise a text once, for every name table and date trigger."""
        low = text.lower()
        # Where each piece of the split ends, summed in C: a gap ends where its word starts.
        # When lower-casing kept the length, it kept every character one for one, and it never
        # turns a word character into another kind: `low` splits where `text` does.
        same = len(low) == len(text)
        parts = _TOKEN_SPLIT.split(low if same else text)
        ends = list(accumulate(map(len, parts)))
        starts = ends[0:-1:2]
        stops = ends[1::2]
        if same:
            return cls(lower=parts[1::2], starts=starts, stops=stops)
        lower = [text[b:e].lower() for b, e in zip(starts, stops, strict=True)]
        return cls(lower=lower, starts=starts, stops=stops)


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]  # lower-case words
    exact: tuple[str, ...] | None  # for acronyms: the words as written (case matters)
    canonical: str
    country: str | None = None
    alone: bool = False  # a generic name ("el Grupo"): not when a longer name goes on from it


# What goes on from a generic name into a longer one: "el Grupo de Trabajo", "el Grupo Ad Hoc".
_NAME_GOES_ON = frozenset({"de", "del", "of", "on", "for", "sobre", "para"})


class _Table:
    """Names indexed by their first word, longest first, matched over a text's word tokens."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Name]] = {}
        # Under each first word, the second words of its names; None when one of its names is
        # that word alone. Most words that start a name ("el", "la", "the") start none where
        # they stand, and the word after them says so at once.
        self._seconds: dict[str, set[str] | None] = {}

    def add(
        self, name: str, canonical: str, country: str | None = None, alone: bool = False
    ) -> None:
        words = tuple(w for w in _TOKEN.findall(name))
        if not words:
            return
        exact = words if _is_acronym(name) else None
        entry = _Name(tuple(w.lower() for w in words), exact, canonical, country, alone)
        bucket = self._by_first.setdefault(entry.words[0], [])
        if entry not in bucket:
            bucket.append(entry)
            bucket.sort(key=lambda n: -len(n.words))
            seconds = self._seconds.setdefault(entry.words[0], set())
            if len(entry.words) == 1:
                self._seconds[entry.words[0]] = None
            elif seconds is not None:
                seconds.add(entry.words[1])

    def find(self, text: str, words: Words) -> list[tuple[int, int, _Name]]:
        """Non-overlapping (begin, stop, name) matches, in text order."""
        out: list[tuple[int, int, _Name]] = []
        lower, starts, stops = words.lower, words.starts, words.stops
        by_first, by_second = self._by_first, self._seconds
        n = len(lower)
        skip_to = 0
        for i in compress(range(n), map(by_first.__contains__, lower)):
            if i < skip_to:
                continue  # inside the name found before
            first = lower[i]
            seconds = by_second[first]
            if seconds is not None and (i + 1 == n or lower[i + 1] not in seconds):
                continue  # no name under this word goes on with the next word
            bucket = by_first[first]
            hit = None
            for name in bucket:
                k = len(name.words)
                if i + k > n or tuple(lower[i : i + k]) != name.words:
                    continue
                if k > 1 and not all(
                    _GAP.fullmatch(text, stops[i + j - 1], starts[i + j]) for j in range(1, k)
                ):
                    continue
                if (
                    name.exact
                    and tuple(text[starts[i + j] : stops[i + j]] for j in range(k)) != name.exact
                ):
                    continue
                if name.alone and _goes_on(text, words, i + k):
                    continue
                hit = (starts[i], stops[i + k - 1], name)
                break
            if hit is not None:
                out.append(hit)
                skip_to = i + len(hit[2].words)
        return out


def _goes_on(text: str, words: Words, j: int) -> bool:
    """Does a longer name go on at word `j`, right after a space ("… Ad Hoc", "… de Trabajo")?"""
    if j >= len(words.lower) or not text[words.stops[j - 1] : words.starts[j]].isspace():
        return False
    return text[words.starts[j]].isupper() or words.lower[j] in _NAME_GOES_ON


class Gazetteer:
    """Finds actor and place names in text."""

    def __init__(self, actors: list[dict[str, Any]], places: list[dict[str, Any]]) -> None:
        self.actors = actors
        self.places_data = places
        self.members = tuple(a["canonical"] for a in actors if a.get("member"))
        self.countries = {a["canonical"] for a in actors if a.get("kind") == "country"}
        # The name that stands for all member countries together ("Países Miembros").
        self.members_group = next((a["canonical"] for a in actors if a.get("all_members")), None)
        self._actors = _Table()
        self._places = _Table()
        for a in actors:
            names = {a["canonical"], *a.get("aliases", []), *a.get("names", {}).values()}
            alone = set(a.get("alone", ()))
            for name in names.difference(a.get("unmatched", ())):
                self._actors.add(name, a["canonical"], alone=name in alone)
                if a.get("kind") == "country":
                    self._places.add(name, a["canonical"])
        for p in places:
            label = f"{p['name']}, {p['country']}" if p.get("country") else p["name"]
            for alias in {p["name"], *p.get("aliases", [])}:
                self._places.add(alias, label, p.get("country"))

    def actors_in(self, text: str, words: Words | None = None) -> list[Mention]:
        """Every actor named in `text`, in order."""
        words = Words.of(text) if words is None else words
        return [Mention(b, e, name.canonical) for b, e, name in self._actors.find(text, words)]

    def places_in(self, text: str, words: Words | None = None) -> list[Mention]:
        """Every place named in `text`: a city ("San José, Costa Rica") or a country."""
        words = Words.of(text) if words is None else words
        found = self._places.find(text, words)
        out: list[Mention] = []
        for idx, (begin, stop, name) in enumerate(found):
            if out and begin < out[-1].stop:
                continue  # the country already taken as the tail of a city
            label = name.canonical
            if name.country is not None or label not in self.countries:
                nxt = found[idx + 1] if idx + 1 < len(found) else None
                if (
                    nxt is not None
                    and text[stop : nxt[0]] == ", "
                    and nxt[2].canonical in self.countries
                ):
                    stop = nxt[1]
                    city = label.split(", ")[0]
                    label = f"{city}, {nxt[2].canonical}"
            out.append(Mention(begin, stop, label))
        return out


@dataclass(frozen=True)
class Implied:
    """Who answers for an item whose passage names no one, as the body's profile tells.

    `organisation` answers for its meetings and for deadlines without an agent; `organ`, the
    organ that decides, for what is due at its own session ("by its 335th Session");
    `folded` is the document's folded text, where the members' own voice is looked for.
    """

    organisation: str | None = None
    organ: str | None = None
    folded: str = ""


class TextIndex:
    """Actor and place names of one whole text, found once, looked up by span."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        text: str,
        words: Words | None = None,
        implied: Implied | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.implied = implied  # None for the CRM's own documents
        words = Words.of(text) if words is None else words
        self._actors = gazetteer.actors_in(text, words)
        self._places = gazetteer.places_in(text, words)
        self._actor_starts = [m.begin for m in self._actors]
        self._place_starts = [m.begin for m in self._places]
        self.addressees = self._addressees(text)

    def _addressees(self, text: str) -> tuple[str, ...]:
        """Whom a letter, circular or message is addressed to, from its "Para:" / "To:" line:
        the members when it goes to focal points or delegations, else the actors it names."""
        line = _TO_LINE.search(text, 0, _HEAD_OF_LETTER)
        if line is None:
            return ()
        members = self.gazetteer.members_group
        if members is not None and _TO_MEMBERS.search(line.group("who")):
            return (members,)
        named = self.actors(line.start("who"), line.end("who"))
        return tuple(dict.fromkeys(m.canonical for m in named))

    def actors(self, begin: int, stop: int) -> list[Mention]:
        """Actors named inside [begin, stop)."""
        i = bisect_left(self._actor_starts, begin)
        out = []
        while i < len(self._actors) and self._actors[i].stop <= stop:
            out.append(self._actors[i])
            i += 1
        return out

    def places(self, begin: int, stop: int) -> list[Mention]:
        """Places named inside [begin, stop)."""
        i = bisect_left(self._place_starts, begin)
        out = []
        while i < len(self._places) and self._places[i].stop <= stop:
            out.append(self._places[i])
            i += 1
        return out


# A letter's addressee line, in its head: "Para: Puntos focales de la Red …", "To: RCM Focal
# Points; Liaison Officers".
_TO_LINE = re.compile(
    r"^[ \t]*(?:para|to|a|destinatarios?|dirigid[oa]\s+a)[ \t]*:[ \t]*(?P<who>\S[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_HEAD_OF_LETTER = 1500
# Addressees who stand for the members: their focal points, delegations, missions.
_TO_MEMBERS = re.compile(
    r"\b(?:puntos?\s+focales?|focal\s+points?|delegaciones|delegations|misiones\s+permanentes"
    r"|permanent\s+missions|pa[ií]ses\s+miembros|member\s+(?:countries|states)"
    r"|estados\s+miembros)\b",
    re.IGNORECASE,
)


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return len(letters) <= 6 and letters.isupper()


@cache
def default_gazetteer() -> Gazetteer:
    """The CRM actors, the world's countries and the places shipped with the package."""
    actors = load_actors()
    known = {a["canonical"] for a in actors}
    return Gazetteer(actors + world_countries(known), _read("places.json")["places"])
