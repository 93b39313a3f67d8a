"""Forces named first and the order moving them told in a relative clause on them ("The
Stryker squadron I ordered from Bamberg, Germany, to Romania has now arrived", "the Patriot
battery the Defense Secretary ordered from Kitzingen to eastern Poland"): the verb
right before where from and where to is a deployment (CAMEO MOVE &MILITARY), and forces a
relative clause tells "I" moved are the speaker's side's, as with "we". An order of goods
with no place to go ("rifles we ordered from Germany to equip …") moves nothing, and forces
"I" only watched are not the speaker's."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "title", "source", "owner"),
    [
        # (a) a president's remarks, "I ordered from A to B", the forces the subject
        (
            "The Patriot battery I ordered from Ansbach to Rzeszow last week has now arrived.",
            "Remarks by President Dana Holt on European Security",
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a White House background call, a secretary named by title and name, "that"
        (
            "The Patriot battery that Secretary Austin ordered from Grafenwoehr to Slovakia "
            "has completed its move.",
            None,
            WHITE_HOUSE,
            "United States",
        ),
        # (c) a Kremlin text, a minister named, paratroopers as the forces
        (
            "The paratroopers that Sergei Shoigu ordered from Pskov to Belgorod have arrived at "
            "their new positions.",
            None,
            KREMLIN,
            "Russia",
        ),
        # (d) a news report, the forces named with their state, "which"
        (
            "The British jets which the Prime Minister ordered from Lossiemouth to Estonia "
            "landed at Amari on Sunday.",
            None,
            None,
            "United Kingdom",
        ),
    ],
)
def test_forces_a_relative_clause_orders_from_a_to_b_are_deployed(
    text: str, title: str | None, source: str | None, owner: str
) -> None:
    assert (owner, "deploy") in movement_owners(text, title, source)


def test_goods_ordered_with_no_place_to_go_move_nothing() -> None:
    assert (
        movement_owners(
            "The rifles we ordered from Germany to equip our brigades were paid for in January.",
            "Remarks by President Dana Holt on European Security",
            WHITE_HOUSE,
        )
        == []
    )


def test_forces_i_only_watched_are_not_the_speakers() -> None:
    owners = movement_owners(
        "The troops I watched move to the border yesterday were not ours.",
        "Remarks by President Dana Holt on European Security",
        WHITE_HOUSE,
    )
    assert ("United States", "deploy") not in owners
