"""Which stance a clause takes: its cues by class, with negation, condition and object.

The first cue of the clause decides, as the main verb comes first in English ("thanked X
for its support against aggression" is thanks, not an accusation). Three rules refine it:
a punitive measure under a condition is a threat ("if Russia invades, we will impose
costs"), decided it is a commitment; a negated support is opposition ("do not support");
and a commitment to a party's sovereignty or integrity is support for that party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.patterns import category

_NEGATION_WINDOW = 3
_SUPPORT_OBJECTS = re.compile(
    r"\b(?:sovereignty|territorial integrity|independence|integrity)\b", re.IGNORECASE
)
_OBJECT_WINDOW = 80
_WORD = re.compile(r"[\w’'-]+")
# "supported by a Voyager", "backed by": a participle describing, not a stance taken.
_PASSIVE_BY = re.compile(r"\s+by\b")


@dataclass(frozen=True)
class StanceCue:
    stance: str
    start: int
    end: int


def read_stance(text: str, start: int, end: int, *, speech_predicate: bool) -> StanceCue | None:
    """The stance of ``text[start:end]``, or None when the clause takes none.

    A clause with only a verb of saying ("noted that …") is ``other``; one with no cue at
    all and no such verb takes no stance.
    """
    lexicon = load_lexicon()
    cues = [m for m in lexicon.stances.finditer(text, start, end)]
    condition = lexicon.conditions.search(text, start, end)
    punitive = lexicon.punitive.search(text, start, end)
    if punitive is not None and condition is not None:
        return StanceCue("threaten", punitive.start(), punitive.end())
    for cue in cues:
        stance = category(cue)
        if stance == "other" or _PASSIVE_BY.match(text, cue.end()):
            continue
        if stance == "support" and _negated(text, start, cue.start()):
            stance = "oppose"
        if stance == "commit" and _SUPPORT_OBJECTS.search(
            text, cue.end(), min(end, cue.end() + _OBJECT_WINDOW)
        ):
            stance = "support"
        return StanceCue(stance, cue.start(), cue.end())
    if punitive is not None:
        return StanceCue("commit", punitive.start(), punitive.end())
    if cues:
        return StanceCue("other", cues[0].start(), cues[0].end())
    if speech_predicate:
        return StanceCue("other", start, start)
    return None


def _negated(text: str, floor: int, pos: int) -> bool:
    words = _WORD.findall(text[max(floor, pos - 40) : pos].lower())[-_NEGATION_WINDOW:]
    negation = load_grammar().negation
    return any(w in negation or w.endswith(("n't", "n’t")) for w in words)
