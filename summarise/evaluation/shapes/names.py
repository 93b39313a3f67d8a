"""What a rewrite must know of a capitalised word: a name, an office, a party, or neither.

A rewrite that moves a word to or from the start of a sentence must recase it unless it
is a name, and one that shortens or moves a person's name must know it names a person.
Both are told by the shared actor vocabulary (countries, organisations, offices,
honorifics) and by the document itself, never by the rules under test: a word the
document writes capitalised in mid-sentence is a name wherever it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from summarise.actors import (
    countries_in,
    country_of,
    organisation_of,
    role_of,
    tokens,
    vocabulary,
)
from summarise.extraction.sentences import split_sentences

# Words naming a body rather than a person, which the vocabulary lists only as parts of
# whole names ("Ministry of Foreign Affairs", "Security Council").
_BODY_WORDS = frozenset(
    {
        "agency",
        "alliance",
        "assembly",
        "cabinet",
        "command",
        "commission",
        "committee",
        "council",
        "department",
        "duma",
        "embassy",
        "federation",
        "forces",
        "government",
        "house",
        "kingdom",
        "ministry",
        "mission",
        "nations",
        "office",
        "parliament",
        "republic",
        "sea",
        "service",
        "states",
        "union",
    }
)

# The nouns of offices, which the vocabulary lists only inside whole offices ("foreign
# minister", "press secretary"): never part of a person's name.
_OFFICE_WORDS = frozenset(
    [
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "president",
        "chancellor",
        "envoy",
        "general",
        "commander",
        "chief",
        "head",
        "deputy",
        "foreign",
        "defence",
        "defense",
        "press",
        "state",
        "prime",
        "vice",
        "senator",
        "representative",
        "adviser",
        "advisor",
        "director",
        "commissioner",
        "king",
        "queen",
        "pope",
        "premier",
        "governor",
        "mayor",
        "official",
        "officials",
        "leader",
    ]
)

# Words capitalised only because they open a sentence, even before a name.
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "all",
        "both",
        "each",
        "every",
        "no",
        "any",
        "such",
        "other",
        "another",
        "several",
        "many",
        "most",
        "there",
        "it",
        "he",
        "she",
        "they",
        "we",
    ]
)

# A capitalised word after a lowercase word or a comma: written capitalised in
# mid-sentence, so a name (or part of one) wherever the document writes it.
_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )([A-Z][\w\u2019'-]*)")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*\Z")


@dataclass(frozen=True)
class Document:
    """The article text a rewrite reads, with what it says about its own words."""

    text: str

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.text)

    @cached_property
    def mid_sentence_words(self) -> frozenset[str]:
        return frozenset(m.group(1) for m in _MID_SENTENCE.finditer(self.text))

    def keeps_capital(self, word: str, following: str = "") -> bool:
        """Whether ``word``, first in a sentence, stays capitalised when a rewrite puts
        something before it: a name, an acronym, "I", a party, an office before a name."""
        bare = word.rstrip(",;:")
        if bare == "I" or any(c.isupper() for c in bare[1:]):
            return True
        if bare in self.mid_sentence_words or is_party(bare) or countries_in(bare):
            return True
        # An office opening a title before a name ("Minister of Defence Oleksii Reznikov").
        if bare.lower() in _OFFICE_WORDS - {"official", "officials"} or is_office(bare):
            return True
        # A word the document also writes in lower case is a common word ("Three Russian
        # ships" → "three Russian ships").
        if re.search(rf"(?<![\w\u2019'-]){re.escape(bare.lower())}(?![\w-])", self.text):
            return False
        # A capitalised run at the start ("Downing Street", "Foreign Minister Lavrov") is a
        # name unless its first word is one that opens any sentence ("The United States").
        return bool(following[:1].isupper()) and bare.lower() not in _OPENERS


def is_party(phrase: str) -> bool:
    """A country, its people's adjective, a seat of government or a named organisation."""
    return country_of(phrase) is not None or organisation_of(phrase) is not None


def is_office(phrase: str) -> bool:
    return role_of(phrase)[0] is not None


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name: no party, office,
    honorific, body or force word."""
    if not _CAPITALISED.match(word):
        return False
    folded = tokens(word)
    vocab = vocabulary()
    if len(folded) != 1:
        return False
    token = folded[0]
    return not (
        is_party(word)
        or countries_in(word)
        or is_office(word)
        or token in vocab.honorific_words
        or token in vocab.government_words
        or token in vocab.military_words
        or token in _BODY_WORDS
        or token in _OFFICE_WORDS
        or token in _OPENERS
        or token in {"of", "and", "for"}
    )


def recase_title(words: list[str]) -> str:
    """An office as it reads after a name ("the Russian foreign minister"): the office
    words in lower case, the parties and acronyms in it as written."""
    kept = [False] * len(words)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if is_party(" ".join(words[i:j])):
                kept[i:j] = [True] * (j - i)
                break
    return " ".join(
        w if keep or any(c.isupper() for c in w[1:]) else w.lower()
        for w, keep in zip(words, kept, strict=True)
    )
