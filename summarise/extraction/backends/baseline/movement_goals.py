"""Movements named as a goal, not told as an event: a withdrawal listed beside a ceasefire
("the envoys set out their aims: a truce, the withdrawal of foreign units and guarantees
for the border", "backing for every step toward a truce and the withdrawal of the
occupying army") is what talks or a demand seek, and a movement verb anywhere in the
that-clause of a mandative verb ("We demand that Minsk halt its raids, withdraw every one
of its units and open the crossings") is wanted, however far its coordinated verbs run, up to a
clause with a subject of its own ("…, and the army moved 4,000 troops to the coast" is told)
(the guide: a demanded withdrawal is a position, no movement).

Apart from ``movement_assertion``'s nearby cues because both reach further than its window:
a list of aims, and a that-clause with several predicates.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.movement_status import NOMINAL
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.word_classes import alternation

_TRUCE = alternation("truce_nouns")
# The truce noun right before the withdrawal noun in its list: "a truce and the
# withdrawal of …", "an immediate truce, the withdrawal of …" ...
_TRUCE_BEFORE = re.compile(
    rf"\b(?P<truce>{_TRUCE})\s*(?:,|\band)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
# ... but not a time adjunct that dates the withdrawal ("after the ceasefire, the withdrawal
# of the troops began", "since the truce, the withdrawal … has continued").
_DATED_BY = re.compile(
    r"\b(?:after|following|since|before|until|upon|during)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TRUCE_BEFORE_REACH = 60
# … or after it, the withdrawal's of-phrase between: "the withdrawal of foreign units from
# the valley and a truce".
_TRUCE_AFTER = re.compile(
    rf"[^.;:!?,]{{0,80}}?(?:,|\band)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:{_TRUCE})\b",
    re.IGNORECASE,
)
# A mandative verb and its "that", the clause after it running to the trigger with no
# strong mark ...
_MANDATIVE_THAT = re.compile(rf"\b(?:{alternation('mandative_verbs')})\s+that\b", re.IGNORECASE)
_STRONG_MARK = re.compile(r"[.;:!?]")
# ... and no new clause with a subject of its own: ", and" or ", but" before a subject
# ("…, and Russia moved 30,000 troops to Belarus", "…, while they …"), or a comma or a
# conjunction before a name with a finite verb ("…, Russia moved …"). The coordinated
# predicates of the one subject stay ("…, withdraw all of its forces and allow access").
_NEW_SUBJECT = re.compile(
    r",\s*(?:and|but|while|yet|whereas)\s+(?:(?:the|he|she|it|they|we|I)\b|(?-i:[A-Z]))"
    r"|(?:,|\b(?:and|but|while|yet|whereas)\b)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,3}"
    r"(?:[a-z]+ed|has|had|have|was|were|is|are|will|would|said|sent|began|met|took|says)\b",
    re.IGNORECASE,
)


def named_as_goal(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether the trigger names a movement sought, not one told: a withdrawal noun listed
    with a ceasefire, or any movement in a mandative that-clause of its clause before a
    new subject."""
    mandative = max(
        _MANDATIVE_THAT.finditer(text, clause_start, trigger.start()),
        key=lambda m: m.start(),
        default=None,
    )
    if (
        mandative is not None
        and _STRONG_MARK.search(text, mandative.end(), trigger.start()) is None
        and _NEW_SUBJECT.search(text, mandative.end(), trigger.start()) is None
    ):
        return True
    if category(trigger) != "withdraw" or NOMINAL.search(trigger.group()) is None:
        return False
    window = max(clause_start, trigger.start() - _TRUCE_BEFORE_REACH)
    before = _TRUCE_BEFORE.search(text, window, trigger.start())
    if before is not None and _DATED_BY.search(text, window, before.start()) is None:
        return True
    return _TRUCE_AFTER.match(text, trigger.end()) is not None
