"""A movement told more than once in one sentence: a second trigger of the same activity
and forces restates the first, a second infinitive of the same owner is quoted by its own
clause, and a coordinated subject or a drilling partner gives the same movement once more
for each other owner. Apart from the movement stage because these read the drafts already
made, not the text's triggers."""

from __future__ import annotations

import re
from dataclasses import replace

from summarise.extraction.backends.baseline.movement_co_owners import (
    adjective_co_owners,
    co_owners,
    coordinated_infinitive,
)
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_forces import drilling_partner, owned_partner
from summarise.extraction.backends.baseline.movement_owners import owner
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence


def in_own_clause(
    text: str,
    sentence: Sentence,
    draft: MovementDraft,
    trigger: re.Match[str],
    clause_end: int,
    found: list[MovementDraft],
) -> MovementDraft:
    """The draft, quoted by its own clause when it is the same owner's second movement told
    in an infinitive coordinated with the first's ("continue to supply …, and to send
    instructors there"), and as far along as the first when nothing of its own says."""
    if not found or found[-1].actor != draft.actor:
        return draft
    own = coordinated_infinitive(text, trigger.start(), sentence.start, clause_end)
    if own is not None:
        draft.quotes = [own]
        draft.status = found[-1].status if draft.status == "unclear" else draft.status
    return draft


def other_owners(
    text: str,
    sentence: Sentence,
    draft: MovementDraft,
    clause_start: int,
    forces: Forces | None,
    trigger: re.Match[str],
) -> list[MovementDraft]:
    """The same movement once more for each other owner its subject names, as a
    coordinated subject is each member's: states coordinated as owners ("Russia and
    Belarus began …") move the same forces; a forces phrase with its own owner coordinated
    before ``forces`` ("jets of the Russian Air Force and the Belarusian Air
    Force are holding joint patrols"), or drilling "together with" them, moves its own."""
    head = (forces.start, forces.end) if forces is not None else trigger.span()
    others = co_owners(sentence, draft.actor, trigger.start())
    others += [o for o in adjective_co_owners(sentence, draft.actor, *head) if o not in others]
    drafts = [replace(draft, actor=other, quotes=list(draft.quotes)) for other in others]
    partner = owned_partner(sentence.scan, clause_start, forces, trigger.start())
    if partner is None and draft.activity == "exercise":
        partner = drilling_partner(sentence.scan, trigger.end(), sentence.end)
    if partner is None:
        return drafts
    partner_owner = owner(text, sentence, partner, trigger)
    if partner_owner is not None and partner_owner != draft.actor:
        drafts.append(
            replace(
                draft,
                actor=partner_owner,
                forces=partner.text,
                quantity=partner.quantity,
                quotes=list(draft.quotes),
            )
        )
    return drafts


def restated(
    found: list[MovementDraft], draft: MovementDraft, owned: ActorRef | None = None
) -> bool:
    """A second trigger of the same activity and forces in one sentence tells the same
    movement ("a shipment of … had arrived in Ukraine"): it adds only where and how far
    along it is. Other forces are another movement ("sending a frigate to the Baltic Sea
    and deploying four jets to Lithuania"), and so are forces named as another party's
    own (``owned``: "as Russia moves forces closer, the President has authorized movements
    of U.S. forces"): the next sentence's unowned forces are then the last party's."""
    for earlier in found:
        if (
            earlier.sentence == draft.sentence
            and (owned is None or owned.side == earlier.actor.side)
            and earlier.activity == draft.activity
            and (earlier.forces in draft.forces or draft.forces in earlier.forces)
        ):
            earlier.destination = earlier.destination or draft.destination
            if earlier.status == "unclear":
                earlier.status = draft.status
            return True
    return False
