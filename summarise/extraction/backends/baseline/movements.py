"""Military movements: an activity trigger (PLOVER's MOBILIZE and its kin: deploy, mass,
alert, exercise, supply, withdraw, attack) with the forces, their owner, place and status.

Whose movement it is comes from ``movement_owners``, where to and from from
``movement_places``, whether it is asserted from ``movement_assertion`` and how far along
from ``movement_status``. A trigger under negation, doubt, a condition or a demand ("urge
Russia to withdraw") is no movement (rule 4), and no owner, no movement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.extraction.backends.baseline.clauses import antecedent_clause
from summarise.extraction.backends.baseline.forces_antecedents import (
    antecedent_owner,
    perceived,
    perceived_doer,
    seen_owner,
    they_antecedent,
)
from summarise.extraction.backends.baseline.forces_phrase_owners import named_with_forces
from summarise.extraction.backends.baseline.forces_standing import where_forces_stand
from summarise.extraction.backends.baseline.forces_told_owner import forces_told_owner
from summarise.extraction.backends.baseline.group_words import press_group
from summarise.extraction.backends.baseline.held_postures import held_without_place
from summarise.extraction.backends.baseline.home_formations import home_formation_owner
from summarise.extraction.backends.baseline.lexicon import activity_of, load_lexicon
from summarise.extraction.backends.baseline.movement_assertion import (
    CONDITION_LATER,
    why_not_asserted,
)
from summarise.extraction.backends.baseline.movement_co_owners import (
    continued_owner,
    forces_told_before,
    shared_infinitive_owner,
)
from summarise.extraction.backends.baseline.movement_coordination import coordinated
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_forces import (
    forces_near,
    given_after_recipient,
    held_with_partners,
    passive_participle,
    passive_subject,
    what_moves_decides,
)
from summarise.extraction.backends.baseline.movement_hosts import HOSTING, RECEIVING, whose_movement
from summarise.extraction.backends.baseline.movement_parts import is_part, partitive_detail
from summarise.extraction.backends.baseline.movement_phrases import (
    ANOTHER,
    SELF_FORCES,
    besides,
    completed_earlier,
    consignment,
    forces_named,
    where_to,
)
from summarise.extraction.backends.baseline.movement_places import origin
from summarise.extraction.backends.baseline.movement_purposes import movements_purpose
from summarise.extraction.backends.baseline.movement_repeats import (
    in_own_clause,
    other_owners,
    restated,
)
from summarise.extraction.backends.baseline.movement_retreats import retreating, who_retreats
from summarise.extraction.backends.baseline.movement_status import status_of_trigger
from summarise.extraction.backends.baseline.movement_supplies import delivered, package_owner
from summarise.extraction.backends.baseline.paragraph_owner import they_owner
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.presupposed import asserted_clause
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.supply_givers import recipient
from summarise.extraction.backends.baseline.times import when_in
from summarise.extraction.backends.baseline.unowned_forces import definite, unowned_owner
from summarise.schema import Quantity

_BY_SUBJECT = frozenset({"intercept"})
# "forces are inside Ukraine", "troops remain in Belarus", "jets will arrive at": verbs
# with no object, whose forces are their subject (not the noun "arrival").
_PRESENCE = re.compile(r"(?:is|are|remain|arriv(?!al)|land|sail|left|leav|depart)", re.IGNORECASE)
# Verbs whose subject is what drills: "Polish forces would conduct joint training with the
# American units" (those after "with" are partners), "the Northern Fleet rehearsed a missile
# strike" (what is rehearsed is no force).
_DRILLING = re.compile(
    r"(?:conduct|t(?:ake|akes|aking|ook) part|rehears|practi[sc])", re.IGNORECASE
)
# A capitalised trigger word before the head of a formation's name is part of that name:
# "the Air Assault Forces", "the Rapid Deployment Force".
_NAMED_FORMATION = re.compile(
    r"(?:\s+[A-Z][\w-]*)*\s+(?:Forces|Force|Brigade|Division|Regiment|Group|Corps)\b"
)


def find_movements(
    text: str,
    sentence: Sentence,
    previous: MovementDraft | None = None,
    *,
    this_year: int | None,
    home: str | None = None,
    package: MovementDraft | None = None,
    since: Sequence[Sentence] = (),
    before: Sentence | None = None,
    recent: Sequence[Sentence] = (),
) -> list[MovementDraft]:
    """The movements a sentence reports. A supply named as part of a package is the giver's
    of the last supply told (``package``). Forces with no owner named, right after a
    movement of the same kind ("Around 2,000 soldiers … will be despatched"), are that
    movement's owner's (``previous``); a formation named by its proper name with no state
    ("units of the Territorial Defence Forces") is the publishing state's (``home``), as a
    body named without its state in its own state's publication is. ``since`` holds the
    sentences told between ``previous`` and this one; ``before`` is the sentence just
    before this one; ``recent`` the few sentences before it, where "their" forces find
    whose they are."""
    lexicon = load_lexicon()
    found: list[MovementDraft] = []
    speaker = sentence.speaker
    for trigger in sentence.scan.find(lexicon.activities, sentence.start, sentence.end):
        if (
            _NAMED_FORMATION.match(text, trigger.end()) and trigger.group()[0].isupper()
        ) or held_without_place(text, sentence.start, trigger):
            # "units of the Air Assault Forces": a word of the formation's name; "Russia
            # keeps 2,000 troops, officials said": held forces that stand nowhere named
            continue
        activity = activity_of(category(trigger))
        clause = asserted_clause(text, sentence, trigger.start())
        if (
            clause is None
            or (activity == "patrol" and movements_purpose(text, trigger, bool(found)))
            or (found and partitive_detail(text, sentence.start, trigger.start()))
        ):
            # what a question asks is not asserted; "send two jets to Bulgaria to
            # strengthen NATO air policing": the patrol is the deployment's aim; "…, with
            # some arriving this morning": when part of the movement told came
            continue
        clause_start, clause_end = clause
        standing = where_forces_stand(sentence.scan, clause_start, trigger)
        if (
            why_not_asserted(
                text,
                sentence,
                clause_start,
                clause_end,
                trigger,
                standing=standing,
                this_year=this_year,
            )
            is not None
        ):
            continue
        passive = passive_participle(text, clause_start, trigger)
        # A passive's subject, and that of a verb of arriving or staying, may stand before
        # a relative pronoun ("the second batch of howitzers, which arrived in Lviv"): the
        # relative's antecedent, read in the clause before it.
        forces = forces_near(
            sentence.scan,
            antecedent_clause(text, sentence, clause_start)
            if passive or _PRESENCE.match(trigger.group())
            else clause_start,
            clause_end,
            trigger.start(),
            trigger.end(),
            before=activity in _BY_SUBJECT
            or _PRESENCE.match(trigger.group()) is not None
            or _DRILLING.match(trigger.group()) is not None
            or (activity == "exercise" and held_with_partners(sentence.scan, clause_start, trigger))
            or passive
            or standing,
        )
        forces = _subject_moved(text, sentence, forces, trigger, passive=passive)
        goods = consignment(sentence.scan, trigger, clause_start)
        if goods is not None:
            forces = goods  # "and more shipments are on their way": the noun is its subject
        elif activity == "supply":
            forces = given_after_recipient(sentence.scan, trigger, forces, clause_end)
        told = found[-1] if found else previous
        carried = (
            None
            if forces is not None
            else forces_told_before(
                text, clause_start, trigger.start(), _told(told, sentence.index)
            )
        )
        forces = carried[0] if carried is not None else forces
        if forces is None and activity not in SELF_FORCES:
            continue
        received = RECEIVING.match(trigger.group()) is not None
        hosted = HOSTING.match(trigger.group()) is not None
        actor = (
            seen_owner(text, sentence, forces, trigger, recent, told)
            if perceived(trigger)
            else (carried[1] if carried is not None else None)
            or antecedent_owner(text, sentence, forces, trigger, recent, told)
            or continued_owner(
                text, trigger.start(), sentence.start, found[-1].actor if found else None
            )
            or (
                shared_infinitive_owner(
                    text, trigger.start(), sentence.start, found[-1].actor if found else None
                )
                if named_with_forces(text, sentence, forces, trigger) is None
                else None
            )
            or perceived_doer(text, sentence, trigger)
            or whose_movement(text, sentence, trigger, forces, clause_end)
            or home_formation_owner(sentence, clause_start, trigger, home)
            or unowned_owner(
                text, sentence, trigger, activity, forces, found, previous, home, since
            )
            or they_owner(text, sentence, clause_start, trigger, None if found else previous, since)
            or they_antecedent(text, sentence, clause_start, trigger, recent, told)
            or forces_told_owner(text, sentence, forces, trigger, before)
            or package_owner(text, activity, forces, clause_end, package)
        )
        if actor is None or (actor.kind == "other" and press_group(actor.name)):
            # the press tells of movements and makes none: "foreign media have named a
            # date for the offensive"
            continue
        named = forces_named(sentence, trigger, activity, forces)
        if named is None:
            continue
        forces_text, quantity = named
        moved = what_moves_decides(text, activity, trigger, forces)
        if moved is None or not any(c.isalpha() for c in forces_text):
            continue
        anaphoric = (
            forces is not None
            and forces.quantity is None
            and forces.text.islower()
            and definite(text, forces.start)
        )
        activity = delivered(moved, trigger, anaphoric, actor, told, sentence.index)
        earlier = goods is not None and completed_earlier(text, goods.end)
        status = (
            "completed"
            if earlier
            else status_of_trigger(sentence.scan, clause_start, clause_end, trigger, activity)
        )
        if status == "planned" and CONDITION_LATER.search(text, trigger.end(), clause_end):
            continue  # "will send more troops if Russia invades": a threat, not a plan
        claimed = speaker if speaker is not None and speaker.side != actor.side else None
        draft = MovementDraft(
            actor=actor,
            activity=activity,
            forces=forces_text.strip(" ,"),
            quantity=quantity,
            destination=recipient(sentence, trigger.start())
            if received or hosted
            else where_to(text, trigger, forces, clause_end, activity),
            status="ongoing" if standing else status,
            claimed_by=claimed,
            quotes=[(sentence.start, sentence.end)],
            when=when_in(sentence),
            sentence=sentence.index,
            origin=None if received else origin(text, trigger, forces, clause_end),
            anaphoric=anaphoric,
            another=earlier
            or (goods is not None and ANOTHER.search(goods.text) is not None)
            or (not anaphoric and besides(text, clause_start, trigger.start())),
            part=forces is not None and is_part(text, sentence.start, forces.start),
        )
        if not restated(
            found,
            in_own_clause(text, sentence, draft, trigger, clause_end, found),
            named_with_forces(text, sentence, forces, trigger),
        ):
            found.append(draft)
            found.extend(
                [
                    *other_owners(text, sentence, draft, clause_start, forces, trigger),
                    *coordinated(sentence, draft, forces, trigger, clause_end),
                ]
            )
    return found


def _told(told: MovementDraft | None, index: int) -> tuple[str, Quantity | None, ActorRef] | None:
    """The forces, figure and owner of a movement told in this sentence or the one before."""
    if told is None or index - told.sentence > 1:
        return None
    return told.forces, told.quantity, told.actor


def _subject_moved(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str], *, passive: bool
) -> Forces | None:
    """The forces a passive or a verb of falling back moves: its subject, not forces named
    elsewhere in the clause ("our defenders stopped the attack, and the enemy retreated")."""
    if passive:
        return passive_subject(text, forces, trigger)
    if retreating(trigger):
        return who_retreats(text, sentence, forces, trigger)
    return forces
