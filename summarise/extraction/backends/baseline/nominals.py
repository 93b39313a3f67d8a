"""Positions named by a noun phrase whose owner is another party.

"Zelenskyy expressed gratitude for the consistent position of the Alliance in support of
Ukraine's sovereignty", "welcomed the comment of the President of the United States on the
importance of …", "noted Russia's call for new talks": the speaker reports (and takes a
stance on) a position some other party holds. The guide makes each party's view its own
item, so the owner gets one besides the speaker's. The owner is the party after "of" or
before "'s"; the stance is the head noun's when it names one ("call", "commitment"), else
the cue in what the position is about ("in support of", "on the importance of").
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.arguments import plain_topic, topic_after
from summarise.extraction.backends.baseline.clauses import split_clauses
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import read_stance
from summarise.extraction.backends.baseline.topic_bounds import topic_start
from summarise.schema import Stance

# Head nouns that name a stated position, and the stance the noun itself gives (None: the
# stance is in what the position is about).
_HEAD_STANCE: dict[str, Stance | None] = {
    "position": None,
    "stance": None,
    "comment": None,
    "comments": None,
    "remarks": None,
    "statement": None,
    "statements": None,
    "call": "demand",
    "calls": "demand",
    "demand": "demand",
    "demands": "demand",
    "appeal": "demand",
    "proposal": "demand",
    "proposals": "demand",
    "commitment": "commit",
    "readiness": "commit",
    "assurance": "commit",
    "assurances": "commit",
    "support": "support",
}
_HEADS = "|".join(sorted(_HEAD_STANCE, key=len, reverse=True))
# "the (consistent|principled) position of", with up to two modifiers.
_OF_FORM = re.compile(
    rf"\b(?:the|a)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{_HEADS})\s+of\s+(?=[A-Z]|the\s)",
    re.IGNORECASE,
)
# After the owner: "'s (firm) call for", with up to two modifiers.
_POSSESSED = re.compile(
    rf"(?:['\u2019]s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<head>{_HEADS})\b", re.IGNORECASE
)
# The speaker's stances that dispute the position named rather than report it.
_DISPUTED: frozenset[Stance] = frozenset({"oppose", "accuse", "deny", "concern", "warn"})
# What links the position to what it is about.
_ABOUT = re.compile(
    r"\s*,?\s*(?:in support of|in favou?r of|as regards|with regard to|regarding|"
    r"concerning|on|for|to|that|against|about)\b",
    re.IGNORECASE,
)


def nominal_positions(
    text: str, sentence: Sentence, claim: Claim
) -> list[tuple[ActorRef, Stance, str, tuple[int, int]]]:
    """(owner, stance, topic, evidence) of each position the claim names as another
    party's, in the claim's own span."""
    assert claim.holder is not None
    if sentence.question or (claim.holder.is_person and claim.holder.country is None):
        return []  # a speaker of no known state: whose side a position is cannot be told
    found: list[tuple[ActorRef, Stance, str, tuple[int, int]]] = []
    pieces = split_clauses(sentence.scan, claim.start, claim.end)
    for start, owner, head, after in _named_positions(text, sentence.mentions, claim):
        if owner.side == claim.holder.side:
            continue  # the speaker's own side: their own position, read as such already
        piece_start, piece_end = next(
            ((a, b) for a, b in pieces if a <= start < b), (claim.start, claim.end)
        )
        speaker = read_stance(sentence.scan, piece_start, piece_end, speech_predicate=claim.says)
        if speaker is not None and speaker.stance in _DISPUTED:
            continue  # "said Russia's demands are unacceptable": a charge, not a report
        about = _ABOUT.match(text, after, piece_end)
        if about is None:
            continue
        stance = _HEAD_STANCE[head.lower()]
        topic_from = about.end()
        if stance is None:
            cue = read_stance(sentence.scan, about.start(), piece_end, speech_predicate=False)
            if cue is None or cue.stance == "other":
                continue
            stance = cue.stance
            # "on the importance of maintaining …": the issue is what the cue governs.
            topic_from = topic_start(text, (cue.start, cue.end), stance, about.end(), piece_end)
        topic = topic_after(text, topic_from, piece_end)
        if topic is None:
            continue
        end = piece_end
        while end > start and text[end - 1] in ' \t\n,;:.\u201d"':
            end -= 1
        found.append((owner, stance, plain_topic(topic), (start, end)))
    return found


def _named_positions(
    text: str, mentions: list[Mention], claim: Claim
) -> list[tuple[int, ActorRef, str, int]]:
    """Where each "the position of X" / "X's call" starts, X, the head noun and where the
    phrase goes on after it."""
    named: list[tuple[int, ActorRef, str, int]] = []
    owners = [m for m in mentions if m.ref is not None and m.kind in ("person", "office", "body")]
    for m in _OF_FORM.finditer(text, claim.start, claim.end):
        owner = next((o for o in owners if m.end() <= o.start <= m.end() + 4), None)
        if owner is not None and owner.ref is not None:
            named.append((m.start(), owner.ref, m["head"], owner.end))
    for o in owners:
        if not o.possessive or not claim.start <= o.start < claim.end or o.ref is None:
            continue
        head = _POSSESSED.match(text, o.end, claim.end)
        if head is not None:
            named.append((o.start, o.ref, head["head"], head.end()))
    return named
