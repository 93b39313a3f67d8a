"""Forces a speaker reports moving with no owner and no agent named: his own state's.

A defence minister reporting in his own words that "three battalions have been
redeployed to the Kursk region" or that "four frigates have arrived in Novorossiysk" names
no owner because the forces are his own side's: a speaker naming another
party's forces names that party (the maxim of quantity), and the guide's claimed movements
are another party's forces a speaker describes. Only the speaker's own words (a transcript
turn, a quotation, the document's "we") are read so, only forces that are the subject of
their verb (passive or intransitive: nobody else is said to move them), not massing (a
posture told of another's forces), not coming into the speaker's own state, and only in a
sentence naming no other party, by name or pronoun, and no adversary ("the enemy has
brought up new forces"). Nor when the movement told last in the document is another side's:
a speaker describing the other side's build-up goes on without naming it again ("Russia has
massed 150,000 troops. Columns of tanks are moving towards Kyiv."), and guessing the
speaker's own state there would be a wrong fact.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.enemy_arms import arms_its_enemy
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.movement_places import OWN_HOME
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, in_state, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, BE_NONFINITE, HAVE, MODALS

# Between forces and their verb: auxiliaries and adverbs only ("have arrived", "are now
# moving", "were flown in", "have since returned"); forces are the subject of their own verb.
FORCES_TO_VERB = (
    rf"\s+(?:(?:{HAVE}|{BE}|{MODALS}|{BE_NONFINITE}|also|now|already|just|reportedly|"
    r"currently|successfully|fully|then|since)\s+)*"
)
# … here after an of-phrase naming the formation ("six landing ships of the Northern Fleet").
SUBJECT_TO_VERB = re.compile(r"(?:\s+of\s+(?:the\s+)?[^,;:.]{1,60}?)?" + FORCES_TO_VERB)
# … and the subject's own verb may be its second predicate, after one opened by an
# auxiliary ("are now being loaded onto trains and will return to their garrisons"): a
# coordinated predicate shares its subject (Quirk et al. 13.54).
FIRST_PREDICATE = rf"\s+(?:{HAVE}|{BE}|{MODALS})\s+[^,;:.]{{1,60}}?\s+and"
_SECOND_PREDICATE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[^,;:.]{1,60}?)?" + rf"(?:{FIRST_PREDICATE})?" + FORCES_TO_VERB
)
# The other side named without a name, or where it stands: forces "near our borders" face
# the speaker, they are not his; forces told "according to our data", or as what "our
# information" or "our intelligence" shows (a noun of evidence), were learned of.
_ADVERSARY = re.compile(
    r"\b(?:"
    + "|".join(sorted(load_grammar().adversary_nouns))
    + r"|our\s+(?:borders?|frontiers?)|according\s+to"
    + r"|our\s+(?:"
    + "|".join(sorted(load_grammar().evidence_nouns))
    + r"))\b",
    re.IGNORECASE,
)

# The forces' own home after the verb ("have returned to their permanent bases"): the
# possessive is the subject's own (a reflexive reading, Quirk et al. 6.30), no other party.
_OWN_HOME = re.compile(OWN_HOME)


def reporters_own(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
    last_owner: ActorRef | None,
) -> ActorRef | None:
    """The speaker's state, when the forces with no owner are his own report's subject."""
    speaker = sentence.speaker
    if speaker is None or speaker.country is None or sentence.first_person != speaker:
        return None
    if forces is None or forces.end > trigger.start():
        return None
    if (
        last_owner is not None
        and last_owner.side != speaker.side
        and (
            speaker.country in load_grammar().war_sides
            or not arms_its_enemy(sentence, forces, trigger, last_owner)
        )
    ):
        return None  # the other side's forces, told before, may be the ones meant
    if _SECOND_PREDICATE.fullmatch(text, forces.end, trigger.start()) is None:
        return None
    if _ADVERSARY.search(text, sentence.start, sentence.end) or category(trigger) == "mass":
        return None  # massing near a border is a posture told of another's forces
    for m in sentence.mentions:
        if m.kind == "pronoun" and not _OWN_HOME.match(text, m.start):
            return None  # "they are deploying them": a party named before
        if m.place and m.start >= trigger.end() and in_state(m.ref, speaker.country):
            return None  # "tanks are moving towards Kyiv", said in Kyiv: the adversary's
        if _another_party(m.ref, speaker) and not m.place and m.kind != "first":
            return None  # another party named: its forces, perhaps, not the speaker's
    return state(speaker.country)


def _another_party(ref: ActorRef | None, speaker: ActorRef) -> bool:
    """A party of another side; a name read as a person of no known state ("the Northern
    Shield exercise", "the Western Military District") is no party at all."""
    if ref is None or (ref.is_person and ref.country is None):
        return False
    return ref.side != speaker.side
