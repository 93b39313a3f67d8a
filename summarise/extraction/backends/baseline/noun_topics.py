"""Noun-phrase topics: "concern about [the continuing tensions]", and a stance noun that
is itself the issue ("[massive economic consequences] [if Moscow invades]").

Besides the phrase, the reader marks the spans that may name the position's target: the
phrase's first noun ("further [Russian] incursion"), what a threat is aimed at
("sanctions [on the Russian leadership]") and a threat's condition. A name elsewhere in
the phrase is only part of the issue.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.context import Sentence
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.phrase_ends import clause_after
from summarise.extraction.backends.baseline.phrases import (
    TOPIC_WORDS,
    cap,
    phrase,
    phrase_preposition,
    trim_end,
    trim_start,
)
from summarise.extraction.backends.baseline.reader import SentenceReader, Span
from summarise.extraction.backends.baseline.threat_conditions import condition_after
from summarise.extraction.backends.baseline.topic import Topic
from summarise.extraction.backends.baseline.words import join

# Past this, "and" after a stance noun joins a new phrase, not a second noun.
_COORDINATED_WORDS = 4
# Prepositions that attach what a stance noun is about: "sanctions on Russia".
_ISSUE_PREPOSITIONS = frozenset({"on", "against", "over", "for", "of", "to", "towards", "toward"})
_AGAINST = frozenset({"on", "against"})


class NounTopicReader(SentenceReader):
    """Reads the topics of one stance held by ``holder``: the holder is never the
    stance's own target, and only a threat keeps a condition."""

    def __init__(self, sentence: Sentence, holder: ActorKey, stance: str) -> None:
        super().__init__(sentence)
        self.holder = holder
        self.stance = stance

    def noun(
        self,
        j: int,
        *,
        addressee: Span | None = None,
        subject: Span | None = None,
        limit_to: int | None = None,
    ) -> Topic:
        """The noun phrase from ``tokens[j]`` (up to ``tokens[limit_to]``), with the
        parties already found outside it."""
        words = phrase(self.tokens[j:limit_to], self.grammar)
        if not self.says_something(words):
            return Topic("", addressee=addressee)
        first, end = self.index(words[0].start), self.end_index(words)
        topic = Topic(
            self.text(words),
            addressee=addressee,
            subject=subject,
            head=self.head(first, end),
            against=self.against(first, end),
        )
        return self.with_condition(topic, end)

    def head(self, first: int, end: int) -> Span | None:
        """The first noun phrase of a topic, coordinated ones included: up to its first
        preposition other than "of" ("build-up of about 100,000 Russian troops | near
        Ukraine"). A party named there is what the topic is about; one named after it
        is circumstance ("near Ukraine")."""
        prepositions = self.grammar.prepositions
        stop = first + 1
        while stop < end and not (
            self.tokens[stop].lower in prepositions
            and phrase_preposition(self.tokens, stop, self.grammar)
        ):
            stop += 1
        return self.span(first, stop) if stop > first else None

    def against(self, first: int, end: int) -> Span | None:
        """What a threat is aimed at: "sanctions [on the Russian leadership]"."""
        for i in range(first, end - 1):
            if self.tokens[i].lower in _AGAINST:
                return self.span(i + 1, end)
        return None

    def issue(self, start: int, after: int) -> Topic:
        """A stance noun that is the issue itself, between ``tokens[start]`` and
        ``tokens[after]``: "sanctions" alone says little, so it keeps its modifiers, a
        coordinated noun, what it is on or against, and for a threat its condition."""
        g, tokens = self.grammar, self.tokens
        first = start
        while first > 0:
            token = tokens[first - 1]
            if token.possessive and token.is_word:
                first -= 1
                break
            joined = token.lower in ("and", ",") and first > 1 and g.modifier(tokens[first - 2])
            modifies = g.modifier(token) or self._noun_modifier(first - 1)
            if not (joined or (modifies and not self._holder_at(first - 1))):
                break
            first -= 1
        end = after
        if end < len(tokens) and tokens[end].lower in ("and", "or"):
            more = (
                []
                if clause_after(tokens, end, g)
                else phrase(tokens[end + 1 :], g, limit=_COORDINATED_WORDS)
            )
            end = self.end_index(more) if more else end
        against: Span | None = None
        if end < len(tokens) and tokens[end].lower in _ISSUE_PREPOSITIONS:
            target = phrase(tokens[end + 1 :], g)
            if target:
                if tokens[end].lower in _AGAINST:
                    against = self.span(self.index(target[0].start), self.end_index(target))
                end = self.end_index(target)
        words = cap(trim_end(trim_start(tokens[first:end], g), g), g, TOPIC_WORDS)
        topic = Topic(join(words), head=self.span(first, after), against=against)
        return self.with_condition(topic, self.end_index(words))

    def _noun_modifier(self, i: int) -> bool:
        """A plain word that modifies the noun after it ("severe [trade] sanctions"),
        told from a verb ("impose [trade] sanctions" keeps only "sanctions") by an
        adjective or a determiner before it."""
        g, token = self.grammar, self.tokens[i]
        if i == 0 or not token.is_word or token.capitalised or g.function_word(token.lower):
            return False
        if token.lower.endswith(("ing", "ed")) or g.adverb(token.lower):
            return False
        before = self.tokens[i - 1]
        return before.lower in g.determiners or (g.modifier(before) and not before.capitalised)

    def _holder_at(self, i: int) -> bool:
        """Whether the holder is named at ``tokens[i]``: when the UK threatens "[British]
        sanctions" the word says whose the threat is, not what it is about."""
        m = self.mentions.get(self.tokens[i].start)
        return m is not None and m.actor == self.holder

    def with_condition(self, topic: Topic, end: int) -> Topic:
        """The topic ending at ``tokens[end]``, with a threat's condition after it:
        "sanctions if Russia attacks", "retaliatory measures if demands are not met"."""
        if self.stance != "threaten" or not topic.text:
            return topic
        found = condition_after(self.tokens, end, self.grammar)
        if found is None:
            return topic
        words, condition = found
        return topic._replace(
            text=f"{topic.text} {words}",
            action=f"{topic.action} {words}" if topic.action else "",
            condition=condition,
        )
