"""A party's decision named inside another party's clause, as that party's own position.

"I want to thank Chancellor Scholz for Germany's decision to halt the certification of Nord
Stream 2", "the Head of State welcomed Madrid's decision to send additional humanitarian
aid": the clause is the speaker's thanks or welcome, and the possessor's decision is a
position of its own (the guide: `commit` once decided; assistance offered is `support`).
Only a named possessor of another side counts: "our decision", a pronoun's, or the holder's
own side's decision is already the clause's.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.arguments import topic_after
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import Stance

# A possessor, perhaps an adjective or two, and the noun of deciding with its infinitive:
# "Germany's decision to halt", "Madrid's welcome decision to send".
_DECISION = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?decisions?\s+to\s+", re.IGNORECASE)


@cache
def _aid() -> re.Pattern[str]:
    """Help given, as the assistance cues name it: "to send additional humanitarian aid"."""
    given = load_lexicon().assistance_given
    return re.compile(r"\w+\s+" + given, re.IGNORECASE)


def decisions_named(
    text: str, sentence: Sentence, span: tuple[int, int], holder: ActorRef
) -> list[tuple[ActorRef, Stance, str]]:
    """The party, stance and topic of each decision of another side than ``holder``'s that
    the clause ``span`` names."""
    start, end = span
    found: list[tuple[ActorRef, Stance, str]] = []
    for mention in sentence.mentions:
        ref = mention.ref
        if (
            not start <= mention.start < end
            or not mention.possessive
            or mention.kind in ("pronoun", "first", "joint")
            or ref is None
            or ref.side == holder.side
        ):
            continue
        decision = _DECISION.match(text, mention.end, end)
        topic = decision and topic_after(text, decision.end(), end)
        if decision is None or not topic:
            continue
        stance: Stance = "support" if _aid().match(text, decision.end(), end) else "commit"
        found.append((ref, stance, topic))
    return found
