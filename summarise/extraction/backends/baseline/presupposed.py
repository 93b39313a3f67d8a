"""What a question takes as given. A question asserts nothing (rule 4), but two of its
clauses are presupposed by it, not asked (Levinson 1983, 4.2, on wh-questions and clauses
of time as presupposition triggers): the event whose reason "why" asks for ("Does anyone
ask the Americans why they send more jets to the Baltic states?" takes the
sending as known) and a clause of time or circumstance set off after a comma ("Isn't that
ironic, when they have over 100,000 troops on the border?"). A movement told in one is
as asserted as in a statement, and is read from where that clause opens.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.clauses import clause_around
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import POSSIBILITY_MODALS

# "why" anywhere; "when" only as a clause set off by a comma, not the question's own word
# ("When will they withdraw?") nor an embedded question ("do you know when they will").
_OPENER = re.compile(r"\b[Ww]hy\s|,\s+when\s")
# A reason asked of what is only possible or wished is no event: "why would Russia attack".
_MODAL_NEXT = re.compile(
    rf"(?:[\w-]+\s+){{0,2}}?(?:{POSSIBILITY_MODALS}|not)\b|(?:[\w-]+\s+)?"
    r"(?:[\w-]+n['\u2019]t)\b"
)


def asserted_clause(text: str, sentence: Sentence, pos: int) -> tuple[int, int] | None:
    """The clause holding ``pos`` as far as it is asserted: all of it in a statement, from
    where the presupposed clause opens in a question, and None in what a question asks."""
    start, end = clause_around(text, sentence, pos)
    if not sentence.question:
        return start, end
    given = _presupposed_from(text, sentence, pos)
    return None if given is None else (max(start, given), end)


def _presupposed_from(text: str, sentence: Sentence, pos: int) -> int | None:
    openers = list(_OPENER.finditer(text, sentence.start, pos))
    if not openers:
        return None
    opener = openers[-1]
    if _MODAL_NEXT.match(text, opener.end()) is not None:
        return None
    return opener.end()
