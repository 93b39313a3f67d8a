"""A need told of a third party in a relative clause without "that" describes what the
party needs; it asks nobody for anything: "the technology it needs to keep up its war",
"giving Ukraine the support it needs to defend itself". The demand cue "needs to" there is
no appeal (the guide: stance by content); the clause's other cues decide. "You need to"
addresses the hearer (an appeal), and "the government says it needs to" is a statement of
the subject's own, whose verb of saying stands between."""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon

_NEED = re.compile(r"needs?\s+to|needed\s+to", re.IGNORECASE)
_REACH = 60


@cache
def _contact_relative() -> re.Pattern[str]:
    """A determiner, up to three lowercase words ending in the noun, and a third-person
    pronoun just before the cue: "the technology it "."""
    determiners = "|".join(sorted(load_grammar().determiners - {"that"}))
    return re.compile(
        rf"\b(?i:{determiners})\s+(?P<words>(?:[a-z-]+\s+){{1,3}}?)(?:it|they|he|she)\s+$"
    )


def need_described(text: str, cue: re.Match[str]) -> bool:
    """Whether the demand cue ``cue`` ("needs to") is the verb of a relative clause whose
    subject is a third-person pronoun after the noun it describes."""
    if _NEED.fullmatch(cue.group()) is None:
        return False
    found = _contact_relative().search(text, max(0, cue.start() - _REACH), cue.start())
    if found is None:
        return False
    grammar = load_grammar()
    words = found.group("words").split()
    speech = load_lexicon().speech.full
    closed = grammar.prepositions | grammar.clause_openers | grammar.determiners
    return all(w.islower() and w not in closed and speech.fullmatch(w) is None for w in words)
