"""Requests a speaker makes of their own side: instructions, not demands.

A head of state at a meeting of their government asks a minister in the room, or a
ministry by name, to act: an order inside one side, which the guide makes no position
held towards another party (and the meeting no contact).
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue

# The speaker as the one who asks: "I ask", "we would ask", "I also request".
_SPEAKER_ASKS = r"\b(?:I|we)\s+(?:would\s+|also\s+|now\s+)?"
# A request the speaker makes of the one spoken to: "Sergei Viktorovich, I ask you to
# prepare …", "I would ask you to keep your questions short".
_ASKED_OF_YOU = re.compile(
    _SPEAKER_ASKS + r"(?:ask|request|instruct|urge)\w*\s+you\b",
    re.IGNORECASE,
)
# A request the speaker makes of a body named after the verb: "I ask the Foreign Ministry
# to prepare …", "we instruct the Government to …".
_ASKED_OF_BODY = re.compile(
    _SPEAKER_ASKS + r"(?:ask|request|instruct|charge|task)\w*\s+"
    r"(?P<body>the\s+[^,;:]{3,60}?)\s+to\b",
    re.IGNORECASE,
)


def own_side_instructed(text: str, sentence: Sentence, claim: Claim, cue: StanceCue) -> bool:
    """A speaker asking someone of their own side in the room (a minister at a meeting
    of their government, a colleague at the podium), or a body of their own state by
    name ("I ask the Foreign Ministry to draft our reply"), gives an instruction, no
    view held towards another party: the guide makes an order an order, an internal
    meeting no contact. Asked of the other side of an exchange ("I ask you, Mr
    President, to …", "we ask the Russian side to …") it is a demand."""
    if cue.stance != "demand" or claim.holder is None:
        return False
    window = max(sentence.start, cue.start - 20)
    addressee = sentence.addressee
    if (
        addressee is not None
        and addressee.side == claim.holder.side
        and _ASKED_OF_YOU.search(text, window, cue.end) is not None
    ):
        return True
    asked = _ASKED_OF_BODY.search(text, window, cue.end)
    if asked is None:
        return False
    named = [
        m.ref
        for m in sentence.mentions
        if asked.start("body") <= m.start < asked.end("body") and m.ref is not None
    ]
    if named:
        return all(
            ref.side == claim.holder.side and not ref.is_person and ref.kind != "state"
            for ref in named
        )
    # A body named by its field alone ("the Foreign Ministry", "the Government"): in a
    # speaker's own words, their own state's, as every state has its ministries.
    governing = load_grammar().governing_nouns
    return any(w.lower() in governing for w in asked["body"].split())
