"""Forces with no owner right after a sentence telling one state's forces: that state's.

A writer names the party once and then only its forces (Halliday and Hasan 1976, on
reference and cohesion): "In the Kyiv direction, the enemy keeps trying to bring up reserves.
Up to two battalion tactical groups have been moved towards Ivankiv"; "We continue to see
Russia bring in reinforcements. A column of 300 vehicles moved south". The sentence before
need not report a movement the rules read ("bring up", "bring in" are none): it tells of
forces (a forces noun, or a noun of forces sent in: "reinforcements", "reserves", not a stock
kept: "gold reserves") and names one party only, and that party is the antecedent the
reader takes. The owner is carried only when that is the only reading: the sentence just
before, in the same paragraph, names forces and exactly one party besides the speaker and
places, that party is a state or stands for one; the forces here are the subject of their
own verb (nobody else is said to move them); and this sentence names no other party.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.own_forces import SUBJECT_TO_VERB
from summarise.extraction.backends.baseline.paragraph_owner import (
    PARAGRAPH_BREAK,
    another_party,
    as_place,
)
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence

_REINFORCEMENTS = re.compile(
    r"\b(?:" + "|".join(sorted(load_grammar().reinforcement_nouns)) + r")\b", re.IGNORECASE
)
_STOCK_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(load_grammar().stock_kinds)) + r")\s+$", re.IGNORECASE
)
_STOCK_REACH = 20


def forces_told_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
    before: Sentence | None,
) -> ActorRef | None:
    """The one state the sentence ``before`` names with forces, when these forces, with
    no owner, are the subject of their verb and this sentence names no other party."""
    if before is None or forces is None or before.journalist:
        return None
    if forces.end > trigger.start() or not SUBJECT_TO_VERB.fullmatch(
        text, forces.end, trigger.start()
    ):
        return None
    if PARAGRAPH_BREAK.search(text, before.end, sentence.start) is not None:
        return None
    if not find_forces(
        before.scan, before.start, before.end, load_lexicon()
    ) and not _reinforcements(text, before):
        return None
    owner = _sole_state(text, before)
    if owner is None or any(another_party(text, m, owner) for m in sentence.mentions):
        return None
    return owner


def _sole_state(text: str, before: Sentence) -> ActorRef | None:
    """The one state the sentence names as a party (its people and bodies stand for it),
    none when it names two, a party of no state (an alliance) or a pronoun nobody could
    resolve."""
    sides: set[str] = set()
    for m in before.mentions:
        if m.ref is None:
            if m.kind == "pronoun":
                return None
            continue
        if m.kind == "first" or (m.place and as_place(text, m)):
            continue
        if m.ref.country is None:
            return None
        sides.add(m.ref.country)
    return state(sides.pop()) if len(sides) == 1 else None


def _reinforcements(text: str, before: Sentence) -> bool:
    """Whether the sentence names forces sent in ("bring up reserves"), not a stock kept
    ("its gold reserves")."""
    return any(
        _STOCK_BEFORE.search(text, max(before.start, m.start() - _STOCK_REACH), m.start()) is None
        for m in _REINFORCEMENTS.finditer(text, before.start, before.end)
    )
