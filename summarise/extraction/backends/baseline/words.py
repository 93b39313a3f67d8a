"""Words as the topic cutter reads them: tokens with offsets, and the word classes of
``data/grammar.toml`` that say where a phrase may start, stop and be cut.

There is no tagger (one would cost more than the whole extractor): a word's class is read
from closed lists of function words and from its shape (a suffix, a capital, a hyphen).
Open-class words are guessed only where a wrong guess costs little, such as whether a
word before "sanctions" modifies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache, cached_property
from typing import NamedTuple

from summarise.extraction.backends.baseline.datafiles import read_data

# Quotation marks and spaces before a token (a topic never keeps the marks), then the
# token: a number ("100,000"), a word with inner dots, apostrophes or hyphens
# ("U.S.-German", "Russia's", "don't"), or one punctuation mark.
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
_TOKEN = re.compile(
    rf"((?:\s|[{_QUOTES}])*)(\d[\d,.]*\d|\w+(?:[.'\u2019\-]+\w+)*|[^\w\s{_QUOTES}])"
)
_POSSESSIVE = ("'s", "\u2019s")
# A named tuple made without its Python-level constructor: a quarter faster per token.
_new_tuple = tuple.__new__


class Token(NamedTuple):
    """A word or punctuation mark with its offsets; a tuple, because an article's
    sentences make thousands of them."""

    text: str
    start: int
    end: int
    spaced: bool
    lower: str
    is_word: bool
    capitalised: bool

    @classmethod
    def of(cls, text: str, start: int, end: int, spaced: bool) -> Token:
        return cls(text, start, end, spaced, text.lower(), text[0].isalnum(), text[0].isupper())

    def with_text(self, text: str, *, spaced: bool | None = None) -> Token:
        """The same place in the article, written differently ("step" -> "stepping")."""
        space = self.spaced if spaced is None else spaced
        return Token.of(text, self.start, self.end, space)

    @property
    def possessive(self) -> bool:
        return self.text.endswith(_POSSESSIVE) and len(self.text) > 2


def tokenise(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, each knowing whether a space precedes it.

    Quotation marks are left out: a topic never keeps them, and a word inside quotes
    ("urged Russia to \u201cstep back\u201d") is read like any other."""
    return [
        _new_tuple(
            Token,
            (w, m.start(2), m.end(), p != p.strip(), w.lower(), w[0].isalnum(), w[0].isupper()),
        )
        for m in _TOKEN.finditer(text, start, end)
        for p, w in (m.groups(),)
    ]


def join(tokens: list[Token]) -> str:
    """The tokens as text with the article's spacing."""
    return "".join((" " if i and t.spaced else "") + t.text for i, t in enumerate(tokens))


@dataclass(frozen=True)
class Grammar:
    """The word classes of ``data/grammar.toml``, as sets for quick membership tests."""

    determiners: frozenset[str]
    first_person: frozenset[str]
    conjunctions: frozenset[str]
    auxiliaries: frozenset[str]
    modals: frozenset[str]
    copulas: frozenset[str]
    subject_pronouns: frozenset[str]
    prepositions: frozenset[str]
    clause_openers: frozenset[str]
    clause_opener_phrases: dict[str, tuple[tuple[str, ...], ...]]
    conditions: frozenset[str]
    adverbs: frozenset[str]
    not_adverbs: frozenset[str]
    adjectives: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    particles: frozenset[str]
    base_verbs: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    reflexives: frozenset[str]
    complement_nouns: frozenset[str]
    complement_prepositions: frozenset[str]
    issue_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    doubling_verbs: frozenset[str]
    irregular_ing: dict[str, str]
    definite_name_words: frozenset[str]
    definite_names: frozenset[str]

    @cached_property
    def phrase_stops(self) -> frozenset[str]:
        """Every word that may end a phrase in ``phrase_ends.stop_index``: one set to test
        first, because most words are none of them."""
        return (
            self.clause_openers
            | frozenset(self.clause_opener_phrases)
            | self.conjunctions
            | self.auxiliaries
            | self.subject_pronouns
            | {"that", "but"}
        )

    def adverb(self, word: str) -> bool:
        return word in self.adverbs or (
            word.endswith("ly") and len(word) > 4 and word not in self.not_adverbs
        )

    @cached_property
    def function_words(self) -> frozenset[str]:
        return (
            self.determiners
            | self.conjunctions
            | self.prepositions
            | self.auxiliaries
            | self.clause_openers
            | self.subject_pronouns
            | {"to", "not", "that"}
        )

    def function_word(self, word: str) -> bool:
        """A word that cannot end a noun phrase."""
        return word in self.function_words

    def modifier(self, token: Token) -> bool:
        """Whether a word before a noun can modify it ("severe", "Western", "co-ordinated"),
        as opposed to a verb or a function word ("prepare", "imposing", "a")."""
        word = token.lower
        if not token.is_word or self.function_word(word) or self.adverb(word):
            return False
        if word in self.adjectives or token.capitalised or token.text[0].isdigit():
            return True
        if word.endswith("ing"):
            return False
        return "-" in word or word.endswith(self.adjective_suffixes)

    def opener_phrase_at(self, tokens: list[Token], i: int) -> int:
        """The length of a several-word clause opener starting at ``tokens[i]``, or 0."""
        for phrase in self.clause_opener_phrases.get(tokens[i].lower, ()):
            n = len(phrase)
            if tuple(t.lower for t in tokens[i : i + n]) == phrase:
                return n
        return 0


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Several-word phrases filed under their first word, longest first, so that a
    token is checked only against the phrases it can start."""
    split = sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True)
    return {w: tuple(p for p in split if p[0] == w) for w in {p[0] for p in split}}


# Word lists kept as written, because names are matched with their capitals.
_CASED_LISTS = frozenset({"definite_name_words", "definite_names"})


@cache
def load_grammar() -> Grammar:
    g = read_data("grammar.toml")
    word_sets = {
        f.name: frozenset(w.lower() for w in g[f.name])
        for f in fields(Grammar)
        if f.type == "frozenset[str]" and f.name not in _CASED_LISTS
    }
    return Grammar(
        **word_sets,
        clause_opener_phrases=_by_first_word(g["clause_opener_phrases"]),
        adjective_suffixes=tuple(g["adjective_suffixes"]),
        irregular_ing=dict(g["irregular_ing"]),
        definite_name_words=frozenset(g["definite_name_words"]),
        definite_names=frozenset(g["definite_names"]),
    )
