"""A movement's forces as written and where they go: a build-up or exercise noun stands
for its forces with its modifiers and owner ("Russia's continued military build-up"), and a
supply goes to whom it is given. Apart from ``movements`` because they only phrase what the
rules there decided.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import search_held
from summarise.extraction.backends.baseline.movement_agents import SUBJECT_GAP
from summarise.extraction.backends.baseline.movement_places import (
    destination,
    recipient_named,
    supplied_to,
)
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.phrases.numbers import ORDINAL_ALTERNATION
from summarise.schema import Activity, Quantity

_WORD_BEFORE = re.compile(r"[\w-]+")
# Nouns of a build-up or an exercise that stand for the forces themselves: "Russia's
# military build-up", "large-scale exercises".
SELF_FORCES = frozenset({"mass", "other", "exercise"})
# A verb of taking part stands for no forces, as a drill noun does: with no forces as its
# subject ("with Ukrainian experts and members of parliament taking part") the drill is
# someone else's occasion, a hearing or a meeting.
_TAKING_PART = re.compile(r"t(?:ake|akes|aking|ook) part", re.IGNORECASE)
# How far back a build-up phrase's modifiers may reach ("Russia's continued, escalating
# and unprecedented military build-up").
_MODIFIERS_REACH = 100


def forces_named(
    sentence: Sentence, trigger: re.Match[str], activity: Activity, forces: Forces | None
) -> tuple[str, Quantity | None] | None:
    """The forces as written: a build-up or exercise noun stands for them ("Russia's
    military build-up") unless they are its subject or come after it."""
    subject_forces = forces is not None and 0 <= trigger.start() - forces.end <= SUBJECT_GAP
    if _TAKING_PART.fullmatch(trigger.group()) and not subject_forces:
        return None  # "a hearing, with experts and members of parliament taking part"
    if (
        activity in SELF_FORCES
        and not subject_forces
        and (forces is None or forces.end <= trigger.end())
    ):
        phrase_start = _phrase_start(sentence, trigger.start())
        quantity = forces.quantity if forces is not None else None
        return sentence.scan.text[phrase_start : trigger.end()], quantity
    if forces is not None:
        text = sentence.scan.text
        # forces carried from a sentence before ("they will return") are not written here
        told = text[forces.start : forces.end] != forces.text
        start = forces.start if told else noun_phrase_start(text, forces.start)
        return text[start : forces.start] + forces.text, forces.quantity
    return None


# What opens the forces' noun phrase before its head words (the guide's forces "as
# written, trimmed to the noun phrase"): the consignment or column that carries them ("a
# further shipment of", "the second batch of", "a column of"), the sum they are bought with
# ("an additional $400 million in", "a new drawdown of $650 million in"): the head of a
# partitive or of a measure phrase comes before what it measures (Quirk et al. 5.8, 17.45).
_OPENER_ORDINALS = (
    rf"(?:(?:new|further|additional|fresh|{ORDINAL_ALTERNATION}|next|latest|last|final)\s+)*"
)
_NP_OPENING = re.compile(
    r"(?:\b(?:a|an|the|another|more|two|three|four|five|six|\d+)\s+)?"
    + _OPENER_ORDINALS
    + r"(?:(?:shipments?|consignments?|batch(?:es)?|cargo(?:es)?|planeloads?|columns?)\s+of"
    r"|drawdown\s+of\s+\$[\d.,]+\s+(?:million|billion)\s+in"
    r"|\$[\d.,]+\s+(?:million|billion)\s+(?:in|of|worth\s+of))\s+$",
    re.IGNORECASE,
)
_OPENING_REACH = 60


def noun_phrase_start(text: str, start: int) -> int:
    """Where the forces' noun phrase opens, before its head words at ``start``. The
    search, anchored at its end, is tried from every character of the window: it runs
    only where the window holds a word every opening does ("shipment", "batch", "million"
    …; ``literal_gates.search_held``), which few forces phrases have before them."""
    opening = search_held(_NP_OPENING, text, max(0, start - _OPENING_REACH), start)
    return opening.start() if opening is not None else start


def where_to(
    text: str, trigger: re.Match[str], forces: Forces | None, clause_end: int, activity: Activity
) -> str | None:
    """Where the forces go; a supply goes to whom it is given ("provide Ukraine with …",
    "to our army")."""
    if activity != "supply":
        return destination(text, trigger, forces, clause_end)
    return (
        recipient_named(text, trigger, forces)
        or destination(text, trigger, forces, clause_end)
        or supplied_to(text, forces, clause_end)
    )


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


# A noun of a consignment (CAMEO 072's nouns of the transfer) as its clause's subject, on
# its way or arriving, stands for the goods it carries: "more shipments are on their way",
# "new deliveries from Canada are already on their way", "a further consignment from
# Canada is expected next week". A noun with its own of-phrase names what it carries
# ("a shipment of grain"), and one after a modifier of its own kind ("gas deliveries") is
# no weapons.
_CONSIGNMENT = re.compile(r"(?:shipments?|deliver(?:y|ies)|consignments?)", re.IGNORECASE)
_CONSIGNMENT_DETERMINERS = re.compile(
    r"(?:\b(?:the|a|an|more|new|further|another|additional|first|second|third|next|latest|"
    r"its|their|our)\s+){0,3}$",
    re.IGNORECASE,
)
# … the noun phrase opening its clause: after a clause's punctuation or conjunction.
_CLAUSE_BREAK = re.compile(r"(?:[,;:\u2014]|\b(?:and|that|but))\s*$")
_ON_ITS_WAY = re.compile(
    r"(?:\s+(?:from|under)\s+[^.;:,]{1,40}?)?"
    r"\s+(?:(?:is|are|was|were|has|have|had|been|being|will|also|already|now|just)\s+)*"
    r"(?:on\s+(?:its|their)\s+way|arriv(?:e|es|ed|ing)|expected|due|landed)\b"
)
_CONSIGNMENT_REACH = 60
# … or delivered in full, when it is a package's before the one told (the US fact sheets'
# "Deliveries under the two previous drawdowns have been completed", "Deliveries from the
# earlier packages are complete"): a transfer finished, another than the new package.
_EARLIER_PACKAGE = re.compile(
    r"\s+(?:from|under)\s+(?:the|its|our)\s+(?:[\w-]+\s+)?(?:previous|earlier|prior)\s+"
    r"(?:[\w$-]+\s+){0,2}?(?:packages?|drawdowns?|tranches?)\b",
    re.IGNORECASE,
)
_COMPLETED = re.compile(
    r"(?:,[^.;:,]{1,60},)?\s+(?:(?:is|are|was|were|has|have|had|been|now|already)\s+)+"
    r"completed?\b"
)
ANOTHER = re.compile(
    r"\b(?:more|further|another|additional|new|first|next|second|third)\b", re.IGNORECASE
)

# An additive adverb in the verb group (Quirk et al. 8.116): "Latvia will also send a field
# hospital", "it has also moved air defence units": a movement besides one told, not the
# same one told again.
_ALSO = re.compile(r"\balso\s+(?:[a-z]+\s+){0,2}$")
_ALSO_REACH = 30


def besides(text: str, clause_start: int, trigger_start: int) -> bool:
    """Whether "also" in the trigger's verb group tells another movement of the same party."""
    return (
        _ALSO.search(text, max(clause_start, trigger_start - _ALSO_REACH), trigger_start)
        is not None
    )


def consignment(scan: TextScan, trigger: re.Match[str], clause_start: int) -> Forces | None:
    """The goods a consignment noun subject stands for, as its noun phrase."""
    if _CONSIGNMENT.fullmatch(trigger.group()) is None:
        return None
    text = scan.text
    window = max(clause_start, trigger.start() - _CONSIGNMENT_REACH)
    opening = _CONSIGNMENT_DETERMINERS.search(text, window, trigger.start())
    if opening is None or (
        _ON_ITS_WAY.match(text, trigger.end()) is None
        and not completed_earlier(text, trigger.end())
    ):
        return None
    start = opening.start()
    if text[clause_start:start].strip() and not _CLAUSE_BREAK.search(text, window, start):
        return None
    return Forces(start, trigger.end(), text[start : trigger.end()], "weapons", None)


def completed_earlier(text: str, end: int) -> bool:
    """Whether the consignment noun ending at ``end`` is an earlier package's, delivered in
    full: "Deliveries from the previous package, approved in February, were completed" (a
    movement besides the package told, and done, whatever the aside's "approved" says)."""
    earlier = _EARLIER_PACKAGE.match(text, end)
    return earlier is not None and _COMPLETED.match(text, earlier.end()) is not None
