"""A contact told of by a verb of informing: "briefed the Chancellor on his conversation
with X", "informed his counterpart about her talks in Y". The occasion is told in passing,
while the sentence reports the one it is told at; and its owner "his"/"her" is the
informer's own, however near the one informed stands.

Apart from ``contact_parties`` (the grammar of a contact's own subjects, owners and
objects) because the reading belongs to the verb of informing around the contact, which
``contacts`` and ``contact_subjects`` ask about as well.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_classes import alternation

# "briefed the Chancellor on his conversation with X", "informed his counterpart about
# her talks in Y": one tells another of one's own occasion, so "his"/"her" is the subject,
# not the one told, however near (the subject of a verb of informing reports its own
# experience: CAMEO 031's "brief" is the briefer's meeting).
INFORMING_ON = (
    rf"\b(?:{alternation('informing_verbs')})\b[^.;:]{{1,60}}?\b(?:on|about|of|regarding)\s+"
)
_TOLD_OF = re.compile(INFORMING_ON + "$", re.IGNORECASE)


def told_of_own(text: str, sentence: Sentence, owner: Mention, subject: Mention | None) -> bool:
    """Whether the owner "his"/"her" stands after a verb of informing whose subject is a
    person of its own: then the occasion is the subject's."""
    if subject is None or subject.ref is None or not subject.ref.is_person:
        return False
    if subject.end > owner.start:
        return False
    return _TOLD_OF.search(text, max(sentence.start, owner.start - 80), owner.start) is not None


# The trigger itself after such a verb's "on"/"about": "on his conversation with X".
_TOLD_TRIGGER = re.compile(
    INFORMING_ON + r"(?:(?:his|her|their|its|our|my|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)


def told_of(text: str, sentence: Sentence, start: int) -> bool:
    """Whether the contact at ``start`` is what a verb of informing tells of ("briefed the
    Prime Minister on his conversation with X"): an occasion told in passing, while the
    sentence reports the one it is told at."""
    return _TOLD_TRIGGER.search(text, max(sentence.start, start - 110), start) is not None
