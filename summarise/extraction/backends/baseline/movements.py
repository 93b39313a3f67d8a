"""Military movements: an activity trigger with a forces phrase, its owner and status."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarise.extraction.backends.baseline.context import Sentence, principal
from summarise.extraction.backends.baseline.coref import Mention
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.schema import Quantity

# A capitalised word; a dotted abbreviation keeps its last full stop ("U.S."), a word
# at the end of a sentence does not ("Germany.").
_PROPER = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w\u2019'-]*)"
_PLACE = (
    rf"(?:the\s+)?(?:(?:{_PROPER}|eastern|western|northern|southern|central)\s+)*"
    rf"(?:{_PROPER}|border|borders|region|frontier|flank|airspace|territory|country)"
)
_DESTINATION = re.compile(
    rf"(?<![\w-])(?P<prep>to|into|towards|toward|in|inside|near|along|on|at|close to|across)\s+"
    rf"(?P<place>{_PLACE}(?:(?:,\s+|\s+and\s+)(?:the\s+)?{_PLACE})*)"
)
_ORIGIN = re.compile(rf"(?<![\w-])from\s+(?P<place>{_PLACE})")
# Prepositions kept in a destination: "near the Ukrainian border", not "to Poland".
_KEEP_PREPOSITION = frozenset({"near", "along", "on", "at", "close to", "across"})
_PASSIVE = re.compile(r"(?:\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?)$")
_AGENT = re.compile(r"\s+by\s+")
# "units from the east of Russia", "troops of the Russian army".
_OWNER_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+(?:\w+\s+of\s+(?:the\s+)?)?)?")
# Verbs whose object is the target, not the forces: "intercepted four Russian bombers".
_TARGET_VERBS = ("intercept", "escort", "see off", "saw off", "shadow")
_WITH_DESTINATION = frozenset({"deploy", "mass", "exercise", "patrol", "supply"})
_STATUS_ORDER = ("planned", "ongoing", "completed")
_DEFAULT_STATUS = {"mass": "ongoing", "alert": "ongoing"}
_HYPOTHETICAL_WINDOW = 40


@dataclass
class MovementDraft:
    actor: ActorKey | None
    activity: str
    forces: str | None
    quantity: Quantity | None
    origin: str | None
    destination: str | None
    status: str
    claimed_by: ActorKey | None
    quotes: list[str] = field(default_factory=list)
    when: str | None = None


def find_movements(sentence: Sentence) -> list[MovementDraft]:
    """Movements of a sentence; ``actor``/``forces`` None ask for the article's context."""
    text = sentence.text
    found: list[MovementDraft] = []
    forces_list: list[Forces] | None = None
    for trigger in sentence.activities:
        clause_start, clause_end = sentence.clause(trigger.start())
        window = text[max(clause_start, trigger.start() - _HYPOTHETICAL_WINDOW) : trigger.start()]
        if sentence.lexicon.hypothetical.search(window):
            continue
        if forces_list is None:
            forces_list = find_forces(text, sentence.start, sentence.end, sentence.lexicon)
        activity = category(trigger)
        passive = _PASSIVE.search(text, clause_start, trigger.start()) is not None
        forces = _pick_forces(trigger, forces_list, clause_start, clause_end, passive)
        actor = _owner(sentence, trigger, forces, passive)
        found.append(
            MovementDraft(
                actor=actor,
                activity=activity,
                forces=forces.text if forces else None,
                quantity=forces.quantity if forces else None,
                origin=_origin(text, trigger.end() if forces is None else forces.end, clause_end),
                destination=_destination(sentence, trigger, forces, activity),
                status=_status(sentence, trigger, clause_start, clause_end, activity),
                claimed_by=_claimant(sentence, trigger.start(), actor),
                quotes=[sentence.quote],
                when=sentence.when(),
            )
        )
    return found


def _pick_forces(
    trigger: re.Match[str],
    forces_list: list[Forces],
    clause_start: int,
    clause_end: int,
    passive: bool,
) -> Forces | None:
    targets_after = trigger.group().lower().startswith(_TARGET_VERBS) and not passive
    best: Forces | None = None
    best_distance = 0
    for forces in forces_list:
        if forces.end <= trigger.start():
            if forces.end < clause_start - 1:
                continue
            distance = trigger.start() - forces.end
        elif forces.start >= trigger.end():
            if targets_after or forces.start > clause_end:
                continue
            distance = forces.start - trigger.end()
        else:
            distance = 0
        if best is None or distance < best_distance:
            best, best_distance = forces, distance
    return best


def _owner(
    sentence: Sentence, trigger: re.Match[str], forces: Forces | None, passive: bool
) -> ActorKey | None:
    """Whose forces: named in the phrase, the agent, the subject, or a military named nearby."""
    if forces is not None:
        for m in sentence.mentions_in(forces.start, forces.end):
            return _as_owner(m)
        named = _named_after(sentence, _OWNER_AFTER, forces.end)
        if named is not None:
            return _as_owner(named)
    if passive:
        agent = _named_after(sentence, _AGENT, trigger.end())
        if agent is not None:
            return _as_owner(agent)
    else:
        subject = sentence.subject_before(trigger.start())
        if subject is not None and principal(subject)[0].state is not None:
            return _as_owner(subject)
    for m in sentence.mentions:
        if m.actor.kind == "military":
            return _as_owner(m)
    return None


def _named_after(sentence: Sentence, link: re.Pattern[str], pos: int) -> Mention | None:
    """The party named right after ``link`` at ``pos`` ("troops [of] Russia", "deployed
    [by] Russia"): only a name in that place says whose the forces are."""
    found = link.match(sentence.text, pos)
    if found is None:
        return None
    return next((m for m in sentence.mentions if m.start == found.end()), None)


def _as_owner(mention: Mention) -> ActorKey:
    """Forces belong to a state: a person's, a government's or a military's own."""
    actor = principal(mention)[0]
    if actor.kind in ("person", "government", "military") and actor.country is not None:
        return ActorKey(actor.country, "state")
    return actor


def _destination(
    sentence: Sentence, trigger: re.Match[str], forces: Forces | None, activity: str
) -> str | None:
    if activity not in _WITH_DESTINATION:
        return None
    # From the trigger's start: "move to Romania" holds its own preposition.
    start = max(trigger.start(), forces.end if forces is not None else 0)
    m = _DESTINATION.search(sentence.text, start, sentence.end)
    if m is None or sentence.zones.zone(m.start()) != sentence.zones.zone(trigger.start()):
        return None
    between = sentence.text[start : m.start()]
    if any(mark in between for mark in ";:\u2013\u2014") or len(between.split()) > 6:
        return None
    prep = m["prep"]
    return f"{prep} {m['place']}" if prep in _KEEP_PREPOSITION else m["place"]


def _origin(text: str, start: int, end: int) -> str | None:
    m = _ORIGIN.search(text, start, end)
    return None if m is None else m["place"]


def _status(
    sentence: Sentence, trigger: re.Match[str], clause_start: int, clause_end: int, activity: str
) -> str:
    cues = {
        category(m)
        for m in sentence.lexicon.movement_status.finditer(
            sentence.text, clause_start, min(clause_end, trigger.end() + 20)
        )
    }
    for status in _STATUS_ORDER:
        if status in cues:
            return status
    return _DEFAULT_STATUS.get(activity, "unclear")


def _claimant(sentence: Sentence, pos: int, actor: ActorKey | None) -> ActorKey | None:
    """Who asserts the movement, when it is someone other than its owner: the speaker, or
    whoever voices a stance about it ("Nato allies expressed concern a build-up ...")."""
    if actor is None:
        return None
    source = sentence.speaker
    if source is None:
        for stance in sentence.stances:
            if stance.end() > pos:
                break
            source = sentence.subject_before(stance.start())
            if source is not None:
                break
    if source is None:
        return None
    claimant = principal(source)[0]
    return None if claimant.state == actor.state else claimant
