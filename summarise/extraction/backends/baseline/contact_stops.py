"""A contact noun whose own predicate says it stopped: "the talks with Russia had
stalled", "negotiations broke down", "the dialogue has come to a standstill".

Such a sentence reports no occasion going on, so the contact is not held: it is off, as
"broke off" and "were suspended" already make it (CAMEO 16 "halt negotiations"). Apart
from ``contact_status`` because the predicate is read as the noun's own verb, across the
noun's modifiers ("the talks with Russia on gas"), never a verb of another clause ("the
talks that followed the offensive which stalled").
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import window_after
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE

# What may stand between the noun and its verb: a few words of its modifiers ("with
# Russia", "between Kyiv and Moscow"), an auxiliary and an adverb; never a word opening
# another clause, whose verb is that clause's ("talks, which the offensive stalled", "talks
# and the offensive stalled"): "and" or "or" only between names.
_BETWEEN = re.compile(
    r"(?:\s+(?!(?:that|which|who|whom|whose|where|when|while|as|after|before|because|since"
    r"|but|if|until|although|though)\b|(?:and|or)\s+(?![A-Z]))[\w'\u2019.-]+){0,8}?"
    rf"(?:\s+(?:{HAVE}|{BE}))?(?:\s+(?:now|since|effectively|largely|"
    r"again|already|all\s+but))?(?:\s+been)?\s+",
    re.IGNORECASE,
)
# How far after its noun the stopping verb may stand.
_REACH = 70


def stopped(text: str, end: int, limit: int) -> bool:
    """Whether the contact noun ending at ``end`` has a verb of stopping as its own
    predicate before ``limit`` (the next contact trigger or the sentence's end)."""
    stop = window_after(text, end, _REACH, limit)
    return any(
        _BETWEEN.fullmatch(text, end, cue.start())
        for cue in load_lexicon().contact_stops.finditer(text, end, stop)
    )
