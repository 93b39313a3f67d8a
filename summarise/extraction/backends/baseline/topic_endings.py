"""What a stated topic does not end on: an adverb of the time and place of speaking.

The cut after a cue runs to its clause's end, and a clause often ends on an adverb that
points at when or where it was said, or adds it to what was said before ("should leave
now", "the referendum held in Belarus today", "send military instructors there", "a
strong preventive package now"). Such an adverb names nothing of the issue: the item's
time says when (``times.when_in``), and "here" and "there" stand for places the
sentence or the one before names. So the item states its topic without them, while
merging compares the topic as cut (``PositionDraft.stated_topic``).
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.word_classes import alternation

# What a topic keeps after the adverbs go: a word of its own, not a bare figure.
_WORDY = re.compile(r"[^\W\d_]{3}")


def without_deixis(topic: str) -> str:
    """``topic`` without the adverbs of the time and place of speaking it ends on ("should
    leave now" → "should leave", "held in Belarus today" → "held in Belarus"), nor the "and"
    that joined two of them ("today and yesterday"); as it is when nothing would be left."""
    found = _ending().search(topic)
    if found is None:
        return topic
    rest = topic[: found.start()]
    return rest if _WORDY.search(rest) else topic


@cache
def _ending() -> re.Pattern[str]:
    """One or more deictic adverbs at the end, joined by "and" or a comma, lower case."""
    adverb = rf"(?:{alternation('deictic_adverbs')})"
    return re.compile(rf"(?:,?\s+(?:and\s+)?{adverb})+\s*$")
