"""A question asserts nothing, but what it takes as given is told (``presupposed``): the
event a "why" asks the reason for, and a clause of time set off after a comma. What the
question asks stays no movement."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

Row = tuple[str, str, str]


def movements(text: str) -> list[Row]:
    return [(m.actor.name, m.activity, m.forces) for m in extract(text).military_movements]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # (a) plain
        (
            "Does anyone ask why Russia is sending 10,000 more troops to Belarus?",
            ("Russia", "deploy", "10,000 more troops"),
        ),
        # (b) after a fronted adverbial
        (
            "After all these weeks, does anyone ask why Russia is sending 10,000 more troops "
            "to Belarus?",
            ("Russia", "deploy", "10,000 more troops"),
        ),
        # (c) the owner named by its capital
        (
            "Has anyone asked why Moscow has moved 40 warships into the Black Sea?",
            ("Russia", "deploy", "40 warships"),
        ),
        # (d) the second of two reasons asked
        (
            "Does anyone ask why the talks stalled, or why Russia is sending 10,000 more "
            "troops to Belarus?",
            ("Russia", "deploy", "10,000 more troops"),
        ),
        # (d) a clause of time after a tag question
        (
            "That is a strange complaint, isn't it, when Russia has 100,000 troops at the "
            "border of Ukraine?",
            ("Russia", "mass", "100,000 troops"),
        ),
    ],
)
def test_what_a_question_takes_as_given_is_told(text: str, told: Row) -> None:
    assert told in movements(text)


@pytest.mark.parametrize(
    "text",
    [
        # what a yes-no question asks, its clause in the order of a statement
        "Does anyone believe that Russia is sending 10,000 more troops to Belarus?",
        # a reason asked of what is only possible
        "Does anyone ask why Russia would send 10,000 more troops to Belarus?",
        # "when" asking the time, not a clause of time set off by a comma
        "Does anyone know when Russia is sending 10,000 more troops to Belarus?",
    ],
)
def test_what_a_question_asks_is_no_movement(text: str) -> None:
    assert movements(text) == []
