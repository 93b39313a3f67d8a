"""What a party is told it must know of what will follow: a warning, not an appeal.

"Moscow must understand that the cost of a new aggression would be enormous", "if they
storm the city, they should know what awaits them": the modal of obligation asks nothing
of the party but to know; what it is to know is a consequence foretold, which the guide
calls a warning ("a predicted consequence is `warn`"). The clause after the verb of knowing
must foretell (a modal of prediction, or "what awaits"), and not of the speaker's side:
"Russia must understand that it has to withdraw" asks, and "they must know that we will
never accept it" states the speaker's own course.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS

# The farthest the prediction may stand inside the clause of what is to be known.
_REACH = 100


@cache
def _forewarning() -> re.Pattern[str]:
    """After the modal: perhaps an adverb, a verb of knowing, "that" or "what", a subject
    not of the speaker's side, and within the clause a prediction (lexicon.toml [outcomes]
    known, to_come)."""
    outcomes = read_data("lexicon.toml")["outcomes"]
    known = "|".join(outcomes["known"])
    to_come = "|".join(outcomes["to_come"])
    return re.compile(
        rf"\s+(?:(?:clearly|fully|finally|also)\s+)?(?:{known})\s+(?:that|what)\s+"
        rf"(?!(?:we|I|our)\b)[^.;:!?]{{0,{_REACH}}}?\b(?:{PREDICTIVE_MODALS}|{to_come})\b",
        re.IGNORECASE,
    )


def forewarned(text: str, end: int, cue: re.Match[str]) -> bool:
    """Whether the modal of obligation ``cue`` tells a party what it must know of what will
    follow, within the clause ending at ``end``."""
    return _forewarning().match(text, cue.end(), end) is not None
