"""Who gives a supply when the clause's subject does not: the party after "from" when
the subject received it (CAMEO's RECEIVE), the party thanked for it ("thanked the partners
for the fresh batches of anti-tank weapons"), and the subject that receives or hosts, which
is where the forces go. Apart from ``movement_owners`` because giving has its own reading
of the clause: the receiver and the thanker are the ones who do not own what moves."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.movement_forces import ARRIVING
from summarise.extraction.backends.baseline.movement_subjects import state_of
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_classes import alternation

FROM = re.compile(r"\s+from\s+(?:the\s+)?")
_GAP_TO_SOURCE = 30


# "thanked the Prime Minister for the second batch of weapons, which was delivered …": the
# party thanked for what is given is its giver.
_THANKED = re.compile(r"\bthank(?:s|ed|ing)?\s+(?P<who>[^,;:]{2,60}?)\s+for\s")
_THANKS_REACH = 160
# Another clause between the thanks and what moves: coordinated after a comma ("…, and 300
# missiles arrived") or opened by a verb of saying ("… and said that …"); what it tells is
# not what the party is thanked for.
_ANOTHER_CLAUSE = re.compile(
    r"[;]|,\s+(?:and|but|while|whereas)\s"
    rf"|\b(?:and|but)\s+(?:also\s+)?(?:{alternation('clause_saying_verbs')})\b"
)


def thanks_for_supply(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str]
) -> re.Match[str] | None:
    """The thanks a supply is named in ("thanked X for the delivery of …"), also weapons
    told arriving ("thanked the partners for the fresh batches of anti-tank weapons that
    arrived in Ukraine": weapons that arrive are supplied, ``what_moves_decides``). The
    thanks stand before the forces thanked for, however far after them the verb comes ("for
    the second batch of Stinger systems, which arrived on Sunday")."""
    arriving = forces is not None and forces.unit == "weapons" and ARRIVING.match(trigger.group())
    if category(trigger) != "supply" and not arriving:
        return None
    first = min(trigger.start(), forces.start) if forces is not None else trigger.start()
    window = max(sentence.start, first - _THANKS_REACH)
    found = list(_THANKED.finditer(text, window, trigger.start()))
    if not found or _ANOTHER_CLAUSE.search(text, found[-1].end(), first):
        return None  # "thanked Poland for its support and said that 300 missiles arrived"
    return found[-1]


def thanked_giver(sentence: Sentence, thanks: re.Match[str]) -> ActorRef | None:
    """The giver is the party thanked; one not named ("his counterpart", unresolved) owns
    it still, never the thanker, who received it. A group thanked ("thanked the partners
    for …") is the giver as the text names it: whose partners they are does not matter
    when they are the ones thanked for giving."""
    who = next(
        (
            m
            for m in sentence.mentions
            if thanks.start("who") <= m.start < thanks.end("who") and not m.possessive
        ),
        None,
    )
    if who is not None and who.kind == "group" and who.ref is not None:
        return who.ref
    return state_of(who, sentence.first_person) if who is not None else None


def giver(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    clause_end: int,
) -> ActorRef | None:
    """ "Ukraine received Javelin missiles from the United States": the receiver is the
    subject, the supplier the party after "from" (CAMEO codes RECEIVE &WEAPON as the
    giver's 072); with no giver named, no owner."""
    if forces is None:
        return None
    source = FROM.search(text, forces.end, clause_end)
    if source is None or source.start() - forces.end > _GAP_TO_SOURCE:
        return None
    m = next((m for m in sentence.mentions if m.start == source.end()), None)
    if m is None or m.possessive:
        return None  # "from our partners": "our" is whose partners, not the giver
    return state_of(m, sentence.first_person)


# What may stand between the verb of arriving and its source: a place and a time ("arrived
# in Ukraine last week from Lithuania"), no other clause.
_TO_SOURCE = re.compile(r"[^,;:]{0,40}?\s+from\s+(?:the\s+)?")


def arrived_from(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str]
) -> ActorRef | None:
    """Weapons that arrived from a party are that party's supply ("the anti-tank weapons
    that arrived from Lithuania", "another 180 tonnes of ammunition arrived from
    Estonia"): the source of an arrival is its sender (Quirk et al. 9.17, source before
    goal), as the party after "from" of what is received is its giver. Troops arriving
    from a base are still their own state's: only weapons are given."""
    if forces is None or forces.unit != "weapons" or not ARRIVING.match(trigger.group()):
        return None
    source = _TO_SOURCE.match(text, trigger.end())
    if source is None:
        return None
    m = next(
        (
            m
            for m in sentence.mentions
            if source.start() < m.start <= source.end() < m.end or m.start == source.end()
        ),
        None,
    )
    if m is None or m.possessive:
        return None  # "from our partners": "our" is whose partners, not the sender
    return state_of(m, sentence.first_person)


def recipient(sentence: Sentence, trigger_start: int) -> str | None:
    subject = sentence.subject
    if subject is None or subject.end > trigger_start or subject.ref is None:
        return None
    return subject.ref.country if subject.ref.kind == "state" else None
