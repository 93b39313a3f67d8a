"""What the parties of an occasion agreed together, told by one of them: its outcome.

The guide puts every agreement the participants reached together ("the leaders agreed
that …", "agreed to meet again") in the contact's outcome, not in positions. A speaker
telling it in the first person ("We agreed that the commission will meet in April", "we
agree that the talks must go on") or a spokesperson telling it of the two ("They agreed
that their ministers would keep in close touch") still tells an agreement, and the clause
after "agreed that" is nobody's view: the demand or hope in it is what the two settled on,
the meeting in it the contact's next occasion. Two things stay the speaker's: a threat or
punitive measure agreed on (the guide: "We agreed that we would answer together … by
imposing tariffs" is the speaker's `threaten`), and an undertaking that names no contact
("We agreed that Gazprom will keep supplying gas"), a pledge one side gives the other.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.stances import StanceCue

# Several parties as the subject of "agree(d) that": "we", "they", "the two of them", "the
# Chancellor and I", "both of us"; one adverb or auxiliary may stand before the verb ("We
# also agreed", "they have agreed"). "I agreed that …" is one party's assent, a view.
_AGREED_THAT = re.compile(
    r"(?:\b(?:we|they)|\bthe\s+two(?:\s+of\s+(?:them|us))?|\bboth\s+of\s+(?:them|us)|\band\s+I)"
    r"\s+(?:[a-z]+\s+)?agree(?:s|d)?\s+that\b",
    re.IGNORECASE,
)
# Another speaker's clause between the agreement and the cue: "…, but I told him that …",
# "…; he warned that …". What follows is that speaker's, not the agreement's.
_OWN_CLAUSE = re.compile(r"\b(?:but|I|he|she)\b|;", re.IGNORECASE)


def agreed_together(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """Whether the cue stands in what several parties are told to have agreed ("We agreed
    that …", "They agreed that …"), and is not a threat or an undertaking naming no
    contact, which a party voices as its own even when agreed on."""
    if cue.measure or cue.stance == "threaten":
        return False
    # The last one before the cue: the one whose clause the cue may stand in.
    agreed = max(
        _AGREED_THAT.finditer(text, sentence.start, cue.start), key=re.Match.start, default=None
    )
    if agreed is None or _OWN_CLAUSE.search(text, agreed.end(), cue.start) is not None:
        return False
    if cue.stance != "commit":
        return True
    # An undertaking agreed is the occasion's outcome when it is a contact ahead: "the
    # commission will hold its next meeting", "our governments would hold consultations".
    return sentence.scan.first(load_lexicon().contact_modes, agreed.end(), sentence.end) is not None
