"""Clause topics: "warned that [Russia plans to install a pro-Russian leader]", "there is
[a real danger of X]", and a stance noun after "be": "[a Russian invasion] would be a
disaster".

A clause is too long to be a topic and reads wrongly after "called for", so its topic is
the clause as a gerund phrase where one rule makes it ("Russia could take" -> "Russia
taking"), else the clause when short, else its subject; the summary keeps the clause.
Its subject is marked, because the party acting there is the likeliest target.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.noun_topics import NounTopicReader
from summarise.extraction.backends.baseline.phrase_ends import clause_subject_end
from summarise.extraction.backends.baseline.phrases import (
    CLAUSE_WORDS,
    TOPIC_WORDS,
    cap,
    clause_words,
    counted,
    phrase,
    skip_introduction,
    trim_start,
)
from summarise.extraction.backends.baseline.reader import Span
from summarise.extraction.backends.baseline.topic import Topic
from summarise.extraction.backends.baseline.verbforms import gerund_clause
from summarise.extraction.backends.baseline.words import Grammar, Token, join

# Reported clauses up to this many words are a topic whole; longer ones by their subject.
_CLAUSE_TOPIC_WORDS = 10
# How far before a stance noun its "be" may stand: "is [a] [grave and] [tragic] mistake".
_LOOKBACK = 6
_EXISTENTIAL = frozenset({"there", "there's", "there\u2019s"})


class ClauseTopicReader(NounTopicReader):
    """Reads clause topics, falling back to a noun phrase where a clause turns out to
    hold only one ("there is a crisis")."""

    def clause_at(self, j: int) -> bool:
        """Whether a clause starts at ``tokens[j]``: a subject and its auxiliary, or
        "there is"."""
        tokens = self.tokens[j:]
        if not tokens:
            return False
        first = tokens[0].lower
        return first in _EXISTENTIAL or clause_subject_end(tokens, self.grammar) is not None

    def clause(
        self, j: int, *, addressee: Span | None = None, relative_possible: bool = False
    ) -> Topic:
        """A reported clause from ``tokens[j]``; "there is a distinct possibility (that)
        X" reports X. After a noun ("concerns that ...") a clause whose verb lacks its
        object ("officials have been making for some time") is a relative clause that
        describes the noun rather than reporting anything: no topic."""
        g = self.grammar
        tokens = skip_introduction(self.tokens[j:], g)
        if not tokens:
            return Topic("", addressee=addressee)
        j = self.index(tokens[0].start)
        if tokens[0].lower in _EXISTENTIAL:
            return self._existential(j, addressee)
        words = clause_words(tokens, g)
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
        elif counted(words) <= _CLAUSE_TOPIC_WORDS or not aux:
            topic_words = cap(words, g, _CLAUSE_TOPIC_WORDS)
        elif self.says_something(words[:aux]):
            topic_words = cap(words[:aux], g, TOPIC_WORDS)
        else:
            topic_words = cap(words, g, _CLAUSE_TOPIC_WORDS)
        return Topic(
            self.text(topic_words),
            form="clause",
            clause=self.text(cap(words, g, CLAUSE_WORDS)),
            addressee=addressee,
            subject=subject,
        )

    def _existential(self, j: int, addressee: Span | None) -> Topic:
        """ "There is a real danger of X", "there is a distinct possibility X could":
        the noun's complement, because the noun only says how the holder sees X; "there
        is a crisis": the noun phrase."""
        g, tokens = self.grammar, self.tokens
        i = j + 1
        while i < len(tokens) and tokens[i].lower in g.auxiliaries:
            i += 1
        for k in range(i, min(i + 4, len(tokens))):
            if not tokens[k].is_word or tokens[k].lower in g.prepositions:
                break
            if tokens[k].lower in g.complement_nouns:
                after = self.skip_light(k + 1)
                if after < len(tokens) and tokens[after].lower in ("that", "of"):
                    after += 1
                if self.clause_at(after):
                    return self.clause(after, addressee=addressee)
                return self.noun(after, addressee=addressee)
        return self.noun(i, addressee=addressee)

    def skip_light(self, i: int) -> int:
        """Past a stray adverb ("no justification whatsoever for") or the colon that
        opens a quotation ("stressed: ..."), which stand between a word and what it
        governs."""
        while i < len(self.tokens):
            token = self.tokens[i]
            if not (token.text == ":" or (token.is_word and self.grammar.adverb(token.lower))):
                break
            i += 1
        return i

    def copula_before(self, start: int, words: list[str]) -> int | None:
        """The "be" a stance noun or adjective is predicated with ("would be a tragic
        miscalculation", "is unacceptable"), or None: then the subject, not what follows,
        is what the stance is about."""
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

    def predicative(self, copula: int) -> Topic | None:
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
        subject = trim_start(tokens[self.phrase_start_before(aux) : aux], g)
        words = phrase(subject, g)
        if not words or self.holder_or_pronoun(subject):
            return None
        s = self.index(subject[0].start)
        clause = cap(clause_words(tokens[s:], g), g, CLAUSE_WORDS)
        return Topic(
            join(words),
            form="clause",
            clause=join(clause) if len(clause) > len(subject) else "",
            subject=self.span(s, aux),
            head=self.head(self.index(words[0].start), self.end_index(words)),
        )

    def phrase_start_before(self, start: int) -> int:
        """The start of the phrase that ends before ``tokens[start]``: after the nearest
        comma, "that" or reporting verb, within the clause, so that a subject is read
        without the speaker who reports it."""
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

    def holder_or_pronoun(self, words: list[Token]) -> bool:
        """Whether a phrase names only the holder ("The Prime Minister is determined
        to") or a pronoun ("we will continue to"): such a phrase names no party the
        stance is about, since a stance is not about its own holder."""
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
