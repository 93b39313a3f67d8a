"""One sentence as the item rules see it: its mentions, its speaker and its clauses.

The rules are shallow on purpose (no parser): a clause is the stretch between
punctuation and subordinating words, a subject is the nearest earlier mention in a
subject position, an object the first mention after a trigger in the same clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarise.extraction.backends.baseline.coref import Mention
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.quotes import QuoteZones
from summarise.extraction.backends.baseline.triggers import Lexicon
from summarise.extraction.backends.baseline.words import Token, tokenise

# Clause boundaries: strong punctuation, or a word that opens a subordinate clause.
_CLAUSE_BREAK = re.compile(
    r"[;:\u2013\u2014()]|\s-\s|,\s+(?=(?:and|but|while|as|which|who|where|saying|including|"
    r"according|following|suggesting|meaning|even)\b)|"
    r"(?<=\s)(?:as|while|but|because|although|after|before|when|where|which|who|whether|"
    r"if|unless|even as|so that|in order to)(?=\s)",
    re.IGNORECASE,
)
# What may stand between a speaker and "said": "Mr X also said", "X has previously said".
_SPEECH_GAP = re.compile(
    r"[\s,]*(?:(?:also|previously|later|then|has|have|had|earlier|again|further|repeatedly|"
    r"publicly|reportedly|yesterday|today|on \w+|last \w+|this \w+|would|will|did|"
    r"once)[\s,]+)*",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    """A sentence of the article with what the rules need to know about it."""

    text: str
    start: int
    end: int
    mentions: list[Mention]
    zones: QuoteZones
    lexicon: Lexicon
    index: int = 0
    speaker: Mention | None = None
    # Lexicon matches in this sentence, found by one scan of the whole article.
    stances: list[re.Match[str]] = field(default_factory=list)
    activities: list[re.Match[str]] = field(default_factory=list)
    contact_modes: list[re.Match[str]] = field(default_factory=list)
    speech: list[re.Match[str]] = field(default_factory=list)
    _breaks: list[tuple[int, int]] | None = field(default=None, repr=False)
    _times: list[re.Match[str]] | None = field(default=None, repr=False)
    _words: tuple[list[Token], list[int]] | None = field(default=None, repr=False)
    _by_start: dict[int, Mention] | None = field(default=None, repr=False)

    @property
    def quote(self) -> str:
        return self.text[self.start : self.end]

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``, as text offsets."""
        if self._breaks is None:
            self._breaks = [
                (m.start(), m.end())
                for m in _CLAUSE_BREAK.finditer(self.text, self.start, self.end)
            ]
        start, end = self.start, self.end
        for break_start, break_end in self._breaks:
            if break_end <= pos:
                start = break_end
            elif break_start >= pos:
                end = break_start
                break
        return start, end

    def subject_before(self, pos: int) -> Mention | None:
        """The nearest earlier mention that can be a subject, in this quotation or outside."""
        zone = self.zones.zone(pos)
        for m in reversed(self.mentions):
            if m.end > pos:
                continue
            if m.subject_ok and (m.zone < 0 or m.zone == zone):
                return m
        return None

    def objects_after(self, pos: int, end: int) -> list[Mention]:
        """Mentions after ``pos`` up to ``end`` that are not mere modifiers."""
        return [m for m in self.mentions if m.start >= pos and m.end <= end and not m.modifier]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def words(self) -> tuple[list[Token], list[int]]:
        """The sentence's tokens from where the topic rules may read, without its time
        expressions ("in the coming days" is an item's ``when``, never part of its
        topic), and where each starts."""
        if self._words is None:
            tokens: list[Token] = []
            pos = self._first_read()
            for m in self.times():
                if m.end() > pos:
                    tokens += tokenise(self.text, pos, m.start())
                    pos = m.end()
            tokens += tokenise(self.text, pos, self.end)
            self._words = tokens, [t.start for t in tokens]
        return self._words

    def _first_read(self) -> int:
        """Where the topic rules may start reading: the start of the first clause that
        holds a stance, or the first contact trigger; what comes before is never read."""
        starts = [self.clause(m.start())[0] for m in self.stances]
        starts += [m.start() for m in self.contact_modes]
        return min(starts, default=self.start)

    def mentions_by_start(self) -> dict[int, Mention]:
        if self._by_start is None:
            self._by_start = {m.start: m for m in self.mentions}
        return self._by_start

    def times(self) -> list[re.Match[str]]:
        """The sentence's time expressions, found once for ``when`` and for topics."""
        if self._times is None:
            self._times = list(self.lexicon.when.finditer(self.text, self.start, self.end))
        return self._times

    def when(self) -> str | None:
        """The sentence's first time expression, as written."""
        times = self.times()
        return times[0].group() if times else None

    def find_speaker(self) -> Mention | None:
        """Who the sentence attributes speech to: "X said", "said X", "according to X"."""
        for verb in self.speech:
            if self.zones.zone(verb.start()) >= 0:
                continue
            before = [
                m for m in self.mentions if m.end <= verb.start() and m.zone < 0 and not m.modifier
            ]
            if before and _SPEECH_GAP.fullmatch(self.text, before[-1].end, verb.start()):
                return before[-1]
            for m in self.mentions:
                if m.start >= verb.end() and not m.modifier:
                    if not self.text[verb.end() : m.start].strip():
                        return m
                    break
            subject = self.subject_before(verb.start())
            if subject is not None and subject.zone < 0:
                return subject
        return None


def principal(mention: Mention) -> tuple[ActorKey, ActorKey | None]:
    """(holder, via): a spokesperson's words are their principal's position."""
    if mention.principal is not None:
        return mention.principal, mention.actor
    return mention.actor, None
