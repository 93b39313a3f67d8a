"""A movement's forces as written and where they go: a build-up or exercise noun stands
for its forces with its modifiers and owner ("Russia's continued military build-up"), and a
supply goes to whom it is given. Apart from ``movements`` because they only phrase what the
rules there decided.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.movement_owners import SUBJECT_GAP
from summarise.extraction.backends.baseline.movement_places import (
    destination,
    recipient_named,
    supplied_to,
)
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import Activity, Quantity

_WORD_BEFORE = re.compile(r"[\w-]+")
# Nouns of a build-up or an exercise that stand for the forces themselves: "Russia's
# military build-up", "large-scale exercises".
SELF_FORCES = frozenset({"mass", "other", "exercise"})
# How far back a build-up phrase's modifiers may reach ("Russia's continued, escalating
# and unprecedented military build-up").
_MODIFIERS_REACH = 100


def forces_named(
    sentence: Sentence, trigger: re.Match[str], activity: Activity, forces: Forces | None
) -> tuple[str, Quantity | None] | None:
    """The forces as written: a build-up or exercise noun stands for them ("Russia's
    military build-up") unless they are its subject or come after it."""
    subject_forces = forces is not None and 0 <= trigger.start() - forces.end <= SUBJECT_GAP
    if (
        activity in SELF_FORCES
        and not subject_forces
        and (forces is None or forces.end <= trigger.end())
    ):
        phrase_start = _phrase_start(sentence, trigger.start())
        quantity = forces.quantity if forces is not None else None
        return sentence.scan.text[phrase_start : trigger.end()], quantity
    if forces is not None:
        return forces.text, forces.quantity
    return None


def where_to(
    text: str, trigger: re.Match[str], forces: Forces | None, clause_end: int, activity: Activity
) -> str | None:
    """Where the forces go; a supply goes to whom it is given ("provide Ukraine with …",
    "to our army")."""
    if activity != "supply":
        return destination(text, trigger, forces, clause_end)
    return (
        recipient_named(text, trigger, forces)
        or destination(text, trigger, forces, clause_end)
        or supplied_to(text, forces, clause_end)
    )


def _phrase_start(sentence: Sentence, pos: int) -> int:
    """Where a build-up phrase starts: back over its modifiers ("large-scale joint
    exercises") to the owner right before them, "Russia's"; an owner further back ("its
    troops in Belarus after the exercises") is another phrase's."""
    modifiers = load_lexicon().force_modifiers
    text = sentence.scan.text
    start = pos
    window = max(sentence.start, pos - _MODIFIERS_REACH)
    for word in reversed(list(_WORD_BEFORE.finditer(text, window, pos))):
        token = word.group()
        if word.end() != start - 1 or not (
            modifiers.match(token.lower()) or token == "and" or token[0].isupper()
        ):
            break
        start = word.start()
    owners = [
        m
        for m in sentence.mentions
        if m.end <= pos and m.start < start <= m.end + 1 and (m.possessive or m.adjective)
    ]
    return owners[-1].start if owners else start
