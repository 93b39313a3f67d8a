"""A punitive measure judged unlawful in the predicate is a decision rejected, not an act
condemned.

The guide: "condemning an action of another party is `accuse`; rejecting a decision,
proposal or policy is `oppose`". Sanctions are a decision: "He called the sanctions
adopted by the European Union illegitimate", "the President considered the Western
sanctions illegitimate", "these sanctions are illegitimate" reject them. The judgement
must be said of the measure (after it, in the same phrase, with no relative clause
between); the attributive "it is the illegitimate restrictions imposed on our banks that
are disrupting supplies" blames them for what they cause, a charge, and "the restrictions,
which the President described as illegitimate" leaves the judgement to a relative clause.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.verb_forms import BE

# The most words between the measure and the judgement: "the sanctions adopted by the
# European Union as illegitimate".
_GAP_WORDS = 8
# What may not stand between: a clause's boundary or a relative pronoun.
_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:which|that|who|whom|whose)\b", re.IGNORECASE)
# The judgement predicated: after a copula or "as", or right after the measure's noun
# ("considered the sanctions illegitimate"); not an attributive adjective of another noun
# ("the sanctions will stay until Moscow ends its illegal occupation").
_PREDICATED = re.compile(rf"(?:^|\s(?:{BE}|been|as))\s+$", re.IGNORECASE)


@cache
def _unlawful() -> re.Pattern[str]:
    """The judging words (lexicon.toml [judgements] unlawful)."""
    words = "|".join(read_data("lexicon.toml")["judgements"]["unlawful"])
    return re.compile(rf"(?:{words})", re.IGNORECASE)


def measure_judged(text: str, start: int, cue: re.Match[str]) -> bool:
    """Whether the accusation's cue ``cue`` judges unlawful a punitive measure named just
    before it in its clause, which begins at ``start``."""
    if _unlawful().fullmatch(cue.group()) is None:
        return False
    measures = [
        m
        for m in load_lexicon().punitive.finditer(text, start, cue.start())
        if category(m) == "measure"
    ]
    if not measures:
        return False
    gap = text[measures[-1].end() : cue.start()]
    return (
        _BREAK.search(gap) is None
        and len(gap.split()) <= _GAP_WORDS
        and _PREDICATED.search(gap) is not None
    )
