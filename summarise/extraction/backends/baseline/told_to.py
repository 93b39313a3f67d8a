"""The party a speaker says he told his words to: "I told him plainly that …", "I have also
assured Chancellor Weber that …".

A speaker who reports his own words to another party addresses those words to that party:
when the clause told names no party of its own ("we will never accept this arrangement"),
the party told is the one it is addressed to, the position's target. Telling someone
about something ("I told him about the meeting") reports a conversation, not a statement,
and "as I told you" names no party.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.literal_gates import gated_finditer
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_classes import alternation

# The speaker's verb of telling, with auxiliaries and adverbs before it: "I told",
# "we have also told", "I once again assured".
_TELLING = re.compile(
    r"\b(?:I|we)\s+(?:(?:have|had|also|then|already|once\s+again|again|\w+ly)\s+){0,3}"
    rf"(?:{alternation('speaker_told_verbs')})\s+",
    re.IGNORECASE,
)
# What follows the one told when a statement is told: "that", a colon, "so", or a bare
# clause opened by a pronoun ("I told him he has our full backing"), after adverbs
# ("frankly", "directly", "once again"). "about", "of" and the like tell a topic.
_STATEMENT = re.compile(
    r"(?:\s+(?:\w+ly|once\s+again|again|both|all))*"
    r"(?:\s+that\b|\s*:|\s+so\b|\s+(?:I|we|he|she|they|it|this|there)\s)",
    re.IGNORECASE,
)


def party_told(sentence: Sentence, holder: ActorRef | None) -> Mention | None:
    """The party other than the holder to whom the speaker says in ``sentence`` that he
    told a statement, or None."""
    text = sentence.text
    for telling in gated_finditer(sentence.scan, _TELLING, text, sentence.start, sentence.end):
        told = next((m for m in sentence.mentions if m.start == telling.end()), None)
        if (
            told is not None
            and _another(told, holder)
            and _STATEMENT.match(text, told.end) is not None
        ):
            return told
    return None


def _another(told: Mention, holder: ActorRef | None) -> bool:
    """The one told is a party other than the holder: named as one, or a third-person
    pronoun ("him", "them"), which stands for someone the speaker is not even when
    resolution leaves it open."""
    if told.kind == "pronoun":
        return True
    return told.ref is not None and told.kind not in ("first", "joint") and told.ref != holder
