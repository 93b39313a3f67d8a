"""Weapons arriving in the land of one of the two sides at war are not the other side's:
a side does not arm its enemy.

An owner carried over from the movement told before ("Russia has moved two more
battalions to the border. A shipment of Stinger missiles arrived in Kyiv on Monday") or
taken from the reporter's own state is asked this before it is given to weapons: they
are aid, the giver's. Apart from ``own_forces`` because the stages that carry an owner
over from one sentence to the next (``movements``, ``unowned_forces``) ask it too.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, in_state
from summarise.extraction.backends.baseline.sentence import Sentence


def arms_its_enemy(
    sentence: Sentence, forces: Forces | None, trigger: re.Match[str], owner: ActorRef
) -> bool:
    """Whether weapons arriving in the state at war with ``owner``, one of the two at war,
    would be ``owner``'s: they are not ("Russia has moved two more battalions to the border.
    A shipment of Stinger missiles arrived in Kyiv on Monday"), a side does not arm its
    enemy; they are aid, the giver's, and a speaker of a third state telling of them
    without naming a giver tells of his own state's (a White House briefing)."""
    sides = load_grammar().war_sides
    if forces is None or forces.unit != "weapons" or owner.side not in sides:
        return False
    enemy = next(side for side in sides if side != owner.side)
    return any(
        m.place and m.start >= trigger.end() and in_state(m.ref, enemy) for m in sentence.mentions
    )
