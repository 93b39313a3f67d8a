"""A phrase in the speaker's words said from the reader's side.

Extractors copy a movement's places and forces as the source said them ("along our western
borders", "our exercise"). In a briefing line the actor is the subject, not the speaker, so
"our" would read as the reader's, or the actor's. Whose it is comes from the item's
claimants: "our" is the speaker's state when every claimant is of one state ("along
Russia's western borders"), else the words are quoted, since the line cannot say whose they
are. Headlines and plain lines say it the same way (a headline orders its section; its
sort key keeps the words as filed, so the order and the merge do not move).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.briefing.model import CanonicalActor

# The speaker's words for their own side ("near our border"), in lower case or opening a
# sentence: "US troops" and "the ME region" are no one's "us" and "me".
_FIRST_PERSON = re.compile(r"\b(?:[Oo]urs?|[Ww]e|[Uu]s|[Mm]y|[Mm]ine|[Mm]e|I)\b")
_OUR = re.compile(r"\b[Oo]ur\b")


def in_first_person(phrase: str) -> bool:
    """Whether ``phrase`` holds a word of the speaker's own person ("our", "us")."""
    return _FIRST_PERSON.search(phrase) is not None


def speakers_state(claimants: Sequence[CanonicalActor]) -> str | None:
    """The one state every claimant is of (a person's country, a state itself), else None:
    claimants of two states, or none, leave "our" no one's."""
    states = {a.country or (a.name if a.kind == "state" else None) for a in claimants}
    return states.pop() if len(states) == 1 else None


def possessive(name: str) -> str:
    """ "Ukraine's", "the United States'"."""
    return name + ("'" if name.endswith("s") else "'s")


def quoted(phrase: str) -> str:
    return f"\u201c{phrase}\u201d"


def from_readers_side(phrase: str, owner: str | None) -> str:
    """``phrase`` with "our" said as ``owner``'s ("Russia's", "its"); quoted when there is
    no owner or the phrase holds another first-person word ("towards us"), which no
    possessive replaces."""
    if not in_first_person(phrase):
        return phrase
    if owner is None or in_first_person(_OUR.sub("", phrase)):
        return quoted(phrase)
    return _OUR.sub(owner, phrase)
