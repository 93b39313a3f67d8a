"""A phrase in the speaker's words said from the reader's side.

Extractors copy a movement's places and forces as the source said them ("along our western
borders", "our exercise"), and a position's topic as its holder said it ("the military
activity near our borders"). In a briefing line the actor is the subject, not the speaker,
so "our" would read as the reader's, or the actor's. Whose it is comes from who said it:
for a movement, the item's claimants, whose "our" is their state's when every claimant is
of one state ("along Russia's western borders"); for a position, the holder, whose "our" is
a state's own ("its allies") or a person's or an office's state's ("near Poland's
borders"). Where no one owner is known the words are quoted, since the line cannot say
whose they are. Headlines and plain lines say it the same way (a headline orders its
section; its sort key keeps the words as filed, so the order and the merge do not move).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.actors import vocabulary
from summarise.briefing.actor_names import is_plural, named
from summarise.briefing.model import CanonicalActor

# The speaker's words for their own side ("near our border"), in lower case or opening a
# sentence: "US troops" and "the ME region" are no one's "us" and "me".
_FIRST_PERSON = re.compile(r"\b(?:[Oo]urs?|[Ww]e|[Uu]s|[Mm]y|[Mm]ine|[Mm]e|I)\b")
_OUR = re.compile(r"\b[Oo]ur\b")
# The speaker's own state named as a place ("against our country"): the state itself.
_OUR_COUNTRY = re.compile(r"\b[Oo]ur (?:country|state|nation|homeland)\b")


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


def from_holders_side(topic: str, holder: CanonicalActor) -> tuple[str, bool]:
    """A position's ``topic`` with the holder's "our" said as its owner's, and whether
    first-person words are left that no owner replaces ("concerns that we have raised",
    or an "our" of no known state): the caller then quotes them as the holder's words,
    around the topic as returned, whose "our country" is already the state's name."""
    state = _holders_state(holder)
    if state is not None:
        # "our country" is the state itself, not "Ukraine's country".
        topic = _OUR_COUNTRY.sub(named(_state(state)), topic)
    owned = from_readers_side(topic, _holders_own(holder, state))
    if owned.startswith("\u201c"):
        return topic, True
    return owned, False


def speakers_owner(claimants: list[CanonicalActor]) -> str | None:
    """ "Russia's", "the United States'": whose "our" is when the claimants are of one state."""
    state = speakers_state(claimants)
    if state is None:
        return None
    return possessive(named(_state(state)))


def actors_own(actor: CanonicalActor, claimants: list[CanonicalActor]) -> str | None:
    """ "its", "their": whose "our" in the forces is ("Our exercise") when the speaker is
    the actor's side (the claimants' one state is the actor's); else None, and the forces
    are quoted: a speaker of another side, or none known, leaves them no one's to say."""
    state = speakers_state(claimants)
    if state is None or state not in {_own_state(actor), actor.country}:
        return None
    return "their" if is_plural(actor) else "its"


def _state(name: str) -> CanonicalActor:
    return CanonicalActor(id=name, name=name, kind="state")


def _own_state(actor: CanonicalActor) -> str | None:
    """The actor's name when the actor is a state (by kind, or a name the vocabulary
    knows as a country's), the one whose "our" is its own."""
    return actor.name if actor.kind == "state" or actor.name in vocabulary().countries else None


def _holders_state(holder: CanonicalActor) -> str | None:
    """The state whose "our" the holder says: a state itself, a person's or an office's
    state; a person of no known state, or a body of none, says no state's."""
    if (own := _own_state(holder)) is not None:
        return own
    if holder.kind not in {"person", "government", "military"}:
        return None
    return holder.country


def _holders_own(holder: CanonicalActor, state: str | None) -> str | None:
    """Whose the holder's "our" is: a state's own ("its", "their"), else its state's
    ("Ukraine's")."""
    if state is None:
        return None
    if state == holder.name:
        return "their" if is_plural(holder) else "its"
    return possessive(named(_state(state)))
