"""A briefing's preview of what a speaker will present: "Joining us is …, who will walk you
through the sanctions the administration is imposing". The measures are told later, in the
speaker's own words, which hold the stance; the preview takes none. A stance told before
the preview, or in the next sentence, stays its speaker's. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, held_stances

_TITLE = "Press Briefing by Press Secretary Anna Reed"


def _briefing(answer: str) -> str:
    return f"MS. REED: Good afternoon, everyone. {answer}\n"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a White House host introduces a guest
        (
            _briefing(
                "Joining us today is Treasury Secretary Paul Grant, who will walk you through "
                "the sanctions the administration is imposing on Russia's largest banks."
            ),
            _TITLE,
            WHITE_HOUSE,
        ),
        # (b) another publisher: a Russian ministry's briefing, "take you through"
        (
            "Maria Volkova: Good afternoon. Deputy Foreign Minister Ivan Petrov is here, and he "
            "will take you through the countermeasures Russia is taking against unfriendly "
            "states.\n",
            "Briefing by Foreign Ministry Spokeswoman Maria Volkova",
            "Ministry of Foreign Affairs of the Russian Federation",
        ),
        # (c) the speaker previewing their own account
        (
            _briefing(
                "I'll walk you through the steps we are taking to cut Russia off from Western "
                "technology."
            ),
            _TITLE,
            WHITE_HOUSE,
        ),
        # (d) another shape: a second clause, "everyone"
        (
            _briefing(
                "Thanks for coming, and let me take everyone through the new export controls "
                "the Department of Commerce is putting in place against Russia."
            ),
            _TITLE,
            WHITE_HOUSE,
        ),
    ],
)
def test_a_preview_of_measures_holds_no_position(text: str, title: str, source: str) -> None:
    assert held_stances(text, title, source) == []


def test_a_stance_told_before_the_preview_is_the_speakers() -> None:
    # Look-alike: the sanctions are announced first; the preview only follows them.
    text = _briefing(
        "We are imposing sanctions on Russia's largest banks today, and Mr. Grant will walk "
        "you through them."
    )
    assert held_stances(text, _TITLE, WHITE_HOUSE) == [("United States", "commit")]


def test_a_stance_in_the_next_sentence_is_the_speakers() -> None:
    # Look-alike: the preview ends with its sentence.
    text = _briefing(
        "Mr. Grant will walk you through the details. We are imposing sanctions on Russia's "
        "largest banks today."
    )
    assert held_stances(text, _TITLE, WHITE_HOUSE) == [("United States", "commit")]
