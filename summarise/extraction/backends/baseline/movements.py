"""Military movements: an activity trigger (PLOVER's MOBILIZE and its kin: deploy, mass,
alert, exercise, supply, withdraw, attack) with the forces, their owner, place and status.

Whose movement it is comes from ``movement_owners``, where to and from from
``movement_places``. A trigger under negation, doubt, a condition or a demand ("urge Russia
to withdraw") is no movement (rule 4), and no owner, no movement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.arguments import when_in
from summarise.extraction.backends.baseline.background import in_time_adjunct
from summarise.extraction.backends.baseline.lexicon import (
    activity_of,
    load_lexicon,
    movement_status_of,
)
from summarise.extraction.backends.baseline.movement_owners import (
    SUBJECT_GAP,
    giver,
    owner,
    recipient,
)
from summarise.extraction.backends.baseline.movement_places import (
    destination,
    origin,
    recipient_named,
)
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import Activity, MovementStatus, Quantity

_WORD_BEFORE = re.compile(r"[\w-]+")
_INFINITIVE = re.compile(r"\bto\s+(?:\w+\s+){0,1}$")
_WINDOW = 60
# The full stop of an abbreviation ("300 U.S. troops") ends no clause.
_CLAUSE_MARK = re.compile(r"[;:!?]|\.(?<!\b[A-Z]\.)|,\s+(?:but|while|which|because)\b")
_DEFAULT_STATUS: dict[Activity, MovementStatus] = {
    "mass": "ongoing",
    "alert": "ongoing",
    "other": "ongoing",
    "withdraw": "ongoing",
}
_STATUS_ORDER: tuple[MovementStatus, ...] = ("planned", "completed", "ongoing")
# Nouns of a build-up or an exercise that stand for the forces themselves: "Russia's
# military build-up", "large-scale exercises".
_SELF_FORCES = frozenset({"mass", "other", "exercise"})
_BY_SUBJECT = frozenset({"intercept"})
# "forces are inside Ukraine", "troops remain in Belarus": where the subject stands.
_PRESENCE = re.compile(r"(?:is|are|remain)\b", re.IGNORECASE)
# Verbs whose subject is what drills: "Polish forces would conduct joint training with the
# American units" (those after "with" are partners).
_DRILLING = re.compile(r"(?:conduct|t(?:ake|akes|aking|ook) part)", re.IGNORECASE)
_CARRY = 2
# How far back a build-up phrase's modifiers may reach ("Russia's continued, escalating
# and unprecedented military build-up").
_MODIFIERS_REACH = 100
# "these troops", "the forces": forces named before, whatever they do now.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?$")
# Verbs whose subject receives what is moved.
_RECEIVING = re.compile(r"receiv", re.IGNORECASE)
# Verbs that give what they move: weapons sent, shipped or rushed to a party are supplied.
_GIVING = re.compile(r"(?:send|sent|ship|rush|despatch|dispatch|fl[yeo])", re.IGNORECASE)
_STATUS_BEFORE = 40
_STATUS_AFTER = 20
# An order, decision or approval and the infinitive it governs: "ordered … to deploy".
_ORDER = re.compile(
    r"\b(?:order(?:s|ed)?|instruct(?:s|ed)?|direct(?:s|ed)|command(?:s|ed)|tasked|decided|"
    r"decision|approv(?:e|es|ed)|authori[sz](?:e|es|ed))\b"
    r"[^.;:]*?\bto\s+\w+",
    re.IGNORECASE,
)
_ORDER_BEFORE = 120


@dataclass
class MovementDraft:
    actor: ActorRef
    activity: Activity
    forces: str
    quantity: Quantity | None
    destination: str | None
    status: MovementStatus
    claimed_by: ActorRef | None
    quotes: list[tuple[int, int]]
    when: str | None
    sentence: int
    origin: str | None = None


def find_movements(
    text: str,
    sentence: Sentence,
    first_person: ActorRef | None,
    previous: MovementDraft | None = None,
) -> list[MovementDraft]:
    """The movements a sentence reports. Forces with no owner named, right after a
    movement of the same kind ("Around 2,000 soldiers … will be despatched"), are that
    movement's owner's (``previous``)."""
    lexicon = load_lexicon()
    found: list[MovementDraft] = []
    if sentence.question:
        return found
    speaker = sentence.speaker
    for trigger in sentence.scan.find(lexicon.activities, sentence.start, sentence.end):
        activity = activity_of(category(trigger))
        clause_start, clause_end = clause_around(text, sentence, trigger.start())
        standing = _standing(text, clause_start, trigger)
        if not standing and hypothetical(sentence.scan, clause_start, trigger.start()):
            continue
        if in_time_adjunct(text, clause_start, trigger.start()):
            continue
        forces = _forces(
            text,
            clause_start,
            clause_end,
            trigger.start(),
            trigger.end(),
            before=activity in _BY_SUBJECT
            or _PRESENCE.match(trigger.group()) is not None
            or _DRILLING.match(trigger.group()) is not None,
        )
        if forces is None and activity not in _SELF_FORCES:
            continue
        received = _RECEIVING.match(trigger.group()) is not None
        if received:
            actor = giver(text, sentence, forces, clause_end, first_person)
        else:
            actor = owner(text, sentence, forces, trigger, first_person)
        carried = (
            forces is not None
            and previous is not None
            and (previous.activity == activity or _definite(text, forces.start))
            and sentence.index - previous.sentence <= _CARRY
        )
        if actor is None and carried:
            assert previous is not None
            actor = previous.actor
        if actor is None:
            continue
        subject_forces = forces is not None and 0 <= trigger.start() - forces.end <= SUBJECT_GAP
        if (
            activity in _SELF_FORCES
            and not subject_forces
            and (forces is None or forces.end <= trigger.end())
        ):
            phrase_start = _phrase_start(sentence, trigger.start())
            forces_text = text[phrase_start : trigger.end()]
            quantity = forces.quantity if forces is not None else None
        elif forces is not None:
            forces_text, quantity = forces.text, forces.quantity
        else:
            continue
        giving = _GIVING.match(trigger.group()) is not None
        if activity == "deploy" and giving and forces is not None and forces.unit == "weapons":
            activity = "supply"  # CAMEO 072: weapons sent are aid; deployed, a posture
        elif activity == "supply" and forces is not None and _troops_moved(text, forces, trigger):
            activity = "deploy"  # troops transferred or provided are deployed (CAMEO 15)
        if any(f.sentence == sentence.index and f.activity == activity for f in found):
            continue
        if not any(c.isalpha() for c in forces_text):
            continue
        status = status_in(
            sentence.scan,
            max(clause_start, trigger.start() - _STATUS_BEFORE),
            min(clause_end, trigger.end() + _STATUS_AFTER),
            activity,
        )
        if status != "planned" and _ordered(sentence.scan, clause_start, trigger.start()):
            status = "planned"
        if standing:
            status = "ongoing"
        claimed = speaker if speaker is not None and speaker.side != actor.side else None
        found.append(
            MovementDraft(
                actor=actor,
                activity=activity,
                forces=forces_text.strip(" ,"),
                quantity=quantity,
                destination=recipient(sentence, trigger.start())
                if received
                else (activity == "supply" and recipient_named(text, trigger, forces))
                or destination(text, trigger, forces, clause_end),
                status=status,
                claimed_by=claimed,
                quotes=[(sentence.start, sentence.end)],
                when=when_in(sentence),
                sentence=sentence.index,
                origin=None if received else origin(text, trigger, forces, clause_end),
            )
        )
    return found


# A participle right after its forces and before a place: "its forces deployed around the
# border" (a reduced relative clause).
_PARTICIPLE = re.compile(r"\w+ed")
_PLACE_NEXT = re.compile(r"\s+(?:around|near|along|in|on|at|inside)\s")


def _standing(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """ "urge Russia to withdraw its forces deployed around the border": a reduced relative
    states where the forces stand now; the demand governs the withdrawal, not the
    deployment, so the deployment is asserted (ongoing) whatever governs the clause."""
    if not _PARTICIPLE.fullmatch(trigger.group()) or not _PLACE_NEXT.match(text, trigger.end()):
        return False
    window = max(clause_start, trigger.start() - _WINDOW)
    earlier = find_forces(text, window, trigger.start(), load_lexicon())
    return bool(earlier) and trigger.start() - earlier[-1].end <= 1


# "supply the Ukrainian army with weapons": troops followed by "with" receive what is given.
_WITH = re.compile(r"\s+with\b")
# The object right after its verb ("transferred 150 paratroopers"), or the subject of its
# passive right before it ("150 paratroopers were transferred").
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|his|her|some|an?)\s+)?")
_PASSIVE_GAP = re.compile(r"\s+(?:(?:is|are|was|were|be|been|being|will|have|has|had)\s+)+")


def _troops_moved(text: str, forces: Forces, trigger: re.Match[str]) -> bool:
    """ "transferred 150 paratroopers to Romania", "will provide 300 troops": what a verb of
    giving moves is troops, not equipment, so they are deployed, not supplied; troops
    elsewhere in the clause ("over to the Donetsk militias") are whom it goes to."""
    if forces.unit != "troops" or _WITH.match(text, forces.end) is not None:
        return False
    after = _OBJECT_GAP.fullmatch(text, trigger.end(), forces.start) is not None
    return after or _PASSIVE_GAP.fullmatch(text, forces.end, trigger.start()) is not None


def _definite(text: str, pos: int) -> bool:
    return _DEFINITE.search(text, max(0, pos - 30), pos) is not None


def clause_around(text: str, sentence: Sentence, pos: int) -> tuple[int, int]:
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_MARK.finditer(text, sentence.start, sentence.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def hypothetical(scan: TextScan, clause_start: int, start: int) -> bool:
    """Negated, doubted, conditional or wished for: "expects Russia to withdraw"."""
    lexicon = load_lexicon()
    window = max(clause_start, start - _WINDOW)
    text = scan.text
    cues = lexicon.hypothetical.finditer(text, window, start)
    if any(not _backshifted(text, cue, start) for cue in cues):
        return True
    infinitive = _INFINITIVE.search(text, window, start)
    if infinitive is not None:
        return lexicon.decided.search(text, window, infinitive.start()) is None
    return False


_WOULD_BE = re.compile(r"would\s+be\s+$", re.IGNORECASE)
# The condition a "would" may still have after its verb: "would be sent if Russia invades".
_CONDITION_AFTER = re.compile(r"[^.;:!?]*?\b(?:if|unless|in case|in the event|should)\b")


def _backshifted(text: str, cue: re.Match[str], start: int) -> bool:
    """ "informed him that the weapons would be delivered this week": "would be" right
    before the movement's own participle is the future passive of reported speech
    (backshift, Quirk et al. 14.31), a plan, not a condition ("would be a mistake", "would
    be sent if …")."""
    return (
        _WOULD_BE.match(text, cue.start(), start) is not None
        and _CONDITION_AFTER.match(text, start) is None
    )


def _forces(
    text: str, clause_start: int, clause_end: int, start: int, end: int, *, before: bool = False
) -> Forces | None:
    """The forces phrase nearest the trigger within its clause: after it ("deploy
    additional forces"), else before it ("deterrence forces on high combat alert"). The
    forces that intercept or escort are the subject's: what follows is their target."""
    lexicon = load_lexicon()
    earlier = find_forces(text, max(clause_start, start - 2 * _WINDOW), start, lexicon)
    listed = _subject_list(text, clause_start, start, earlier)
    if listed is not None:
        return listed
    earlier = [f for f in _coordinated(text, earlier) if start - f.end <= _WINDOW]
    if before:
        return earlier[-1] if earlier else None
    complement = _COMPLEMENT.search(text, end, clause_end)
    after = find_forces(text, end, complement.start() if complement else clause_end, lexicon)
    if after and after[0].start - end <= _WINDOW:
        return after[0]
    return earlier[-1] if earlier else None


_AND = re.compile(r"\s+and\s+")
# "gratitude for the speed of the deployment and noted that Polish forces would …": the
# forces of a that-clause after the trigger are that clause's.
_COMPLEMENT = re.compile(r"\bthat\b")
# Between the members of a list of forces: "9,000 servicemen, up to 200 aircraft and over
# 1,100 units of military equipment", "14,000 servicemen, about 1,200 pieces of equipment".
_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w,.-]+\s+){0,3}?(?:of\s+)?|\s+of\s+")
# The subject ends right before its verb group: "… are taking part", "… took part".
_VERB_GROUP_GAP = re.compile(r"\s+(?:(?:is|are|was|were|have|has|had|will|also)\s+)*")
_CLAUSE_OPENING = re.compile(r"[\s\u201c\"']*")


def _subject_list(text: str, clause_start: int, start: int, earlier: list[Forces]) -> Forces | None:
    """A list of forces that is the whole subject of the trigger's verb is one forces
    phrase, its owner and figure its first member's ("Around 9,000 Russian servicemen, up
    to 200 aircraft … are taking part"): the last member alone is not what moves."""
    if len(earlier) < 2 or _VERB_GROUP_GAP.fullmatch(text, earlier[-1].end, start) is None:
        return None
    first = len(earlier) - 1
    while (
        first > 0
        and _LIST_GAP.fullmatch(text, earlier[first - 1].end, earlier[first].start)
        and not _own_owner(earlier[first])
    ):
        first -= 1
    head = earlier[first]
    if first == len(earlier) - 1 or not _CLAUSE_OPENING.fullmatch(text, clause_start, head.start):
        return None
    end = earlier[-1].end
    return Forces(head.start, end, text[head.start : end], head.unit, head.quantity)


def _coordinated(text: str, forces: list[Forces]) -> list[Forces]:
    """ "American military trainers and special operations forces are inside Ukraine": two
    forces phrases joined by "and" are one subject, figure and owner from the first."""
    joined: list[Forces] = []
    for f in forces:
        last = joined[-1] if joined else None
        if last is not None and not _own_owner(f) and _AND.fullmatch(text, last.end, f.start):
            joined[-1] = Forces(
                last.start, f.end, text[last.start : f.end], last.unit, last.quantity
            )
        else:
            joined.append(f)
    return joined


def _own_owner(forces: Forces) -> bool:
    """ "and Norwegian forces": a member of a list that names its own owner."""
    return any(w[0].isupper() for w in forces.text.split())


def _phrase_start(sentence: Sentence, pos: int) -> int:
    """Where a build-up phrase starts: back over its modifiers ("large-scale joint
    exercises") to the owner right before them, "Russia's"; an owner further back ("its
    troops in Belarus after the exercises") is another phrase's."""
    modifiers = load_lexicon().force_modifiers
    text = sentence.scan.text
    start = pos
    window = max(sentence.start, pos - _MODIFIERS_REACH)
    for word in reversed(list(_WORD_BEFORE.finditer(text, window, pos))):
        token = word.group()
        if word.end() != start - 1 or not (
            modifiers.match(token.lower()) or token == "and" or token[0].isupper()
        ):
            break
        start = word.start()
    owners = [
        m
        for m in sentence.mentions
        if m.end <= pos and m.start < start <= m.end + 1 and (m.possessive or m.adjective)
    ]
    return owners[-1].start if owners else start


def _ordered(scan: TextScan, clause_start: int, start: int) -> bool:
    """ "I order the Minister to put the deterrence forces on a special mode of combat
    duty": an order or decision opening the clause makes the movement it governs planned,
    however long the infinitive between them."""
    window = max(clause_start, start - _ORDER_BEFORE)
    return _ORDER.search(scan.text, window, start) is not None


def status_in(scan: TextScan, start: int, end: int, activity: Activity) -> MovementStatus:
    found = {
        movement_status_of(category(m))
        for m in load_lexicon().movement_status.finditer(scan.text, start, end)
    }
    for status in _STATUS_ORDER:
        if status in found:
            return status
    return _DEFAULT_STATUS.get(activity, "unclear")
