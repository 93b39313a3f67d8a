"""The relative clause of a trip's place that tells whom the traveller meets there ("will
travel to Warsaw and Bucharest, where she will meet with X and Y"; Quirk et al. 17.14,
"where" standing for the place), and its tense.

Apart from ``contact_lookalikes`` because three stages read it: the trip made for that
meeting (``contact_lookalikes.made_for``), the hosts met there (``contact_trips``) and the
meeting's status, which a past clause sets itself (``contact_status``).
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import contact_status_of, load_lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.verb_forms import IRREGULAR_PASTS

# The clause's opening, up to the contact's trigger: its pronoun subject, then a verb group
# ("'ll", "will also", "is to") and a verb of holding ("hold talks", "held talks").
_WHERE = re.compile(
    r",\s+where\s+(?:he|she|they|I|we)(?P<will>['\u2019]ll)?\s+"
    r"(?P<group>(?:(?:will|would|shall|also|then|is\s+to|are\s+to)\s+)*)"
    r"(?:(?P<verb>hold|have|held|had)\s+)?$",
    re.IGNORECASE,
)
# The auxiliaries of a verb group still to come ("will", "is to").
_AUXILIARY_TO_COME = re.compile(r"\b(?:will|would|shall|is|are)\b", re.IGNORECASE)
_PAST_VERB = re.compile(rf"(?:\w+ed|{IRREGULAR_PASTS})\b", re.IGNORECASE)
# How far before a trip's trigger a cue of its plan may stand ("is scheduled to travel").
_PLAN_REACH = 40
# What ends the trip's own clause between a cue and the trip: a cue beyond it is another's.
_CLAUSE_BREAK = re.compile(r"[,;:!?]|\.\s")


def where_opening(text: str, start: int, end: int) -> re.Match[str] | None:
    """The opening of a "where" clause of a place that ends at ``end``, the contact's
    trigger ("…, where she will meet"), searched from ``start``."""
    return _WHERE.search(text, start, end)


def where_contact(text: str, trip: re.Match[str], start: int, end: int) -> re.Match[str] | None:
    """The opening of the "where" clause ending at ``end`` when it tells the trip's
    purpose: a clause in the past after a trip still to come ("will travel to Kyiv next
    week, where he met X in 2021") tells what once happened at the place, another
    occasion. A purpose lies ahead of its trip, so a past clause is the purpose only of a
    trip made ("flew to Sofia, where he met X")."""
    where = where_opening(text, start, end)
    if where is None or not past_clause(text, where) or not _to_come(text, trip):
        return where
    return None


def past_clause(text: str, where: re.Match[str]) -> bool:
    """Whether the "where" clause's verb group is past: no auxiliary of the future, and
    "held"/"had" or the trigger after the opening in a past form ("where he met")."""
    if where["will"] or _AUXILIARY_TO_COME.search(where["group"]):
        return False
    verb = where["verb"]
    if verb is not None:
        return verb.lower() in ("held", "had")
    return _PAST_VERB.match(text, where.end()) is not None


def _to_come(text: str, trip: re.Match[str]) -> bool:
    """Whether the trip is still to come: a cue of a plan in its own clause before or on
    its trigger ("will travel", "is to fly", "plans to go", "is heading to")."""
    start = max(0, trip.start() - _PLAN_REACH)
    return any(
        contact_status_of(category(cue)) == "planned"
        and not _CLAUSE_BREAK.search(text, cue.end(), trip.start())
        for cue in load_lexicon().contact_status.finditer(text, start, trip.end())
    )
