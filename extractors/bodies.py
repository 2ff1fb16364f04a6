"""Body profiles (data in `data/bodies.json`): which body a document comes from, and who
answers for its items when a passage names no one.

A profile is recognised by cue words in the document's head. A CRM profile keeps the CRM
actors alone; any other body also knows the usual organs ("Governing Body", "Consejo
Permanente"), officers ("the Director-General", "la Secretaría General"), international
organisations and the names its members go by ("Member States", "Estados Partes",
"Ministers"), all mapped to canonical Spanish names.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractors.actors import Gazetteer, Words, default_gazetteer, load_actors, read_data
from extractors.cues import fold

ORGANISATION = "@organisation"  # in the data: the organisation the document belongs to
_HEAD = 1500  # characters of a document's head where its body shows


@dataclass(frozen=True)
class Profile:
    """How one body (or one kind of body) shows itself and who answers for its items."""

    name: str
    cues: re.Pattern[str]
    forum: str | None = None  # "CRM": the forum whose own actor data applies
    organisation: str | None = None
    answers: str | None = None  # "organisation" or "members": who answers when no one is named
    generic: bool = False


@dataclass(frozen=True)
class Body:
    """The body a document comes from, as far as its head tells."""

    profile: Profile | None
    organisation: str | None  # canonical name ("OIT", "OEA"), when known
    organ: str | None  # the organ that decides ("Consejo de Administración"), when named
    label: str  # `Meeting.body`: "GRCM", "OIT Consejo de Administración", or the title's words

    @property
    def is_crm(self) -> bool:
        """Whether the CRM's own reading applies: its profile, or no other body's."""
        if self.profile is None:
            return self.organisation is None and self.organ is None
        return self.profile.forum == "CRM"


@dataclass(frozen=True)
class BodyData:
    """Everything `data/bodies.json` holds, compiled."""

    profiles: tuple[Profile, ...]
    generic: tuple[Profile, ...]
    organisations: tuple[dict[str, Any], ...]
    organs: tuple[dict[str, Any], ...]
    officers: tuple[dict[str, Any], ...]
    members: tuple[str, ...]
    groups: tuple[dict[str, Any], ...]
    first_person: re.Pattern[str]
    item_labels: tuple[str, ...]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(set(words), key=len, reverse=True))


def _profile(record: dict[str, Any], generic: bool) -> Profile:
    return Profile(
        name=record["name"],
        cues=re.compile(rf"(?<!\w)(?:{_alternation(record['cues'])})(?!\w)"),
        forum=record.get("forum"),
        organisation=record.get("organisation"),
        answers=record.get("answers"),
        generic=generic,
    )


@cache
def body_data() -> BodyData:
    """The body profiles shipped with the package."""
    raw = json.loads(read_data("bodies.json"))
    first = [w for words in raw["first_person"].values() for w in words]
    return BodyData(
        profiles=tuple(_profile(r, False) for r in raw["profiles"]),
        generic=tuple(_profile(r, True) for r in raw["generic"]),
        organisations=tuple(raw["organisations"]),
        organs=tuple(raw["organs"]),
        officers=tuple(raw["officers"]),
        members=tuple(raw["members"]),
        groups=tuple(raw["groups"]),
        first_person=re.compile(rf"(?<!\w)(?:{_alternation(first)})(?!\w)"),
        item_labels=tuple(raw["item_labels"]),
    )


def display_names() -> dict[str, tuple[str, str]]:
    """Canonical name -> (Spanish, English) of the bodies' actors whose names differ by language."""
    data = body_data()
    records = (*data.organisations, *data.organs, *data.officers, *data.groups)
    return {r["canonical"]: (r["names"]["es"], r["names"]["en"]) for r in records if "names" in r}


def item_labels() -> tuple[str, ...]:
    """The words that print a paragraph label ("Decisión", "Artículo", "OP")."""
    return body_data().item_labels


def identify(text: str, folded: str) -> Body:
    """The body whose profile the document's head matches; a free-text label otherwise."""
    data = body_data()
    head = folded[:_HEAD]
    profile = next((p for p in data.profiles if p.cues.search(head)), None)
    if profile is not None and profile.forum is not None:
        return Body(profile, None, None, profile.name)
    gazetteer = body_gazetteer(None)
    words = Words.of(text[:_HEAD])
    named = gazetteer.actors_in(text[:_HEAD], words)
    organisation = profile.organisation if profile else None
    if organisation is None:
        known = {o["canonical"] for o in data.organisations} | _default_organisations()
        organisation = next((m.canonical for m in named if m.canonical in known), None)
    organ = _deciding_organ(text, folded, gazetteer)
    if profile is None:
        profile = next((p for p in data.generic if p.cues.search(head)), None)
    if profile is None and organisation is None and organ is None:
        # Nothing tells another body: the CRM's own reading.
        return Body(None, None, None, "other")
    label = " ".join(x for x in (organisation, organ) if x) or _title_words(text)
    return Body(profile, organisation, organ, label or "other")


# An organ that decides: "The Governing Body:", "El Consejo Permanente, … RESUELVE", "The
# Council decided / requested / approved".
_DECIDES = re.compile(
    r"\s*(?::|,|\.|\b(?:decid|request|approv|adopt|agree|urg|invit|resolv|recall|not|welcom"
    r"|pidi|resuelv|acord|aprob|tom|solicit|encarg|reconoc|recuerd|insta|exhort))"
)


def _deciding_organ(text: str, folded: str, gazetteer: Gazetteer) -> str | None:
    organs = {o["canonical"] for o in body_data().organs}
    head = text[:_HEAD]
    for m in gazetteer.actors_in(head):
        if m.canonical in organs and _DECIDES.match(folded, m.stop):
            return m.canonical
    return None


def _title_words(text: str) -> str | None:
    """The first line of the head that names a body or a meeting, as printed."""
    for line in text[:_HEAD].split("\n"):
        s = " ".join(line.split())
        if 8 <= len(s) <= 160 and "://" not in s and _BODY_NOUN.search(fold(s)):
            return s[:120]
    return None


_BODY_NOUN = re.compile(
    r"\b(?:council|consejo|assembly|asamblea|committee|comite|commission|comision|conference|conferencia|"
    r"meeting|reunion|summit|cumbre|forum|foro|parties|partes|ministers|ministros|board|organi[sz]ation|organizacion)\b"
)


@cache
def _default_organisations() -> frozenset[str]:
    return frozenset(a["canonical"] for a in load_actors() if a.get("kind") == "organization")


@cache
def body_gazetteer(organisation: str | None) -> Gazetteer:
    """The actors of a body other than the CRM: its organs, officers, organisations, members."""
    base = default_gazetteer()
    data = body_data()
    members = base.members_group or "Países Miembros"
    extra: list[dict[str, Any]] = []
    for o in data.organisations:
        extra.append({**o, "kind": "organization"})
    for record in (*data.organs, *data.officers):
        canonical = record["canonical"]
        if canonical == ORGANISATION:
            if organisation is None:
                continue
            canonical = organisation
        extra.append({"canonical": canonical, "kind": "body", "aliases": record["aliases"]})
    extra.append({"canonical": members, "kind": "group", "aliases": list(data.members)})
    extra.extend({**record, "kind": "group"} for record in data.groups)
    actors = [dict(a) for a in base.actors]
    by_name = {a["canonical"]: a for a in actors}
    for record in extra:
        same = by_name.get(record["canonical"])
        if same is None:
            by_name[record["canonical"]] = record
            actors.append(record)
        else:
            same["aliases"] = [*same.get("aliases", []), *record["aliases"]]
    return Gazetteer(actors, base.places_data)


def first_person(folded: str, begin: int, stop: int) -> bool:
    """Whether the members speak for themselves in folded[begin:stop] ("we", "acordamos")."""
    return body_data().first_person.search(folded, begin, stop) is not None


def decides_after(folded: str, pos: int) -> bool:
    """Whether an organ named just before `pos` is the one deciding ("The Council decided")."""
    return _DECIDES.match(folded, pos) is not None
