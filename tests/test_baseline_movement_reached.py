"""Weapons that reach whom they are given are a delivery told from its end (Levin 51.1;
CAMEO 072): "another forty Stinger launchers reached Ukrainian units on Tuesday". The
verb's subject is what moves, as an arrival's is. Troops reaching a place are no supply
(what moves decides), and a verb of reaching with no recipient after it ("had reached a
dead end", "have reached 900 tonnes") moves nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # A White House briefing: the speaker's own aid, no giver named.
        (
            "MS. HOLT: On the security side, another forty Stinger launchers reached Ukrainian"
            " units on Tuesday.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            [("United States", "supply", "another forty Stinger launchers")],
        ),
        # A Kyiv readout: the giver's possessive, "our defenders".
        (
            "Latvia's third batch of howitzers reached our soldiers at the front yesterday.",
            None,
            KYIV,
            [("Latvia", "supply", "third batch of howitzers")],
        ),
        # A news report: the giver's adjective, "the Ukrainian army".
        (
            "Three hundred Czech grenade launchers reached the Ukrainian army in late May.",
            None,
            None,
            [("Czech Republic", "supply", "Three hundred Czech grenade launchers")],
        ),
    ],
)
def test_weapons_that_reach_their_recipient_are_supplied(
    text: str, title: str | None, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, source, title=title) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian paratroopers reached the outskirts of Sumy before dawn.",
        "By Friday the negotiations had reached a dead end.",
        "Shipments of fuel this spring have reached 900 tonnes.",
    ],
)
def test_reaching_no_recipient_with_weapons_moves_nothing(text: str) -> None:
    assert movement_rows(text, KYIV) == []
