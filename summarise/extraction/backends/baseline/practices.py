"""A movement stated as a practice, not told as an event: "the exercise ends, the troops go
home", "the troops go home once the drills are over". The simple present of a dynamic verb
with a clause of the drill's end, also in the simple present, states what happens whenever
a drill ends (the habitual present, Quirk et al. 4.6-4.7): no movement is reported, planned
or under way. With a modal ("will go home"), a progressive ("are going home"), a past
("went home") or a time named after it (the futurate present, "go home on the 20th",
Quirk et al. 4.23) the movement is told and stays.

Apart from ``movement_assertion`` because it reads the tense of two clauses of one sentence,
not the words governing the trigger.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.verb_forms import BE, DO, HAVE, MODALS

# The bare present of the verbs of going back (the withdraw class's forms that are not
# participles or pasts): "go home", "returns to its bases", "head back".
_BARE_PRESENT = re.compile(r"(?:go|goes|return|returns|head|heads|come|comes)\b", re.IGNORECASE)
# An auxiliary, a modal or the infinitive marker before the verb, perhaps with an adverb
# between, makes it another form: "will go home", "will then return", "do not return", "to
# go home".
_AUXILIARY_BEFORE = re.compile(
    rf"(?:\b(?:{MODALS}|{DO}|{BE}|{HAVE}|to|not|never)|['\u2019]ll|n['\u2019]t)"
    r"(?:\s+(?:then|also|still|soon|all|just|simply|[a-z]+ly))?\s+$",
    re.IGNORECASE,
)
# A drill's end in the simple present: "when the drills are over", "the exercise ends".
_DRILL_ENDS = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers)\s+"
    r"(?:(?:is|are)\s+(?:over|completed|finished)|ends|end|finish(?:es)?)\b",
    re.IGNORECASE,
)
# A time named after the verb makes the present a plan: "go home on the 20th", "return to
# their bases next week", "head back tomorrow".
_TIME_AFTER = re.compile(
    r"[^.;:,]{0,40}?\b(?:(?:on|by)\s+(?:the\s+)?(?:\d|(?-i:[A-Z]))|tomorrow|tonight|next|"
    r"this\s+(?:week|month|weekend))",
    re.IGNORECASE,
)
_BEFORE = 30


def stated_practice(
    text: str, sentence_start: int, sentence_end: int, trigger: re.Match[str]
) -> bool:
    """Whether the trigger is the simple present of a verb of going back in a sentence
    that ends a drill in the simple present, with no time named after it."""
    if _BARE_PRESENT.match(trigger.group()) is None:
        return False
    if _AUXILIARY_BEFORE.search(
        text, max(sentence_start, trigger.start() - _BEFORE), trigger.start()
    ):
        return False
    if _TIME_AFTER.match(text, trigger.end(), sentence_end):
        return False
    return _DRILL_ENDS.search(text, sentence_start, sentence_end) is not None
