"""Whose military movement it is: the owner is always a state (schema rule): the state
named with the forces ("Russia's military build-up", "Russian Army's deterrence forces"),
the agent of a passive ("handed over by foreign partners") or of the action a movement is
the purpose of ("the steps the West has taken to beef up their forces"), or the subject
of the clause (a person stands for their state; "I"/"we" for the speaker's). A group the
vocabulary does not know ("Western countries", "illegal armed groups") owns what it does as
subject or agent, named as the text names it (the guide). A supply received is the
giver's, named after "from".

Each kind of evidence is read in its own module (the forces' phrase in
``forces_phrase_owners``, agents and subjects in ``movement_agents``, givers in
``supply_givers``); ``owner`` asks them in turn, nearest first, and keeps the guards on
the clause's subject (told by another, perceived, inside a relative clause).
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.clause_owners import (
    others_that_clause,
    second_clause_forces_owner,
    where_forces,
)
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.forces_phrase_owners import (
    named_with_forces,
    our_relative_owner,
    postmodifier_owner,
)
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import gated_search
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_agents import (
    SUBJECT_GAP,
    agent_owner,
    forces_subject_owner,
    group_subject_owner,
)
from summarise.extraction.backends.baseline.movement_parts import whole_owner
from summarise.extraction.backends.baseline.movement_subjects import (
    AND_GOVERNING,
    CONTRACTED_FIRST,
    RELATIVE_SUBJECT,
    antecedent,
    clause_subject,
    judged,
    state_of,
)
from summarise.extraction.backends.baseline.patterns import category, window_after
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.supply_givers import (
    arrived_from,
    thanked_giver,
    thanks_for_supply,
)
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, IRREGULAR_PASTS, MODALS


def owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
) -> ActorRef | None:
    """Whose movement it is, from the evidence nearest the forces outwards: their own
    phrase, what follows them, the whole they are part of, an agent, then the clause's
    subject; a farther party is read only when no nearer one names the owner."""
    named = named_with_forces(text, sentence, forces, trigger.span())
    if named is not None:
        return named
    postmodifier = postmodifier_owner(text, sentence, forces, trigger)
    if postmodifier is not None:
        return postmodifier
    ours = our_relative_owner(text, sentence, forces, trigger)
    if ours is not None:
        return ours
    whole = whole_owner(sentence, forces.start) if forces is not None else None
    if whole is not None:
        return whole
    agent = agent_owner(text, sentence, trigger)
    if agent is not None:
        return agent
    sender = arrived_from(text, sentence, forces, trigger)
    if sender is not None:
        return sender
    thanks = thanks_for_supply(text, sentence, forces, trigger)
    if thanks is not None:
        return thanked_giver(sentence, thanks)
    group_subject = group_subject_owner(text, sentence, trigger.start())
    if group_subject is not None:
        return group_subject
    relative = RELATIVE_SUBJECT.search(text, sentence.start, trigger.start())
    if relative is not None:
        return antecedent(sentence, relative.start())
    near = clause_subject(sentence, trigger.start()) or forces_subject_owner(
        sentence, trigger.start()
    )
    if near is not None:
        return near
    second = second_clause_forces_owner(sentence, trigger.start())
    if second is not None:
        return second
    speaker = sentence.first_person
    if speaker is not None and CONTRACTED_FIRST.search(
        text, max(sentence.start, trigger.start() - 40), trigger.start()
    ):
        return state(speaker.country) if speaker.country else speaker
    subject = sentence.subject
    if subject is not None and gated_search(
        sentence.scan, _own_clause(), text, subject.end, trigger.start()
    ):
        return None  # "we have seen the opposite: 7,000 troops have arrived": seen, not sent
    if subject is not None and _told_by_another(sentence, subject, trigger.start()):
        return None
    if subject is not None and _in_relative(text, subject.end, trigger.start()):
        return None
    if subject is not None and others_that_clause(sentence, subject, trigger.start()):
        return None
    if subject is not None and where_forces(sentence.scan, subject.end, trigger.start()):
        return None
    if subject is not None and subject.end <= trigger.start():
        governed = AND_GOVERNING.search(
            text, max(subject.end, trigger.start() - 60), trigger.start()
        )
        if (
            category(trigger) == "supply"
            and trigger.start() - subject.end > SUBJECT_GAP
            and governed is None
        ):
            return None
        if judged(sentence.scan, subject.end, trigger.start()):
            return None
        return state_of(subject, sentence.first_person)
    return None


# A relative clause opened by its pronoun and verb ("the troops that remained in Belarus
# after …"), not closed by a comma before the trigger.
_RELATIVE_OPEN = re.compile(
    rf"\b(?:that|which|who)\s+(?:(?:{BE}|{HAVE}|{MODALS}|also|still)\s+)*"
    rf"(?:\w+ed|{IRREGULAR_PASTS}|{BE}|{HAVE})\b[^,;:]*$",
    re.IGNORECASE,
)


def _in_relative(text: str, subject_end: int, trigger_start: int) -> bool:
    """A trigger inside a relative clause ("Ukraine wants to attack the troops that
    stayed in Belarus after their joint exercises") tells of the clause's antecedent
    (Quirk et al. 17.8), not of the sentence's subject."""
    return _RELATIVE_OPEN.search(text, subject_end, trigger_start) is not None


# The auxiliaries of a passive after its subject: "I'm told", "we were told", "I have been
# assured".
_PASSIVE_AUX = re.compile(
    rf"(?:['\u2019](?:m|re|s)|\s+(?:am|{BE})(?:\s+been)?|\s+(?:{HAVE})\s+been)\s+", re.IGNORECASE
)


def _told_by_another(sentence: Sentence, subject: Mention, trigger_start: int) -> bool:
    """Forces told in what another party says ("… where he tells me that troops are on
    drills") or in what the subject is told ("I am told the troops are …"): the
    complement of a verb of saying (Quirk et al. 16.31) is the teller's report, not the
    main subject's act."""
    speech = load_lexicon().speech
    passive = _PASSIVE_AUX.match(sentence.text, subject.end, trigger_start)
    if passive is not None and sentence.scan.at(speech, passive.end(), trigger_start):
        return True
    for m in sentence.mentions:
        if not subject.end <= m.start < trigger_start or m.kind == "first" or m.possessive:
            continue
        said = sentence.scan.first(
            speech, m.end, window_after(sentence.text, m.end, 12, trigger_start)
        )
        if said is not None and not sentence.text[m.end : said.start()].strip():
            return True
    return False


@cache
def _own_clause() -> re.Pattern[str]:
    """What a subject perceives, told after a colon, is a clause with a subject of its own
    (Quirk et al. 15.59): the perceiver does not move its forces (lexicon.toml [forces]
    perceiving)."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(rf"\b(?:{'|'.join(verbs)})\b[^:;.]*[:;]", re.IGNORECASE)
