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
from dataclasses import dataclass

from summarise.extraction.backends.baseline.clauses import antecedent_clause
from summarise.extraction.backends.baseline.enemy_arms import arms_its_enemy
from summarise.extraction.backends.baseline.forces_antecedents import (
    antecedent_owner,
    mover_seen_owner,
    perceived,
    perceived_doer,
    perceives_mover,
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
from summarise.extraction.backends.baseline.movement_claimants import OwnVoice, claimant
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
    relative_antecedent,
    relative_subject,
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
from summarise.schema import Activity, Quantity

_BY_SUBJECT = frozenset({"intercept"})
# "forces are inside Ukraine", "troops remain in Belarus", "jets will arrive at": verbs
# with no object, whose forces are their subject (not the noun "arrival").
_PRESENCE = re.compile(
    r"(?:is|are|remain|arriv(?!al)|land|sail|left|leav|depart|reach)", re.IGNORECASE
)
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


@dataclass(frozen=True)
class _ToldBefore:
    """What the sentences before tell ``find_movements``: the last movement (``previous``),
    the publishing state (``home``), the last supply (``package``), the sentences since the
    last movement (``since``), the sentence just before (``before``) and the few before it
    (``recent``)."""

    previous: MovementDraft | None
    home: str | None
    package: MovementDraft | None
    since: Sequence[Sentence]
    before: Sentence | None
    recent: Sequence[Sentence]


@dataclass(frozen=True)
class _Clause:
    """A trigger's asserted clause: its activity, bounds, and whether it tells where forces
    stand now."""

    activity: Activity
    start: int
    end: int
    standing: bool


@dataclass(frozen=True)
class _Moved:
    """The forces a trigger moves: the phrase (``forces``), a consignment that is its
    subject (``goods``) and the owner of forces told before that it carries on (``owner``)."""

    forces: Forces | None
    goods: Forces | None
    owner: ActorRef | None


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
    voice: OwnVoice | None = None,
) -> list[MovementDraft]:
    """The movements a sentence reports. A supply named as part of a package is the giver's
    of the last supply told (``package``). Forces with no owner named, right after a
    movement of the same kind ("Around 2,000 soldiers … will be despatched"), are that
    movement's owner's (``previous``); a formation named by its proper name with no state
    ("units of the Territorial Defence Forces") is the publishing state's (``home``), as a
    body named without its state in its own state's publication is. ``since`` holds the
    sentences told between ``previous`` and this one; ``before`` is the sentence just
    before this one; ``recent`` the few sentences before it, where "their" forces find
    whose they are. Each trigger goes step by step: is it asserted, what it moves, whose,
    and the movement it makes."""
    told_before = _ToldBefore(previous, home, package, since, before, recent)
    found: list[MovementDraft] = []
    for trigger in sentence.scan.find(load_lexicon().activities, sentence.start, sentence.end):
        clause = _asserted(text, sentence, trigger, found, this_year)
        if clause is None:
            continue
        # the movement the sentence told last, else the one told before it
        told = found[-1] if found else previous
        moved = _moved(text, sentence, trigger, clause, told)
        if moved.forces is None and clause.activity not in SELF_FORCES:
            continue
        actor = _owner(text, sentence, trigger, clause, moved, found, told, told_before)
        if actor is None or (actor.kind == "other" and press_group(actor.name)):
            # the press tells of movements and makes none: "foreign media have named a
            # date for the offensive"
            continue
        draft = _draft(text, sentence, trigger, clause, moved, actor, told, voice)
        if draft is not None and not restated(
            found,
            in_own_clause(text, sentence, draft, trigger, clause.end, found),
            named_with_forces(text, sentence, moved.forces, trigger.span()),
        ):
            found.append(draft)
            found.extend(
                [
                    *other_owners(text, sentence, draft, clause.start, moved.forces, trigger),
                    *coordinated(sentence, draft, moved.forces, trigger, clause.end),
                ]
            )
    return found


def _asserted(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    found: list[MovementDraft],
    this_year: int | None,
) -> _Clause | None:
    """The trigger's clause, when it is a movement's word that the sentence asserts."""
    if (
        _NAMED_FORMATION.match(text, trigger.end()) and trigger.group()[0].isupper()
    ) or held_without_place(text, sentence.start, trigger):
        # "units of the Air Assault Forces": a word of the formation's name; "Russia
        # keeps 2,000 troops, officials said": held forces that stand nowhere named
        return None
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
        return None
    clause_start, clause_end = clause
    standing = where_forces_stand(sentence.scan, clause_start, trigger)
    why = why_not_asserted(
        text,
        sentence,
        clause_start,
        clause_end,
        trigger,
        standing=standing,
        this_year=this_year,
    )
    return _Clause(activity, clause_start, clause_end, standing) if why is None else None


def _moved(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    clause: _Clause,
    told: MovementDraft | None,
) -> _Moved:
    """The forces the trigger moves, and the owner of forces told before when it goes on
    with them."""
    activity, clause_start, clause_end = clause.activity, clause.start, clause.end
    passive = passive_participle(text, clause_start, trigger)
    # A passive's subject, that of a verb of arriving or staying and that of any verb whose
    # relative pronoun is its subject may stand before the pronoun ("the second batch of
    # howitzers, which arrived in Lviv", "a battalion …, which will deploy to Romania"): the
    # relative's antecedent, read in the clause before it.
    relative = relative_subject(text, clause_start, trigger)
    antecedent_start = (
        antecedent_clause(text, sentence, clause_start)
        if passive or relative or _PRESENCE.match(trigger.group())
        else clause_start
    )
    forces = forces_near(
        sentence.scan,
        antecedent_start,
        clause_end,
        trigger.start(),
        trigger.end(),
        before=activity in _BY_SUBJECT
        or _PRESENCE.match(trigger.group()) is not None
        or _DRILLING.match(trigger.group()) is not None
        or (activity == "exercise" and held_with_partners(sentence.scan, clause_start, trigger))
        or passive
        or clause.standing,
    )
    if relative and antecedent_start < clause_start:
        forces = relative_antecedent(sentence.scan, antecedent_start, clause_start, forces)
    forces = _subject_moved(text, sentence, forces, trigger, passive=passive)
    goods = consignment(sentence.scan, trigger, clause_start)
    if goods is not None:
        forces = goods  # "and more shipments are on their way": the noun is its subject
    elif activity == "supply":
        forces = given_after_recipient(sentence.scan, trigger, forces, clause_end)
    carried = (
        None
        if forces is not None
        else forces_told_before(text, clause_start, trigger.start(), _told(told, sentence.index))
    )
    if carried is not None:
        return _Moved(carried[0], goods, carried[1])
    return _Moved(forces, goods, None)


def _owner(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    clause: _Clause,
    moved: _Moved,
    found: list[MovementDraft],
    told: MovementDraft | None,
    told_before: _ToldBefore,
) -> ActorRef | None:
    """Whose forces they are, asked nearest first: what the forces' own phrase, an agent
    or subject, or a giver names, then the movements and sentences told before (``told``:
    the movement this sentence told last, else the one before it)."""
    forces, clause_start = moved.forces, clause.start
    recent = told_before.recent
    last_here = found[-1].actor if found else None
    if perceived(trigger):
        return seen_owner(text, sentence, forces, trigger, recent, told)
    if perceives_mover(text, sentence, trigger):
        return mover_seen_owner(text, sentence, forces, trigger, recent, told)
    return (
        moved.owner
        or antecedent_owner(text, sentence, forces, trigger, recent, told)
        or continued_owner(text, trigger.start(), sentence.start, last_here)
        or (
            shared_infinitive_owner(text, trigger.start(), sentence.start, last_here)
            if named_with_forces(text, sentence, forces, trigger.span()) is None
            else None
        )
        or perceived_doer(text, sentence, trigger)
        or whose_movement(text, sentence, trigger, forces, clause.end)
        or home_formation_owner(sentence, clause_start, trigger, told_before.home)
        or _carried_owner(text, sentence, trigger, clause, moved, found, told, told_before)
    )


def _carried_owner(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    clause: _Clause,
    moved: _Moved,
    found: list[MovementDraft],
    told: MovementDraft | None,
    told_before: _ToldBefore,
) -> ActorRef | None:
    """The owner carried from what was told before, when the forces' own sentence names
    none; not one of the two at war for weapons arriving in its enemy's land (a side does
    not arm its enemy: ``arms_its_enemy``)."""
    forces, activity, clause_start = moved.forces, clause.activity, clause.start
    previous, recent = told_before.previous, told_before.recent
    carried = (
        unowned_owner(
            text,
            sentence,
            trigger,
            activity,
            forces,
            found,
            previous,
            told_before.home,
            told_before.since,
        )
        or they_owner(
            text, sentence, clause_start, trigger, None if found else previous, told_before.since
        )
        or they_antecedent(text, sentence, clause_start, trigger, recent, told)
        or forces_told_owner(text, sentence, forces, trigger, told_before.before)
        or package_owner(text, activity, forces, clause.end, told_before.package)
    )
    if carried is not None and arms_its_enemy(sentence, forces, trigger, carried):
        return None
    return carried


def _draft(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    clause: _Clause,
    moved: _Moved,
    actor: ActorRef,
    told: MovementDraft | None,
    voice: OwnVoice | None,
) -> MovementDraft | None:
    """The movement the trigger makes: its forces named, what they are, how far along it
    is, where to and from. None when the forces name nothing, or a plan is a threat."""
    forces, goods, clause_start, clause_end = moved.forces, moved.goods, clause.start, clause.end
    named = forces_named(sentence, trigger, clause.activity, forces)
    if named is None:
        return None
    forces_text, quantity = named
    what = what_moves_decides(text, clause.activity, trigger, forces)
    if what is None or not any(c.isalpha() for c in forces_text):
        return None
    anaphoric = (
        forces is not None
        and forces.quantity is None
        and forces.text.islower()
        and definite(text, forces.start)
    )
    activity = delivered(what, trigger, anaphoric, actor, told, sentence.index)
    earlier = goods is not None and completed_earlier(text, goods.end)
    status = (
        "completed"
        if earlier
        else status_of_trigger(sentence.scan, clause_start, clause_end, trigger, activity)
    )
    if status == "planned" and CONDITION_LATER.search(text, trigger.end(), clause_end):
        return None  # "will send more troops if Russia invades": a threat, not a plan
    received = RECEIVING.match(trigger.group()) is not None
    hosted = HOSTING.match(trigger.group()) is not None
    return MovementDraft(
        actor=actor,
        activity=activity,
        forces=forces_text.strip(" ,"),
        quantity=quantity,
        destination=recipient(sentence, trigger.start())
        if received or hosted
        else where_to(text, trigger, forces, clause_end, activity),
        status="ongoing" if clause.standing else status,
        claimed_by=claimant(text, sentence, trigger.start(), actor, voice),
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
