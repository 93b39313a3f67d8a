"""A formation or service named by its proper name alone, in its own state's publication,
is that state's: "the State Border Guard Service has sent more units to the Volyn
region" in a Ukrainian release, "the Territorial Defence Forces shall deploy …" in a
decree. A government names its own bodies without the state (Quirk et al. 5.60, the
unique reference of a proper name in its setting); the owner is the publisher.

Apart from ``movement_owners`` because the owner comes from the publication, not from a
party named in the sentence. Another state named in the sentence before the verb ("the
Belarusian side said the Border Guard Service …") may be the formation's: then nobody.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, MODALS

# A formation's proper name: "the Territorial Defence Forces", "the National Guard", and
# the standing commands of a state's forces by region or sea, "the Eastern Military
# District", "the Southern and Western military districts", "the Northern Fleet".
FORMATION_NAME = re.compile(
    r"\b(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}"
    r"(?:Forces|Force|Guard|Brigade|Division|Regiment|Corps|Fleets?|[Mm]ilitary\s+[Dd]istricts?)\b"
)

# The subject: a service or guard by its capitalised name ("the State Border Guard
# Service", "the National Guard"), then perhaps an aside in commas ("…, together with the
# National Guard of Ukraine,") and the verb group. A military district or a fleet is a
# command of one state's army whose name alone does not tell a reader which, so none is
# read as the publisher's here.
_SUBJECT = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w-]*\s+){1,4}(?:Guard(?:\s+Service)?|Service|Forces)"
    r"(?:,[^,;:.]{1,80},)?"
    rf"\s+(?:(?:{HAVE}|{BE}|{MODALS}|also|already|now|just)\s+)*$"
)
# What may stand before the subject in its clause: nothing, or a fronted adjunct set off
# by a comma ("Under the decision, the State Border Guard Service …"), or "and"/"but".
_OPENED = re.compile(r"(?:^|[,;:]|\b(?:and|but))\s*$")


def home_formation_owner(
    sentence: Sentence, clause_start: int, trigger: re.Match[str], home: str | None
) -> ActorRef | None:
    """The publisher's state, when the trigger's subject is a formation or service named
    by its proper name alone and no other state is named before the verb."""
    if home is None:
        return None
    text = sentence.scan.text
    subject = _SUBJECT.search(text, clause_start, trigger.start())
    if subject is None or _OPENED.search(text[clause_start : subject.start()]) is None:
        return None
    for m in sentence.mentions:
        if m.start < trigger.start() and m.ref is not None and m.ref.country not in (None, home):
            return None
    return state(home)
