"""Reading an actor name into parts: country, office, personal name, kind of body.

One party reaches the tool as "Russian President Vladimir Putin", "President Putin" and
"Putin", or as "Russia", "the Russian Federation" and "Russian"; the Kremlin is the Russian
government, "British officials" speak for the United Kingdom. Splitting off the country and
the office leaves a personal name that can be compared, and tells a state ("Russia") from
its government ("the Kremlin") and its armed forces.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from summarise.actors.folding import tokens
from summarise.actors.table import Organisation, Phrase, vocabulary

V = TypeVar("V")


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
    rest: tuple[str, ...] = ()
    organisation: Organisation | None = None


def _phrase_at(words: list[str], start: int, table: dict[Phrase, V]) -> tuple[V, int] | None:
    """The longest phrase of ``table`` starting at ``start``, and how many words it spans."""
    reach = vocabulary().phrase_reach.get(words[start], 0) if start < len(words) else 0
    for length in range(min(reach, len(words) - start), 0, -1):
        found = table.get(tuple(words[start : start + length]))
        if found is not None:
            return found, length
    return None


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def _without_article(words: list[str]) -> list[str]:
    return words[1:] if words[:1] and words[0] in _DETERMINERS else words


@lru_cache(maxsize=4096)
def country_of(text: str) -> str | None:
    """The canonical country a whole string names ("UK", "the U.S.", "British"), else None.
    Kept per string: the same few hundred roles, titles and place words are asked again and
    again (nine in ten asks over the open sets' articles repeat one)."""
    words = _without_article(tokens(text))
    found = _phrase_at(words, 0, vocabulary().country_phrases)
    return found[0] if found is not None and found[1] == len(words) else None


def countries_in(text: str) -> list[str]:
    """Every country a place names anywhere in it, in order: "Poland and Germany", "near the
    Ukrainian border", "Kyiv" (capitals and seats of government count)."""
    vocab = vocabulary()
    words = tokens(text)
    found: list[str] = []
    index = 0
    while index < len(words):
        hit = _phrase_at(words, index, vocab.country_phrases) or _phrase_at(
            words, index, vocab.seat_phrases
        )
        if hit is None:
            index += 1
            continue
        if hit[0] not in found:
            found.append(hit[0])
        index += hit[1]
    return found


def party_spans(words: list[str]) -> list[tuple[int, int]]:
    """Where a country (or its people's adjective), a seat of government or a named
    organisation stands among folded ``words``, as (start, end): the words that name a
    party rather than say something about it. The longest phrase any of the three tables
    holds at a word is the longest of each table's, so each length is looked up once in
    the three together (a merge reads every new topic's words: most start no phrase)."""
    vocab = vocabulary()
    countries, seats, bodies = vocab.country_phrases, vocab.seat_phrases, vocab.organisation_phrases
    reach = vocab.phrase_reach
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        length = min(reach.get(words[index], 0), len(words) - index)
        while length:
            phrase = tuple(words[index : index + length])
            if phrase in countries or phrase in seats or phrase in bodies:
                break
            length -= 1
        if length:
            spans.append((index, index + length))
        index += length or 1
    return spans


def organisation_of(text: str) -> Organisation | None:
    """The organisation a whole string names ("Nato", "the Pentagon"), else None."""
    words = _without_article(tokens(text))
    found = _phrase_at(words, 0, vocabulary().organisation_phrases)
    return found[0] if found is not None and found[1] == len(words) else None


# "Head of the Office of the President", "Adviser to the President": an office after these
# words is whose office the role serves, not the role itself.
_SERVING = frozenset({"of", "to"})


def role_of(text: str) -> tuple[str | None, str | None]:
    """The office and country a role string names ("UK PM" -> prime minister, UK); an
    office another one serves ("Head of the Office of the President of Ukraine") is not
    the holder's."""
    vocab = vocabulary()
    words = tokens(text)
    role: str | None = None
    country: str | None = None
    index = 0
    while index < len(words):
        found_role = _phrase_at(words, index, vocab.office_phrases)
        if found_role is not None and role is None:
            served = [w for w in words[:index] if w != "the"][-1:]
            role = None if served and served[0] in _SERVING else found_role[0]
            index += found_role[1]
            continue
        found_country = _phrase_at(words, index, vocab.country_phrases)
        if found_country is not None and country is None:
            country = found_country[0]
            index += found_country[1]
            continue
        index += 1
    return role, country


def parse_person(name: str) -> PersonName:
    """Strip "the", a country adjective or seat, offices and honorifics off a name's front.

    A country word is only taken when an office follows it or nothing does, so a person
    called "Jordan Henderson" keeps his first name while "UK PM" becomes a bare office and
    "Kremlin spokesman Dmitry Peskov" a Russian spokesperson named Dmitry Peskov.
    """
    vocab = vocabulary()
    words = _without_article(tokens(name))
    country: str | None = None
    role: str | None = None
    index = 0
    of_office = False  # "President of Russia Vladimir Putin": a country may follow "of"
    while index < len(words):
        found_country = _phrase_at(words, index, vocab.country_phrases) or _phrase_at(
            words, index, vocab.seat_phrases
        )
        if found_country is not None:
            after = index + found_country[1]
            if (
                of_office
                or after == len(words)
                or _phrase_at(words, after, vocab.office_phrases) is not None
            ):
                country = country or found_country[0]
                index = after
                of_office = False
                continue
        found_role = _phrase_at(words, index, vocab.office_phrases)
        if found_role is not None:
            role = role or found_role[0]
            index += found_role[1]
            if words[index : index + 1] == ["of"]:
                index += 1
                of_office = True
                if words[index : index + 1] == ["the"]:
                    index += 1
            continue
        if words[index] in vocab.honorific_words:
            index += 1
            continue
        break
    personal = [w for w in words[index:] if w not in vocab.name_suffixes]
    leading = index + (len(tokens(name)) - len(words))
    return PersonName(country=country, role=role, personal=tuple(personal), leading_words=leading)


def parse_body(name: str, stated_country: str | None = None) -> BodyName:
    """Find the country, seat of government, organisation and armed-forces words in a name.

    A bare "government" or "armed forces" belongs to the country the extractor stated, and
    so does "the Biden administration": a name ending in a government word is that
    country's government. None of them is ever a state by itself.
    """
    vocab = vocabulary()
    words = _without_article(tokens(name))
    organisation = organisation_of(name)
    if organisation is not None:
        return BodyName(
            words=tuple(tokens(organisation.name)),
            country=organisation.country,
            is_state=False,
            is_government=False,
            is_military=False,
            organisation=organisation,
        )
    country: str | None = None
    others: list[str] = []
    seat = False
    index = 0
    while index < len(words):
        found_seat = _phrase_at(words, index, vocab.seat_phrases)
        if found_seat is not None:
            country = country or found_seat[0]
            seat = True
            index += found_seat[1]
            continue
        found_country = _phrase_at(words, index, vocab.country_phrases)
        if found_country is not None and country is None:
            country = found_country[0]
            index += found_country[1]
            continue
        others.append(words[index])
        index += 1
    named_country = country is not None
    country = country or stated_country
    governing = bool(others) and (
        all(w in vocab.government_words for w in others)
        or (stated_country is not None and others[-1] in vocab.government_words)
    )
    return BodyName(
        words=tuple(words),
        country=country,
        is_state=named_country and not others and not seat,
        is_government=country is not None and (seat or governing),
        is_military=country is not None
        and not seat
        and bool(others)
        and all(w in vocab.military_words for w in others),
        rest=tuple(others),
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
