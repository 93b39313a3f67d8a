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
from dataclasses import replace

from summarise.extraction.backends.baseline.arguments import when_in
from summarise.extraction.backends.baseline.clauses import antecedent_clause
from summarise.extraction.backends.baseline.drill_hosts import reporters_drill
from summarise.extraction.backends.baseline.forces_antecedents import (
    antecedent_owner,
    perceived,
    perceived_doer,
    seen_owner,
    they_antecedent,
)
from summarise.extraction.backends.baseline.forces_told_owner import forces_told_owner
from summarise.extraction.backends.baseline.group_words import press_group
from summarise.extraction.backends.baseline.held_postures import held_without_place
from summarise.extraction.backends.baseline.home_formations import (
    FORMATION_NAME,
    home_formation_owner,
)
from summarise.extraction.backends.baseline.lexicon import activity_of, load_lexicon
from summarise.extraction.backends.baseline.movement_assertion import (
    CONDITION_LATER,
    why_not_asserted,
)
from summarise.extraction.backends.baseline.movement_co_owners import (
    adjective_co_owners,
    co_owners,
    continued_owner,
    coordinated_infinitive,
    forces_told_before,
    shared_infinitive_owner,
)
from summarise.extraction.backends.baseline.movement_coordination import coordinated
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_forces import (
    and_coordinated,
    drilling_partner,
    forces_near,
    given_after_recipient,
    held_with_partners,
    owned_partner,
    passive_participle,
    passive_subject,
    what_moves_decides,
)
from summarise.extraction.backends.baseline.movement_owners import (
    giver,
    named_with_forces,
    owner,
    recipient,
)
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
from summarise.extraction.backends.baseline.movement_retreats import retreating, who_retreats
from summarise.extraction.backends.baseline.movement_status import status_of_trigger
from summarise.extraction.backends.baseline.movement_supplies import delivered, package_owner
from summarise.extraction.backends.baseline.own_forces import reporters_own
from summarise.extraction.backends.baseline.paragraph_owner import (
    another_party,
    paragraph_owner,
    they_owner,
)
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.presupposed import asserted_clause
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import Activity, Quantity

_WINDOW = 60
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
_CARRY = 2


# "these troops", "the forces": forces named before, whatever they do now.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?$")
# Verbs whose subject receives what is moved.
_RECEIVING = re.compile(r"receiv", re.IGNORECASE)
# Verbs whose subject is where another's forces stand: "Romania will host US troops".
_HOSTING = re.compile(r"host", re.IGNORECASE)
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
        received = _RECEIVING.match(trigger.group()) is not None
        hosted = _HOSTING.match(trigger.group()) is not None
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
            or _whose(text, sentence, trigger, forces, clause_end)
            or home_formation_owner(sentence, clause_start, trigger, home)
            or _unowned(text, sentence, trigger, activity, forces, found, previous, home, since)
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
            and _definite(text, forces.start)
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
        if not _restated(
            found,
            _in_own_clause(text, sentence, draft, trigger, clause_end, found),
            named_with_forces(text, sentence, forces, trigger),
        ):
            found.append(draft)
            found.extend(
                [
                    *_other_owners(text, sentence, draft, clause_start, forces, trigger),
                    *coordinated(sentence, draft, forces, trigger, clause_end),
                ]
            )
    return found


def _in_own_clause(
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


def _unowned(
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


def _other_owners(
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
    before ``forces`` ("fighters of the Russian Aerospace Forces and the Belarusian Air
    Force are conducting joint patrols"), or drilling "together with" them, moves its own."""
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


def _whose(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    forces: Forces | None,
    clause_end: int,
) -> ActorRef | None:
    """The owner of a movement: a supply received is the giver's (CAMEO's RECEIVE), and a
    host is where the forces go, never whose they are."""
    if _RECEIVING.match(trigger.group()) is not None:
        return giver(text, sentence, forces, clause_end)
    actor = owner(text, sentence, forces, trigger)
    # "the joint exercise with the Armed Forces of Belarus", reported from Moscow: Russia's
    host = reporters_drill(text, sentence, trigger, forces, actor)
    if host is not None:
        return host
    hosted = _HOSTING.match(trigger.group()) is not None
    if hosted and actor is not None and actor.name == recipient(sentence, trigger.start()):
        return None
    return actor


def _told(told: MovementDraft | None, index: int) -> tuple[str, Quantity | None, ActorRef] | None:
    """The forces, figure and owner of a movement told in this sentence or the one before."""
    if told is None or index - told.sentence > 1:
        return None
    return told.forces, told.quantity, told.actor


def _restated(
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


# A participle right after its forces and before a place: "its forces deployed around the
# border" (a reduced relative clause).
_PARTICIPLE = re.compile(r"\w+ed")
# An intransitive verb has no passive participle to reduce a relative clause with (Quirk et
# al. 17.29): "2,000 American troops arrived in Poland" is the clause's finite past.
_INTRANSITIVE = re.compile(r"arrived", re.IGNORECASE)
_PLACE_NEXT = re.compile(r"\s+(?:around|near|along|in|on|at|inside)\s")


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


def where_forces_stand(scan: TextScan, clause_start: int, trigger: re.Match[str]) -> bool:
    """ "urge Russia to withdraw its forces deployed around the border": a reduced relative
    states where the forces stand now; the demand governs the withdrawal, not the
    deployment, so the deployment is asserted (ongoing) whatever governs the clause."""
    if _INTRANSITIVE.fullmatch(trigger.group()) or not _PARTICIPLE.fullmatch(trigger.group()):
        return False
    if not _PLACE_NEXT.match(scan.text, trigger.end()):
        return False
    window = max(clause_start, trigger.start() - _WINDOW)
    earlier = find_forces(scan, window, trigger.start(), load_lexicon())
    return bool(earlier) and trigger.start() - earlier[-1].end <= 1


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
    the sentence has named another party's own movement before them ("the large-scale
    Russian exercises now under way in Belarus, including the deployment of S-400 systems"
    after a US deployment): the forces are more likely part of that movement, and an owner
    unsure is no owner."""
    if forces is None or previous is None or sentence.index - previous.sentence > _CARRY:
        return False
    if _owned_movement_before(text, sentence, previous.actor, trigger.start()):
        return False
    subject = _definite(text, forces.start) and forces.end <= trigger.start()
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


def _definite(text: str, pos: int) -> bool:
    return _DEFINITE.search(text, max(0, pos - 30), pos) is not None
