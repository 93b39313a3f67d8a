"""A sentence that opens on a past year tells history: no position in the clause it dates.

The guide: historical narrative (2014, the Minsk agreements' history, Soviet times) is
background unless the speaker draws a present position from it. A speaker sets a story
in the past by opening the sentence on its date ("In 2009, after the coup in the
capital, the people of the northern districts refused to obey the new rulers", "Twenty
years ago, … Georgia chose its own road, and it has held to that choice since", "Look, in
2008, the army seized the port while insisting …"), by remembering it ("We all remember what the
disaster meant … in 1986"), or by telling it as what everyone knows ("Everyone knows how,
in 2009, …"). A stance word in that story is the past's, not the speaker's
view now. The present drawn from it is the speaker's: a clause after a semicolon, a colon
or "but", or one that says when now is ("…, and today it threatens Ukraine again"); and a
pledge, which binds the side that gave it however long ago it was given.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.times import MONTHS, before_the_article
from summarise.extraction.backends.baseline.word_classes import alternation

# The date a sentence opens on, after at most one discourse word ("Look,", "And", "But"):
# "In 2014,", "In March 1956", "Back in 2008", "Eight years ago", "In the 1990s".
_OPENING = re.compile(
    r"\s*[\"“]?(?:(?:look|and|but|so|well|yes|now),?\s+)?(?:"
    rf"(?:back\s+)?in\s+(?:(?:early|late|mid-)\s*)?(?:{MONTHS}\s+)?(?:the\s+)?(?P<year>(?:19|20)\d\d)s?"
    r"|(?:\w+(?:[\s-]\w+)?|\d+)\s+(?:years|decades)\s+ago)\b",
    re.IGNORECASE,
)
# What was said opening on a date: "recalled that in March 1956 …".
_SAID_OPENING = re.compile(r"\bthat" + _OPENING.pattern, re.IGNORECASE)
# Remembering a dated past: "We all remember what … meant … in 1986", "she recalled that
# in March 1956 …".
_RECALLED_OR_KNOWN = re.compile(
    r"\b(?:remember|recall)(?:s|ed)?\s+(?:that|what|how|when)\b"
    # … or by what everyone knows of it, a story told as common knowledge: "Everyone knows
    # how, in 2014, …", "we all know what happened in 2008" ("we know that …" charges).
    rf"|\b(?:{alternation('common_knowers')})\s+(?:knows?|knew)\s+(?:what|how|when)\b",
    re.IGNORECASE,
)
_DATED = re.compile(
    rf"\b(?:in|back\s+in)\s+(?:{MONTHS}\s+)?(?P<year>(?:19|20)\d\d)\b|\b\w+\s+years\s+ago\b",
    re.IGNORECASE,
)
# What turns to the present: a clause of its own, words of the time of speaking, or a
# verb of now or of what is to come (grammar.toml's ``speaking_time_words`` and
# ``present_verbs``).
_NOW = re.compile(
    rf";|:|\bbut\b|\b(?:{alternation('speaking_time_words')}|{alternation('present_verbs')})\b",
    re.IGNORECASE,
)


def told_of_the_past(text: str, sentence: Sentence, cue: StanceCue, this_year: int | None) -> bool:
    """Whether the cue stands in a sentence's story of a past year (opened on its date, or
    remembered), before anything turns it to the present."""
    if cue.stance == "commit":
        # A pledge told of the past still binds the side that gave it ("I recall that in
        # 2019 we promised our partners that we would continue gas transit"): its word,
        # which the rules keep as the speaker's commitment (test_baseline_recalled_assurances).
        return False
    story = _story(text, sentence, cue)
    if story is None or not before_the_article(story[1], this_year):
        return False
    clause_end = _clause_end(text, sentence, max(cue.end, story[0]))
    return _NOW.search(text, story[0], clause_end) is None


def _story(text: str, sentence: Sentence, cue: StanceCue) -> tuple[int, str | None] | None:
    """Where the story's dating phrase ends, and its year (None for "years ago"): the
    sentence's opening before the cue; for a verb of saying alone (a cue of no width at
    the sentence's start), the opening of what was said ("recalled that in August 1968
    …"); else a dated past remembered before the cue."""
    opening = _OPENING.match(text, sentence.start, sentence.end)
    if opening is not None and opening.end() <= cue.start:
        return opening.end(), opening["year"]
    if cue.start == cue.end:
        said = _SAID_OPENING.search(text, sentence.start, sentence.end)
        if said is not None:
            return said.end(), said["year"]
    remembered = _RECALLED_OR_KNOWN.search(text, sentence.start, cue.start)
    if remembered is None:
        return None
    dated = _DATED.search(text, remembered.end(), sentence.end)
    return None if dated is None else (remembered.end(), dated["year"])


# The end of the cue's clause: the next clause of its own.
_CLAUSE_END = re.compile(r";|:|,?\s+(?:and|but)\s+(?!that\b)", re.IGNORECASE)


def _clause_end(text: str, sentence: Sentence, start: int) -> int:
    end = _CLAUSE_END.search(text, start, sentence.end)
    return sentence.end if end is None else end.start()
