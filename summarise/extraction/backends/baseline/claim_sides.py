"""Whose side a claim is on, for the attribution stage: a department of the voice's own
state, a party the speaker characterises, a request made of the speaker."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.denials import denied_neutrally, denies
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import WORD, window_after
from summarise.extraction.backends.baseline.refs import ActorRef, government
from summarise.extraction.backends.baseline.sentence import Claim
from summarise.extraction.backends.baseline.speakers import Speaker


def department(ref: ActorRef) -> bool:
    """A ministry or department of a government, not the state or its government as a
    whole: the guide gives a measure to "the body the sentence names" ("The Department of
    Commerce will …" → US Department of Commerce), also in a document the state issues."""
    return ref.kind == "government" and ref.country is not None and ref != government(ref.country)


def same_side(mention: Mention, holder: ActorRef) -> bool:
    return mention.ref is not None and mention.ref.side == holder.side


# The speaker as the object of another's stance verb: "asked me for", "urged us to".
_OF_SPEAKER = re.compile(r"\b(?:me|us)\b", re.IGNORECASE)
_OBJECT_REACH = 4


def made_of_speaker(text: str, claim: Claim) -> bool:
    """A request or stance another party addressed to the speaker ("Anna Berg asked me for
    a meeting"): the speaker reports it, and it is no stance of theirs."""
    if claim.predicate is None:
        return False
    start, end = claim.predicate
    return _OF_SPEAKER.search(text, start, window_after(text, end, _OBJECT_REACH)) is not None


# The speaker asked to do something: "asked me to help secure fuel deliveries", "urged us
# to send more ammunition".
_TO_ACT = re.compile(r"\b(?:me|us)\s+to\s+(?=[a-z])", re.IGNORECASE)
_TO_ACT_REACH = len(" me to ") + 1


def asked_to_act(text: str, claim: Claim) -> bool:
    """A request another party made of the speaker to do something ("he asked me to help
    secure fuel deliveries for the army"): that party's demand, which the speaker reports
    (the guide: a view a speaker attributes to another party is theirs). A request to meet
    or visit ("asked me for a meeting", "asked me to come to Kyiv": the lexicon's contact
    modes) is the contact's."""
    if claim.predicate is None:
        return False
    start, end = claim.predicate
    to = _TO_ACT.search(text, start, end + _TO_ACT_REACH)
    return to is not None and load_lexicon().contact_modes.match(text, to.end(), len(text)) is None


# A finite complement clause after the verb, perhaps past the one it was said to: "he
# promised that …", "Warsaw assured us that …".
_THAT_CLAUSE = re.compile(r"\s+(?:(?:me|us|him|her|them)\s+)?that\b")


def characterised(text: str, claim: Claim, speaker: Speaker) -> bool:
    """ "Russia must end the blockade", "Russia refuses to talk" in someone's own words:
    the speaker's demand or charge about another side, not that side's stance. A verb of
    saying ("Russia said that …") passes the words on to the party named, and so does a
    verb of stance with a that-clause ("he promised that …", "Moscow insists that …"):
    only a speech act or an attitude takes a clause of what was said or held (Quirk et al.
    16.31), and an act of conduct ("refuses to talk") does not. A verb that is a speech act
    or an attitude whatever it takes ("asked for guarantees", "he supports this decision",
    ``voices_own``) passes them on too, unless it is made of the speaker ("asked me for a
    meeting", ``made_of_speaker``), which the caller drops; a request of the speaker to act
    ("asked me to help secure fuel", ``asked_to_act``) is passed on as the asker's."""
    return (
        claim.voice == "reported"
        and not claim.says
        and claim.holder is not None
        and speaker.ref is not None
        and claim.holder.side != speaker.ref.side
        and not takes_that_clause(text, claim)
        and not (
            voices_own(text, claim)
            and (not made_of_speaker(text, claim) or asked_to_act(text, claim))
        )
    )


def voices_own(text: str, claim: Claim) -> bool:
    """A predicate that is a speech act or an attitude with a noun or an infinitive after
    it ("asked for", "called on", "supports", "rejected"): its subject states a stance of
    its own, which another's words only report (grammar.toml's `voicing_verbs`). A denial
    is one only of what is named neutrally (``denials``)."""
    if claim.predicate is None:
        return False
    verb = WORD.match(text, claim.predicate[0], claim.predicate[1])
    if verb is None or verb.group().lower() not in load_grammar().voicing_verbs:
        return False
    return not denies(text, verb.span()) or denied_neutrally(text, verb.end())


def takes_that_clause(text: str, claim: Claim) -> bool:
    """A verb with a finite clause of what was said or held ("assured him that …",
    "insists that …") is a speech act or an attitude (Quirk et al. 16.31), whoever holds
    it: one test for the characterised claim here and another side's report in a second
    clause (``second_clauses``)."""
    return claim.predicate is not None and _THAT_CLAUSE.match(text, claim.predicate[1]) is not None


def names_department(
    subject: Mention, inside: Speaker | None, voice: Speaker | None, turn: Speaker | None
) -> bool:
    """A ministry or department of the speaker's own state as the subject of a sentence in
    the document's voice or in a briefing turn ("the Department of Commerce imposed …",
    "today the Treasury Department is designating …" in an official's turn: the guide gives
    the act to the body the sentence names, and the official is its voice), not in a
    quotation, where the speaker's words are theirs."""
    ref = subject.ref
    return (
        inside is not None
        and (inside is voice or inside is turn)
        and inside.ref is not None
        and subject.kind == "body"
        and ref is not None
        and department(ref)
        and ref.side == inside.ref.side
    )
