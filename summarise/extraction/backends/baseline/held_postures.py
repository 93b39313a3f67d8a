"""Forces held at a place named before the verb, in a relative "where".

A posture is usually stated with its place after the forces ("Russia keeps 30,000 troops
along the border"). A relative adverb "where" (Quirk et al. 1985, 17.12) moves the place
before the clause: "the situation along the border, where, as the President noted, Russia
continues to keep over 120,000 troops". The holding verb with a number of troops and no
place after it is a posture only then; elsewhere ("Russia keeps 2,000 troops in reserve",
"the army holds 5,000 soldiers, officials say") nothing locates the forces.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.patterns import window_after

# The holding verb's cue with nothing after the forces (the lexicon's "where" variant).
_HELD_BARE = re.compile(
    r"(?:hold|holds|held|keep|keeps|kept|maintain|maintains|maintained)$", re.IGNORECASE
)
# A place after the forces: the posture stated the usual way, no "where" needed.
_PLACE_AFTER = re.compile(
    r" (?:[\w,.\u2019'-]+ ){0,6}?(?:troops|soldiers|servicemen|forces|personnel|tactical groups)"
    r" (?:(?:arrayed|deployed|stationed|massed|positioned|concentrated|gathered) )?"
    r"(?:near|along|around|close to|at|on)\b",
    re.IGNORECASE,
)
# ", where" opening the clause of the verb: an aside between commas may follow it ("where,
# as X noted,"), then the subject and its verb group, no comma or clause end between.
_WHERE_BEFORE = re.compile(r",\s+where(?:,[^,.;:!?]{1,80},)?\s+[^,.;:!?]{1,80}$", re.IGNORECASE)


def held_without_place(text: str, sentence_start: int, trigger: re.Match[str]) -> bool:
    """True when ``trigger`` is a holding verb whose forces have no place, neither after
    them nor before the clause in a relative "where": the cue then locates nothing."""
    if _HELD_BARE.match(trigger.group()) is None:
        return False
    if _PLACE_AFTER.match(text, trigger.end(), window_after(text, trigger.end(), 120)):
        return False
    return _WHERE_BEFORE.search(text, sentence_start, trigger.start()) is None
