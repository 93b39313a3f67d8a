"""Unowned forces are not carried from the movement told before when their sentence has
named another party's own movement before them: after a US deployment, "the large Russian
manoeuvres now under way in Belarus, with the deployment of air defence batteries among
them" tells part of Russia's exercise, never a second US deployment; with an owner unsure,
no item. Four surroundings (publisher, party, way of naming the owner: adjective or
possessive, sentence shape), with the look-alike where another party is named on no movement
noun ("after a meeting with Lithuanian officials") and the forces are still carried. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A White House readout, "Russian exercises", an inclusion.
        (
            "The President has authorized sending six F-15E fighter jets to Estonia."
            " The leaders discussed the large Russian exercises under way in Belarus near"
            " Brest, including the deployment of air defense batteries close to the"
            " Lithuanian border.",
            WHITE_HOUSE,
            [("United States", "deploy")],
        ),
        # A news report, a possessive build-up, an arrival.
        (
            "Britain will send 200 more soldiers to Estonia. Officials in Tallinn described"
            " Russia's build-up near Pskov, including the arrival of Iskander missile units at"
            " the border.",
            None,
            [("United Kingdom", "deploy")],
        ),
        # A Kremlin text, NATO's exercises, "including the deployment".
        (
            "Russia has moved two battalions to the Kursk region. The minister noted NATO's"
            " exercises in Poland, including the deployment of two armoured brigades to the"
            " Suwałki area.",
            KREMLIN,
            [("Russia", "deploy")],
        ),
        # Another party's drills by adjective, another giver before.
        (
            "Canada will send 150 more soldiers to Latvia. Officials in Riga described the"
            " Belarusian exercises near Grodno, including the arrival of two artillery"
            " battalions at the border.",
            None,
            [("Canada", "deploy")],
        ),
    ],
)
def test_forces_after_another_partys_movement_noun_are_not_carried(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, None, source) == expected


def test_another_party_named_on_no_movement_noun_keeps_the_carried_owner() -> None:
    assert movement_owners(
        "The United States has deployed 300 troops to Lithuania. After a meeting with"
        " Lithuanian officials, 200 more soldiers will be deployed to Vilnius next week.",
        None,
        WHITE_HOUSE,
    ) == [("United States", "deploy"), ("United States", "deploy")]
