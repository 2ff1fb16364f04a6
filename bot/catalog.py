"""The forum's names as the bot shows and understands them: countries, actors and topics.

Read once at start-up from the store (actors are seeded from `extractors/data/actors.json`) and
from the topic catalogue (`extractors/data/topics.json`), then shared read-only by every handler.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from extractors.actors import world_countries
from extractors.bodies import display_names
from extractors.topics import load_topics
from storage.actors import actor_aliases, actor_names, member_countries
from storage.text import fold

# Short codes for buttons (ISO 3166) and the time zone of each member's capital, offered when
# a delegate picks the country; another forum's countries get numbered codes and keep the default.
COUNTRY_CODES = {
    "Belice": ("BZ", "America/Belize"),
    "Canadá": ("CA", "America/Toronto"),
    "Costa Rica": ("CR", "America/Costa_Rica"),
    "El Salvador": ("SV", "America/El_Salvador"),
    "Estados Unidos": ("US", "America/New_York"),
    "Guatemala": ("GT", "America/Guatemala"),
    "Honduras": ("HN", "America/Tegucigalpa"),
    "México": ("MX", "America/Mexico_City"),
    "Nicaragua": ("NI", "America/Managua"),
    "Panamá": ("PA", "America/Panama"),
    "República Dominicana": ("DO", "America/Santo_Domingo"),
}


@dataclass(frozen=True)
class Country:
    """A member country: its canonical name, names in both languages, button code and zone."""

    canonical: str
    name_es: str
    name_en: str
    code: str
    timezone: str | None

    def name(self, lang: str) -> str:
        """Return the country's name in `lang`."""
        return self.name_en if lang == "en" else self.name_es


@dataclass(frozen=True)
class Topic:
    """A network or working group that items are tagged with."""

    canonical: str
    name_es: str
    name_en: str

    def name(self, lang: str) -> str:
        """Return the topic's name in `lang`."""
        return self.name_en if lang == "en" else self.name_es


@dataclass
class Catalog:
    """Every name the bot needs, loaded once."""

    countries: list[Country] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    # canonical actor name -> (Spanish, English)
    actor_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    # folded alias -> canonical country name, for questions typed in either language
    country_aliases: dict[str, str] = field(default_factory=dict)

    def country(self, canonical: str | None) -> Country | None:
        """Return the member country with this canonical name."""
        return next((c for c in self.countries if c.canonical == canonical), None)

    def country_by_code(self, code: str) -> Country | None:
        """Return the member country with this button code."""
        return next((c for c in self.countries if c.code == code), None)

    def topic(self, canonical: str) -> Topic | None:
        """Return the topic with this canonical name."""
        return next((t for t in self.topics if t.canonical == canonical), None)

    def topic_index(self, canonical: str) -> int | None:
        """Return the topic's position (its button code)."""
        return next((i for i, t in enumerate(self.topics) if t.canonical == canonical), None)

    def actor_name(self, canonical: str, lang: str) -> str:
        """Return how an actor is called in `lang` (the canonical name when unknown)."""
        names = self.actor_names.get(canonical)
        if names is None:
            return canonical
        return names[1] if lang == "en" else names[0]

    def country_name(self, canonical: str | None, lang: str) -> str | None:
        """Return a country's name in `lang`, or None for no country."""
        if canonical is None:
            return None
        return self.actor_name(canonical, lang)


def load_catalog(session: Session, *, forum: str = "CRM") -> Catalog:
    """Read the forum's countries and actors from the store, and the topic catalogue."""
    catalog = Catalog()
    for number, actor in enumerate(member_countries(session, forum=forum), start=1):
        code, zone = COUNTRY_CODES.get(actor.canonical, (f"c{number}", None))
        catalog.countries.append(Country(actor.canonical, actor.name_es, actor.name_en, code, zone))
    members = {c.canonical for c in catalog.countries}
    catalog.actor_names = actor_names(session, forum=forum)
    # Countries outside the forum, named in other bodies' items ("Kenia" is "Kenya" in English).
    for record in world_countries(catalog.actor_names.keys()):
        names = record["names"]
        catalog.actor_names.setdefault(record["canonical"], (names["es"], names["en"]))
    # Other bodies' organisations, organs and officers ("OMPI" is "WIPO" in English).
    for canonical, pair in display_names().items():
        catalog.actor_names.setdefault(canonical, pair)
    aliases = actor_aliases(session, forum=forum)
    catalog.country_aliases = {alias: name for alias, name in aliases if name in members}
    for country in catalog.countries:
        for name in (country.canonical, country.name_es, country.name_en):
            catalog.country_aliases.setdefault(fold(name), country.canonical)
    catalog.topics = [Topic(t.canonical, t.name_es, t.name_en) for t in load_topics()]
    return catalog
