"""A drill noun that tells no drill: the matter of talks ("we will discuss all of this,
including the joint exercise", "proposals on transparency for exercises"), what something
is called ("these are routine drills"), the standard of a comparison or a cover ("beyond a
normal exercise", "under the cover of the joint exercise"), or a drill already told, named
again to say what it is ("this exercise is defensive in nature", "the drills are directed
against no one"). The guide keeps subjects of talks as background, and a drill
characterised is the speaker's denial of a threat (`deny`), not a second drill.

Apart from ``movement_assertion`` because these read the drill noun's own phrase, not the
words governing a trigger.
"""

from __future__ import annotations

import re

# A drill noun as what something is said to be or called ("these are routine
# drills", "it's hard to call that an exercise"): a subject complement classifies what its
# pronoun subject points to (Quirk et al. 10.16), it reports no drill of its own.
_CLASSIFIED = re.compile(
    r"\b(?:(?:[Tt]hese|[Tt]his|[Tt]hat|[Ii]t|[Tt]hey)\s+(?:are|is|was|were)"
    r"|call(?:s|ed|ing)?\s+(?:that|this|it|them|these))"
    r"\s+(?:(?:just|only|merely|simply|not|a|an)\s+)*(?:[\w-]+\s+){0,2}$"
)


# A drill noun as the standard of a comparison or as the cover of something else ("in
# numbers well beyond a normal exercise", "are in Belarus under the cover of the joint
# exercise"): the sentence tells of the forces measured or covered (Quirk et al. 15.63 on
# the standard of comparison), it reports no drill of its own.
_MEASURE_OR_COVER = re.compile(
    r"\b(?:beyond|than|under\s+the\s+(?:cover|guise|pretext)\s+of|"
    r"in\s+the\s+guise\s+of|as\s+a\s+cover\s+for)\s+"
    r"(?:(?:a|an|the|any|normal|routine|usual|ordinary|regular|joint|planned|military)\s+){0,3}$",
    re.IGNORECASE,
)


# A drill noun as the matter of arms control talks ("proposals … on transparency for
# exercises", "limits on the scale of exercises"): a subject of talks is background (the
# guide), no drill told.
_SUBJECT_OF_TALKS = re.compile(
    r"\b(?:transparency|limits?|limitations?|restrictions?|notifications?|observers?|"
    r"observation)\s+(?:on|of|for|about|over|at)\s+(?:the\s+)?(?:(?:scale|size|number)\s+of\s+)?"
    r"(?:(?:military|large|large-scale|snap|joint)\s+)?$",
    re.IGNORECASE,
)


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


def drill_not_told(text: str, clause_start: int, trigger: re.Match[str]) -> str | None:
    """Why the drill noun at ``trigger`` tells no drill, in words for ``--explain``, or
    None when it tells one."""
    before = max(clause_start, trigger.start() - _REACH)
    if _CLASSIFIED.search(text, before, trigger.start()):
        return "what something is called ('these are routine drills')"
    if _MEASURE_OR_COVER.search(text, before, trigger.start()):
        return "a standard of comparison or a cover ('beyond a normal exercise')"
    if (
        _SUBJECT_OF_TALKS.search(text, before, trigger.start())
        or _TALKED_ABOUT.search(text, before, trigger.start())
        or _MEASURED.search(text, before, trigger.start())
    ):
        return "the matter of talks ('transparency for exercises', 'discuss the exercise')"
    if _NAMED_AGAIN.search(text, before, trigger.start()) and _CHARACTERISED.match(
        text, trigger.end()
    ):
        return "a drill told before, named again to say what it is ('this exercise is defensive')"
    return None
