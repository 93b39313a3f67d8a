"""A stance cue's complements cut into views of their own: each further act a party is
called on to do that is a demand apart from the one before ("to withdraw its forces, and
to return to the negotiating table"; "for a ceasefire and for humanitarian corridors"),
and each object that repeats the preposition its cue ends with ("the importance of A and
of B"). Granularity rule 1: two facts asked or stressed are two items.

Apart from ``clauses`` because these cut inside one clause, by what a cue's complement
holds (``act_kinds`` tells two acts apart), where ``clauses`` cuts between clauses.
"""

from __future__ import annotations

import itertools
import re

from summarise.extraction.backends.baseline.act_kinds import separate_acts
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import WORD, category
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.targets import THREAT
from summarise.extraction.backends.baseline.word_classes import forms

# The first act a party is called on to do, after its name: "call on the Russian Federation
# to withdraw"; and each further one: ", to return to the table", "and to fulfil". After a
# cue that ends in "for", each further thing called for: "and for the opening of corridors".
_FIRST_ACT = re.compile(r"\s+(?:[\w\u2019'-]+\s+){0,5}?to\s+(?=[a-z])")
_NEXT_ACT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<opener>to)\s+(?=[a-z])")
# Only after "and": a "for" after a bare comma is as often of time or cause ("for the second
# day running"); what follows "and for" is read by ``_opens_act``.
_NEXT_FOR = re.compile(r",?\s+and\s+(?P<opener>for)\s+(?=\w)")
_OPENINGS = ("to ", "for ")


def demanded_act(text: str, start: int) -> bool:
    """The piece at ``start`` is a further act a party is called on to do, cut off by
    ``demanded_acts``: the call's demand is its stance."""
    return (
        text.startswith(_OPENINGS, start)
        and _ACT_BEFORE.search(text, max(0, start - 8), start) is not None
    )


_ACT_BEFORE = re.compile(r"(?:,|\band)\s+$")


def demanded_acts(
    scan: TextScan, cues: list[re.Match[str]], start: int, end: int
) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before each act a party is called on to do that is a demand
    of its own beside the act before it (``act_kinds``): "We call on the Russian Federation
    to pull its forces back from the border, and to return to the negotiating table" and
    "called for an urgent ceasefire and for the opening of humanitarian corridors" are two
    demands each (CAMEO's demand for a withdrawal, for negotiation, for aid: two facts);
    "to de-escalate and to withdraw its forces" stays one."""
    text = scan.text
    asking = next((c for c in cues if start <= c.start() < end and category(c) == "demand"), None)
    if asking is None:
        return [(start, end)]
    if asking.group().lower().endswith(" for"):
        if not scan.may_hold(_FOR, asking.end(), end):
            return [(start, end)]
        first_end, joins = asking.end(), _NEXT_FOR.finditer(text, asking.end(), end)
    else:
        if not scan.may_hold(_TO, asking.end(), end):
            return [(start, end)]
        first = _FIRST_ACT.match(text, asking.end(), end)
        if first is None:
            return [(start, end)]
        first_end, joins = first.end(), _NEXT_ACT.finditer(text, first.end(), end)
    acts = [m for m in joins if _opens_act(text, m)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    previous = (first_end, acts[0].start() if acts else end)
    for index, act in enumerate(acts):
        current = (act.end(), acts[index + 1].start() if index + 1 < len(acts) else end)
        if separate_acts(text, previous, current):
            pieces.append((piece_start, act.start()))
            piece_start = act.start("opener")
        previous = current
    pieces.append((piece_start, end))
    return pieces


_TO = ("to",)
_FOR = ("for",)
# How many words after "for" may head a phrase of time or viewpoint ("the second day").
_FOR_HEAD_WORDS = 3


def _opens_act(text: str, join: re.Match[str]) -> bool:
    """Whether a further "to" or "for" opens another act called for. "and to the
    negotiating table" continues the act before (a determiner after "to"); after "for", a
    relative clause ("for which Kyiv has pressed") or a phrase of time or viewpoint ("for
    the second day running", "for its part") is no thing called for."""
    first = _word_at(text, join.end())
    grammar = load_grammar()
    if join["opener"] == "to":
        return first not in grammar.determiners
    if first in grammar.clause_openers:
        return False
    heads = itertools.islice(WORD.finditer(text, join.end()), _FOR_HEAD_WORDS)
    return forms("for_adverbial_heads").isdisjoint(w.group().lower() for w in heads)


# A second object of one cue, its preposition repeated: "emphasised the importance of
# de-escalation and of maintaining dialogue", "drew attention to the continuing shelling
# and to the fact that Kiev is sabotaging the agreements". Repeating the preposition sets
# the second apart as a view of its own (granularity rule 1: "stressed the importance of
# dialogue and diplomacy, and the need to include Ukraine in talks" is two demands).
_REPEATED = re.compile(r",?\s+and\s+(of|to)\s+(?=(\w+))", re.IGNORECASE)
_HEAD_PREPOSITIONS = ("of", "to")


def second_objects(
    scan: TextScan, cues: list[re.Match[str]], start: int, end: int
) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before each object of its first cue that repeats the
    preposition the cue ends with, "of" or "to". After "to" the object must open with a
    determiner: "agreed to meet and to instruct" coordinates infinitives of one
    undertaking, and "a threat to Poland and to the Baltic states" names the threatened,
    not what is charged."""
    text = scan.text
    head = next((c for c in cues if start <= c.start() < end and category(c) != "other"), None)
    if head is None:
        return [(start, end)]
    preposition = head.group().rsplit(None, 1)[-1].lower()
    if preposition not in _HEAD_PREPOSITIONS or THREAT.match(text, head.start(), head.end()):
        return [(start, end)]
    determiners = load_grammar().determiners
    pieces: list[tuple[int, int]] = []
    piece_start, object_start = start, head.end()
    for again in _REPEATED.finditer(text, head.end(), end):
        if again.group(1).lower() != preposition:
            continue
        if preposition == "to" and again.group(2).lower() not in determiners:
            continue
        if _word_in(text, preposition, object_start, again.start()):
            # "the importance of the territorial integrity of Ukraine and of Moldova": the
            # object before holds the preposition too, which the repeated one may join.
            continue
        pieces.append((piece_start, again.start()))
        piece_start, object_start = again.start(1), again.end(1)
    pieces.append((piece_start, end))
    return pieces


def second_object(text: str, start: int) -> bool:
    """The piece at ``start`` is an object of the cue before, cut off by
    ``second_objects``: that cue's stance is its own."""
    return (
        _word_at(text, start) in _HEAD_PREPOSITIONS
        and _ACT_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def _word_in(text: str, word: str, start: int, end: int) -> bool:
    return re.search(rf"\b{word}\b", text[start:end], re.IGNORECASE) is not None


def _word_at(text: str, pos: int) -> str:
    word = WORD.match(text, pos)
    return "" if word is None else word.group().lower()
