"""Forces with no owner, told in the paragraph of another party's movement: that party's.

A paragraph keeps to its topic (Halliday and Hasan 1976, on reference and cohesion): after
"Russia has massed troops near the border", a writer goes on "About 5,000 more troops
arrived on Tuesday" without naming Russia again, since no other party has come up; real
texts name the owner once and then only the forces. The owner is carried only when that
reading is the only one: the movement told just before is a state's, in the same
paragraph, a sentence or two back; the forces are the subject of their own verb
(intransitive or passive: nobody else is said to move them); and neither the sentence nor
those between name another party, only the speaker ("we have seen") and places.

A "they" subject moving forces of its own right after such a movement is the same party
("Russia now has 120,000 troops arrayed around Ukraine. And over the past week, they've
brought in several more battalion tactical groups …"): speakers name a state by "they" as by
its people or government, and with no other party named since, the one party whose
movement was just told is the only antecedent. A supply is not carried so: its recipient
is a party too ("We sent Javelins to Ukraine. They have moved …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_co_owners import they_subject
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.own_forces import FORCES_TO_VERB
from summarise.extraction.backends.baseline.place_words import PLACE_BEFORE, PLACE_HEAD
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

# How far back the movement carried may be told, in sentences.
_REACH = 2
# A blank line or a line break ends a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n")
# The forces the subject of their own verb: auxiliaries and adverbs only between them.
_SUBJECT_TO_VERB = re.compile(FORCES_TO_VERB)

# A part of the forces just named (Quirk et al. 5.24): "some of them flown in on Wednesday".
_PARTITIVE = re.compile(
    r"\b(?:some|many|most|all|each|none|part|half|several|one|two|three|[\d,]+) of\s+$",
    re.IGNORECASE,
)


def paragraph_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
    told: MovementDraft | None,
    since: Sequence[Sentence],
) -> ActorRef | None:
    """The owner of the movement told just before in the paragraph, when these forces are
    the subject of their verb and neither this sentence nor those told since (``since``)
    name another party."""
    if told is None or forces is None or told.actor.kind != "state":
        return None
    if not 0 < sentence.index - told.sentence <= _REACH:
        return None
    told_end = max(end for _, end in told.quotes)
    if PARAGRAPH_BREAK.search(text, told_end, sentence.start) is not None:
        return None
    if (
        forces.end > trigger.start()
        or _SUBJECT_TO_VERB.fullmatch(text, forces.end, trigger.start()) is None
    ):
        return None
    if any(another_party(text, m, told.actor) for s in (*since, sentence) for m in s.mentions):
        return None
    return told.actor


def they_owner(
    text: str,
    sentence: Sentence,
    clause_start: int,
    trigger: re.Match[str],
    told: MovementDraft | None,
    since: Sequence[Sentence],
) -> ActorRef | None:
    """The owner of the movement told just before in the paragraph, when "they" is the
    subject of this trigger's verb and no other party is named since."""
    if told is None or told.actor.kind != "state" or told.activity == "supply":
        return None
    if not 0 < sentence.index - told.sentence <= _REACH:
        return None
    they = they_subject(text, clause_start, trigger.start())
    if they is None:
        return None
    told_end = max(end for _, end in told.quotes)
    if PARAGRAPH_BREAK.search(text, told_end, sentence.start) is not None:
        return None
    mentions = [m for s in (*since, sentence) for m in s.mentions if m.start != they.start()]
    if any(another_party(text, m, told.actor) for m in mentions):
        return None
    return told.actor


# The source a report is given to ("According to the General Staff, …"): who tells of the
# forces, not a party that moves them.
_SOURCE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
_SOURCE_REACH = 20


def another_party(text: str, m: Mention, owner: ActorRef) -> bool:
    """A mention that may stand for another party: anything but the speaker ("we"), a state
    named as a place ("arrived in Belarus", "the Ukrainian border"), the source the report
    is given to ("according to the General Staff"), the owner itself, or a partitive of the
    forces ("some of them"); a pronoun no one could resolve may be anyone."""
    if m.kind == "first" or (m.place and as_place(text, m)):
        return False
    if _SOURCE.search(text, max(0, m.start - _SOURCE_REACH), m.start) is not None:
        return False
    if m.ref is None:
        partitive = _PARTITIVE.search(text, max(0, m.start - 20), m.start)
        return m.kind == "pronoun" and partitive is None
    return m.ref.side != owner.side


# A state's name after a preposition of place or direction (``PLACE_BEFORE``), or its
# adjective before a noun of place, names where, not who (Quirk et al. 9.15-9.17).
_PLACE_NOUN = re.compile(rf"\s+{PLACE_HEAD}\b")
# … and so does its name in an of-phrase after a noun of place ("the Gomel region of Belarus").
_PLACE_OF = re.compile(rf"\b{PLACE_HEAD}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_OF_REACH = 30


def as_place(text: str, m: Mention) -> bool:
    if m.adjective:
        return _PLACE_NOUN.match(text, m.end) is not None
    return (
        PLACE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
        or _PLACE_OF.search(text, max(0, m.start - _PLACE_OF_REACH), m.start) is not None
    )
