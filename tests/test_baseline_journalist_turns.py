"""A journalist's turn is never evidence, even of a fact it states (the guide).

Kremlin transcripts label it "Question:" (or "Question (retranslated):"), White House ones
"Q"; its premises ("Western capitals say Russia has massed …") are no one's movement,
position or contact, and the answer that follows is the speaker's as ever.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

from summarise.schema import ExtractionDraft

_KREMLIN_TITLE = "News conference by President of Russia Vladimir Orlov"


def _items(draft: ExtractionDraft) -> tuple[list[str], list[str], list[str]]:
    return (
        [p.holder.name for p in draft.positions],
        [m.actor.name for m in draft.military_movements],
        [c.mode for c in draft.diplomatic_contacts],
    )


def _asked(question: str, answer: str = "I do not rule anything out.") -> ExtractionDraft:
    return extract(
        f"Vladimir Orlov: Good afternoon.\n\n{question}\n\nVladimir Orlov: {answer}\n",
        _KREMLIN_TITLE,
        KREMLIN,
    )


@pytest.mark.parametrize(
    "question",
    [
        # (a) plain: a fact stated in the question
        "Question: Western capitals say Russia has massed 90,000 troops near Ukraine. Will you "
        "withdraw them?",
        # (b) after a fronted adverbial
        "Question: After the strikes on Kharkiv, Western capitals say Russia has massed 90,000 "
        "troops near Ukraine.",
        # (c) the label with an interpreter's note, a meeting asked about
        "Question (retranslated): Mr President, will you meet with President Hale in Geneva?",
        # (d) two statements in the turn
        "Question: Russia has massed 90,000 troops near Ukraine, and NATO has called for "
        "their withdrawal. Will you withdraw them?",
    ],
)
def test_a_journalists_question_yields_nothing(question: str) -> None:
    assert _items(_asked(question)) == ([], [], [])


def test_the_answer_after_a_question_is_the_speakers() -> None:
    """The look-alike: the official's turn right after keeps its items."""
    draft = _asked(
        "Question: Western capitals say Russia has massed 90,000 troops near Ukraine.",
        "We have sent two battalions to Belarus for exercises.",
    )
    assert _items(draft)[1] == ["Russia", "Russia"]


def test_a_bare_q_turn_in_a_briefing_yields_nothing_and_the_answer_does() -> None:
    draft = extract(
        "MS. REED: Good afternoon.\n\n"
        "Q The Kremlin says the troops will go home once the drills end. Does the White House "
        "accept that?\n\n"
        "MS. REED: We have heard that promise before, and we will judge Russia by its actions.\n",
        "Press Briefing by Press Secretary Anna Reed",
        WHITE_HOUSE,
    )
    assert _items(draft) == (["United States"], [], [])
