"""Reading an actor name into parts: country, office, personal name, kind of body.

Each outlet resolves names within its own article only, so one party reaches the briefing
as "Russian President Vladimir Putin", "President Putin" and "Putin". Splitting off the
country and the office leaves a personal name that can be compared across articles, and
tells a state ("Russia") from its government ("the Kremlin") and its armed forces.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.briefing.lexicon import (
    COUNTRY_PHRASES,
    GOVERNMENT_WORDS,
    HONORIFICS,
    LONGEST_PHRASE,
    MILITARY_WORDS,
    NAME_SUFFIXES,
    ROLE_PHRASES,
    SEATS_OF_GOVERNMENT,
)
from summarise.briefing.text import tokens


@dataclass(frozen=True)
class PersonName:
    """A person's name with the country and office words taken off the front."""

    country: str | None
    role: str | None
    personal: tuple[str, ...]
    leading_words: int

    @property
    def surname(self) -> str | None:
        return self.personal[-1] if self.personal else None


@dataclass(frozen=True)
class BodyName:
    """A non-person name: what country it names and whether it is a state, seat or army."""

    words: tuple[str, ...]
    country: str | None
    is_state: bool
    is_government: bool
    is_military: bool


def _phrase_at(
    words: list[str], start: int, table: dict[tuple[str, ...], str]
) -> tuple[str, int] | None:
    """The longest phrase of ``table`` starting at ``start``, and how many words it spans."""
    for length in range(min(LONGEST_PHRASE, len(words) - start), 0, -1):
        found = table.get(tuple(words[start : start + length]))
        if found is not None:
            return found, length
    return None


def _without_article(words: list[str]) -> list[str]:
    return words[1:] if words[:1] == ["the"] else words


def country_of(text: str) -> str | None:
    """The canonical country a whole string names ("UK", "the U.S.", "British"), else None."""
    words = _without_article(tokens(text))
    found = _phrase_at(words, 0, COUNTRY_PHRASES)
    return found[0] if found is not None and found[1] == len(words) else None


def role_of(text: str) -> tuple[str | None, str | None]:
    """The office and country a role string names ("UK PM" -> prime minister, UK)."""
    words = tokens(text)
    role: str | None = None
    country: str | None = None
    index = 0
    while index < len(words):
        found_role = _phrase_at(words, index, ROLE_PHRASES)
        if found_role is not None and role is None:
            role = found_role[0]
            index += found_role[1]
            continue
        found_country = _phrase_at(words, index, COUNTRY_PHRASES)
        if found_country is not None and country is None:
            country = found_country[0]
            index += found_country[1]
            continue
        index += 1
    return role, country


def parse_person(name: str) -> PersonName:
    """Strip "the", a country adjective, offices and honorifics off the front of a name.

    A country word is only taken when an office follows it or nothing does, so a person
    called "Jordan Henderson" keeps his first name while "UK PM" becomes a bare office.
    """
    words = _without_article(tokens(name))
    country: str | None = None
    role: str | None = None
    index = 0
    while index < len(words):
        found_country = _phrase_at(words, index, COUNTRY_PHRASES)
        if found_country is not None:
            after = index + found_country[1]
            if after == len(words) or _phrase_at(words, after, ROLE_PHRASES) is not None:
                country = country or found_country[0]
                index = after
                continue
        found_role = _phrase_at(words, index, ROLE_PHRASES)
        if found_role is not None:
            role = role or found_role[0]
            index += found_role[1]
            continue
        if words[index] in HONORIFICS:
            index += 1
            continue
        break
    personal = [w for w in words[index:] if w not in NAME_SUFFIXES]
    leading = index + (len(tokens(name)) - len(words))
    return PersonName(country=country, role=role, personal=tuple(personal), leading_words=leading)


def parse_body(name: str, stated_country: str | None = None) -> BodyName:
    """Find the country, seat of government and armed-forces words in a non-person name.

    A bare "government" or "armed forces" belongs to the country the extractor stated;
    it is never a state by itself.
    """
    words = _without_article(tokens(name))
    country: str | None = None
    others: list[str] = []
    seat = False
    index = 0
    while index < len(words):
        found_seat = _phrase_at(words, index, SEATS_OF_GOVERNMENT)
        if found_seat is not None:
            country = country or found_seat[0]
            seat = True
            index += found_seat[1]
            continue
        found_country = _phrase_at(words, index, COUNTRY_PHRASES)
        if found_country is not None and country is None:
            country = found_country[0]
            index += found_country[1]
            continue
        others.append(words[index])
        index += 1
    rest = [w for w in others if w != "s"]
    named_country = country is not None
    country = country or stated_country
    return BodyName(
        words=tuple(words),
        country=country,
        is_state=named_country and not rest and not seat,
        is_government=country is not None
        and (seat or (bool(rest) and all(w in GOVERNMENT_WORDS for w in rest))),
        is_military=country is not None
        and not seat
        and bool(rest)
        and all(w in MILITARY_WORDS for w in rest),
    )


def display_personal(name: str, parsed: PersonName) -> str:
    """The personal name as the article spelt it: "President Vladimir Putin" -> "Vladimir Putin"."""
    words = name.split()
    consumed = 0
    index = 0
    while index < len(words) and consumed < parsed.leading_words:
        consumed += len(tokens(words[index]))
        index += 1
    kept = " ".join(words[index:]).strip(" ,;:")
    return kept or name.strip()
