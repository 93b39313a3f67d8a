"""Whether "it could come at any time" foretells an act of war, or only something awaited.

The `[imminent]` warn cue (``stance_cues``) takes "it" and "that" for its doer as it takes
"an invasion": "Is there a date for an invasion? … What I will say is it could happen
at any time". The pronoun stands for an act (or the forces that would do it) only where
one is named for it to stand for: before it in its sentence ("an army that could move
in"), in the sentence before, or in the journalist's question its turn answers. Elsewhere
what "could come at any time" is an answer, a reply or a decision ("We are waiting for
Moscow's reply. It could come at any time"), which foretells no war, so the clause is left
out (precision first: no act named, no warning about one).
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.surroundings import Surroundings

_WHY = "'it'/'that' could come at any time, no act of war or forces named (imminent_acts)"


@cache
def _referring() -> re.Pattern[str]:
    words = "|".join(read_data("lexicon.toml")["imminent"]["referring"])
    return re.compile(rf"(?:{words})\b", re.IGNORECASE)


@cache
def _acts() -> re.Pattern[str]:
    """The nouns of the cue for an act of war or the forces that would do it, singular or
    plural ("an attack", "attacks", "an army that could move in")."""
    imminent = read_data("lexicon.toml")["imminent"]
    words = "|".join([*imminent["acts"], *imminent["forces"]])
    return re.compile(rf"\b(?:{words})s?\b", re.IGNORECASE)


def act_unnamed(text: str, sentence_start: int, cue: StanceCue, around: Surroundings) -> str | None:
    """Why a warning whose doer is "it" or "that" names no act (None when it names one, or
    the cue is not such a warning)."""
    if cue.stance != "warn" or _referring().match(text, cue.start, cue.end) is None:
        return None
    acts = _acts()
    if acts.search(text, sentence_start, cue.start) is not None:
        return None
    near = ([around.before] if around.before is not None else []) + list(around.asked)
    if any(acts.search(text, s.start, s.end) is not None for s in near):
        return None
    return _WHY
