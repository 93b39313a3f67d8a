"""A topic's last conjunct after "and", which the topic cut leaves out.

The cut after a cue ends a topic at "and" once it has a few words (``topic_after``), so
that a second clause ("… and is ready for a meeting") stays out. But "and" also joins the
parts of one noun phrase (Quirk et al. 13.60: coordination of noun phrases, and of
premodifiers before one head, 13.66), and there the cut names half of the issue: "direct
dialogue between Moscow" for "direct dialogue between Moscow and Kiev", "Russian troops
near Ukraine's borders" for "… and in Belarus", "a meeting of the Russian" for "a meeting
between the Russian and Ukrainian delegations". Two shapes are read as one phrase:

- a short last conjunct that ends its clause: at most three words after "and", then a
  clause mark or the end of the clause, and none of the words that open a clause of their
  own (a pronoun or an auxiliary: "and is ready to talk", "and must not become one") nor a
  verb that the clause boundaries know by its ending ("and thanked Washington", "and
  welcomes dialogue": ``clauses.one_clause``);
- two state adjectives before one head: "the Russian and Ukrainian delegations", "36
  Russian and Belarusian companies".

Only what the item states is read on: the item is merged with others by the topic as cut
(``PositionDraft.joined``), so a longer topic joins or parts no items.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.actors import vocabulary
from summarise.extraction.backends.baseline.clauses import one_clause
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.topics import MAX_TOPIC_WORDS
from summarise.extraction.backends.baseline.word_classes import forms

_AND = re.compile(r"\s+and\s+")
# What ends a conjunct: a clause mark, a bracket, a dash or a quotation mark; not the full
# stops of an abbreviation ("U.S. airspace").
_CONJUNCT_END = re.compile(r"[,;:!?()\u2013\u2014\u201c\u201d\"]|\.(?<!\.[A-Z]\.)(?!\w)|\s-\s")
_WORD = re.compile(r"[\w\u2019'.-]*\w")
# A last conjunct of more words is a clause or a phrase of its own.
_CONJUNCT_WORDS = 3


def joined_conjunct(text: str, topic: tuple[int, int], end: int) -> str | None:
    """The topic at ``topic`` read on, before ``end``, through its last conjunct after
    "and", when the conjunct is part of the topic's phrase; None otherwise."""
    at, topic_end = topic
    joined = _AND.match(text, topic_end, end)
    if joined is None:
        return None
    stop = _CONJUNCT_END.search(text, joined.end(), end)
    words = list(_WORD.finditer(text, joined.end(), stop.start() if stop is not None else end))
    last = _WORD.findall(text, at, topic_end)[-1:]
    if words and last and last[0] in _demonyms() and words[0].group() in _demonyms():
        # "the Russian and Ukrainian delegations": the second adjective and its head.
        words = _head_after(words)
    if not words or len(words) > _CONJUNCT_WORDS:
        return None
    if any(w.group().lower() in _clause_words() for w in words):
        return None  # "and is ready to talk", "and respect it": a clause of its own
    if not one_clause(text, joined.start(), words[-1].end()):
        return None  # "and thanked Washington", "and welcomes dialogue": a second verb
    stated = text[at : words[-1].end()]
    # No longer than a topic may be: a topic cut at its limit that stands before "and" is
    # long enough.
    return stated if len(stated.split()) <= MAX_TOPIC_WORDS else None


def _head_after(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The adjective and the words of the phrase's head after it, up to a preposition or a
    clause opener ("Ukrainian delegations in Istanbul" → "Ukrainian delegations")."""
    grammar = load_grammar()
    head = words[:1]
    for word in words[1:_CONJUNCT_WORDS]:
        lower = word.group().lower()
        if lower in grammar.prepositions or lower in grammar.clause_openers or lower == "that":
            break
        head.append(word)
    return head


@cache
def _clause_words() -> frozenset[str]:
    """Words that make what follows "and" a clause of its own: an auxiliary or a modal
    ("and is ready", "and must not"), a pronoun ("and we will", "and respect it"), a
    negation ("and not only")."""
    verbs = forms("be_forms") | forms("have_forms") | forms("do_forms") | forms("modals")
    return verbs | forms("conjunct_clause_words")


@cache
def _demonyms() -> frozenset[str]:
    """The states' adjectives ("Russian", "Belarusian"), not their plural peoples."""
    countries = vocabulary().countries.values()
    return frozenset(d for c in countries for d in c.demonyms if not d.endswith("s"))
