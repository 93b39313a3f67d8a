"""A drill noun that tells no drill: the matter of talks ("we will discuss all of this,
including the joint exercise", "proposals on the size of exercises") or a drill already
told, named again to say what it is ("this exercise is defensive in nature", "the drills
are directed against no one"). The guide keeps subjects of talks as background, and a
drill characterised is the speaker's denial of a threat (`deny`), not a second drill.

Apart from ``movement_status`` because these read the drill noun's own phrase, not the
words governing a trigger.
"""

from __future__ import annotations

import re

# The object of a verb of talking, at once or in its "including" list: "discuss the joint
# exercise", "discussed all of this, including the joint exercise", "raised the drills".
_TALKED_ABOUT = re.compile(
    r"\b(?:discuss(?:es|ed|ing)?|talk(?:s|ed|ing)?\s+about|rais(?:e|es|ed|ing))\s+"
    r"(?:[^.;:]{0,40}?\b(?:including|notably|such\s+as)\s+)?"
    r"(?:(?:the|this|that|these|those|our|their|its|a|an|any)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The measure of drills put up for talks: "proposals … on the size of exercises".
_MEASURED = re.compile(
    r"\bon\s+the\s+(?:scale|size|number)\s+of\s+(?:(?:military|large|joint|snap)\s+)?$",
    re.IGNORECASE,
)
# A drill named again by a demonstrative (Quirk et al. 6.40, pointing back at one told) and
# said to be of a threatening nature or not: "this exercise is defensive in nature", "these
# drills are purely defensive". With "the" the noun may be the drill's only telling ("Putin
# explained that the exercise is defensive in nature"), which stays; "that" is left out,
# as it is as often the conjunction ("explained that the exercise …").
_NAMED_AGAIN = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+)?$")
_CHARACTERISED = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:(?:purely|entirely|exclusively|strictly|solely)\s+)?"
    r"(?:defensive|routine|transparent|peaceful|(?:not\s+)?(?:directed|aimed)\s+(?:against|at)"
    r"\s+(?:no|any)\b)",
    re.IGNORECASE,
)
_REACH = 60


def drill_not_told(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether the drill noun at ``trigger`` is talked about or characterised, not told."""
    before = max(clause_start, trigger.start() - _REACH)
    if _TALKED_ABOUT.search(text, before, trigger.start()) or _MEASURED.search(
        text, before, trigger.start()
    ):
        return True
    return bool(
        _NAMED_AGAIN.search(text, before, trigger.start())
        and _CHARACTERISED.match(text, trigger.end())
    )
