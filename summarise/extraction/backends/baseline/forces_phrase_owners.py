"""The owner named in the forces' own phrase: before them a possessor, a state's
adjective or a noun adjunct ("Russia's military build-up", "NATO forces"), after them an
of-genitive or a weapon's "from" ("the Armed Forces of Ukraine", "missiles from the United
Kingdom") or a relative clause with "we" ("the forces we have put on alert"). Apart from
``movement_owners`` because the phrase is read first and its guards (a source, evidence,
a phrase closed before the forces, a recipient) are about the phrase, not the clause."""

from __future__ import annotations

import re
from functools import cache

from summarise.actors import country_of
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.inclusions import INCLUSION
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_subjects import state_of
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.supply_givers import FROM
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, MODALS

_BASED = re.compile(r"-based\b")
# A source adjunct names who tells, not whose the forces are (Quirk et al. 8.84).
_SOURCE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# … and so does the possessor of a noun of evidence (Quirk et al. 8.127): "our information is
# that …", "their intelligence shows …".
_EVIDENCE = re.compile(
    r"\s+(?:" + "|".join(sorted(load_grammar().evidence_nouns)) + r")\b", re.IGNORECASE
)
# A list or an inclusion after a comma is another phrase: "toward Ukraine's border,
# including units that arrived by rail" (a fronted adverbial, "Following Norway's
# exercises, the frigates returned", still names whose forces they are).
_APART = re.compile(rf";|,\s+(?:{INCLUSION}|as well as|and|but)\b")
# A recipient named after "to" between a giving verb and what it gives.
_RECIPIENT_FIRST = re.compile(r"\s+(?:over\s+)?to\s+(?:the\s+)?$")
_WITH_AFTER = re.compile(r"\bwith\b")


def named_with_forces(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: tuple[int, int],
) -> ActorRef | None:
    """The owner named in the forces' own phrase: a possessor or adjective ("Russia's
    escalating military buildup", "the Russian Army's deterrence forces") or a noun
    adjunct ("NATO forces"); "their forces" names nobody, so the owner is sought further.
    ``trigger`` is the movement trigger's span; without forces its words are the phrase,
    and a forces phrase read without a trigger of its own passes its own span."""
    trigger_start, trigger_end = trigger
    head_start = forces.start if forces is not None else trigger_start
    head_end = forces.end if forces is not None else trigger_end
    for m in reversed(sentence.mentions):
        if m.end <= head_end and m.start >= head_start - 40 and (m.possessive or m.adjective):
            if _BASED.match(text, m.end) or (m.kind == "pronoun" and m.ref is None):
                continue  # "Germany-based servicemen": a place, not an owner
            if _SOURCE.search(text, max(0, m.start - 20), m.start):
                continue  # "according to our data, Ukraine has …": who tells, not whose
            if m.possessive and _EVIDENCE.match(text, m.end):
                continue  # "our information is that more forces are arriving": the same
            if m.end <= head_start and _APART.search(text, m.end, head_start):
                continue  # "toward Ukraine's border, including units": another phrase's
            if m.end <= head_start and _owns_another_noun(sentence, m.end, head_start):
                continue  # "Despite Russian protests, 200 more soldiers arrived": not theirs
            if trigger_end <= m.start and _RECIPIENT_FIRST.match(text, trigger_end, m.start):
                continue  # "hand over to the Ukrainian army 200 missiles": the recipient
            if trigger_end <= m.start and _WITH_AFTER.search(text, m.end, head_start):
                continue  # "equip the Ukrainian army with drones": the recipient too
            if m.end <= trigger_start < head_start and "," in text[m.end : trigger_start]:
                continue  # "instead of pushing Kiev to keep its word, are pumping weapons"
            if m.end <= head_start or m.start >= head_start:
                return state_of(m, sentence.first_person)
    # A place ("Donetsk militias") or a name standing for no party owns nothing; a state's
    # own name does, also read in one run with a model ("two U.S. F-35 fighters").
    for m in sentence.mentions:
        if m.kind == "group" and trigger_end <= head_start and m.end == head_end:
            continue  # "the Kiev regime has brought 3,000 foreign mercenaries": what it moves
        if head_start <= m.start and m.end <= head_end and (not m.place or _state_named(m)):
            adjunct = state_of(m, sentence.first_person)
            if adjunct is not None:
                return adjunct
    return None


# A phrase closed before the forces by a comma or a semicolon. Not by a colon: what follows
# a colon spells out what the phrase before it named ("continues to strengthen its grouping
# near the border: new units of the 41st Army have been redeployed"), so its owner holds.
_PHRASE_END = re.compile(r"[,;]")


def _owns_another_noun(sentence: Sentence, owner_end: int, head_start: int) -> bool:
    """Whether an owner's word before the forces belongs to a phrase of its own, closed
    before them, whose noun is neither forces nor a movement: "Despite Russian protests,
    200 more soldiers arrived in Estonia" (the protests are Russia's, the soldiers are not
    said to be). A state's adjective or genitive determines the noun of its own phrase; it
    names the forces' owner across the comma only when that noun is forces or their
    movement ("As for the British forces, 300 more troops …", "After the Russian exercises,
    the troops returned …"). An owner unsure is no owner: the others are asked next."""
    closed = _PHRASE_END.search(sentence.text, owner_end, head_start)
    if closed is None:
        return False
    lexicon = load_lexicon()
    own = (owner_end, closed.start())
    return (
        sentence.scan.first(lexicon.force_nouns, *own) is None
        and sentence.scan.first(lexicon.activities, *own) is None
    )


# A relative clause with no pronoun of its own whose subject is "we" (Quirk et al. 17.15):
# "the forces we have put on alert", "the troops that we sent to Poland".
_OUR_RELATIVE = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?:we|I)\s+(?:(?:{HAVE}|{MODALS}|{BE}|just|already)\s+)*(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)


def our_relative_owner(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str]
) -> ActorRef | None:
    """Forces the trigger's relative clause tells "we" moved ("The forces we have placed on
    alert are defensive") are the speaker's side's: "they" later in the sentence is them,
    and the movement told before is no one else's to carry over."""
    speaker = sentence.first_person
    if forces is None or speaker is None or not forces.end <= trigger.start():
        return None
    if _OUR_RELATIVE.fullmatch(text, forces.end, trigger.start()) is None:
        return None
    if _perceiving().search(text, forces.end, trigger.start()) is not None:
        return None  # "the troops we have watched move to the border": seen, not sent
    return state(speaker.country) if speaker.country else speaker


def _state_named(m: Mention) -> bool:
    """Whether a place mention opens with the name of the state it stands for ("U.S.
    F-35"), not with one of its cities or regions ("Donetsk")."""
    words = m.text.split()
    return bool(words) and m.ref is not None and country_of(words[0]) == m.ref.name


# A party named after the forces (a postmodifier, Quirk et al. 17.37-17.46): "the Armed
# Forces of Ukraine" (the of-genitive names whose); "anti-tank missiles from the United
# Kingdom" (weapons from a state are that state's aid; troops from a state may be only
# leaving it, "US troops from Italy", so "from" names the owner of weapons alone).
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# Nouns of a drill or a build-up stand for the forces doing it, their owner after "of".
_NOUN_FOR_FORCES = frozenset({"exercise", "mass"})


def postmodifier_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
) -> ActorRef | None:
    """The party of an of-genitive after the forces, or after a drill or build-up noun
    that stands for them ("the exercises of the Southern Military District")."""
    if forces is not None:
        return phrase_postmodifier_owner(text, sentence, forces)
    if category(trigger) not in _NOUN_FOR_FORCES:
        return None
    return _genitive_owner(sentence, trigger.start(), _OF.match(text, trigger.end()))


def phrase_postmodifier_owner(text: str, sentence: Sentence, forces: Forces) -> ActorRef | None:
    """The party of an of-genitive after the forces phrase ("the Armed Forces of Belarus"),
    or of a from-phrase after weapons ("missiles from the United States")."""
    link = _OF.match(text, forces.end)
    if link is None and forces.unit == "weapons":
        link = FROM.match(text, forces.end)
    return _genitive_owner(sentence, forces.start, link)


def _genitive_owner(
    sentence: Sentence, head_start: int, link: re.Match[str] | None
) -> ActorRef | None:
    """The party named right after ``link`` (the "of" or "from" after a head that opens at
    ``head_start``)."""
    if link is None:
        return None
    # The named body may take the forces in: "Armed Forces of Ukraine" is one mention.
    m = next(
        (
            m
            for m in sentence.mentions
            if m.start == link.end() or m.start <= head_start < link.end() <= m.end
        ),
        None,
    )
    return state_of(m, sentence.first_person) if m is not None else None


@cache
def _perceiving() -> re.Pattern[str]:
    """A verb of perceiving (lexicon.toml [forces] perceiving)."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(rf"\b(?:{'|'.join(verbs)}|saw)\b", re.IGNORECASE)
