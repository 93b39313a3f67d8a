"""Who claims a movement (the schema's ``claimed_by``): the party whose report tells it.

The guide: a movement a person or party in the document asserts is claimed by them
("Zelenskyy informed about the shelling", "According to NATO, Russia has massed …",
"Moscow claims that several battalions have pulled back"); one the document tells in its
own narrating voice is claimed by nobody, and so is a party's report of its own side's
forces. The report is the innermost clause of saying around the movement (Quirk et al.
14.29, reported speech): its verb of saying or informing, or "according to"; a transcript's
speaker reports what no such clause within their words gives to another. A clause that
thanks, welcomes or discusses takes the movement as given and reports nothing of it.

A document in someone's own name is no narrator: an address or statement a person signs
(Biden's statement, Zelenskyy's address) and a joint statement its signers issue as a
group ("We the Leaders of the G7") assert what they tell, so a movement in their own words
is claimed by them (the guide's "Who claims a movement"), unless of their own side, a
signer's included. A spokesperson's statement is written as a readout, in the narrator's
voice, and a fact sheet is the publisher's narration: those claim nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.signatories import signer_sides
from summarise.extraction.backends.baseline.speakers import Speaker


@dataclass(frozen=True)
class OwnVoice:
    """Who speaks a document in their own name, and the sides they stand for (a joint
    statement's signers each stand for their own)."""

    ref: ActorRef
    sides: frozenset[str]


def own_voice(text: str, frame: Frame, voice: Speaker | None) -> OwnVoice | None:
    """The person an address or statement is signed by, or the group a joint statement is
    issued by; None where the voice is a state's (a spokesperson's statement, an
    institution's, a fact sheet)."""
    ref = voice.ref if voice is not None else None
    if ref is None:
        return None
    if frame.kind == "statement" and ref.is_person:
        return OwnVoice(ref, frozenset({ref.side}))
    if frame.kind == "joint":
        return OwnVoice(ref, signer_sides(text, frame.title, frame.home) | {ref.side})
    return None


def claimant(
    text: str, sentence: Sentence, pos: int, actor: ActorRef, voice: OwnVoice | None = None
) -> ActorRef | None:
    """Who claims the movement told at ``pos`` whose forces are ``actor``'s: the holder of
    the innermost report around it, else the sentence's speaker, else the document's own
    ``voice`` where its words tell it, unless of the mover's own side."""
    reports = [c for c in sentence.claims if c.start <= pos < c.end and _reports(text, c)]
    if reports:
        holder = min(reports, key=lambda c: c.end - c.start).holder
    elif sentence.speaker is not None:
        holder = sentence.speaker
    elif voice is not None and _in_words_of(sentence, pos, voice.ref):
        return None if actor.side in voice.sides else voice.ref
    else:
        return None
    if holder is None or holder.side == actor.side:
        return None
    return holder


def _in_words_of(sentence: Sentence, pos: int, ref: ActorRef) -> bool:
    """Whether a claim of ``ref``'s covers ``pos``: the document's voice speaks there."""
    return any(c.holder == ref and c.start <= pos < c.end for c in sentence.claims)


def _reports(text: str, claim: Claim) -> bool:
    """A claim told by a verb of saying or informing, or by "according to"."""
    if claim.voice != "reported" or claim.holder is None or claim.predicate is None:
        return False
    if claim.says:
        return True
    start = claim.predicate[0]
    lexicon = load_lexicon()
    return any(
        words.full.match(text, start) is not None
        for words in (lexicon.speech, lexicon.inform, lexicon.postposed)
    )
