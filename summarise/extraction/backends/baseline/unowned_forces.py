"""The owner of forces that name none: the movement told just before, when it carries on
("the troops will be deployed" a sentence or two on), a formation's publishing state, the
reporting speaker's own state, or the paragraph's owner. Apart from the movement stage
because carrying an owner over sentences has its own guards (another party's movement
named before, a contrast) and its own test of a definite noun phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.extraction.backends.baseline.enemy_arms import arms_its_enemy
from summarise.extraction.backends.baseline.home_formations import FORMATION_NAME
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_forces import and_coordinated
from summarise.extraction.backends.baseline.own_forces import reporters_own
from summarise.extraction.backends.baseline.paragraph_owner import another_party, paragraph_owner
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import Activity

_CARRY = 2
# "these troops", "the forces": forces named before, whatever they do now.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?$")


def unowned_owner(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    activity: Activity,
    forces: Forces | None,
    found: list[MovementDraft],
    previous: MovementDraft | None,
    home: str | None,
    since: Sequence[Sentence],
) -> ActorRef | None:
    """The owner of forces that name none: the movement just before's, the nearest one
    told in the clause this one is coordinated with ("has deployed 12,000 U.S. forces …, and
    2,500 more personnel are preparing to deploy"), not in a contrast ("…, while …"); a
    formation named by its proper name, the publishing state's; the reporting speaker's
    own state; or the owner of the movement told just before in the paragraph."""
    last = found[-1] if found and and_coordinated(text, sentence.start, forces) else previous
    if last is not None and _carries(text, sentence, last, activity, trigger, forces):
        return last.actor
    if home is not None and forces is not None and FORMATION_NAME.search(forces.text):
        return state(home)
    told = found[-1] if found else previous
    return reporters_own(
        text, sentence, forces, trigger, told.actor if told is not None else None
    ) or paragraph_owner(text, sentence, forces, trigger, None if found else previous, since)


def _carries(
    text: str,
    sentence: Sentence,
    previous: MovementDraft | None,
    activity: Activity,
    trigger: re.Match[str],
    forces: Forces | None,
) -> bool:
    """Whether unowned forces are the last movement's: the same activity, or forces named
    before as the subject ("the troops will be deployed"), a sentence or two on. Not when
    the sentence has named another party's own movement before them ("the big Russian
    drills going on in Belarus, including the deployment of air defence batteries"
    after a US deployment): the forces are more likely part of that movement, and an owner
    unsure is no owner."""
    if forces is None or previous is None or sentence.index - previous.sentence > _CARRY:
        return False
    if _owned_movement_before(text, sentence, previous.actor, trigger.start()):
        return False
    if arms_its_enemy(sentence, forces, trigger, previous.actor):
        return False  # weapons arriving in Kyiv after a Russian build-up are not Russia's
    subject = definite(text, forces.start) and forces.end <= trigger.start()
    return previous.activity == activity or subject


# An owner's adjective or possessive right before a movement noun, over its modifiers:
# "Russian exercises", "Russia's continued military build-up".
_TO_MOVEMENT_NOUN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}$")


def _owned_movement_before(text: str, sentence: Sentence, owner: ActorRef, pos: int) -> bool:
    """Whether another party than ``owner`` is named before ``pos`` as the owner of a
    movement noun of its own ("the large-scale Russian exercises")."""
    triggers = [
        t.start()
        for t in sentence.scan.find(load_lexicon().activities, sentence.start, pos)
        if t.start() < pos
    ]
    return any(
        (m.adjective or m.possessive)
        and another_party(text, m, owner)
        and any(_TO_MOVEMENT_NOUN.fullmatch(text, m.end, t) for t in triggers if t > m.end)
        for m in sentence.mentions
        if m.end <= pos
    )


def definite(text: str, pos: int) -> bool:
    return _DEFINITE.search(text, max(0, pos - 30), pos) is not None
