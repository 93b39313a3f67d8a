"""An attention frame before a colon: the speaker asks to be heard, and what follows is said.

"I want everybody to hear this plainly: any attempt to cross the river will be answered
with force", "I want the world to know this: …": wanting an audience to hear or know what
follows the colon asks nothing of a party; it announces the statement (as "Our position is
clear:" does, ``colon_frames``). Only an audience that is no party to act (grammar.toml's
``attention_audiences``: "everyone", "the world") asked to hear the words the colon
introduces (``attention_objects``: "this", "one thing") makes a frame: "We want Russia to
listen to its neighbours: …" asks Russia to act. When the statement after the colon takes
a stance of its own, that is the position, and the frame's cue ("want everyone to", a
`demand`) makes no item. With no stance after the colon, the frame is left to the rules as
before: it is the clause's only cue.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.word_classes import alternation


@cache
def _frame() -> re.Pattern[str]:
    """The verb of wanting, its audience, a verb of hearing or knowing and the words it
    points forward to (grammar.toml's ``attention_audiences``, ``attention_verbs``,
    ``attention_objects``), then the frame's words up to its colon."""
    audiences, verbs, objects = (
        alternation(name)
        for name in ("attention_audiences", "attention_verbs", "attention_objects")
    )
    return re.compile(
        rf"want(?:s|ed)?\s+(?:{audiences})\s+to\s+(?:{verbs})\s+(?:to\s+)?(?:{objects})\b"
        r"[^.;:!?]*:",
        re.IGNORECASE,
    )


def without_attention_frames(
    text: str, read: list[tuple[tuple[int, int], StanceCue | None]]
) -> list[tuple[tuple[int, int], StanceCue | None]]:
    """The claim's clauses with the cue of each attention frame dropped whose colon a later
    clause with a stance of its own follows."""
    return [
        (piece, None if _frames(text, read, index) else cue)
        for index, (piece, cue) in enumerate(read)
    ]


def _frames(text: str, read: list[tuple[tuple[int, int], StanceCue | None]], index: int) -> bool:
    """Whether the cue of the clause ``read[index]`` opens an attention frame whose colon
    a later clause with a stance of its own follows."""
    cue = read[index][1]
    if cue is None or cue.stance != "demand":
        return False
    frame = _frame().match(text, cue.start)
    if frame is None:
        return False
    return any(later is not None and later.start >= frame.end() for _, later in read[index + 1 :])
