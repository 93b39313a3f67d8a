"""Combat asserted as happening: an attack, invasion, offensive, strike or shelling is a
military movement of activity ``other`` (the schema has no combat verb), its actor the
attacking state.

Announcements state combat without a verb of saying and often in the passive, so the
attacker is found where the wording puts it (``data/lexicon.toml``, ``[combat]``): the
subject of an active verb ("Russia attacked Ukraine", "launched a full-scale invasion"),
the agent of a passive or of an event noun ("was shelled by Russian forces", "the shelling
of Ukrainian positions by …"), or the owner named with the event ("Russia's invasion has
begun"). The one attacked is never the actor: "Kyiv was shelled" names no attacker, and
fighting with no named attacker is no movement. Combat named as background ("condemns
the invasion", "in response to the attack") matches none of these wordings; combat under
a condition, a negation or a demand, or dated to an earlier year, is no movement either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from summarise.extraction.backends.baseline.background import (
    foreseen_on_a_day,
    in_time_adjunct,
    told_as_history,
)
from summarise.extraction.backends.baseline.forces_antecedents import (
    subject_taken_up,
    they_forces_owner,
)
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_assertion import hypothetical
from summarise.extraction.backends.baseline.movement_claimants import OwnVoice, claimant
from summarise.extraction.backends.baseline.movement_co_owners import continued_owner
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_places import target
from summarise.extraction.backends.baseline.movement_status import status_in
from summarise.extraction.backends.baseline.movement_subjects import judged, state_of
from summarise.extraction.backends.baseline.own_forces import FORCES_TO_VERB
from summarise.extraction.backends.baseline.patterns import WORD_BEFORE, category, window_after
from summarise.extraction.backends.baseline.presupposed import asserted_clause
from summarise.extraction.backends.baseline.projectiles import impact_after, no_fire
from summarise.extraction.backends.baseline.quantities import find_forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import when_in
from summarise.extraction.backends.baseline.verb_forms import BE, BE_NONFINITE, VERB_GROUP_WORD

# How far before a verb its subject may end, and after an event its agent may start.
_SUBJECT_REACH = 40
_AGENT_REACH = 80
_OWNER_REACH = 30
_FORCES_REACH = 60
_STATUS_WINDOW = 40
_AGENT = re.compile(r"(?:,\s*)?\b(?:by|from)\s+(?:the\s+)?")
# "was shelled", "have been attacked", "is being bombed": the participle is passive.
_PASSIVE_BEFORE = re.compile(rf"\b(?:{BE}|{BE_NONFINITE})\s+(?:\w+\s+)?$", re.IGNORECASE)
_PASSIVE_REACH = 30
_PROGRESSIVE = re.compile(r"\w+ing\b")
# "in response to the attack by Russia": combat named as a cause is background.
_CAUSE = re.compile(
    r"\b(?:in response to|in connection with|because of|due to|as a result of)"
    r"\s+(?:[\w\u2019'-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CAUSE_REACH = 60
# "Kyiv, shelled by Russian forces, …": a participle with its agent is passive too.
_AGENT_NEXT = re.compile(r"\s+(?:by|from)\b")


def find_combat(
    text: str,
    sentence: Sentence,
    *,
    this_year: int | None,
    told: ActorRef | None = None,
    recent: Sequence[Sentence] = (),
    voice: OwnVoice | None = None,
) -> list[MovementDraft]:
    """One combat movement per clause that names its attacker, and at most one per
    sentence otherwise: its actor is the attacking state, or the owner of the movement
    told before in the sentence (``told``) when a coordinated clause goes on with its
    forces ("…, and those forces then crossed into Ukraine"); a "they" opening the sentence
    takes up the forces subject of the sentences before (``recent``, the same few as
    ``find_movements`` reads). Coordinated clauses with attackers of their own are fights
    of their own ("columns are pressing toward Kyiv, and artillery is pounding Kharkiv").
    ``voice`` is who speaks the document in their own name, and claims what they tell."""
    scan = sentence.scan
    found: list[MovementDraft] = []
    last_fight = sentence.start
    for trigger in scan.find(load_lexicon().combat, sentence.start, sentence.end):
        clause = asserted_clause(text, sentence, trigger.start())
        if clause is None:
            continue  # what a question asks is not asserted
        clause_start, clause_end = clause
        if hypothetical(scan, clause_start, trigger.start()):
            continue
        if told_as_history(text, sentence.start, clause_start, clause_end, this_year):
            continue
        if _CAUSE.search(text, max(clause_start, trigger.start() - _CAUSE_REACH), trigger.start()):
            continue
        if in_time_adjunct(text, clause_start, trigger.start()) or foreseen_on_a_day(
            text, clause_start, trigger.start()
        ):
            continue
        if not _forces_do_it(text, sentence, clause_start, trigger):
            continue  # "every Ukrainian who crosses the border", "Russia pressed towards a deal"
        if category(trigger) == "projectile" and no_fire(text, trigger, clause_start, clause_end):
            continue  # "stocks of missiles fell", "hit their targets during the test"
        attacker = _attacker(text, sentence, trigger, clause_start, clause_end)
        if found and not _new_attacker(text, attacker, last_fight):
            continue  # "shelled the city and stormed it", "shelled X, and the shelling …"
        actor = (
            state_of(attacker, sentence.first_person)
            if attacker is not None
            else continued_owner(text, trigger.start(), sentence.start, told)
        )
        if actor is None and attacker is not None and attacker.text.lower() == "they":
            # "The Ukrainian armed forces have brought up artillery …, and they shell
            # Donetsk": an unresolved "they" is the forces named before it
            actor = they_forces_owner(text, sentence, attacker.start, trigger) or subject_taken_up(
                text, sentence, attacker.start, recent
            )
        if actor is None:
            continue
        forces = find_forces(
            scan, max(clause_start, trigger.start() - _FORCES_REACH), clause_end, load_lexicon()
        )
        near = [f for f in forces if abs(f.start - trigger.start()) <= _FORCES_REACH]
        last_fight = trigger.end()
        found.append(
            MovementDraft(
                actor=actor,
                activity="other",
                forces=near[0].text if near else trigger.group(),
                quantity=near[0].quantity if near else None,
                destination=_destination(text, trigger, clause_end),
                status=status_in(
                    scan,
                    max(clause_start, trigger.start() - _STATUS_WINDOW),
                    window_after(text, trigger.end(), _STATUS_WINDOW, clause_end),
                    "other",
                ),
                claimed_by=claimant(text, sentence, trigger.start(), actor, voice),
                quotes=[(sentence.start, sentence.end)],
                when=when_in(sentence),
                sentence=sentence.index,
            )
        )
    return found


def _destination(text: str, trigger: re.Match[str], clause_end: int) -> str | None:
    """The target of the attack; a projectile's is where it fell ("two shells fired from
    the Ukrainian side fell near the village": the village, not where they came from)."""
    if category(trigger) != "projectile":
        return target(text, trigger, clause_end)
    # After its verb of impact, past where it was fired from.
    impact = impact_after(text, trigger.end(), clause_end)
    return target(text, impact, clause_end) if impact is not None else None


# What opens another clause between one fight and the next one's attacker.
_NEXT_CLAUSE = re.compile(r",|;|\b(?:while|whereas)\b")


def _new_attacker(text: str, attacker: Mention | None, last_fight: int) -> bool:
    """Whether a later attack in the sentence has an attacker of its own: named, not as a
    possessor, after the fight before it and past a comma or a "while" that opens another
    clause ("…, and Russian artillery is pounding Kharkiv"). A verb coordinated in one
    clause ("shelled Lutsk and stormed it") goes on with the same fight, and the attacked
    place named last is no attacker of the next verb."""
    return (
        attacker is not None
        and not attacker.possessive
        and attacker.start >= last_fight
        and _NEXT_CLAUSE.search(text, last_fight, attacker.start) is not None
    )


def _attacker(
    text: str, sentence: Sentence, trigger: re.Match[str], clause_start: int, clause_end: int
) -> Mention | None:
    """Who attacks, where the trigger's class says to look (its subject, its agent after
    "by", its owner; a projectile's owner, else where it was fired from); an active verb in
    the passive ("was shelled") or followed by its agent ("Kyiv, shelled by …") names the
    attacker after "by" instead."""
    where = category(trigger)
    if where in ("subject", "launch") and (
        (
            _PASSIVE_BEFORE.search(
                text, max(clause_start, trigger.start() - _PASSIVE_REACH), trigger.start()
            )
            # "are attacking", "is pounding": a form of be before the -ing form is the
            # progressive, its subject the attacker still.
            and _PROGRESSIVE.match(trigger.group()) is None
        )
        # "pushed them back from Brovary" is where they were pushed from, not an agent.
        or (" " not in trigger.group() and _AGENT_NEXT.match(text, trigger.end()))
    ):
        where = "agent"
    if where == "subject":
        return _subject(text, sentence, clause_start, trigger.start())
    if where == "projectile":
        # "Russian missiles fired from Belarusian soil": whose missiles, before where from
        owner = _owner(sentence, trigger.start())
        if owner is not None:
            return owner
        where = "agent"
    if where == "agent":
        attacker = _agent(text, sentence, trigger.end(), clause_end)
        if attacker is not None and judged(sentence.scan, clause_start, trigger.start()):
            return None  # "condemns the shelling … by X": a judgement of it
        return attacker
    return _owner(sentence, trigger.start())


def _subject(text: str, sentence: Sentence, clause_start: int, verb: int) -> Mention | None:
    """The mention right before the verb, unless a preposition governs it ("the people of
    Ukraine attacked" is no attacker named; "the armed forces of Ukraine attacked" names
    it as the forces' owner) or the clause judges rather than acts."""
    before = [
        m
        for m in sentence.mentions
        if clause_start <= m.start and m.end <= verb and verb - m.end <= _SUBJECT_REACH
    ]
    if not before:
        return _first_predicates_subject(text, sentence, clause_start, verb)
    subject = before[-1]
    word = WORD_BEFORE.search(text, clause_start, subject.start)
    if (
        word is not None
        and word.group(1).lower() in load_grammar().prepositions
        and not _forces_of(sentence, clause_start, subject.start)
    ):
        return None
    if judged(sentence.scan, subject.end, verb):
        return None
    return subject


# "the armed forces of Ukraine", "units of the Russian Federation": the state after "of".
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def _forces_of(sentence: Sentence, clause_start: int, named: int) -> bool:
    """Whether the party at ``named`` is the owner of forces named before it with "of"
    ("the armed formations of the Russian Federation breached …"): the forces are the
    subject and the party whose they are the attacker, as "Russian forces" would be."""
    forces = find_forces(sentence.scan, clause_start, named, load_lexicon())
    return any(_OF_STATE.fullmatch(sentence.scan.text, f.end, named) for f in forces)


# A predicate coordinated after its subject's first one ("… and were stepping up"), and the
# first predicate right after its subject ("the Kiev authorities were openly sabotaging").
_AND_PREDICATE = re.compile(rf"\band\s+(?:{VERB_GROUP_WORD}){{0,3}}$")
_FIRST_PREDICATE = re.compile(rf"\s+(?:{VERB_GROUP_WORD})*(?:\w+ly\s+)?\w+(?:ed|ing)\b")


def _first_predicates_subject(
    text: str, sentence: Sentence, clause_start: int, verb: int
) -> Mention | None:
    """A predicate coordinated after the first shares its subject (Quirk et al. 13.61):
    "the Kiev authorities were openly sabotaging the agreements and were stepping up their
    shelling of settlements" is the authorities' shelling, however long the first predicate.
    The first one's judging verb is the subject's other act, not a judgement of this one."""
    link = _AND_PREDICATE.search(text, max(clause_start, verb - _SUBJECT_REACH), verb)
    if link is None:
        return None
    prepositions = load_grammar().prepositions
    for m in reversed(sentence.mentions):
        if not clause_start <= m.start or m.end > link.start() or m.adjective or m.possessive:
            continue
        if _FIRST_PREDICATE.match(text, m.end) is None:
            continue
        word = WORD_BEFORE.search(text, clause_start, m.start)
        if word is not None and word.group(1).lower() in prepositions:
            return None  # "talks with Ukraine stalled and …": no subject named
        return m
    return None


# A border or a territory is crossed by people too (refugees, travellers): only forces
# crossing it fight, named as forces or as the state that sends them ("Russian troops
# crossed into", "Russia crossed the border"), right before the verb; a state after a
# preposition ("refugees from Russia crossed") is no subject (``_subject``).
_CROSSING = re.compile(r"cross", re.IGNORECASE)
_TO_VERB = re.compile(FORCES_TO_VERB)


def _forces_cross(text: str, sentence: Sentence, clause_start: int, verb: int) -> bool:
    return _forces_before(text, sentence, clause_start, verb, _TO_VERB)


# A state's economy, prices or exports advance too ("Russia's economy advanced from
# recession into growth"): only forces advancing fight, named as crossing forces are, or
# as the body commanding them ("the Russian command"), and an attempt to advance is the
# advance (the conative verbs, Quirk et al. 16.40: "is attempting to advance").
_ADVANCING = re.compile(r"advanc", re.IGNORECASE)
_TO_ADVANCE = re.compile(
    FORCES_TO_VERB + r"(?:(?:trying|attempting|tried|attempted|tries|attempts)\s+"
    r"(?:(?:once\s+)?(?:again|more)\s+|repeatedly\s+)?to\s+)?"
)


# Pressing on towards a place is an advance only when forces press on ("columns are
# pressing toward the capital"); a state presses towards a deal too.
_PRESSING = re.compile(r"press", re.IGNORECASE)


def _forces_press(text: str, sentence: Sentence, clause_start: int, verb: int) -> bool:
    """Forces as the subject right before "press": unlike crossing and advancing, a state
    named bare presses towards a deal as well as a place, so only forces count."""
    return _forces_named_before(text, sentence, clause_start, verb, _TO_ADVANCE)


def _forces_advance(text: str, sentence: Sentence, clause_start: int, verb: int) -> bool:
    if _forces_before(text, sentence, clause_start, verb, _TO_ADVANCE):
        return True
    body = _command_body()
    return any(
        m.adjective
        and clause_start <= m.start
        and (named := body.match(text, m.end, verb)) is not None
        and _TO_ADVANCE.fullmatch(text, named.end(), verb) is not None
        for m in sentence.mentions
    )


# The verbs people, goods and states do too, each with who must do it for a fight.
_FORCES_ONLY = (
    (_CROSSING, _forces_cross),
    (_ADVANCING, _forces_advance),
    (_PRESSING, _forces_press),
)


def _forces_do_it(text: str, sentence: Sentence, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether a crossing, an advance or a pressing on is done by forces (or, for the first
    two, a state that sends them); any other combat verb needs no such subject."""
    for verb, by_forces in _FORCES_ONLY:
        if verb.match(trigger.group()):
            return by_forces(text, sentence, clause_start, trigger.start())
    return True


@cache
def _command_body() -> re.Pattern[str]:
    """A body commanding forces right after a state's adjective: "Russian high command"."""
    bodies = sorted(load_grammar().command_bodies, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(b) for b in bodies) + r")\b", re.IGNORECASE)


def _forces_before(
    text: str, sentence: Sentence, clause_start: int, verb: int, link: re.Pattern[str]
) -> bool:
    """Forces, or a state named bare, as the subject right before the verb, ``link`` what
    may stand between them."""
    if _forces_named_before(text, sentence, clause_start, verb, link):
        return True
    window = max(clause_start, verb - _FORCES_REACH)
    return any(
        m.ref is not None
        and m.ref.kind == "state"
        and not (m.adjective or m.possessive)
        and window <= m.start
        and link.fullmatch(text, m.end, verb)
        for m in sentence.mentions
    )


def _forces_named_before(
    text: str, sentence: Sentence, clause_start: int, verb: int, link: re.Pattern[str]
) -> bool:
    """Forces named as such ("Russian troops", "columns") as the subject right before the
    verb, ``link`` what may stand between them."""
    window = max(clause_start, verb - _FORCES_REACH)
    forces = find_forces(sentence.scan, window, verb, load_lexicon())
    return any(link.fullmatch(text, f.end, verb) for f in forces)


# "fired by the armed forces of Belarus": the forces' noun first, then the state they
# belong to in an of-phrase (a state named first, "by the Belarusian forces", is the
# mention right after "by" itself).
_FORCES_OF = re.compile(r"(?:[\w-]+\s+){1,3}?of\s+(?:the\s+)?")


def _agent(text: str, sentence: Sentence, start: int, clause_end: int) -> Mention | None:
    """The party after "by"/"from" following the event: "was shelled by Russian forces",
    or the state of the forces named there, "fired by the armed forces of Belarus"."""
    for agent in _AGENT.finditer(text, start, window_after(text, start, _AGENT_REACH, clause_end)):
        # A mention may take the article in ("from the Ukrainian side" is one mention).
        after = [
            m
            for m in sentence.mentions
            if agent.start() <= m.start <= agent.end() + 2 and m.end > agent.end()
        ]
        if after:
            return after[0]
        forces_of = _FORCES_OF.match(text, agent.end(), clause_end)
        if forces_of is not None and load_lexicon().force_nouns.match(
            text, agent.end(), forces_of.end()
        ):
            named = [m for m in sentence.mentions if m.start == forces_of.end()]
            if named:
                return named[0]
    return None


def _owner(sentence: Sentence, event: int) -> Mention | None:
    """The party named with the event: "Russia's invasion", "the Russian offensive"."""
    owners = [
        m
        for m in sentence.mentions
        if m.end <= event and event - m.end <= _OWNER_REACH and (m.possessive or m.adjective)
    ]
    return owners[-1] if owners else None
