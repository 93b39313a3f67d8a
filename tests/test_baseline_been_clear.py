""" "Has been clear" is a verb of saying, as "made clear" and "was clear" are: what the
President "has been clear" about, in his press secretary's briefing, is his, via her: here
no troops of his in Ukraine, the scope of a deployment (a commitment:
``test_baseline_stance_forces_kept_out``)."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract


def _held(answer: str) -> list[tuple[str, str | None, str]]:
    text = f"MS. REED: Good afternoon.\n\nQ What about troops?\n\nMS. REED: {answer}\n"
    draft = extract(text, "Press Briefing by Press Secretary Anna Reed", WHITE_HOUSE)
    return [(p.holder.name, p.via.name if p.via else None, p.stance) for p in draft.positions]


_NO_TROOPS = "that there will be no American troops in Ukraine"


@pytest.mark.parametrize(
    "answer",
    [
        # (a) plain
        f"The President has been clear {_NO_TROOPS}.",
        # (b) after a fronted phrase
        f"As for troops, the President has been clear {_NO_TROOPS}.",
        # (c) a pronoun after a first mention, and an adverb
        f"The President spoke with the Chancellor today. He has been very clear {_NO_TROOPS}.",
        # (d) one clause of two
        f"The President has been clear {_NO_TROOPS}, and that has not changed.",
    ],
)
def test_what_the_president_has_been_clear_about_is_his(answer: str) -> None:
    assert _held(answer) == [("President of the United States", "Anna Reed", "commit")]


def test_a_picture_that_has_been_clear_says_nothing() -> None:
    """Look-alike: no one is clear about anything."""
    assert _held("The picture on the border has been clear for weeks.") == []
