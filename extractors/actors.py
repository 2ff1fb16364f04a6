"""Actors and places named in a passage, mapped to their canonical names (data in `data/`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A canonical name found at a span of the text."""

    begin: int
    stop: int
    canonical: str


def _read(name: str) -> dict[str, Any]:
    return json.loads((resources.files("extractors") / "data" / name).read_text(encoding="utf-8"))


def load_actors(path: Path | None = None) -> list[dict[str, Any]]:
    """Return the actor records (countries, bodies, organisations) of a forum's data file."""
    data = json.loads(path.read_text(encoding="utf-8")) if path else _read("actors.json")
    return list(data["actors"])


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


class Gazetteer:
    """Finds actor and place names in text."""

    def __init__(self, actors: list[dict[str, Any]], places: list[dict[str, Any]]) -> None:
        self.actors = actors
        self.members = tuple(a["canonical"] for a in actors if a.get("member"))
        self.countries = {a["canonical"] for a in actors if a.get("kind") == "country"}
        self._canon: dict[str, str] = {}
        strict: list[str] = []  # acronyms: case-sensitive
        loose: list[str] = []
        for a in actors:
            names = {a["canonical"], *a.get("aliases", []), *a.get("names", {}).values()}
            for name in names:
                if _is_acronym(name):
                    strict.append(name)
                    self._canon[name] = a["canonical"]
                else:
                    loose.append(name)
                    self._canon[name.lower()] = a["canonical"]
        self._strict = re.compile(rf"(?<![\w-])(?:{_alternation(strict)})(?![\w-])")
        self._loose = re.compile(rf"(?<!\w)(?:{_alternation(loose)})(?!\w)", re.IGNORECASE)
        self._place_canon: dict[str, tuple[str, str | None]] = {}
        place_names: list[str] = []
        for p in places:
            for alias in {p["name"], *p.get("aliases", [])}:
                place_names.append(alias)
                self._place_canon[alias.lower()] = (p["name"], p.get("country"))
        country_names = [
            n
            for a in actors
            if a.get("kind") == "country"
            for n in {a["canonical"], *a.get("aliases", []), *a.get("names", {}).values()}
        ]
        self._country_canon = {n.lower(): self._canon.get(n.lower(), self._canon.get(n, n)) for n in country_names}
        self._places = re.compile(rf"(?<!\w)(?:{_alternation(place_names)})(?!\w)", re.IGNORECASE)
        self._countries = re.compile(rf"(?<!\w)(?:{_alternation(country_names)})(?!\w)", re.IGNORECASE)

    def actors_in(self, text: str, offset: int = 0) -> list[Mention]:
        """Every actor named in `text`, in order (spans shifted by `offset`)."""
        found = [
            Mention(m.start() + offset, m.end() + offset, self._canon[m.group()])
            for m in self._strict.finditer(text)
        ]
        for m in self._loose.finditer(text):
            canonical = self._canon.get(m.group().lower())
            if canonical:
                found.append(Mention(m.start() + offset, m.end() + offset, canonical))
        found.sort(key=lambda x: (x.begin, -(x.stop - x.begin)))
        out: list[Mention] = []
        for mention in found:
            if out and mention.begin < out[-1].stop:
                continue
            out.append(mention)
        return out

    def places_in(self, text: str, offset: int = 0) -> list[Mention]:
        """Every place named in `text`: a city ("San José, Costa Rica") or a country."""
        found: list[Mention] = []
        for m in self._places.finditer(text):
            name, country = self._place_canon[m.group().lower()]
            stop = m.end()
            tail = self._countries.match(text, stop + 2) if text[stop : stop + 2] == ", " else None
            if tail:
                stop = tail.end()
                country = self._country_canon.get(tail.group().lower(), country)
            label = f"{name}, {country}" if country else name
            found.append(Mention(m.start() + offset, stop + offset, label))
        for m in self._countries.finditer(text):
            if any(p.begin - offset <= m.start() < p.stop - offset for p in found):
                continue
            found.append(Mention(m.start() + offset, m.end() + offset, self._country_canon[m.group().lower()]))
        found.sort(key=lambda x: x.begin)
        return found


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return len(letters) <= 6 and letters.isupper()


@cache
def default_gazetteer() -> Gazetteer:
    """The CRM actors and places shipped with the package."""
    return Gazetteer(load_actors(), _read("places.json")["places"])
