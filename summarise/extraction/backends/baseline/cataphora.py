"""Attribution told after the statement: "This was stated by X" gives the sentence before
to X, and is no statement itself; where that sentence names its own holder, a state whose
official X is ("Russia continues to seek …. This was stated by Presidential Aide X"), the
state holds it and X is its voice, as the guide reads a spokesperson ("Spokespeople":
the holder is the principal and ``via`` the voice).
"""

from __future__ import annotations

import itertools

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Claim, Sentence


def stated_by(sentences: list[Sentence], scan: TextScan) -> None:
    """ "This was stated by X": the sentence before is X's (or X's state's, via X), and
    this one nobody's."""
    cataphoric = load_lexicon().cataphoric
    for prev, s in itertools.pairwise(sentences):
        hit = scan.at(cataphoric, s.start, s.end)
        if hit is None:
            continue
        after = next((m for m in s.mentions if m.start >= hit.end() and m.ref), None)
        if after is None or after.ref is None:
            continue
        s.claims = []
        own = [c for c in prev.claims if _voiced_by(c, after.ref)]
        if own:
            for claim in own:
                claim.via = after.ref
            continue
        prev.claims = [c for c in prev.claims if c.voice == "joint"]
        prev.claims.append(Claim("reported", after.ref, None, prev.start, prev.end, after))


def _voiced_by(claim: Claim, person: ActorRef) -> bool:
    """A claim whose holder is the state or government the sentence itself names as its
    subject, stated by a person of that state: the person is its voice, not its holder."""
    holder = claim.holder
    return (
        claim.voice == "reported"
        and claim.subject is not None
        and claim.subject.kind == "body"
        and holder is not None
        and holder.kind in ("state", "government")
        and person.is_person
        and person.country == holder.country
    )
