"""A resolved actor as the extractor carries it: hashable, so items can be keyed on it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from summarise.actors import vocabulary
from summarise.schema import ActorKind


@dataclass(frozen=True, slots=True)
class ActorRef:
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None

    def fields(self) -> dict[str, str | None]:
        """The schema's ``Actor`` as plain fields: an item is validated whole, with its
        actors, in one call (``extract``)."""
        return {"name": self.name, "kind": self.kind, "country": self.country, "role": self.role}

    @property
    def side(self) -> str:
        """The state or body this actor stands for: what makes two actors one side."""
        if self.kind == "state":
            return self.name
        return self.country or self.name

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


def in_state(ref: ActorRef | None, country: str) -> bool:
    """Whether a party or place named is ``country`` or lies in it ("Kyiv" in Ukraine)."""
    return ref is not None and (ref.country or ref.name) == country


@lru_cache(maxsize=512)
def state(name: str) -> ActorRef:
    return ActorRef(name, "state", name)


@lru_cache(maxsize=512)
def organisation(name: str) -> ActorRef | None:
    """The vocabulary's organisation of that name as a party: asked for every body an
    article mentions, so the vocabulary's list is walked once per name."""
    org = next((o for o in vocabulary().organisations if o.name == name), None)
    return ActorRef(org.name, org.kind, org.country) if org is not None else None


@lru_cache(maxsize=512)
def government(country: str) -> ActorRef:
    """A country's government, named as the shared vocabulary names it."""
    entry = vocabulary().countries.get(country)
    name = entry.government if entry is not None else f"{country} government"
    return ActorRef(name, "government", country)


@lru_cache(maxsize=512)
def office(role: str, country: str) -> ActorRef:
    """An office the article names without its holder: "the President of Russia", "the
    President of the United States" (as the vocabulary writes the country after "of")."""
    entry = vocabulary().countries.get(country)
    # "the United States", "the Netherlands"; not the dated "the Ukraine".
    article = " " in country or country.endswith("s")
    takes_the = entry is not None and article and f"the {country}" in entry.forms
    written = f"the {country}" if takes_the else country
    return ActorRef(f"{role} of {written}", "person", country, role)


def leader_office(country: str | None) -> str | None:
    """The office of a country's head ("President", "Prime Minister"), from the vocabulary."""
    if country is None:
        return None
    entry = vocabulary().countries.get(country)
    return entry.leader if entry is not None else None
