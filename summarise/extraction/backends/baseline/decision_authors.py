"""Who holds the measures of a decision a news item reports: the decision's author.

"President Zelenskyy signed Decree No. 12/2022, putting into effect the Council's decision
of March 3 … The decision also imposes sanctions on 14 persons …", "Under the decision,
sanctions are imposed on 41 companies …": the sentence names no actor, only the decision,
and the text named the decision's author before it. The measures the decision takes are that
author's (the guide: an unsigned document's sentence is held by the actor it names; here the
decision stands for its author), a commitment once taken. Only a punitive measure is read
so: what else a decision orders (units deployed, exercises held) is a movement, which holds
it.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence

# The author named by the of-genitive of a decision: "the decision of the National Security
# and Defense Council of Ukraine of 21 February".
_AUTHORED = re.compile(r"\bdecision\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AUTHOR_REACH = 20
# The sentence opens with the decision as its subject or its source: "The decision also
# provides for …", "Under the decision, …", "In accordance with the decision, …".
_BY_DECISION = re.compile(
    r"[\s\u201c\"]*(?:(?:under|in\s+accordance\s+with|pursuant\s+to)\s+)?the\s+decision\b",
    re.IGNORECASE,
)


def decision_author(text: str, mentions: list[Mention]) -> ActorRef | None:
    """The body whose decision the text names first ("the decision of the National Security
    and Defense Council"), if any."""
    for m in mentions:
        if (
            m.kind == "body"
            and m.ref is not None
            and _AUTHORED.search(text, max(0, m.start - _AUTHOR_REACH), m.start) is not None
        ):
            return m.ref
    return None


def decided(text: str, s: Sentence, author: ActorRef | None) -> Claim | None:
    """The claim of a sentence that opens with the decision and takes a punitive measure:
    its author's."""
    if author is None or _BY_DECISION.match(text, s.start, s.end) is None:
        return None
    if s.scan.first(load_lexicon().punitive, s.start, s.end) is None:
        return None
    return Claim("reported", author, None, s.start, s.end)
