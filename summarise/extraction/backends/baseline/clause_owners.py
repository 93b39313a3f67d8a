"""Whose a movement told in a clause of its own is, when that clause has a subject of its
own: a coordinated clause opened by forces of a named state ("…, and Belarusian armed forces
have brought two brigades to readiness"), a that-clause opened by another party's name
("Putin noted that Ukrainian nationalist units had moved …"), a relative "where" opened
by forces ("Crimea, where … 10,000 servicemen have arrived"). The main clause's subject, often
only the teller, owns none of these (Quirk et al. 13.5, 15.3, 17.12).

Apart from ``movement_owners`` because these read a clause's own subject, not the phrases
around the forces.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.forces_subjects import opening_subject
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_subjects import state_of
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence

# Where a second clause with a subject of its own begins: ", and Belarusian armed forces
# have brought …", "; Polish units are …".
_SECOND_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:[Tt]he\s+)?")


def second_clause_forces_owner(sentence: Sentence, trigger_start: int) -> ActorRef | None:
    """ "Russia has moved 12 battalions into Gomel, and Belarusian armed forces have
    brought two brigades to heightened readiness": a coordinated clause opened by forces of
    a state named in their own phrase is that state's (Quirk et al. 13.5: each clause has
    its subject), not the first clause's subject's."""
    text = sentence.scan.text
    start = sentence.subject.end if sentence.subject is not None else sentence.start
    joins = list(_SECOND_CLAUSE.finditer(text, start, trigger_start))
    if not joins:
        return None
    opening = opening_subject(sentence.scan, joins[-1].end(), trigger_start)
    if opening is None:
        return None
    for m in sentence.mentions:
        if opening.start <= m.start and m.end <= opening.end and (m.adjective or m.possessive):
            return state_of(m, sentence.first_person)
    return None


# The opening of a that-clause, its subject's determiner included: "pointed out that
# Ukrainian nationalist units had moved …", "said that the Polish army has …".
_THAT_SUBJECT = re.compile(r"\bthat\s+(?:the\s+)?")


def others_that_clause(sentence: Sentence, subject: Mention, trigger_start: int) -> bool:
    """ "Putin noted that Ukrainian nationalist units had moved rocket launchers
    into Kharkov": a that-clause whose subject opens with another party's name tells of
    that party's act (Quirk et al. 15.3: the clause has its own subject), not the
    teller's; when no owner is read from that subject, none is taken from the teller."""
    text = sentence.scan.text
    for opening in _THAT_SUBJECT.finditer(text, subject.end, trigger_start):
        for m in sentence.mentions:
            if m.start == opening.end() and (m.adjective or m.possessive):
                other = m.ref
                if other is not None and subject.ref is not None and other.side != subject.ref.side:
                    return True
    return False


# A relative "where" after a place, perhaps with a source set off by commas: "in the
# border region, where, as Kyiv says, some 8,000 more soldiers have arrived".
_WHERE = re.compile(r"\bwhere(?:,[^,;:.]{1,80},)?\s+")


def where_forces(scan: TextScan, subject_end: int, trigger_start: int) -> bool:
    """A trigger in a relative "where" clause whose subject is forces tells of those forces
    at the place before it (Quirk et al. 17.12), not of the main clause's subject, who only
    tells of the place ("the President informed about the concentration in Crimea, where
    … servicemen have arrived")."""
    for where in _WHERE.finditer(scan.text, subject_end, trigger_start):
        if opening_subject(scan, where.end(), trigger_start) is not None:
            return True
    return False
