"""Who claims a movement (the schema's ``claimed_by``): the party whose report tells it.

The guide: a movement a person or party in the document asserts is claimed by them
("Zelenskyy informed about the shelling", "According to NATO, Russia has massed …",
"Moscow claims that several battalions have pulled back"); one the document tells in its
own narrating voice is claimed by nobody, and so is a party's report of its own side's
forces. The report is the innermost clause of saying around the movement (Quirk et al.
14.29, reported speech): its verb of saying or informing, or "according to"; a transcript's
speaker reports what no such clause within their words gives to another. A clause that
thanks, welcomes or discusses takes the movement as given and reports nothing of it.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence


def claimant(text: str, sentence: Sentence, pos: int, actor: ActorRef) -> ActorRef | None:
    """Who claims the movement told at ``pos`` whose forces are ``actor``'s: the holder of
    the innermost report around it, else the sentence's speaker, unless of the mover's
    own side."""
    reports = [c for c in sentence.claims if c.start <= pos < c.end and _reports(text, c)]
    holder = min(reports, key=lambda c: c.end - c.start).holder if reports else sentence.speaker
    if holder is None or holder.side == actor.side:
        return None
    return holder


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
