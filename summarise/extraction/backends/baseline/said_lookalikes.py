"""What a verb of saying alone reports that is still nobody's view.

A reported clause with no stance word is a position of stance ``other`` ("He said that
…"), unless what it says is a movement or contact the sentence reports
(``non_positions.reports_event``). Two things a spokesperson reports are neither and still
no view: talk between parties told as a fact, with no occasion ("Moscow and Paris
maintained a working dialogue", "the advisers have talked repeatedly", "A and B
coordinated their positions"), which the guide makes a contact or a contact's look-alike,
never a position; and the procedure of announcing, the answer of one who declines to
comment ("any announcement would come from the President alone"), as is whatever that
spokesperson then says with a verb of saying alone ("Peskov declined to comment. He said he
had nothing to add."): the suite's L6 look-alike, declining to comment and a procedural
remark, in any wording. The wordings are ``[said_lookalikes]`` in lexicon.toml. A
reporting clause that only introduces the words after its colon ("Replying to journalists'
questions, the President said:") says nothing of its own either: what follows is attributed
in its own right.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.literal_gates import search_held
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence


@cache
def _wording(key: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + "|".join(read_data("lexicon.toml")["said_lookalikes"][key]) + ")",
        re.IGNORECASE,
    )


def said_lookalike(text: str, start: int, end: int) -> str | None:
    """Why what was said in ``text[start:end]`` is no view, worded for ``--explain``, or
    None when it may be one."""
    if _wording("talk").search(text, start, end) is not None:
        return "talk between parties told as a fact: a contact's look-alike (said_lookalikes)"
    if search_held(_wording("procedure"), text, start, end) is not None:
        return "the procedure of announcing, a remark on no party (said_lookalikes)"
    return None


# A colon after the verb of saying and at most the one told and a place ("told reporters in
# Warsaw:"), opening a quotation or a new paragraph.
_INTRODUCES = re.compile(
    r"(?:[ \t]+(?!that\b)[\w\u2019'.-]+){0,4}[ \t]*:[ \t]*(?:\n|[\u201c\"\u00ab]|\Z)",
    re.IGNORECASE,
)


def introduces_words(text: str, predicate: tuple[int, int] | None, end: int) -> bool:
    """Whether the verb of saying at ``predicate`` ends its clause (which ends at ``end``)
    with a colon that opens the words reported after it ("…, Vladimir Putin said:" and a
    quotation): the clause holds no view."""
    if predicate is None:
        return False
    colon = _INTRODUCES.match(text, predicate[1])
    return colon is not None and end <= colon.end()


def after_declining(text: str, before: Sentence | None, holder: ActorRef) -> str | None:
    """Why a verb of saying alone is no view when its holder has just declined to comment,
    in the sentence before (``before``), which names the holder or is its claim; None
    otherwise."""
    if (
        before is not None
        and (
            any(c.holder == holder for c in before.claims)
            or any(m.ref == holder for m in before.mentions)
        )
        and _wording("declining").search(text, before.start, before.end) is not None
    ):
        return "what a spokesperson says on declining to comment (said_lookalikes)"
    return None
