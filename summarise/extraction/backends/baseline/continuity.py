"""The last reported speaker, for the sentences after a report that name nobody.

A readout goes on in the passive ("It was noted that …") and an argument goes on after a
linking adverbial ("At the same time, …") without naming the speaker again, so every claim
attribution makes is remembered here, with its sentence, for the next few sentences to
carry on.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.linking import linking_adverbial
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.subjects import Predicate

# Sentences a passive readout clause may reach back for its speaker.
_CONTINUITY = 3


class LastReported:
    """Kept with its sentence's index because a readout names its speaker once and then
    reaches back only a few sentences (``_CONTINUITY``), an argument only one."""

    def __init__(self) -> None:
        self.held: tuple[int, ActorRef, ActorRef | None] | None = None

    def note(self, s: Sentence, holder: ActorRef, via: ActorRef | None) -> None:
        """``s`` is reported as ``holder``'s (through ``via``): the speaker to carry on."""
        self.held = (s.index, holder, via)

    def claim(
        self,
        s: Sentence,
        subject: Mention,
        predicate: Predicate | None,
        holder: ActorRef | None,
        via: ActorRef | None,
        *,
        together: bool = False,
    ) -> Claim | None:
        """``together``: signers speaking as one (a joint statement's parties)."""
        if holder is None:
            return None
        self.note(s, holder, via)
        span = predicate.span if predicate is not None else None
        says = predicate is not None and predicate.says
        return Claim(
            "reported", holder, via, s.start, s.end, subject, span, says=says, together=together
        )

    def passive(self, s: Sentence) -> Claim | None:
        """ "It was noted that …", "… was underscored": the last reported speaker's."""
        passive = s.scan.first(load_lexicon().passive, s.start, s.end)
        if passive is None or self.held is None:
            return None
        index, holder, via = self.held
        if s.index - index > _CONTINUITY:
            return None
        self.note(s, holder, via)
        return Claim(
            "reported",
            holder,
            via,
            s.start,
            s.end,
            predicate=passive.span(),
            says=True,
            passive=True,
        )

    def continued(self, s: Sentence) -> Claim | None:
        """ "X noted that Kiev sabotages the agreements. At the same time, Western countries
        keep arming it, …": a linking adverbial opening the sentence right after a reported
        one carries on that speaker's argument, whatever its subject."""
        if self.held is None or self.held[0] != s.index - 1:
            return None
        span = linking_adverbial(s.text, s.start, s.end)
        if span is None:
            return None
        _, holder, via = self.held
        self.note(s, holder, via)
        return Claim("reported", holder, via, s.start, s.end, predicate=span, continued=True)
