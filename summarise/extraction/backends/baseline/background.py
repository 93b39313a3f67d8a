"""Events named as background: a movement or combat noun that only dates something else.

"units were going back to their garrisons after the end of the exercises", "continue the
return of the units once the exercises end", "we are prepared to act as Russia's war
continues": an event in a time adjunct (Quirk et al.'s adverbials of time) sets when the
clause's own event happens. It is presupposed, not reported, so it is no item of its own
(GUIDE: passing references to an event as known background get no item); the clause's
own movement, the return, is.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import WORD
from summarise.extraction.backends.baseline.quantities import find_forces
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.times import before_the_article

_POSSESSIVE = re.compile(r"[\w-]+['\u2019]s?$")
# How far back the phrase may reach: a head, a determiner, an owner and a phase of.
_REACH = 80
# "such as exercises", "as well as exercises": "as" there joins, it dates nothing.
# A verb in the past right after a name is that name's finite verb, not an event noun:
# "after Russia moved troops" reports the move (the guide's "after units … redeployed to
# the region" is an item); only a verb of beginning or going on before an event noun
# ("after Belarus launched its offensive") dates it.
_FINITE = re.compile(r"[\w-]+ed\b|sent\b|withdrew\b|built\b|drew\b")
_NAMED_SUBJECT = re.compile(r"[A-Z][\w-]*\s+$")
_AS_JOINING = re.compile(r"\b(?:such|well)\s+$", re.IGNORECASE)
_NOW = re.compile(r"\bnow\s+$", re.IGNORECASE)
# "invaded Crimea in 2014", "eight years ago Russian forces moved into eastern Ukraine",
# "has been stationed there since 2006": history told as background, not a movement under way.
_DATED = re.compile(
    r"\b(?:in|since|back in)\s+((?:19|20)\d\d)\b|\b\w+\s+years\s+ago\b", re.IGNORECASE
)
# What a date needs in the clause itself: a year's digits or "years". Blanking an aside
# only turns characters into spaces, so a clause with neither dates nothing, and is turned
# away by one search instead of blanking and scanning the sentence for every trigger.
_DATED_WORDS = re.compile(r"(?:19|20)\d\d|years", re.IGNORECASE)


# "Russia, which annexed Crimea in 2014, has massed …": the year of a relative clause
# dates that clause's event only.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;:.]*,")


def told_as_history(
    text: str, sentence_start: int, clause_start: int, clause_end: int, this_year: int | None
) -> bool:
    """Whether the clause dates its event to a year before the article's own
    (``times.before_the_article``), a year inside a relative aside apart."""
    if _DATED_WORDS.search(text, clause_start, clause_end) is None:
        return False
    before = text[sentence_start:clause_end]
    blanked = _RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), before)
    return any(
        before_the_article(dated.group(1), this_year)
        for dated in _DATED.finditer(blanked, clause_start - sentence_start)
    )


def in_time_adjunct(text: str, clause_start: int, pos: int) -> bool:
    """Whether the phrase ending in the event at ``pos`` is opened by a preposition or
    conjunction of time, over nothing but determiners, owners, modifiers and a noun or verb
    naming a phase of the event ("after the completion of", "once the", "as Russia's",
    "after Belarus launched its")."""
    grammar = load_grammar()
    modifiers = load_lexicon().force_modifiers
    verb = _FINITE.match(text, pos)
    if (
        verb is not None
        and verb.group().lower() not in grammar.phase_verbs
        and _NAMED_SUBJECT.search(text, clause_start, pos)
    ):
        return False  # "after Norway deployed troops": the clause reports a deployment
    start = pos
    for word in reversed(list(WORD.finditer(text, max(clause_start, pos - _REACH), pos))):
        if not text[word.end() : start].isspace():
            return False
        token = word.group()
        lower = token.lower()
        if lower in grammar.time_heads:
            return lower != "as" or _AS_JOINING.search(text, clause_start, word.start()) is None
        if lower == "that" and _NOW.search(text, clause_start, word.start()):
            return True  # "now that the exercises are over" (Quirk et al. 14.12)
        if not (
            lower in grammar.determiners
            or lower in grammar.phase_nouns
            or lower in grammar.phase_verbs
            or lower == "of"
            or token[0].isupper()
            or _POSSESSIVE.match(token)
            or modifiers.match(lower)
        ):
            return False
        start = word.start()
    return False


# "Units that took part in the drills will return to their garrisons": a restrictive
# relative clause on a forces noun says which forces are meant (Quirk et al. 17.3); the
# drill it names is presupposed, not reported, as an event in a time adjunct is.
# The same with the verbs of having done a drill: "units that had completed their drills".
_TAKING_PART = re.compile(
    r"\s+(?:that|which|who)\s+(?:(?:had|have|has)\s+)?(?:(?:t(?:ook|ake|aken|aking)\s+part"
    r"|participated|(?:were|was|had\s+been)\s+involved)\s+in"
    r"|completed|finished|ended|conducted|held)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}$"
)


def identifies_forces(scan: TextScan, clause_start: int, pos: int) -> bool:
    """Whether the drill at ``pos`` is named in a relative clause identifying forces
    ("units of the Western Military District that had joined in the exercises"); the
    clause's own verb after it ("… the drills are withdrawing") is the movement told."""
    relative = _TAKING_PART.search(scan.text, max(clause_start, pos - _REACH), pos)
    if relative is None:
        return False
    forces = find_forces(scan, clause_start, relative.start(), load_lexicon())
    return any(f.end == relative.start() for f in forces)


# "a package ready to be adopted on the very day Russia crosses our border": a clause on a
# noun of a point in time, its verb in the simple present, tells a future event foreseen
# (Quirk et al. 4.24, the present of future time in subordinate clauses of time), not one
# reported; "the day Russian troops crossed the border" reports it.
_FORESEEN_ON = re.compile(
    r"\b(?:the|that)\s+(?:very\s+|same\s+)?(?:day|moment|minute|hour|instant)\s+"
    r"(?:(?:that|when)\s+)?(?:[\w'\u2019-]+\s+){1,4}$",
    re.IGNORECASE,
)
# The third person singular: "crosses", "attacks" (not "cross", "crossed").
_SIMPLE_PRESENT = re.compile(r"[a-z]+(?<!s)s\b")


def foreseen_on_a_day(text: str, clause_start: int, pos: int) -> bool:
    """Whether the verb at ``pos``, in the simple present third person, ends a clause on a
    noun of a point in time ("on the very day Russia crosses our border")."""
    if _SIMPLE_PRESENT.match(text, pos) is None:
        return False
    return _FORESEEN_ON.search(text, max(clause_start, pos - _REACH), pos) is not None
