"""A sentence as the item rules read it: its mentions, and the claims attribution made.

A claim is a stretch of the sentence given to a holder in one of three voices:

- ``speech``: the holder's own words (a quotation, a transcript turn, a statement's "we");
- ``reported``: the narrator reports the holder's words or stance ("X stressed that …");
- ``joint``: parties speaking together ("The leaders discussed …"), the outcome of a
  contact and nobody's position.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.scan import TextScan

Voice = Literal["speech", "reported", "joint"]


@dataclass(slots=True)
class Claim:
    """A stretch of a sentence attributed to a holder."""

    voice: Voice
    holder: ActorRef | None
    via: ActorRef | None
    start: int
    end: int
    subject: Mention | None = None
    predicate: tuple[int, int] | None = None
    quoted: bool = False
    # The predicate is a verb of saying ("noted that"): a position even with no stance cue.
    says: bool = False
    # The predicate is a passive at the end ("… was underscored"): the stance is before it.
    passive: bool = False
    # The reporting clause stands apart from the statement ("…, Jan Nowak warned", "As Jan
    # Nowak noted, …"): the claim is the statement alone, the predicate outside it.
    postposed: bool = False
    # The sentence goes on with the argument of the one before ("At the same time, …"):
    # the last reported speaker's.
    continued: bool = False
    # A joint statement's signers speak together ("The Parties call on …"): what they
    # agree to is agreed with each other.
    together: bool = False
    # The body the speaker's sentence names as acting ("the Treasury Department is
    # designating …" in an official's briefing turn): it takes the items the speaker's
    # words make, and admits none of its own (``held``).
    actor: ActorRef | None = None

    def held(self) -> tuple[ActorRef, ActorRef | None]:
        """Who holds an item this claim makes, and via whom: the acting body via the
        official who speaks for it (the speaker's principal's voice if they have one, else
        the official), else the claim's own holder. The acting body only re-attributes:
        whether a clause is an item at all is read with the speaker as its holder, as it
        was before the body was named, so naming a department admits nothing new."""
        assert self.holder is not None, "only a claim with a holder holds items"
        if self.actor is None:
            return self.holder, self.via
        return self.actor, self.via or (self.holder if self.holder.is_person else None)


def cut_out(
    claims: list[Claim], start: int, end: int, taker: ActorRef | None = None
) -> list[Claim]:
    """``claims`` with ``[start, end)`` cut out of each, so that another holder can take that
    stretch (a relative clause of saying, the words after a sayer's colon): what a claim
    holds before ``start`` and after ``end`` stays its holder's. ``taker``: the holder who
    takes the stretch, whose own claim does not run on past it (a frame's claim "X has been
    clear" ends at its colon)."""
    kept: list[Claim] = []
    for c in claims:
        if c.end <= start or c.start >= end:
            kept.append(c)
            continue
        if c.start < start:
            kept.append(replace(c, end=start))
        if c.end > end and (taker is None or c.holder != taker):
            kept.append(replace(c, start=end))
    return kept


def relay(
    s: Sentence,
    sayer: Mention,
    statement: tuple[int, int],
    verb: tuple[int, int],
    *,
    cut_from: int | None = None,
    speech_only: bool = False,
    says: bool = False,
) -> None:
    """Gives ``statement`` to ``sayer``'s person as a view relayed by whoever holds the
    sentence's words there (a fronted "As the President has said, …", a frame before a
    colon "The President has been clear: …"; the guide: a view a speaker attributes to
    another party is theirs), and cuts it out of the claims the sentence has from
    ``cut_from`` (the statement's start unless given: a colon goes with the content). Left
    as it is when no claim covers the statement's start or every covering one is already
    the sayer's; ``speech_only``: only the speaker's own words are relayed, not a
    narrator's report."""
    holder = sayer.principal or sayer.ref
    if holder is None:
        return
    start, end = statement
    covering = [
        c
        for c in s.claims
        if c.holder is not None
        and c.start <= start < c.end
        and (not speech_only or c.voice == "speech")
    ]
    if not covering or all(c.holder == holder for c in covering):
        return
    via = next((c.via for c in covering if c.holder != holder), None)
    kept = cut_out(s.claims, start if cut_from is None else cut_from, end, holder)
    kept.append(Claim("reported", holder, via, start, end, sayer, verb, says=says, postposed=True))
    s.claims = kept


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    mentions: list[Mention]
    scan: TextScan = field(repr=False)
    claims: list[Claim] = field(default_factory=list)
    speaker: ActorRef | None = None
    turn: bool = False
    # Whom a transcript turn's "you" stands for: the other party of the exchange.
    addressee: ActorRef | None = None
    question: bool = False
    # In a journalist's turn ("Q", "Question:"): never evidence of anything (the guide),
    # even where it states a fact.
    journalist: bool = False
    # The sentence's grammatical subject, and whom "I"/"we" stand for in it.
    subject: Mention | None = None
    first_person: ActorRef | None = None

    @property
    def text(self) -> str:
        return self.scan.text
