"""The kind of act a party is called on to do, for a call that names several.

"We call on Russia to de-escalate and to withdraw its forces" asks one thing, and "called on
the European Union to cut Russia off from SWIFT and to close European airspace" asks two
(granularity rule 1: two demands are two items). CAMEO files a demand by what it asks: for
talks (1043, 108), for military de-escalation (1056: de-escalating, withdrawing, stopping the
fighting, keeping a ceasefire) or for another act. Acts of one of the first two kinds read
together are one demand, each way of saying "stop" or "talk"; any other act (a sanction, a
delivery, a decision) is a demand of its own. The words of each kind are lexicon.toml's
``[act_kinds]``.
"""

from __future__ import annotations

import re
from typing import Literal

from summarise.extraction.backends.baseline.lexicon import load_lexicon

ActKind = Literal["talks", "de-escalation"]


def act_kind(text: str, start: int, end: int) -> ActKind | None:
    """The kind of the act ``text[start:end]`` asks for: talks first ("to withdraw and to
    return to negotiations" asks for talks in its second act), then military
    de-escalation; None for any other act."""
    lexicon = load_lexicon()
    kinds: tuple[tuple[ActKind, re.Pattern[str]], ...] = (
        ("talks", lexicon.talks_acts),
        ("de-escalation", lexicon.de_escalation_acts),
    )
    return next((kind for kind, words in kinds if words.search(text, start, end)), None)


def separate_acts(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two coordinated acts of one call are two demands: not when both are of one
    named kind ("to de-escalate and to withdraw its forces", "for restraint and for strict
    observance of the ceasefire"), else yes ("to withdraw its forces and to return to the
    negotiating table", "to strengthen air defence and to give a firm reply")."""
    kind = act_kind(text, *first)
    return kind is None or kind != act_kind(text, *second)
