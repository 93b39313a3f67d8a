"""Weapons arriving in the land of one of the two states at war are not the other's: a side
does not arm its enemy. So the owner of a movement told before ("Russia has sent four more
battalions to the border region") is not carried to a shipment that arrives in Kyiv after
it; said by a speaker of a third state who names no giver (a White House briefing), the aid
is the speaker's own state's, as forces a speaker reports with no owner are; told in a news
voice, no owner, no item (precision before recall). Look-alike: weapons arriving in the
carried owner's ally (Iskander launchers in Belarus) keep that owner. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, movement_rows

_BRIEFING = "Press Briefing by Press Secretary Dana Holt"
_MOVED = ("Russia", "deploy", "four more battalions")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MS. HOLT: Russia has sent four more battalions to the border region since Friday."
            " In the meantime, a consignment of Stinger launchers arrived in Kyiv on Monday.",
            ("United States", "supply", "a consignment of Stinger launchers"),
        ),
        (
            "MS. HOLT: Russia has sent four more battalions to the border region since Friday."
            " And a planeload of howitzers and ammunition landed in Kyiv on Tuesday.",
            ("United States", "supply", "a planeload of howitzers and ammunition"),
        ),
    ],
)
def test_a_third_states_speaker_tells_of_its_own_aid(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert movement_rows(text, WHITE_HOUSE, title=_BRIEFING) == [_MOVED, expected]


def test_told_by_nobody_the_aid_has_no_owner() -> None:
    assert movement_rows(
        "Russia has sent four more battalions to the border region since Friday. In the"
        " meantime, a consignment of Stinger launchers arrived in Kyiv on Monday."
    ) == [_MOVED]


def test_weapons_arriving_in_an_ally_keep_the_carried_owner() -> None:
    assert movement_rows(
        "MS. HOLT: Russia has sent four more battalions to the border region since Friday."
        " Two more Iskander launchers arrived in Belarus overnight.",
        WHITE_HOUSE,
        title=_BRIEFING,
    ) == [_MOVED, ("Russia", "supply", "Two more Iskander launchers")]
