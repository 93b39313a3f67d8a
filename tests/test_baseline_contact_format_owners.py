"""A named format's people owning the contact noun ("the Normandy format advisers'
meeting", "the Normandy Four leaders' summit") hold it for the format's member states, and
"on the eve of" it puts the occasion ahead, planned as "ahead of" does; in four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts

NORMANDY = ["France", "Germany", "Russia", "Ukraine"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) plain: "on the eve of" the advisers' meeting
        (
            "The shelling was a provocation on the eve of the Normandy format advisers' "
            "meeting in Berlin.",
            None,
            (NORMANDY, "meeting", "planned"),
        ),
        # (b) a Kyiv readout, reported speech, the leaders' summit ahead
        (
            "President Oleh Bondar said that the shelling began on the eve of the Normandy "
            "Four leaders' summit.",
            KYIV,
            (NORMANDY, "summit", "planned"),
        ),
        # (c) a fronted adverbial, the meeting held
        (
            "In Paris, the Normandy format advisers' meeting lasted eight hours.",
            None,
            (NORMANDY, "meeting", "held"),
        ),
        # (d) one clause of two, "ahead of"
        (
            "The ministers spoke on Monday, and Washington welcomed the talks ahead of the "
            "Normandy format advisers' meeting.",
            WHITE_HOUSE,
            (NORMANDY, "meeting", "planned"),
        ),
    ],
)
def test_a_formats_people_owning_the_noun_hold_it_for_its_members(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, None, source)


def test_the_eve_of_an_occasion_owned_by_no_one_is_no_plan() -> None:
    # "on the eve of the meeting" with no owner is the meeting reported before, as "before
    # the meeting" is: it tells no occasion ahead of its own.
    found = contacts(
        "The Normandy format advisers met in Berlin on Monday. On the eve of the meeting, "
        "the shelling grew worse."
    )
    assert found == [(NORMANDY, "meeting", "held")]
