"""Forces ordered "to deploy to" a place: the first "to" is the infinitive's, not a goal,
so the destination is the place after the verb ("ordered 650 soldiers … to deploy to
Lithuania" goes to Lithuania, not "deploy to Lithuania"), and the order and its infinitive
are one movement, not two. The look-alike: a "to" that is a goal ("ordered 500 troops to
Poland to reinforce …") keeps its place. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Paul Dorn has ordered 650 soldiers from the 3rd Infantry Brigade in"
            " Grafenwoehr to deploy to Lithuania within the week.",
            [("United States", "650 soldiers", "Lithuania")],
        ),
        (
            "The Pentagon chief ordered a company of 180 paratroopers from Vicenza to move to"
            " Romania by Friday.",
            [("United States", "180 paratroopers", "Romania")],
        ),
    ],
)
def test_the_goal_is_after_the_infinitive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.actor.name, m.forces, m.destination) for m in movements(text, WHITE_HOUSE)] == (
        expected
    )


def test_a_to_that_is_a_goal_keeps_its_place() -> None:
    # "to Poland" right after the forces is the goal; the infinitive after it is a purpose.
    assert [
        (m.actor.name, m.forces, m.destination)
        for m in movements(
            "Secretary Paul Dorn ordered 500 troops to Poland to reinforce the eastern flank.",
            WHITE_HOUSE,
        )
    ] == [("United States", "500 troops", "Poland")]
