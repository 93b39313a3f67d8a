"""A threat's condition: "sanctions [if Russia attacks]".

A threat without its condition misstates it ("sanctions" is not "sanctions if Moscow
invades"), and the condition usually names the party the threat is aimed at, so the
topic keeps it and the target is looked for in it.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.phrase_ends import clause_subject_end
from summarise.extraction.backends.baseline.phrases import clause_words, counted
from summarise.extraction.backends.baseline.reader import Span
from summarise.extraction.backends.baseline.verbforms import third_person
from summarise.extraction.backends.baseline.words import Grammar, Token, join

# A longer condition is a clause of its own, not a short qualifier of the threat.
_CONDITION_WORDS = 6
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def condition_after(tokens: list[Token], end: int, grammar: Grammar) -> tuple[str, Span] | None:
    """The condition that follows a threat's topic ending at ``tokens[end]`` ("measures
    if demands are not met"), as words to add to the topic, and the span of its subject
    ("demands"), or None."""
    i = end
    while i < len(tokens) and tokens[i].lower in ("for", ","):
        i += 1
    if i >= len(tokens) or tokens[i].lower not in grammar.conditions:
        return None
    condition = clause_words(_without_aside(tokens[i + 1 :]), grammar)
    if not 1 <= counted(condition) <= _CONDITION_WORDS:
        return None
    words = f"{tokens[i].lower} {join(condition)}"
    if tokens[i].lower == "should":
        words = _if_clause(condition, grammar) or words
    aux = clause_subject_end(condition, grammar)
    return words, (condition[0].start, condition[(aux or 1) - 1].end)


def _if_clause(condition: list[Token], grammar: Grammar) -> str | None:
    """An inverted condition in the plain order: "should Russia attack" -> "if Russia
    attacks", which reads in a topic. Only for a named subject, which is singular;
    "should they act" stays."""
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
    """The tokens with a remark between paired dashes left out, so that it does not end
    the condition early: "if demands - including a commitment ... - are not met" ->
    "if demands are not met"."""
    dashes = [i for i, t in enumerate(tokens) if t.text in _DASHES and t.spaced]
    if len(dashes) < 2:
        return tokens
    return tokens[: dashes[0]] + tokens[dashes[1] + 1 :]
