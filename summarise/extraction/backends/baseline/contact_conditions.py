"""Contact triggers that name no occasion because the contact is only offered on a
condition ("I'm prepared to meet him whenever it would really help", "he'd be
prepared to speak with President X again if it would be constructive"), or because the
speaker turns to it as a topic ("As for meeting President X, …").

Readiness to meet, held back until something happens, fixes neither a time nor a place:
the guide gives hypotheticals no item, and an offer is `proposed` only when it names its
place ("An offer to meet at a named place is `proposed`"). An unconditioned readiness ("I
am ready to meet directly with X") stays a proposed contact. Apart from
``contact_lookalikes`` because these are read from a verb of readiness and a condition
around the trigger, words of the stance lexicon's readiness class, not of the contact's
own form.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.contact_arguments import place_after
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.sentence import Sentence

# How far before the trigger its verb of readiness may stand: "prepared to meet", "would be
# open to another conversation", "stands ready to hold talks with".
_READINESS_REACH = 40
# A condition after the trigger, in its clause (Quirk et al. 15.33: open conditions).
_CONDITION = re.compile(r"\b(?:if|provided|as\s+long\s+as|on\s+condition\s+that)\b", re.I)
# "As for meeting President X, …": a gerund the speaker turns to, the topic of what follows
# (Quirk et al. 8.128 on "as for" as a topic marker), not an occasion.
_TOPIC = re.compile(r"\b(?:as\s+for|as\s+to|as\s+regards)\s+$", re.IGNORECASE)
# Where the trigger's clause ends: another clause joined on, or a colon or semicolon.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but)\s")
# A place right after a trip's "to" ("ready to come to Moscow"): where the trip goes.
_PLACE_NEXT = re.compile(r"\s+(?-i:[A-Z])")


@cache
def _readiness() -> re.Pattern[str]:
    """A verb of readiness with at most two words between it and the trigger ("prepared to
    meet", "open to another conversation"): the stance lexicon's readiness openings."""
    openings = read_data("lexicon.toml")["readiness"]["openings"]
    return re.compile(rf"\b(?:{'|'.join(openings)})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)


def conditional_or_topic(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the trigger names a contact offered only on a condition in its own clause
    and with no place named (an offer to meet at a named place is proposed, the guide), or
    a gerund turned to as a topic: no occasion either way."""
    start = max(sentence.start, trigger.start() - _READINESS_REACH)
    if _TOPIC.search(text, sentence.start, trigger.start()) and trigger.group().lower().endswith(
        "ing"
    ):
        return True
    if _readiness().search(text, start, trigger.start()) is None:
        return False
    stop = _CLAUSE_END.search(text, trigger.end(), sentence.end)
    end = stop.start() if stop is not None else sentence.end
    trip_to = trigger.group().lower().endswith((" to", " in"))
    placed = place_after(text, trigger.end(), end) or (
        trip_to and _PLACE_NEXT.match(text, trigger.end(), end)
    )
    return not placed and _CONDITION.search(text, trigger.end(), end) is not None
