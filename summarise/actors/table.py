"""The actor vocabulary (``data/actors.toml``), read once and indexed for lookups.

The data file is written as text appears; this module derives the folded phrase tables
every comparison uses, so the surface forms the baseline matches and the keys the scorer
and the briefing compare come from the same lines.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from summarise.actors.folding import phrase_key, tokens
from summarise.schema import ActorKind

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Country:
    name: str
    forms: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]
    government: str
    leader: str


@dataclass(frozen=True)
class Organisation:
    """A named body: an alliance, a ministry, an army, or a group such as "the West"."""

    name: str
    forms: tuple[str, ...]
    kind: ActorKind
    country: str | None


@dataclass(frozen=True)
class Outlet:
    name: str
    forms: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class KnownPerson:
    """A person texts name with no title or country, and the state they are of."""

    name: str
    forms: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class Vocabulary:
    countries: dict[str, Country]
    organisations: tuple[Organisation, ...]
    outlets: tuple[Outlet, ...]
    offices: dict[str, tuple[str, ...]]
    honorifics: dict[str, str]
    name_suffixes: frozenset[str]
    government_words: frozenset[str]
    military_words: frozenset[str]
    many_holder_offices: frozenset[str]
    short_forms: dict[str, frozenset[str]]
    country_phrases: dict[Phrase, str]
    seat_phrases: dict[Phrase, str]
    office_phrases: dict[Phrase, str]
    organisation_phrases: dict[Phrase, Organisation]
    outlet_phrases: dict[Phrase, Outlet]
    person_phrases: dict[Phrase, KnownPerson]
    honorific_words: frozenset[str]
    longest_phrase: int
    # For each word a phrase of the tables starts with, the most words such a phrase has:
    # most words of a text start none, and a look-up of every length is spared them.
    phrase_reach: dict[str, int]


def _strings(entry: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(entry.get(key, []))


def _without_article(phrase: Phrase) -> Phrase:
    return phrase[1:] if phrase[:1] == ("the",) and len(phrase) > 1 else phrase


def _table(pairs: list[tuple[str, Any]]) -> dict[Phrase, Any]:
    """Folded surface form -> what it names; the first line of the file wins a clash."""
    table: dict[Phrase, Any] = {}
    for surface, value in pairs:
        key = _without_article(phrase_key(surface.replace("-", " ")))
        if key:
            table.setdefault(key, value)
        if "-" in surface:
            # Running text writes "Nur-Sultan" as one word, as the extractor's runs read it.
            joined = tuple("-".join(tokens(word)) for word in surface.split())
            table.setdefault(_without_article(joined), value)
    return table


def data_text() -> str:
    return resources.files("summarise.actors").joinpath("data", "actors.toml").read_text("utf-8")


@cache
def digest() -> str:
    """A short hash of the vocabulary: extractors that read it put it in their identity."""
    return hashlib.sha256(data_text().encode("utf-8")).hexdigest()[:12]


@cache
def vocabulary() -> Vocabulary:
    data = tomllib.loads(data_text())
    countries = {
        entry["name"]: Country(
            name=entry["name"],
            forms=_strings(entry, "forms"),
            demonyms=_strings(entry, "demonyms"),
            capitals=_strings(entry, "capitals"),
            seats=_strings(entry, "seats"),
            government=entry["government"],
            leader=entry.get("leader", "President"),
        )
        for entry in data["country"]
    }
    organisations = tuple(
        Organisation(
            name=entry["name"],
            forms=_strings(entry, "forms"),
            kind=entry.get("kind", "organisation"),
            country=entry.get("country"),
        )
        for entry in data["organisation"]
    )
    outlets = tuple(
        Outlet(name=entry["name"], forms=_strings(entry, "forms"), country=entry["country"])
        for entry in data["outlet"]
    )
    people = tuple(
        KnownPerson(name=entry["name"], forms=_strings(entry, "forms"), country=entry["country"])
        for entry in data.get("person", [])
    )
    offices = {name: tuple(forms) for name, forms in data["offices"].items()}
    words = data["words"]
    country_phrases = _table(
        [(s, c.name) for c in countries.values() for s in (c.name, *c.forms, *c.demonyms)]
    )
    seat_phrases = _table(
        [(s, c.name) for c in countries.values() for s in (*c.seats, *c.capitals)]
    )
    office_phrases = _table([(form, name) for name, forms in offices.items() for form in forms])
    organisation_phrases = _table([(s, o) for o in organisations for s in (o.name, *o.forms)])
    outlet_phrases = _table([(s, o) for o in outlets for s in (o.name, *o.forms)])
    person_phrases = _table([(s, p) for p in people for s in (p.name, *p.forms)])
    tables = (country_phrases, seat_phrases, office_phrases, organisation_phrases)
    return Vocabulary(
        countries=countries,
        organisations=organisations,
        outlets=outlets,
        offices=offices,
        honorifics=dict(data["honorifics"]),
        name_suffixes=frozenset(w for s in words["name_suffixes"] for w in phrase_key(s)),
        government_words=frozenset(words["government"]),
        military_words=frozenset(words["military"]),
        many_holder_offices=frozenset(words["many_holder_offices"]),
        short_forms={
            " ".join(phrase_key(given)): frozenset(" ".join(phrase_key(s)) for s in shorts)
            for given, shorts in data["short_forms"].items()
        },
        country_phrases=country_phrases,
        seat_phrases=seat_phrases,
        office_phrases=office_phrases,
        organisation_phrases=organisation_phrases,
        outlet_phrases=outlet_phrases,
        person_phrases=person_phrases,
        honorific_words=frozenset(w for h in data["honorifics"] for w in phrase_key(h)),
        longest_phrase=max(len(p) for table in tables for p in table),
        phrase_reach=_reach((*tables, outlet_phrases)),
    )


def _reach(tables: tuple[dict[Phrase, Any], ...]) -> dict[str, int]:
    reach: dict[str, int] = {}
    for table in tables:
        for phrase in table:
            reach[phrase[0]] = max(reach.get(phrase[0], 0), len(phrase))
    return reach
