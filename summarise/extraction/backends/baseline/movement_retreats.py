"""Who retreats: the subject of an intransitive verb of falling back.

"Retreat", "fall back", "pull back", "roll back", "turn back" with no forces after them
(PLOVER RETREAT, CAMEO 087) move their subject, and only it: in "our defenders stopped the
attack, and the enemy retreated" the defenders named earlier in the sentence do not
retreat. So the forces are the phrase right before the verb (auxiliaries and adverbs
between), or the adversary named there ("the enemy rolled back", "the occupiers
retreated"), which stands for the other side's forces as the guide writes them; with
neither, nothing named retreats. A verb with its forces after it ("pulled back its
troops") keeps them.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.own_forces import FORCES_TO_VERB
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.sentence import Sentence

_RETREATING = re.compile(r"(?:retreat|pull|fall|fell|roll|turn)", re.IGNORECASE)
_SUBJECT_TO_VERB = re.compile(FORCES_TO_VERB)


def retreating(trigger: re.Match[str]) -> bool:
    """Whether the trigger is a verb of falling back."""
    return _RETREATING.match(trigger.group()) is not None


def who_retreats(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str]
) -> Forces | None:
    """The forces that fall back: those after the verb, else its subject right before it,
    else the adversary named as that subject, else none."""
    if forces is not None and forces.start >= trigger.end():
        return forces
    if forces is not None and _SUBJECT_TO_VERB.fullmatch(text, forces.end, trigger.start()):
        return forces
    for m in sentence.mentions:
        if m.adversary and _SUBJECT_TO_VERB.fullmatch(text, m.end, trigger.start()):
            start = m.start - len("the ") if text[: m.start].lower().endswith("the ") else m.start
            return Forces(start, m.end, text[start : m.end], "troops", None)
    return None
