"""Forces held at a place named before the verb, in a relative "where": "the situation along
the border, where, as the President noted, Russia continues to keep over 120,000
troops" is the posture "keeps 120,000 troops along the border" (CAMEO 15 EXHIBIT FORCE
POSTURE), going on. Without the "where" (or a place after the forces) a holding verb with a
number of troops locates nothing: "keeps 2,000 troops in reserve" is no build-up."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # (a) a Kyiv readout, an aside between commas after "where", "continues to keep"
        (
            "The President briefed his guest on the situation along the northern border, "
            "where, according to intelligence, Russia continues to keep some 90,000 troops.",
            KYIV,
            ("Russia", "mass", "ongoing"),
        ),
        # (b) a White House transcript, the other party named by its capital, "maintains"
        (
            "We talked about the region near the Polish frontier, where Minsk maintains "
            "about 20,000 soldiers and more are arriving.",
            WHITE_HOUSE,
            ("Belarus", "mass", "ongoing"),
        ),
        # (c) a Kremlin text, the other side, "holds … servicemen", a clause after
        (
            "Vladimir Putin drew attention to Donbas, where Ukraine holds 125,000 servicemen, "
            "including nationalist battalions.",
            KREMLIN,
            ("Ukraine", "mass", "ongoing"),
        ),
        # (d) a news report, the forces named by an adjective and "personnel"
        (
            "Talks focused on Crimea, where Russia keeps roughly 30,000 military personnel, "
            "officials said.",
            None,
            ("Russia", "mass", "ongoing"),
        ),
    ],
)
def test_forces_held_where_the_place_stands_before(
    text: str, source: str | None, held: Row
) -> None:
    assert held in movement_statuses(text, source=source)


@pytest.mark.parametrize(
    "text",
    [
        # no "where" and no place: the forces stand nowhere named
        "Russia keeps 2,000 troops, the ministry said.",
        "Ukraine now holds 5,000 soldiers and 300 tanks, officials said.",
        "Moscow maintains 40,000 servicemen and their families.",
        # an interrogative "where", no relative with a place before it
        "Nobody knows where Russia keeps 3,000 troops.",
        # "where" ending an earlier clause, the holding verb in another sentence part
        "The talks took place in Minsk, where the ministers met; Russia keeps 3,000 troops.",
    ],
)
def test_holding_troops_without_a_place_is_no_posture(text: str) -> None:
    assert [m for m in movement_statuses(text) if m[1] == "mass"] == []
