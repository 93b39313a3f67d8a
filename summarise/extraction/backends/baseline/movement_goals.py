"""Movements named as a goal, not told as an event: a withdrawal listed beside a ceasefire
("the delegation defended its positions: a ceasefire, the withdrawal of Russian troops and
security guarantees", "support for all efforts aimed at a ceasefire and the withdrawal of
Russian forces") is what talks or a demand seek, and a movement verb anywhere in the
that-clause of a mandative verb ("We demand that Russia cease its operations, withdraw all
of its forces and allow access") is wanted, however far its coordinated verbs run (the
guide: a demanded withdrawal is a position, no movement).

Apart from ``movement_assertion``'s nearby cues because both reach further than its window:
a list of aims, and a that-clause with several predicates.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.movement_status import NOMINAL
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.word_classes import alternation

_TRUCE = alternation("truce_nouns")
# The truce noun right before the withdrawal noun in its list: "a ceasefire and the
# withdrawal of …", "an immediate ceasefire, the withdrawal of …" ...
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
# … or after it, the withdrawal's of-phrase between: "the withdrawal of Russian troops from
# Ukraine and a ceasefire".
_TRUCE_AFTER = re.compile(
    rf"[^.;:!?,]{{0,80}}?(?:,|\band)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:{_TRUCE})\b",
    re.IGNORECASE,
)
# A mandative verb and its "that", the clause after it running to the trigger with no
# strong mark.
_MANDATIVE_THAT = re.compile(
    rf"\b(?:{alternation('mandative_verbs')})\s+that\b[^.;:!?]*$", re.IGNORECASE
)


def named_as_goal(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether the trigger names a movement sought, not one told: a withdrawal noun listed
    with a ceasefire, or any movement in a mandative that-clause of its clause."""
    if _MANDATIVE_THAT.search(text, clause_start, trigger.start()) is not None:
        return True
    if category(trigger) != "withdraw" or NOMINAL.search(trigger.group()) is None:
        return False
    window = max(clause_start, trigger.start() - _TRUCE_BEFORE_REACH)
    before = _TRUCE_BEFORE.search(text, window, trigger.start())
    if before is not None and _DATED_BY.search(text, window, before.start()) is None:
        return True
    return _TRUCE_AFTER.match(text, trigger.end()) is not None
