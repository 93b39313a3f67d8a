"""Forces ordered "to deploy to" a place: the first "to" is the infinitive's, not a goal,
so the destination is the place after the verb ("ordered 800 soldiers … to deploy to
Estonia" goes to Estonia, not "deploy to Estonia"), and the order and its infinitive are
one movement, not two. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Austin has ordered 800 soldiers from the 2nd Cavalry Regiment in"
            " Vilseck to deploy to Estonia in the coming days.",
            [("United States", "800 soldiers", "Estonia")],
        ),
        (
            "The Secretary of Defense ordered a company of 150 paratroopers from Italy to move"
            " to Latvia this week.",
            [("United States", "150 paratroopers", "Latvia")],
        ),
    ],
)
def test_the_goal_is_after_the_infinitive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.actor.name, m.forces, m.destination) for m in movements(text, WHITE_HOUSE)] == (
        expected
    )
