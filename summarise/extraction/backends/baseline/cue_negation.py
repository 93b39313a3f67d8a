"""Whether a stance cue is negated in its clause: a negation among the few words before it
("do not support", "did not rule out"), bounded by the clause (a colon, a semicolon or a
dash ends what a negation governs, and so does the comma closing a fronted subordinate
clause), or a cue that is itself a negation ("do not accept", "never recognise").

Apart from ``stance_senses`` because the scope of a negation is read the same for every
cue, whatever sense the negation then gives it there.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import WORD

# How many words before a cue a negation governs it from.
_NEGATION_WINDOW = 3


def negative_cue(words: str) -> bool:
    """A cue that is itself a negation ("do not accept", "never recognise")."""
    return any(_is_negation(w) for w in WORD.findall(words.lower()))


def negated_at(text: str, floor: int, pos: int) -> bool:
    """A negation among the few words before ``pos`` in its own clause: a colon, semicolon
    or dash ends the clause a negation governs ("Our message is the same: it would be
    wise to leave" asks), and so does the comma closing a fronted subordinate clause ("If
    you cannot do that, send us the planes" asks; negation is bound to its clause)."""
    fronted = _fronted_clause().match(text, floor, pos)
    if fronted is not None:
        floor = fronted.end()
    window = text[max(floor, pos - 40) : pos]
    window = _CLAUSE_MARK.split(window)[-1]
    words = WORD.findall(window.lower())[-_NEGATION_WINDOW:]
    return any(_is_negation(w) for w in words)


_CLAUSE_MARK = re.compile(r"[:;]|\s[\u2013\u2014]\s")


@cache
def _fronted_clause() -> re.Pattern[str]:
    """A subordinate clause opening the stretch, perhaps after a fronted phrase, and closed
    by a comma: "If you cannot do that, ", "Tonight, if they do not stop, "."""
    openers = "|".join(sorted(load_grammar().clause_openers, key=len, reverse=True))
    return re.compile(
        rf"[\W]*(?:[^,.;:!?]{{1,40}},\s+)?(?:and\s+|but\s+)?(?:{openers})\b[^,.;:!?]*,\s*",
        re.IGNORECASE,
    )


def _is_negation(word: str) -> bool:
    return word in load_grammar().negation or word.endswith(("n't", "n\u2019t"))
