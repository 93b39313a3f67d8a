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
            "Two villages lost power to drone strikes on the eve of the long-awaited Normandy "
            "format ministers' meeting in Geneva.",
            None,
            (NORMANDY, "meeting", "planned"),
        ),
        # (b) a Kyiv readout, reported speech, the leaders' summit ahead
        (
            "President Oleh Bondar noted that the attacks resumed on the eve of the second "
            "Normandy Four leaders' summit.",
            KYIV,
            (NORMANDY, "summit", "planned"),
        ),
        # (c) a fronted adverbial, the meeting held
        (
            "In Geneva, the Normandy format advisers' meeting ran past midnight.",
            None,
            (NORMANDY, "meeting", "held"),
        ),
        # (d) one clause of two, "ahead of"
        (
            "Envoys swapped drafts on Friday, and Washington praised that work ahead of the "
            "Normandy format representatives' meeting.",
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
        "The Normandy format ministers met in Geneva on Friday. On the eve of the meeting, "
        "two villages lost power."
    )
    assert found == [(NORMANDY, "meeting", "held")]
