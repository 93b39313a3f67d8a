"""What shape an extracted phrase has, so that a plain sentence can join it to its verb.

Extractors are asked for a noun phrase as a topic but write what the article had: a clause
("Russians could invade Ukraine"), a verb without its "to" ("impose swift and severe
costs"), a prepositional phrase ("against Russia in response to …"), a condition ("if
Russia further invades"). "warned about" fits only the first of these. The shape is read
from the first words alone with the word classes of ``data/grammar.toml``: a guess that
errs towards "noun phrase", which is how the sentence read before shapes were told apart.
It sits below both the extraction (the baseline's one-line summaries) and the briefing (the
key developments' lines), which join topics to verbs alike.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources


class Shape(Enum):
    NOUN = "noun phrase"  # "the build-up", "support for talks", "imposing sanctions"
    CLAUSE = "clause"  # "Russians could invade Ukraine", "that talks failed"
    INFINITIVE = "infinitive"  # "to impose costs", "impose costs"
    PREPOSITIONAL = "prepositional phrase"  # "against Russia"
    CONDITION = "condition"  # "if Russia invades"
    QUESTION = "indirect question"  # "how Russia would respond"
    PREDICATE = "predicate without subject"  # "must and will take it seriously"
    PAST = "past-tense verb phrase"  # "reached an agreement on corridors"


@dataclass(frozen=True)
class _Words:
    prepositions: frozenset[str]
    subordinators: frozenset[str]
    question_words: frozenset[str]
    finite_verbs: frozenset[str]
    subject_pronouns: frozenset[str]
    speaker_words: frozenset[str]
    base_verbs: frozenset[str]
    verbs_only: frozenset[str]
    past_verbs: frozenset[str]
    determiners: frozenset[str]
    definite_words: frozenset[str]


@cache
def _words() -> _Words:
    text = resources.files("summarise.phrases").joinpath("data", "grammar.toml")
    data = tomllib.loads(text.read_text(encoding="utf-8"))
    return _Words(**{name: frozenset(values) for name, values in data.items()})


def definite_words() -> frozenset[str]:
    return _words().definite_words


def base_verbs() -> frozenset[str]:
    """Verbs in their base form, as a topic cut after "to" opens with one."""
    return _words().base_verbs


def in_own_person(text: str) -> bool:
    """The phrase opens in the speaker's own person ("We have anticipated …", "our
    allies"): the holder's words, which no third-person line can join to its verb."""
    words = text.split()
    return bool(words) and _bare(words[0]) in _words().speaker_words


@cache
def closed_class_words() -> frozenset[str]:
    """The closed classes: words that carry no subject of their own. Built once: every
    topic the lead weighs asks for it."""
    w = _words()
    return (
        w.prepositions
        | w.subordinators
        | w.question_words
        | w.finite_verbs
        | w.subject_pronouns
        | w.determiners
        | {"and", "or", "but", "not", "to"}
    )


# How far into a phrase a modal may stand and still follow its subject ("the Russian
# forces could …"); later ones belong to a clause inside a noun phrase ("sanctions
# heavier than anything we have done").
_SUBJECT_WORDS = 4


def _bare(word: str) -> str:
    """A word as the word classes list it: lower case, without the punctuation around it,
    its apostrophe straight ("won\u2019t" is "won't")."""
    return word.casefold().replace("\u2019", "'").strip(",;:.\u201c\u201d\"'()")


@dataclass(frozen=True)
class Phrase:
    """A phrase, its shape, and its text without the word that marked a clause or an
    infinitive ("that", "to"), which the verb joining it supplies."""

    shape: Shape
    text: str


def read_phrase(text: str) -> Phrase:
    words = text.split()
    if not words:
        return Phrase(Shape.NOUN, text)
    w = _words()
    first = _bare(words[0])
    second = _bare(words[1]) if len(words) > 1 else ""
    rest = " ".join(words[1:])
    if first == "that" and len(words) > 2 and second not in w.prepositions:
        return Phrase(Shape.CLAUSE, rest)
    if first == "to" and second in w.base_verbs:
        return Phrase(Shape.INFINITIVE, rest)
    if first in w.question_words:
        return Phrase(Shape.QUESTION, text)
    if first in w.subordinators and not (first in w.finite_verbs and second == "not"):
        return Phrase(Shape.CONDITION, text)
    if first in w.prepositions or first == "to":
        return Phrase(Shape.PREPOSITIONAL, text)
    if first in w.finite_verbs:
        return Phrase(Shape.PREDICATE, text)
    if first in w.subject_pronouns and len(words) > 1:
        return Phrase(Shape.CLAUSE, text)
    if first in w.verbs_only and second:
        return Phrase(Shape.INFINITIVE, text)
    if first in w.base_verbs and second and second not in w.prepositions | {"and", "or"}:
        return Phrase(Shape.INFINITIVE, text)
    if _is_past_verb(first, second, w):
        return Phrase(Shape.PAST, text)
    named = words[0][:1].isupper()
    for index, word in enumerate(words[1:_SUBJECT_WORDS], 1):
        bare = _bare(word)
        if bare in w.prepositions:
            break
        if index + 1 < len(words) and (bare in w.finite_verbs or (named and bare in w.past_verbs)):
            return Phrase(Shape.CLAUSE, text)
        # After a name, a past tense is its verb ("President Putin welcomed talks"); after
        # "the" it is an adjective ("the agreed ceasefire").
        named = named and word[:1].isupper()
    return Phrase(Shape.NOUN, text)


def _is_past_verb(first: str, second: str, w: _Words) -> bool:
    """ "agreed on", "reached an agreement" but not "concerted efforts": a known past
    tense (alone too: "added"), or an "-ed" word followed by what only follows a verb."""
    if first in w.past_verbs:
        return True
    return first.endswith("ed") and (second in w.determiners or second in {"that", "to"})
