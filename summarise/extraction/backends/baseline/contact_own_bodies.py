"""Each side's own body named by "our" in what two leaders say of their exchange: "we
agreed that our governments would consult", "our defence ministers will meet in
Belgrade", "instruct our governments to hold their next meeting". "Our" is both of "we", so
the contact is between each side's government or office (the guide: the parties are who
meet), not between the leaders who agreed on it, nor with the state whose city hosts it.

Apart from ``contact_parties`` because the sides come from the exchange the sentence is
part of (the speaker and the one spoken to, or the contact reported before), not from the
words around the trigger alone.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.refs import ActorRef, government, office
from summarise.extraction.backends.baseline.sentence import Sentence

# "our governments", "our defence ministers": the plural of a body or office each side has
# one of. Bare "our ministers" names no office.
_OUR_BODIES = re.compile(
    r"\bour\s+(?:(?P<governments>governments)|(?P<office>[a-z]+)\s+ministers)\b", re.IGNORECASE
)
# Between them and the trigger they are the subject of: an auxiliary or "to" and a verb of
# holding, and the noun's determiner ("our governments would hold consultations", "our
# governments to hold the next meeting", "our defence ministers will meet").
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:would|will|shall|should|could|can|are\s+to|to)\s+)"
    r"(?:(?:hold|have|conduct|continue)\s+)?(?:(?:the|a|an|their)\s+)?"
    r"(?:(?:next|new|first|further|regular|joint)\s+)?(?:round\s+of\s+)?"
)
# After the trigger it owns: "the next meeting of our foreign ministers".
_OF = re.compile(r"\s+of\s+")


def each_sides_own(
    text: str, sentence: Sentence, trigger: re.Match[str], pair: tuple[ActorRef, ...]
) -> list[ActorRef]:
    """Each side's government or office that "our" names as the trigger's subject or
    of-phrase, when the exchange is between two states (``pair``); else none."""
    countries = list(dict.fromkeys(p.country for p in pair if p.country is not None))
    if len(countries) != 2 or len({p.side for p in pair}) != 2:
        return []
    found = next(
        (
            m
            for m in _OUR_BODIES.finditer(text, sentence.start, sentence.end)
            if _SUBJECT_GAP.fullmatch(text, m.end(), trigger.start())
            or _OF.fullmatch(text, trigger.end(), m.start())
        ),
        None,
    )
    if found is None:
        return []
    if found["governments"] is not None:
        return [government(c) for c in countries]
    role = f"{found['office'].capitalize()} Minister"
    return [office(role, c) for c in countries]
