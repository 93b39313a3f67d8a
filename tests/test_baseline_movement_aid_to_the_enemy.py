"""Weapons arriving in the land of one of the two states at war are not the other's: a side
does not arm its enemy. So the owner of a movement told before ("Russia has moved two more
battalions to the border") is not carried to a shipment that arrives in Kyiv after it; said
by a speaker of a third state who names no giver (a White House briefing), the aid is the
speaker's own state's, as forces a speaker reports with no owner are; told in a news voice,
no owner, no item (precision before recall). Look-alike: weapons arriving in the carried
owner's ally (Iskander launchers in Belarus) keep that owner. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

_BRIEFING = "Press Briefing by Press Secretary Dana Holt"


def _rows(text: str, title: str | None, source: str | None) -> list[tuple[str, str, str]]:
    return [
        (m.actor.name, m.activity, m.forces)
        for m in extract(text, title, source).military_movements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MS. HOLT: Russia has moved two more battalions to the border this week."
            " Meanwhile, a shipment of Stinger missiles arrived in Kyiv on Monday.",
            ("United States", "supply", "a shipment of Stinger missiles"),
        ),
        (
            "MS. HOLT: Russia has moved two more battalions to the border this week. And a"
            " shipment of Javelin missiles and ammunition landed in Kyiv on Sunday.",
            ("United States", "supply", "a shipment of Javelin missiles and ammunition"),
        ),
    ],
)
def test_a_third_states_speaker_tells_of_its_own_aid(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _rows(text, _BRIEFING, WHITE_HOUSE) == [
        ("Russia", "deploy", "two more battalions"),
        expected,
    ]


def test_told_by_nobody_the_aid_has_no_owner() -> None:
    assert _rows(
        "Russia has moved two more battalions to the border this week. Meanwhile, a shipment"
        " of Stinger missiles arrived in Kyiv on Monday.",
        None,
        None,
    ) == [("Russia", "deploy", "two more battalions")]


def test_weapons_arriving_in_an_ally_keep_the_carried_owner() -> None:
    assert _rows(
        "MS. HOLT: Russia has moved two more battalions to the border this week. Iskander"
        " launchers arrived in Belarus on Monday.",
        _BRIEFING,
        WHITE_HOUSE,
    ) == [
        ("Russia", "deploy", "two more battalions"),
        ("Russia", "supply", "Iskander launchers"),
    ]
