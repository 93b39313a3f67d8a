"""Readiness to carry on talks named before by a pronoun: "As for the talks, we are
ready to go on with them" is readiness for the talks (the guide: support, as "ready to
continue along the negotiating track" is), though the readiness cue reads as a pledge when
no talks follow it (``[readiness] talks``). The pronoun stands for the talks only when they
are the last thing of the sentence before it that could be carried on: "As for the
strikes, we are ready to resume them" pledges (or threatens) an act of force."""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon

# The verb that carries on what the pronoun names, right after the readiness cue.
_CARRIED_ON = re.compile(
    r"\s+(?:continue|resume|pursue|hold|restart|renew)\s+(?:it|them)\b", re.IGNORECASE
)
# Where the sentence before the cue begins.
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_REACH = 200


@cache
def _talks() -> re.Pattern[str]:
    """The talks as ``[readiness] talks`` names them."""
    return re.compile(rf"\b{read_data('lexicon.toml')['readiness']['talks']}", re.IGNORECASE)


def talks_carried_on(text: str, cue: re.Match[str]) -> bool:
    """Whether the readiness cue ``cue`` ("ready to", "prepared to") carries on, by "it" or
    "them", talks its sentence named before it, with no act of force or measure named
    between them."""
    lexicon = load_lexicon()
    if lexicon.readiness_words.search(cue.group()) is None:
        return False
    if _CARRIED_ON.match(text, cue.end()) is None:
        return False
    floor = max(0, cue.start() - _REACH)
    breaks = list(_SENTENCE_BREAK.finditer(text, floor, cue.start()))
    opening = breaks[-1].end() if breaks else floor
    named = list(_talks().finditer(text, opening, cue.start()))
    if not named:
        return False
    between = (named[-1].end(), cue.start())
    return (
        lexicon.hostile_acts.search(text, *between) is None
        and lexicon.punitive.search(text, *between) is None
    )
