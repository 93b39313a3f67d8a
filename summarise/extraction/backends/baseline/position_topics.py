"""Position topics: what a stance trigger governs, read into a ``Topic``.

The words a trigger governs come in a few shapes, and each reads differently in a
summary (see ``topic``): a noun phrase, an action ("the need to [include Ukraine]"), a
party asked to act or accused ("urged [Russia] to [step back]", "accused [the US] of
[...]"), a reported clause, or a stance noun after "be". This reader tells them apart;
``noun_topics`` and ``clause_topics`` read each one.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.clause_topics import ClauseTopicReader
from summarise.extraction.backends.baseline.context import Sentence
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.phrases import phrase, trim_end, trim_start
from summarise.extraction.backends.baseline.reader import Span
from summarise.extraction.backends.baseline.topic import Topic
from summarise.extraction.backends.baseline.verbforms import looks_like_verb
from summarise.extraction.backends.baseline.words import join

_CHARGES = frozenset({"of", "for", "over"})


def position_topic(
    sentence: Sentence, trigger: re.Match[str], stance: str, holder: ActorKey
) -> Topic:
    """The topic of the stance ``trigger`` states, held by ``holder``."""
    return _PositionReader(sentence, holder, stance).read(trigger)


class _PositionReader(ClauseTopicReader):
    def read(self, trigger: re.Match[str]) -> Topic:
        """The first shape that reads: a predicate, an issue noun, a stance noun's
        complement, a modal's action, then whatever the trigger governs; a trigger that
        governs nothing usable still gets a ``none`` topic so a summary can be made."""
        g = self.grammar
        start, after = self.index(trigger.start()), self.index(trigger.end())
        words = trigger.group().lower().split()
        head = next((w for w in reversed(words) if w not in g.prepositions), words[-1])
        copula = self.copula_before(start, words)
        topic = self.predicative(copula) if copula is not None else None
        if topic is None and head in g.issue_nouns:
            topic = self.issue(start, after)
        j = self.skip_light(after)
        if topic is None and head in g.complement_nouns and words[-1] not in g.prepositions:
            topic = self._complement(j)
        if topic is None and words[-1] in g.modals:
            topic = self._action(j, self._agent_before(start))
        if topic is None:
            ends_in_preposition = words[-1] in g.prepositions and words[-1] != "to"
            topic = self._governed(j, words[-1] == "to", clause_ok=not ends_in_preposition)
        return topic if topic.text else self._none(start, after)

    def _complement(self, j: int) -> Topic:
        """What a stance noun is about: "concern [about X]", "possibility [that X]",
        "concern [a build-up of troops] signalled ..."."""
        g = self.grammar
        nxt = self.tokens[j].lower if j < len(self.tokens) else ""
        if nxt in g.complement_prepositions:
            return self._governed(j + 1, nxt == "to", clause_ok=False)
        if nxt == "that":
            return self.clause(j + 1, relative_possible=True)
        if self.clause_at(j):
            return self.clause(j, relative_possible=True)
        return self.noun(j)

    def _governed(self, j: int, after_to: bool, *, clause_ok: bool = True) -> Topic:
        """What a verb (or a noun with its preposition) governs, from ``tokens[j]``. After
        a preposition it is a noun phrase, never a clause ("full trust in [some of our
        partners] and the United Kingdom is one of them")."""
        tokens, g = self.tokens, self.grammar
        if j >= len(tokens) or not tokens[j].is_word:
            return Topic("")
        if (after_to and looks_like_verb(tokens, j, g)) or self._to_verb(j):
            action = self._action(j + (tokens[j].lower == "to"), None)
            if action is not None:
                return action
        if tokens[j].lower == "that":
            return self.clause(j + 1)
        obj = self._object_at(j)
        if obj is not None:
            return self._after_object(j, obj)
        if clause_ok and self.clause_at(j):
            return self.clause(j)
        return self.noun(j)

    def _to_verb(self, i: int) -> bool:
        """Whether an infinitive starts at ``tokens[i]``: "to" alone may as well be a
        preposition ("commitment to Ukraine")."""
        tokens = self.tokens
        return (
            i < len(tokens)
            and tokens[i].lower == "to"
            and looks_like_verb(tokens, i + 1, self.grammar)
        )

    def _object_at(self, j: int) -> int | None:
        """The token index after a party named at ``tokens[j]`` (or after "the"), when it
        is a party in its own right: not a modifier, a possessor, a pronoun or the holder."""
        tokens = self.tokens
        m = self.mentions.get(tokens[j].start)
        if m is None and tokens[j].lower == "the" and j + 1 < len(tokens):
            m = self.mentions.get(tokens[j + 1].start)
        if m is None or m.modifier or m.possessive or m.pronoun or m.actor == self.holder:
            return None
        return self.index(m.end)

    def _after_object(self, j: int, end: int) -> Topic:
        """A party right after the trigger: the one asked to act ("urged Russia to step
        back"), the subject of what follows ("opposes Ukraine joining NATO", "glad Mr
        Johnson was keeping ..."), the one accused ("accused the US of ..."), or the one
        addressed before a reported clause ("warned Ukraine's president there is ...")."""
        tokens, g = self.tokens, self.grammar
        obj = self.span(j, end)
        agent = join(tokens[j:end])
        if end >= len(tokens):
            return self.noun(j, addressee=obj)
        if self._to_verb(end):
            action = self._action(end + 1, (agent, obj))
            if action is not None:
                return action
        k = end
        while k + 1 < len(tokens) and g.adverb(tokens[k].lower):
            k += 1
        if tokens[k].lower.endswith("ing") and not tokens[k].capitalised:
            return self.noun(j, addressee=obj, subject=obj)
        if self.stance == "accuse" and tokens[end].lower in _CHARGES:
            return self._charge(end + 1, agent, obj)
        if tokens[end].lower in g.auxiliaries:
            return self.clause(j, addressee=obj)
        end = self._extend_object(end)
        if end < len(tokens) and (tokens[end].lower == "that" or self.clause_at(end)):
            return self.clause(end + (tokens[end].lower == "that"), addressee=obj)
        if not phrase(tokens[end:], g) or tokens[end].lower == "to":
            return self.noun(j, addressee=obj, limit_to=end)
        return self.noun(end, addressee=obj)

    def _extend_object(self, end: int) -> int:
        """Over "Chancellor Olaf Scholz [of Germany]" and "Poland [and Germany]", which
        are still the party addressed, not the topic."""
        tokens = self.tokens
        while end + 1 < len(tokens) and tokens[end].lower in ("of", "and", ","):
            nxt = end + 1 + (tokens[end + 1].lower == "the")
            m = self.mentions.get(tokens[nxt].start) if nxt < len(tokens) else None
            if m is None or m.modifier:
                break
            end = self.index(m.end)
        return end

    def _charge(self, i: int, agent: str, obj: Span) -> Topic:
        """What a party is accused of: "of [trying to provoke Moscow]", "for [the
        rising tensions]"."""
        words = phrase(self.tokens[i:], self.grammar)
        if not words:
            return Topic("", addressee=obj)
        charge = join(words)
        if words[0].lower.endswith("ing"):
            return Topic(
                f"{agent} {charge}",
                form="agent_gerund",
                action=charge,
                agent=agent,
                addressee=obj,
                subject=obj,
            )
        return Topic(charge, form="noun_agent", agent=agent, addressee=obj)

    def _action(self, j: int, agent: tuple[str, Span] | None) -> Topic | None:
        """An action from its verb at ``tokens[j]``, and the party to do it if one was
        named; None when no verb starts there."""
        found = self.action(j)
        if found is None:
            return None
        words, gerund = found
        end = self.end_index(words)
        text = join(gerund)
        topic = Topic(
            f"{agent[0]} {text}" if agent else text,
            form="agent_action" if agent else "action",
            action=join(words),
            agent=agent[0] if agent else "",
            addressee=agent[1] if agent else None,
            subject=agent[1] if agent else None,
            head=self.head(j + 1, end) if len(words) > 1 else None,
            head_names=False,
            against=self.against(j, end),
        )
        return self.with_condition(topic, end)

    def _agent_before(self, start: int) -> tuple[str, Span] | None:
        """Who a modal trigger is about: "[both the world community and Ukraine] must
        prepare"; nobody when it is the holder or a pronoun ("we will continue to")."""
        g = self.grammar
        first = self.phrase_start_before(start)
        words = trim_end(trim_start(self.tokens[first:start], g), g)
        if not words or self.holder_or_pronoun(words):
            return None
        return join(words), self.span(self.index(words[0].start), self.end_index(words))

    def _none(self, start: int, after: int) -> Topic:
        """The trigger's own words, for a summary that says only what kind of stance
        was taken."""
        words = [t for t in self.tokens[start:after] if t.is_word]
        return Topic(join(words), form="none")
