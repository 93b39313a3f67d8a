"""The subject of a movement's clause as its owner: the party right before the trigger's
verb group (also before a verb that carries out a movement noun, "has confirmed the
shipment of"), the speaker's contracted "we've", the antecedent of a relative pronoun; and
what any party named as owner stands for (a person for their state). Apart from
``movement_owners`` because the subject is read last, when the forces' own phrase, an
agent or a thanks name no owner.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.group_words import lone_group
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.place_words import PLACE_BEFORE
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, CONTRACTED, VERB_GROUP_WORD
from summarise.extraction.backends.baseline.word_classes import alternation

# A relative pronoun as the trigger's subject: "a neighbour who has troops on our border",
# also with a parenthetical source between them ("oligarchs who, according to Treasury,
# moved yachts …"; Quirk et al. 15.54, a comment clause set off by commas).
RELATIVE_SUBJECT = re.compile(
    rf"\b(?:who|which|that)(?:\s*,[^,;:]{{1,60}},)?\s+(?:{VERB_GROUP_WORD}){{0,2}}$"
)
_BEFORE_RELATIVE = re.compile(r",?\s*$")


# Between a subject and its verb: auxiliaries, adverbs and the catenatives of going on.
_VERB_GROUP_BEFORE = re.compile(rf"\s+{VERB_GROUP_WORD}(?:{VERB_GROUP_WORD}){{0,2}}")
# … or the verb itself right after the party, in a clause of its own after the sentence's
# first ("Moldova protested, but Russia sent 1,500 troops"): the party opens that clause,
# after a punctuated coordinator or a subordinator (Quirk et al. 13.15, 14.12), never a
# preposition ("the troops in Belarus moved") nor an "and" joining two parties ("Lithuania
# and Latvia delivered": the first is the subject, the second its co-owner).
_FINITE_RIGHT_AFTER = re.compile(r"\s+")
_CLAUSE_OPENING = re.compile(
    rf"(?:[,;:](?:\s+(?:{alternation('coordinators')}))?|\b(?:{alternation('subordinators')}))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OPENING_REACH = 12
# … or its verb and the object the movement noun heads, in a clause the party opens ("said
# that the United States held exercises in Poland", "that NATO flew reconnaissance missions
# over the sea"): the party is the subject of the verb whose object is the movement
# (Quirk et al. 10.2), not the sentence's first subject. Only a verb of carrying out or
# moving (grammar.toml's ``moving_object_verbs``): one who watches the drill or hosts it
# does not own it ("that Poland observed the exercises"). The object's premodifiers only,
# no preposition.
_VERB_AND_OBJECT = re.compile(
    rf"\s+(?:{VERB_GROUP_WORD}){{0,2}}(?:{alternation('moving_object_verbs')})"
    r"(?:\s+(?!(?:in|on|at|to|of|for|from|by|with|near|over|about|against|into)\b)[a-z-]+){0,3}\s+"
)
# A party before a plural head for its members, the subject they make up: "that NATO
# members have expanded their presence" is NATO's (grammar.toml's ``member_heads``).
_MEMBERS = re.compile(rf"\s+(?:{alternation('member_heads')})\b")
# The speaker's "we" or "I" with an auxiliary contracted onto it, as speech writes it
# ("we've delivered", "we're sending", "I'll send", Quirk et al. 3.23), right before the
# trigger: the mentions read "we've" as no pronoun, so the subject is read here.
# The same before a verb of deciding that governs the movement, a noun or a gerund ("I've
# authorized the deployment of", "we've approved sending"): the decider's forces move.
CONTRACTED_FIRST = re.compile(
    rf"\b(?:[Ww]e|I)['\u2019](?:{CONTRACTED})\s+(?:{VERB_GROUP_WORD}){{0,2}}"
    r"(?:(?:authori[sz]ed|approved|ordered|directed|announced|decided\s+on)\s+(?:the\s+)?)?$"
)


# Verbs that carry out, decide or change a movement named by its noun, their subject its
# owner: "Norway has confirmed the shipment of", "has intensified deliveries of" (the
# combat class's "launched an offensive", for the other activities).
_GOVERNING_VERBS = (
    r"(?:confirmed|announced|approved|authori[sz]ed|ordered|intensified|stepped\s+up|"
    r"increased|expanded|completed|began|begun|started|continued|resumed)\s+"
    r"(?:(?:the|its|their|a|an|new|further|more)\s+)*"
    # what is increased may be the movement's number or scale: "has increased the number
    # of patrol flights" (a quantifying noun before its of-phrase, Quirk 5.8)
    r"(?:(?:number|volume|scale|intensity|frequency|pace)\s+of\s+)?"
)
_GOVERNING = re.compile(rf"\s+(?:{VERB_GROUP_WORD}){{0,2}}{_GOVERNING_VERBS}")
# … the same verb in a predicate coordinated after its subject's first one: "Washington
# continues to push Kiev towards a military solution and has intensified deliveries of".
AND_GOVERNING = re.compile(rf"\band\s+(?:(?:has|have|had|also|now)\s+)*{_GOVERNING_VERBS}$")


def clause_subject(sentence: Sentence, trigger_start: int) -> ActorRef | None:
    """The party right before the trigger's verb group is its subject, also in a clause
    of reported speech: "told the channel Russia was deliberately shelling …" is
    Russia's, not the teller's."""
    text = sentence.scan.text
    for m in reversed(sentence.mentions):
        if m.end > trigger_start:
            continue
        if m.possessive or m.adjective:
            return None
        members = _MEMBERS.match(text, m.end, trigger_start)
        end = members.end() if members else m.end
        # No judging verb fits a governing verb group: its only stance words are "should"
        # and "must", and a movement after them is hypothetical (movement_assertion).
        if _VERB_GROUP_BEFORE.fullmatch(text, end, trigger_start) or _GOVERNING.fullmatch(
            text, end, trigger_start
        ):
            return state_of(m, sentence.first_person)
        opens = _CLAUSE_OPENING.search(text, max(sentence.start, m.start - _OPENING_REACH), m.start)
        if opens and _FINITE_RIGHT_AFTER.fullmatch(text, end, trigger_start):
            return state_of(m, sentence.first_person)
        if (
            opens
            and _VERB_AND_OBJECT.fullmatch(text, end, trigger_start)
            and not judged(sentence.scan, end, trigger_start)
        ):
            return state_of(m, sentence.first_person)
        return None
    return None


def antecedent(sentence: Sentence, relative_start: int) -> ActorRef | None:
    """The subject of a relative clause is its antecedent, the noun phrase right before the
    pronoun (Quirk et al. 17.8), not the main clause's subject: "we will not yield to a
    neighbour who has troops on our border" names no owner; "Russia, which keeps troops
    near the border" does. A party named as where forces go or stand ("ordered 600 soldiers
    from Germany to Lithuania, which will get there in the days ahead") ends the noun phrase
    of the forces it places, and the relative tells of those forces, not of the place."""
    text = sentence.scan.text
    for m in sentence.mentions:
        if m.end <= relative_start and _BEFORE_RELATIVE.fullmatch(text, m.end, relative_start):
            if PLACE_BEFORE.search(text, max(sentence.start, m.start - 12), m.start):
                return None
            return state_of(m, sentence.first_person)
    return None


# The verbs of attempting (Quirk et al. 16.40): what is attempted is the subject's act,
# also in the progressive ("the enemy is attempting to advance").
_CONATIVE = re.compile(
    rf"(?:(?:{BE})\s+)?(?:{alternation('conative_verbs')})\b",
    re.IGNORECASE,
)


def judged(scan: TextScan, start: int, end: int) -> bool:
    """ "Poland condemns the shelling", "Canada welcomed the withdrawal": the subject
    judges the movement and is not the one moving; a commitment ("will continue to
    deploy") or a proposal of the movement itself ("we suggest transferring them") is
    its own, and so is an attempt told of it ("tried to advance"); "stressed the need for
    Russia to … following the build-up" is not."""
    for m in scan.find(load_lexicon().stances, start, end):
        kind = category(m)
        if kind == "demand" and end - m.end() <= 1:
            continue
        if kind == "accuse" and _CONATIVE.match(m.group()) and end - m.end() <= 1:
            continue  # "Russian troops tried to advance": the attempt is the subject's act
        if kind not in ("commit", "other", "ignore"):
            return True
    return False


def state_of(m: Mention, first_person: ActorRef | None) -> ActorRef | None:
    """The party a mention makes a movement's owner: its state, or a body of no state.
    ``first_person`` is whom "we" stands for in the mention's sentence; the callers take it
    from that sentence (``sentence.first_person``) rather than carry it through the
    movement stage as a parameter of its own."""
    ref = first_person if m.kind == "first" else m.ref
    if ref is None or m.kind in ("joint", "outlet"):
        return None
    if m.kind == "group" and lone_group(ref.name):
        return None  # "provided by our partners": whose partners, not whose forces
    if ref.kind == "state":
        return ref
    if ref.kind in ("organisation", "other") and ref.country is None:
        return ref
    return state(ref.country) if ref.country else None
