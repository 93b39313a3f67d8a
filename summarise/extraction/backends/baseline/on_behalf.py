"""Whom a speaker speaks for when the sentence says so.

"Speaking on behalf of the Nordic envoys, Ambassador X assured …", "X, speaking on behalf
of the European Union, said …": the party named after "on behalf of" holds the words, and
the speaker is their voice (the guide's `via`), as a spokesperson's words are their
principal's. Apart from ``attribution`` because it reads one participle phrase around the
subject and no more.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

# The participle phrase, fronted or set off after the subject.
_BEHALF = re.compile(r"\b(?:[Ss]peaking|[Aa]cting|[Ww]riting)\s+on\s+behalf\s+of\s+(?:all\s+)?")
# The party's name right after the phrase, perhaps with its article: "of the G7".
_ARTICLE = len("the ")
# A phrase set off right after the subject: "X, speaking on behalf of …".
_AFTER_SUBJECT = 3


def spoken_for(text: str, s: Sentence, subject: Mention) -> ActorRef | None:
    """The party the subject speaks for, when a participle phrase of the sentence names it
    ("Speaking on behalf of the G7 ambassadors, …"); None when there is none or it names
    no party the rules know."""
    for found in _BEHALF.finditer(text, s.start, s.end):
        fronted = found.end() <= subject.start
        set_off = 0 <= found.start() - subject.end <= _AFTER_SUBJECT
        if not (fronted or set_off):
            continue
        party = next((m for m in s.mentions if 0 <= m.start - found.end() <= _ARTICLE), None)
        if party is not None and party.ref is not None and not party.possessive:
            return party.ref
    return None
