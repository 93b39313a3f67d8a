"""What a title says: its office, and the country or body it belongs to.

"Prime Minister of the United Kingdom", "German Chancellor", "NATO Secretary General",
"Head of the Office of the President of Ukraine": the office is the shared vocabulary's
office the title's head starts with; the country or body is any the title names. A title
headed by another word names an office of its own and gets none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from summarise.actors import vocabulary
from summarise.actors.folding import fold as fold_text
from summarise.actors.table import Phrase
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.schema import ActorKind


@dataclass(frozen=True)
class Title:
    """What a title says: the office as written, the vocabulary's office and the country
    or body it belongs to."""

    text: str
    office: str | None
    country: str | None
    body: str | None = None


class PhraseTable(dict[Phrase, str]):
    """Phrases of the vocabulary and what each names, with the most words a phrase runs
    to from each first word: every word of every capitalised run is looked up, and most
    words start no phrase, so they are turned away by one look-up instead of one a length."""

    def __init__(self, phrases: Mapping[Phrase, str]) -> None:
        super().__init__(phrases)
        self.reach: dict[str, int] = {}
        for phrase in self:
            if phrase:
                self.reach[phrase[0]] = max(self.reach.get(phrase[0], 0), len(phrase))

    def longest_at(self, words: list[str], i: int) -> int:
        """How many words from ``words[i]`` the longest phrase of the table takes; 0 if none."""
        if i >= len(words):
            return 0
        for n in range(min(self.reach.get(words[i], 0), len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in self:
                return n
        return 0


@dataclass(frozen=True)
class Tables:
    """The shared vocabulary's phrases, keyed as ``fold`` keys words."""

    offices: PhraseTable
    countries: PhraseTable
    bodies: PhraseTable
    body_country: dict[str, str | None]
    body_kind: dict[str, ActorKind]
    outlets: PhraseTable
    longest: int


@cache
def tables() -> Tables:
    vocab = vocabulary()
    bodies = {key: org.name for key, org in vocab.organisation_phrases.items()}
    body_country = {org.name: org.country for org in vocab.organisations}
    body_kind = {org.name: org.kind for org in vocab.organisations}
    for key, country in vocab.seat_phrases.items():
        bodies.setdefault(key, country)
        body_country.setdefault(country, country)
    return Tables(
        offices=PhraseTable(vocab.office_phrases),
        countries=PhraseTable(vocab.country_phrases),
        bodies=PhraseTable(bodies),
        body_country=body_country,
        body_kind=body_kind,
        outlets=PhraseTable({key: outlet.name for key, outlet in vocab.outlet_phrases.items()}),
        longest=vocab.longest_phrase,
    )


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """A word as the vocabulary's tables key it: lower case, no accents ("Türkiye" is
    keyed "turkiye"), no dots, no possessive."""
    word = fold_text(word)
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace(".", "")


@lru_cache(maxsize=4096)
def read_title(text: str) -> Title:
    """The office and country a title names ("Prime Minister of the United Kingdom").

    The office is the vocabulary office the title's head starts with, after any country or
    body words ("German Chancellor", "NATO Secretary General"); a civil body whose name
    opens on its state's word is read whole ("Russian Ministry of Foreign Affairs"); a title
    headed by another
    word ("Head of the Office of the President", "First Deputy Defence Minister") names an
    office of its own, so it gets none, whatever offices follow in its complement.
    """
    table = tables()
    words = [w for w in (fold(t) for t in re.split(r"[\s\-\u2013]+", text)) if w]
    office = country = body = None
    heads = load_grammar().title_words
    head_seen = False
    i = 0
    while i < len(words):
        n = table.countries.longest_at(words, i)
        if n and not _civil_body_over(table, words, i, n):
            country = country or table.countries[tuple(words[i : i + n])]
            i += n
            continue
        n = table.bodies.longest_at(words, i)
        if n:
            found = table.bodies[tuple(words[i : i + n])]
            body = body or found
            country = country or table.body_country.get(found)
            i += n
            continue
        n = table.offices.longest_at(words, i)
        if not head_seen and (n or words[i] in heads):
            head_seen = True
            if n:
                office = table.offices[tuple(words[i : i + n])]
                i += n
                continue
        i += 1
    return Title(text=text.strip(), office=office, country=country, body=body)


def _civil_body_over(table: Tables, words: list[str], i: int, country_words: int) -> bool:
    """Whether a civil body's longer name starts where a state's word does ("Russian
    Ministry of Foreign Affairs", "Russian Central Bank"): the body is what the words name.
    A state's armed forces ("Russian Armed Forces", "U.S. Army") stay the state's words, as
    a movement's owner is its state (the guide), not its services; a military body whose
    name goes on with an office's word ("Ukrainian General Staff") is the body, not an
    officer of that rank."""
    n = table.bodies.longest_at(words, i)
    if n <= country_words:
        return False
    if table.body_kind.get(table.bodies[tuple(words[i : i + n])]) != "military":
        return True
    return table.offices.longest_at(words, i + country_words) > 0
