"""What the party a speaker addresses says, told back to it as "you say": that party's.

"I want to turn to the heads of NATO states once more. … You say you cannot close the sky
since it would start a big war.": the speaker names whom they turn to, and "You say
(that) …" in the same paragraph reports that party's view (the guide: a view a speaker
attributes to another party is theirs), not the speaker's. Only after an address that names
one party the rules resolve ("I want to say to the heads of NATO", "I appeal to Germany"),
or in a transcript the other party of the exchange; with neither, "You say …" is nobody's.
The paragraph ends the address.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence

# The speaker turning to a party: "I want to say to", "I would like to address", "I appeal to".
_ADDRESS = re.compile(
    r"(?:and\s+)?(?:once\s+again\s+|today\s+)?I\s+(?:(?:want|would\s+like|wish)\s+to\s+)?"
    r"(?:say\s+to|address|appeal\s+to|turn\s+to)\s+(?:the\s+)?"
    r"(?:(?:leaders|heads|governments|members|people)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# "You say (that) …", perhaps after "But" or "And".
_YOU_SAY = re.compile(r"(?:but\s+|and\s+)?you\s+say(?:\s+that)?\s+", re.IGNORECASE)

# How far back the name may open: its mention may hold the article the address read.
_THE = len("the ")


def addressed(text: str, s: Sentence) -> ActorRef | None:
    """The one party the sentence turns to, if it is an address of the speaker's."""
    opening = _ADDRESS.match(text, s.start, s.end)
    if opening is None:
        return None
    # The party's name opens where the address ends, its article perhaps in the mention.
    at = opening.end()
    party = next((m for m in s.mentions if 0 <= at - m.start <= _THE and m.end > at), None)
    return None if party is None else party.voice or party.ref


def you_say(text: str, s: Sentence, addressee: ActorRef | None) -> None:
    """Gives "You say (that) …" to the party addressed before it in the paragraph, or to
    the other party of a transcript's exchange; with neither, the sentence is nobody's:
    what the speaker says another says is never the speaker's own view."""
    said = _YOU_SAY.match(text, s.start, s.end)
    if said is None or s.journalist or s.question:
        return  # a journalist's premise, or a question: nobody's position
    holder = addressee or s.addressee
    s.claims = (
        []
        if holder is None
        else [
            Claim(
                "reported",
                holder,
                None,
                s.start,
                s.end,
                None,
                (said.start(), said.end()),
                says=True,
            )
        ]
    )
