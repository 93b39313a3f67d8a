"""A drill noun that tells no drill: the matter of talks ("we will talk over all of this,
including the joint exercise", "proposals on transparency for exercises"), what something
is called ("these are routine drills"), the standard of a comparison or a cover ("beyond a
normal exercise", "under the cover of the joint exercise"), or a drill already told, named
again to say what it is ("this exercise is defensive in nature", "the drills are directed
against no one"), or a drill noun that only modifies the noun after it ("the exercise
organisers", "a drill sergeant"). The guide keeps subjects of talks as background, and a drill
characterised is the speaker's denial of a threat (`deny`), not a second drill.

Apart from ``movement_assertion`` because these read the drill noun's own phrase, not the
words governing a trigger.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.verb_forms import BE, DO, HAVE, IRREGULAR_PASTS, MODALS

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

# The word after the drill's noun, when one follows in the phrase.
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
# A word after a drill noun that may be its verb ("the exercise will end", "the drill
# involves", "the exercise began"): a finite verb, or any word in -s but a noun of agents
# or participants, which no verb ends in ("the exercise organisers", "drill participants").
_FINITE_AFTER = re.compile(
    rf"(?:{BE}|{HAVE}|{DO}|{MODALS}|{IRREGULAR_PASTS}|(?![\w-]*(?:[iy][sz]ers|ants|ists|ors)$)[\w-]+s)",
    re.IGNORECASE,
)


def ends_phrase(text: str, end: int) -> bool:
    """Whether the drill's noun ending at ``end`` ends its noun phrase: punctuation or the
    sentence's end follows, or a closed-class word, a time ("next week"), an adverb in -ly,
    a participle ("scheduled for", "involving"), a number or a name; any other word goes on
    with a noun the drill only modifies."""
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return True
    word = found.group(1)
    grammar = load_grammar()
    closed = grammar.prepositions | grammar.clause_openers | grammar.determiners
    return (
        word.lower() in closed
        or word.lower() in grammar.subject_openers
        or word.lower().endswith(("ly", "ed", "ing"))
        or not word[0].islower()
        or load_lexicon().when.full.match(text, found.start(1)) is not None
    )


def modifies_noun(text: str, end: int) -> bool:
    """Whether the drill noun ending at ``end`` only modifies the noun after it ("the
    exercise organisers", "the exercise area", "a drill sergeant"): that noun heads the
    phrase, and the phrase tells of people or a place, no drill. Unlike a drill held as an
    object (``non_positions``), a drill noun here is often its clause's subject, so a word
    that may be its verb ("the exercise continues", "the drills will end") ends the phrase;
    a name after it is the drill's own ("exercise Zapad"). A noun modifying another is
    singular ("the exercise area", not "the exercises area"), so a
    plural drill noun goes on with no head after it ("tactical exercises together")."""
    found = _NEXT_WORD.match(text, end)
    return (
        found is not None
        and not text[:end].lower().endswith("s")
        and not ends_phrase(text, end)
        and _FINITE_AFTER.fullmatch(found.group(1)) is None
    )


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
    if modifies_noun(text, trigger.end()):
        return "it modifies the noun after it ('the exercise organisers', 'the exercise area')"
    return None
