"""A pledge of restraint: one's own act limited to answering an attack ("Belarus will enter
the war only if it is invaded", lexicon.toml's `[commit]` entry "only if … attacked").

Two questions the entry's words cannot answer. Whose pledge it is: a reporter's clause
whose own subject is another party ("Kyiv said Belarus would enter the war only if it is
invaded") tells that party's act, not the reporter's undertaking (Quirk et al. 15.3: the
reported clause has its own subject), as ``clause_owners.others_that_clause`` reads a
movement's. And what kind of step it is: the guide's "Force promised on a condition" lets
the verb decide, whatever the condition's place: respond, retaliate → `threaten`; defend,
resist, protect → `warn` ("would defend Lithuania only if it was invaded").
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.conditionals import pledged_verbs
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS
from summarise.schema import Stance

# How the restraint cue opens (the lexicon entry's first words).
_RESTRAINT = re.compile(r"only\s+(?:if|when|in\s+case)\b", re.IGNORECASE)
# The subject of the restrained act: a party's name, perhaps heading its forces ("Belarusian
# troops", "the Russian army", "Belarus itself"), just before its modal.
_SUBJECT_TO_MODAL = re.compile(
    rf"(?:\s+[\w\u2019'-]+){{0,2}}?\s+(?:{PREDICTIVE_MODALS}|shall)\b", re.IGNORECASE
)


def is_restraint(text: str, cue: tuple[int, int]) -> bool:
    """Whether the commitment cue at ``cue`` is the pledge of restraint."""
    return _RESTRAINT.match(text, cue[0], cue[1]) is not None


def restraint_stance(text: str, start: int, cue: tuple[int, int]) -> Stance | None:
    """The guide's stance of force promised on a condition, for a restraint cue whose clause
    (from ``start``) names the force by its verb: "would respond only if attacked" is
    `threaten`, "would defend Lithuania only if it was invaded" `warn`; None for any other
    act ("would enter the war only if it is invaded" stays a commitment)."""
    if not is_restraint(text, cue):
        return None
    response, resistance = pledged_verbs()
    if response.search(text, start, cue[0]) is not None:
        return "threaten"
    if resistance.search(text, start, cue[0]) is not None:
        return "warn"
    return None


def others_restraint(
    text: str, mentions: list[Mention], start: int, cue: tuple[int, int], holder: ActorRef
) -> bool:
    """Whether the restraint cue at ``cue`` is said of another side's act than the holder's:
    its subject, the last party named before the modal (from ``start``), is a named party of
    another side, its forces included ("Warsaw said Belarusian troops would open fire only
    when attacked"). A pronoun's, "we"'s or the holder's own side's stays the holder's, and
    so does one where a person's state is not known."""
    if not is_restraint(text, cue):
        return False
    subject = next(
        (
            m
            for m in reversed(mentions)
            if start <= m.start
            and m.end <= cue[0]
            and _SUBJECT_TO_MODAL.match(text, m.end, cue[0]) is not None
        ),
        None,
    )
    if subject is None or subject.ref is None or subject.kind in ("first", "pronoun", "joint"):
        return False
    owner = subject.ref
    if any(r.is_person and r.country is None for r in (owner, holder)):
        return False
    return owner.side != holder.side
