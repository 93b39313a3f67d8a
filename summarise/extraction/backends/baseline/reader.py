"""A sentence as the topic rules read it: its words by position, mentions by start."""

from __future__ import annotations

import bisect

from summarise.extraction.backends.baseline.context import Sentence
from summarise.extraction.backends.baseline.phrase_ends import stop_index
from summarise.extraction.backends.baseline.phrases import CLAUSE_WORDS, TOPIC_WORDS, cap, trim_end
from summarise.extraction.backends.baseline.verbforms import as_gerund
from summarise.extraction.backends.baseline.words import Token, join, load_grammar

# (start, end) offsets in the article's text: the coordinates mentions are kept in.
Span = tuple[int, int]


class SentenceReader:
    """The rules move between token indices and text offsets (mentions and triggers are
    offsets); one object holds both views of a sentence so each rule need not."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.grammar = load_grammar()
        self.tokens, self.starts = sentence.words()
        self.mentions = sentence.mentions_by_start()

    def index(self, pos: int) -> int:
        """The first token at or after text offset ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def span(self, first: int, end: int) -> Span:
        return (self.tokens[first].start, self.tokens[end - 1].end)

    def end_index(self, words: list[Token]) -> int:
        return self.index(words[-1].end) if words else 0

    def action(self, j: int) -> tuple[list[Token], list[Token]] | None:
        """Something to be done, from its verb at ``tokens[j]``: the words as written (the
        infinitive, for a summary) and with the verbs in -ing (for a topic)."""
        g = self.grammar
        tokens = self.tokens[j:]
        words = cap(trim_end(tokens[: stop_index(tokens, g)], g), g, CLAUSE_WORDS)
        verb = words[0] if words else None
        if verb is None or not verb.is_word or verb.capitalised:
            return None
        if g.function_word(verb.lower) and verb.lower not in ("be", "have", "not"):
            return None
        return words, cap(as_gerund(words, g), g, TOPIC_WORDS)

    def says_something(self, words: list[Token]) -> bool:
        """Whether a phrase names anything: a word other than a function word, not
        opened by a subject pronoun ("it says ..."), a verb or a reflexive ("itself"),
        and not a demonstrative standing alone ("warning about this")."""
        g = self.grammar
        if not words:
            return False
        first = words[0].lower
        if first in g.subject_pronouns - {"this", "that"} or first in g.auxiliaries:
            return False
        if first in g.reflexives:
            return False
        if first in ("this", "that", "these", "those") and (
            len(words) == 1 or g.function_word(words[1].lower)
        ):
            return False
        return self.has_content(words)

    def has_content(self, words: list[Token]) -> bool:
        """Whether a phrase has a content word: one of function words alone ("to the")
        is what is left when a cut found nothing, and no topic."""
        return any(t.is_word and not self.grammar.function_word(t.lower) for t in words)

    def text(self, words: list[Token]) -> str:
        """The phrase as text, with a capital that only opened the article's sentence
        lowered ("These forces are not going to fight" -> "these forces ...")."""
        text = join(words)
        if words and self.grammar.function_word(words[0].lower) and words[0].text != "I":
            return text[:1].lower() + text[1:]
        return text
