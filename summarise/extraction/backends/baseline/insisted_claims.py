"""A claim a party keeps making is a view, even when what it says names a movement.

"Moscow keeps telling everyone that these are drills", "Minsk and Moscow both insist that
all this is there for joint exercises": a saying told as insisted on or repeated is
quoted to be disputed, so it is the party's position (the guide: a party's claims are its
positions), not only the report of a movement it would otherwise be (``reports_event``).
Said of troops massed near a border, that they are there for drills or exercises denies
the threat others see in them: a `deny`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarise.extraction.backends.baseline.patterns import window_after
from summarise.extraction.backends.baseline.position_draft import PositionDraft

# The saying insisted on or repeated: "keeps telling", "continues to claim", "insist".
_INSISTED = re.compile(
    r"\b(?:keeps?|kept|continues? to|continued to)\s+"
    r"(?:telling|saying|claiming|insisting|repeating|tell|say|claim|insist|repeat)\b"
    r"|\binsist(?:s|ed)?\b",
    re.IGNORECASE,
)
# How far from where what was said is read from its verb of saying may lie ("keeps telling").
_VERB_REACH = 20
# What is insisted on: the forces are there for drills ("these are routine drills", "all
# of this is there for the joint exercises").
_DRILLS = re.compile(
    r"\b(?:these|this|they|it|all of (?:this|them))\s+(?:are|is|were|was)\s+"
    r"(?:there for the\s+)?(?:(?:just|only|merely|purely|routine|planned|joint)\s+)*"
    r"(?:drills|exercises)\b",
    re.IGNORECASE,
)


def insisted(text: str, sentence_start: int, said_from: int) -> bool:
    """The verb of saying at ``said_from`` (where what was said is read from, its verb
    first) tells the saying as insisted on or repeated; a later that-clause ("… and that
    its forces will go home"), read from its own start, reports the movement as before."""
    start = max(sentence_start, said_from - _VERB_REACH)
    return _INSISTED.search(text, start, window_after(text, said_from, _VERB_REACH)) is not None


def as_insisted(text: str, sentence_start: int, p: PositionDraft) -> PositionDraft:
    """The position with the stance of what it insists on: forces said to be there for
    drills deny the threat; anything else keeps its stance."""
    if p.said is None or not insisted(text, sentence_start, p.said[0]):
        return p
    if _DRILLS.search(text, p.said[0], p.said[1]) is None:
        return p
    return replace(p, stance="deny")
