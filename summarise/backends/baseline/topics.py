"""Position topics: the issue a stance is about, as a short phrase an analyst can read.

The reader looks at the words a trigger governs and tells apart the shapes that read
differently in a summary (``Topic.form``, which picks the summary template):

- ``noun``: "concern about [the continuing tensions in Eastern Europe]";
- ``action``: "the need to [include Ukraine in talks]" -> topic "including Ukraine in
  talks", summary "stressed the need to include Ukraine in talks";
- ``agent_action``: "urged [Russia] to [step back]" -> "Russia stepping back";
- ``agent_gerund`` and ``noun_agent``: "accused [the US] of [trying to provoke Moscow]",
  "blamed [the US] for [the rising tensions]";
- ``clause``: "warned that [Russia plans to install a pro-Russian leader]", and a stance
  noun after "be": "[a Russian invasion] would be a disaster";
- ``none``: nothing usable ("laid out a series of demands it says ..."): the summary then
  says only that a demand was made, rather than "called for demands".

A stance noun that is itself the issue keeps its modifiers and, for a threat, its
condition ("[massive economic consequences] [if Moscow invades]").

The reader also records where the parties the topic is about stand, so that the target
is the party addressed or acting, not any name that falls inside the topic ("the need
to include Ukraine in talks" has no target).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarise.backends.baseline.actors import ActorRef
from summarise.backends.baseline.context import Sentence
from summarise.backends.baseline.phrases import (
    CLAUSE_WORDS,
    TOPIC_WORDS,
    cap,
    clause_after,
    clause_subject_end,
    counted,
    gerund_clause,
    looks_like_verb,
    phrase,
    phrase_preposition,
    skip_introduction,
    stop_index,
    trim_end,
    trim_start,
)
from summarise.backends.baseline.reader import SentenceReader, Span
from summarise.backends.baseline.verbforms import third_person
from summarise.backends.baseline.words import Grammar, Token, join

# Reported clauses up to this many words are a topic whole; longer ones by their subject.
CLAUSE_TOPIC_WORDS = 10
_CONDITION_WORDS = 6
_COORDINATED_WORDS = 4
_LOOKBACK = 6
# Prepositions that attach what a stance noun is about: "sanctions on Russia".
_ISSUE_PREPOSITIONS = frozenset({"on", "against", "over", "for", "of", "to", "towards", "toward"})
_AGAINST = frozenset({"on", "against"})
_CHARGES = frozenset({"of", "for", "over"})
_EXISTENTIAL = frozenset({"there", "there's", "there\u2019s"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})


class Topic(NamedTuple):
    """A topic, the words its summary needs, and where the parties it concerns stand."""

    text: str
    form: str = "noun"
    action: str = ""
    agent: str = ""
    clause: str = ""
    addressee: Span | None = None
    subject: Span | None = None
    head: Span | None = None
    head_names: bool = True
    condition: Span | None = None
    against: Span | None = None


def position_topic(
    sentence: Sentence, trigger: re.Match[str], stance: str, holder: ActorRef
) -> Topic:
    """The topic of the stance ``trigger`` states, held by ``holder``."""
    return _PositionReader(sentence, holder, stance).read(trigger)


class _PositionReader(SentenceReader):
    def __init__(self, sentence: Sentence, holder: ActorRef, stance: str) -> None:
        super().__init__(sentence)
        self.holder = holder
        self.stance = stance

    def read(self, trigger: re.Match[str]) -> Topic:
        g = self.grammar
        start, after = self.index(trigger.start()), self.index(trigger.end())
        words = trigger.group().lower().split()
        head = next((w for w in reversed(words) if w not in g.prepositions), words[-1])
        copula = self._copula_before(start, words)
        topic = self._predicative(copula) if copula is not None else None
        if topic is None and head in g.issue_nouns:
            topic = self._issue(start, after)
        j = self._skip_light(after)
        if topic is None and head in g.complement_nouns and words[-1] not in g.prepositions:
            topic = self._complement(j)
        if topic is None and words[-1] in g.modals:
            topic = self._action(j, self._agent_before(start))
        if topic is None:
            ends_in_preposition = words[-1] in g.prepositions and words[-1] != "to"
            topic = self._governed(j, words[-1] == "to", clause_ok=not ends_in_preposition)
        return topic if topic.text else self._none(start, after)

    def _skip_light(self, i: int) -> int:
        """Past a stray adverb ("no justification whatsoever for") or the colon that
        opens a quotation ("stressed: ...")."""
        while i < len(self.tokens):
            token = self.tokens[i]
            if not (token.text == ":" or (token.is_word and self.grammar.adverb(token.lower))):
                break
            i += 1
        return i

    def _complement(self, j: int) -> Topic:
        """What a stance noun is about: "concern [about X]", "possibility [that X]",
        "concern [a build-up of troops] signalled ..."."""
        g = self.grammar
        nxt = self.tokens[j].lower if j < len(self.tokens) else ""
        if nxt in g.complement_prepositions:
            return self._governed(j + 1, nxt == "to", clause_ok=False)
        if nxt == "that":
            return self._clause(j + 1, relative_possible=True)
        if self._clause_at(j):
            return self._clause(j, relative_possible=True)
        return self._noun(j)

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
            return self._clause(j + 1)
        obj = self._object_at(j)
        if obj is not None:
            return self._after_object(j, obj)
        if clause_ok and self._clause_at(j):
            return self._clause(j)
        return self._noun(j)

    def _to_verb(self, i: int) -> bool:
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
            return self._noun(j, addressee=obj)
        if self._to_verb(end):
            action = self._action(end + 1, (agent, obj))
            if action is not None:
                return action
        k = end
        while k + 1 < len(tokens) and g.adverb(tokens[k].lower):
            k += 1
        if tokens[k].lower.endswith("ing") and not tokens[k].capitalised:
            return self._noun(j, addressee=obj, subject=obj)
        if self.stance == "accuse" and tokens[end].lower in _CHARGES:
            return self._charge(end + 1, agent, obj)
        if tokens[end].lower in g.auxiliaries:
            return self._clause(j, addressee=obj)
        end = self._extend_object(end)
        if end < len(tokens) and (tokens[end].lower == "that" or self._clause_at(end)):
            return self._clause(end + (tokens[end].lower == "that"), addressee=obj)
        if not phrase(tokens[end:], g) or tokens[end].lower == "to":
            return self._noun(j, addressee=obj, limit_to=end)
        return self._noun(end, addressee=obj)

    def _extend_object(self, end: int) -> int:
        """Over "Chancellor Olaf Scholz [of Germany]" and "Poland [and Germany]"."""
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

    def _clause_at(self, j: int) -> bool:
        tokens = self.tokens[j:]
        if not tokens:
            return False
        first = tokens[0].lower
        return first in _EXISTENTIAL or clause_subject_end(tokens, self.grammar) is not None

    def _noun(
        self,
        j: int,
        *,
        addressee: Span | None = None,
        subject: Span | None = None,
        limit_to: int | None = None,
    ) -> Topic:
        words = phrase(self.tokens[j:limit_to], self.grammar)
        if not self.says_something(words):
            return Topic("", addressee=addressee)
        first, end = self.index(words[0].start), self.end_index(words)
        topic = Topic(
            self.text(words),
            addressee=addressee,
            subject=subject,
            head=self._head(first, end),
            against=self._against(first, end),
        )
        return self._with_condition(topic, end)

    def _head(self, first: int, end: int) -> Span | None:
        """The first noun phrase of a topic, coordinated ones included: up to its first
        preposition other than "of" ("build-up of about 100,000 Russian troops | near
        Ukraine")."""
        prepositions = self.grammar.prepositions
        stop = first + 1
        while stop < end and not (
            self.tokens[stop].lower in prepositions
            and phrase_preposition(self.tokens, stop, self.grammar)
        ):
            stop += 1
        return self.span(first, stop) if stop > first else None

    def _against(self, first: int, end: int) -> Span | None:
        """What a threat is aimed at: "sanctions [on the Russian leadership]"."""
        for i in range(first, end - 1):
            if self.tokens[i].lower in _AGAINST:
                return self.span(i + 1, end)
        return None

    def _action(self, j: int, agent: tuple[str, Span] | None) -> Topic | None:
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
            head=self._head(j + 1, end) if len(words) > 1 else None,
            head_names=False,
            against=self._against(j, end),
        )
        return self._with_condition(topic, end)

    def _agent_before(self, start: int) -> tuple[str, Span] | None:
        """Who a modal trigger is about: "[both the world community and Ukraine] must
        prepare"; nobody when it is the holder or a pronoun ("we will continue to")."""
        g = self.grammar
        first = self._phrase_start_before(start)
        words = trim_end(trim_start(self.tokens[first:start], g), g)
        if not words or self._holder_or_pronoun(words):
            return None
        return join(words), self.span(self.index(words[0].start), self.end_index(words))

    def _phrase_start_before(self, start: int) -> int:
        """The start of the phrase that ends before ``tokens[start]``: after the nearest
        comma, "that" or reporting verb, within the clause."""
        g = self.grammar
        speech = self.sentence.lexicon.speech_verbs
        pos = self.tokens[start].start if start < len(self.tokens) else self.sentence.end
        clause_start = self.sentence.clause(pos)[0]
        i = start
        while i > 0:
            token = self.tokens[i - 1]
            if token.start < clause_start or token.text in (",", ":", ";"):
                break
            if token.lower == "that" or token.lower in g.reporting_verbs or token.lower in speech:
                break
            i -= 1
        return i

    def _holder_or_pronoun(self, words: list[Token]) -> bool:
        """Whether a phrase names only the holder ("The Prime Minister is determined
        to") or a pronoun ("we will continue to")."""
        g = self.grammar
        content = [
            t
            for t in words
            if t.is_word
            and t.lower not in g.subject_pronouns
            and t.lower not in g.determiners
            and t.lower not in g.auxiliaries
        ]
        held = [m for m in self.sentence.mentions if m.actor == self.holder]
        return all(any(m.start <= t.start < m.end + 2 for m in held) for t in content)

    def _clause(
        self, j: int, *, addressee: Span | None = None, relative_possible: bool = False
    ) -> Topic:
        """A reported clause from ``tokens[j]``; "there is a distinct possibility (that)
        X" reports X. Its topic is the clause as a gerund phrase where one rule makes it
        ("Russia could take" -> "Russia taking"), else the clause when short, else its
        subject. After a noun ("concerns that ...") a clause whose verb lacks its object
        ("officials have been making for some time") is a relative clause: no topic."""
        g = self.grammar
        tokens = skip_introduction(self.tokens[j:], g)
        if not tokens:
            return Topic("", addressee=addressee)
        j = self.index(tokens[0].start)
        if tokens[0].lower in _EXISTENTIAL:
            return self._existential(j, addressee)
        words = trim_end(tokens[: stop_index(tokens, g, clause=True)], g)
        if not self.has_content(words):
            return Topic("", addressee=addressee)
        aux = clause_subject_end(words, g)
        if relative_possible and aux is not None and _object_gap(words, aux, g):
            return Topic("", addressee=addressee)
        gerund = gerund_clause(words, aux, g) if aux is not None else None
        if aux:
            subject: Span | None = self.span(j, j + aux)
        else:
            first = self.mentions.get(words[0].start)
            subject = (first.start, first.end) if first is not None else None
        if gerund is not None:
            topic_words = cap(gerund, g, TOPIC_WORDS)
        elif counted(words) <= CLAUSE_TOPIC_WORDS or not aux:
            topic_words = cap(words, g, CLAUSE_TOPIC_WORDS)
        elif self.says_something(words[:aux]):
            topic_words = cap(words[:aux], g, TOPIC_WORDS)
        else:
            topic_words = cap(words, g, CLAUSE_TOPIC_WORDS)
        return Topic(
            self.text(topic_words),
            form="clause",
            clause=self.text(cap(words, g, CLAUSE_WORDS)),
            addressee=addressee,
            subject=subject,
        )

    def _existential(self, j: int, addressee: Span | None) -> Topic:
        """ "There is a real danger of X", "there is a distinct possibility X could":
        the noun's complement; "there is a crisis": the noun phrase."""
        g, tokens = self.grammar, self.tokens
        i = j + 1
        while i < len(tokens) and tokens[i].lower in g.auxiliaries:
            i += 1
        for k in range(i, min(i + 4, len(tokens))):
            if not tokens[k].is_word or tokens[k].lower in g.prepositions:
                break
            if tokens[k].lower in g.complement_nouns:
                after = self._skip_light(k + 1)
                if after < len(tokens) and tokens[after].lower in ("that", "of"):
                    after += 1
                if self._clause_at(after):
                    return self._clause(after, addressee=addressee)
                return self._noun(after, addressee=addressee)
        return self._noun(i, addressee=addressee)

    def _copula_before(self, start: int, words: list[str]) -> int | None:
        """The "be" a stance noun or adjective is predicated with ("would be a tragic
        miscalculation", "is unacceptable"), or None."""
        g = self.grammar
        if words[0] in g.modals and "be" in words:
            return start
        if words[0].endswith(("ing", "ed")):
            return None  # a verb after "be": "have been warning", "is determined to"
        for i in range(start - 1, max(-1, start - 1 - _LOOKBACK), -1):
            token = self.tokens[i]
            if token.lower in g.copulas:
                return i
            skippable = token.lower in ("a", "an", "the", "such", "and", ",")
            if not (skippable or g.modifier(token) or g.adverb(token.lower)):
                return None
        return None

    def _predicative(self, copula: int) -> Topic | None:
        """ "[A Russian invasion] would be a disaster": the subject is the topic, the
        whole clause the summary's. Not when the subject is a pronoun ("there is a real
        danger of ...": the noun's complement says what it is about) or the holder
        ("the Prime Minister is determined to")."""
        g, tokens = self.grammar, self.tokens
        aux = copula
        while aux > 0 and (
            tokens[aux - 1].lower in g.auxiliaries or g.adverb(tokens[aux - 1].lower)
        ):
            aux -= 1
        if aux == 0 or tokens[aux - 1].lower in g.subject_pronouns:
            return None
        subject = trim_start(tokens[self._phrase_start_before(aux) : aux], g)
        words = phrase(subject, g)
        if not words or self._holder_or_pronoun(subject):
            return None
        s = self.index(subject[0].start)
        predicate = tokens[s:]
        clause = cap(
            trim_end(predicate[: stop_index(predicate, g, clause=True)], g), g, CLAUSE_WORDS
        )
        return Topic(
            join(words),
            form="clause",
            clause=join(clause) if len(clause) > len(subject) else "",
            subject=self.span(s, aux),
            head=self._head(self.index(words[0].start), self.end_index(words)),
        )

    def _issue(self, start: int, after: int) -> Topic:
        """A stance noun that is the issue itself: its modifiers, a coordinated noun,
        what it is on or against, and for a threat its condition."""
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
        return self._with_condition(topic, self.end_index(words))

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
        m = self.mentions.get(self.tokens[i].start)
        return m is not None and m.actor == self.holder

    def _with_condition(self, topic: Topic, end: int) -> Topic:
        """A threat keeps its condition: "sanctions if Russia attacks", "retaliatory
        measures if demands are not met"."""
        if self.stance != "threaten" or not topic.text:
            return topic
        g, tokens = self.grammar, self.tokens
        i = end
        while i < len(tokens) and tokens[i].lower in ("for", ","):
            i += 1
        if i >= len(tokens) or tokens[i].lower not in g.conditions:
            return topic
        body = _without_aside(tokens[i + 1 :])
        condition = trim_end(body[: stop_index(body, g, clause=True)], g)
        if not 1 <= counted(condition) <= _CONDITION_WORDS:
            return topic
        words = f"{tokens[i].lower} {join(condition)}"
        if tokens[i].lower == "should":
            words = _if_clause(condition, g) or words
        aux = clause_subject_end(condition, g)
        return topic._replace(
            text=f"{topic.text} {words}",
            action=f"{topic.action} {words}" if topic.action else "",
            condition=(condition[0].start, condition[(aux or 1) - 1].end),
        )

    def _none(self, start: int, after: int) -> Topic:
        words = [t for t in self.tokens[start:after] if t.is_word]
        return Topic(join(words), form="none")


def _object_gap(words: list[Token], aux: int, grammar: Grammar) -> bool:
    """Whether the verb after the auxiliaries is followed straight by a preposition, as
    in a relative clause whose object is the noun before it ("concerns that officials
    have been making | for some time")."""
    i = aux
    while i < len(words) and (words[i].lower in grammar.auxiliaries or words[i].lower == "not"):
        i += 1
    verb_is_transitive_form = i < len(words) and words[i].lower.endswith(("ing", "ed"))
    return (
        verb_is_transitive_form
        and i + 1 < len(words)
        and words[i + 1].lower in grammar.prepositions
    )


def _if_clause(condition: list[Token], grammar: Grammar) -> str | None:
    """An inverted condition in the plain order: "should Russia attack" -> "if Russia
    attacks". Only for a named subject, which is singular; "should they act" stays."""
    names = 0
    while names < len(condition) and condition[names].capitalised:
        names += 1
    if names == 0 or names >= len(condition) or condition[0].lower in grammar.subject_pronouns:
        return None
    verb = condition[names]
    if not verb.is_word or grammar.function_word(verb.lower):
        return None
    verb = verb.with_text(third_person(verb.text))
    return "if " + join([*condition[:names], verb, *condition[names + 1 :]])


def _without_aside(tokens: list[Token]) -> list[Token]:
    """The tokens with a remark between paired dashes left out: "if demands - including
    a commitment ... - are not met" -> "if demands are not met"."""
    dashes = [i for i, t in enumerate(tokens) if t.text in _DASHES and t.spaced]
    if len(dashes) < 2:
        return tokens
    return tokens[: dashes[0]] + tokens[dashes[1] + 1 :]
