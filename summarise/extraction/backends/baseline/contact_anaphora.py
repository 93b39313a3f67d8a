"""Whether a contact named by its noun is one reported before ("the talks lasted five hours")
or an occasion of its own ("the third round of talks", "the talks with …", "his talks in
Moscow"): a definite noun with no parties of its own refers back, and a sentence holding
one adds its quote to the contact before (``contacts``, ``occasions``).

Apart from ``contacts`` because this is decided before a noun's parties are read, from
its determiner and what follows it; ``occasions`` asks the same of a round in a series.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_objects import after_time, placed_with
from summarise.extraction.backends.baseline.contact_parties import (
    TAKING_PLACE,
    between_at,
    relative_holders,
)
from summarise.extraction.backends.baseline.contact_sides import host_after
from summarise.extraction.backends.baseline.lexicon import load_lexicon, mode_of
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.phrases.numbers import ORDINAL_ALTERNATION

_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)|['\u2019]s)\s+(?:[a-z][\w-]*\s+){0,2}$"
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
# "held the third round of talks": an ordinal makes a definite noun a new occasion in a
# series, not one reported before ("our next meeting" may be the one planned before).
_IN_SERIES = re.compile(rf"\b(?:{ORDINAL_ALTERNATION}|new)\s+$", re.I)
# A round named by its place in a series opens its trigger: "the third round", "the next
# round".
_SERIES_TRIGGER = re.compile(rf"(?:{ORDINAL_ALTERNATION}|new|next|further|another)\s", re.I)
# "the talks with …", "the visit to Moscow": a noun trigger with its own parties after it.
_WITH_AFTER = re.compile(
    rf"\s+(?:{TAKING_PLACE}(?=between)|\w+\s+)?(?:with|between|to)\b", re.IGNORECASE
)
# "the online summit of the leaders of the Nordic countries": an of-phrase naming who meets
# defines the noun (the cataphoric "the"), it refers back to nothing.
_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?:leaders\s+of\s+(?:the\s+)?)?(?-i:[A-Z])")


def refers_back(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """A definite contact noun with no parties of its own ("the talks lasted five hours")
    names a contact already reported; an ordinal ("the third round of talks") makes it a
    new occasion in a series, and parties after it ("the talks with …", "the meeting that
    X and Y held", "the summit of the Bucharest Nine"), also past a time adjunct ("his video
    call on Tuesday with …", as after a verb), or an owner's talks placed in a state ("his
    talks in Moscow") make it a contact of its own."""
    word = trigger.group().lower()
    return bool(
        load_lexicon().contact_nouns.search(word)
        and definite(text, sentence.start, trigger.start())
        and not _IN_SERIES.search(text, max(sentence.start, trigger.start() - 20), trigger.start())
        and not in_series(trigger)
        and not word.endswith((" with", " between"))
        and not _WITH_AFTER.match(text, after_time(text, trigger.end(), sentence.end))
        and not placed_with(text, trigger.end(), sentence.end)
        and between_at(text, trigger.end(), sentence.end) is None
        and not _OF_NAMED.match(text, trigger.end())
        and not relative_holders(text, sentence, trigger.end())
        and not _hosted(text, sentence, trigger)
    )


# A third party's owner before a contact noun: "his talks", "Scholz's talks" (not "our").
_OWNED = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|['\u2019]s)\s+$")


def _hosted(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """ "Chancellor Scholz's visit to Kyiv on Sunday and his talks in Moscow on Monday": an
    owner's talks placed in a state are the owner's contact with that host (contact_sides),
    not the contact reported before; "our next meeting in Bucharest" is the speakers' own."""
    return (
        mode_of(category(trigger)) in ("talks", "meeting")
        and _OWNED.search(text, max(sentence.start, trigger.start() - 12), trigger.start())
        is not None
        and bool(host_after(sentence, trigger.end(), []))
    )


def in_series(trigger: re.Match[str]) -> bool:
    """Whether the trigger names a round by its place in a series ("a fourth round", "the
    next round"): a new occasion of the parties of the one before."""
    return _SERIES_TRIGGER.match(trigger.group()) is not None


def definite(text: str, floor: int, pos: int) -> bool:
    """Whether a determiner makes the trigger a definite noun ("the call", "her visit");
    after an infinitive's "to" it is a verb ("the invitation to visit Kyiv")."""
    if _INFINITIVE_BEFORE.search(text, max(floor, pos - 4), pos):
        return False
    return _DEFINITE_BEFORE.search(text, max(floor, pos - 40), pos) is not None


# "following up on their call on Monday", "building on our conversation last Thursday": an
# earlier occasion of the same people, named by its possessive noun as what the reported one
# follows (the guide's "following up on their call last week", its own held item when it
# names its occasion: its date does).
_FOLLOWED_UP = re.compile(
    r"\b(?:following\s+up\s+on|(?:as\s+a\s+)?follow-up\s+to|building\s+on)\s+$", re.IGNORECASE
)
_POSSESSED = re.compile(r"(?:their|our)\s", re.IGNORECASE)


def followed_up(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether a possessive occasion noun ("their call") is the earlier occasion the
    sentence's own follows up on."""
    if _POSSESSED.match(trigger.group()) is None:
        return False
    return (
        _FOLLOWED_UP.search(text, max(sentence.start, trigger.start() - 40), trigger.start())
        is not None
    )
