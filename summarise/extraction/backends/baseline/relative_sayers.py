"""A named person's saying told in a relative clause of another's sentence: that person's.

"Yesterday I spoke with Foreign Minister Mevlut Cavusoglu, who said that Ankara is
willing to host a meeting …", "… held a phone conversation with Commander-in-Chief Tomasz
Praga, who confirmed Poland's readiness to help …": the relative "who" stands for the
person named just before it, and what its verb of saying reports is that person's view, not
the speaker's or the narrator's (the guide: a view a speaker attributes to another party is
theirs). The clause runs to the sentence's end, or to the next clause joined by ", and",
", but" or ";", which is the main clause's again ("…, and next week I will receive …").

Only a person the rules resolve, right before ", who", with the verb of saying right after it
(an adverb or two between: "who also stressed"): not a passive ("who was told that …", what
others said to them), not the speaker's aside ("who, I believe, …", "who we think …"), and
not "which" (what "which he said" reports may be the main clause's holder's or another's).
Nor is the verb of saying alone a position here ("…, who briefed us on the situation in
Mariupol"): only a stance cue inside the clause makes one. Precision first.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.sentence import Claim, Sentence, cut_out

# ", who" after the name, then at most two adverbs before the verb: "who also", "who once
# again", "who repeatedly".
_WHO = re.compile(
    r",\s+who\s+(?:(?:also|again|once|then|later|earlier|further|in turn|\w+ly)\s+){0,2}",
    re.IGNORECASE,
)
# Where the relative clause gives way to the main clause's next one.
_CLAUSE_END = re.compile(r";|,\s+(?:and|but)\s+", re.IGNORECASE)


def who_says(text: str, s: Sentence) -> None:
    """Gives the relative clause of saying after a named person ("…, who confirmed that …")
    to that person, and takes it out of the claims the sentence already has: the main
    clause's holder keeps what comes before it and after it."""
    for person in s.mentions:
        holder = person.ref
        if person.kind != "person" or holder is None or person.unresolved:
            continue
        who = _WHO.match(text, person.end, s.end)
        if who is None:
            continue
        verb = s.scan.at(load_lexicon().speech, who.end(), s.end)
        if verb is None:
            continue
        after = _CLAUSE_END.search(text, verb.end(), s.end)
        end = s.end if after is None else after.start()
        start = who.start() + 1
        kept = cut_out(s.claims, start, end)
        kept.append(
            Claim(
                "reported",
                holder,
                None,
                start,
                end,
                person,
                (verb.start(), verb.end()),
            )
        )
        s.claims = kept
        return
